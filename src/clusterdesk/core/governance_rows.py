"""General governance commands: rows added or removed together across the governance tables. They keep
rows with their fids and UUIDs, so redo and undo write the same rows. (One row's fields change through
core.commands.UpdateRow.)"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, func, insert, select

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.governance import (
    GovernanceAttendance,
    GovernanceBody,
    GovernanceDecision,
    GovernanceMaturity,
    GovernanceMeeting,
    GovernanceMember,
    GovernancePhaseOutItem,
)
from clusterdesk.core.model import ContactPerson, Stakeholder, new_uuid

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

BODIES: Table = GovernanceBody.__table__
MEMBERS: Table = GovernanceMember.__table__
MEETINGS: Table = GovernanceMeeting.__table__
ATTENDANCE: Table = GovernanceAttendance.__table__
DECISIONS: Table = GovernanceDecision.__table__
MATURITY: Table = GovernanceMaturity.__table__
PHASE_OUT: Table = GovernancePhaseOutItem.__table__
STAKEHOLDERS: Table = Stakeholder.__table__
CONTACTS: Table = ContactPerson.__table__
# parents before children: inserting goes down this list, deleting goes up it
TABLE_ORDER = (BODIES, MEMBERS, MEETINGS, ATTENDANCE, DECISIONS, MATURITY, PHASE_OUT)


def _connection(project: Project):
    return project.session.connection()


def _one(project: Project, table: Table, fid: int, what: str) -> dict[str, Any]:
    row = _connection(project).execute(select(table).where(table.c.fid == fid)).first()
    if row is None:
        message = tr(
            "rows:missing",
            "{what} {fid} does not exist (it may have been deleted).",
            messages_language(),
            what=what,
            fid=fid,
        )
        raise ValidationError(what, message)
    return dict(row._mapping)


def _where_in(project: Project, table: Table, column, values: Iterable) -> list[dict[str, Any]]:
    values = list(values)
    if not values:
        return []
    return [dict(r._mapping) for r in _connection(project).execute(select(table).where(column.in_(values)))]


def _next_fid(project: Project, table: Table) -> int:
    """The fid SQLite would give the next row (AUTOINCREMENT never reuses the fid of a deleted row)."""
    connection = _connection(project)
    highest = connection.execute(select(func.coalesce(func.max(table.c.fid), 0))).scalar()
    sequence = connection.exec_driver_sql(
        "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0)", (table.name,)
    ).scalar()
    return max(highest, sequence) + 1


@dataclass
class InsertRows:
    """Add rows to several governance tables at once; rows get fids on the first run and keep them.
    `links` lists (table, column, parent table): rows of `table` point through `column` at the first
    row of `parent table` added by the same command (a meeting's attendance at the meeting)."""

    rows: dict[str, list[dict[str, Any]]]  # table name -> rows
    label: str
    tables: frozenset[str] = frozenset()
    links: tuple[tuple[str, str, str], ...] = ()
    order: tuple[Table, ...] = TABLE_ORDER  # the tables it may write, parents first

    def __post_init__(self) -> None:
        self.tables = self.tables or frozenset(name for name, rows in self.rows.items() if rows)

    def do(self, project: Project) -> None:
        connection = _connection(project)
        for table in self.order:
            rows = self.rows.get(table.name, [])
            if not rows:
                continue
            next_fid = _next_fid(project, table)
            for row in rows:  # fids are given here so that thousands of rows go in one executemany
                row.setdefault("uuid", new_uuid())
                if "fid" not in row:
                    row["fid"], next_fid = next_fid, next_fid + 1
            for child, column, parent in self.links:
                if child == table.name:
                    for row in rows:
                        row[column] = self.rows[parent][0]["fid"]
            for batch in _tree_levels(rows) if "parent_id" in table.c else [rows]:
                by_fields: dict[frozenset[str], list[dict[str, Any]]] = {}
                for row in batch:  # an executemany needs the same fields in every row; defaults fill the rest
                    by_fields.setdefault(frozenset(row), []).append(row)
                for group in by_fields.values():
                    connection.execute(insert(table), group)

    def undo(self, project: Project) -> None:
        connection = _connection(project)
        for table in reversed(self.order):
            fids = [r["fid"] for r in self.rows.get(table.name, [])]
            if fids:
                connection.execute(delete(table).where(table.c.fid.in_(fids)))


@dataclass
class DeleteRows:
    """Remove rows (found on the first run by `collect`) and put the same rows back on undo."""

    collect: Callable[[Project], dict[str, list[dict[str, Any]]]]
    label: str
    tables: frozenset[str] = frozenset()
    order: tuple[Table, ...] = TABLE_ORDER  # the tables it may write, parents first
    _rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def do(self, project: Project) -> None:
        self._rows = self.collect(project)
        connection = _connection(project)
        for table in reversed(self.order):
            fids = [r["fid"] for r in self._rows.get(table.name, [])]
            if fids:
                connection.execute(delete(table).where(table.c.fid.in_(fids)))

    def undo(self, project: Project) -> None:
        connection = _connection(project)
        for table in self.order:
            rows = self._rows.get(table.name, [])
            if "parent_id" in table.c:  # parents first: a row's parent may be in the same batch
                rows = parents_first(rows)
            for row in rows:
                connection.execute(insert(table).values(**row))


def _depths(rows: list[dict[str, Any]]) -> list[int]:
    """How many of its ancestors each row of a tree table has among `rows`."""
    by_fid = {r["fid"]: r for r in rows}
    depths = []
    for row in rows:
        steps, parent = 0, row.get("parent_id")
        while parent in by_fid and steps <= len(by_fid):
            steps, parent = steps + 1, by_fid[parent].get("parent_id")
        depths.append(steps)
    return depths


def parents_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of a tree table ordered so that every row comes after its parent when both are in `rows`."""
    depths = _depths(rows)
    return [row for _depth, _index, row in sorted(zip(depths, range(len(rows)), rows, strict=True))]


def _tree_levels(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Rows of a tree table in batches by depth, so that each batch's parents are already written."""
    levels: dict[int, list[dict[str, Any]]] = {}
    for depth, row in zip(_depths(rows), rows, strict=True):
        levels.setdefault(depth, []).append(row)
    return [levels[depth] for depth in sorted(levels)]
