"""Import survey responses: the stakeholder import wizard's pages for a KoboToolbox or ODK Central data
export — the file and the survey it answers, the preview, then every problem by row and column before
the responses are imported as one undoable step (or nothing at all on Cancel)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget, QWizardPage

from clusterdesk.core.project import Project
from clusterdesk.core.survey_reader import read_surveys
from clusterdesk.gui import ask
from clusterdesk.gui.i18n import translate, translate_n
from clusterdesk.gui.import_wizard.importing_wizard import ImportingWizard, open_import_wizard
from clusterdesk.gui.import_wizard.source_pages import PreviewPage, SourcePage
from clusterdesk.gui.import_wizard.survey_pages import SurveyReviewPage

EXPORT_SUFFIXES = (".csv", ".xlsx", ".xls")


class SurveySourcePage(SourcePage):
    """The file page with the survey the export answers; sheet, header row and kind are the importer's."""

    def __init__(self, wizard: SurveyImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(translate("SurveyImportWizard", "Choose the export and its survey"))
        self.setSubTitle(
            translate(
                "SurveyImportWizard",
                "A data export of the survey's form from KoboToolbox or ODK Central (CSV or XLSX), one "
                "submission a row. Nothing is written until the last page.",
            )
        )
        self.survey = QComboBox()
        self.survey.setToolTip(translate("SurveyImportWizard", "The survey whose form the export comes from"))
        for survey in read_surveys(wizard.project.connection):
            self.survey.addItem(survey.name, survey.name)
        form: QFormLayout = self.layout()
        form.insertRow(1, translate("SurveyImportWizard", "Survey"), self.survey)
        # the importer reads the export's first sheet with its header in the first row, and finds firms
        for field in (self.sheet, self.header_row, self.default_kind):
            form.setRowVisible(field, False)
        self.survey.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())

    def _browse(self) -> None:
        patterns = " ".join(f"*{s}" for s in EXPORT_SUFFIXES)
        chosen = ask.open_file_name(
            self,
            translate("SurveyImportWizard", "Import survey responses"),
            self.path.text(),
            translate("SurveyImportWizard", "Survey data exports ({patterns})").format(patterns=patterns),
        )
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return super().isComplete() and self.survey.currentData() is not None

    def choices(self) -> tuple[Path, str | None, int | None]:
        return self.chosen_path(), None, 1


class SurveyImportWizard(ImportingWizard):
    """After `accept()`, `command` holds the import pushed on the project's stack."""

    def __init__(
        self,
        project: Project,
        survey: str | None = None,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(project, translate("SurveyImportWizard", "Import survey responses"), parent)
        self.source_page = SurveySourcePage(self)
        self.preview_page = PreviewPage(self)
        self.review_page = SurveyReviewPage(self)
        for page in (self.source_page, self.preview_page, self.review_page):
            self.addPage(page)
        if survey is not None:
            self.source_page.survey.setCurrentIndex(max(self.source_page.survey.findData(survey), 0))
        else:
            self.source_page.survey.setCurrentIndex(self.source_page.survey.count() - 1)  # the latest
        if path is not None:
            self.source_page.path.setText(str(path))
        self.resize(860, 600)

    def survey_name(self) -> str:
        return self.source_page.survey.currentData()

    def accept(self) -> None:
        imported = self.review_page.imported
        if imported is None or imported.command is None:
            return
        self.push_import(lambda: imported.command)

    def working_pages(self) -> tuple[QWizardPage, ...]:
        return (self.preview_page, self.review_page)


def open_survey_import(
    parent: QWidget, project: Project, survey: str | None = None
) -> SurveyImportWizard | None:
    """Open the wizard over `parent`; the window's status bar says what was imported."""
    if not read_surveys(project.connection):
        ask.show_info(
            parent,
            translate(
                "SurveyImportWizard",
                "The project has no survey yet. Add one in the Diagnostic panel's Surveys tab (New survey…), "
                "export its form, collect the answers, then import the export.",
            ),
        )
        return None
    wizard = SurveyImportWizard(project, survey, parent=parent)

    def imported() -> str:
        added = wizard.review_page.imported.added
        message = translate_n("SurveyImportWizard", "Imported %n response(s) into {survey}", added)
        return message.format(survey=wizard.survey_name())

    open_import_wizard(wizard, parent, imported)
    return wizard
