"""Words of the Selection panel that come from the study's vocabularies, in the window's language."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP

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


def number(value: float | None) -> str:
    """A value as the window's language writes it, with up to two decimals; a dash for none."""
    if value is None or not math.isfinite(value):
        return "—"
    return number_text(float(value), interface_language())
