"""The Diagnostic panel and its dialogs in Russian on a copy of the Samara sample: every text of their own
is translated, and the longer Russian labels of the toolbar, tabs and quadrants are shown whole."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QToolBar, QToolButton

from clusterdesk.core import diagnostic_edits as edits
from clusterdesk.core.diagnostic import ITEM_CATEGORIES
from clusterdesk.gui.diagnostic import DiagnosticPanel
from clusterdesk.gui.diagnostic.dialogs import ItemDialog, ReportDialog
from conftest import english_words


def own_texts(widget) -> list[str]:
    """Labels, buttons, checkboxes, placeholders, toolbar actions, menus, combos and tooltips of a widget."""
    texts = [widget.windowTitle(), widget.toolTip()]
    for label in widget.findChildren(QLabel):
        texts += [label.text(), label.toolTip()]
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
        texts += [combo.toolTip()] + [combo.itemText(n) for n in range(combo.count())]
    return texts


def english_in(texts) -> dict[str, list[str]]:
    return {text: english_words(text) for text in texts if text and english_words(text)}


@pytest.fixture
def russian(interface_language, russian_messages):
    interface_language("ru")


@pytest.fixture
def samara_diagnostic(samara_workspace):
    project = samara_workspace.project
    report = edits.add_report(project, {"title": "Диагностика кластера", "authors": "Иванова; Петров"})
    project.stack.push(report)
    report_id = report.rows["diagnostic_reports"][0]["fid"]
    uuid = project.connection.execute("SELECT uuid FROM plan_tasks ORDER BY fid LIMIT 1").fetchone()
    firm = project.connection.execute("SELECT fid FROM stakeholders ORDER BY fid LIMIT 1").fetchone()[0]
    for n, category in enumerate(ITEM_CATEGORIES):
        values = {"report_id": report_id, "category": category, "text": f"Пункт {n}", "evidence": "Опрос",
                  "stakeholder_ids": [firm], "task_uuids": [uuid[0]] if uuid else []}  # fmt: skip
        project.stack.push(edits.add_item(project, values))
    return samara_workspace


def test_the_panel_speaks_russian_and_shows_its_labels_whole(russian, qtbot, samara_diagnostic):
    panel = DiagnosticPanel(samara_diagnostic)
    qtbot.addWidget(panel)
    panel.resize(1366, 420)
    panel.show()
    qtbot.waitExposed(panel)
    finding = panel.data.items_of("finding")[0]
    panel.select_item(finding["fid"])
    texts = own_texts(panel) + [panel.tabs.tabText(n) for n in range(panel.tabs.count())]
    for category, model in panel.models.items():
        texts += [model.data(model.index(row), 3) for row in range(model.rowCount())]  # tooltips
        texts.append(panel.views[category].toolTip())
    assert not english_in(texts), english_in(texts)
    assert panel.report_facts.text().startswith("Авторы")
    # whole labels: toolbar buttons, tabs and quadrant titles get at least the room they ask for
    buttons = [b for b in panel.findChildren(QToolButton) if b.isVisible() and b.text()]
    assert len(buttons) >= 4
    for button in buttons:
        assert button.width() >= button.sizeHint().width(), button.text()
    bar = panel.tabs.tabBar()
    for n in range(bar.count()):
        assert bar.tabRect(n).width() >= bar.fontMetrics().horizontalAdvance(bar.tabText(n)), bar.tabText(n)
    for tab in (0, 1):
        panel.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        for label in panel.findChildren(QLabel):
            if label.isVisible() and label.text() and not label.wordWrap():
                assert label.width() >= label.sizeHint().width(), label.text()


def test_the_dialogs_speak_russian(russian, qtbot, samara_diagnostic):
    project = samara_diagnostic.project
    stakeholders = [
        tuple(r) for r in project.connection.execute("SELECT fid, name FROM stakeholders LIMIT 5")
    ]
    tasks = [
        {"fid": r[0], "uuid": r[1], "parent_id": r[2], "position": r[3], "name": r[4]}
        for r in project.connection.execute("SELECT fid, uuid, parent_id, position, name FROM plan_tasks")
    ]
    item = ItemDialog(lambda values: None, "leverage_point", stakeholders, tasks)
    report = ReportDialog(
        lambda values: None, {"title": "x", "report_date": None, "authors": None, "summary": None}
    )
    for dialog in (item, report):
        qtbot.addWidget(dialog)
        assert not english_in(own_texts(dialog)), english_in(own_texts(dialog))
    assert item.windowTitle() == "Добавить: Точка приложения усилий"
    item.text.setPlainText(" ")
    item.build = lambda values: edits.add_item(project, values)
    item.try_accept()
    assert "текст" in item.error.text() and not english_words(item.error.text())
