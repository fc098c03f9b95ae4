"""Every dock panel, opened in Russian in its default place of a 1366x768 window, fits: what the panel
screenshots (tools/panel_screenshots.py) showed wrong is asserted here on the widgets themselves.

- no label, button, list of choices or text field is lower than it needs (the network's measures were
  drawn over each other, the surveys' buttons squashed to a sliver);
- no widget sticks out of the widget that holds it (the results chart and tables lost their bottom);
- every column title fits its column (the checks' last title was cut);
- no one-line label is cut without a tooltip that shows it whole.

Every tab of the panel is looked at, not only the first.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QRect, Qt, QThread
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QWidget,
)

from clusterdesk.gui.panels import registered_panels

SAMPLES = Path(__file__).resolve().parents[2] / "sample_projects"
LAPTOP = (1366, 768)
SAMPLE_OF_PANEL = {"selection": "ecuador_cluster_selection"}  # the others show the Russian Samara sample
HEADER_PADDING = 4  # pixels beside a column title that Qt's own style leaves at the least


def _settle(milliseconds: int = 300) -> None:
    deadline = QDeadlineTimer(milliseconds)
    while not deadline.hasExpired():
        QCoreApplication.processEvents()
        QThread.msleep(10)


def _inside_scrolled_view(widget: QWidget, panel: QWidget) -> bool:
    """Widgets in a scroll area's viewport may run past it: that is what scrolling is for."""
    parent = widget.parentWidget()
    while parent is not None and parent is not panel:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {text!r}"


def _problems(panel: QWidget) -> list[str]:
    found = []
    for widget in panel.findChildren(QWidget):
        if not widget.isVisible() or _inside_scrolled_view(widget, panel):
            continue
        if isinstance(widget, QLabel | QAbstractButton | QComboBox | QLineEdit):
            needed = widget.minimumSizeHint().height()
            if widget.height() < needed - 1:
                found.append(f"{_name(widget)} is {widget.height()} px high, needs {needed}")
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and not widget.toolTip():
            if widget.textFormat() != Qt.TextFormat.RichText:
                line = widget.text().split("\n")[0]
                needed = widget.fontMetrics().horizontalAdvance(line)
                if widget.width() + 1 < needed:
                    found.append(f"{_name(widget)} is cut: {widget.width()} px of {needed}, no tooltip")
        parent = widget.parentWidget()
        if (
            parent is not None
            and not isinstance(widget, QScrollBar | QTabBar)
            and not isinstance(parent, QAbstractScrollArea)  # its scroll bars' containers sit outside
            and not parent.rect().adjusted(-1, -1, 1, 1).contains(widget.geometry())
            and widget.geometry().intersects(parent.rect())  # hidden off-side on purpose otherwise
        ):
            found.append(
                f"{_name(widget)} at {_rect(widget.geometry())} sticks out of {_rect(parent.rect())}"
            )
        if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            found += _narrow_sections(widget)
    return found


def _narrow_sections(header: QHeaderView) -> list[str]:
    model, metrics, found = header.model(), header.fontMetrics(), []
    if model is None:
        return found
    for section in range(header.count()):
        title = model.headerData(section, Qt.Orientation.Horizontal)
        if header.isSectionHidden(section) or not isinstance(title, str) or not title:
            continue
        needed = max(metrics.horizontalAdvance(line) for line in title.split("\n")) + HEADER_PADDING
        if header.sectionSize(section) < needed:
            found.append(f"column {title!r} is {header.sectionSize(section)} px wide, its title {needed}")
    return found


def _rect(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}x{rect.height()}"


def _panel_pages(panel: QWidget):
    """Each tab of each tab widget of the panel in turn (the first page of the panel as it opens too)."""
    yield "first page"
    for tabs in panel.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _settle(150)
            yield tabs.tabText(index)
        tabs.setCurrentIndex(0)


def _sample(key: str, tmp_path: Path) -> Path:
    sample = SAMPLES / f"{SAMPLE_OF_PANEL.get(key, 'samara_automotive')}.gpkg"
    if not sample.exists():
        pytest.skip(f"{sample.name} not built (python tools/build_samples.py)")
    return Path(shutil.copyfile(sample, tmp_path / sample.name))


@pytest.mark.parametrize("key", [spec.id for spec in registered_panels()])
def test_panel_fits_a_laptop_window_in_russian(make_window, interface_language, qtbot, tmp_path, key):
    interface_language("ru")
    window = make_window(show=False)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    assert window.documents.open_path(_sample(key, tmp_path))
    dock = window.docks[key]
    dock.show()
    dock.raise_()
    _settle()
    window.fit_default_layout()
    _settle(600)
    panel = dock.widget()
    if hasattr(panel, "wait"):  # the network is laid out on a worker thread
        assert panel.wait()
        _settle()
    assert panel.isVisible() and panel.height() > 100
    problems = [f"{page}: {problem}" for page in _panel_pages(panel) for problem in _problems(panel)]
    assert not problems, "\n".join(problems)


SIDE_PANELS = [spec.id for spec in registered_panels() if spec.area != Qt.DockWidgetArea.BottomDockWidgetArea]


@pytest.mark.parametrize("key", SIDE_PANELS)
def test_side_panel_lists_do_not_scroll_sideways_in_russian(
    make_window, interface_language, qtbot, tmp_path, key
):
    """A list in a dock beside the map fits the dock's width: a sideways scroll bar there hid the names
    and columns of the relations and the governance bodies."""
    interface_language("ru")
    window = make_window(show=False)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    assert window.documents.open_path(_sample(key, tmp_path))
    dock = window.docks[key]
    dock.show()
    dock.raise_()
    _settle()
    window.fit_default_layout()
    panel = dock.widget()
    if hasattr(panel, "selected_only"):  # the relations list every tie, not only the selection's
        panel.selected_only.setChecked(False)
    _settle(600)
    problems = []
    for _page in _panel_pages(panel):
        for view in panel.findChildren(QAbstractItemView):
            if isinstance(view, QHeaderView) or not view.isVisible() or not view.model().rowCount():
                continue
            if view.horizontalScrollBar().isVisible():
                problems.append(f"{type(view).__name__} of {view.model().rowCount()} rows scrolls sideways")
            header = getattr(view, "header", getattr(view, "horizontalHeader", None))
            if header is None:
                continue
            header = header()
            shown = sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
            if shown > view.viewport().width() + 1:
                problems.append(f"{type(view).__name__}: columns {shown} px in {view.viewport().width()}")
    assert not problems, "\n".join(problems)
