"""Merging duplicates: one column per stakeholder, one row per field that differs; the user clicks the
value that survives in each row. The survivor keeps its identity (fid, UUID) and inherits everything
that referred to the others."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.edits import STAKEHOLDERS, _rows
from clusterdesk.core.model import STAKEHOLDER_FIELDS
from clusterdesk.core.project import Project
from clusterdesk.core.registry_edits import MergeStakeholders, join_tags, split_tags
from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.gui.i18n import interface_language, translate, translate_n

MAX_MERGED = 8  # more columns than this do not fit a screen; merge in rounds
MERGED_FIELDS = ("geom", *STAKEHOLDER_FIELDS)
# English, marked for the catalogue; shown through translate("MergeDialog", ...)
FIELD_TITLES = {
    "geom": QT_TRANSLATE_NOOP("MergeDialog", "Location"),
    "name": QT_TRANSLATE_NOOP("MergeDialog", "Name"),
    "kind": QT_TRANSLATE_NOOP("MergeDialog", "Kind"),
    "address": QT_TRANSLATE_NOOP("MergeDialog", "Address"),
    "admin_area": QT_TRANSLATE_NOOP("MergeDialog", "Admin area"),
    "sector_code": QT_TRANSLATE_NOOP("MergeDialog", "Sector"),
    "products": QT_TRANSLATE_NOOP("MergeDialog", "Products"),
    "employees": QT_TRANSLATE_NOOP("MergeDialog", "Employees"),
    "women_employees": QT_TRANSLATE_NOOP("MergeDialog", "Women employees"),
    "year_founded": QT_TRANSLATE_NOOP("MergeDialog", "Year founded"),
    "legal_form": QT_TRANSLATE_NOOP("MergeDialog", "Legal form"),
    "phone": QT_TRANSLATE_NOOP("MergeDialog", "Phone"),
    "email": QT_TRANSLATE_NOOP("MergeDialog", "E-mail"),
    "website": QT_TRANSLATE_NOOP("MergeDialog", "Website"),
    "tags": QT_TRANSLATE_NOOP("MergeDialog", "Tags"),
    "notes": QT_TRANSLATE_NOOP("MergeDialog", "Notes"),
    "custom_fields": QT_TRANSLATE_NOOP("MergeDialog", "Custom fields"),
}


def _shown(name: str, value) -> str:
    if value is None or value == "":
        return "—"
    if name == "geom":
        return f"{value.y:.5f}, {value.x:.5f}"
    if name == "kind":
        return kind_label(value, interface_language())
    text = str(value)
    return text if len(text) < 60 else text[:57] + "…"


class MergeDialog(QDialog):
    def __init__(self, project: Project, fids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate_n("MergeDialog", "Merge %Ln stakeholders", len(fids)))
        self.rows = sorted(_rows(project, STAKEHOLDERS, STAKEHOLDERS.c.fid, fids), key=lambda r: r["fid"])
        self.survivor = QButtonGroup(self)
        self.choices: dict[str, QButtonGroup] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(translate("MergeDialog", "<b>Keep as</b>")), 0, 0)
        for column, row in enumerate(self.rows, start=1):
            button = QRadioButton(f"#{row['fid']}")
            button.setToolTip(translate("MergeDialog", "This record survives; the others are merged into it"))
            self.survivor.addButton(button, column - 1)
            grid.addWidget(button, 0, column)
        self.survivor.button(0).setChecked(True)
        line = 1
        for name in MERGED_FIELDS:
            values = [r[name] for r in self.rows]
            if all(_same(values[0], v) for v in values[1:]):
                continue  # nothing to choose
            title = FIELD_TITLES.get(name)
            shown = translate("MergeDialog", title) if title else name.replace("_", " ").capitalize()
            grid.addWidget(QLabel(shown), line, 0)
            group = QButtonGroup(self)
            first_filled = next((i for i, v in enumerate(values) if v not in (None, "")), 0)
            for column, value in enumerate(values):
                button = QRadioButton(_shown(name, value))
                group.addButton(button, column)
                grid.addWidget(button, line, column + 1)
            group.button(first_filled).setChecked(True)
            self.choices[name] = group
            line += 1
        if not self.choices:
            grid.addWidget(
                QLabel(
                    translate("MergeDialog", "The records hold the same values; merging keeps one of them.")
                ),
                line,
                0,
                1,
                -1,
            )
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        note = QLabel(
            translate(
                "MergeDialog",
                "Tags of all records are kept together. Relations, contact persons and action plan "
                "references move to the record kept. You can undo this.",
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(translate("MergeDialog", "Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(min(260 + 200 * len(self.rows), 1200), 520)
        scroll.setAlignment(Qt.AlignmentFlag.AlignTop)

    def choose(self, name: str, index: int) -> None:
        """Pick the value of record `index` for `name` (used by keyboard-free callers and tests)."""
        self.choices[name].button(index).setChecked(True)

    def command(self) -> MergeStakeholders:
        survivor = self.rows[self.survivor.checkedId()]
        values = {name: self.rows[group.checkedId()][name] for name, group in self.choices.items()}
        if "tags" in values:
            seen, tags = set(), []
            for row in self.rows:
                for tag in split_tags(row["tags"]):
                    if tag.casefold() not in seen:
                        seen.add(tag.casefold())
                        tags.append(tag)
            values["tags"] = join_tags(tags)
        others = [r["fid"] for r in self.rows if r["fid"] != survivor["fid"]]
        return MergeStakeholders(survivor["fid"], others, values)


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is b
    if hasattr(a, "equals"):
        return a.equals(b)
    return a == b
