"""The map canvas driven like a user: wheel, keys, clicks, boxes and drags."""

from __future__ import annotations

import pytest
from map_fixtures import ASSOCIATION_AT, ENTERPRISE_AT
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from clusterdesk.core.geometry import decode


def _at(canvas, lon: float, lat: float) -> QPoint:
    return canvas.lonlat_to_pixel(lon, lat).toPoint()


def _location(project, fid: int) -> tuple[float, float]:
    blob = project.connection.execute("SELECT geom FROM stakeholders WHERE fid = ?", (fid,)).fetchone()[0]
    point = decode(blob)
    return point.x, point.y


def _wheel(canvas, position: QPoint, notches: int) -> None:
    event = QWheelEvent(QPointF(position), QPointF(canvas.mapToGlobal(position)), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(canvas, event)


def test_wheel_zooms_about_the_cursor(canvas, qtbot):
    before = canvas.scale()
    anchor = _at(canvas, *ENTERPRISE_AT)
    with qtbot.waitSignal(canvas.scaleChanged) as signal:
        _wheel(canvas, anchor, 2)
    assert signal.args[0] == pytest.approx(before / 2, rel=1e-4)  # the centre latitude moved a little
    assert canvas.lonlat_to_pixel(*ENTERPRISE_AT).toPoint() == anchor  # the point under the cursor stays
    _wheel(canvas, anchor, -2)
    assert canvas.scale() == pytest.approx(before, rel=1e-4)


def test_keys_zoom_and_pan(canvas, qtbot):
    before = canvas.scale()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.scale() == pytest.approx(before / 2, rel=1e-6)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.scale() == pytest.approx(before, rel=1e-6)
    x_before = canvas.lonlat_to_pixel(*ENTERPRISE_AT).x()
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.lonlat_to_pixel(*ENTERPRISE_AT).x() == pytest.approx(x_before + canvas.width() / 4)


def test_click_selection_with_shift_and_ctrl(canvas, qtbot):
    selection = canvas.selection
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=_at(canvas, *ENTERPRISE_AT))
    assert selection.fids == {1}
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     _at(canvas, *ASSOCIATION_AT))  # fmt: skip
    assert selection.fids == {1, 2}
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     _at(canvas, *ENTERPRISE_AT))  # fmt: skip
    assert selection.fids == {2}
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=_at(canvas, -78.2, 0.33))  # empty map
    assert selection.fids == frozenset()
    assert canvas.renderer.selection == frozenset()


def test_box_selection(canvas, qtbot):
    start = _at(canvas, -78.29, 0.39)
    end = _at(canvas, -78.11, 0.29)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    assert canvas.selection.fids == {1, 2}  # the stakeholder without a location is not on the map


def test_drag_moves_a_selected_stakeholder_and_undo_restores_it(canvas, qtbot, small_project):
    canvas.selection.set([1])
    start = _at(canvas, *ENTERPRISE_AT)
    target = QPoint(start.x() + 60, start.y() - 40)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, QPoint(start.x() + 30, start.y() - 20))
    qtbot.mouseMove(canvas, target)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=target)
    lon, lat = _location(small_project, 1)
    expected = canvas.pixel_to_lonlat(QPointF(target))
    assert (lon, lat) == pytest.approx(expected, abs=1e-9)
    assert small_project.stack.undo_label == "Move Textiles Imbabura"
    assert canvas.stakeholder_at(QPointF(target)) == 1  # the map was refreshed from the command
    small_project.stack.undo()
    assert _location(small_project, 1) == pytest.approx(ENTERPRISE_AT, abs=1e-9)
    assert canvas.stakeholder_at(QPointF(start)) == 1


def test_place_tool_asks_for_a_stakeholder_at_the_click(canvas, qtbot):
    canvas.set_tool("place")
    spot = _at(canvas, -78.2, 0.33)
    with qtbot.waitSignal(canvas.placeRequested) as signal:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=spot)
    lon, lat = signal.args
    assert (lon, lat) == pytest.approx(canvas.pixel_to_lonlat(QPointF(spot)), abs=1e-9)


def test_placed_stakeholder_appears_on_the_map(canvas, small_project):
    from clusterdesk.core.edits import AddStakeholders

    spot = QPointF(_at(canvas, -78.2, 0.33))
    assert canvas.stakeholder_at(spot) is None
    lon, lat = canvas.pixel_to_lonlat(spot)
    small_project.stack.push(
        AddStakeholders([{"name": "Nuevo taller", "kind": "supplier", "lon": lon, "lat": lat}])
    )
    assert canvas.stakeholder_at(spot) == 4
    assert canvas.renderer.data.kind_counts()["supplier"] == 1


def test_panning_moves_the_image_without_reading_the_project(canvas, qtbot, small_project, monkeypatch):
    statements: list[str] = []
    calls = []
    original = small_project.stakeholder_points
    monkeypatch.setattr(small_project, "stakeholder_points", lambda: calls.append(1) or original())
    small_project.connection.set_trace_callback(statements.append)
    renders = canvas.render_count
    before = canvas.lonlat_to_pixel(*ENTERPRISE_AT)
    canvas.set_tool("pan")
    start = QPoint(400, 300)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 8):
        qtbot.mouseMove(canvas, QPoint(400 + 20 * step, 300 + 10 * step))
        canvas.repaint()
    assert canvas.render_count == renders  # during the drag the cached image is moved, not re-rendered
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(540, 370))
    qtbot.waitUntil(lambda: canvas.render_count > renders)
    small_project.connection.set_trace_callback(None)
    assert statements == [] and calls == []
    after = canvas.lonlat_to_pixel(*ENTERPRISE_AT)
    assert (after.x() - before.x(), after.y() - before.y()) == pytest.approx((140, 70), abs=1e-6)


def test_identify_popup_shows_fields(canvas, qtbot):
    canvas.set_tool("identify")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=_at(canvas, *ENTERPRISE_AT))
    popup = canvas._popup
    assert popup is not None and popup.isVisible()
    assert popup.title == "Textiles Imbabura"
    assert popup.fields["Employees"] == "40" and popup.fields["Kind"] == "Enterprise"
    popup.close()


def test_draw_a_boundary_and_undo(canvas, qtbot, small_project):
    canvas.set_tool("draw_boundary")
    corners = [(-78.26, 0.31), (-78.16, 0.31), (-78.16, 0.36)]
    for lon, lat in corners:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=_at(canvas, lon, lat))
    last = _at(canvas, -78.26, 0.36)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=last)
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=last)
    assert small_project.counts()["cluster_boundaries"] == 2
    drawn = canvas.renderer.data.boundaries[-1]
    assert drawn.name == "Cluster boundary 2"
    assert drawn.lonlat_shape.bounds == pytest.approx((-78.26, 0.31, -78.16, 0.36), abs=1e-3)
    small_project.stack.undo()
    assert small_project.counts()["cluster_boundaries"] == 1


def test_edit_a_boundary_vertex_and_undo(canvas, qtbot, small_project):
    canvas.set_tool("edit_boundary")
    vertex = _at(canvas, -78.12, 0.39)
    target = _at(canvas, -78.11, 0.395)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=vertex)
    qtbot.mouseMove(canvas, target)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=target)
    bounds = canvas.renderer.data.boundaries[0].lonlat_shape.bounds
    assert bounds[2] == pytest.approx(-78.11, abs=2e-4) and bounds[3] == pytest.approx(0.395, abs=2e-4)
    assert small_project.stack.undo_label == "Edit boundary Atuntaqui"
    small_project.stack.undo()
    assert canvas.renderer.data.boundaries[0].lonlat_shape.bounds == pytest.approx(
        (-78.28, 0.29, -78.12, 0.39)
    )


def test_layers_panel_legend_and_kind_visibility(canvas, qtbot):
    from clusterdesk.gui.map import LayersPanel

    panel = LayersPanel(canvas)
    qtbot.addWidget(panel)
    legend = dict(panel.legend())
    assert legend["Enterprise"] == 2 and legend["Business association"] == 1 and legend["Buyer"] == 0
    top = panel.tree.topLevelItem(0)
    assert top.text(0) == "Labels"  # drawn last, listed first
    stakeholders = next(panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
                        if panel.tree.topLevelItem(i).text(0) == "Stakeholders")  # fmt: skip
    enterprise = stakeholders.child(0)
    enterprise.setCheckState(0, Qt.CheckState.Unchecked)
    assert "enterprise" in canvas.renderer.hidden_kinds
    assert canvas.stakeholder_at(QPointF(_at(canvas, *ENTERPRISE_AT))) is None
    top.setCheckState(0, Qt.CheckState.Unchecked)
    assert not canvas.renderer.layer("labels").visible
    # Counts follow edits.
    from clusterdesk.core.edits import AddStakeholders

    canvas.project.stack.push(
        AddStakeholders([{"name": "Comprador", "kind": "buyer", "lon": -78.2, "lat": 0.3}])
    )
    assert dict(panel.legend())["Buyer"] == 1


def test_export_view_writes_a_pdf(canvas, tmp_path):
    target = canvas.export_view(tmp_path / "view.pdf", 1200, 900, 150)
    assert target.read_bytes().startswith(b"%PDF")


def test_unknown_tool_is_refused(canvas):
    with pytest.raises(ValueError, match="unknown map tool"):
        canvas.set_tool("lasso")


def test_layers_panel_order_and_opacity(canvas, qtbot):
    from clusterdesk.gui.map import LayersPanel

    panel = LayersPanel(canvas)
    qtbot.addWidget(panel)
    order = [s.id for s in canvas.renderer.layers]
    relations = next(panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
                     if panel.tree.topLevelItem(i).text(0) == "Relations")  # fmt: skip
    panel.tree.setCurrentItem(relations)
    panel.up.click()  # drawn later, i.e. over the stakeholders
    new_order = [s.id for s in canvas.renderer.layers]
    assert new_order.index("relations") == order.index("relations") + 1
    assert panel.current_layer() == "relations"
    panel.opacity.setValue(40)
    assert canvas.renderer.layer("relations").opacity == pytest.approx(0.4)
    before = canvas.render_count
    qtbot.waitUntil(lambda: canvas.render_count > before)


def test_double_click_on_a_layer_zooms_to_it(canvas, qtbot):
    from clusterdesk.gui.map import LayersPanel

    panel = LayersPanel(canvas)
    qtbot.addWidget(panel)
    canvas.zoom_to_extent(-80, -3, -76, 2)  # far out
    boundaries = next(panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
                      if panel.tree.topLevelItem(i).text(0) == "Cluster boundaries")  # fmt: skip
    panel.tree.setCurrentItem(boundaries)
    panel.tree.itemDoubleClicked.emit(boundaries, 0)
    lon0, lat0, lon1, lat1 = canvas.viewport.lonlat_bounds()
    assert lon0 < -78.28 and lon1 > -78.12 and lat0 < 0.29 and lat1 > 0.39
    assert lon1 - lon0 < 0.5  # fitted to the boundary, not the country


def test_relation_kinds_in_the_legend_can_be_hidden(canvas, qtbot):
    from clusterdesk.gui.map import LayersPanel

    panel = LayersPanel(canvas)
    qtbot.addWidget(panel)
    relations = next(panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
                     if panel.tree.topLevelItem(i).text(0) == "Relations")  # fmt: skip
    rows = {relations.child(j).text(0): relations.child(j) for j in range(relations.childCount())}
    assert rows["Member of"].text(1) == "1" and rows["Other"].text(1) == "1"
    assert canvas.renderer.layer_image("relations", canvas.viewport) is not None
    rows["Member of"].setCheckState(0, Qt.CheckState.Unchecked)
    assert canvas.renderer.hidden_relation_kinds == {"member_of"}
    assert canvas.renderer.layer_image("relations", canvas.viewport) is None  # the other one has no location


def test_shift_drag_zooms_to_a_box(canvas, qtbot):
    canvas.set_tool("pan")
    start, end = _at(canvas, -78.26, 0.37), _at(canvas, -78.14, 0.30)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, start)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, end)
    lon0, lat0, lon1, lat1 = canvas.viewport.lonlat_bounds()
    assert lon0 == pytest.approx(-78.26, abs=0.01) or lat1 == pytest.approx(0.37, abs=0.01)
    assert lon0 <= -78.26 + 1e-6 and lon1 >= -78.14 - 1e-6 and lat0 <= 0.30 + 1e-6 and lat1 >= 0.37 - 1e-6
    assert lon1 - lon0 < 0.2  # zoomed in from the 0.2-degree starting view
