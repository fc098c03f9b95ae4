"""Diagnostic commands: each lands in the tables, undoes and redoes exactly (fids and UUIDs), refuses bad
input naming the field; moving an item renumbers both categories; deleting or merging stakeholders keeps
the items' stakeholders right and undo restores them; the reader orders items and skips dangling tasks."""

from __future__ import annotations

import datetime as dt

import pytest

from clusterdesk.core import diagnostic_edits as edits
from clusterdesk.core.diagnostic_data import read_diagnostic, split_authors
from clusterdesk.core.edits import AddStakeholders, DeleteStakeholders
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.plan_edits import AddTask, DeleteTasks
from clusterdesk.core.project import Project
from clusterdesk.core.registry_edits import MergeStakeholders
from conftest import assert_valid_project

TABLES = ("diagnostic_reports", "diagnostic_items", "diagnostic_item_stakeholders", "diagnostic_item_tasks")


def snapshot(project: Project) -> dict[str, list[tuple]]:
    """Every row of the diagnostic tables (fids and UUIDs included) and of the stakeholders."""
    tables = {
        name: project.connection.execute(f"SELECT * FROM {name} ORDER BY fid").fetchall() for name in TABLES
    }
    tables["stakeholders"] = project.connection.execute("SELECT fid, uuid, name FROM stakeholders").fetchall()
    return tables


def exactly_undone(project: Project, command):
    before = snapshot(project)
    project.stack.push(command)
    after = snapshot(project)
    assert after != before, "the command changed nothing"
    project.stack.undo()
    assert snapshot(project) == before
    project.stack.redo()
    assert snapshot(project) == after
    return command


def positions(project: Project, category: str) -> list[tuple[str, int]]:
    return project.connection.execute(
        "SELECT text, position FROM diagnostic_items WHERE category = ? ORDER BY position, fid", (category,)
    ).fetchall()


@pytest.fixture
def diagnostic(new_project):
    """A report with three strengths, two weaknesses, three stakeholders and two plan tasks."""
    project = new_project
    people = AddStakeholders([{"name": n} for n in ("Textiles Imbabura", "Hilados del Norte", "Cámara")])
    project.stack.push(people)
    tasks = []
    for name in ("Joint purchasing of yarn", "Trade fair stand"):
        command = AddTask({"name": name, "start": dt.date(2025, 3, 3), "duration_days": 10})
        project.stack.push(command)
        tasks.append(command.fid)
    uuids = [
        project.connection.execute("SELECT uuid FROM plan_tasks WHERE fid = ?", (t,)).fetchone()[0]
        for t in tasks
    ]
    report = edits.add_report(
        project, {"title": "Diagnóstico", "report_date": "2025-02-14", "authors": "Ana Pérez ;Luis Mora"}
    )
    project.stack.push(report)
    report_id = report.rows["diagnostic_reports"][0]["fid"]
    items = {}
    for category, text in (
        ("strength", "S1"), ("strength", "S2"), ("strength", "S3"), ("weakness", "W1"), ("weakness", "W2"),
    ):  # fmt: skip
        command = edits.add_item(project, {"report_id": report_id, "category": category, "text": text})
        project.stack.push(command)
        items[text] = command.rows["diagnostic_items"][0]["fid"]
    return project, report_id, items, people.added_fids, uuids, tasks


def test_reports_add_edit_delete_with_undo(diagnostic):
    project, report_id, items, people, uuids, _tasks = diagnostic
    row = project.connection.execute(
        "SELECT title, report_date, authors FROM diagnostic_reports WHERE fid = ?", (report_id,)
    ).fetchone()
    assert row == ("Diagnóstico", "2025-02-14", "Ana Pérez; Luis Mora")
    assert split_authors(row[2]) == ["Ana Pérez", "Luis Mora"]
    exactly_undone(project, edits.add_report(project, {"title": "Second", "authors": ["A", " ", "B"]}))
    assert project.connection.execute(
        "SELECT authors FROM diagnostic_reports WHERE title = 'Second'"
    ).fetchone() == ("A; B",)
    exactly_undone(
        project, edits.update_report(project, report_id, {"title": "Diagnóstico 2025", "summary": "Resumen"})
    )
    project.stack.push(edits.set_item_stakeholders(project, items["S1"], people[:2]))
    project.stack.push(edits.set_item_tasks(project, items["W1"], uuids))
    exactly_undone(project, edits.delete_report(project, report_id))
    assert project.connection.execute("SELECT count(*) FROM diagnostic_items").fetchone() == (0,)
    assert project.connection.execute("SELECT count(*) FROM diagnostic_item_tasks").fetchone() == (0,)


def test_items_add_edit_delete_with_undo(diagnostic):
    project, report_id, items, people, uuids, _tasks = diagnostic
    command = exactly_undone(
        project,
        edits.add_item(
            project,
            {"report_id": report_id, "category": "opportunity", "text": "  Colombian buyers  ",
             "evidence": "Survey of 40 firms", "stakeholder_ids": [people[0], people[0], people[2]],
             "task_uuids": [uuids[1]]},
        ),
    )  # fmt: skip
    fid = command.rows["diagnostic_items"][0]["fid"]
    data = read_diagnostic(project.session.connection())
    item = data.item(fid)
    assert (item["text"], item["evidence"], item["position"]) == ("Colombian buyers", "Survey of 40 firms", 0)
    assert {s["fid"] for s in data.stakeholders[fid]} == {people[0], people[2]}
    assert [t["name"] for t in data.tasks[fid]] == ["Trade fair stand"]
    exactly_undone(
        project,
        edits.update_item(
            project, fid, {"text": "Buyers from Colombia", "notes": "n", "stakeholder_ids": [people[1]],
                           "task_uuids": uuids}
        ),
    )  # fmt: skip
    exactly_undone(project, edits.update_item(project, fid, {"evidence": ""}))
    assert project.connection.execute(
        "SELECT evidence FROM diagnostic_items WHERE fid = ?", (fid,)
    ).fetchone() == (None,)
    exactly_undone(project, edits.delete_item(project, fid))
    assert project.connection.execute("SELECT count(*) FROM diagnostic_item_stakeholders").fetchone() == (0,)


def test_changing_category_in_the_dialog_puts_the_item_last_there(diagnostic):
    project, _report, items, *_ = diagnostic
    exactly_undone(project, edits.update_item(project, items["S1"], {"category": "weakness", "text": "S1!"}))
    assert positions(project, "weakness") == [("W1", 0), ("W2", 1), ("S1!", 2)]
    assert positions(project, "strength") == [("S2", 0), ("S3", 1)]


def test_moving_within_and_between_categories_renumbers_and_undoes(diagnostic):
    project, _report, items, *_ = diagnostic
    exactly_undone(project, edits.move_item(project, items["S3"], "strength", 0))
    assert positions(project, "strength") == [("S3", 0), ("S1", 1), ("S2", 2)]
    exactly_undone(project, edits.move_item(project, items["S1"], "weakness", 1))
    assert positions(project, "strength") == [("S3", 0), ("S2", 1)]
    assert positions(project, "weakness") == [("W1", 0), ("S1", 1), ("W2", 2)]
    project.stack.undo()
    assert positions(project, "strength") == [("S3", 0), ("S1", 1), ("S2", 2)]
    assert positions(project, "weakness") == [("W1", 0), ("W2", 1)]
    exactly_undone(project, edits.move_item(project, items["W2"], "threat"))  # to an empty category, last
    assert positions(project, "threat") == [("W2", 0)]
    exactly_undone(project, edits.move_item(project, items["S3"], "strength", 99))
    assert positions(project, "strength") == [("S1", 0), ("S2", 1), ("S3", 2)]
    assert "S3" in project.stack.undo_label


def test_bad_input_is_refused_naming_the_field(diagnostic):
    project, report_id, items, people, uuids, _tasks = diagnostic
    cases = [
        ("title", lambda: edits.add_report(project, {"title": "  "})),
        ("report_date", lambda: edits.add_report(project, {"title": "x", "report_date": "14/02/2025"})),
        ("text", lambda: edits.add_item(project, {"category": "strength", "text": " "})),
        ("category", lambda: edits.add_item(project, {"category": "strenght", "text": "x"})),
        ("category", lambda: edits.move_item(project, items["S1"], "risk")),
        ("text", lambda: edits.update_item(project, items["S1"], {"text": ""})),
        ("report", lambda: edits.add_item(project, {"category": "strength", "text": "x", "report_id": 999})),
        ("stakeholder_ids", lambda: edits.add_item(project, {"category": "threat", "text": "x",
                                                             "stakeholder_ids": [people[0], 999]})),
        ("task_uuids", lambda: edits.set_item_tasks(project, items["S1"], [uuids[0], "no-such-task"])),
        ("stakeholder_ids", lambda: edits.set_item_stakeholders(project, items["S1"], [12345])),
        ("item", lambda: edits.delete_item(project, 999)),
    ]  # fmt: skip
    before = snapshot(project)
    for field, make in cases:
        with pytest.raises(ValidationError) as raised:
            make()
        assert raised.value.field == field, raised.value
        assert raised.value.reason
    assert snapshot(project) == before


def test_refusals_in_russian(diagnostic, russian_messages):
    project, _report, items, *_ = diagnostic
    with pytest.raises(ValidationError) as raised:
        edits.add_item(project, {"category": "strength", "text": ""})
    assert "элемент" in raised.value.reason or "текст" in raised.value.reason
    assert not [w for w in raised.value.reason.split() if w.isascii() and w.isalpha()]


def test_deleting_stakeholders_drops_their_mentions_and_undo_restores(diagnostic):
    project, _report, items, people, *_ = diagnostic
    project.stack.push(edits.set_item_stakeholders(project, items["S1"], people))
    project.stack.push(edits.set_item_stakeholders(project, items["W1"], [people[1]]))
    exactly_undone(project, DeleteStakeholders([people[1]]))
    remaining = project.connection.execute(
        "SELECT item_id, stakeholder_id FROM diagnostic_item_stakeholders ORDER BY fid"
    ).fetchall()
    assert remaining == [(items["S1"], people[0]), (items["S1"], people[2])]
    assert "diagnostic_item_stakeholders" in DeleteStakeholders([people[0]]).tables


def test_merging_stakeholders_repoints_mentions_and_undo_restores(diagnostic):
    project, _report, items, people, *_ = diagnostic
    project.stack.push(edits.set_item_stakeholders(project, items["S1"], [people[0], people[1]]))
    project.stack.push(edits.set_item_stakeholders(project, items["W1"], [people[1]]))
    exactly_undone(project, MergeStakeholders(people[0], [people[1]]))
    rows = project.connection.execute(
        "SELECT item_id, stakeholder_id FROM diagnostic_item_stakeholders ORDER BY item_id"
    ).fetchall()
    assert sorted(rows) == sorted([(items["S1"], people[0]), (items["W1"], people[0])])


def test_reader_orders_items_and_skips_dangling_tasks(diagnostic, tmp_path):
    project, report_id, items, people, uuids, tasks = diagnostic
    project.stack.push(edits.add_item(project, {"category": "finding", "text": "F1", "task_uuids": uuids}))
    project.stack.push(edits.add_item(project, {"category": "leverage_point", "text": "L1"}))
    project.stack.push(DeleteTasks([tasks[0]]))
    data = read_diagnostic(project.session.connection())
    assert [i["text"] for i in data.items] == ["S1", "S2", "S3", "W1", "W2", "F1", "L1"]
    finding = data.items_of("finding")[0]
    assert [t["name"] for t in data.tasks[finding["fid"]]] == ["Trade fair stand"]
    assert data.reports[0]["report_date"] == dt.date(2025, 2, 14)
    assert [i["text"] for i in data.items_of("strength", report_id, any_report=False)] == ["S1", "S2", "S3"]
    project.save()
    assert_valid_project(project.path)
