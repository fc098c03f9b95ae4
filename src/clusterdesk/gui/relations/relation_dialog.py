"""Adding or editing one relation. Both ends are found by typing part of a name (the list is read from
SQLite as the user types, so it works with any number of stakeholders) or taken from the selection."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.edits import RELATIONS, AddRelations, UpdateRow, _relation_line
from clusterdesk.core.project import Project
from clusterdesk.core.survey_rounds import round_order
from clusterdesk.core.vocabulary import RELATION_KINDS, SURVEY_ROUND_BASELINE
from clusterdesk.core.vocabulary_labels import relation_label, survey_round_label
from clusterdesk.gui.form_parts import ERROR_STYLE, ok_cancel_buttons
from clusterdesk.gui.i18n import interface_language, translate
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.relations.relation_model import RelationRow, survey_rounds

SUGGESTIONS = 30


class StakeholderField(QLineEdit):
    """A stakeholder chosen by name; `fid` is None until the text names exactly one."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.fid: int | None = None
        self._found: dict[str, int] = {}
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setPlaceholderText(translate("StakeholderField", "Type part of the name"))
        self.textEdited.connect(self._suggest)
        self.textChanged.connect(self._resolve)

    def _label(self, fid: int, name: str) -> str:
        return f"{name} (#{fid})"

    def _suggest(self, text: str) -> None:
        words = text.strip()
        if len(words) < 2:
            return
        pattern = "%" + words.replace("%", "").replace("_", "") + "%"
        rows = self.project.connection.execute(
            "SELECT fid, name FROM stakeholders WHERE name LIKE ? ORDER BY name LIMIT ?",
            (pattern, SUGGESTIONS),
        ).fetchall()
        self._found.update({self._label(f, n): f for f, n in rows})
        self._names.setStringList([self._label(f, n) for f, n in rows])

    def _resolve(self, text: str) -> None:
        self.fid = self._found.get(text)
        if self.fid is None:
            exact = self.project.connection.execute(
                "SELECT fid FROM stakeholders WHERE name = ? LIMIT 2", (text.strip(),)
            ).fetchall()
            self.fid = exact[0][0] if len(exact) == 1 else None

    def set_fid(self, fid: int) -> None:
        row = self.project.connection.execute(
            "SELECT name FROM stakeholders WHERE fid = ?", (fid,)
        ).fetchone()
        if row is not None:
            label = self._label(fid, row[0])
            self._found[label] = fid
            self.setText(label)


def relation_ended_round(project: Project, fid: int) -> str | None:
    row = project.connection.execute("SELECT ended_round FROM relations WHERE fid = ?", (fid,)).fetchone()
    return row[0] if row else None


class RelationDialog(QDialog):
    def __init__(self, project: Project, relation: RelationRow | None = None, ends: tuple[int, ...] = (),
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.project, self.relation = project, relation
        language = interface_language()
        self.setWindowTitle(
            translate("RelationDialog", "Edit relation")
            if relation
            else translate("RelationDialog", "Add relation")
        )
        self.source, self.target = StakeholderField(project), StakeholderField(project)
        self.kind = QComboBox()
        for code in RELATION_KINDS:
            self.kind.addItem(relation_label(code, language), code)
        self.strength = QSpinBox()
        self.strength.setRange(1, 5)
        self.strength.setValue(3)
        self.directed = QCheckBox(translate("RelationDialog", "From → To (untick for a mutual tie)"))
        self.directed.setChecked(True)
        # Named rounds show their label and keep their code; a typed name is kept as typed
        self.survey_round = QComboBox()
        self.survey_round.setEditable(True)
        for code in survey_rounds(project.connection) or [SURVEY_ROUND_BASELINE]:
            self.survey_round.addItem(survey_round_label(code, language), code)
        # The round whose survey found the tie ended; the tie stays in the networks of earlier rounds
        self.ended_round = QComboBox()
        self.ended_round.addItem(translate("RelationDialog", "Not ended"), None)
        for code in round_order(project.session.connection()):
            self.ended_round.addItem(survey_round_label(code, language), code)
        self.ended_round.setToolTip(
            translate(
                "RelationDialog", "The survey round that found the tie ended; it stays in earlier rounds"
            )
        )
        self.since = QLineEdit()
        self.since.setPlaceholderText(translate("RelationDialog", "YYYY-MM-DD (optional)"))
        self.notes = QLineEdit()
        self.message = plain_label()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        form = QFormLayout()
        for title, widget in (
            (translate("RelationDialog", "From"), self.source),
            (translate("RelationDialog", "To"), self.target),
            (translate("RelationDialog", "Kind"), self.kind),
            (translate("RelationDialog", "Strength (1–5)"), self.strength),
            ("", self.directed),
            (translate("RelationDialog", "Survey round"), self.survey_round),
            (translate("RelationDialog", "Ended in round"), self.ended_round),
            (translate("RelationDialog", "Since"), self.since),
            (translate("RelationDialog", "Notes"), self.notes),
        ):
            form.addRow(title, widget)  # fmt: skip
        self.buttons = ok_cancel_buttons(self, self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for widget in (self.source, self.target, self.since):
            widget.textChanged.connect(self.check)
        self.survey_round.currentTextChanged.connect(self.check)
        self.ended_round.currentIndexChanged.connect(self.check)
        if relation is not None:
            self.source.set_fid(relation.source_id)
            self.target.set_fid(relation.target_id)
            self.kind.setCurrentIndex(max(self.kind.findData(relation.kind), 0))
            self.strength.setValue(relation.strength)
            self.directed.setChecked(relation.directed)
            self.survey_round.setCurrentText(survey_round_label(relation.survey_round, language))
            ended = relation_ended_round(project, relation.fid)
            if ended is not None and self.ended_round.findData(ended) < 0:
                self.ended_round.addItem(survey_round_label(ended, language), ended)
            self.ended_round.setCurrentIndex(max(self.ended_round.findData(ended), 0))
            self.since.setText(relation.since or "")
            self.notes.setText(relation.notes or "")
        else:
            for field, fid in zip((self.source, self.target), ends, strict=False):
                field.set_fid(fid)
        self.resize(480, 0)
        self.check()

    def problem(self) -> str | None:
        if self.source.fid is None:
            return translate(
                "RelationDialog", "Choose the stakeholder the relation starts from (type part of its name)."
            )
        if self.target.fid is None:
            return translate(
                "RelationDialog", "Choose the stakeholder the relation goes to (type part of its name)."
            )
        if self.source.fid == self.target.fid:
            return translate(
                "RelationDialog", "A relation joins two different stakeholders; choose another one for To."
            )
        if self.since.text().strip():
            try:
                dt.date.fromisoformat(self.since.text().strip())
            except ValueError:
                return translate(
                    "RelationDialog",
                    "Since must be a date written YYYY-MM-DD, such as 2023-05-01, or left empty.",
                )
        if not self.survey_round.currentText().strip():
            return translate("RelationDialog", "Name the survey round, such as baseline.")
        ended = self.ended_round.currentData()
        if ended is not None:
            order = round_order(self.project.session.connection())
            first = self.survey_round_code()
            if ended == first or (
                first in order and ended in order and order.index(ended) < order.index(first)
            ):
                return translate(
                    "RelationDialog", "A tie ends in a round after the one that first observed it."
                )
        return None

    def survey_round_code(self) -> str:
        """The code of a listed round chosen by its label, else the name as typed."""
        text = self.survey_round.currentText().strip()
        index = self.survey_round.findText(text)
        return (self.survey_round.itemData(index) if index >= 0 else None) or text

    def check(self) -> str | None:
        problem = self.problem()
        self.message.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
        return problem

    def _accept(self) -> None:
        if self.check() is None:
            self.accept()

    def values(self) -> dict:
        since = self.since.text().strip()
        return {
            "source_id": self.source.fid, "target_id": self.target.fid, "kind": self.kind.currentData(),
            "strength": self.strength.value(), "directed": self.directed.isChecked(),
            "survey_round": self.survey_round_code(), "ended_round": self.ended_round.currentData(),
            "since": dt.date.fromisoformat(since) if since else None,
            "notes": self.notes.text().strip() or None,
        }  # fmt: skip

    def command(self):
        values = self.values()
        if self.relation is None:
            return AddRelations([values])
        query = "SELECT source_id, target_id FROM relations WHERE fid = ?"
        current = self.project.connection.execute(query, (self.relation.fid,)).fetchone()
        if (values["source_id"], values["target_id"]) != tuple(current):
            values["geom"] = _relation_line(self.project, values["source_id"], values["target_id"])
        label = translate("RelationDialog", "Edit relation {source} – {target}").format(
            source=self.source.text().split(" (#")[0], target=self.target.text().split(" (#")[0]
        )
        return UpdateRow(RELATIONS, self.relation.fid, values, label)
