"""The last page of the survey import: every problem of the export by row and column with its reason
(nothing is imported while there are any, unless the rows with problems are left out), then what will be
imported. The check is the command line's (io.survey_import) and runs on the worker thread."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from clusterdesk.gui.i18n import translate, translate_n
from clusterdesk.gui.import_wizard.background import BackgroundProgress
from clusterdesk.io.cell_refusal import CellProblemsError

if TYPE_CHECKING:
    from clusterdesk.gui.import_wizard.survey_wizard import SurveyImportWizard
    from clusterdesk.io.survey_import import ImportedSurvey

MAX_LISTED = 5000
ERROR_COLOUR = "#b0352c"


class SurveyReviewPage(QWizardPage):
    def __init__(self, wizard: SurveyImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(translate("SurveyReviewPage", "Check before importing"))
        self.imported: ImportedSurvey | None = None
        self.problems_found: list = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.problems = QTableWidget(0, 3)
        self.problems.setHorizontalHeaderLabels(
            [
                translate("SurveyReviewPage", "Row"),
                translate("SurveyReviewPage", "Column"),
                translate("SurveyReviewPage", "Problem"),
            ]
        )
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems.setAlternatingRowColors(True)
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.skip = QCheckBox(
            translate("SurveyReviewPage", "Leave the rows with problems out and import the others")
        )
        self.skip.setToolTip(
            translate(
                "SurveyReviewPage",
                "Otherwise correct the cells listed in the export and choose the file again; nothing is "
                "imported while a row has a problem",
            )
        )
        self.skip.toggled.connect(lambda _on: self.initializePage())
        self.progress = BackgroundProgress()
        self.progress.succeeded.connect(self._checked)
        self.progress.failed.connect(self._failed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.skip)

    def initializePage(self) -> None:
        self.imported = None
        self.problems_found = []
        self.summary.setText("")
        self.problems.setRowCount(0)
        self.skip.setVisible(self.skip.isChecked())
        path, _sheet, _header = self.owner.source_page.choices()
        project, survey = self.owner.project, self.owner.survey_name()
        skip = self.skip.isChecked()

        def check(progress, cancel):
            from clusterdesk.io.survey_import import read_survey_export

            progress(None, "")
            return read_survey_export(project, path, survey, skip_invalid=skip)

        self.progress.start(
            check, translate("SurveyReviewPage", "Checking the answers of {file}").format(file=path.name)
        )
        self.completeChanged.emit()

    def _show_problems(self, problems: list, left_out: bool) -> None:
        self.problems_found = problems
        self.problems.setRowCount(min(len(problems), MAX_LISTED))
        for row, problem in enumerate(problems[:MAX_LISTED]):
            reason = problem.reason
            if left_out:
                reason = translate("SurveyReviewPage", "Left out: {reason}").format(reason=reason)
            for column, text in enumerate((str(problem.row), problem.column, reason)):
                self.problems.setItem(row, column, QTableWidgetItem(text))
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        self.problems.setVisible(bool(problems))

    def _checked(self, imported: ImportedSurvey) -> None:
        self.imported = imported
        lines = [html.escape(line) for line in imported.describe().splitlines() if not line.startswith("  ")]
        if imported.added == 0:
            lines.append(
                translate(
                    "SurveyReviewPage", "Nothing to import: every submission is already in the project."
                )
            )
        self.summary.setText("<br>".join(lines))
        self._show_problems(imported.skipped, left_out=True)
        self.skip.setVisible(bool(imported.skipped) or self.skip.isChecked())
        self.wizard().setButtonText(
            QWizard.WizardButton.FinishButton,
            translate_n("SurveyReviewPage", "Import %n response(s)", imported.added),
        )
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        error = self.progress.error
        if isinstance(error, CellProblemsError):
            rows = len({p.row for p in error.problems})
            count = translate_n("SurveyReviewPage", "%n row(s) of the export have problems", rows)
            text = translate(
                "SurveyReviewPage",
                "<b>{count}</b>; nothing can be imported as it is. Correct the cells listed below in the "
                "export and choose it again, or leave those rows out.",
            ).format(count=count)
            self.summary.setText(f"<span style='color:{ERROR_COLOUR}'>{text}</span>")
            self._show_problems(error.problems, left_out=False)
            self.skip.setVisible(True)
        else:
            self.summary.setText(f"<span style='color:{ERROR_COLOUR}'>{html.escape(message)}</span>")
            self.problems.setVisible(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return (
            self.imported is not None
            and self.imported.command is not None
            and self.imported.added > 0
            and not self.progress.running
        )

    def cleanupPage(self) -> None:  # noqa: N802 (Qt's name)
        self.progress.cancel()
        self.wizard().setButtonText(QWizard.WizardButton.FinishButton, translate("ImportWizard", "Import"))
