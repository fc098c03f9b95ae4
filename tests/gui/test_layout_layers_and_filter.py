"""The layers list: unticked boxes are seen and ticked with the mouse, and the list keeps its rows when
other panels share its side. The registry's search filters the map as it filters the table."""

from __future__ import annotations

from layout_window_helpers import settle, window_on_map
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from clusterdesk.gui.map.layers_panel import KIND_ROLE, LAYER_ROLE, MIN_VISIBLE_ROWS
from clusterdesk.render.renderer import OSM, STAKEHOLDERS


def _row(tree, role, value):
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.data(0, role) == value:
            return item
        for j in range(item.childCount()):
            if item.child(j).data(0, role) == value:
                return item.child(j)
    raise AssertionError(f"no row with {value}")


def _indicator_rect(tree, item):
    """Where the view's style puts the row's check box."""
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualItemRect(item)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    option.checkState = item.checkState(0)
    return tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree)


def test_layout_unticked_box_is_seen_and_ticked_with_the_mouse(make_window, small_project, qtbot):
    window = window_on_map(make_window, small_project, qtbot)
    panel = window.docks["layers"].widget()
    tree = panel.tree
    osm = _row(tree, LAYER_ROLE, OSM)
    assert osm.checkState(0) == Qt.CheckState.Unchecked
    tree.scrollToItem(osm)
    settle()
    box = _indicator_rect(tree, osm)
    assert box.width() >= 10 and box.height() >= 10
    picture = tree.viewport().grab().toImage()
    darkest = min(
        QColor(picture.pixel(x, y)).lightness()
        for x in range(box.left(), box.right() + 1)
        for y in range(box.top(), box.bottom() + 1)
    )
    assert darkest < 140, "the unticked box's border must stand out on the white list"

    # a kind is ticked off and on again with the mouse at its box (no network needed, unlike OSM)
    window.canvas.set_kind_visible("supplier", False)
    settle()
    supplier = _row(tree, KIND_ROLE, "supplier")
    assert supplier.checkState(0) == Qt.CheckState.Unchecked
    tree.scrollToItem(supplier)
    settle()
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=_indicator_rect(tree, supplier).center())
    settle()
    assert "supplier" not in window.canvas.renderer.hidden_kinds
    assert _row(tree, KIND_ROLE, "supplier").checkState(0) == Qt.CheckState.Checked


def test_layout_layers_list_keeps_its_rows_beside_other_panels(make_window, small_project, qtbot):
    window = window_on_map(make_window, small_project, qtbot)
    relations = window.docks["relations"]  # under the layers, on the same side
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, relations, Qt.Orientation.Vertical)
    relations.show()
    window.resizeDocks([relations], [window.height()], Qt.Orientation.Vertical)  # as tall as it may be
    settle()
    tree = window.docks["layers"].widget().tree
    rows = tree.viewport().height() / tree.sizeHintForRow(0)
    assert rows >= MIN_VISIBLE_ROWS, rows
    assert window.height() <= 768


def _drawn(canvas, project, names: list[str]) -> dict[str, bool]:
    """Whether the stakeholder layer has paint at each stakeholder's place on the canvas."""
    canvas.render_now()
    image = canvas.renderer.layer_image(STAKEHOLDERS, canvas.viewport)
    found = {}
    for name in names:
        point = canvas.lonlat_to_pixel(*_lonlat(project, name))
        pixel = QPoint(round(point.x()), round(point.y()))
        found[name] = image is not None and QColor.fromRgba(image.pixel(pixel)).alpha() > 0
    return found


def _lonlat(project, name: str) -> tuple[float, float]:
    fid = project.connection.execute("SELECT fid FROM stakeholders WHERE name = ?", (name,)).fetchone()[0]
    points = project.stakeholder_points()
    index = list(points.fid).index(fid)
    return float(points.lon[index]), float(points.lat[index])


def _relations_drawable(canvas) -> int:
    relations = canvas.renderer.data.relations
    return int(((relations.source >= 0) & (relations.target >= 0)).sum())


NAMES = ["Textiles Imbabura", "Hilados del Norte", "Cámara de Comercio"]


def test_layout_registry_search_filters_the_map(make_window, small_project, tmp_path, qtbot):
    window = window_on_map(make_window, small_project, qtbot)
    project, canvas = window.workspace.project, window.canvas
    registry = window.docks["registry"].widget()
    canvas.zoom_to_project()
    settle()
    assert _drawn(canvas, project, NAMES) == dict.fromkeys(NAMES, True)
    assert canvas.filter_note() is None

    registry.search.setText("hilados")
    registry.apply_filter()
    settle()
    assert _drawn(canvas, project, NAMES) == {"Textiles Imbabura": False, "Hilados del Norte": True,
                                              "Cámara de Comercio": False}  # fmt: skip
    assert canvas.filter_note() == "Registry filter: 1 of 3 shown"
    assert _relations_drawable(canvas) == 0  # the tie's other end is hidden

    registry.kind.setCurrentIndex(registry.kind.findData("enterprise"))  # no supplier is an enterprise
    settle()
    assert _drawn(canvas, project, NAMES) == dict.fromkeys(NAMES, False)
    assert canvas.filter_note() == "Registry filter: 0 of 3 shown"

    registry.kind.setCurrentIndex(0)
    registry.search.clear()
    registry.apply_filter()
    settle()
    assert _drawn(canvas, project, NAMES) == dict.fromkeys(NAMES, True)
    assert canvas.filter_note() is None
    assert _relations_drawable(canvas) == 1

    # a search left in the box does not hide anything in the next project opened
    registry.search.setText("hilados")
    registry.apply_filter()
    settle()
    assert canvas.filter_counts() == (1, 3)
    other = tmp_path / "other.gpkg"
    other.write_bytes(small_project.read_bytes())
    assert window.documents.open_path(other)
    settle()
    assert registry.search.text() == ""
    assert canvas.filter_counts() is None
    assert _drawn(canvas, window.workspace.project, NAMES) == dict.fromkeys(NAMES, True)
