"""Relations entered as a roster: "Relations of <firm> in <round>", a searchable checklist of the other
stakeholders, ticked where the round's network has a tie of the chosen kind. The ticks of every kind
visited become one undoable command (gui.network.roster_edits)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.project import Project
from clusterdesk.core.vocabulary import RELATION_KINDS
from clusterdesk.core.vocabulary_labels import kind_label, relation_label, survey_round_label
from clusterdesk.gui.form_parts import ok_cancel_buttons
from clusterdesk.gui.i18n import interface_language, translate, translate_n
from clusterdesk.gui.network.roster_edits import roster_commands, roster_group, ties_of
from clusterdesk.gui.plain_text import plain_label


class RosterDialog(QDialog):
    def __init__(
        self,
        project: Project,
        fid: int,
        round_code: str,
        kind: str = "supplies",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project, self.fid, self.round = project, fid, round_code
        language = interface_language()
        connection = project.session.connection()
        self.name = (
            connection.exec_driver_sql("SELECT name FROM stakeholders WHERE fid = ?", (fid,)).scalar() or ""
        )
        self.round_label = survey_round_label(round_code, language)
        self.setWindowTitle(
            translate("RosterDialog", "Relations of {name} in {round}").format(
                name=self.name, round=self.round_label
            )
        )
        self.kind = QComboBox()
        for code in RELATION_KINDS:
            self.kind.addItem(relation_label(code, language), code)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("RosterDialog", "Search by name"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.count = plain_label()
        self.hint = plain_label(
            translate(
                "RosterDialog",
                "Tick the stakeholders it has this relation with in this survey round. Unticking a tie "
                "carried from an earlier round marks it ended in this round.",
            )
        )
        self.hint.setWordWrap(True)
        self.ticked: dict[str, set[int]] = {}  # per kind visited: the other stakeholders ticked
        others = connection.exec_driver_sql(
            "SELECT fid, name, kind FROM stakeholders WHERE fid <> ? ORDER BY name COLLATE NOCASE, fid",
            (fid,),
        ).all()
        for other, name, other_kind in others:
            item = QListWidgetItem(f"{name}  ·  {kind_label(other_kind, language)}")
            item.setData(Qt.ItemDataRole.UserRole, other)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            self.list.addItem(item)
        form = QFormLayout()
        form.addRow(translate("RosterDialog", "Relation"), self.kind)
        form.addRow(translate("RosterDialog", "Find"), self.search)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addWidget(ok_cancel_buttons(self))
        self._shown_kind: str | None = None
        self.kind.currentIndexChanged.connect(lambda _index: self._show_kind())
        self.search.textChanged.connect(self._filter)
        self.list.itemChanged.connect(lambda _item: self._remember())
        self._show_kind()
        self.resize(520, 600)

    def _existing(self, kind: str) -> set[int]:
        return set(ties_of(self.project.session.connection(), self.fid, self.round, kind))

    def _show_kind(self) -> None:
        kind = self.kind.currentData()
        ticked = self.ticked.setdefault(kind, self._existing(kind))
        self._shown_kind = None  # no remembering while the ticks are set
        for row in range(self.list.count()):
            item = self.list.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in ticked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._shown_kind = kind
        self._show_count()

    def _remember(self) -> None:
        if self._shown_kind is None:
            return
        self.ticked[self._shown_kind] = {
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        }
        self._show_count()

    def _show_count(self) -> None:
        count = len(self.ticked.get(self.kind.currentData(), ()))
        self.count.setText(translate_n("RosterDialog", "%Ln stakeholder(s) ticked", count))

    def _filter(self, text: str) -> None:
        words = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(words) and words not in item.text().casefold())

    def set_ticked(self, others: set[int]) -> None:
        """Tick exactly `others` for the kind shown (as a user would, one box at a time)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in others
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def command(self):
        """One command for every kind visited, or None when the ticks change nothing."""
        connection = self.project.session.connection()
        commands = []
        for kind, ticked in self.ticked.items():
            commands += roster_commands(connection, self.fid, self.round, kind, ticked)
        label = translate("RosterDialog", "Relations of {name} in {round}").format(
            name=self.name, round=self.round_label
        )
        return roster_group(commands, label)
