"""How the results views show vocabulary codes, numbers and statuses in the interface language.

Vocabulary labels come from the gettext catalogues of the Qt-free layers (`core.vocabulary_labels`) in the
messages language, which the window sets to its own; statuses always show as a word beside their colour.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from clusterdesk.core.catalogue import messages_language
from clusterdesk.core.formatting import period_label
from clusterdesk.core.vocabulary_labels import VOCABULARIES, category_label, label

STATUS_COLOURS = {
    "on_track": "#2e7d32",
    "at_risk": "#e0a100",
    "off_track": "#c62828",
    "no_data": "#9e9e9e",
}


def vocabulary(name: str, code) -> str:
    """The label of a results vocabulary code ("result_level", "indicator_unit", ...) as shown."""
    return label(name, code, messages_language())


def choices(name: str) -> list[tuple[str, str]]:
    """(label, code) of every code of a vocabulary, in its order."""
    return [(vocabulary(name, code), code) for code in VOCABULARIES[name]]


def category(dimension: str, code: str) -> str:
    return category_label(dimension, code, messages_language())


def period_text(code: str) -> str:
    """A reporting period as people write it in the interface language: Q3 2024, T3 2024, 3-й кв. 2024."""
    return period_label(code, messages_language())


def number_text(value: float | None) -> str:
    """A value the way the interface language writes numbers (1 234,5), "" for none."""
    if value is None:
        return ""
    return QLocale().toString(float(value), "g", 12)


def parse_number(text: str):
    """A number typed the English way or the interface language's; the text itself when it is neither,
    so that the command's check explains what is wrong with it."""
    value, ok = QLocale().toDouble(text.strip())
    if ok:
        return value
    try:
        return float(text.strip())
    except ValueError:
        return text.strip()


@cache
def status_icon(status: str) -> QIcon:
    """A round light of the status' colour (always shown with the status' word)."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#555555"))
        painter.setBrush(QColor(STATUS_COLOURS.get(status, "#9e9e9e")))
        painter.drawEllipse(1, 1, 12, 12)
    finally:
        painter.end()
    return QIcon(pixmap)
