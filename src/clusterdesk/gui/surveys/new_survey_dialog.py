"""New survey: its name, round and date, with the standard firm questions included. OK builds the command
(core.survey_edits.create_survey); a refusal shows in the dialog, which stays open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core import survey_edits
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.project import Project
from clusterdesk.core.vocabulary import SURVEY_ROUND_BASELINE
from clusterdesk.gui.command_dialog import refusal_text
from clusterdesk.gui.form_parts import ERROR_STYLE, ok_cancel_buttons
from clusterdesk.gui.i18n import interface_language, translate
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.surveys.labels import round_text


def next_round(codes: list[str]) -> str:
    """The round a new survey most likely belongs to: the baseline first, then the next follow-up."""
    if SURVEY_ROUND_BASELINE not in codes:
        return SURVEY_ROUND_BASELINE
    numbers = [int(c.removeprefix("follow_up_")) for c in codes if c.removeprefix("follow_up_").isdigit()]
    return f"follow_up_{max(numbers, default=0) + 1}"


class NewSurveyDialog(QDialog):
    def __init__(self, project: Project, round_codes: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.command = None
        language = interface_language()
        self.setWindowTitle(translate("NewSurveyDialog", "New survey"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("NewSurveyDialog", "e.g. Baseline 2024"))
        self.round = QComboBox()
        self.round.setToolTip(
            translate(
                "NewSurveyDialog", "The survey round whose firm data and relations this survey collects"
            )
        )
        suggested = next_round(round_codes)
        for code in dict.fromkeys([*round_codes, suggested]):
            self.round.addItem(round_text(code, language), code)
        self.round.setCurrentIndex(self.round.findData(suggested))
        self.held_on = QDateEdit(QDate.currentDate())
        self.held_on.setCalendarPopup(True)
        self.standard = QCheckBox(translate("NewSurveyDialog", "Include the standard firm questions"))
        self.standard.setToolTip(
            translate(
                "NewSurveyDialog",
                "Sales, exports, employees, women employees, new products and the firms worked with, "
                "asked the same way in every round",
            )
        )
        self.standard.setChecked(True)
        self.error = plain_label()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("NewSurveyDialog", "Name"), self.name)
        form.addRow(translate("NewSurveyDialog", "Round"), self.round)
        form.addRow(translate("NewSurveyDialog", "Date"), self.held_on)
        form.addRow(self.standard)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel_buttons(self, self.try_accept))

    def held_on_date(self) -> dt.date:
        return self.held_on.date().toPython()

    def try_accept(self) -> None:
        try:
            self.command = survey_edits.create_survey(
                self.project,
                self.name.text(),
                self.round.currentData(),
                self.held_on_date(),
                standard=self.standard.isChecked(),
            )
        except ClusterDeskError as error:
            self.error.setText(refusal_text(error))
            return
        self.accept()
