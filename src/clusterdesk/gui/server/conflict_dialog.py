"""The conflicts of a push, pull or synchronisation: edits (undo steps) not sent because rows they change
were changed on the server since they were read. Each edit is listed once; beside it, every such row
with both versions side by side, field by field (the fields that differ are highlighted), and a count of
the edit's other rows. An edit is settled whole with Keep mine or Take theirs, one by one or all at
once. Nothing is overwritten until the user chooses; Decide later leaves the edit waiting in the working
copy."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.gui.i18n import translate, translate_n
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.server.conflict_values import (
    command_size,
    conflict_kind,
    conflict_title,
    held_summary,
    rows_side_by_side,
)
from clusterdesk.io.server.sync import Conflict

# resolver(conflict, "mine" | "theirs") -> a new Conflict when the row changed on the server again, else None
Resolver = Callable[[Conflict, str], Conflict | None]
CHANGED_BACKGROUND = QColor(255, 236, 179)  # a soft amber, readable with black text in light themes


class ConflictDialog(QDialog):
    resolved = Signal(object, str)  # the conflict, "mine" or "theirs"

    def __init__(self, conflicts: list[Conflict], resolver: Resolver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ServerConflicts", "Conflicts with the server"))
        self.conflicts = list(conflicts)
        self.resolver = resolver
        self.errors: list[str] = []

        self.intro = plain_label()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show_current)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([
            translate("ServerConflicts", "Field"),
            translate("ServerConflicts", "Your version"),
            translate("ServerConflicts", "On the server"),
        ])  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)  # fitted to the field titles
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.keep_mine = QPushButton(translate("ServerConflicts", "&Keep mine"))
        self.keep_mine.setToolTip(
            translate("ServerConflicts", "Send this whole edit, written over the server's rows")
        )
        self.take_theirs = QPushButton(translate("ServerConflicts", "&Take theirs"))
        self.take_theirs.setToolTip(
            translate("ServerConflicts", "Drop this whole edit: its rows become the server's again")
        )
        self.keep_all_mine = QPushButton(translate("ServerConflicts", "Keep mine for &all"))
        self.take_all_theirs = QPushButton(translate("ServerConflicts", "Take theirs for a&ll"))
        self.later = QPushButton(translate("ServerConflicts", "Decide &later"))
        self.later.setToolTip(
            translate(
                "ServerConflicts", "Your changes wait in this copy; the conflicts come back at the next save"
            )
        )
        self.keep_mine.clicked.connect(lambda: self.resolve_current("mine"))
        self.take_theirs.clicked.connect(lambda: self.resolve_current("theirs"))
        self.keep_all_mine.clicked.connect(lambda: self.resolve_all("mine"))
        self.take_all_theirs.clicked.connect(lambda: self.resolve_all("theirs"))
        self.later.clicked.connect(self.reject)

        details = QWidget()
        right = QVBoxLayout(details)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.table, 1)
        row_buttons = QHBoxLayout()
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.keep_mine)
        row_buttons.addWidget(self.take_theirs)
        right.addLayout(row_buttons)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.keep_all_mine)
        bottom.addWidget(self.take_all_theirs)
        bottom.addStretch(1)
        bottom.addWidget(self.later)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(960, 540)
        self._fill()

    # -- showing ---------------------------------------------------------------------------------
    def _fill(self) -> None:
        self.intro.setText(
            translate_n(
                "ServerConflicts",
                "%n edit(s) could not be sent: rows they change were changed on the server since you "
                "read them. Nothing has been sent or overwritten: choose which version to keep. Each "
                "edit is kept or dropped whole.",
                len(self.conflicts),
            )
        )
        current = max(self.list.currentRow(), 0)
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            lines = [conflict_title(conflict), conflict_kind(conflict), command_size(conflict)]
            self.list.addItem("\n".join(line for line in lines if line))
        self.list.blockSignals(False)
        if self.conflicts:
            self.list.setCurrentRow(min(current, len(self.conflicts) - 1))
            self._show_current(self.list.currentRow())

    def _show_current(self, index: int) -> None:
        self.table.clearSpans()
        self.table.setRowCount(0)
        if not 0 <= index < len(self.conflicts):
            return
        conflict = self.conflicts[index]
        several = len(conflict.rows) > 1
        for row_conflict in conflict.rows:
            if several:  # which row the fields below belong to
                self._add_note(f"{conflict_title(row_conflict)} — {conflict_kind(row_conflict)}", bold=True)
            for title, mine, theirs, differs in rows_side_by_side(row_conflict):
                self._add_fields(title, mine, theirs, differs)
        held = held_summary(conflict)
        if held:
            self._add_note(held, bold=False)
        self._fit_rows()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        self._fit_titles()
        self.table.resizeRowsToContents()
        width = sum(self.table.columnWidth(column) for column in range(3)) - 8
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if self.table.columnSpan(row, 0) == 3 and item is not None:  # a line across: wrap it across
                flags = int(Qt.TextFlag.TextWordWrap)
                bounds = QFontMetrics(item.font()).boundingRect(
                    QRect(0, 0, max(width, 50), 0), flags, item.text()
                )
                self.table.setRowHeight(row, bounds.height() + 8)

    def _fit_titles(self) -> None:
        """The field column as wide as its titles (the lines across the columns do not count), at most a
        third of the table."""
        widths = [
            self.table.horizontalHeader().sectionSizeHint(0),
            *(
                QFontMetrics(item.font()).horizontalAdvance(item.text()) + 16
                for row in range(self.table.rowCount())
                if self.table.columnSpan(row, 0) == 1 and (item := self.table.item(row, 0)) is not None
            ),
        ]
        self.table.setColumnWidth(0, min(max(widths), max(self.table.viewport().width() // 3, 120)))

    def _add_fields(self, title: str, mine: str, theirs: str, differs: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((title, mine, theirs)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if differs:
                item.setBackground(QBrush(CHANGED_BACKGROUND))
                item.setForeground(QBrush(QColor(0, 0, 0)))
                if column == 0:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
            self.table.setItem(row, column, item)

    def _add_note(self, text: str, bold: bool) -> None:
        """A line across the three columns: a row's title, or the edit's other rows."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        font = QFont(item.font())
        font.setBold(bold)
        font.setItalic(not bold)
        item.setFont(font)
        self.table.setItem(row, 0, item)
        self.table.setSpan(row, 0, 1, 3)

    def current(self) -> Conflict | None:
        index = self.list.currentRow()
        return self.conflicts[index] if 0 <= index < len(self.conflicts) else None

    # -- settling --------------------------------------------------------------------------------
    def resolve_current(self, keep: str) -> None:
        conflict = self.current()
        if conflict is not None:
            self._resolve([conflict], keep)

    def resolve_all(self, keep: str) -> None:
        self._resolve(list(self.conflicts), keep)

    def _resolve(self, conflicts: list[Conflict], keep: str) -> None:
        for conflict in conflicts:
            index = self.conflicts.index(conflict)
            try:
                again = self.resolver(conflict, keep)
            except Exception as error:  # noqa: BLE001 - the server refused or went away: say so, keep it
                self.errors.append(str(error))
                self.intro.setText(str(error))
                return
            self.resolved.emit(conflict, keep)
            if again is None:
                del self.conflicts[index]
            else:  # changed on the server once more meanwhile: show its newest version
                self.conflicts[index] = again
        if not self.conflicts:
            self.accept()
            return
        self._fill()
