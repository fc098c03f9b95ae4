"""The Network panel, its roster and the relation dialog in Russian: every text of their own is
translated, and the labels of the toolbar and the whole-network measures are shown whole."""

from __future__ import annotations

import pytest
from network_panel_project import NAMES, build_rounds_project, fids_by_name, open_copy
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QToolButton

from clusterdesk.gui.network import NetworkPanel
from clusterdesk.gui.network.roster_dialog import RosterDialog
from conftest import english_words


@pytest.fixture(scope="session")
def russian_template(tmp_path_factory):
    return build_rounds_project(tmp_path_factory.mktemp("network_ru") / "rounds.gpkg")


@pytest.fixture
def russian_workspace(interface_language, russian_messages, russian_template, tmp_path):
    interface_language("ru")
    space = open_copy(russian_template, tmp_path)
    yield space
    space.close(discard=True)


def texts_of(widget) -> list[str]:
    texts = [widget.windowTitle()]
    texts += [label.text() for label in widget.findChildren(QLabel)]
    for child in widget.findChildren(QPushButton) + widget.findChildren(QCheckBox):
        texts += [child.text(), child.toolTip()]
    for button in widget.findChildren(QToolButton):
        texts += [button.text(), button.toolTip()]
        if button.menu() is not None:
            texts += [action.text() for action in button.menu().actions()]
    texts += [field.placeholderText() for field in widget.findChildren(QLineEdit)]
    for combo in widget.findChildren(QComboBox):
        texts += [combo.itemText(n) for n in range(combo.count())] + [combo.toolTip()]
    return texts


def english_in(texts) -> dict[str, list[str]]:
    user_data = set(NAMES)
    found = {}
    for text in texts:
        for name in user_data:
            text = (text or "").replace(name, "")
        words = english_words(text)
        if words:
            found[text] = words
    return found


def test_the_panel_speaks_russian(qtbot, russian_workspace):
    panel = NetworkPanel(russian_workspace)
    qtbot.addWidget(panel)
    panel.resize(1366, 500)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.wait()
    panel.compare.setChecked(True)
    assert panel.wait()
    measures = panel.measures
    texts = texts_of(panel)
    texts += [measures.tabText(n) for n in range(measures.count())]
    model = measures.model
    texts += [model.headerData(c, 1) for c in range(model.columnCount())]
    texts += [model.index(r, c).data() for r in range(model.rowCount()) for c in (1, 8)]
    texts += [measures.brokers.item(n).text() for n in range(measures.brokers.count())]
    texts += [measures.isolates.item(n).text() for n in range(measures.isolates.count())]
    assert english_in(texts) == {}
    assert "Сеть" in panel.legend.labels[1].text() or "связ" in panel.legend.labels[1].text()
    # labels are shown whole: none is narrower than its text
    qtbot.wait(100)  # the layouts settle around the texts just set
    for label in panel.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap() and label.text():
            assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), label.text()
    for widget in (
        panel.findChildren(QPushButton) + panel.findChildren(QCheckBox) + panel.findChildren(QToolButton)
    ):
        if widget.isVisible() and widget.text():
            assert widget.width() >= widget.sizeHint().width() - 2, widget.text()


def test_the_roster_and_the_relation_dialog_speak_russian(qtbot, russian_workspace):
    from clusterdesk.gui.relations.relation_dialog import RelationDialog

    fid = fids_by_name(russian_workspace)
    roster = RosterDialog(russian_workspace.project, fid[NAMES[0]], "follow_up_1")
    qtbot.addWidget(roster)
    assert english_in(texts_of(roster)) == {}
    assert roster.windowTitle().startswith("Связи:")
    dialog = RelationDialog(russian_workspace.project)
    qtbot.addWidget(dialog)
    assert "Не прекращена" in texts_of(dialog)
    assert english_in(texts_of(dialog)) == {}
