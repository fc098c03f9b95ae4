"""Showing the user's texts in Qt widgets exactly as typed.

QLabel, QMessageBox and tooltips guess the format: text that looks like HTML (`Qt.mightBeRichText`) is
shown as rich text, so a stakeholder named "<b>x</b>" would turn bold and "<img src=...>" would load an
image. Labels that show names, file names or messages are therefore plain text; rich text that quotes
the user's words escapes them (`html.escape`); tooltips and the static message boxes, which have no
format setting, get `literal_text`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget


def plain(label: QLabel) -> QLabel:
    """`label`, set to show its text as it is, never as HTML."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows `text` as it is, never as HTML."""
    return plain(QLabel(text, parent))


def literal_text(text: str) -> str:
    """`text` for a tooltip or another place that guesses the format: text that Qt would take for HTML
    becomes rich text that reads the same (spaces and line breaks kept); other text stays as it is."""
    if GuiQt.mightBeRichText(text):
        return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"
    return text
