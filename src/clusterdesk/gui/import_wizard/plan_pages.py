"""The last two pages of the import wizard: which column goes to which field (the guesses shown and
editable), then every problem row with its reason, before the valid rows are imported."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.gui import ask
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.i18n import translate, translate_n
from clusterdesk.gui.import_wizard.background import BackgroundProgress
from clusterdesk.io.column_mapping import CUSTOM_FIELDS_COLUMN, MAX_UNASKED_CUSTOM_FIELDS, custom_key
from clusterdesk.io.field_names import CUSTOM_PREFIX, IGNORE, TARGET_FIELDS, field_for_header
from clusterdesk.io.stakeholder_import import ImportPlan, plan_from_table

if TYPE_CHECKING:
    from clusterdesk.gui.import_wizard.wizard import ImportWizard

MAX_LISTED = 5000  # the problem CSV holds them all; a longer table helps nobody
SAMPLE_VALUES = 3
# English, marked for the catalogue; shown through translate("MappingPage", ...)
TARGET_TITLES = {
    "name": QT_TRANSLATE_NOOP("MappingPage", "Name"),
    "address": QT_TRANSLATE_NOOP("MappingPage", "Address"),
    "admin_area": QT_TRANSLATE_NOOP("MappingPage", "Admin area"),
    "sector_code": QT_TRANSLATE_NOOP("MappingPage", "Sector (ISIC)"),
    "products": QT_TRANSLATE_NOOP("MappingPage", "Products"),
    "legal_form": QT_TRANSLATE_NOOP("MappingPage", "Legal form"),
    "phone": QT_TRANSLATE_NOOP("MappingPage", "Phone"),
    "email": QT_TRANSLATE_NOOP("MappingPage", "E-mail"),
    "website": QT_TRANSLATE_NOOP("MappingPage", "Website"),
    "tags": QT_TRANSLATE_NOOP("MappingPage", "Tags"),
    "notes": QT_TRANSLATE_NOOP("MappingPage", "Notes"),
    "kind": QT_TRANSLATE_NOOP("MappingPage", "Kind"),
    "employees": QT_TRANSLATE_NOOP("MappingPage", "Employees"),
    "women_employees": QT_TRANSLATE_NOOP("MappingPage", "Women employees"),
    "year_founded": QT_TRANSLATE_NOOP("MappingPage", "Year founded"),
    "lat": QT_TRANSLATE_NOOP("MappingPage", "Latitude"),
    "lon": QT_TRANSLATE_NOOP("MappingPage", "Longitude"),
    "contact_name": QT_TRANSLATE_NOOP("MappingPage", "Contact: name"),
    "contact_role": QT_TRANSLATE_NOOP("MappingPage", "Contact: role"),
    "contact_phone": QT_TRANSLATE_NOOP("MappingPage", "Contact: phone"),
    "contact_email": QT_TRANSLATE_NOOP("MappingPage", "Contact: e-mail"),
    "contact_gender": QT_TRANSLATE_NOOP("MappingPage", "Contact: gender"),
    CUSTOM_FIELDS_COLUMN: QT_TRANSLATE_NOOP("MappingPage", "Custom fields (JSON)"),
}


def target_title(target: str) -> str:
    """The field a column becomes, as the wizard names it."""
    title = TARGET_TITLES.get(target)
    return translate("MappingPage", title) if title else target


def _import_count_line(valid: int, rejected: int) -> str:
    """'<b>2 rows will be imported</b>; 4 with problems will not.'"""
    if valid == 1:
        imported = translate_n("ReviewPage", "%Ln row will be imported", valid)
    else:
        imported = translate_n("ReviewPage", "%Ln rows will be imported", valid)
    if not rejected:
        return translate("ReviewPage", "<b>{imported}</b>.").format(imported=imported)
    not_imported = translate_n("ReviewPage", "%Ln with problems will not", rejected)
    return translate("ReviewPage", "<b>{imported}</b>; {not_imported}.").format(
        imported=imported, not_imported=not_imported
    )


def guessed_target(column: str, taken: set[str]) -> str:
    """The field a header names, or a custom field of its own when it names none (or one already taken)."""
    if column.strip().lower() == CUSTOM_FIELDS_COLUMN:
        return CUSTOM_FIELDS_COLUMN
    target = field_for_header(column)
    if target is None or (target in taken and target != IGNORE):
        return CUSTOM_PREFIX + custom_key(column)
    return target


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(translate("MappingPage", "Match columns to fields"))
        self.setSubTitle(
            translate(
                "MappingPage",
                "The guesses come from the column names. Change any of them; a column kept as a custom "
                "field becomes a project field of its own.",
            )
        )
        self.grid = QTableWidget(0, 3)
        self.grid.setHorizontalHeaderLabels(
            [
                translate("MappingPage", "Column in the file"),
                translate("MappingPage", "Example values"),
                translate("MappingPage", "Becomes"),
            ]
        )
        self.grid.verticalHeader().setVisible(False)
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        self._for_table = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)

    def initializePage(self) -> None:
        table = self.owner.preview_page.table
        if table is self._for_table:
            return  # keep the user's choices when coming back
        self._for_table = table
        self.combos.clear()
        self.grid.setRowCount(len(table.columns))
        guesses = self._guesses(table.columns)
        for row, column in enumerate(table.columns):
            samples = [v for v in table.frame[column].iloc[:50].tolist() if v][:SAMPLE_VALUES]
            self.grid.setItem(row, 0, QTableWidgetItem(column))
            self.grid.setItem(row, 1, QTableWidgetItem(" · ".join(samples)))
            combo = QComboBox()
            own = CUSTOM_PREFIX + custom_key(column)
            combo.addItem(translate("MappingPage", "Do not import"), IGNORE)
            combo.addItem(
                translate("MappingPage", "Custom field “{key}”").format(key=custom_key(column)), own
            )
            for target in (*TARGET_FIELDS, CUSTOM_FIELDS_COLUMN):
                combo.addItem(target_title(target), target)
            combo.setCurrentIndex(max(combo.findData(guesses[column]), 0))
            combo.currentIndexChanged.connect(self.completeChanged)
            self.grid.setCellWidget(row, 2, combo)
            self.combos[column] = combo
        self.grid.resizeColumnToContents(0)
        self.grid.resizeColumnToContents(2)  # the longest choice, as long as the interface language writes it
        self.grid.setColumnWidth(2, max(220, self.grid.columnWidth(2)))

    def _guesses(self, columns: list[str]) -> dict[str, str]:
        """The guessed target of every column; when very many would become custom fields, the user is
        asked first whether to keep them all or leave them out and pick the ones needed."""
        taken: set[str] = set()
        guesses = {}
        for column in columns:
            guesses[column] = guess = guessed_target(column, taken)
            if not guess.startswith(CUSTOM_PREFIX):
                taken.add(guess)
        custom = [column for column, guess in guesses.items() if guess.startswith(CUSTOM_PREFIX)]
        count = len(custom)
        if count > MAX_UNASKED_CUSTOM_FIELDS and not ask.choose(
            self,
            translate_n("MappingPage", "%Ln columns of the file match no stakeholder field.", count),
            translate_n(
                "MappingPage",
                "Each column kept becomes a custom field of the project (%Ln new fields). Leave them out and "
                "choose below the ones to keep as custom fields, or keep them all?",
                count,
            ),
            translate_n("MappingPage", "Keep all %Ln", count),
            translate("MappingPage", "Leave them out"),
        ):
            guesses.update(dict.fromkeys(custom, IGNORE))
        return guesses

    def mapping(self) -> dict[str, str]:
        return {column: combo.currentData() for column, combo in self.combos.items()}

    def set_target(self, column: str, target: str) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(target))

    def isComplete(self) -> bool:
        return "name" in self.mapping().values()


class ReviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(translate("ReviewPage", "Check before importing"))
        self.plan: ImportPlan | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.problems = QTableWidget(0, 4)
        self.problems.setHorizontalHeaderLabels(
            [
                translate("ReviewPage", "Row"),
                translate("ReviewPage", "Column"),
                translate("ReviewPage", "Value"),
                translate("ReviewPage", "Problem"),
            ]
        )
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems.setAlternatingRowColors(True)
        self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.save_button = QPushButton(translate("ReviewPage", "Save problem rows as CSV…"))
        self.save_button.clicked.connect(self._save_rejected)
        self.swap_button = QPushButton(translate("ReviewPage", "Swap latitude and longitude columns"))
        self.swap_button.setToolTip(
            translate("ReviewPage", "Read the latitude column as the longitude and the other way round")
        )
        self.swap_button.clicked.connect(self._swap_coordinate_columns)
        self.progress = BackgroundProgress()
        self.progress.succeeded.connect(self._planned)
        self.progress.failed.connect(self._failed)
        row = QHBoxLayout()
        row.addWidget(self.swap_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addLayout(row)

    def initializePage(self) -> None:
        self.plan = None
        self.problems.setRowCount(0)
        self.summary.setText("")
        self.save_button.hide()
        self.swap_button.hide()
        path, _sheet, _header = self.owner.source_page.choices()
        table = self.owner.preview_page.table
        mapping = self.owner.mapping_page.mapping()
        kind = self.owner.source_page.default_kind.currentData()
        project = self.owner.project

        def plan(progress, cancel) -> ImportPlan:
            # reads the project for duplicates from the worker; the modal wizard keeps edits away meanwhile
            return plan_from_table(
                path, table, project, mapping=mapping, default_kind=kind, progress=progress, cancel=cancel
            )

        self.progress.start(plan, translate_n("ReviewPage", "Checking %Ln rows", len(table)))
        self.completeChanged.emit()

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        lines = [_import_count_line(plan.valid_count, len(plan.rejected_rows))]
        if plan.already_present:
            present = len(plan.already_present)
            lines.append(
                translate_n(
                    "ReviewPage",
                    "%Ln rows are already in the project (same UUID) and will be skipped.",
                    present,
                )
            )
        if plan.duplicates:
            lines.append(
                translate_n(
                    "ReviewPage",
                    "%Ln look like duplicates; they are imported too, so check them afterwards (Merge in the "
                    "registry).",
                    len(plan.duplicates),
                )
            )
        lines += [f"• {html.escape(note)}" for note in plan.notes]  # notes quote the file
        if not plan.valid_count and plan.already_present and not plan.has_problems:
            lines.append(translate("ReviewPage", "Nothing to import: every row is already in the project."))
        elif not plan.valid_count:
            message = translate(
                "ReviewPage", "No row can be imported. Go back and check the columns, or correct the file."
            )
            lines.append(f"<span style='color:#b0352c'>{html.escape(message)}</span>")
        duplicate = translate("ReviewPage", "Possible duplicate: {description}")
        skipped = translate("ReviewPage", "Skipped: in the project as stakeholder {fid} (same UUID)")
        rows = [(str(p.row), p.column, p.value, p.reason) for p in plan.problems]
        rows += [
            (str(d.row), target_title("name"), d.name, duplicate.format(description=d.describe()))
            for d in plan.duplicates
        ]
        rows += [(str(a.row), "UUID", a.name, skipped.format(fid=a.fid)) for a in plan.already_present]
        if len(rows) > MAX_LISTED:
            listed = translate_n(
                "ReviewPage",
                "The first {listed} of %Ln findings are listed; save them all as CSV.",
                len(rows),
            )
            lines.append(listed.format(listed=QLocale().toString(MAX_LISTED)))
        self.summary.setText("<br>".join(lines))
        self.problems.setRowCount(min(len(rows), MAX_LISTED))
        for r, cells in enumerate(rows[:MAX_LISTED]):
            for c, value in enumerate(cells):
                self.problems.setItem(r, c, QTableWidgetItem(value))
        self.problems.resizeColumnsToContents()
        self.problems.setVisible(bool(rows))
        self.save_button.setVisible(plan.has_problems)
        self.swap_button.setVisible(plan.swapped_columns is not None)
        self.wizard().setButtonText(
            self.wizard().WizardButton.FinishButton,
            translate_n("ReviewPage", "Import %Ln rows", plan.valid_count),
        )
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.summary.setText(f"<span style='color:#b0352c'>{html.escape(message)}</span>")
        self.completeChanged.emit()

    def _swap_coordinate_columns(self) -> None:
        """Offered when most rows lie outside the project's country but inside it once exchanged."""
        if self.plan is None or self.plan.swapped_columns is None:
            return
        latitude, longitude = self.plan.swapped_columns
        self.owner.mapping_page.set_target(latitude, "lon")
        self.owner.mapping_page.set_target(longitude, "lat")
        self.initializePage()

    def _save_rejected(self) -> None:
        if self.plan is None:
            return
        chosen = ask.save_file_name(
            self, translate("ReviewPage", "Save problem rows"), str(self.plan.rejected_path()), "CSV (*.csv)"
        )
        if not chosen:
            return
        try:
            written = self.plan.write_rejected(Path(chosen))
        except ClusterDeskError as error:  # the folder or the medium cannot be written
            report_exception(self, error)
            return
        ask.show_info(
            self, translate("ReviewPage", "The problem rows were saved to {path}.").format(path=written)
        )

    def isComplete(self) -> bool:
        return self.plan is not None and self.plan.valid_count > 0 and not self.progress.running

    def cleanupPage(self) -> None:
        self.progress.cancel()
        self.wizard().setButtonText(
            self.wizard().WizardButton.FinishButton, translate("ImportWizard", "Import")
        )
