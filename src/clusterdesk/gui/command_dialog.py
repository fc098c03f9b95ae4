"""The dialogs whose OK builds a command (results, diagnostic, surveys): a refusal from core shows inside
the dialog, which stays open so that nothing typed is lost, and the command is pushed by the panel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QPlainTextEdit, QVBoxLayout, QWidget

from clusterdesk.core.errors import ClusterDeskError, ValidationError
from clusterdesk.gui.form_parts import ERROR_STYLE, ok_cancel_buttons
from clusterdesk.gui.plain_text import plain_label

Build = Callable[[dict[str, Any]], object]


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; tests replace this to fill the dialog in instead."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def text_edit(value: str | None, lines: int = 3) -> QPlainTextEdit:
    """A few lines of text in a form; Tab moves on to the next field."""
    edit = QPlainTextEdit(value or "")
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def refusal_text(error: ClusterDeskError) -> str:
    """Why core refused an edit, as a sentence: a ValidationError's reason without its field's code name
    (which is not translated), with a capital letter."""
    text = error.reason if isinstance(error, ValidationError) else str(error)
    return text[:1].upper() + text[1:]


class CommandDialog(QDialog):
    """A dialog whose OK builds a command from its values; `command` holds it once accepted.

    Each kind of dialog defines `values()`, what its fields say as the keyword values of its command."""

    values: Callable[[], dict[str, Any]]

    def __init__(self, build: Build, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.build = build
        self.command: object | None = None
        self.error = plain_label()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)

    def finish_layout(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel_buttons(self, self.try_accept))

    def try_accept(self) -> None:
        try:
            self.command = self.build(self.values())
        except ClusterDeskError as error:
            self.error.setText(refusal_text(error))
            return
        self.accept()
