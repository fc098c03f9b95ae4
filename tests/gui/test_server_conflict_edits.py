"""The conflict dialog for an edit of several rows (no server needed): the edit is listed once, each of
its conflicting rows is shown under a line naming it, the rows waiting with it are counted per table,
and Keep mine or Take theirs settles the whole edit in one call."""

from __future__ import annotations

from clusterdesk.gui.server.conflict_dialog import ConflictDialog
from clusterdesk.gui.server.conflict_values import command_size, held_summary
from clusterdesk.io.server.sync import BOTH_CHANGED, DELETED_HERE_CHANGED_THERE, Conflict


def edit_of_several_rows() -> Conflict:
    second = {"fid": 2, "uuid": "u-2", "name": "Curtiembre Andina", "kind": "supplier", "employees": 40}
    third = {"fid": 3, "uuid": "u-3", "name": "Calzado Field", "kind": "producer", "employees": 120}
    theirs_third = {**third, "name": "Calzado Office", "employees": 57}
    deleted = Conflict("stakeholders", 2, DELETED_HERE_CHANGED_THERE, None, second, 4)
    changed = Conflict("stakeholders", 3, BOTH_CHANGED, third, theirs_third, 2)
    rows = [("stakeholders", 1, "D"), ("stakeholders", 2, "D"), ("stakeholders", 3, "U")]
    rows += [("relations", fid, "D") for fid in (11, 12, 13, 14)]
    deleted.other_rows = [changed]
    deleted.command_rows = rows
    return deleted


def test_an_edit_of_several_rows_is_listed_once_and_settled_whole(make_window, qtbot):
    conflict = edit_of_several_rows()
    assert command_size(conflict) == "One edit of 7 rows"
    assert (
        held_summary(conflict)
        == "Also in this edit, kept or dropped with it: Stakeholders: 1 row; Relations: 4 rows"
    )
    chosen = []

    def resolver(edit, keep):
        chosen.append(([(row.table, row.fid) for row in edit.rows], keep))

    window = make_window(show=False)
    dialog = ConflictDialog([conflict], resolver, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert "One edit of 7 rows" in dialog.list.item(0).text()
    table = dialog.table
    spans = [r for r in range(table.rowCount()) if table.columnSpan(r, 0) == 3]
    notes = [table.item(r, 0).text() for r in spans]
    assert notes[0].endswith("deleted here, changed on the server")
    assert notes[1].endswith("changed here and on the server")
    assert notes[-1].startswith("Also in this edit")
    fields = [(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
              for r in range(table.rowCount()) if r not in spans]  # fmt: skip
    assert ("Name", "(deleted)", "Curtiembre Andina") in fields
    assert ("Name", "Calzado Field", "Calzado Office") in fields
    dialog.resolve_current("theirs")
    assert chosen == [([("stakeholders", 2), ("stakeholders", 3)], "theirs")]
    assert dialog.result() == dialog.DialogCode.Accepted
