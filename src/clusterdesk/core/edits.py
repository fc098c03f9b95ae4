"""Commands that change stakeholders, relations and boundaries.

Commands work on plain row dictionaries through SQLAlchemy Core, so one command can add or remove a
hundred thousand rows fast, and undo restores rows with their original fid and UUID.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from shapely.geometry import LineString, Point
from sqlalchemy import Table, delete, insert, select, update

from clusterdesk.core import geometry
from clusterdesk.core.capacity_edits import detach_stakeholders as detach_capacity_references
from clusterdesk.core.catalogue import count_text, messages_language, tr, tr_plural
from clusterdesk.core.column_types import utc_now
from clusterdesk.core.commands import UpdateRow
from clusterdesk.core.diagnostic_edits import detach_stakeholders as detach_diagnostic_references
from clusterdesk.core.governance_edits import detach_stakeholders as detach_governance_references
from clusterdesk.core.model import (
    ClusterBoundary,
    ContactPerson,
    ProjectInfo,
    Relation,
    Stakeholder,
    new_uuid,
)
from clusterdesk.core.plan_link_edits import detach_stakeholders as detach_plan_references
from clusterdesk.core.survey_edits import detach_stakeholders as detach_survey_responses

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

STAKEHOLDERS: Table = Stakeholder.__table__
RELATIONS: Table = Relation.__table__
CONTACTS: Table = ContactPerson.__table__
BOUNDARIES: Table = ClusterBoundary.__table__
_CHUNK = 500  # SQLite's default limit on bound parameters is high, but IN lists stay modest


def _chunks(items: Sequence, size: int = _CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _rows(project: Project, table: Table, column, values: Sequence) -> list[dict[str, Any]]:
    connection = project.session.connection()
    found: list[dict[str, Any]] = []
    for chunk in _chunks(list(values)):
        found.extend(dict(r._mapping) for r in connection.execute(select(table).where(column.in_(chunk))))
    return found


def _delete(project: Project, table: Table, column, values: Sequence) -> None:
    connection = project.session.connection()
    for chunk in _chunks(list(values)):
        connection.execute(delete(table).where(column.in_(chunk)))


def _insert(project: Project, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        project.session.connection().execute(insert(table), rows)


def _relation_line(project: Project, source_id: int, target_id: int) -> LineString | None:
    points = dict(
        project.session.connection()
        .execute(
            select(STAKEHOLDERS.c.fid, STAKEHOLDERS.c.geom).where(
                STAKEHOLDERS.c.fid.in_([source_id, target_id])
            )
        )
        .all()
    )
    start, end = points.get(source_id), points.get(target_id)
    if start is None or end is None:
        return None
    return LineString([start, end])


def _redraw_relations_of(project: Project, fids: Iterable[int]) -> None:
    connection = project.session.connection()
    fids = list(fids)
    for chunk in _chunks(fids):
        related = connection.execute(
            select(RELATIONS.c.fid, RELATIONS.c.source_id, RELATIONS.c.target_id).where(
                RELATIONS.c.source_id.in_(chunk) | RELATIONS.c.target_id.in_(chunk)
            )
        ).all()
        for fid, source_id, target_id in related:
            line = _relation_line(project, source_id, target_id)
            connection.execute(update(RELATIONS).where(RELATIONS.c.fid == fid).values(geom=line))


def stakeholder_row(values: dict[str, Any]) -> dict[str, Any]:
    """A complete row for insertion: defaults filled in, `lon`/`lat` turned into the point geometry."""
    row = dict(values)
    lon, lat = row.pop("lon", None), row.pop("lat", None)
    if "geom" not in row:
        row["geom"] = Point(lon, lat) if lon is not None and lat is not None else None
    now = utc_now()
    row.setdefault("uuid", new_uuid())
    row.setdefault("kind", "enterprise")
    row.setdefault("created_at", now)
    row.setdefault("modified_at", now)
    unknown = set(row) - set(STAKEHOLDERS.c.keys())
    if unknown:
        raise ValueError(f"unknown stakeholder fields: {', '.join(sorted(unknown))}")
    return {name: row.get(name) for name in STAKEHOLDERS.c.keys() if name != "fid" or "fid" in row}


@dataclass
class AddStakeholders:
    """Add one or many stakeholders (an import is one AddStakeholders)."""

    rows: list[dict[str, Any]]
    label: str = ""
    tables: frozenset[str] = frozenset({"stakeholders"})
    added_fids: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.rows = [stakeholder_row(r) for r in self.rows]
        if not self.label:
            language = messages_language()
            count = len(self.rows)
            self.label = (
                tr("undo:add_named", "Add {name}", language, name=self.rows[0]["name"])
                if count == 1
                else tr_plural(
                    "undo:add_stakeholders",
                    "Add {count} stakeholder",
                    "Add {count} stakeholders",
                    count,
                    language,
                    count=count_text(count, language),
                )
            )

    def do(self, project: Project) -> None:
        if not self.added_fids:
            connection = project.session.connection()
            start = connection.exec_driver_sql("SELECT coalesce(max(fid), 0) FROM stakeholders").scalar()
            start = max(
                start,
                connection.exec_driver_sql(
                    "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'stakeholders'), 0)"
                ).scalar(),
            )
            self.added_fids = list(range(start + 1, start + 1 + len(self.rows)))
            self.rows = [{"fid": fid, **row} for fid, row in zip(self.added_fids, self.rows, strict=True)]
        _insert(project, STAKEHOLDERS, self.rows)

    def undo(self, project: Project) -> None:
        _delete(project, STAKEHOLDERS, STAKEHOLDERS.c.fid, self.added_fids)


@dataclass
class UpdateStakeholder:
    """Change fields of one stakeholder. `changes` maps field names to new values."""

    fid: int
    changes: dict[str, Any]
    label: str = ""
    tables: frozenset[str] = frozenset({"stakeholders"})
    _before: dict[str, Any] = field(default_factory=dict)

    def do(self, project: Project) -> None:
        connection = project.session.connection()
        columns = [STAKEHOLDERS.c[name] for name in self.changes] + [
            STAKEHOLDERS.c.modified_at,
            STAKEHOLDERS.c.name,
        ]
        current = connection.execute(select(*columns).where(STAKEHOLDERS.c.fid == self.fid)).one()._mapping
        self._before = {name: current[name] for name in (*self.changes, "modified_at")}
        if not self.label:
            self.label = tr("undo:edit_named", "Edit {name}", messages_language(), name=current["name"])
        connection.execute(
            update(STAKEHOLDERS)
            .where(STAKEHOLDERS.c.fid == self.fid)
            .values(**self.changes, modified_at=utc_now())
        )
        if "geom" in self.changes:
            _redraw_relations_of(project, [self.fid])

    def undo(self, project: Project) -> None:
        project.session.connection().execute(
            update(STAKEHOLDERS).where(STAKEHOLDERS.c.fid == self.fid).values(**self._before)
        )
        if "geom" in self.changes:
            _redraw_relations_of(project, [self.fid])


def move_stakeholder(fid: int, lon: float, lat: float, name: str) -> UpdateStakeholder:
    label = tr("undo:move_named", "Move {name}", messages_language(), name=name)
    command = UpdateStakeholder(fid, {"geom": Point(lon, lat)}, label=label)
    command.tables = frozenset({"stakeholders", "relations"})
    return command


# Each removes another table's references to stakeholders about to be deleted and returns the function
# that puts them back on undo; a table that refers to stakeholders adds its function here.
STAKEHOLDER_REFERENCE_HOOKS = [
    detach_plan_references, detach_governance_references, detach_capacity_references,
    detach_diagnostic_references,
]  # fmt: skip
STAKEHOLDER_REFERENCE_HOOKS.append(detach_survey_responses)


@dataclass
class DeleteStakeholders:
    """Delete stakeholders with their contact persons and relations; undo puts all of it back."""

    fids: list[int]
    label: str = ""
    tables: frozenset[str] = frozenset({"stakeholders", "relations", "contact_persons", "plan_tasks",
                                        "plan_task_responsibles", "plan_task_firms",
                                        "governance_members", "governance_bodies",
                                        "capacity_assessments", "capacity_scores",
                                        "capacity_targets",
                                        "survey_responses", "survey_answers",
                                        "diagnostic_item_stakeholders"})  # fmt: skip
    _stakeholders: list[dict] = field(default_factory=list)
    _contacts: list[dict] = field(default_factory=list)
    _relations: list[dict] = field(default_factory=list)
    _restore_references: list = field(default_factory=list)

    def do(self, project: Project) -> None:
        self._stakeholders = _rows(project, STAKEHOLDERS, STAKEHOLDERS.c.fid, self.fids)
        self._contacts = _rows(project, CONTACTS, CONTACTS.c.stakeholder_id, self.fids)
        by_source = _rows(project, RELATIONS, RELATIONS.c.source_id, self.fids)
        by_target = _rows(project, RELATIONS, RELATIONS.c.target_id, self.fids)
        self._relations = list({r["fid"]: r for r in by_source + by_target}.values())
        if not self.label:
            language = messages_language()
            count = len(self._stakeholders)
            self.label = (
                tr("undo:delete_named", "Delete {name}", language, name=self._stakeholders[0]["name"])
                if count == 1
                else tr_plural(
                    "undo:delete_stakeholders",
                    "Delete {count} stakeholder",
                    "Delete {count} stakeholders",
                    count,
                    language,
                    count=count_text(count, language),
                )
            )
        self._restore_references = [hook(project, self.fids) for hook in STAKEHOLDER_REFERENCE_HOOKS]
        _delete(project, RELATIONS, RELATIONS.c.fid, [r["fid"] for r in self._relations])
        _delete(project, CONTACTS, CONTACTS.c.fid, [r["fid"] for r in self._contacts])
        _delete(project, STAKEHOLDERS, STAKEHOLDERS.c.fid, self.fids)

    def undo(self, project: Project) -> None:
        _insert(project, STAKEHOLDERS, self._stakeholders)
        _insert(project, CONTACTS, self._contacts)
        _insert(project, RELATIONS, self._relations)
        for restore in reversed(self._restore_references):
            restore(project)


@dataclass
class AddRelations:
    rows: list[dict[str, Any]]
    label: str = ""
    tables: frozenset[str] = frozenset({"relations"})

    def __post_init__(self) -> None:
        for row in self.rows:
            row.setdefault("uuid", new_uuid())
        if not self.label:
            language = messages_language()
            count = len(self.rows)
            self.label = (
                tr("undo:add_relation", "Add relation", language)
                if count == 1
                else tr_plural(
                    "undo:add_relations",
                    "Add {count} relation",
                    "Add {count} relations",
                    count,
                    language,
                    count=count_text(count, language),
                )
            )

    def do(self, project: Project) -> None:
        connection = project.session.connection()
        for row in self.rows:
            row["geom"] = _relation_line(project, row["source_id"], row["target_id"])
            if "fid" not in row:
                row["fid"] = connection.execute(insert(RELATIONS).values(**row)).inserted_primary_key[0]
            else:
                connection.execute(insert(RELATIONS).values(**row))

    def undo(self, project: Project) -> None:
        _delete(project, RELATIONS, RELATIONS.c.fid, [r["fid"] for r in self.rows])


@dataclass
class DeleteRelations:
    fids: list[int]
    label: str = ""
    tables: frozenset[str] = frozenset({"relations"})
    _rows: list[dict] = field(default_factory=list)

    def do(self, project: Project) -> None:
        self._rows = _rows(project, RELATIONS, RELATIONS.c.fid, self.fids)
        if not self.label:
            language = messages_language()
            count = len(self.fids)
            self.label = (
                tr("undo:delete_relation", "Delete relation", language)
                if count == 1
                else tr_plural(
                    "undo:delete_relations",
                    "Delete {count} relation",
                    "Delete {count} relations",
                    count,
                    language,
                    count=count_text(count, language),
                )
            )
        _delete(project, RELATIONS, RELATIONS.c.fid, self.fids)

    def undo(self, project: Project) -> None:
        _insert(project, RELATIONS, self._rows)


def update_project_info(project: Project, changes: dict[str, Any], label: str = "") -> UpdateRow:
    label = label or tr("undo:edit_project_info", "Edit project details", messages_language())
    return UpdateRow(ProjectInfo.__table__, project.info().fid, changes, label)


@dataclass
class AddBoundary:
    name: str
    shape: Any  # shapely Polygon or MultiPolygon
    description: str | None = None
    label: str = ""
    tables: frozenset[str] = frozenset({"cluster_boundaries"})
    fid: int | None = None

    def do(self, project: Project) -> None:
        from shapely.geometry import MultiPolygon

        shape = MultiPolygon([self.shape]) if self.shape.geom_type == "Polygon" else self.shape
        self.label = self.label or tr(
            "undo:add_boundary", "Add boundary {name}", messages_language(), name=self.name
        )
        values = {"name": self.name, "geom": shape, "description": self.description, "uuid": new_uuid()}
        if self.fid is not None:
            values["fid"] = self.fid
        result = project.session.connection().execute(insert(BOUNDARIES).values(**values))
        self.fid = result.inserted_primary_key[0]

    def undo(self, project: Project) -> None:
        _delete(project, BOUNDARIES, BOUNDARIES.c.fid, [self.fid])


def encode_geometry(shape) -> bytes | None:
    """GeoPackage blob of a shapely geometry, for callers writing raw rows."""
    return geometry.encode(shape)
