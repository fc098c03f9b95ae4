"""The main window driven offscreen: opening, selecting, editing with undo, saving, closing and recovery."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest

from clusterdesk.core import edits
from clusterdesk.core.project import Project
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui import ask, dialogs
from clusterdesk.gui.ask import Answer
from clusterdesk.gui.start_page import sample_projects
from clusterdesk.render.decorations import MapDecorations

REPO = Path(__file__).resolve().parents[2]


def _pixel(window, lon: float, lat: float) -> QPoint:
    x, y = window.canvas.viewport.lonlat_to_pixel(lon, lat)
    return QPoint(round(float(x)), round(float(y)))


def _fid(project: Project, name: str) -> int:
    return project.connection.execute("SELECT fid FROM stakeholders WHERE name = ?", (name,)).fetchone()[0]


def _location(project: Project, fid: int) -> tuple[float, float]:
    points = project.stakeholder_points()
    index = list(points.fid).index(fid)
    return float(points.lon[index]), float(points.lat[index])


def _open(window, path: Path, qtbot) -> Project:
    assert window.documents.open_path(path)
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.canvas, timeout=5000)
    return window.workspace.project


def test_start_page_without_project(make_window, small_project):
    window = make_window()
    assert window.central.currentWidget() is window.start_page
    assert window.windowTitle() == "ClusterDesk"
    assert not window.menu_actions["save"].isEnabled() and window.menu_actions["open"].isEnabled()
    window.workspace.recent.add(small_project)
    window.refresh_start_page()
    first = window.start_page.recent_list.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) == small_project
    assert "Atuntaqui garments · EC" in first.text()
    samples = sample_projects()
    listed = window.start_page.sample_list
    if samples:
        assert [listed.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listed.count())] == samples
    else:
        assert listed.item(0).text().startswith("No sample projects")


def test_open_from_the_start_page_shows_map_and_title(make_window, small_project, qtbot):
    window = make_window()
    window.workspace.recent.add(small_project)
    window.refresh_start_page()
    window.start_page.recent_list.itemActivated.emit(window.start_page.recent_list.item(0))
    qtbot.waitUntil(lambda: window.workspace.project is not None, timeout=5000)
    assert window.central.currentWidget() is window.canvas
    assert window.windowTitle() == "atuntaqui[*] — ClusterDesk"
    assert not window.isWindowModified()
    assert window.menu_actions["save"].isEnabled()
    assert window.status.selection_label.text() == "No selection"


@pytest.mark.skipif(not sample_projects(), reason="sample projects are not built in this checkout")
def test_open_a_sample(make_window, qtbot):
    sample = sample_projects()[0]
    window = make_window()
    project = _open(window, sample, qtbot)
    assert len(project.stakeholder_points()) > 0
    assert window.status.scale_label.text().startswith("1:")


def test_select_on_the_map_shows_the_count(make_window, small_project, qtbot):
    window = make_window()
    project = _open(window, small_project, qtbot)
    fid = _fid(project, "Textiles Imbabura")
    window.menu_actions["tool_select"].trigger()
    QTest.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=_pixel(window, -78.214, 0.332))
    qtbot.waitUntil(lambda: window.workspace.selection.fids == {fid}, timeout=3000)
    assert window.status.selection_label.text() == "1 selected"
    assert window.menu_actions["delete"].isEnabled()
    window.menu_actions["select_all"].trigger()
    assert window.status.selection_label.text() == "3 selected"
    window.menu_actions["select_none"].trigger()
    assert window.status.selection_label.text() == "No selection"


def test_move_a_stakeholder_and_undo_from_the_edit_menu(make_window, small_project, qtbot):
    window = make_window()
    project = _open(window, small_project, qtbot)
    fid = _fid(project, "Textiles Imbabura")
    start = _pixel(window, -78.214, 0.332)
    end = start + QPoint(60, 40)
    window.workspace.selection.set([fid])
    QTest.mousePress(window.canvas, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 7):
        QTest.mouseMove(window.canvas, start + (end - start) * step / 6)
    QTest.mouseRelease(window.canvas, Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: project.stack.undo_label == "Move Textiles Imbabura", timeout=3000)
    assert window.menu_actions["undo"].text() == "&Undo Move Textiles Imbabura"
    assert window.isWindowModified()
    moved = _location(project, fid)
    assert moved[0] > -78.214 and moved[1] < 0.332  # right and down on the screen
    window.menu_actions["undo"].trigger()
    assert _location(project, fid) == pytest.approx((-78.214, 0.332))
    assert window.menu_actions["redo"].text() == "&Redo Move Textiles Imbabura"
    assert not window.menu_actions["undo"].isEnabled() and window.menu_actions["undo"].text() == "&Undo"
    assert not window.isWindowModified()


def test_place_a_stakeholder(make_window, small_project, qtbot, monkeypatch):
    window = make_window()
    project = _open(window, small_project, qtbot)
    asked = []

    def answer(_parent, lon, lat):
        asked.append((lon, lat))
        return {"name": "Confecciones Andinas", "kind": "enterprise", "lon": lon, "lat": lat}

    monkeypatch.setattr(dialogs, "ask_new_stakeholder", answer)
    window.menu_actions["tool_place"].trigger()
    QTest.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=_pixel(window, -78.20, 0.30))
    qtbot.waitUntil(lambda: len(project.stakeholder_points()) == 4, timeout=3000)
    assert asked[0] == pytest.approx((-78.20, 0.30), abs=0.01)
    fid = _fid(project, "Confecciones Andinas")
    assert window.workspace.selection.fids == {fid}
    assert window.menu_actions["undo"].text() == "&Undo Add Confecciones Andinas"
    window.menu_actions["undo"].trigger()
    assert len(project.stakeholder_points()) == 3 and len(window.workspace.selection) == 0


def test_save_and_reopen(make_window, small_project, qtbot, assert_valid):
    window = make_window()
    project = _open(window, small_project, qtbot)
    project.stack.push(edits.AddStakeholders([{"name": "Bordados Otavalo", "lon": -78.26, "lat": 0.23}]))
    assert window.isWindowModified()
    window.menu_actions["save"].trigger()
    assert not window.isWindowModified()
    assert_valid(small_project)
    window.menu_actions["close"].trigger()
    assert window.central.currentWidget() is window.start_page
    reopened = _open(window, small_project, qtbot)
    assert len(reopened.stakeholder_points()) == 4


@pytest.mark.parametrize("answer", [Answer.SAVE, Answer.DISCARD, Answer.CANCEL])
def test_close_with_unsaved_changes(make_window, small_project, qtbot, monkeypatch, answer):
    window = make_window()
    project = _open(window, small_project, qtbot)
    project.stack.push(edits.AddStakeholders([{"name": "Bordados Otavalo", "lon": -78.26, "lat": 0.23}]))
    before = small_project.read_bytes()
    questions = []
    def reply(_parent, title, _action):
        questions.append(title)
        return answer

    monkeypatch.setattr(ask, "save_discard_cancel", reply)
    window.close()
    assert questions == ["atuntaqui"]
    if answer is Answer.CANCEL:
        assert window.isVisible() and window.workspace.project is project and project.is_dirty
        assert small_project.read_bytes() == before
        return
    assert not window.isVisible() and window.workspace.project is None
    check = Project.open(small_project)
    try:
        expected = 4 if answer is Answer.SAVE else 3
        assert len(check.stakeholder_points()) == expected
    finally:
        check.close()


def test_recover_after_a_crash(make_window, small_project, qtbot, monkeypatch):
    crashed = make_window()
    project = _open(crashed, small_project, qtbot)
    project.stack.push(edits.AddStakeholders([{"name": "Trabajo sin guardar", "lon": -78.2, "lat": 0.3}]))
    crashed.autosave()
    assert "Recovery copy saved" in crashed.status.currentMessage()
    # The first window is dropped without closing; a new start finds its recovery copy.
    offered = []
    monkeypatch.setattr(ask, "restore_or_discard", lambda _p, text: offered.append(text) or Answer.RESTORE)
    survivor = make_window(Workspace())
    assert survivor.documents.offer_recovery()
    assert "Atuntaqui garments" in offered[0] and str(small_project) in offered[0]
    recovered = survivor.workspace.project
    assert recovered.path == small_project and recovered.is_dirty
    assert survivor.isWindowModified()
    names = {r[0] for r in recovered.connection.execute("SELECT name FROM stakeholders")}
    assert "Trabajo sin guardar" in names


def test_discarded_recovery_copy_is_not_offered_again(make_window, small_project, qtbot, monkeypatch):
    crashed = make_window()
    project = _open(crashed, small_project, qtbot)
    project.stack.push(edits.AddStakeholders([{"name": "Perdido", "lon": -78.2, "lat": 0.3}]))
    crashed.autosave()
    monkeypatch.setattr(ask, "restore_or_discard", lambda _p, _text: Answer.DISCARD)
    survivor = make_window(Workspace())
    assert not survivor.documents.offer_recovery()
    assert survivor.workspace.pending_recovery_copies() == []
    assert survivor.central.currentWidget() is survivor.start_page


def test_open_a_file_that_is_not_a_project(make_window, small_project, tmp_path, qtbot, dialogs):
    window = make_window()
    project = _open(window, small_project, qtbot)
    impostor = tmp_path / "stakeholders.gpkg"
    impostor.write_text("name;kind\nTextiles Imbabura;enterprise\n", encoding="utf-8")
    before = impostor.read_bytes()
    assert not window.documents.open_path(impostor)
    assert dialogs.errors and "stakeholders.gpkg is not a ClusterDesk project" in dialogs.errors[0][0]
    assert dialogs.errors[0][1] is None  # a user error: a plain message, no traceback
    assert impostor.read_bytes() == before
    assert window.workspace.project is project and window.windowTitle().startswith("atuntaqui")


def test_file_changed_on_disk_is_noticed_and_reloaded(make_window, small_project, qtbot, monkeypatch):
    window = make_window()
    _open(window, small_project, qtbot)
    other = Project.open(small_project)
    other.stack.push(edits.AddStakeholders([{"name": "Desde QGIS", "lon": -78.1, "lat": 0.4}]))
    other.save()
    other.close()
    asked = []
    def reply(_parent, name, dirty):
        asked.append((name, dirty))
        return Answer.RELOAD

    monkeypatch.setattr(ask, "reload_or_keep", reply)
    window.documents.check_disk_change()
    assert asked == [("atuntaqui.gpkg", False)]
    assert len(window.workspace.project.stakeholder_points()) == 4
    window.documents.check_disk_change()
    assert len(asked) == 1  # nothing changed since: no second question


def _drop(window, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    button, no_modifier = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, button, no_modifier)
    window.dropEvent(event)


def test_drop_a_project_opens_it(make_window, small_project, qtbot):
    window = make_window()
    _drop(window, small_project)
    qtbot.waitUntil(lambda: window.workspace.project is not None, timeout=5000)
    assert window.workspace.project.path == small_project


def test_drop_a_csv_imports_valid_rows_after_review(make_window, small_project, tmp_path, qtbot, monkeypatch):
    window = make_window()
    project = _open(window, small_project, qtbot)
    table = tmp_path / "talleres.csv"
    table.write_text(
        "name,kind,latitude,longitude,employees\n"
        "Taller Uno,enterprise,0.31,-78.21,12\n"
        "Taller Dos,supplier,0.35,-78.15,5\n"
        "Taller Roto,enterprise,95.0,-78.15,many\n",
        encoding="utf-8",
    )
    from clusterdesk.gui.import_wizard import ImportWizard

    _drop(window, table)
    qtbot.waitUntil(lambda: window.findChild(ImportWizard) is not None, timeout=5000)
    wizard = window.findChild(ImportWizard)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10000)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.review_page.isComplete, timeout=10000)
    plan = wizard.review_page.plan
    wizard.accept()
    qtbot.waitUntil(lambda: len(project.stakeholder_points()) == 5, timeout=10000)
    assert plan.valid_count == 2 and plan.rejected_rows == [4]
    assert window.menu_actions["undo"].text().startswith("&Undo Import 2 stakeholders")
    assert len(window.workspace.selection) == 2
    window.menu_actions["undo"].trigger()
    assert len(project.stakeholder_points()) == 3


def test_delete_selected_asks_and_undoes(make_window, small_project, qtbot, monkeypatch):
    window = make_window()
    project = _open(window, small_project, qtbot)
    fid = _fid(project, "Textiles Imbabura")
    window.workspace.selection.set([fid])
    questions = []
    monkeypatch.setattr(ask, "confirm", lambda _p, q, detail, _yes: questions.append(q + detail) or True)
    window.menu_actions["delete"].trigger()
    assert "Delete “Textiles Imbabura”?" in questions[0] and "Also removed: 1 relation" in questions[0]
    assert len(project.stakeholder_points()) == 2 and len(window.workspace.selection) == 0
    window.menu_actions["undo"].trigger()
    assert len(project.stakeholder_points()) == 3


def test_find_selects_matching_names(make_window, small_project, qtbot, monkeypatch):
    window = make_window()
    project = _open(window, small_project, qtbot)
    monkeypatch.setattr(ask, "text", lambda _p, _title, _label: "imbab")
    window.menu_actions["find"].trigger()
    assert window.workspace.selection.fids == {_fid(project, "Textiles Imbabura")}
    assert "1 stakeholder found for “imbab”" in window.status.currentMessage()


def test_layout_and_panels_persist(make_window, small_project, qtbot):
    window = make_window()
    toggle = window.docks["layers"].toggleViewAction()
    assert toggle in window.menus["panels"].actions() and toggle.text() == "Layers"
    assert not window.docks["layers"].isVisible() and not toggle.isEnabled()  # start page: no panels
    _open(window, small_project, qtbot)
    assert window.docks["layers"].isVisible()
    toggle.trigger()
    assert not window.docks["layers"].isVisible()
    window.resize(700, 500)  # within the offscreen screen (800x600), which restoreGeometry respects
    window.close()
    again = make_window(show=False)
    again.show()
    qtbot.waitExposed(again)
    assert (again.size().width(), again.size().height()) == (700, 500)
    _open(again, small_project, qtbot)
    assert not again.docks["layers"].isVisible()
    again.docks["layers"].toggleViewAction().trigger()
    assert again.docks["layers"].isVisible()


def test_cli_registers_the_gui_command():
    from clusterdesk.cli.main import build_parser

    args = build_parser().parse_args(["gui", "some.gpkg"])
    assert args.command == "gui" and args.path == "some.gpkg"


def test_preferences_persist_and_drive_autosave(make_window, small_project, qtbot, monkeypatch):
    window = make_window()
    project = _open(window, small_project, qtbot)
    monkeypatch.setattr(dialogs, "ask_preferences", lambda _p, minutes, reopen: (7, True, "ru"))
    window.menu_actions["preferences"].trigger()
    assert not window.autosave_timer.isActive()  # nothing unsaved yet
    project.stack.push(edits.AddStakeholders([{"name": "Sin guardar", "lon": -78.2, "lat": 0.3}]))
    assert window.autosave_timer.isActive() and window.autosave_timer.interval() == 7 * 60 * 1000
    window.menu_actions["save"].trigger()
    assert not window.autosave_timer.isActive()
    again = make_window(show=False)
    assert (again.autosave_minutes, again.reopen_last) == (7, True)
    from clusterdesk.gui.i18n import chosen_language

    assert chosen_language() == "ru"  # the language of the next start


def test_cursor_position_and_scale_in_the_status_bar(make_window, small_project, qtbot):
    window = make_window()
    _open(window, small_project, qtbot)
    QTest.mouseMove(window.canvas, _pixel(window, -78.214, 0.332))
    qtbot.waitUntil(lambda: window.status.position_label.text() != "", timeout=3000)
    position = window.status.position_label.text()
    assert position.startswith("0.33") and "° N" in position
    assert "78.21" in position and position.endswith("W")
    assert window.status.scale_label.text().startswith("1:")
    assert "3 stakeholders" in window.status.summary_label.text()


def test_export_the_map_view(make_window, small_project, qtbot, monkeypatch, tmp_path):
    window = make_window()
    _open(window, small_project, qtbot)
    target = tmp_path / "mapa.png"
    asked = []

    def answer(_parent, suggested, title=""):
        asked.append(title)
        return target, 640, 400, 96, MapDecorations(title=title, legend=True, north_arrow=True)

    monkeypatch.setattr(dialogs, "ask_export_view", answer)
    window.menu_actions["export"].trigger()
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert asked == [window.workspace.project.title]  # the dialog offers the project's title
    assert window.canvas.renderer.map_decorations == MapDecorations()  # the canvas keeps its scale bar only
    assert f"Exported {target}" in window.status.currentMessage()


def test_read_only_project_is_saved_with_save_as(make_window, small_project, qtbot, monkeypatch, tmp_path):
    small_project.chmod(0o444)
    window = make_window()
    project = _open(window, small_project, qtbot)
    assert project.read_only and "(read-only)" in window.windowTitle()
    project.stack.push(edits.AddStakeholders([{"name": "Copia", "lon": -78.2, "lat": 0.3}]))
    copy = tmp_path / "copia.gpkg"
    monkeypatch.setattr(ask, "save_file_name", lambda _p, _title, _suggested, _filters: str(copy))
    window.menu_actions["save"].trigger()
    assert copy.exists() and window.workspace.project.path == copy
    assert window.windowTitle() == "copia[*] — ClusterDesk" and not window.isWindowModified()
    small_project.chmod(0o644)


def test_import_of_an_unreadable_file_shows_why(make_window, small_project, qtbot, tmp_path, dialogs):
    window = make_window()
    project = _open(window, small_project, qtbot)
    old_excel = tmp_path / "registro.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 60)
    window.import_dialog(old_excel)
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=5000)
    assert "registro.xls" in dialogs.errors[0][0] and ".xlsx" in dialogs.errors[0][0]
    assert len(project.stakeholder_points()) == 3


def test_start_offers_recovery_before_opening_a_file(make_window, small_project, qtbot, monkeypatch):
    from clusterdesk.gui.app import open_main_window

    crashed = make_window()
    project = _open(crashed, small_project, qtbot)
    project.stack.push(edits.AddStakeholders([{"name": "Rescatado", "lon": -78.2, "lat": 0.3}]))
    crashed.autosave()
    monkeypatch.setattr(ask, "restore_or_discard", lambda _p, _text: Answer.RESTORE)
    window = open_main_window(small_project)
    try:
        qtbot.waitUntil(lambda: window.workspace.project is not None, timeout=5000)
        assert window.workspace.project.is_dirty  # the recovered work, not the file on disk
        assert "Recovered work" in window.status.currentMessage()
    finally:
        window.workspace.shutdown()
        window.close()
        window.deleteLater()


def test_new_project_from_the_file_menu(make_window, tmp_path, qtbot, monkeypatch, assert_valid):
    window = make_window()
    target = tmp_path / "calzado.gpkg"
    values = {"path": target, "cluster_name": "Calzado de Ambato", "country": "EC", "sector_code": "1520"}
    monkeypatch.setattr(dialogs, "ask_new_project", lambda _p, _folder: dict(values))
    window.menu_actions["new"].trigger()
    assert window.workspace.project.info().cluster_name == "Calzado de Ambato"
    assert window.windowTitle() == "calzado[*] — ClusterDesk" and target.exists()
    assert_valid(target)


def test_open_recent_menu_lists_and_opens(make_window, small_project, tmp_path, qtbot, monkeypatch):
    window = make_window()
    other = tmp_path / "otro.gpkg"
    Project.new(other, "Otro cluster").close()
    monkeypatch.setattr(ask, "open_file_name", lambda _p, _title, _folder, _filters: str(other))
    window.menu_actions["open"].trigger()
    window.menu_actions["close"].trigger()
    _open(window, small_project, qtbot)
    window.menus["recent"].aboutToShow.emit()
    entries = [a for a in window.menus["recent"].actions() if a.text().startswith("&")]
    assert [a.text() for a in entries] == ["&1 atuntaqui.gpkg", "&2 otro.gpkg"]
    entries[1].trigger()
    assert window.workspace.project.path == other


def test_quitting_stops_background_work_first(make_window, small_project, qtbot):
    from clusterdesk.gui.worker import Task
    from clusterdesk.io.task import TaskState

    window = make_window()
    _open(window, small_project, qtbot)
    reads = []

    def long_read(progress, cancel):
        state = TaskState(progress, cancel)
        while True:  # reads the working copy until told to stop
            reads.append(window.workspace.project.connection.execute("SELECT count(*) FROM stakeholders"))
            state.report(0.5, "Reading")

    task = Task(long_read, "Long read", window)
    window.status.track(task)
    task.start()
    qtbot.waitUntil(lambda: len(reads) > 0, timeout=5000)
    window.close()
    assert task.cancel_event.is_set() and window.workspace.project is None


def test_gui_command_explains_a_missing_display(monkeypatch, capsys):
    from clusterdesk.cli.main import main

    monkeypatch.setattr("sys.platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main(["gui"]) == 1
    assert "no graphical display" in capsys.readouterr().err


def test_no_two_actions_share_a_shortcut(make_window):
    window = make_window(show=False)
    actions = list(window.menu_actions.values()) + [d.toggleViewAction() for d in window.docks.values()]
    seen: dict[str, str] = {}
    for action in actions:
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text} is used by both {seen[text]!r} and {action.text()!r}"
            seen[text] = action.text()
    assert seen  # the platform's standard keys were found


def test_returning_to_the_window_notices_a_change_on_disk(make_window, small_project, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    window = make_window()
    _open(window, small_project, qtbot)
    asked = []
    monkeypatch.setattr(ask, "reload_or_keep", lambda _p, name, _dirty: asked.append(name) or Answer.KEEP)
    other = Project.open(small_project)
    other.stack.push(edits.AddStakeholders([{"name": "Desde QGIS", "lon": -78.1, "lat": 0.4}]))
    other.save()
    other.close()
    # The user comes back from QGIS to ClusterDesk
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert asked == ["atuntaqui.gpkg"]
    assert len(window.workspace.project.stakeholder_points()) == 3  # kept the working copy
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert asked == ["atuntaqui.gpkg"]  # asked once per change


def test_draw_a_named_boundary_from_the_view_menu(make_window, small_project, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window = make_window()
    project = _open(window, small_project, qtbot)
    before = project.counts()["cluster_boundaries"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Zona núcleo", True))
    window.menu_actions["tool_draw_boundary"].trigger()
    assert window.canvas.tool.name == "draw_boundary"
    for lon, lat in ((-78.25, 0.30), (-78.15, 0.30), (-78.15, 0.38)):
        QTest.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=_pixel(window, lon, lat))
    QTest.keyClick(window.canvas, Qt.Key.Key_Return)
    assert project.counts()["cluster_boundaries"] == before + 1
    name = project.connection.execute("SELECT name FROM cluster_boundaries ORDER BY fid DESC").fetchone()[0]
    assert name == "Zona núcleo"
    assert window.menu_actions["undo"].text() == "&Undo Add boundary Zona núcleo"
    window.menu_actions["undo"].trigger()
    assert project.counts()["cluster_boundaries"] == before


def test_cancelling_the_boundary_name_adds_nothing(make_window, small_project, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window = make_window()
    project = _open(window, small_project, qtbot)
    before = project.counts()["cluster_boundaries"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("", False))
    window.menu_actions["tool_draw_boundary"].trigger()
    for lon, lat in ((-78.25, 0.30), (-78.15, 0.30), (-78.15, 0.38)):
        QTest.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=_pixel(window, lon, lat))
    QTest.keyClick(window.canvas, Qt.Key.Key_Return)
    assert project.counts()["cluster_boundaries"] == before


def test_a_status_message_is_not_drawn_over_the_project_summary(make_window, small_project, qtbot):
    window = make_window()
    _open(window, small_project, qtbot)
    window.status.showMessage("Sample project: Save As to keep your changes", 5000)
    window.status.set_project_open(True)  # what reopening or reloading does while a message shows
    assert not window.status.summary_label.isVisible()
    window.status.clearMessage()
    assert window.status.summary_label.isVisible()
    assert "stakeholders" in window.status.summary_label.text()
