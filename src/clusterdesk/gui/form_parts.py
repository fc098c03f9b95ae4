"""Pieces every editing dialog uses, so they all look and answer the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QPushButton, QToolButton

ERROR_STYLE = "color: #b0352c"  # one red for every message that says why an input is refused


def ok_cancel_buttons(dialog: QDialog, on_ok: Callable[[], object] | None = None) -> QDialogButtonBox:
    """OK and Cancel for `dialog`. OK runs `on_ok` when given, a check that accepts only valid input;
    otherwise it accepts the dialog at once."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(on_ok if on_ok is not None else dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def push_button(text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
    """A button that says in its tooltip what it will do, connected to `slot`."""
    button = QPushButton(text)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


def menu_button(text: str, tip: str, menu: QMenu) -> QToolButton:
    """A button that opens `menu` at once. The arrow is part of the text: the style's own indicator is
    painted over the last letters of a button sized to its text."""
    button = QToolButton()
    button.setText(f"{text} \N{BLACK DOWN-POINTING SMALL TRIANGLE}")
    button.setToolTip(tip)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
    button.setMenu(menu)
    return button
