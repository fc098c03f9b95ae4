"""Dialogs of the Selection panel: start a study, add or edit a candidate cluster, record the decision.
Each builds its command on OK; a refusal from core shows in the dialog, which stays open."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.cluster_selection import CANDIDATE_STATUSES, MEASURES
from clusterdesk.gui.command_dialog import Build, CommandDialog, text_edit
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.sector_picker import SectorPicker
from clusterdesk.gui.selection.labels import measure_label, number, status_label
from clusterdesk.gui.selection.study_data import StudyPicture

NO_YEAR = 1899  # the spin boxes' "none" value, shown as a dash


def year_box(value: int | None) -> QSpinBox:
    box = QSpinBox()
    box.setRange(NO_YEAR, 2200)
    box.setSpecialValueText("—")
    box.setValue(value if value is not None else NO_YEAR)
    return box


def year_of(box: QSpinBox) -> int | None:
    return None if box.value() == NO_YEAR else box.value()


class StudyDialog(CommandDialog):
    """Name, measure, year compared, base year of growth, level of the areas."""

    def __init__(self, build: Build, study: dict[str, Any] | None = None, parent: QWidget | None = None):
        super().__init__(build, parent)
        study = study or {}
        self.setWindowTitle(
            translate("SelectionDialogs", "Edit the selection study")
            if study
            else translate("SelectionDialogs", "Start a selection study")
        )
        self.setMinimumWidth(460)
        form = QFormLayout()
        self.name = QLineEdit(study.get("name", ""))
        self.name.setPlaceholderText(translate("SelectionDialogs", "e.g. Mapping of provinces 2022"))
        self.measure = QComboBox()
        for code in MEASURES:
            self.measure.addItem(measure_label(code), code)
        self.measure.setCurrentIndex(max(0, self.measure.findData(study.get("measure", "employment"))))
        self.year = year_box(study.get("year"))
        self.year.setToolTip(translate("SelectionDialogs", "The year compared; none: the latest statistics"))
        self.base_year = year_box(study.get("base_year"))
        self.base_year.setToolTip(translate("SelectionDialogs", "Growth is measured from this year"))
        self.area_level = QLineEdit(study.get("area_level") or "")
        self.area_level.setPlaceholderText(translate("SelectionDialogs", "e.g. Province"))
        form.addRow(translate("SelectionDialogs", "Name"), self.name)
        form.addRow(translate("SelectionDialogs", "Statistics count"), self.measure)
        form.addRow(translate("SelectionDialogs", "Year"), self.year)
        form.addRow(translate("SelectionDialogs", "Growth since"), self.base_year)
        form.addRow(translate("SelectionDialogs", "Areas are"), self.area_level)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.finish_layout(layout)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "measure": self.measure.currentData(),
            "year": year_of(self.year),
            "base_year": year_of(self.base_year),
            "area_level": self.area_level.text(),
        }


class CandidateDialog(CommandDialog):
    """Code, name, ISIC sector, the areas (from the study's), notes."""

    def __init__(
        self,
        build: Build,
        area_names: dict[str, str],
        candidate: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(build, parent)
        candidate = candidate or {}
        self.setWindowTitle(
            translate("SelectionDialogs", "Edit candidate cluster")
            if candidate
            else translate("SelectionDialogs", "Add a candidate cluster")
        )
        self.setMinimumSize(560, 560)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.code = QLineEdit(candidate.get("code", ""))
        self.code.setPlaceholderText(translate("SelectionDialogs", "e.g. GAR-IMB"))
        self.name = QLineEdit(candidate.get("name", ""))
        self.name.setPlaceholderText(translate("SelectionDialogs", "e.g. Garments of Imbabura"))
        self.sector = SectorPicker()
        self.sector.set_code(candidate.get("sector_code"))
        self.area_filter = QLineEdit()
        self.area_filter.setPlaceholderText(translate("SelectionDialogs", "Find an area by name or code"))
        self.area_filter.setClearButtonEnabled(True)
        self.areas = QListWidget()
        self.areas.setMinimumHeight(110)
        chosen = set(candidate.get("area_codes", ()))
        for code, name in sorted(area_names.items(), key=lambda p: p[1].casefold()):
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.areas.addItem(item)
        self.area_filter.textChanged.connect(self._filter)
        if not area_names:
            self.areas.setEnabled(False)
            self.area_filter.setPlaceholderText(
                translate("SelectionDialogs", "Import the study's areas first")
            )
        self.notes = text_edit(candidate.get("notes"), 2)
        form.addRow(translate("SelectionDialogs", "Code"), self.code)
        form.addRow(translate("SelectionDialogs", "Name"), self.name)
        form.addRow(translate("SelectionDialogs", "Sector (ISIC Rev.4)"), self.sector)
        areas = QVBoxLayout()
        areas.addWidget(self.area_filter)
        areas.addWidget(self.areas)
        form.addRow(translate("SelectionDialogs", "Areas"), areas)
        form.addRow(translate("SelectionDialogs", "Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.finish_layout(layout)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.areas.count()):
            item = self.areas.item(row)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def set_areas(self, codes: set[str]) -> None:
        for row in range(self.areas.count()):
            item = self.areas.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def values(self) -> dict[str, Any]:
        codes = [
            self.areas.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.areas.count())
            if self.areas.item(row).checkState() == Qt.CheckState.Checked
        ]
        return {
            "code": self.code.text(),
            "name": self.name.text(),
            "sector_code": self.sector.code() or "",
            "area_codes": codes,
            "notes": self.notes.toPlainText(),
        }


class DecisionDialog(CommandDialog):
    """When, who, on what grounds, and the outcome of each candidate (in ranking order)."""

    def __init__(self, build: Build, picture: StudyPicture, parent: QWidget | None = None) -> None:
        super().__init__(build, parent)
        self.picture = picture
        self.setWindowTitle(translate("SelectionDialogs", "Record the selection decision"))
        self.setMinimumSize(560, 480)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.decided_by = QLineEdit()
        self.decided_by.setPlaceholderText(
            translate("SelectionDialogs", "e.g. Steering committee (ministry, UNIDO, donor)")
        )
        self.grounds = text_edit("", 3)
        form.addRow(translate("SelectionDialogs", "Date"), self.date)
        form.addRow(translate("SelectionDialogs", "Decided by"), self.decided_by)
        form.addRow(translate("SelectionDialogs", "Grounds"), self.grounds)
        ev = picture.evaluation
        codes = picture.ordered_codes()
        self.outcomes = QTableWidget(len(codes), 3)
        self.outcomes.setHorizontalHeaderLabels(
            [
                translate("SelectionDialogs", "Candidate"),
                translate("SelectionDialogs", "Score"),
                translate("SelectionDialogs", "Outcome"),
            ]
        )
        self.outcomes.verticalHeader().hide()
        self.combos: dict[str, QComboBox] = {}
        for row, code in enumerate(codes):
            self.outcomes.setItem(row, 0, QTableWidgetItem(ev.names[code]))
            score = QTableWidgetItem(number(float(ev.ranking.scores[ev.codes.index(code)])))
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.outcomes.setItem(row, 1, score)
            combo = QComboBox()
            for status in CANDIDATE_STATUSES:
                combo.addItem(status_label(status), status)
            combo.setCurrentIndex(max(0, combo.findData(picture.statuses.get(code, "candidate"))))
            self.outcomes.setCellWidget(row, 2, combo)
            self.combos[code] = combo
        header = self.outcomes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(plain_label(translate("SelectionDialogs", "Outcome of each candidate")))
        layout.addWidget(self.outcomes, 1)
        layout.addWidget(
            plain_label(
                translate(
                    "SelectionDialogs", "The weights and the ranking shown now are kept with the decision."
                )
            )
        )
        self.finish_layout(layout)

    def set_outcome(self, code: str, status: str) -> None:
        combo = self.combos[code]
        combo.setCurrentIndex(combo.findData(status))

    def values(self) -> dict[str, Any]:
        day = self.date.date()
        return {
            "decided_on": dt.date(day.year(), day.month(), day.day()),
            "decided_by": self.decided_by.text(),
            "grounds": self.grounds.toPlainText(),
            "outcomes": {
                self.picture.candidate_fids[c]: combo.currentData() for c, combo in self.combos.items()
            },
            "basis": self.picture.basis(),
        }
