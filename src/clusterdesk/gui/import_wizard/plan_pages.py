"""The last two pages of the import wizard: which column goes to which field (the guesses shown and
editable), then every problem row with its reason, before the valid rows are imported."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
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
from clusterdesk.gui.import_wizard.background import BackgroundProgress
from clusterdesk.io.column_mapping import CUSTOM_FIELDS_COLUMN, MAX_UNASKED_CUSTOM_FIELDS, custom_key
from clusterdesk.io.field_names import CUSTOM_PREFIX, IGNORE, TARGET_FIELDS, field_for_header
from clusterdesk.io.stakeholder_import import ImportPlan, plan_from_table

if TYPE_CHECKING:
    from clusterdesk.gui.import_wizard.wizard import ImportWizard

MAX_LISTED = 5000  # the problem CSV holds them all; a longer table helps nobody
SAMPLE_VALUES = 3
# fmt: off
TARGET_TITLES = {
    "name": "Name", "address": "Address", "admin_area": "Admin area", "sector_code": "Sector (ISIC)",
    "products": "Products", "legal_form": "Legal form", "phone": "Phone", "email": "E-mail",
    "website": "Website", "tags": "Tags", "notes": "Notes", "kind": "Kind", "employees": "Employees",
    "women_employees": "Women employees", "year_founded": "Year founded",
    "lat": "Latitude", "lon": "Longitude",
    "contact_name": "Contact: name", "contact_role": "Contact: role", "contact_phone": "Contact: phone",
    "contact_email": "Contact: e-mail", "contact_gender": "Contact: gender",
    CUSTOM_FIELDS_COLUMN: "Custom fields (JSON)",
}
# fmt: on


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
        self.setTitle("Match columns to fields")
        self.setSubTitle(
            "The guesses come from the column names. Change any of them; a column kept as a custom "
            "field becomes a project field of its own."
        )
        self.grid = QTableWidget(0, 3)
        self.grid.setHorizontalHeaderLabels(["Column in the file", "Example values", "Becomes"])
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
            combo.addItem("Do not import", IGNORE)
            combo.addItem(f"Custom field “{custom_key(column)}”", own)
            for target in (*TARGET_FIELDS, CUSTOM_FIELDS_COLUMN):
                combo.addItem(TARGET_TITLES.get(target, target), target)
            combo.setCurrentIndex(max(combo.findData(guesses[column]), 0))
            combo.currentIndexChanged.connect(self.completeChanged)
            self.grid.setCellWidget(row, 2, combo)
            self.combos[column] = combo
        self.grid.resizeColumnToContents(0)
        self.grid.setColumnWidth(2, 220)

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
        if len(custom) > MAX_UNASKED_CUSTOM_FIELDS and not ask.choose(
            self,
            f"{len(custom):,} columns of the file match no stakeholder field.",
            f"Each column kept becomes a custom field of the project ({len(custom):,} new fields). Leave "
            "them out and choose below the ones to keep as custom fields, or keep them all?",
            f"Keep all {len(custom):,}",
            "Leave them out",
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
        self.setTitle("Check before importing")
        self.plan: ImportPlan | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.problems = QTableWidget(0, 4)
        self.problems.setHorizontalHeaderLabels(["Row", "Column", "Value", "Problem"])
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems.setAlternatingRowColors(True)
        self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.save_button = QPushButton("Save problem rows as CSV…")
        self.save_button.clicked.connect(self._save_rejected)
        self.swap_button = QPushButton("Swap latitude and longitude columns")
        self.swap_button.setToolTip("Read the latitude column as the longitude and the other way round")
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

        self.progress.start(plan, f"Checking {len(table):,} rows")
        self.completeChanged.emit()

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        rejected = len(plan.rejected_rows)
        not_imported = f"; {rejected:,} with problems will not" if rejected else ""
        rows_word = "row" if plan.valid_count == 1 else "rows"
        lines = [f"<b>{plan.valid_count:,} {rows_word} will be imported</b>{not_imported}."]
        if plan.already_present:
            lines.append(
                f"{len(plan.already_present):,} rows are already in the project (same UUID) "
                "and will be skipped."
            )
        if plan.duplicates:
            lines.append(
                f"{len(plan.duplicates):,} look like duplicates; they are imported too, so check them "
                "afterwards (Merge in the registry)."
            )
        lines += [f"• {html.escape(note)}" for note in plan.notes]  # notes quote the file
        if not plan.valid_count and plan.already_present and not plan.has_problems:
            lines.append("Nothing to import: every row is already in the project.")
        elif not plan.valid_count:
            lines.append(
                "<span style='color:#b0352c'>No row can be imported. Go back and check the columns, "
                "or correct the file.</span>"
            )
        rows = [(str(p.row), p.column, p.value, p.reason) for p in plan.problems]
        rows += [(str(d.row), "name", d.name, f"Possible duplicate: {d.describe()}") for d in plan.duplicates]
        rows += [
            (str(a.row), "uuid", a.name, f"Skipped: in the project as stakeholder {a.fid} (same UUID)")
            for a in plan.already_present
        ]
        if len(rows) > MAX_LISTED:
            lines.append(
                f"The first {MAX_LISTED:,} of {len(rows):,} findings are listed; save them all as CSV."
            )
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
            self.wizard().WizardButton.FinishButton, f"Import {plan.valid_count:,} rows"
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
        chosen = ask.save_file_name(self, "Save problem rows", str(self.plan.rejected_path()), "CSV (*.csv)")
        if not chosen:
            return
        try:
            written = self.plan.write_rejected(Path(chosen))
        except ClusterDeskError as error:  # the folder or the medium cannot be written
            report_exception(self, error)
            return
        ask.show_info(self, f"The problem rows were saved to {written}.")

    def isComplete(self) -> bool:
        return self.plan is not None and self.plan.valid_count > 0 and not self.progress.running

    def cleanupPage(self) -> None:
        self.progress.cancel()
        self.wizard().setButtonText(self.wizard().WizardButton.FinishButton, "Import")
