"""The registry panel in the main window: create, edit with a bad value, bulk edit, merge, delete, the
undo and redo of each, and the selection shared with the map."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox

from clusterdesk.gui import ask
from clusterdesk.gui.registry import RegistryPanel
from clusterdesk.gui.registry.bulk_edit import BulkEditDialog
from clusterdesk.gui.registry.merge_dialog import MergeDialog


def _fid(project, name: str) -> int:
    return project.connection.execute("SELECT fid FROM stakeholders WHERE name = ?", (name,)).fetchone()[0]


def _names(project) -> list[str]:
    return [r[0] for r in project.connection.execute("SELECT name FROM stakeholders ORDER BY name")]


@pytest.fixture
def panel(window) -> RegistryPanel:
    dock = window.docks["registry"]
    dock.show()
    return dock.widget()


def test_panel_lists_sorts_filters_and_counts(panel, window, qtbot):
    model = panel.model
    names = lambda: [model.index(r, 0).data() for r in range(model.rowCount())]  # noqa: E731
    assert names() == ["Textiles Imbabura", "Hilados del Norte", "Cámara de Comercio"]  # as they were added
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert names() == ["Cámara de Comercio", "Hilados del Norte", "Textiles Imbabura"]
    panel.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # employees; the unknown counts stay last
    assert names()[0] == "Textiles Imbabura"
    panel.search.setText("hilados")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
    assert model.index(0, 1).data() == "Supplier"
    panel.search.clear()
    panel.kind.setCurrentIndex(panel.kind.findData("business_association"))
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Cámara de Comercio"]
    assert "3 shown" not in panel.counts.text() and "Enterprise 1" in panel.counts.text()


def test_create_from_the_form_then_undo_and_redo(panel, window, qtbot):
    project = window.workspace.project
    form = panel.open_form(lonlat=(-78.2, 0.31))
    qtbot.addWidget(form)
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and "Name is required" in form.errors["name"].text()
    form.editors["name"].setText("Confecciones Andinas")
    form.editors["employees"].setText("12")
    form.editors["tags"].setText("export ;  women-led")
    form.add_contact({"name": "Rosa Pérez", "role": "Owner"})
    assert save.isEnabled()
    save.click()
    fid = _fid(project, "Confecciones Andinas")
    row = project.connection.execute(
        "SELECT employees, tags FROM stakeholders WHERE fid = ?", (fid,)
    ).fetchone()
    assert row == (12, "export; women-led")
    assert project.connection.execute(
        "SELECT name FROM contact_persons WHERE stakeholder_id = ?", (fid,)
    ).fetchall() == [("Rosa Pérez",)]
    assert window.workspace.selection.fids == {fid}
    assert panel.model.rowCount() == 4
    window.workspace.undo()
    assert "Confecciones Andinas" not in _names(project) and panel.model.rowCount() == 3
    assert project.connection.execute("SELECT count(*) FROM contact_persons").fetchone()[0] == 0
    window.workspace.redo()
    assert "Confecciones Andinas" in _names(project)
    assert project.connection.execute("SELECT count(*) FROM contact_persons").fetchone()[0] == 1


def test_an_invalid_value_shows_its_message_and_writes_nothing(panel, window, qtbot):
    project = window.workspace.project
    fid = _fid(project, "Textiles Imbabura")
    form = panel.open_form(fid)
    qtbot.addWidget(form)
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    form.editors["women_employees"].setText("55")
    assert form.errors["women_employees"].text() == "Women employees (55) cannot exceed employees (40)."
    assert not form.errors["women_employees"].isHidden() and not save.isEnabled()
    form.editors["email"].setText("ventas@imbabura")
    assert "name@example.org" in form.errors["email"].text()
    form._save()  # Enter in a field lands here too
    assert form.result() == 0
    assert project.connection.execute(
        "SELECT women_employees, email FROM stakeholders WHERE fid = ?", (fid,)
    ).fetchone() == (None, None)
    assert not project.stack.can_undo
    form.editors["women_employees"].setText("20")
    form.editors["email"].setText("ventas@imbabura.ec")
    assert save.isEnabled()
    save.click()
    assert (
        project.connection.execute(
            "SELECT women_employees FROM stakeholders WHERE fid = ?", (fid,)
        ).fetchone()[0]
        == 20
    )
    assert window.workspace.state.undo_label == "Edit Textiles Imbabura"
    window.workspace.undo()
    assert (
        project.connection.execute(
            "SELECT women_employees FROM stakeholders WHERE fid = ?", (fid,)
        ).fetchone()[0]
        is None
    )


def test_bulk_edit_of_the_selected_rows(panel, window, monkeypatch):
    project = window.workspace.project
    fids = [_fid(project, "Textiles Imbabura"), _fid(project, "Hilados del Norte")]
    window.workspace.selection.set(fids, source=window.canvas)

    def fill(dialog: BulkEditDialog) -> int:
        dialog.ticks["admin_area"].setChecked(True)
        dialog.admin_area.setText("Antonio Ante")
        dialog.add_tags.setText("fair 2024")
        return 1

    monkeypatch.setattr(BulkEditDialog, "exec", fill)
    panel.bulk_edit()
    query = "SELECT admin_area, tags FROM stakeholders WHERE fid IN (?, ?)"
    assert project.connection.execute(query, fids).fetchall() == [("Antonio Ante", "fair 2024")] * 2
    assert panel.admin_area.findData("Antonio Ante") > 0  # the filter offers the new area at once
    window.workspace.undo()
    assert project.connection.execute(query, fids).fetchall() == [(None, None)] * 2
    window.workspace.redo()
    assert project.connection.execute(query, fids).fetchall() == [("Antonio Ante", "fair 2024")] * 2


def test_merge_keeps_the_chosen_values_and_moves_the_relation(panel, window, monkeypatch):
    project = window.workspace.project
    keep, other = _fid(project, "Textiles Imbabura"), _fid(project, "Hilados del Norte")
    window.workspace.selection.set([keep, other], source=window.canvas)

    def choose(dialog: MergeDialog) -> int:
        dialog.survivor.button([r["fid"] for r in dialog.rows].index(keep)).setChecked(True)
        dialog.choose("kind", [r["fid"] for r in dialog.rows].index(other))
        return 1

    monkeypatch.setattr(MergeDialog, "exec", choose)
    panel.merge_selected()
    assert _names(project) == ["Cámara de Comercio", "Textiles Imbabura"]
    assert (
        project.connection.execute("SELECT kind FROM stakeholders WHERE fid = ?", (keep,)).fetchone()[0]
        == "supplier"
    )
    # the only relation joined the two: merged, it would tie the survivor to itself
    assert project.connection.execute("SELECT count(*) FROM relations").fetchone()[0] == 0
    assert window.workspace.selection.fids == {keep}
    window.workspace.undo()
    assert len(_names(project)) == 3
    assert project.connection.execute("SELECT source_id, target_id FROM relations").fetchall() == [
        (other, keep)
    ]
    window.workspace.redo()
    assert len(_names(project)) == 2


def test_delete_names_what_else_goes(panel, window, monkeypatch, assert_valid, tmp_path):
    project = window.workspace.project
    fid = _fid(project, "Hilados del Norte")
    window.workspace.selection.set([fid], source=window.canvas)
    asked = []
    monkeypatch.setattr(
        ask, "confirm", lambda _p, question, detail, _yes: asked.append((question, detail)) or True
    )
    panel.delete_selected()
    assert asked == [("Delete “Hilados del Norte”?", "Also removed: 1 relation. You can undo this.")]
    assert "Hilados del Norte" not in _names(project) and panel.model.rowCount() == 2
    window.workspace.undo()
    assert "Hilados del Norte" in _names(project)
    assert project.connection.execute("SELECT count(*) FROM relations").fetchone()[0] == 1
    window.workspace.redo()
    assert "Hilados del Norte" not in _names(project)
    assert_valid(project.save(tmp_path / "after_delete.gpkg"))


def test_selection_is_shared_with_the_map_both_ways(panel, window):
    project = window.workspace.project
    model, view = panel.model, panel.table
    # map -> table
    fid = _fid(project, "Hilados del Norte")
    window.workspace.selection.set([fid], source=window.canvas)
    rows = [i.row() for i in view.selectionModel().selectedRows()]
    assert [model.fid_at(r) for r in rows] == [fid]
    # table -> map
    view.selectionModel().select(
        model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    first = model.fid_at(0)
    assert window.workspace.selection.fids == {first}
    assert window.canvas.renderer.selection == {first}
    # double-click opens the form; "Zoom the map here" zooms around the stakeholder
    form = panel._double_clicked(model.index(2, 0))
    assert form.isVisible() and form.fid == model.fid_at(2)
    form.reject()
    before = window.canvas.viewport
    panel.zoom_to(model.fid_at(2))
    lon, lat = window.canvas.viewport.pixel_to_lonlat(window.canvas.width() / 2, window.canvas.height() / 2)
    points = project.stakeholder_points()
    at = np.flatnonzero(points.fid == model.fid_at(2))[0]
    assert window.canvas.viewport != before
    assert abs(lon - points.lon[at]) < 0.01 and abs(lat - points.lat[at]) < 0.01


def test_pick_the_location_on_the_map(panel, window, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    project = window.workspace.project
    form = panel.open_form(_fid(project, "Cámara de Comercio"))
    qtbot.addWidget(form)
    form.show()
    form.pick_on_map()
    assert not form.isVisible()
    point = QPoint(window.canvas.width() // 3, window.canvas.height() // 2)
    expected = window.canvas.pixel_to_lonlat(point.toPointF())
    QTest.mouseClick(window.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert form.isVisible()
    assert float(form.editors["lon"].text()) == pytest.approx(expected[0], abs=1e-5)
    assert float(form.editors["lat"].text()) == pytest.approx(expected[1], abs=1e-5)
    assert window.workspace.selection.fids == frozenset()  # the click picked a point, it selected nothing


def test_export_the_filtered_rows(panel, window, qtbot, monkeypatch, tmp_path):
    from clusterdesk.gui.registry import export_rows

    panel.kind.setCurrentIndex(panel.kind.findData("supplier"))
    out = tmp_path / "proveedores.geojson"
    monkeypatch.setattr(
        export_rows, "ask_filtered_or_all", lambda _parent, shown, total: (shown, total) == (1, 3)
    )
    monkeypatch.setattr(ask, "save_file_name", lambda *_args: str(out))
    panel.export_rows()
    qtbot.waitUntil(out.exists, timeout=10000)
    import json

    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert [f["properties"]["name"] for f in features] == ["Hilados del Norte"]


def test_custom_fields_are_checked_and_saved_and_tags_filter(panel, window, qtbot):
    from clusterdesk.core.edits import UpdateStakeholder

    project = window.workspace.project
    connection = project.connection
    connection.execute(
        "INSERT INTO custom_field_definitions (key, label, value_type, position) "
        "VALUES ('machines', 'Sewing machines', 'integer', 1)"
    )
    connection.execute(
        "INSERT INTO custom_field_definitions (key, label, value_type, choices, position) "
        "VALUES ('certified', 'Certification', 'choice', 'ISO 9001; BPM', 2)"
    )
    connection.commit()
    fid = _fid(project, "Hilados del Norte")
    form = panel.open_form(fid)
    qtbot.addWidget(form)
    form.custom_editors["machines"].setText("twelve")
    assert form.errors["custom:machines"].text() == "Sewing machines must be a whole number."
    assert not form.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    form.custom_editors["machines"].setText("12")
    form.custom_editors["certified"].setCurrentText("BPM")
    form.editors["tags"].setText("hilo; exporta")
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    stored = connection.execute("SELECT custom_fields FROM stakeholders WHERE fid = ?", (fid,)).fetchone()[0]
    assert stored == '{"machines": 12, "certified": "BPM"}'
    panel.tag.setCurrentIndex(panel.tag.findData("exporta"))
    assert [panel.model.fid_at(r) for r in range(panel.model.rowCount())] == [fid]
    # saving an untouched form adds nothing to undo
    depth = window.workspace.state.undo_label
    untouched = panel.open_form(fid)
    qtbot.addWidget(untouched)
    untouched.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert window.workspace.state.undo_label == depth
    project.stack.push(UpdateStakeholder(fid, {"tags": None}))
    # the tag is gone from every row, so the list no longer offers it and the filter lets all through
    assert panel.tag.currentIndex() == 0 and panel.model.rowCount() == 3


def test_large_registries_are_queried_on_a_worker(panel, window, qtbot, monkeypatch):
    """Above 20,000 stakeholders the query runs on a worker thread, with the same answers."""
    from clusterdesk.gui.registry import table_model
    from clusterdesk.gui.registry.registry_query import RegistryFilter

    monkeypatch.setattr(table_model, "BACKGROUND_QUERY_ROWS", 0)
    model = panel.model
    with qtbot.waitSignal(model.queryFinished, timeout=5000):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == [
        "Textiles Imbabura",
        "Hilados del Norte",
        "Cámara de Comercio",
    ]
    with qtbot.waitSignal(model.queryFinished, timeout=5000):
        model.set_filter(RegistryFilter(text="norte"))
        model.set_filter(RegistryFilter(text="imbabura"))  # the first answer arrives late and is dropped
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Textiles Imbabura"
    assert model.counts["enterprise"] == 1 and model.counts["supplier"] == 0


def test_large_selections_are_highlighted_by_the_model(panel, window, monkeypatch, qtbot):
    from PySide6.QtTest import QTest

    from clusterdesk.gui.registry import panel as panel_module

    monkeypatch.setattr(panel_module, "MAX_MIRRORED_ROWS", 1)
    project = window.workspace.project
    fids = [_fid(project, "Textiles Imbabura"), _fid(project, "Cámara de Comercio")]
    window.workspace.selection.set(fids, source=window.canvas)
    model = panel.model
    assert not panel.table.selectionModel().hasSelection()
    lit = [
        model.fid_at(r)
        for r in range(3)
        if model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    ]
    assert sorted(lit) == sorted(fids)
    assert panel.buttons["merge"].isEnabled()  # the commands act on the shared selection
    panel.table.setFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(window.workspace.selection) == 3
    assert window.canvas.renderer.selection == window.workspace.selection.fids


def test_a_refused_edit_is_reported_and_changes_nothing(panel, window, dialogs):
    from clusterdesk.core.registry_edits import BulkEditStakeholders

    project = window.workspace.project
    fid = _fid(project, "Hilados del Norte")
    assert not panel._push(BulkEditStakeholders([fid], {"kind": "smuggler"}))  # the table's CHECK refuses it
    assert (
        dialogs.errors
        and project.connection.execute("SELECT kind FROM stakeholders WHERE fid = ?", (fid,)).fetchone()[0]
        == "supplier"
    )
    assert not project.stack.can_undo


def test_the_chosen_columns_are_remembered(panel, window):
    from clusterdesk.gui.registry.registry_query import COLUMN_NAMES

    founded, tags = COLUMN_NAMES.index("year_founded"), COLUMN_NAMES.index("tags")
    assert panel.table.isColumnHidden(founded) and not panel.table.isColumnHidden(tags)
    panel.show_column(founded, True)
    panel.show_column(tags, False)
    later = RegistryPanel(window.workspace)
    try:
        assert not later.table.isColumnHidden(founded) and later.table.isColumnHidden(tags)
        assert "year_founded" in later.model.visible_columns and "tags" not in later.model.visible_columns
    finally:
        later.deleteLater()


def test_a_search_does_not_follow_into_the_next_project_opened(panel, window, qtbot, small_project, tmp_path):
    import shutil

    panel.search.setText("hilados")
    panel.kind.setCurrentIndex(panel.kind.findData("supplier"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=2000)
    window.workspace.project.save()
    other = tmp_path / "other.gpkg"
    shutil.copy(small_project, other)
    assert window.documents.open_path(other)
    qtbot.waitUntil(lambda: window.workspace.project.path == other, timeout=5000)
    assert panel.search.text() == "" and panel.kind.currentData() is None
    assert panel.model.rowCount() == 3 and "3 shown" in panel.counts.text()
