"""Relations as a Qt table: read with one SQL join, filtered by kind, survey round and the selected
stakeholders, and capped so a network of tens of thousands of ties never freezes the panel."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from clusterdesk.core.vocabulary_labels import relation_label, survey_round_label
from clusterdesk.gui.i18n import interface_language, translate
from clusterdesk.gui.plain_text import literal_text

MAX_LISTED = 5000
NAME_COLUMNS = (0, 1)  # from, to


def headers() -> tuple[str, ...]:
    """The table's column titles in the interface language."""
    return (
        translate("RelationTableModel", "From"),
        translate("RelationTableModel", "To"),
        translate("RelationTableModel", "Kind"),
        translate("RelationTableModel", "Strength"),
        translate("RelationTableModel", "Survey round"),
        translate("RelationTableModel", "Since"),
        translate("RelationTableModel", "Notes"),
    )


@dataclass(frozen=True)
class RelationRow:
    fid: int
    source_id: int
    target_id: int
    source: str
    target: str
    kind: str
    strength: int
    directed: bool
    survey_round: str
    since: str | None
    notes: str | None

    def cells(self, language: str = "en") -> tuple:
        """What the table shows: kinds and survey rounds labelled in `language`, names as typed."""
        arrow = "→" if self.directed else "—"
        target = f"{arrow} {self.target}"
        return (
            self.source,
            target,
            relation_label(self.kind, language),
            self.strength,
            survey_round_label(self.survey_round, language),
            self.since or "",
            self.notes or "",
        )


def read_relations(
    connection: sqlite3.Connection,
    kind: str | None = None,
    survey_round: str | None = None,
    of_stakeholders: Iterable[int] | None = None,
    limit: int = MAX_LISTED,
) -> tuple[list[RelationRow], int]:
    """(rows up to `limit`, how many match in all)."""
    clauses, parameters = [], []
    if kind:
        clauses.append("r.kind = ?")
        parameters.append(kind)
    if survey_round:
        clauses.append("r.survey_round = ?")
        parameters.append(survey_round)
    if of_stakeholders is not None:
        fids = sorted({int(f) for f in of_stakeholders})
        if not fids:
            return [], 0
        # a JSON array keeps the statement one bound parameter however many stakeholders are selected
        chosen = "SELECT value FROM json_each(?)"
        clauses.append(f"(r.source_id IN ({chosen}) OR r.target_id IN ({chosen}))")
        text = "[" + ",".join(map(str, fids)) + "]"
        parameters += [text, text]
    where = " AND ".join(clauses) or "1"
    base = (
        "FROM relations r JOIN stakeholders s ON s.fid = r.source_id"
        f" JOIN stakeholders t ON t.fid = r.target_id WHERE {where}"
    )
    total = connection.execute(f"SELECT count(*) {base}", parameters).fetchone()[0]
    query = (
        "SELECT r.fid, r.source_id, r.target_id, s.name, t.name, r.kind, r.strength, r.directed,"
        f" r.survey_round, r.since, r.notes {base}"
        " ORDER BY s.name COLLATE NOCASE, t.name COLLATE NOCASE, r.fid LIMIT ?"
    )
    rows = [
        RelationRow(f, s, t, sn, tn, k, st, bool(d), sr or "", str(since) if since else None, notes)
        for f, s, t, sn, tn, k, st, d, sr, since, notes in connection.execute(query, [*parameters, limit])
    ]
    return rows, total


def survey_rounds(connection: sqlite3.Connection) -> list[str]:
    query = "SELECT DISTINCT survey_round FROM relations WHERE survey_round IS NOT NULL ORDER BY survey_round"
    return [r[0] for r in connection.execute(query)]


class RelationTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RelationRow] = []
        self.total = 0
        self.language = interface_language()
        self.headers = headers()

    def set_rows(self, rows: list[RelationRow], total: int) -> None:
        self.beginResetModel()
        self.rows, self.total = rows, total
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        cells = self.rows[index.row()].cells(self.language)
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()]
        return literal_text(
            self.summary(cells) if index.column() in NAME_COLUMNS else str(cells[index.column()])
        )

    def summary(self, cells: tuple) -> str:
        """The whole relation, for the tooltip of its names: a narrow dock hides some of its columns."""
        lines = [f"{cells[0]} {cells[1]}"]
        lines += [
            f"{self.headers[c]}: {cells[c]}" for c in range(2, len(cells)) if cells[c] not in ("", None)
        ]
        return "\n".join(lines)
