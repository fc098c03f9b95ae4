"""The capacity template and export speak the project's language (sheets, headings, the default rubric,
instructions) and import back, as do workbooks with English headings."""

from __future__ import annotations

import openpyxl
import pytest

from clusterdesk.core import edits
from clusterdesk.core.capacity_framework_labels import rubric_text
from clusterdesk.io import capacity_xlsx_import
from clusterdesk.io.capacity_xlsx import COLUMNS, export_assessments, write_template
from clusterdesk.io.capacity_xlsx_headings import (
    column_titles,
    english_header,
    scores_sheet_name,
    sheet_names,
)
from conftest import english_words


@pytest.fixture
def russian(capacity_project):
    capacity_project.stack.push(edits.update_project_info(capacity_project, {"language": "ru"}))
    return capacity_project


def _fill_scores(path, score: int) -> None:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[scores_sheet_name(workbook.sheetnames)]
    column = COLUMNS.index("Score") + 1
    for number in range(2, sheet.max_row + 1):
        sheet.cell(number, column).value = score
    workbook.save(path)


def test_russian_template_reads_russian_and_imports_back(russian, framework, tmp_path):
    path = write_template(russian, tmp_path / "baseline.xlsx", "baseline")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[:3] == ["Оценки", "Критерии", "Инструкция"]
    scores, rubric, instructions = (workbook[name] for name in workbook.sheetnames[:3])
    header = [c.value for c in scores[1]]
    assert header == [column_titles("ru")[c] for c in COLUMNS]
    assert english_header(header) == list(COLUMNS)
    assert [c.value for c in rubric[1]][3] == "Уровень 1"
    indicator = framework.dimensions[0].indicators[0]
    assert rubric.cell(2, 4).value == rubric_text(indicator.code, 1, indicator.levels[1], "ru")
    sheets = (scores, rubric, instructions)
    rows = [row for sheet in sheets for row in sheet.iter_rows(values_only=True)]
    visible = [str(cell) for row in rows for cell in row if cell]
    # Institution names are the project's (Spanish here), codes and UUIDs are not words of the file
    words = set(english_words(" ".join(visible[len(COLUMNS) :]).replace("baseline", "")))
    left = words & {"Score", "Rubric", "Level", "Indicator", "Evidence", "Assessment", "Fill", "the"}
    assert not left, words
    _fill_scores(path, 3)
    imported = capacity_xlsx_import.read_assessments(russian, path)
    assert len(imported.items) == 3


def test_english_headings_still_import_into_a_russian_project(russian, framework, tmp_path):
    russian.stack.undo()  # the template made while the project was English
    path = write_template(russian, tmp_path / "english.xlsx", "baseline")
    assert openpyxl.load_workbook(path).sheetnames[0] == "Scores"
    russian.stack.redo()
    _fill_scores(path, 4)
    assert len(capacity_xlsx_import.read_assessments(russian, path).items) == 3


def test_russian_export_summary_and_round_trip(russian, framework, tmp_path):
    path = write_template(russian, tmp_path / "baseline.xlsx", "baseline")
    _fill_scores(path, 2)
    russian.stack.push(capacity_xlsx_import.read_assessments(russian, path).command())
    exported = export_assessments(russian, tmp_path / "export.xlsx")
    workbook = openpyxl.load_workbook(exported)
    assert workbook.sheetnames[:3] == ["Сводка", "Оценки", "Критерии"]
    summary = list(workbook["Сводка"].iter_rows(values_only=True))
    assert summary[0][:3] == ("Учреждение", "Тип", "Раунд") and summary[1][2] == "Исходная"
    assert summary[1][6] == "да"
    again = capacity_xlsx_import.read_assessments(russian, exported)
    assert len(again.items) == 3


@pytest.mark.parametrize("language", ["es", "fr", "ru"])
def test_every_language_names_every_sheet_and_heading(language):
    for english, title in {**sheet_names(language), **column_titles(language)}.items():
        assert title and title != english or english in ("Institution", "Dimension", "Instructions"), title
    assert len({title.casefold() for title in column_titles(language).values()}) == len(column_titles("en"))
