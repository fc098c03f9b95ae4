"""Conflicts of the synchronisation: a command (one undo step) whose rows changed both here and on the
server since they were read. The command is held back whole; its conflict lists every row of it that
changed there, and is settled whole.

A `Conflict` reads as its first conflicting row (`table`, `fid`, `kind`, `mine`, `theirs`), so a command
of one row is simply that row's conflict; `rows` gives all the conflicting rows, `command_rows` every row
the command changed, (table, fid, op), conflicting or not.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace

from clusterdesk.io.server import sync_rows
from clusterdesk.io.server.local_tables import CHANGES_TABLE

BOTH_CHANGED = "both_changed"
CHANGED_HERE_DELETED_THERE = "changed_here_deleted_there"
DELETED_HERE_CHANGED_THERE = "deleted_here_changed_there"
KEEP_CHOICES = ("mine", "theirs")


@dataclass
class Conflict:
    table: str
    fid: int
    kind: str
    mine: dict | None  # the working copy's row (None: deleted here)
    theirs: dict | None  # the server's row (None: deleted there)
    their_version: int | None = None
    other_rows: list[Conflict] = field(default_factory=list)  # the command's other conflicting rows
    command_rows: list[tuple[str, int, str]] = field(default_factory=list)  # every row of the command

    @property
    def rows(self) -> list[Conflict]:
        """Every conflicting row of the command, this one first."""
        return [self, *self.other_rows]

    def row_keys(self) -> set[tuple[str, int]]:
        """(table, fid) of every row of the command, conflicting or not."""
        keys = {(row.table, row.fid) for row in self.rows}
        return keys | {(table, fid) for table, fid, _op in self.command_rows}

    def held_rows(self) -> list[tuple[str, int, str]]:
        """The command's rows that are not in conflict but wait with it."""
        conflicting = {(row.table, row.fid) for row in self.rows}
        return [change for change in self.command_rows if change[:2] not in conflicting]

    def differences(self) -> list[tuple[str, object, object]]:
        """(column, mine, theirs) for every column of this row whose values differ."""
        mine, theirs = self.mine or {}, self.theirs or {}
        columns = list(mine or theirs)
        return [(c, mine.get(c), theirs.get(c)) for c in columns if mine.get(c) != theirs.get(c)]


def row_conflict(conflict: Conflict) -> Conflict:
    """The row alone, without its command."""
    return replace(conflict, other_rows=[], command_rows=[])


def steps_of(local: sqlite3.Connection) -> dict[tuple[str, int], int]:
    """{(table, fid): step} of every change waiting to be sent."""
    return {
        (table, fid): step
        for table, fid, step in local.execute(f'SELECT table_name, fid, step FROM "{CHANGES_TABLE}"')
    }


def by_command(local: sqlite3.Connection, row_conflicts: list[Conflict]) -> list[Conflict]:
    """Row conflicts gathered into one Conflict per command (the step their changes wait in), each with
    the command's rows; a row met twice counts once, the later reading winning."""
    latest = {(c.table, c.fid): row_conflict(c) for c in row_conflicts}
    if not latest:
        return []
    steps = steps_of(local)
    members: dict[int, list[tuple[str, int, str]]] = {}
    for step, table, fid, op in local.execute(f'SELECT step, table_name, fid, op FROM "{CHANGES_TABLE}"'):
        members.setdefault(step, []).append((table, fid, op))
    order = sync_rows.table_order()
    groups: dict[object, list[Conflict]] = {}
    for key, conflict in latest.items():
        groups.setdefault(steps.get(key, key), []).append(conflict)
    conflicts = []
    for group, rows in groups.items():
        rows.sort(key=lambda c: (order.get(c.table, 0), c.fid))
        command = sorted(members.get(group, []), key=lambda r: (order.get(r[0], 0), r[1]))
        if not command:  # no longer waiting in a step: the rows alone
            command = [(c.table, c.fid, _op_of(c)) for c in rows]
        conflicts.append(replace(rows[0], other_rows=rows[1:], command_rows=command))
    conflicts.sort(key=lambda c: (order.get(c.table, 0), c.fid))
    return conflicts


def _op_of(conflict: Conflict) -> str:
    return "D" if conflict.mine is None else "U"
