"""Every question and message box the main window puts to the user, in one place.

The window calls these through the module (`ask.save_discard_cancel(...)`), so tests replace a function
to answer a question without a modal dialog blocking the event loop.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from clusterdesk.gui.i18n import translate

APP_NAME = "ClusterDesk"


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
    RESTORE = "restore"
    RELOAD = "reload"
    KEEP = "keep"
    LATER = "later"


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str, informative: str = "") -> QMessageBox:
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.NoButton, parent)
    # Messages quote names and file names: shown as typed, never as HTML (the informative text follows)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
    return box


def show_error(parent: QWidget | None, message: str, details: str | None = None) -> None:
    """A plain message; technical details (a traceback, a list of problems) behind "Show Details"."""
    box = _box(parent, QMessageBox.Icon.Warning, message)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def show_info(parent: QWidget | None, message: str, details: str | None = None) -> None:
    box = _box(parent, QMessageBox.Icon.Information, message)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def save_question(title: str, action: str) -> tuple[str, str]:
    """The question asked before `action` ("new", "open", "close", "quit" or "restore") drops unsaved
    changes to the project `title`, and its consequence."""
    questions = {
        "new": translate("Ask", "Save the changes to “{title}” before you create a new project?"),
        "open": translate("Ask", "Save the changes to “{title}” before you open another project?"),
        "close": translate("Ask", "Save the changes to “{title}” before you close it?"),
        "quit": translate("Ask", "Save the changes to “{title}” before you quit?"),
        "restore": translate("Ask", "Save the changes to “{title}” before you restore the recovered work?"),
    }
    consequence = translate("Ask", "If you don't save, your changes since the last save are lost.")
    return questions[action].format(title=title), consequence


def save_discard_cancel(parent: QWidget | None, title: str, action: str) -> Answer:
    """Asked before closing, opening another project or quitting with unsaved changes; `action` is one
    of the keys of `save_question`."""
    box = _box(parent, QMessageBox.Icon.Question, *save_question(title, action))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Answer.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Answer.DISCARD
    return Answer.CANCEL


def restore_or_discard(parent: QWidget | None, description: str) -> Answer:
    """Offered at start for each recovery copy left by a run that did not close normally."""
    box = _box(
        parent,
        QMessageBox.Icon.Question,
        translate("Ask", "ClusterDesk did not close normally last time. Restore the unsaved work?"),
        description,
    )
    restore = box.addButton(translate("Ask", "&Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Ask", "&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(translate("Ask", "Decide &later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return Answer.RESTORE
    if clicked is later:
        return Answer.LATER
    return Answer.DISCARD


def reload_or_keep(parent: QWidget | None, name: str, dirty: bool) -> Answer:
    """Asked when the project file was changed by another program (QGIS, a copy from a colleague)."""
    consequence = (
        translate("Ask", "Reloading loses your unsaved changes.")
        if dirty
        else translate("Ask", "Reloading shows the other program's changes.")
    )
    keeping = translate("Ask", "Keeping your version overwrites the other changes when you save.")
    question = translate(
        "Ask", "“{name}” was changed by another program since you opened it. Reload it from disk?"
    )
    box = _box(parent, QMessageBox.Icon.Question, question.format(name=name), f"{consequence} {keeping}")
    reload_button = box.addButton(translate("Ask", "&Reload"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("Ask", "&Keep my version"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return Answer.RELOAD if box.clickedButton() is reload_button else Answer.KEEP


def confirm(parent: QWidget | None, question: str, detail: str, yes_text: str) -> bool:
    box = _box(parent, QMessageBox.Icon.Question, question, detail)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def choose(parent: QWidget | None, question: str, detail: str, first: str, second: str) -> bool:
    """One of two named answers; True for `first`. Closing the box counts as `second`, the default."""
    box = _box(parent, QMessageBox.Icon.Question, question, detail)
    first_button = box.addButton(first, QMessageBox.ButtonRole.AcceptRole)
    second_button = box.addButton(second, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(second_button)
    box.setEscapeButton(second_button)
    box.exec()
    return box.clickedButton() is first_button


def open_file_name(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    """The chosen file, or "" when the user cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return chosen


def save_file_name(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return chosen


def text(parent: QWidget | None, title: str, label: str) -> str | None:
    value, accepted = QInputDialog.getText(parent, title, label)
    return value if accepted else None
