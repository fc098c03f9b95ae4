"""The XLSForm of a survey converts with pyxform, the reference converter of KoboToolbox and ODK, without
errors or warnings, for every sample project; and it says what the survey says."""

from __future__ import annotations

import logging

import pytest
from openpyxl import load_workbook
from pyxform.xls2xform import convert
from survey_fixture import SAMPLES, SURVEY, survey_project

from clusterdesk.core.project import Project
from clusterdesk.core.survey_reader import read_surveys
from clusterdesk.io.xlsform_firms import registry_firms, uuid_of_choice
from clusterdesk.io.xlsform_writer import write_form

SAMPLE_NAMES = sorted(p.stem for p in SAMPLES.glob("*.gpkg"))


def converted_without_warnings(path, caplog) -> str:
    warnings: list[str] = []
    with caplog.at_level(logging.WARNING, logger="pyxform"):
        result = convert(str(path), warnings=warnings)
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == [], warnings
    assert logged == [], logged
    return result.xform


@pytest.mark.parametrize("sample", SAMPLE_NAMES)
def test_pyxform_accepts_the_form_of_every_sample(sample, tmp_path, caplog):
    path = survey_project(tmp_path, sample)
    form = tmp_path / "form.xlsx"
    with Project.open(path) as project:
        survey = read_surveys(project.connection)[-1]
        language = project.info().language
        written = write_form(project, survey, form)
        firms = registry_firms(project.connection)
    xform = converted_without_warnings(form, caplog)
    assert written.firms == len(firms) > 0
    assert f"<h:title>{SURVEY}</h:title>" in xform
    assert 'lang="English (en)"' in xform
    if language != "en":
        assert f"({language})" in xform
    assert "${employees}" not in xform  # turned into a path by pyxform
    assert "/data/answers/employees" in xform or f"/{survey.form_id}/answers/employees" in xform

    workbook = load_workbook(form)
    survey_sheet = list(workbook["survey"].iter_rows(values_only=True))
    header = survey_sheet[0]
    assert header[:3] == ("type", "name", "label::English (en)")
    first_question = next(row for row in survey_sheet[1:] if not row[0].startswith(("start", "end")))
    assert first_question[:2] == ("select_one firms", "firm")
    rows = {row[1]: dict(zip(header, row, strict=True)) for row in survey_sheet[1:] if row[1]}
    assert rows["cooperation"]["type"] == "select_multiple firms"
    assert rows["employees"]["constraint"] == ". >= 0"
    assert "<= ${employees}" in rows["women_employees"]["constraint"]
    settings = list(workbook["settings"].iter_rows(values_only=True))
    assert settings[0] == ("form_title", "form_id", "version", "default_language")
    assert settings[1][:3] == (SURVEY, survey.form_id, "1")
    choices = [row for row in workbook["choices"].iter_rows(values_only=True)][1:]
    firm_rows = [row for row in choices if row[0] == "firms"]
    by_uuid = {f.uuid: f.name for f in firms}
    assert {uuid_of_choice(row[1]) for row in firm_rows} == set(by_uuid)
    assert all(row[2] == by_uuid[uuid_of_choice(row[1])] for row in firm_rows)


def test_a_form_with_a_broken_constraint_is_caught_by_the_check(tmp_path, caplog):
    """The check itself fails on what pyxform rejects, so a passing test means something."""
    path = survey_project(tmp_path)
    form = tmp_path / "form.xlsx"
    with Project.open(path) as project:
        write_form(project, read_surveys(project.connection)[-1], form)
    workbook = load_workbook(form)
    sheet = workbook["survey"]
    sheet.append(["select_one nowhere", "broken", "Broken", "Roto"])
    workbook.save(form)
    with pytest.raises(Exception, match="nowhere"):
        converted_without_warnings(form, caplog)
