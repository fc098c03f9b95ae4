"""Team mode in the window, against the real PostgreSQL server: a project opened from the connection
dialog, an edit in one window reaching another's working copy through LISTEN/NOTIFY, a conflict shown
with both values and settled either way, a viewer's read-only window, an editor's refused change undone,
and File ▸ Synchronise of a checked-out file."""

# ruff: noqa: F811 - postgres_database, the fixture imported from the helpers, is every test's argument
from __future__ import annotations

import sys
from pathlib import Path

import psycopg
import pytest
from psycopg.errors import InsufficientPrivilege
from PySide6.QtWidgets import QPushButton

from clusterdesk.core.commands import UpdateRow
from clusterdesk.core.edits import UpdateStakeholder
from clusterdesk.core.model import ProjectInfo
from clusterdesk.gui.server.connection_dialog import ConnectionDialog
from clusterdesk.gui.server.server_roles import EDIT_ACTIONS
from clusterdesk.io.server.address import ServerAddress
from clusterdesk.io.server.checkout import checkout

sys.path.insert(0, str(Path(__file__).parent))
from server_window_helpers import (  # noqa: E402
    drop_login,
    local_value,
    make_login,
    open_in_window,
    postgres_database,  # noqa: F401 - the fixture
    published_sample,
    server_execute,
    server_value,
)

FID = 3


def _dialog_for(qtbot, window, database_url: str) -> ConnectionDialog:
    from psycopg.conninfo import conninfo_to_dict

    params = conninfo_to_dict(database_url)
    dialog = ConnectionDialog(window)
    qtbot.addWidget(dialog)
    dialog.by_fields.setChecked(True)
    dialog.host.setText(params.get("host", ""))
    dialog.database.setText(params["dbname"])
    dialog.user.setText(params.get("user", ""))
    return dialog


def _test(qtbot, dialog: ConnectionDialog):
    task = dialog.test_connection()
    qtbot.waitUntil(lambda: task.done and dialog.report is not None, timeout=20000)
    return dialog.report


def test_the_dialog_lists_the_projects_and_opens_one_live(postgres_database, make_window, qtbot):
    window = make_window()
    with published_sample(postgres_database) as address:
        dialog = _dialog_for(qtbot, window, postgres_database)
        report = _test(qtbot, dialog)
        assert report.ok, report.message
        assert address.project in [p.name for p in report.projects]
        rows = [dialog.projects.item(i) for i in range(dialog.projects.count())]
        chosen = next(item for item in rows if item.data(256) == address.project)
        dialog.projects.setCurrentItem(chosen)
        assert dialog.open_button.isEnabled()
        opened = dialog.chosen_address()
        assert opened.project == address.project
        session = open_in_window(qtbot, window, opened)
        project = window.workspace.project
        assert project.counts()["stakeholders"] == 132
        assert session.role == "coordinator"  # the test login is a superuser
        title = window.windowTitle()
        assert "on server" in title and address.project in title and "coordinator" in title
        assert "on server" in window.team.status_label.text()
        assert project.path not in window.workspace.recent.paths()
        window.workspace.shutdown()


def test_the_dialog_says_what_is_wrong(postgres_database, make_window, qtbot):
    window = make_window(show=False)
    dialog = _dialog_for(qtbot, window, postgres_database)
    report = _test(qtbot, dialog)  # a fresh database: PostGIS but no projects
    assert not report.ok and "no ClusterDesk projects" in report.message
    dialog.host.setText("localhost")
    dialog.port.setValue(1)  # nobody listens there
    report = _test(qtbot, dialog)
    assert not report.ok and "does not answer" in report.message
    dialog.port.setValue(5432)
    dialog.user.setText("nobody_of_clusterdesk")
    dialog.password.setText("wrong")
    report = _test(qtbot, dialog)
    assert not report.ok and "password is wrong" in report.message, report.details


def test_an_edit_in_one_window_reaches_the_other(postgres_database, make_window, qtbot):
    ana, ben = make_window(), make_window()
    with published_sample(postgres_database) as address:
        open_in_window(qtbot, ana, address)
        # as `clusterdesk gui postgresql://…?project=NAME` hands it to the window: text, not a Path
        assert ben.documents.open_path(address.display())
        qtbot.waitUntil(lambda: ben.team.session is not None, timeout=30000)
        qtbot.waitUntil(ben.team.session.listener.listening.is_set, timeout=10000)
        refreshed = []
        ben.workspace.state_changed.connect(refreshed.append)
        ana.workspace.project.stack.push(UpdateStakeholder(FID, {"name": "Calzado de Ana"}))
        assert server_value(address, "stakeholders", FID, "name") == "Calzado de Ana"
        assert not ana.team.has_unsent_work() and not ana.isWindowModified()  # on the server: saved
        assert ana.documents.maybe_save("close")  # closing asks nothing
        qtbot.waitUntil(
            lambda: local_value(ben.workspace.project, "stakeholders", FID, "name") == "Calzado de Ana",
            timeout=10000,
        )
        assert {"stakeholders"} in refreshed  # the map and panels were told, as after an undo
        assert "arrived" in ben.statusBar().currentMessage()
        assert ben.workspace.project.stack.can_undo is False  # not an edit of Ben's
        ana.workspace.shutdown()
        ben.workspace.shutdown()


def test_a_conflict_shows_both_values_and_each_choice_settles_it(postgres_database, make_window, qtbot):
    window = make_window()
    with published_sample(postgres_database) as address:
        session = open_in_window(qtbot, window, address)
        project = window.workspace.project
        # someone else saves first; our edit of the same row is sent before we hear of it
        server_execute(address, "UPDATE {s}.stakeholders SET name = 'Their name' WHERE fid = %s", (FID,))
        project.stack.push(UpdateStakeholder(FID, {"name": "My name"}))
        dialog = session.dialog
        assert dialog is not None and dialog.isVisible()
        assert len(dialog.conflicts) == 1
        table = dialog.table
        rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text()) for r in
                range(table.rowCount())}  # fmt: skip
        assert rows["Name"] == ("My name", "Their name")
        name_row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Name")
        kind_row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Kind")
        assert table.item(name_row, 1).background().color() != table.item(kind_row, 1).background().color()
        assert server_value(address, "stakeholders", FID, "name") == "Their name"  # nothing overwritten
        dialog.resolve_current("theirs")
        assert not dialog.isVisible()
        assert local_value(project, "stakeholders", FID, "name") == "Their name"
        # again, and this time keep mine
        server_execute(address, "UPDATE {s}.stakeholders SET name = 'Theirs again' WHERE fid = %s", (FID,))
        project.stack.push(UpdateStakeholder(FID, {"name": "Mine again"}))
        qtbot.waitUntil(lambda: session.dialog is not None and session.dialog.isVisible(), timeout=5000)
        session.dialog.resolve_all("mine")
        assert server_value(address, "stakeholders", FID, "name") == "Mine again"
        assert local_value(project, "stakeholders", FID, "name") == "Mine again"
        assert session.link.pending_count() == 0
        window.workspace.shutdown()


def test_a_viewer_window_is_read_only_and_the_server_refuses_raw_writes(
    postgres_database,
    make_window,
    qtbot,
):
    window = make_window()
    with published_sample(postgres_database) as address:
        login, conninfo = make_login(postgres_database, address.project, "viewer")
        try:
            session = open_in_window(qtbot, window, ServerAddress(conninfo, address.project))
            assert session.role == "viewer"
            assert window.workspace.project.read_only
            for name in EDIT_ACTIONS:
                action = window.menu_actions[name]
                assert not action.isEnabled(), name
                assert "viewer" in action.toolTip()
            window.workspace.select_all()  # a selection enables Delete for others, never for a viewer
            assert not window.menu_actions["delete"].isEnabled()
            with psycopg.connect(conninfo, autocommit=True) as raw, pytest.raises(InsufficientPrivilege):
                raw.execute(f"UPDATE {address.project}.stakeholders SET name = 'x' WHERE fid = {FID}")
            window.workspace.shutdown()
        finally:
            drop_login(postgres_database, login)


def test_an_editor_change_to_project_details_is_refused_and_undone(
    postgres_database,
    make_window,
    qtbot,
    dialogs,
):
    window = make_window()
    with published_sample(postgres_database) as address:
        login, conninfo = make_login(postgres_database, address.project, "editor")
        try:
            session = open_in_window(qtbot, window, ServerAddress(conninfo, address.project))
            assert session.role == "editor"
            assert not window.menu_actions["project_details"].isEnabled()
            assert window.menu_actions["import"].isEnabled()
            project = window.workspace.project
            before = project.info().cluster_name
            fid = project.connection.execute("SELECT fid FROM project_info").fetchone()[0]
            project.stack.push(
                UpdateRow(ProjectInfo.__table__, fid, {"cluster_name": "Renamed"}, label="Rename the cluster")
            )
            assert session.online  # a refusal is not a lost connection
            assert project.info().cluster_name == before  # undone in the working copy
            assert server_value(address, "project_info", fid, "cluster_name") == before
            assert dialogs.errors and "editor" in dialogs.errors[-1][0]
            assert session.link.pending_count() == 0
            window.workspace.shutdown()
        finally:
            drop_login(postgres_database, login)


def test_synchronise_a_checked_out_file_with_a_conflict(postgres_database, make_window, qtbot, tmp_path):
    window = make_window()
    with published_sample(postgres_database) as address:
        path = tmp_path / "field_copy.gpkg"
        checkout(address, path)
        assert window.documents.open_path(path)
        assert window.menu_actions["synchronise"].isEnabled()
        project = window.workspace.project
        project.stack.push(UpdateStakeholder(FID, {"name": "Named in the field"}))
        project.stack.push(UpdateStakeholder(FID + 1, {"employees": 77}))
        server_execute(
            address, "UPDATE {s}.stakeholders SET name = 'Named at the office' WHERE fid = %s", (FID,)
        )
        task = window.team.synchronise()
        qtbot.waitUntil(lambda: task.done, timeout=20000)
        assert task.error is None, task.error
        assert server_value(address, "stakeholders", FID + 1, "employees") == 77
        dialog = window.team.sync_dialog
        assert dialog is not None and [c.fid for c in dialog.conflicts] == [FID]
        dialog.resolve_current("mine")
        assert server_value(address, "stakeholders", FID, "name") == "Named in the field"
        assert project.is_dirty  # the file keeps the synchronised state once saved
        window.workspace.shutdown()


def test_edits_wait_while_the_server_is_unreachable_and_are_sent_when_it_is_back(
    postgres_database, make_window, qtbot
):
    window = make_window()
    with published_sample(postgres_database) as address:
        session = open_in_window(qtbot, window, address)
        project = window.workspace.project
        with psycopg.connect(postgres_database, autocommit=True) as admin:  # the server drops us
            admin.execute("SELECT pg_terminate_backend(%s)", (session.link.server.info.backend_pid,))
        project.stack.push(UpdateStakeholder(FID, {"name": "Edited without a server"}))
        assert not session.online
        assert local_value(project, "stakeholders", FID, "name") == "Edited without a server"
        assert window.team.has_unsent_work() and window.isWindowModified()
        assert "cannot be reached" in window.statusBar().currentMessage()
        assert "offline" in window.team.status_label.text()
        assert server_value(address, "stakeholders", FID, "name") != "Edited without a server"
        assert session.reconnect()  # what the retry timer does every few seconds
        assert session.online and session.link.pending_count() == 0
        assert server_value(address, "stakeholders", FID, "name") == "Edited without a server"
        assert not window.isWindowModified()
        window.workspace.shutdown()


def test_a_row_deleted_on_the_server_is_shown_beside_the_local_one(make_window, qtbot):
    from shapely.geometry import Point

    from clusterdesk.core import geometry
    from clusterdesk.gui.server.conflict_dialog import ConflictDialog
    from clusterdesk.gui.server.conflict_values import conflict_kind, rows_side_by_side
    from clusterdesk.io.server.sync import CHANGED_HERE_DELETED_THERE, Conflict

    mine = {
        "fid": 7,
        "uuid": "u-7",
        "geom": geometry.encode(Point(-78.6, -1.25)),
        "name": "Curtiembre",
        "kind": "supplier",
    }
    conflict = Conflict("stakeholders", 7, CHANGED_HERE_DELETED_THERE, mine, None)
    rows = {title: (left, right, differs) for title, left, right, differs in rows_side_by_side(conflict)}
    assert rows["Place on the map"][0] == "-1.25000, -78.60000"
    assert rows["Kind"] == ("Supplier", "(deleted)", True)
    assert "UUID" not in rows and "Feature ID" not in rows
    assert conflict_kind(conflict) == "changed here, deleted on the server"
    chosen = []
    window = make_window(show=False)
    dialog = ConflictDialog([conflict], lambda c, keep: chosen.append((c.fid, keep)), window)
    qtbot.addWidget(dialog)
    dialog.later.click()  # deciding later settles nothing
    assert chosen == [] and dialog.conflicts == [conflict]


def test_a_refused_undo_is_redone(postgres_database, make_window, qtbot, dialogs):
    window = make_window()
    with published_sample(postgres_database) as address:
        login, conninfo = make_login(postgres_database, address.project, "coordinator")
        try:
            session = open_in_window(qtbot, window, ServerAddress(conninfo, address.project))
            project = window.workspace.project
            fid = project.connection.execute("SELECT fid FROM project_info").fetchone()[0]
            project.stack.push(
                UpdateRow(ProjectInfo.__table__, fid, {"cluster_name": "Renamed"}, label="Rename the cluster")
            )
            assert server_value(address, "project_info", fid, "cluster_name") == "Renamed"
            with psycopg.connect(postgres_database, autocommit=True) as admin:  # no longer a coordinator
                admin.execute(f"REVOKE {address.project}_coordinator FROM {login}")
                admin.execute(f"GRANT {address.project}_editor TO {login}")
            project.stack.undo()  # the server refuses to put the old name back
            assert session.online
            assert project.info().cluster_name == "Renamed"  # redone: the copy agrees with the server
            assert server_value(address, "project_info", fid, "cluster_name") == "Renamed"
            assert project.stack.can_undo and project.stack.undo_label == "Rename the cluster"
            assert not project.stack.can_redo
            assert session.link.pending_count() == 0
            assert dialogs.errors and "Undoing “Rename the cluster” was reverted" in dialogs.errors[-1][1]
            window.workspace.shutdown()
        finally:
            drop_login(postgres_database, login)


def _governance_and_budget_controls(window):
    from clusterdesk.gui.plan.task_dialog import TaskDialog

    governance = window.docks["governance"].build()
    project = window.workspace.project
    task = project.connection.execute("SELECT fid FROM plan_tasks ORDER BY fid").fetchone()[0]
    dialog = TaskDialog(project, task, window.docks["plan"].build())
    return governance, dialog


@pytest.mark.parametrize("role", ["editor", "coordinator"])
def test_governance_and_budgets_are_disabled_for_an_editor_with_the_reason(
    postgres_database, make_window, qtbot, role
):
    window = make_window()
    with published_sample(postgres_database) as address:
        login, conninfo = make_login(postgres_database, address.project, role)
        try:
            open_in_window(qtbot, window, ServerAddress(conninfo, address.project))
            governance, dialog = _governance_and_budget_controls(window)
            controls = governance._edit_controls()
            assert len(controls) > 10  # structure, maturity, phase-out ticks and meetings
            budgets = list(dialog.budget.values())
            editor = role == "editor"
            for control in controls + budgets:
                assert control.isEnabled() is not editor, control
                assert ("Only the project's coordinator" in control.toolTip()) is editor
            assert dialog.name.isEnabled() and dialog.status.isEnabled()  # the rest of the task is editable
            exports = [b for b in governance.tabs.widget(3).findChildren(QPushButton)]
            assert exports and all(button.isEnabled() for button in exports)  # reading the chart is not
            if editor:
                dialog.percent.setValue(55)
                window.workspace.project.stack.push(dialog.command())  # no budget among the changes
                assert window.team.session.link.pending_count() == 0  # sent: the server accepted it
            window.workspace.shutdown()  # a closed project leaves everything editable again
            assert all(control.isEnabled() for control in governance._edit_controls())
            assert "coordinator" not in governance._edit_controls()[0].toolTip()
        finally:
            drop_login(postgres_database, login)
