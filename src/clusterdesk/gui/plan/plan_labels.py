"""The plan's vocabulary codes as the window shows them: task statuses, joint-action types and budget
sources in the interface language.

core.plan keeps the codes with English labels (files, the command line); here each code has the same
English text marked for the window's catalogues, so the translators see it, and `translate` shows it in
the interface language. A code the tables do not know is shown as core labels it, else as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from clusterdesk.core.plan import BUDGET_SOURCES, JOINT_ACTION_TYPES, TASK_STATUSES
from clusterdesk.gui.i18n import translate

STATUS_CONTEXT = "TaskStatus"
JOINT_CONTEXT = "JointActionType"
BUDGET_CONTEXT = "BudgetSource"

STATUSES = {
    "not_started": QT_TRANSLATE_NOOP("TaskStatus", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("TaskStatus", "In progress"),
    "completed": QT_TRANSLATE_NOOP("TaskStatus", "Completed"),
    "on_hold": QT_TRANSLATE_NOOP("TaskStatus", "On hold"),
    "cancelled": QT_TRANSLATE_NOOP("TaskStatus", "Cancelled"),
}

JOINT_ACTIONS = {
    "joint_purchasing": QT_TRANSLATE_NOOP("JointActionType", "Joint purchasing"),
    "joint_marketing": QT_TRANSLATE_NOOP("JointActionType", "Joint marketing"),
    "shared_equipment": QT_TRANSLATE_NOOP("JointActionType", "Shared equipment"),
    "training": QT_TRANSLATE_NOOP("JointActionType", "Training"),
    "quality_standards": QT_TRANSLATE_NOOP("JointActionType", "Quality standards"),
    "trade_fair": QT_TRANSLATE_NOOP("JointActionType", "Trade fair"),
    "infrastructure": QT_TRANSLATE_NOOP("JointActionType", "Infrastructure"),
    "policy_dialogue": QT_TRANSLATE_NOOP("JointActionType", "Policy dialogue"),
    "institutional_support": QT_TRANSLATE_NOOP("JointActionType", "Institutional support"),
    "other": QT_TRANSLATE_NOOP("JointActionType", "Other"),
}

SOURCES = {
    "enterprises": QT_TRANSLATE_NOOP("BudgetSource", "Enterprises"),
    "public": QT_TRANSLATE_NOOP("BudgetSource", "Public"),
    "donor": QT_TRANSLATE_NOOP("BudgetSource", "Donor"),
    "other": QT_TRANSLATE_NOOP("BudgetSource", "Other"),
}


def shown_language() -> str:
    """The language the window speaks: install_translations makes it QLocale's default, --language
    included (interface_language() gives the Preferences' choice, which --language overrides)."""
    return QLocale().name().split("_")[0]


def _label(context: str, marked: dict[str, str], english: dict[str, str], code: str) -> str:
    if code in marked:
        return translate(context, marked[code])
    return english.get(code, code)


def status_label(code: str) -> str:
    return _label(STATUS_CONTEXT, STATUSES, TASK_STATUSES, code)


def joint_action_label(code: str) -> str:
    return _label(JOINT_CONTEXT, JOINT_ACTIONS, JOINT_ACTION_TYPES, code)


def budget_source_label(code: str) -> str:
    return _label(BUDGET_CONTEXT, SOURCES, BUDGET_SOURCES, code)


def status_choices() -> list[tuple[str, str]]:
    """(label, code) of every task status, in core's order."""
    return [(status_label(code), code) for code in TASK_STATUSES]


def joint_action_choices() -> list[tuple[str, str]]:
    """(label, code) of every joint-action type, in core's order."""
    return [(joint_action_label(code), code) for code in JOINT_ACTION_TYPES]
