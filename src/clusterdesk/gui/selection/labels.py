"""Words of the Selection panel that come from the study's vocabularies, in the window's language."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP

from clusterdesk.core import formatting
from clusterdesk.core.selection_edits import default_criterion_label
from clusterdesk.gui.i18n import interface_language, translate
from clusterdesk.render.choropleth import number_text

STATUSES = {
    "candidate": QT_TRANSLATE_NOOP("SelectionLabels", "Candidate"),
    "selected": QT_TRANSLATE_NOOP("SelectionLabels", "Selected"),
    "reserve": QT_TRANSLATE_NOOP("SelectionLabels", "Reserve"),
    "rejected": QT_TRANSLATE_NOOP("SelectionLabels", "Not selected"),
}
MEASURES = {
    "employment": QT_TRANSLATE_NOOP("SelectionLabels", "Employment"),
    "firms": QT_TRANSLATE_NOOP("SelectionLabels", "Number of firms"),
    "value_added": QT_TRANSLATE_NOOP("SelectionLabels", "Value added"),
}


def status_label(code: str) -> str:
    return translate("SelectionLabels", STATUSES.get(code, code))


def measure_label(code: str) -> str:
    return translate("SelectionLabels", MEASURES.get(code, code))


def number(value: float | None, language: str | None = None) -> str:
    """A value as the window's language (or `language`) writes it, with up to two decimals; a dash for
    none."""
    if value is None or not math.isfinite(value):
        return "—"
    return number_text(float(value), language or interface_language())


def criterion_label(criterion) -> str:
    """A criterion's label in the window's language while it is still the default English one of its
    key (as a new study writes it); a label the user wrote is shown as written."""
    if criterion.label == default_criterion_label(criterion.key, "en"):
        return default_criterion_label(criterion.key, interface_language())
    return criterion.label


def value_text(source: str, value: float | None, language: str | None = None) -> str:
    """A criterion's value as the pack prints it: shares and growth in per cent (+38 %), others as numbers."""
    language = language or interface_language()
    if value is None or not math.isfinite(value) or source not in ("national_share", "growth"):
        return number(value, language)
    text = formatting.percent(value, language, 1 if 0 < abs(value) < 0.01 else 0)
    return f"+{text}" if source == "growth" and value > 0 else text
