"""The measures of every stakeholder as a sortable Qt table: name, kind, degree, in and out, betweenness,
closeness, eigenvector centrality and brokerage role; comparing rounds, the change of each since the
earlier round follows its value (▲ +3). Sorting is by the numbers, not by the text shown."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QSortFilterProxyModel, Qt

from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.gui.i18n import interface_language, translate
from clusterdesk.gui.network.labels import role_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FID_ROLE = Qt.ItemDataRole.UserRole + 2
NUMBERS = ("degree", "in_degree", "out_degree", "betweenness", "closeness", "eigenvector")
DECIMALS = {"degree": 0, "in_degree": 0, "out_degree": 0, "betweenness": 3, "closeness": 3, "eigenvector": 3}


@dataclass(frozen=True)
class MeasureRow:
    fid: int
    name: str
    kind: str
    values: dict[str, float | None]
    role: str | None
    changes: dict[str, float | None] | None = None  # comparing rounds: value now minus value before


def headers() -> list[str]:
    return [
        translate("NetworkMeasuresModel", "Name"),
        translate("NetworkMeasuresModel", "Kind"),
        translate("NetworkMeasuresModel", "Degree"),
        translate("NetworkMeasuresModel", "In"),
        translate("NetworkMeasuresModel", "Out"),
        translate("NetworkMeasuresModel", "Betweenness"),
        translate("NetworkMeasuresModel", "Closeness"),
        translate("NetworkMeasuresModel", "Eigenvector"),
        translate("NetworkMeasuresModel", "Brokerage role"),
    ]


class MeasuresModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MeasureRow] = []
        self.headers = headers()
        self.language = interface_language()
        self.locale = QLocale()

    def set_rows(self, rows: list[MeasureRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def _number(self, value: float | None, decimals: int) -> str:
        return "—" if value is None else self.locale.toString(float(value), "f", decimals)

    def _change(self, value: float | None, decimals: int) -> str:
        if value is None or abs(value) < 10 ** (-decimals) / 2:
            return ""
        sign = "▲ +" if value > 0 else "▼ −"
        return f"  {sign}{self.locale.toString(abs(float(value)), 'f', decimals)}"

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == FID_ROLE:
            return row.fid
        if column >= 2 and column < 2 + len(NUMBERS):
            key = NUMBERS[column - 2]
            value = row.values.get(key)
            if role == SORT_ROLE:
                return -1e300 if value is None else float(value)
            if role == Qt.ItemDataRole.DisplayRole:
                change = self._change((row.changes or {}).get(key), DECIMALS[key]) if row.changes else ""
                return self._number(value, DECIMALS[key]) + change
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        text = (row.name, kind_label(row.kind, self.language), "", "", "", "", "", "", role_label(row.role))[
            column
        ]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return text.casefold() if role == SORT_ROLE else text
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            from clusterdesk.gui.plain_text import literal_text

            return literal_text(text)
        return None


class MeasuresProxy(QSortFilterProxyModel):
    """Sorts by the value of each column (numbers as numbers) and filters by name."""

    def __init__(self, source: MeasuresModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
