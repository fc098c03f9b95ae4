"""`clusterdesk capacity …`: prepare a template, read it back, refuse a bad one without a traceback."""

from __future__ import annotations

import openpyxl

from clusterdesk.cli.main import main
from clusterdesk.core.edits import AddStakeholders
from clusterdesk.core.project import Project
from clusterdesk.io.capacity_xlsx import COLUMNS
from conftest import assert_valid_project

SCORE = COLUMNS.index("Score") + 1


def test_init_template_import_scores(new_project, tmp_path, capsys):
    new_project.stack.push(AddStakeholders([{"name": "Cámara de Comercio", "kind": "business_association"}]))
    new_project.save()
    path = str(new_project.path)
    new_project.close()
    assert main(["capacity", "init", path]) == 0
    assert main(["capacity", "init", path]) == 0  # a second time changes nothing
    assert "already has an assessment framework" in capsys.readouterr().out
    template = tmp_path / "baseline.xlsx"
    assert main(["capacity", "template", path, str(template), "--round", "baseline"]) == 0
    book = openpyxl.load_workbook(template)
    sheet = book["Scores"]
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, SCORE).value = 3
    sheet.cell(4, SCORE).value = 0
    book.save(template)
    assert main(["capacity", "import", path, str(template)]) == 2
    error = capsys.readouterr().err
    assert "row 4, Score: must be a whole number from 1 to 5" in error and "Traceback" not in error
    sheet.cell(4, SCORE).value = 2
    book.save(template)
    assert main(["capacity", "import", path, str(template)]) == 0
    assert "Imported 1 assessment from baseline.xlsx" in capsys.readouterr().out
    assert main(["capacity", "scores", path]) == 0
    out = capsys.readouterr().out
    assert "Baseline           2.95  (20/20 scored)" in out  # D1 = (3 + 2 + 3) / 3; overall (8/3 + 6 * 3) / 7
    assert "1.3  Cámara de Comercio: Responsiveness to the cluster's demand (2.7 of 4.0)" in out
    assert main(["capacity", "export", path, str(tmp_path / "all.csv")]) == 2
    with Project.open(path) as project:
        assert project.counts()["capacity_scores"] == 20
    assert_valid_project(new_project.path)
