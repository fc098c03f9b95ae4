"""Entering or correcting one assessment in the application: a score and evidence note per indicator, with
the rubric of the indicator in focus shown below the table so the assessor scores against it."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.analysis.capacity_scores import Assessment, Framework, Indicator
from clusterdesk.core.capacity import NAMED_ROUNDS, SCALE_MAX, SCALE_MIN, is_valid_round
from clusterdesk.core.capacity_edits import AssessmentInput
from clusterdesk.gui.capacity.labels import part_name, round_choices, rubric
from clusterdesk.gui.form_parts import ERROR_STYLE, ok_cancel_buttons
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plain_text import plain_label

NOT_SCORED = "—"
SCORE_COLUMN, EVIDENCE_COLUMN = 1, 2


class AssessmentDialog(QDialog):
    """`institutions` are (fid, name) pairs; `existing` maps (institution fid, round) to its assessment so
    choosing one that was already assessed shows its scores for correction."""

    def __init__(self, framework: Framework, institutions: list[tuple[int, str]],
                 existing: dict[tuple[int, str], Assessment], parent: QWidget | None = None,
                 institution: int | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(translate("AssessmentDialog", "Assess an institution"))
        self.framework, self.existing = framework, existing
        self.indicators: list[Indicator] = framework.indicators
        self.institution = QComboBox()
        for fid, name in institutions:
            self.institution.addItem(name, fid)
        if institution is not None and self.institution.findData(institution) >= 0:
            self.institution.setCurrentIndex(self.institution.findData(institution))
        self.round = QComboBox()
        self.round.setEditable(True)
        for label, code in round_choices():
            self.round.addItem(label, code)
        self.round.setToolTip(
            translate("AssessmentDialog", "Baseline, Mid-term, Final, or the date of the visit as YYYY-MM-DD")
        )
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.assessor = QLineEdit()
        form = QFormLayout()
        form.addRow(translate("AssessmentDialog", "Institution"), self.institution)
        form.addRow(translate("AssessmentDialog", "Round"), self.round)
        form.addRow(translate("AssessmentDialog", "Date of the visit"), self.day)
        form.addRow(translate("AssessmentDialog", "Assessor"), self.assessor)
        self.table = QTableWidget(len(self.indicators), 3)
        self.table.setHorizontalHeaderLabels([
            translate("AssessmentDialog", "Indicator"),
            translate("AssessmentDialog", "Score"),
            translate("AssessmentDialog", "Evidence"),
        ])  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, indicator in enumerate(self.indicators):
            name = QTableWidgetItem(f"{indicator.code}  {part_name(indicator.code, indicator.name)}")
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, name)
            score = QComboBox()
            score.addItems([NOT_SCORED, *(str(n) for n in range(SCALE_MIN, SCALE_MAX + 1))])
            score.currentIndexChanged.connect(lambda _i, row=row: self._show_rubric(row))
            self.table.setCellWidget(row, SCORE_COLUMN, score)
            self.table.setItem(row, EVIDENCE_COLUMN, QTableWidgetItem(""))
        self.table.currentCellChanged.connect(lambda row, *_: self._show_rubric(row))
        self.rubric = QLabel()
        self.rubric.setWordWrap(True)
        self.rubric.setTextFormat(Qt.TextFormat.RichText)
        self.rubric.setMinimumHeight(110)
        self.problem = plain_label()
        self.problem.setStyleSheet(ERROR_STYLE)
        buttons = ok_cancel_buttons(self, self._accept_if_valid)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rubric)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.institution.currentIndexChanged.connect(self._load_existing)
        self.round.currentIndexChanged.connect(self._load_existing)
        self.resize(900, 680)
        self._load_existing()
        self._show_rubric(0)

    # -- reading and writing the form --------------------------------------------------------------
    def round_code(self) -> str:
        """The chosen round's code: a named round typed in the interface language or in English, else the
        text as typed (a date)."""
        text = self.round.currentText().strip()
        named = {label.casefold(): code for code, label in NAMED_ROUNDS.items()}
        named.update({label.casefold(): code for label, code in round_choices()})
        return named.get(text.casefold(), text)

    def score_box(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, SCORE_COLUMN)

    def set_score(self, row: int, score: int | None, evidence: str | None = None) -> None:
        self.score_box(row).setCurrentText(NOT_SCORED if score is None else str(score))
        self.table.item(row, EVIDENCE_COLUMN).setText(evidence or "")

    def _load_existing(self, *_args) -> None:
        found = self.existing.get((self.institution.currentData(), self.round_code()))
        for row, indicator in enumerate(self.indicators):
            if found is None:
                self.set_score(row, None)
            else:
                self.set_score(row, found.scores.get(indicator.fid), found.evidence.get(indicator.fid))
        if found is not None:
            self.assessor.setText(found.assessor or "")
            if found.assessed_on:
                self.day.setDate(
                    QDate(found.assessed_on.year, found.assessed_on.month, found.assessed_on.day)
                )

    def _show_rubric(self, row: int) -> None:
        if not 0 <= row < len(self.indicators):
            return
        indicator = self.indicators[row]
        chosen = self.score_box(row).currentText()
        lines = []
        for level in range(SCALE_MIN, SCALE_MAX + 1):
            meaning = rubric(indicator.code, level, indicator.levels.get(level, ""))
            text = f"<b>{level}</b> {html.escape(meaning)}"
            lines.append(f"<span style='background:#fcf3cf'>{text}</span>" if str(level) == chosen else text)
        # the framework's texts: the default ones translated, the user's as written
        title = html.escape(f"{indicator.code} {part_name(indicator.code, indicator.name)}")
        self.rubric.setText(f"<b>{title}</b><br>" + "<br>".join(lines))

    def assessment(self) -> AssessmentInput:
        """What the form holds, as the command's input (scores left at — are stored as not scored)."""
        scores: dict[int, tuple[int | None, str | None]] = {}
        for row, indicator in enumerate(self.indicators):
            text = self.score_box(row).currentText()
            evidence = self.table.item(row, EVIDENCE_COLUMN).text().strip() or None
            score = None if text == NOT_SCORED else int(text)
            if score is not None or evidence:
                scores[indicator.fid] = (score, evidence)
        day = self.day.date()
        visit = dt.date(day.year(), day.month(), day.day())
        assessor = self.assessor.text().strip() or None
        institution = self.institution.currentData()
        return AssessmentInput(self.framework.fid, institution, self.round_code(), scores, visit, assessor)

    def _accept_if_valid(self) -> None:
        if self.institution.currentData() is None:
            self.problem.setText(translate("AssessmentDialog", "Choose the institution that was assessed."))
        elif not is_valid_round(self.round_code()):
            self.problem.setText(
                translate(
                    "AssessmentDialog",
                    "Round: choose Baseline, Mid-term or Final, or type the date as YYYY-MM-DD.",
                )
            )
        elif not self.assessment().scores:
            self.problem.setText(translate("AssessmentDialog", "Score at least one indicator, or cancel."))
        else:
            self.accept()
