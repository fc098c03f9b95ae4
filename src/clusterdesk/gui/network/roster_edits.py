"""The edits of a roster: for one stakeholder, one survey round and one relation kind, the stakeholders it
has a tie with in that round's network, and the one undoable command that makes the network say what
the ticks say.

- ticking a stakeholder without a tie adds a relation first observed in the round, or, when the round
  had found that tie ended, takes the end back;
- a tie still ticked that was carried from an earlier round is marked observed again in the round;
- unticking a tie carried from an earlier round marks it ended in the round (it stays in the earlier
  rounds' networks); unticking a tie first observed in the round deletes it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from clusterdesk.core.commands import CommandGroup, UpdateRow
from clusterdesk.core.edits import RELATIONS, AddRelations, DeleteRelations
from clusterdesk.core.survey_rounds import ranks, round_order, ties_of_round
from clusterdesk.core.symbology import relation_style


@dataclass(frozen=True)
class RosterTie:
    fid: int
    other: int
    first: str
    last_observed: str | None
    ended: str | None


def ties_of(connection, fid: int, round_code: str, kind: str) -> dict[int, list[RosterTie]]:
    """The ties of `kind` joining `fid` to another stakeholder in the network of `round_code`, by the
    other stakeholder (either direction)."""
    in_round = ties_of_round(connection, round_code).fids
    found: dict[int, list[RosterTie]] = defaultdict(list)
    for tie in _relations_of(connection, fid, kind):
        if tie.fid in in_round:
            found[tie.other].append(tie)
    return dict(found)


def _relations_of(connection, fid: int, kind: str) -> list[RosterTie]:
    rows = connection.exec_driver_sql(
        "SELECT fid, source_id, target_id, survey_round, last_observed_round, ended_round FROM relations"
        " WHERE kind = ? AND (source_id = ? OR target_id = ?) ORDER BY fid",
        (kind, fid, fid),
    )
    return [RosterTie(r[0], r[2] if r[1] == fid else r[1], r[3] or "baseline", r[4], r[5]) for r in rows]


def roster_commands(connection, fid: int, round_code: str, kind: str, ticked: set[int]) -> list:
    """The commands that turn the round's ties of `kind` of `fid` into `ticked` (other stakeholders'
    fids); empty when nothing changes. `connection` is an SQLAlchemy connection of the project
    (`project.session.connection()`)."""
    rank = ranks(round_order(connection) + [round_code])
    now = rank[round_code]
    current = ties_of(connection, fid, round_code, kind)
    commands: list = []
    added = []
    ended_here = defaultdict(list)
    for tie in _relations_of(connection, fid, kind):
        if tie.ended == round_code and rank.get(tie.first, 0) < now:
            ended_here[tie.other].append(tie)
    for other in sorted(ticked - set(current)):
        if ended_here.get(other):
            tie = ended_here[other][0]
            changes = {"ended_round": None, "last_observed_round": round_code}
            commands.append(UpdateRow(RELATIONS, tie.fid, changes, ""))
        else:
            row = {"source_id": fid, "target_id": other, "kind": kind, "survey_round": round_code}
            added.append({**row, "directed": relation_style(kind).arrow, "strength": 3})
    if added:
        commands.append(AddRelations(added))
    deleted = []
    for other, ties in sorted(current.items()):
        for tie in ties:
            if other not in ticked:
                if tie.first == round_code:
                    deleted.append(tie.fid)
                else:
                    commands.append(UpdateRow(RELATIONS, tie.fid, {"ended_round": round_code}, ""))
            elif tie.first != round_code and rank.get(tie.last_observed or tie.first, 0) < now:
                commands.append(UpdateRow(RELATIONS, tie.fid, {"last_observed_round": round_code}, ""))
    if deleted:
        commands.append(DeleteRelations(deleted))
    return commands


def roster_group(commands: list, label: str) -> CommandGroup | None:
    """One step of the undo stack for the whole roster, or None when nothing changes."""
    for command in commands:
        if isinstance(command, UpdateRow) and not command.label:
            command.label = label
    return CommandGroup(commands, label) if commands else None
