"""The action plan's toolbars: everyday commands in one row, rarely used ones under "More", and the
filters in a second row shown on demand.

Both rows are QToolBars, so a dock narrower than the commands keeps working: the toolbar hides what
does not fit behind its extension arrow instead of forcing the dock (and the main window) wider.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QToolBar, QWidget

from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plan.gantt_chart import WHOLE_PLAN, ZOOMS

# filter key and the tooltip of its combo
FILTERS = (
    ("objective", QT_TRANSLATE_NOOP("GanttPanel", "Show only the tasks of this objective")),
    ("responsible", QT_TRANSLATE_NOOP("GanttPanel", "Show only the tasks of this responsible institution")),
    ("joint", QT_TRANSLATE_NOOP("GanttPanel", "Show only the tasks of this kind of joint action")),
    ("status", QT_TRANSLATE_NOOP("GanttPanel", "Show only the tasks with this status")),
)
ZOOM_NAMES = {
    "days": QT_TRANSLATE_NOOP("GanttPanel", "Days"),
    "weeks": QT_TRANSLATE_NOOP("GanttPanel", "Weeks"),
    "months": QT_TRANSLATE_NOOP("GanttPanel", "Months"),
    "quarters": QT_TRANSLATE_NOOP("GanttPanel", "Quarters"),
    WHOLE_PLAN: QT_TRANSLATE_NOOP("GanttPanel", "Whole plan"),
}


def compact_toolbar(parent: QWidget) -> QToolBar:
    bar = QToolBar(parent)
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setIconSize(QSize(16, 16))
    bar.setContentsMargins(0, 0, 0, 0)
    return bar


def add_command(bar: QToolBar | QMenu, text: str, tip: str, slot: Callable[[], object]) -> QAction:
    action = QAction(text, bar)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    bar.addAction(action)
    return action


def zoom_combo() -> QComboBox:
    combo = QComboBox()
    for name in (*ZOOMS, WHOLE_PLAN):  # the named zooms keep their places, the whole plan comes last
        combo.addItem(translate("GanttPanel", ZOOM_NAMES[name]), name)
    combo.setCurrentIndex(1)
    combo.setToolTip(translate("GanttPanel", "Time scale of the chart"))
    return combo


def filter_toolbar(parent: QWidget, on_change: Callable[[], None]) -> tuple[QToolBar, dict[str, QComboBox]]:
    """The four filters in their own row; each combo can shrink, and the row hides what does not fit."""
    bar = compact_toolbar(parent)
    bar.addWidget(QLabel(translate("GanttPanel", "Show only:") + " "))
    combos: dict[str, QComboBox] = {}
    for key, tip in FILTERS:
        combo = QComboBox()
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setToolTip(translate("GanttPanel", tip))
        combo.currentIndexChanged.connect(lambda _i: on_change())
        combos[key] = combo
        bar.addWidget(combo)
    return bar, combos
