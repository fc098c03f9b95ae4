"""The capacity radar uses its panel's room, keeps its legend inside the widget and its scale numbers
off the data, measured with the chart's own layout (the one it paints)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPointF, QRectF

from clusterdesk.gui.capacity.radar_chart import RadarChart, RadarSeries, round_colour
from clusterdesk.gui.capacity.radar_layout import DOT_RADIUS, point_clearance

LAPTOP = (1366, 768)
SAMPLES = Path(__file__).resolve().parents[2] / "sample_projects"
AXES = [
    "Responsiveness to the cluster's demand",
    "Relevance of the service portfolio",
    "Staff competence",
    "Linkages with firms and other institutions",
    "Financial sustainability",
    "Governance and leadership",
    "Monitoring capacity",
]


def radar(qtbot, width: int, height: int, series=None) -> RadarChart:
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.set_chart(
        "Centro de Diseño y Moda Imbabura — Support institution capacity",
        AXES,
        series
        or [
            RadarSeries("Baseline, 04 Jul 2022 · overall 2.3", (2, 2, 3, 3, 2, 2, 2), round_colour(0)),
            RadarSeries(
                "Mid-term, 04 Jun 2024 · overall 2.9",
                (3, 3, 4, None, 2, 3, 3),
                round_colour(1),
                False,
                "incomplete: 19 of 20 indicators scored",
            ),  # fmt: skip
        ],
        (4, 4, 4, 4, 4, 4, 4),
    )
    chart.resize(width, height)
    return chart


def inside(rect: QRectF, widget) -> bool:
    return QRectF(widget.rect()).contains(rect)


def test_the_radius_grows_with_the_widget(qtbot):
    chart = radar(qtbot, 500, 220)
    radii = []
    for size in ((500, 220), (900, 300), (1300, 450), (1900, 700)):
        chart.resize(*size)
        radii.append(chart.chart_layout().radius)
    assert radii == sorted(radii) and len(set(radii)) == len(radii), radii
    assert radii[-1] > 2.5 * radii[0]


def test_the_radar_takes_the_room_its_names_leave(qtbot):
    chart = radar(qtbot, 900, 600)
    layout = chart.chart_layout()
    assert all(inside(label, chart) for label in layout.axis_labels)
    figure = layout.axis_labels[0]
    for label in layout.axis_labels[1:]:
        figure = figure.united(label)
    # a taller or wider figure would leave the widget: it fills one of the two directions
    room = QRectF(chart.rect()).adjusted(8, 8, -8, -8)
    assert figure.height() >= room.height() - 40 or figure.right() >= room.right() - 40


@pytest.mark.parametrize("size", [(1362, 170), (1362, 260), (1900, 330), (330, 520), (240, 300)])
def test_legend_and_title_stay_inside_the_widget(qtbot, size):
    chart = radar(qtbot, *size)
    layout = chart.chart_layout()
    assert layout.legend
    for entry in layout.legend:
        assert inside(entry.rect, chart), (size, entry.text, entry.rect)
    for one, entry in enumerate(layout.legend):
        assert not any(entry.rect.intersects(other.rect) for other in layout.legend[one + 1 :])
    assert inside(layout.title_rect, chart)


def test_an_elided_legend_entry_is_whole_in_its_tooltip(qtbot):
    long_label = "Mid-term, 04 Jun 2024 · overall 2.9, assessed with the chamber's board and two field teams"
    chart = radar(qtbot, 260, 320, [RadarSeries(long_label, (3,) * 7, round_colour(0))])
    entry = chart.chart_layout().legend[0]
    assert entry.elided
    assert inside(entry.rect, chart)
    assert chart.tooltip_at(entry.rect.center()) == long_label
    assert chart.tooltip_at(QPointF(chart.width() / 2, chart.height() / 2)) == ""


def scale_labels_clear(chart) -> None:
    layout = chart.chart_layout()
    assert len(layout.level_labels) >= 2, "the scale is shown"
    points = [p for outline in chart.outlines(layout.centre, layout.radius) for p in outline if p is not None]
    for level, rect in layout.level_labels:
        for point in points:
            assert point_clearance(point, rect) > DOT_RADIUS, (level, rect, point)
    rects = [rect for _level, rect in layout.level_labels]
    for one, rect in enumerate(rects):
        assert not any(rect.intersects(other) for other in rects[one + 1 :])


@pytest.mark.parametrize("size", [(1362, 170), (900, 400), (1900, 700), (330, 520)])
def test_scale_numbers_are_clear_of_the_data_points(qtbot, size):
    scale_labels_clear(radar(qtbot, *size))


def test_the_docked_panel_at_laptop_size(make_window, tmp_path, qtbot):
    """The Atuntaqui sample in the window's default layout: every institution's radar keeps its legend
    inside and its scale numbers off the data, and the radar is larger than the one of a small panel."""
    copy = tmp_path / "atuntaqui_garments.gpkg"
    shutil.copyfile(SAMPLES / "atuntaqui_garments.gpkg", copy)
    window = make_window()
    assert window.documents.open_path(copy)
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.canvas, timeout=5000)
    window.resize(*LAPTOP)
    dock = window.docks["capacity"]
    if not dock.isVisible():
        dock.toggleViewAction().trigger()
    dock.raise_()
    for _ in range(5):
        QCoreApplication.processEvents()
    window.fit_default_layout()
    panel = dock.widget()
    qtbot.waitUntil(lambda: panel.radar.isVisible() and panel.radar.height() > 100, timeout=5000)
    chart = panel.radar
    assert panel.institution.count() >= 2
    for position in range(panel.institution.count()):
        panel.institution.setCurrentIndex(position)
        layout = chart.chart_layout()
        assert layout.legend
        for entry in layout.legend:
            assert inside(entry.rect, chart), (panel.institution.currentText(), entry.text)
        assert all(inside(label, chart) for label in layout.axis_labels)
        scale_labels_clear(chart)
    small = radar(qtbot, 500, 140)
    assert chart.chart_layout().radius > small.chart_layout().radius


def test_the_institution_row_goes_beside_the_tabs_in_a_wide_panel(qtbot, tmp_path):
    from PySide6.QtCore import QPoint, Qt

    from clusterdesk.core.workspace import RecentFiles, Workspace
    from clusterdesk.gui.capacity import CapacityPanel

    copy = tmp_path / "bosawas_cocoa.gpkg"
    shutil.copyfile(SAMPLES / "bosawas_cocoa.gpkg", copy)
    workspace = Workspace(RecentFiles(tmp_path / "recent.json"))
    workspace.open(copy)
    panel = CapacityPanel(workspace)
    qtbot.addWidget(panel)
    panel.resize(1360, 220)
    panel.show()
    qtbot.waitExposed(panel)
    for _ in range(5):
        QCoreApplication.processEvents()
    corner = Qt.Corner.TopRightCorner
    assert panel.tabs.cornerWidget(corner) is panel.header and panel.header.isVisible()
    top_beside = panel.radar.mapTo(panel, QPoint(0, 0)).y()
    panel.resize(600, 220)
    for _ in range(5):
        QCoreApplication.processEvents()
    assert panel.tabs.cornerWidget(corner) is not panel.header and panel.header.isVisible()
    assert panel.header.geometry().bottom() < panel.tabs.geometry().top()
    # beside the tabs, the row gave the radar its height
    assert panel.radar.mapTo(panel, QPoint(0, 0)).y() >= top_beside + panel.header.height()
    workspace.close(discard=True)
