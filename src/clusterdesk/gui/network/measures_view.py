"""Beside the network, on three tabs: the whole network's measures; the brokers (highest betweenness,
with their brokerage role) and isolates for the CDA to act on; a sortable table of every stakeholder's
measures. A row or a list entry clicked selects the stakeholder on the map and in the registry."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui.elided_label import ElidedLabel
from clusterdesk.gui.i18n import interface_language, translate
from clusterdesk.gui.network.labels import role_label, whole_names
from clusterdesk.gui.network.measures_model import FID_ROLE, NUMBERS, MeasureRow, MeasuresModel, MeasuresProxy
from clusterdesk.gui.network.network_data import NetworkPicture
from clusterdesk.gui.plain_text import plain_label

BROKERS = 15
NAME_WIDTH = 220  # pixels: long names are elided, their tooltip shows them whole
WHOLE_COLUMNS = 2  # pairs of name and value per line: three would widen the panel past half a screen
PERCENT = {"density", "largest_component_share"}


def _value(locale: QLocale, key: str, value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if key in PERCENT:
        return locale.toString(float(value) * 100, "f", 1 if key != "density" else 2) + " %"
    if (
        isinstance(value, int)
        or float(value).is_integer()
        and key not in ("mean_degree", "clustering", "centralisation")
    ):
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 2 if key == "mean_degree" else 3)


def _change(locale: QLocale, key: str, value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or abs(float(value)) < 1e-12:
        return ""
    text = _value(locale, key, abs(value))
    return f" ({'▲ +' if value > 0 else '▼ −'}{text})"


class MeasuresView(QTabWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.language = interface_language()
        self.locale = QLocale()
        self.whole_labels: dict[str, QLabel] = {}
        whole = QGridLayout()
        whole.setContentsMargins(2, 2, 2, 2)
        whole.setHorizontalSpacing(10)
        for index, (key, name) in enumerate(whole_names().items()):
            row, column = divmod(index, WHOLE_COLUMNS)
            title = plain_label(name + ":")
            value = plain_label("—")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            whole.addWidget(title, row, column * 2)
            whole.addWidget(value, row, column * 2 + 1)
            self.whole_labels[key] = value
        for column in range(WHOLE_COLUMNS):
            whole.setColumnStretch(column * 2 + 1, 1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("NetworkMeasuresView", "Find a stakeholder"))
        self.search.setClearButtonEnabled(True)
        self.model = MeasuresModel(self)
        self.proxy = MeasuresProxy(self.model, self)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # betweenness: the brokers first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.clicked.connect(self._row_clicked)
        self.sampled = plain_label()
        self.sampled.setWordWrap(True)
        # the whole network's measures and the table of every stakeholder's are on tabs of their own: on
        # one page they need more height than a bottom panel has on a laptop, and the rows overlapped
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(whole)
        layout.addWidget(self.sampled)
        layout.addStretch(1)
        self.addTab(page, translate("NetworkMeasuresView", "Measures"))
        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(2, 2, 2, 2)
        table_layout.addWidget(self.search)
        table_layout.addWidget(self.table, 1)

        self.brokers = QListWidget()
        self.brokers.setToolTip(
            translate("NetworkMeasuresView", "Click to select the stakeholder on the map and in the registry")
        )
        self.isolates = QListWidget()
        self.isolates.setToolTip(self.brokers.toolTip())
        for widget in (self.brokers, self.isolates):
            widget.itemClicked.connect(self._item_clicked)
            # three rows each: both lists and their titles then fit a bottom panel on a laptop screen
            widget.setMinimumHeight(3 * widget.fontMetrics().lineSpacing() + 2 * widget.frameWidth() + 6)
        # one line each, whole in the tooltip: wrapped to two lines in Russian they pushed the isolates'
        # list out of a bottom panel on a laptop screen
        self.brokers_title = ElidedLabel(
            translate("NetworkMeasuresView", "Brokers: who links stakeholders that have no tie of their own")
        )
        self.isolates_title = ElidedLabel(
            translate("NetworkMeasuresView", "Isolates: stakeholders without a tie of the kinds shown")
        )
        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(2, 2, 2, 2)
        lists_layout.addWidget(self.brokers_title)
        lists_layout.addWidget(self.brokers, 3)
        lists_layout.addWidget(self.isolates_title)
        lists_layout.addWidget(self.isolates, 2)
        self.addTab(lists, translate("NetworkMeasuresView", "Brokers and isolates"))
        self.addTab(table_page, translate("NetworkMeasuresView", "By stakeholder"))

    def show_picture(self, picture: NetworkPicture | None) -> None:
        measures = picture.measures if picture is not None else None
        change = picture.change if picture is not None else None
        for key, label in self.whole_labels.items():
            if measures is None:
                label.setText("—")
                continue
            text = _value(self.locale, key, measures.whole.get(key))
            if change is not None:
                text += _change(self.locale, key, change.whole_change.get(key))
            label.setText(text)
        self.sampled.setVisible(bool(measures is not None and measures.sampled))
        if measures is not None and measures.sampled:
            self.sampled.setText(
                translate(
                    "NetworkMeasuresView",
                    "Betweenness and closeness are estimated from a sample of {count} stakeholders.",
                ).format(count=self.locale.toString(measures.sources))
            )
        self.model.set_rows(self._rows(measures, change))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), NAME_WIDTH))
        self._fill_lists(measures)

    @staticmethod
    def _rows(measures, change) -> list[MeasureRow]:
        if measures is None:
            return []
        frame = measures.per_stakeholder
        changes = change.per_stakeholder_change if change is not None else None
        columns = [c for c in NUMBERS if c in frame.columns]
        rows = []
        for fid, record in zip(frame.index, frame.itertuples(index=False), strict=True):
            values = {c: _number(getattr(record, c)) for c in columns}
            moved = None
            if changes is not None and fid in changes.index:
                moved = {c: _number(changes.at[fid, c]) for c in columns}
            rows.append(MeasureRow(int(fid), record.name, record.kind, values, record.role, moved))
        return rows

    def _fill_lists(self, measures) -> None:
        self.brokers.clear()
        self.isolates.clear()
        if measures is None:
            return
        frame = measures.per_stakeholder
        top = frame[frame["betweenness"] > 0].sort_values(["betweenness", "name"], ascending=[False, True])
        for fid, record in top.head(BROKERS).iterrows():
            betweenness = self.locale.toString(float(record["betweenness"]), "f", 3)
            text = f"{record['name']}  ·  {role_label(record['role'])}  ·  {betweenness}"
            self._add(self.brokers, int(fid), text)
        if top.empty:
            self._empty(
                self.brokers, translate("NetworkMeasuresView", "No stakeholder brokers in this network.")
            )
        alone = frame[frame["degree"] == 0].sort_values("name")
        for fid, record in alone.iterrows():
            self._add(
                self.isolates, int(fid), f"{record['name']}  ·  {kind_label(record['kind'], self.language)}"
            )
        if alone.empty:
            self._empty(self.isolates, translate("NetworkMeasuresView", "Every stakeholder has a tie."))

    @staticmethod
    def _add(widget: QListWidget, fid: int, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, fid)
        widget.addItem(item)

    @staticmethod
    def _empty(widget: QListWidget, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(item)

    def _row_clicked(self, index) -> None:
        fid = self.proxy.data(index, FID_ROLE)
        if fid is not None:
            self.workspace.selection.set([fid], source=self)

    def _item_clicked(self, item: QListWidgetItem) -> None:
        fid = item.data(Qt.ItemDataRole.UserRole)
        if fid is not None:
            self.workspace.selection.set([fid], source=self)


def _number(value) -> float | None:
    if value is None:
        return None
    value = float(value)
    return None if math.isnan(value) else value
