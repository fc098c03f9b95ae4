"""The indicator dialog: every field of a results indicator, in two columns (what is measured; baseline
and data collection). A computed indicator names its formula, and the dialog shows the rule in words; a
survey formula also names its question (and, for a share of a choice question, the choice), picked from
the project's survey questions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.catalogue import messages_language
from clusterdesk.core.results import DISAGGREGATIONS, split_codes
from clusterdesk.core.results_formulas import (
    FORMULAS,
    SurveyQuestion,
    computed_rule,
    split_computed,
    usable_questions,
)
from clusterdesk.core.vocabulary_labels import label
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.results.dialogs import Build, CommandDialog, optional, text_edit
from clusterdesk.gui.results.labels import choices, number_text, parse_number, vocabulary

NO_DATE = QDate(1900, 1, 1)
RULE_WIDTH = 340  # the formula's rule wraps within this width and the dialog keeps the height it needs


def _line(value: str | None) -> QLineEdit:
    edit = QLineEdit(value or "")
    edit.setCursorPosition(0)  # a long text shows its beginning
    return edit


class IndicatorDialog(CommandDialog):
    def __init__(
        self,
        build: Build,
        indicator: dict[str, Any] | None = None,
        code: str = "",
        parent: QWidget | None = None,
        questions: dict[str, SurveyQuestion] | None = None,
    ) -> None:
        super().__init__(build, parent)
        indicator = indicator or {}
        self.questions = questions or {}
        formula_key, question, choice = split_computed(indicator.get("computed"))
        self._asked = f"{question}={choice}" if choice else question
        if indicator:
            title = translate("IndicatorDialog", "Edit indicator {code}").format(code=indicator["code"])
        else:
            title = translate("IndicatorDialog", "Add indicator")
        self.setWindowTitle(title)
        self.setMinimumWidth(880)
        what = QFormLayout()
        what.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.code = _line(indicator.get("code", code))
        what.addRow(translate("IndicatorDialog", "Code"), self.code)
        self.name = _line(indicator.get("name"))
        self.name.setPlaceholderText(translate("IndicatorDialog", "What is counted or measured"))
        what.addRow(translate("IndicatorDialog", "Name"), self.name)
        self.definition = text_edit(indicator.get("definition"), 2)
        what.addRow(translate("IndicatorDialog", "Definition"), self.definition)
        self.computed = QComboBox()
        self.computed.addItem(translate("IndicatorDialog", "Entered by hand"), None)
        for key in FORMULAS:
            self.computed.addItem(label("formula", key, messages_language()), key)
        self.computed.setCurrentIndex(max(0, self.computed.findData(formula_key)))
        self.computed.setMinimumContentsLength(24)
        self.computed.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        what.addRow(translate("IndicatorDialog", "Actuals"), self.computed)
        self.question = QComboBox()
        self.question.setMinimumContentsLength(24)
        self.question.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        what.addRow(translate("IndicatorDialog", "Survey question"), self.question)
        self.question_label = what.labelForField(self.question)
        self.rule = plain_label()
        self.rule.setWordWrap(True)
        self.rule.setMinimumWidth(RULE_WIDTH)
        what.addRow(translate("IndicatorDialog", "Rule"), self.rule)
        self.unit = self._combo("indicator_unit", indicator.get("unit", "number"))
        what.addRow(translate("IndicatorDialog", "Unit"), self.unit)
        self.direction = self._combo("direction", indicator.get("direction", "increase"))
        what.addRow(translate("IndicatorDialog", "Desired direction"), self.direction)
        ticked = set(split_codes(indicator.get("disaggregations")))
        self.disaggregations: dict[str, QCheckBox] = {}
        boxes = QVBoxLayout()
        boxes.setSpacing(2)
        for text, code_ in choices("disaggregation"):
            box = QCheckBox(text)
            box.setChecked(code_ in ticked)
            self.disaggregations[code_] = box
            boxes.addWidget(box)
        what.addRow(translate("IndicatorDialog", "Disaggregated by"), boxes)

        where = QFormLayout()
        where.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.baseline_value = _line(number_text(indicator.get("baseline_value")))
        where.addRow(translate("IndicatorDialog", "Baseline value"), self.baseline_value)
        self.baseline_date = QDateEdit()
        self.baseline_date.setCalendarPopup(True)
        self.baseline_date.setDisplayFormat("yyyy-MM-dd")
        self.baseline_date.setMinimumDate(NO_DATE)
        self.baseline_date.setSpecialValueText("—")  # the minimum date stands for "no date"
        day = indicator.get("baseline_date")
        self.baseline_date.setDate(QDate(day) if day else NO_DATE)
        where.addRow(translate("IndicatorDialog", "Baseline date"), self.baseline_date)
        self.baseline_source = _line(indicator.get("baseline_source"))
        where.addRow(translate("IndicatorDialog", "Baseline source"), self.baseline_source)
        self.data_source = _line(indicator.get("data_source"))
        where.addRow(translate("IndicatorDialog", "Data source"), self.data_source)
        self.collection_method = _line(indicator.get("collection_method"))
        where.addRow(translate("IndicatorDialog", "Collection method"), self.collection_method)
        self.frequency = _line(indicator.get("frequency"))
        self.frequency.setPlaceholderText(translate("IndicatorDialog", "e.g. every survey round"))
        where.addRow(translate("IndicatorDialog", "Collected"), self.frequency)
        self.responsible = _line(indicator.get("responsible"))
        where.addRow(translate("IndicatorDialog", "Responsible"), self.responsible)
        self.verification = text_edit(indicator.get("verification"), 2)
        where.addRow(translate("IndicatorDialog", "Means of verification"), self.verification)
        self.notes = text_edit(indicator.get("notes"), 2)
        where.addRow(translate("IndicatorDialog", "Notes"), self.notes)

        columns = QHBoxLayout()
        for form in (what, where):  # each column at the top, its rows at their natural height
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            columns.addLayout(column, 1)
            columns.addSpacing(12)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        self.finish_layout(layout)
        self.computed.currentIndexChanged.connect(self._formula_chosen)
        self.question.currentIndexChanged.connect(self._question_chosen)
        self._formula_chosen(initial=True)

    @staticmethod
    def _combo(name: str, current: str) -> QComboBox:
        combo = QComboBox()
        for text, code in choices(name):
            combo.addItem(text, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _formula_chosen(self, _index: int = 0, initial: bool = False) -> None:
        """Show the formula's rule; a formula fixes the unit and the disaggregations it can give."""
        key = self.computed.currentData()
        formula = FORMULAS.get(key) if key else None
        self._fill_questions(formula)
        if formula is None:
            self._rule(translate("IndicatorDialog", "Actuals are entered per reporting period."))
            self.unit.setEnabled(True)
            for box in self.disaggregations.values():
                box.setEnabled(True)
            return
        self._question_chosen()
        if formula.unit:
            self.unit.setCurrentIndex(max(0, self.unit.findData(formula.unit)))
        self.unit.setEnabled(not formula.unit)  # a survey mean takes the unit of its question: the user's
        for code, box in self.disaggregations.items():
            box.setEnabled(code in formula.disaggregations)
            if not initial and code not in formula.disaggregations:
                box.setChecked(False)

    def _fill_questions(self, formula) -> None:
        """The questions (and choices) a survey formula can use; hidden for the other formulas."""
        wanted = bool(formula and formula.question)
        self.question.setVisible(wanted)
        self.question_label.setVisible(wanted)
        if not wanted:
            return
        current = self.question.currentData() or self._asked
        self.question.blockSignals(True)
        self.question.clear()
        language = messages_language()
        for value in usable_questions(formula, self.questions):
            name, _, choice = value.partition("=")
            asked = self.questions[name]
            text = asked.label(language)
            if choice:
                text = f"{text} = {asked.choice_label(choice, language)}"
            self.question.addItem(f"{text} ({name})", value)
        if current and self.question.findData(current) < 0:
            self.question.addItem(current, current)  # kept as it is; saving names the problem
        self.question.setCurrentIndex(max(0, self.question.findData(current)))
        self.question.blockSignals(False)

    def _question_chosen(self, _index: int = 0) -> None:
        key = self.computed.currentData()
        if key:
            self._rule(computed_rule(self.computed_value(), messages_language(), self.questions))

    def computed_value(self) -> str | None:
        """The indicator's `computed`: the formula key, with ":<question>" for a survey formula."""
        key = self.computed.currentData()
        formula = FORMULAS.get(key) if key else None
        if formula is None or not formula.question:
            return key
        question = self.question.currentData()
        return f"{key}:{question}" if question else key  # without a question, saving says what is missing

    def _rule(self, text: str) -> None:
        """Show a rule whole: a wrapped label in a form gets no more height than its first layout gave it."""
        self.rule.setText(text)
        self.rule.setMinimumHeight(self.rule.heightForWidth(RULE_WIDTH))

    def baseline_day(self) -> dt.date | None:
        day = self.baseline_date.date()
        return None if day == NO_DATE else day.toPython()

    def values(self) -> dict[str, Any]:
        baseline = self.baseline_value.text().strip()
        ticked = [
            code
            for code in DISAGGREGATIONS
            if self.disaggregations[code].isChecked() and self.disaggregations[code].isEnabled()
        ]
        return {
            "code": self.code.text().strip(),
            "name": self.name.text().strip(),
            "definition": optional(self.definition.toPlainText()),
            "unit": self.unit.currentData(),
            "direction": self.direction.currentData(),
            "disaggregations": "; ".join(ticked) or None,
            "computed": self.computed_value(),
            "baseline_value": parse_number(baseline) if baseline else None,
            "baseline_date": self.baseline_day(),
            "baseline_source": optional(self.baseline_source.text()),
            "data_source": optional(self.data_source.text()),
            "collection_method": optional(self.collection_method.text()),
            "frequency": optional(self.frequency.text()),
            "responsible": optional(self.responsible.text()),
            "verification": optional(self.verification.toPlainText()),
            "notes": optional(self.notes.toPlainText()),
        }


def unit_text(code: str) -> str:
    return vocabulary("indicator_unit", code)
