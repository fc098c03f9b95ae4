"""The Layers panel's option "Colour firms by a survey answer": a survey and one of its number or
one-choice questions, the legend of the classes as the map draws them (a ramp for numbers, a colour per
choice) and the hollow grey of firms without an answer, which is never a class of the scale."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QVBoxLayout, QWidget

from clusterdesk.analysis.survey_colours import AnswerClass, colourable
from clusterdesk.core.survey_reader import read_questions, read_surveys
from clusterdesk.gui.i18n import interface_language, translate, translate_n
from clusterdesk.gui.map.canvas import MapCanvas
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.render.answer_symbols import RGB, paint_answer_symbol


def class_text(entry: AnswerClass, numeric: bool) -> str:
    """A legend row: "12 – 30" or "12" for numbers, the choice's label for choices."""
    if not numeric:
        return entry.label or entry.choice or ""
    locale = QLocale()

    def number(value: float) -> str:
        return locale.toString(int(value)) if float(value).is_integer() else locale.toString(value, "g", 6)

    if entry.low == entry.high:
        return number(entry.low)
    return translate("AnswerLegend", "{low} – {high}").format(low=number(entry.low), high=number(entry.high))


class AnswerLegend(QWidget):
    """The classes with the symbol each is drawn with, then the hollow grey "no answer"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[RGB | None, str]] = []

    def set_rows(self, rows: list[tuple[RGB | None, str]]) -> None:
        self.rows = rows
        self.updateGeometry()
        self.update()

    @staticmethod
    def no_answer_text() -> str:
        return translate("AnswerLegend", "no answer (hollow)")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt signature
        line = self.fontMetrics().height() + 2
        return QSize(200, line * len(self.rows) + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt signature
        return QSize(120, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt signature
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            metrics = self.fontMetrics()
            line = metrics.height() + 2
            for number, (rgb, text) in enumerate(self.rows):
                y = 2 + number * line
                paint_answer_symbol(painter, "enterprise", rgb, line * 0.62, 8 + line / 2, y + line / 2)
                painter.setPen(self.palette().windowText().color())
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, self.width() - line - 14)
                painter.drawText(
                    QPointF(12 + line, y + (line - metrics.height()) / 2 + metrics.ascent()), shown
                )
        finally:
            painter.end()

    def row_rect(self, number: int) -> QRectF:
        line = self.fontMetrics().height() + 2
        return QRectF(0, 2 + number * line, self.width(), line)


class AnswerColouringOptions(QWidget):
    def __init__(self, canvas: MapCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.language = interface_language()
        self.enabled = QCheckBox(translate("AnswerColouringOptions", "Colour firms by a survey answer"))
        self.enabled.setToolTip(
            translate(
                "AnswerColouringOptions",
                "Fill each firm with the colour of its answer to a number or one-choice question; firms "
                "without an answer are drawn hollow and grey",
            )
        )
        self.survey = QComboBox()
        self.survey.setToolTip(
            translate("AnswerColouringOptions", "The survey whose answers colour the firms")
        )
        self.question = QComboBox()
        self.question.setToolTip(
            translate("AnswerColouringOptions", "A number or one-choice question of the survey")
        )
        for combo in (self.survey, self.question):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.legend = AnswerLegend(self)
        self.summary = plain_label(parent=self)
        self.summary.setWordWrap(True)
        self.choices = QWidget(self)
        form = QFormLayout(self.choices)
        form.setContentsMargins(20, 0, 0, 0)
        form.addRow(translate("AnswerColouringOptions", "Survey"), self.survey)
        form.addRow(translate("AnswerColouringOptions", "Question"), self.question)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.choices)
        layout.addWidget(self.legend)
        layout.addWidget(self.summary)
        self.enabled.toggled.connect(lambda _on: self._apply())
        self.survey.currentIndexChanged.connect(lambda _i: self._fill_questions())
        self.question.currentIndexChanged.connect(lambda _i: self._apply())
        self.refresh()

    # -- contents --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Surveys of the project now open, the option as the map draws it, and the legend."""
        project = self.canvas.project
        chosen = self.canvas.renderer.colour_by_answer
        wanted = chosen[0] if chosen else self.survey.currentData()
        surveys = read_surveys(project.connection) if project is not None else []
        for widget in (self.enabled, self.survey, self.question):
            widget.blockSignals(True)
        self.survey.clear()
        for survey in surveys:
            self.survey.addItem(survey.name, survey.fid)
        index = self.survey.findData(wanted)
        self.survey.setCurrentIndex(index if index >= 0 else self.survey.count() - 1)
        self.enabled.setChecked(chosen is not None)
        self.enabled.setEnabled(bool(surveys))
        self._fill_questions(apply=False, wanted=chosen[1] if chosen else None)
        for widget in (self.enabled, self.survey, self.question):
            widget.blockSignals(False)
        self._show_legend()

    def _fill_questions(self, apply: bool = True, wanted: str | None = None) -> None:
        project = self.canvas.project
        wanted = wanted or self.question.currentData()
        self.question.blockSignals(True)
        self.question.clear()
        survey = self.survey.currentData()
        if project is not None and survey is not None:
            # The surveys package (the Diagnostic panel's tab) loads only once a survey is there to name
            from clusterdesk.gui.surveys.labels import question_label

            for question in read_questions(project.connection, survey):
                if colourable(question):
                    label = question_label(question, self.language)
                    self.question.addItem(label, question.name)
                    self.question.setItemData(self.question.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        index = self.question.findData(wanted)
        if index < 0:
            index = self.question.findData("employees")
        self.question.setCurrentIndex(max(index, 0))
        self.question.blockSignals(False)
        if apply:
            self._apply()

    def choice(self) -> tuple[int, str] | None:
        survey, question = self.survey.currentData(), self.question.currentData()
        if not self.enabled.isChecked() or survey is None or question is None:
            return None
        return survey, question

    def _apply(self) -> None:
        self.canvas.set_colour_by_answer(self.choice())
        self._show_legend()

    def _show_legend(self) -> None:
        on = self.enabled.isChecked()
        self.choices.setVisible(on)
        self.legend.setVisible(on)
        self.summary.setVisible(on)
        if not self.enabled.isEnabled():
            self.enabled.setToolTip(
                translate(
                    "AnswerColouringOptions", "The project has no survey yet (Diagnostic panel, Surveys tab)"
                )
            )
        if not on:
            return
        answers = self.canvas.renderer.answers()
        if answers is None:
            self.legend.set_rows([])
            self.summary.setText(
                translate("AnswerColouringOptions", "Choose a number or one-choice question.")
            )
            return
        colouring = answers.colouring
        rows: list[tuple[RGB | None, str]] = [
            (rgb, class_text(entry, colouring.numeric))
            for rgb, entry in zip(answers.colours, colouring.legend, strict=True)
        ]
        rows.append((None, AnswerLegend.no_answer_text()))
        self.legend.set_rows(rows)
        coloured = len(colouring.fids) - colouring.no_answer
        text = translate_n("AnswerColouringOptions", "%n firm(s) coloured by their answer", coloured)
        if colouring.no_answer:
            text = translate_n(
                "AnswerColouringOptions", "{coloured}, %n without an answer", colouring.no_answer
            ).format(coloured=text)
        self.summary.setText(text)
