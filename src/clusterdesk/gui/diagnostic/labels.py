"""The diagnostic's categories as the window names them, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from clusterdesk.gui.i18n import translate

# one category, as in "Add strength" or the category of the item dialog
CATEGORY_NAMES = {
    "strength": QT_TRANSLATE_NOOP("DiagnosticLabels", "Strength"),
    "weakness": QT_TRANSLATE_NOOP("DiagnosticLabels", "Weakness"),
    "opportunity": QT_TRANSLATE_NOOP("DiagnosticLabels", "Opportunity"),
    "threat": QT_TRANSLATE_NOOP("DiagnosticLabels", "Threat"),
    "finding": QT_TRANSLATE_NOOP("DiagnosticLabels", "Finding"),
    "leverage_point": QT_TRANSLATE_NOOP("DiagnosticLabels", "Leverage point"),
}
# the heading of a category's list
CATEGORY_TITLES = {
    "strength": QT_TRANSLATE_NOOP("DiagnosticLabels", "Strengths"),
    "weakness": QT_TRANSLATE_NOOP("DiagnosticLabels", "Weaknesses"),
    "opportunity": QT_TRANSLATE_NOOP("DiagnosticLabels", "Opportunities"),
    "threat": QT_TRANSLATE_NOOP("DiagnosticLabels", "Threats"),
    "finding": QT_TRANSLATE_NOOP("DiagnosticLabels", "Key findings"),
    "leverage_point": QT_TRANSLATE_NOOP("DiagnosticLabels", "Leverage points"),
}
# what belongs in each list, as its tooltip
CATEGORY_HINTS = {
    "strength": QT_TRANSLATE_NOOP("DiagnosticLabels", "Internal to the cluster: what it does well"),
    "weakness": QT_TRANSLATE_NOOP("DiagnosticLabels", "Internal to the cluster: what holds it back"),
    "opportunity": QT_TRANSLATE_NOOP("DiagnosticLabels", "In the cluster's environment: what it could seize"),
    "threat": QT_TRANSLATE_NOOP("DiagnosticLabels", "In the cluster's environment: what could harm it"),
    "finding": QT_TRANSLATE_NOOP("DiagnosticLabels", "What the diagnostic found about the cluster"),
    "leverage_point": QT_TRANSLATE_NOOP(
        "DiagnosticLabels", "Where joint action can change the most: the starting points of the plan"
    ),
}
# colours of the quadrant headings: internal strengths and weaknesses, external opportunities and threats
CATEGORY_COLOURS = {
    "strength": "#2e7d32",
    "weakness": "#c62828",
    "opportunity": "#1565c0",
    "threat": "#b26a00",
    "finding": "#37474f",
    "leverage_point": "#6a1b9a",
}


def category_name(code: str) -> str:
    return translate("DiagnosticLabels", CATEGORY_NAMES[code])


def category_title(code: str) -> str:
    return translate("DiagnosticLabels", CATEGORY_TITLES[code])


def category_hint(code: str) -> str:
    return translate("DiagnosticLabels", CATEGORY_HINTS[code])
