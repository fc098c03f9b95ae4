"""The Layers panel on a 1366x768 laptop in the default layout: every layer and every stakeholder kind
is in sight without scrolling, long kind names are drawn whole on two lines, and the options under the
list are all in sight too; when another panel shortens the side, the list keeps every layer in sight and
the options scroll instead."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QRect, Qt, QThread

from clusterdesk.gui.map.layers_panel import KIND_ROLE, LAYER_ROLE

SAMPLE = Path(__file__).resolve().parents[2] / "sample_projects" / "samara_automotive.gpkg"


def _settle(milliseconds: int = 400) -> None:
    deadline = QDeadlineTimer(milliseconds)
    while not deadline.hasExpired():
        QCoreApplication.processEvents()
        QThread.msleep(10)


@pytest.fixture
def laptop_window(make_window, interface_language, qtbot, tmp_path):
    def make(language: str, *others: str):
        if not SAMPLE.exists():
            pytest.skip(f"{SAMPLE.name} not built (python tools/build_samples.py)")
        interface_language(language)
        window = make_window(show=False)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        assert window.documents.open_path(Path(shutil.copyfile(SAMPLE, tmp_path / SAMPLE.name)))
        for key in others:
            window.docks[key].show()
        _settle()
        window.fit_default_layout()
        _settle(800)
        return window.docks["layers"].widget()

    return make


def _rows(tree):
    item = tree.topLevelItem(0)
    while item is not None:
        yield item
        item = tree.itemBelow(item)


def _name_is_whole(tree, item) -> str | None:
    """Why the row's name is not drawn whole, or None."""
    delegate = tree.itemDelegate()
    index = tree.indexFromItem(item)
    width = delegate.text_width(index)
    metrics = tree.fontMetrics()
    text = item.text(0)
    for word in text.split():
        if metrics.horizontalAdvance(word) > width:
            return f"{word!r} is wider than the {width} px its name has"
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
    needed = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
    if tree.visualItemRect(item).height() < needed:
        return f"{text!r} needs {needed} px, its row is {tree.visualItemRect(item).height()}"
    return None


@pytest.mark.parametrize("language", ["ru", "es", "en"])
def test_layers_every_layer_and_kind_in_sight_on_a_laptop(laptop_window, language):
    panel = laptop_window(language)
    tree = panel.tree
    assert tree.verticalScrollBar().maximum() == 0, "the list scrolls"
    viewport = tree.viewport().rect()
    rows = list(_rows(tree))
    assert sum(1 for row in rows if row.data(0, KIND_ROLE)) == 10
    for row in rows:
        assert viewport.contains(tree.visualItemRect(row)), row.text(0)
    cut = [why for row in rows if (why := _name_is_whole(tree, row))]
    assert not cut, "\n".join(cut)
    assert any(tree.visualItemRect(row).height() > tree.sizeHintForRow(0) * 1.5 for row in rows), (
        "no long kind name wraps: this width should make at least one do so"
    )
    assert panel.options.verticalScrollBar().maximum() == 0, "the options under the list scroll"
    assert panel.up.isVisible() and panel.add_tiles.isVisible()


def test_layers_list_first_when_a_bottom_panel_shortens_the_side(laptop_window):
    panel = laptop_window("ru", "network")
    window = panel.window()
    network = window.docks["network"]
    # the user drags the bottom panel up to see all of it (the height its contents need)
    window.resizeDocks([network], [276], Qt.Orientation.Vertical)
    _settle(800)
    tree = panel.tree
    layers = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert {item.data(0, LAYER_ROLE) for item in layers} >= {"relations", "boundaries", "basemap"}
    viewport = tree.viewport().rect()
    for item in layers:
        assert viewport.contains(tree.visualItemRect(item)), item.text(0)
    assert panel.options.height() >= panel.options.minimumSizeHint().height()
    assert panel.options.verticalScrollBar().maximum() > 0  # the options make way, not the layers
