"""The Surveys tab of the Diagnostic panel: the project's firm surveys (name, round, date, responses), the
responses of the one chosen, how complete each of its questions is, and a chart of one question compared
across the survey rounds that ask it. New survey…, Export form… (XLSForm for KoboToolbox or ODK) and
Import responses… (a KoboToolbox or ODK export, through the import wizard) act on the project's surveys;
every change is one undoable command."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.survey_reader import SurveySummary, read_questions, read_surveys
from clusterdesk.core.survey_rounds import SURVEY_ROUND_TABLES, round_order
from clusterdesk.core.surveys import SURVEY_TABLES
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui import ask
from clusterdesk.gui.command_dialog import run_dialog
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.i18n import interface_language, translate, translate_n
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.surveys.completeness_view import CompletenessView
from clusterdesk.gui.surveys.labels import date_text, question_label, round_text
from clusterdesk.gui.surveys.new_survey_dialog import NewSurveyDialog
from clusterdesk.gui.surveys.responses_model import ResponsesModel
from clusterdesk.gui.surveys.round_chart import RoundChart
from clusterdesk.gui.surveys.round_compare import charted, compare_rounds
from clusterdesk.gui.workspace_listeners import follow_workspace

WATCHED = {*SURVEY_TABLES, *SURVEY_ROUND_TABLES, "stakeholders"}
SURVEY_ROLE = Qt.ItemDataRole.UserRole


class SurveysTab(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.language = interface_language()
        self.surveys: list[SurveySummary] = []
        self._stale = False

        self.picker = QTreeWidget()
        self.picker.setRootIsDecorated(False)
        self.picker.setHeaderLabels(
            [
                translate("SurveysTab", "Survey"),
                translate("SurveysTab", "Round"),
                translate("SurveysTab", "Date"),
                translate("SurveysTab", "Responses"),
            ]
        )
        self.picker.setToolTip(
            translate("SurveysTab", "The project's firm surveys; choose one to see its responses")
        )
        header = self.picker.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.picker.currentItemChanged.connect(lambda _item, _previous: self._show_survey())

        self.new_button = QPushButton(translate("SurveysTab", "New survey…"))
        self.new_button.setToolTip(
            translate("SurveysTab", "Add a survey of a round, with the standard firm questions")
        )
        self.export_button = QPushButton(translate("SurveysTab", "Export form…"))
        self.export_button.setToolTip(
            translate("SurveysTab", "Write the chosen survey as an XLSForm for KoboToolbox or ODK")
        )
        self.import_button = QPushButton(translate("SurveysTab", "Import responses…"))
        self.import_button.setToolTip(
            translate("SurveysTab", "Read a KoboToolbox or ODK data export into the chosen survey")
        )
        self.new_button.clicked.connect(self.new_survey)
        self.export_button.clicked.connect(self.export_form)
        self.import_button.clicked.connect(self.import_responses)

        self.responses_title = plain_label()
        self.responses = ResponsesModel(self)
        self.responses_view = QTableView()
        self.responses_view.setModel(self.responses)
        self.responses_view.setAlternatingRowColors(True)
        self.responses_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.responses_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.responses_view.horizontalHeader().setDefaultSectionSize(100)
        self.responses.modelReset.connect(self._size_response_columns)
        self.completeness_title = plain_label(translate("SurveysTab", "Completeness per question"))
        self.completeness = CompletenessView()
        self.completeness.currentCellChanged.connect(lambda row, _c, _r, _pc: self._question_picked(row))
        self.question = QComboBox()
        self.question.setToolTip(translate("SurveysTab", "The question compared across the survey rounds"))
        self.question.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.question.setMinimumContentsLength(18)
        self.question.currentIndexChanged.connect(lambda _i: self._show_chart())
        self.chart = RoundChart()
        self.message = plain_label()
        self.message.setWordWrap(True)

        buttons = QVBoxLayout()
        for button in (self.new_button, self.export_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(_column(self.responses_title, self.responses_view))
        self.splitter.addWidget(_column(self.completeness_title, self.completeness))
        chart_bar = QHBoxLayout()
        chart_bar.addWidget(plain_label(translate("SurveysTab", "Compare rounds")))
        chart_bar.addWidget(self.question, 1)
        chart_column = QWidget()
        chart_layout = QVBoxLayout(chart_column)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addLayout(chart_bar)
        chart_layout.addWidget(self.chart, 1)
        self.splitter.addWidget(chart_column)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([420, 380, 560])
        # the tab scrolls when the panel is lower than its contents (a bottom panel on a 1366x768
        # screen) rather than squeezing its buttons and tables into each other
        contents = QWidget()
        layout = QVBoxLayout(contents)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        scroll = QScrollArea()
        scroll.setWidget(contents)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        follow_workspace(self, workspace, self._on_project_changed, self._on_state_changed)
        self.reload()

    # -- contents --------------------------------------------------------------------------------
    def reload(self) -> None:
        project = self.workspace.project
        current = self.survey_id()
        self.surveys = read_surveys(project.connection) if project is not None else []
        self.picker.blockSignals(True)
        self.picker.clear()
        locale = QLocale()
        for survey in self.surveys:
            item = QTreeWidgetItem(
                [survey.name, round_text(survey.round_code, self.language), date_text(survey.held_on),
                 locale.toString(survey.responses)]
            )  # fmt: skip
            item.setData(0, SURVEY_ROLE, survey.fid)
            item.setToolTip(0, survey.name)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.picker.addTopLevelItem(item)
        rows = min(max(len(self.surveys), 2), 5) + 1  # the surveys and the header, up to five shown
        self.picker.setFixedHeight(self.picker.sizeHintForRow(0) * rows + 8 if self.surveys else 60)
        fids = [s.fid for s in self.surveys]
        row = fids.index(current) if current in fids else len(fids) - 1
        if row >= 0:
            self.picker.setCurrentItem(self.picker.topLevelItem(row))
        self.picker.blockSignals(False)
        editable = project is not None and not project.read_only
        self.new_button.setEnabled(editable)
        self.export_button.setEnabled(row >= 0)
        self.import_button.setEnabled(editable and row >= 0)
        if project is None:
            self.message.setText("")
        elif not self.surveys:
            self.message.setText(
                translate("SurveysTab", "No survey yet: add one with New survey…, then export its form.")
            )
        else:
            self.message.setText("")
        self._show_survey()

    def survey_id(self) -> int | None:
        item = self.picker.currentItem()
        return item.data(0, SURVEY_ROLE) if item is not None else None

    def survey(self) -> SurveySummary | None:
        fid = self.survey_id()
        return next((s for s in self.surveys if s.fid == fid), None)

    def select_survey(self, name: str) -> None:
        for row in range(self.picker.topLevelItemCount()):
            if self.picker.topLevelItem(row).text(0) == name:
                self.picker.setCurrentItem(self.picker.topLevelItem(row))
                return

    def _show_survey(self) -> None:
        project = self.workspace.project
        survey = self.survey() if project is not None else None
        self.responses.show_survey(project, survey.fid if survey else None)
        if survey is None:
            self.responses_title.setText(translate("SurveysTab", "Responses"))
            self.completeness.show_survey(None, None, 0)
        else:
            self.responses_title.setText(
                translate_n("SurveysTab", "%n response(s) to {survey}", survey.responses).format(
                    survey=survey.name
                )
            )
            self.completeness.show_survey(project.connection, survey.fid, survey.responses)
        self.export_button.setEnabled(survey is not None)
        self.import_button.setEnabled(survey is not None and project is not None and not project.read_only)
        current = self.question.currentData()
        self.question.blockSignals(True)
        self.question.clear()
        if survey is not None:
            for question in read_questions(project.connection, survey.fid):
                if charted(question):
                    label = question_label(question, self.language)
                    self.question.addItem(label, question.name)
                    self.question.setItemData(self.question.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        index = self.question.findData(current)
        self.question.setCurrentIndex(index if index >= 0 else 0)
        self.question.blockSignals(False)
        self._show_chart()

    def _size_response_columns(self) -> None:
        """The respondent's name and the date whole, measured on the first page (Qt's own resizing would
        read a thousand rows to measure them)."""
        model, view = self.responses, self.responses_view
        metrics = view.fontMetrics()
        shown = [model.row_values(row) for row in range(min(model.rowCount(), 50))]
        for column, limit in ((0, 260), (1, 160)):
            title = model.headerData(column, Qt.Orientation.Horizontal) or ""
            texts = [title, *(values[column] for values in shown)]
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            view.setColumnWidth(column, min(widest + 16, limit))
        header = view.horizontalHeader().fontMetrics()
        for column in range(2, model.columnCount()):  # the answers: their question's name in full
            title = model.headerData(column, Qt.Orientation.Horizontal) or ""
            view.setColumnWidth(column, min(max(100, header.horizontalAdvance(title) + 16), 220))

    def _question_picked(self, row: int) -> None:
        if 0 <= row < len(self.completeness.rows):
            index = self.question.findData(self.completeness.rows[row].name)
            if index >= 0:
                self.question.setCurrentIndex(index)

    def _show_chart(self) -> None:
        project = self.workspace.project
        name = self.question.currentData()
        if project is None or name is None:
            self.chart.show_question(
                None,
                self.language,
                translate("SurveysTab", "Choose a number or choice question to compare rounds."),
            )
            return
        order = round_order(project.session.connection())
        self.chart.show_question(compare_rounds(project.connection, name, order), self.language)

    # -- actions ---------------------------------------------------------------------------------
    def new_survey(self) -> NewSurveyDialog | None:
        project = self.workspace.project
        if project is None or project.read_only:
            return None
        dialog = NewSurveyDialog(project, round_order(project.session.connection()), self)
        if run_dialog(dialog) and dialog.command is not None:
            name = dialog.name.text().strip()
            if self._push(dialog.command):
                self.reload()
                self.select_survey(name)
        return dialog

    def export_form(self) -> Path | None:
        project, survey = self.workspace.project, self.survey()
        if project is None or survey is None:
            return None
        folder = project.path.parent if project.path is not None else Path.home()
        chosen = ask.save_file_name(
            self,
            translate("SurveysTab", "Export the survey form"),
            str(folder / f"{survey.form_id}.xlsx"),
            translate("SurveysTab", "XLSForm workbooks (*.xlsx)"),
        )
        if not chosen:
            return None
        from clusterdesk.io.xlsform_writer import write_form

        try:
            written = write_form(project, survey, chosen)
        except Exception as error:  # noqa: BLE001 - the user is told why, never a traceback
            report_exception(self, error)
            return None
        ask.show_info(
            self,
            translate_n(
                "SurveysTab",
                "The form of {survey} was written to {path} with %n firm(s) to choose from.",
                written.firms,
            ).format(survey=survey.name, path=written.path),
        )
        return written.path

    def import_responses(self):
        project, survey = self.workspace.project, self.survey()
        if project is None or survey is None or project.read_only:
            return None
        from clusterdesk.gui.import_wizard.survey_wizard import open_survey_import

        return open_survey_import(self, project, survey.name)

    def _push(self, command) -> bool:
        try:
            self.workspace.require_project().stack.push(command)
        except Exception as error:  # noqa: BLE001 - the stack rolled back; the user is told why
            report_exception(self, error)
            return False
        return True

    # -- workspace events ------------------------------------------------------------------------
    def _on_project_changed(self, _project) -> None:
        self.surveys = []
        self.picker.clear()
        self.reload_when_seen()

    def _on_state_changed(self, tables: set[str]) -> None:
        if not tables or tables & WATCHED:
            self.reload_when_seen()

    def reload_when_seen(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()


def _column(title, widget) -> QWidget:
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(title)
    layout.addWidget(widget, 1)
    return column
