"""The action plan panel in the interface language: toolbar, filters, table, the chart's timescale, the
task dialog and the plan's vocabulary (statuses, joint actions, budget sources) show no English in
Russian, and Spanish and French show their own words and month names."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)

from clusterdesk.core import edits
from clusterdesk.core.plan import BUDGET_SOURCES, JOINT_ACTION_TYPES, TASK_STATUSES
from clusterdesk.core.plan_edits import FIRMS, AddTask
from clusterdesk.core.plan_link_edits import AddVisionStatement, LinkTasks, SetBaseline, SetTaskStakeholders
from clusterdesk.core.project import Project
from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui.elided_label import ElidedLabel
from clusterdesk.gui.plan import GanttPanel, plan_labels
from clusterdesk.gui.plan.gantt_chart import ZOOMS, GanttChart
from clusterdesk.gui.plan.gantt_data import day_number
from clusterdesk.gui.plan.plan_table_model import COLUMNS
from clusterdesk.gui.plan.task_dialog import TaskDialog
from conftest import english_words

START = dt.date(2027, 2, 1)


def build_russian_plan(path) -> Project:
    """A plan whose user data (names, vision, baseline) is Cyrillic, so any Latin word in the window is
    a text of the window left in English."""
    project = Project.new(path, "Швейный кластер Атунтаки", country="EC")
    people = edits.AddStakeholders(
        [
            {"name": "Технический университет Севера", "kind": "training_institution"},
            {"name": "Торговая палата Антонио-Анте", "kind": "business_association"},
            {"name": "Текстиль Имбабура"},
            {"name": "Ателье «Люсия»", "kind": "supplier"},
        ]
    )
    project.stack.push(people)
    university, chamber, firm_a, firm_b = people.added_fids
    ids = {}
    for key, name, values in (
        ("goal", "Атунтаки — город моды Анд", {}),
        ("marketing", "Совместная маркетинговая стратегия", {"parent": "goal", "duration_days": 20,
         "status": "in_progress", "percent_complete": 35.5, "joint_action_type": "joint_marketing",
         "budget_enterprises": 4000, "budget_donor": 6000, "cda_in_charge": "Мария Перес"}),
        ("study", "Исследование рынка", {"parent": "marketing", "duration_days": 8, "status": "completed",
         "percent_complete": 100}),
        ("fair", "Ярмарка", {"parent": "goal", "milestone": True, "joint_action_type": "trade_fair",
         "start": START + dt.timedelta(days=60)}),
        ("skills", "Кадры для швейных предприятий", {}),
        ("course", "Курс конструирования одежды", {"parent": "skills", "duration_days": 15,
         "joint_action_type": "training", "status": "on_hold"}),
    ):  # fmt: skip
        values = dict(values)
        parent = values.pop("parent", None)
        if parent is not None:
            values = {"parent_id": ids[parent], "start": START, **values}
        command = AddTask({"name": name, **values})
        project.stack.push(command)
        ids[key] = command.fid
    project.stack.push(LinkTasks(ids["study"], ids["fair"], "FS", 5))
    project.stack.push(SetTaskStakeholders(ids["marketing"], {chamber: "lead", university: "support"}))
    project.stack.push(SetTaskStakeholders(ids["marketing"], {firm_a: "", firm_b: ""}, table=FIRMS))
    project.stack.push(SetBaseline("Исходный план"))
    project.stack.push(AddVisionStatement("Атунтаки — город моды Анд", START, "Руководящий комитет"))
    project.save()
    return project


@pytest.fixture
def russian_plan(tmp_path):
    project = build_russian_plan(tmp_path / "план.gpkg")
    path = project.path
    project.close()
    return path


def open_panel(qtbot, path) -> GanttPanel:
    workspace = Workspace()
    workspace.open(path)
    panel = GanttPanel(workspace)
    qtbot.addWidget(panel)
    panel.resize(1300, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def shown_texts(root: QWidget, lists: bool = True) -> list[str]:
    """Every text a user can read in `root` and its children: labels, buttons, actions, tooltips, combo
    items, list items (unless `lists` is false), placeholders, tab titles."""
    texts = [root.windowTitle(), root.toolTip()]
    for widget in root.findChildren(QWidget):
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton, ElidedLabel)):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QListWidget) and lists:
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return [text for text in texts if text]


def table_texts(panel: GanttPanel) -> list[str]:
    model = panel.model
    texts = []
    for column in range(model.columnCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts.append(model.headerData(column, Qt.Orientation.Horizontal, role))
        for row in range(model.rowCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                texts.append(model.data(model.index(row, column), role))
    return [str(text) for text in texts if text not in (None, "")]


def chart_texts(panel: GanttPanel) -> list[str]:
    """The timescale's labels at every zoom."""
    texts = []
    for position in range(panel.zoom.count()):
        panel.zoom.setCurrentIndex(position)
        lower, upper = panel.chart._ticks()
        texts += [label for _day, label in lower + upper]
    return texts


def english_in(texts: list[str]) -> dict[str, list[str]]:
    found = {text: english_words(text) for text in texts}
    return {text: words for text, words in found.items() if words}


def russian_days(count: int) -> str:
    if count % 10 == 1 and count % 100 != 11:
        return "рабочий день"
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return "рабочих дня"
    return "рабочих дней"


def test_plan_panel_speaks_russian(interface_language, qtbot, russian_plan, monkeypatch):
    interface_language("ru")
    panel = open_panel(qtbot, russian_plan)
    panel.show_filters.setChecked(True)
    panel.filters["status"].setCurrentIndex(panel.filters["status"].findData("in_progress"))
    texts = shown_texts(panel) + table_texts(panel) + chart_texts(panel)
    asked = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: (asked.extend(a[1:3] + (k["text"],)), ("", 0))[1]
    )
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a: (asked.extend(a[1:3]), ("", False))[1])
    panel._baseline()
    panel._vision()
    texts += asked
    panel.table.clearSelection()
    panel.table.setCurrentIndex(panel.model.index(-1, -1))
    panel._delete()
    texts.append(panel.message.text())
    panel.model.setData(panel.model.index(0, COLUMNS.index("Start")), "1.2.2027")
    texts.append(panel.message.text())
    assert english_in(texts) == {}, "English left in the Russian plan panel"
    assert panel.show_filters.text() == "Фильтры (1)"
    assert "Сначала выберите задачу." not in texts[-1]  # the last message is the date's
    assert "ГГГГ-ММ-ДД" in texts[-1]
    assert any(text.startswith("Видение (редакция 1, 2027-02-01, Руководящий комитет)") for text in texts)
    panel.workspace.close(discard=True)


def test_plan_table_shows_statuses_plurals_and_numbers_in_russian(interface_language, qtbot, russian_plan):
    interface_language("ru")
    panel = open_panel(qtbot, russian_plan)
    model = panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) for c in
               range(model.columnCount())]  # fmt: skip
    assert headers == ["№", "Задача", "Начало", "Окончание", "Дни", "%", "Статус", "Результаты"]
    row = next(i for i, r in enumerate(model.rows) if r.status == "in_progress")
    assert model.data(model.index(row, COLUMNS.index("Status"))) == "Выполняется"
    assert model.data(model.index(row, COLUMNS.index("%"))) == "35,5"
    tip = model.data(model.index(row, COLUMNS.index("Task")), Qt.ItemDataRole.ToolTipRole)
    days = model.rows[row].total_float
    assert f"Общий резерв: {days} {russian_days(days)}" in tip
    assert [russian_days(n) for n in (1, 3, 5)] == ["рабочий день", "рабочих дня", "рабочих дней"]
    assert model.setData(model.index(row, COLUMNS.index("%")), "40,5")  # typed the Russian way
    assert panel.workspace.project.stack.undo_label == "Ход выполнения: Совместная маркетинговая стратегия"
    panel.workspace.close(discard=True)


def test_task_dialog_speaks_russian(interface_language, qtbot, russian_plan):
    interface_language("ru")
    panel = open_panel(qtbot, russian_plan)
    project = panel.workspace.project
    marketing = next(r for r in panel.data.rows if r.joint_action_type == "joint_marketing")
    dialog = TaskDialog(project, marketing.fid, panel)
    qtbot.addWidget(dialog)
    texts = shown_texts(dialog, lists=False)  # the lists name stakeholders with core's kind labels
    assert english_in(texts) == {}, "English left in the Russian task dialog"
    firms = [dialog.firms.item(i).text() for i in range(dialog.firms.count())]
    assert f"Текстиль Имбабура  ({kind_label('enterprise', 'ru')})" in firms  # in the window's language
    assert dialog.windowTitle() == "Сведения о задаче: Совместная маркетинговая стратегия"
    assert dialog.joint.currentText() == "Совместный маркетинг"
    assert dialog.status.currentText() == "Выполняется"
    assert {"Предприятия", "Государство", "Доноры", "Другие"} <= set(texts)  # the budget sources
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Общее", "Ответственные", "Участвующие предприятия (2)"]  # fmt: skip
    dialog.notes.setPlainText("Согласовано")
    assert dialog.command().label == "Изменить Совместная маркетинговая стратегия"
    panel.workspace.close(discard=True)


def test_spanish_and_french_words_and_month_names(interface_language, qtbot, russian_plan):
    interface_language("es")
    panel = open_panel(qtbot, russian_plan)
    assert (
        next(a for a in panel.findChildren(QAction) if a.toolTip() == "Ir a la fecha de hoy").text() == "Hoy"
    )
    assert panel.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Tarea"
    assert [panel.filters["status"].itemText(i) for i in range(3)] == ["Todos los estados", "Sin iniciar",
                                                                      "En curso"]  # fmt: skip
    panel.zoom.setCurrentIndex(list(ZOOMS).index("days"))
    panel.chart.scroll_to_day((START - dt.date(1970, 1, 1)).days)
    _lower, upper = panel.chart._ticks()
    assert "Febrero 2027" in [label for _day, label in upper]
    panel.workspace.close(discard=True)
    panel.close()

    interface_language("fr")
    panel = open_panel(qtbot, russian_plan)
    assert QLocale().language() == QLocale.Language.French
    assert panel.zoom.itemText(list(ZOOMS).index("quarters")) == "Trimestres"
    panel.zoom.setCurrentIndex(list(ZOOMS).index("quarters"))
    lower, _upper = panel.chart._ticks()
    assert any(label.startswith("T") and label[1:].isdigit() for _day, label in lower)
    panel.zoom.setCurrentIndex(list(ZOOMS).index("weeks"))
    panel.chart.scroll_to_day((START - dt.date(1970, 1, 1)).days)
    lower, upper = panel.chart._ticks()
    assert "1 févr." in [label for _day, label in lower]
    assert "Février 2027" in [label for _day, label in upper]
    assert panel.vision.text().startswith("Vision (version 1, 2027-02-01, Руководящий комитет) : ")
    panel.workspace.close(discard=True)


def test_plan_vocabulary_matches_core():
    """The window's tables of the plan's codes hold every code of core with core's English text."""
    assert plan_labels.STATUSES == TASK_STATUSES
    assert plan_labels.JOINT_ACTIONS == JOINT_ACTION_TYPES
    assert plan_labels.SOURCES == BUDGET_SOURCES
    assert plan_labels.status_label("unknown_code") == "unknown_code"


def test_weeks_too_narrow_for_their_month_are_named_by_day(qtbot):
    """ "14 févr." or "14 сент." does not fit a week's column at every font: then every week is named
    by its first day alone, as the row above names the months; labels that fit stay as they are."""
    chart = GanttChart()
    qtbot.addWidget(chart)
    chart.set_zoom("weeks")
    mondays = [day_number(dt.date(2027, 2, 8)), day_number(dt.date(2027, 2, 15))]
    image = QImage(200, 40, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        fitting = [(mondays[0], "8"), (mondays[1], "15")]
        assert chart._week_days_alone(painter, fitting) == fitting
        too_long = [(mondays[0], "8 févr."), (mondays[1], "15 févr. " + "x" * 40)]
        assert chart._week_days_alone(painter, too_long) == fitting
        chart.set_zoom("days")  # days have their own column; the months are named above
        assert chart._week_days_alone(painter, too_long) == too_long
    finally:
        painter.end()
