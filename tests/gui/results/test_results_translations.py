"""The results panel and its dialogs in Russian: every text they show of their own is translated, the
vocabulary shows core's translated labels, and the longer Russian labels are shown whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolBar,
    QToolButton,
)
from test_results_panel import chain, chain_template, open_panel, select_indicator  # noqa: F401 - fixtures

from clusterdesk.core.results import ResultsData
from clusterdesk.gui.results.dialogs import MonitoringDialog, ResultDialog, TaskLinksDialog
from clusterdesk.gui.results.indicator_dialog import IndicatorDialog
from clusterdesk.gui.results.indicator_table import COLUMNS
from conftest import english_words

# what the panel shows of the project's own Spanish data (statements, names, plan actions) is left out
USER_COLUMNS_OF_TREE = (0, 1)


def english_in(texts) -> dict[str, list[str]]:
    found = {}
    for text in texts:
        words = english_words(text or "")
        if words:
            found[text] = words
    return found


def own_texts(widget) -> list[str]:
    """Labels, buttons, checkboxes, placeholders, form labels, toolbar actions and menus of a widget."""
    texts = [widget.windowTitle()]
    texts += [c.text() for c in widget.findChildren(QLabel)]
    for child in widget.findChildren(QPushButton) + widget.findChildren(QCheckBox):
        texts += [child.text(), child.toolTip()]
    texts += [c.placeholderText() for c in widget.findChildren(QLineEdit)]
    for button in widget.findChildren(QToolButton):
        texts += [button.text(), button.toolTip()]
        if button.menu() is not None:
            texts += [a.text() for a in button.menu().actions()] + [
                a.toolTip() for a in button.menu().actions()
            ]
    for bar in widget.findChildren(QToolBar):
        texts += [a.text() for a in bar.actions()] + [a.toolTip() for a in bar.actions()]
    for combo in widget.findChildren(QComboBox):
        texts += [combo.itemText(n) for n in range(combo.count())]
    return texts


def form_labels(widget) -> list[QLabel]:
    found = []
    for form in widget.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                found.append(item.widget())
    return found


@pytest.fixture
def russian(interface_language, russian_messages):
    interface_language("ru")


def test_the_panel_speaks_russian(russian, qtbot, chain):  # noqa: F811 - the fixture
    workspace, fids = chain
    panel = open_panel(qtbot, workspace)
    texts = own_texts(panel)
    texts += [panel.tree.headerItem().text(n) for n in range(panel.tree.columnCount())]
    items = panel.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    texts += [item.text(column) for item in items for column in (2, 3)]
    for result in fids.values():
        if result not in {r["fid"] for r in panel.data.results}:
            continue
        panel.tree.select_result(result)
        table = panel.indicators
        texts += [table.horizontalHeaderItem(n).text() for n in range(table.columnCount())]
        texts += [table.horizontalHeaderItem(n).toolTip() for n in range(table.columnCount())]
        for row in range(table.rowCount()):
            for name in ("unit", "status", "source"):
                texts.append(table.item(row, COLUMNS.index(name)).text())
            texts.append(table.item(row, COLUMNS.index("status")).toolTip())
        texts += [panel.actions.item(n).text() for n in range(panel.actions.count())
                  if not panel.actions.item(n).data(Qt.ItemDataRole.UserRole)]  # fmt: skip
    select_indicator(panel, fids["1.1.2"], fids["1.1.2a"])
    values = panel.values
    texts += [values.table.horizontalHeaderItem(n).text() for n in range(values.table.columnCount())]
    texts += [
        values.categories.horizontalHeaderItem(n).text() for n in range(values.categories.columnCount())
    ]
    texts.append(values.categories_title.text())
    texts += [
        values.categories.item(r, c).text()
        for r in range(values.categories.rowCount())
        for c in (0, 2)  # category and disaggregation
    ]
    texts.append(panel.actions_title.text())
    english = english_in(texts)
    assert english == {}, f"English left in the Russian results panel: {english}"
    assert panel.tree.headerItem().text(1) == "Результат"
    statuses = {
        panel.indicators.item(r, COLUMNS.index("status")).text() for r in range(panel.indicators.rowCount())
    }
    assert statuses <= {"По плану", "Под угрозой", "Отставание", "Нет данных"}
    select_indicator(panel, fids["1.1"], fids["1.1a"])
    assert panel.indicators.item(panel.indicators.currentRow(), COLUMNS.index("source")).text() == "расчётный"


def test_the_dialogs_speak_russian_and_show_their_labels_whole(russian, qtbot, chain):  # noqa: F811
    workspace, fids = chain
    panel = open_panel(qtbot, workspace)
    data: ResultsData = panel.data
    indicator = next(i for i in data.indicators if i["fid"] == fids["1.1a"])
    result = next(r for r in data.results if r["fid"] == fids["1.1"])

    def build(_values):
        return None

    made = [
        ResultDialog(data, "output", build, parent_id=fids["1.1"], code="1.1.3"),
        ResultDialog(data, "outcome", build, result=result),
        IndicatorDialog(build, code="1.1c"),
        IndicatorDialog(build, indicator=indicator),
        MonitoringDialog("semester", 0.9, 0.6, build),
        TaskLinksDialog([], [], "1.1", build),
    ]
    texts = []
    for dialog in made:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts += own_texts(dialog)
        for label in form_labels(dialog):  # a form label is never cut
            assert label.width() >= label.sizeHint().width(), label.text()
        assert dialog.width() <= 1366 and dialog.height() <= 768, dialog.windowTitle()
        dialog.hide()
    statements = [r["statement"] for r in data.results]  # the chain's own words, in the parent choice
    english = english_in(t for t in texts if not any(s in t for s in statements))
    assert english == {}, f"English left in the Russian results dialogs: {english}"
    assert made[3].rule.text().startswith("Задачи плана")  # the formula's rule, translated
    assert made[0].windowTitle() == "Добавить результат: Непосредственный результат"


def test_the_russian_panel_fits_beside_the_map(russian, qtbot, chain):  # noqa: F811
    workspace, _fids = chain
    panel = open_panel(qtbot, workspace)
    assert panel.minimumSizeHint().width() <= 683  # half a laptop screen
    for button in panel.findChildren(QToolButton):
        if button.text() and button.isVisible():
            assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()), button.text()
