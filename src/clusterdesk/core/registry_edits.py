"""Commands of the stakeholder registry that touch many rows at once: bulk edit and merge.

Both work on plain rows through SQLAlchemy Core, remember exactly what they changed and put it back on
undo, so a bulk edit of ten thousand rows or a merge that re-points a hundred relations is one step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, insert, select, update

from clusterdesk.core.catalogue import count_text, messages_language, tr, tr_plural
from clusterdesk.core.column_types import utc_now
from clusterdesk.core.diagnostic_edits import repoint_stakeholders as repoint_diagnostic_references
from clusterdesk.core.edits import (
    CONTACTS,
    RELATIONS,
    STAKEHOLDER_REFERENCE_HOOKS,
    STAKEHOLDERS,
    _chunks,
    _delete,
    _insert,
    _redraw_relations_of,
    _rows,
)
from clusterdesk.core.governance_edits import repoint_stakeholders as repoint_governance_references
from clusterdesk.core.model import TAG_SEPARATOR, new_uuid
from clusterdesk.core.plan_edits import FIRMS, RESPONSIBLES, TASKS
from clusterdesk.core.survey_edits import repoint_stakeholders as repoint_survey_responses

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

BULK_FIELDS = ("kind", "admin_area", "sector_code")
MERGE_TABLES = frozenset({"stakeholders", "relations", "contact_persons", "plan_tasks",
                          "plan_task_responsibles", "plan_task_firms", "governance_members",
                          "governance_bodies", "diagnostic_item_stakeholders"})  # fmt: skip
MERGE_TABLES |= {"survey_responses", "survey_answers"}


def split_tags(text: str | None) -> list[str]:
    return [t.strip() for t in (text or "").split(";") if t.strip()]


def join_tags(tags: Sequence[str]) -> str | None:
    return TAG_SEPARATOR.join(tags) if tags else None


def _edited_tags(current: str | None, add: Sequence[str], remove: Sequence[str]) -> str | None:
    removed = {t.casefold() for t in remove}
    tags = [t for t in split_tags(current) if t.casefold() not in removed]
    present = {t.casefold() for t in tags}
    for tag in add:
        if tag.casefold() not in present:
            tags.append(tag)
            present.add(tag.casefold())
    return join_tags(tags)


@dataclass
class BulkEditStakeholders:
    """Set kind, admin area or sector on many stakeholders, and add or remove tags, in one step."""

    fids: list[int]
    changes: dict[str, Any] = field(default_factory=dict)  # among BULK_FIELDS; None clears the field
    add_tags: list[str] = field(default_factory=list)
    remove_tags: list[str] = field(default_factory=list)
    label: str = ""
    tables: frozenset[str] = frozenset({"stakeholders"})
    _before: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        unknown = set(self.changes) - set(BULK_FIELDS)
        if unknown:
            raise ValueError(f"bulk edit cannot change {', '.join(sorted(unknown))}")
        if not self.label:
            language = messages_language()
            self.label = tr_plural(
                "undo:edit_stakeholders",
                "Edit {count} stakeholder",
                "Edit {count} stakeholders",
                len(self.fids),
                language,
                count=count_text(len(self.fids), language),
            )

    def do(self, project: Project) -> None:
        columns = ("fid", *BULK_FIELDS, "tags", "modified_at")
        rows = _rows(project, STAKEHOLDERS, STAKEHOLDERS.c.fid, self.fids)
        self._before = [{name: row[name] for name in columns} for row in rows]
        now = utc_now()
        after = []
        for row in self._before:
            values = {**{name: row[name] for name in BULK_FIELDS}, **self.changes}
            values["tags"] = _edited_tags(row["tags"], self.add_tags, self.remove_tags)
            after.append({"key": row["fid"], **values, "modified_at": now})
        _update_many(project, after, (*BULK_FIELDS, "tags", "modified_at"))

    def undo(self, project: Project) -> None:
        rows = [{"key": row["fid"], **{k: v for k, v in row.items() if k != "fid"}} for row in self._before]
        _update_many(project, rows, (*BULK_FIELDS, "tags", "modified_at"))


def _update_many(project: Project, rows: list[dict[str, Any]], names: Sequence[str]) -> None:
    if not rows:
        return
    statement = (
        update(STAKEHOLDERS)
        .where(STAKEHOLDERS.c.fid == bindparam("key"))
        .values({name: bindparam(name) for name in names})
    )
    connection = project.session.connection()
    for chunk in _chunks(rows, 5000):
        connection.execute(statement, list(chunk))


# -- merging -----------------------------------------------------------------------------------------
# Each moves another table's references from the merged-away stakeholders to the survivor and returns
# the function that moves them back on undo. A table that refers to stakeholders adds its function here
# (and one to clusterdesk.core.edits.STAKEHOLDER_REFERENCE_HOOKS for deletes).
MergeHook = Callable[["Project", Sequence[int], int], Callable[["Project"], None]]


def repoint_plan_references(
    project: Project, merged: Sequence[int], survivor: int
) -> Callable[[Project], None]:
    """Responsible and participating stakeholders of plan tasks move to the survivor; where the survivor is
    already on a task, the merged-away stakeholder's row goes (a task lists a stakeholder once)."""
    connection = project.session.connection()
    undo_steps: list[tuple] = []
    for table in (RESPONSIBLES, FIRMS):
        rows = _rows(project, table, table.c.stakeholder_id, merged)
        if not rows:
            continue
        taken = {
            r[0]
            for r in connection.execute(select(table.c.task_id).where(table.c.stakeholder_id == survivor))
        }
        moved, dropped = [], []
        for row in sorted(rows, key=lambda r: r["fid"]):
            if row["task_id"] in taken:
                dropped.append(row)
            else:
                moved.append(row)
                taken.add(row["task_id"])
        _delete(project, table, table.c.fid, [r["fid"] for r in dropped])
        for row in moved:
            connection.execute(update(table).where(table.c.fid == row["fid"]).values(stakeholder_id=survivor))
        undo_steps.append((table, moved, dropped))

    def restore(project: Project) -> None:
        connection = project.session.connection()
        for table, moved, dropped in undo_steps:
            for row in moved:
                connection.execute(
                    update(table)
                    .where(table.c.fid == row["fid"])
                    .values(stakeholder_id=row["stakeholder_id"])
                )
            _insert(project, table, dropped)

    return restore


STAKEHOLDER_MERGE_HOOKS: list[MergeHook] = [
    repoint_plan_references, repoint_governance_references, repoint_diagnostic_references,
]  # fmt: skip
STAKEHOLDER_MERGE_HOOKS.append(repoint_survey_responses)


@dataclass
class MergeStakeholders:
    """Merge duplicates into one survivor: it takes the chosen `values`, inherits the contact persons,
    relations and every other reference of the others, and the others are deleted.

    Relations between the survivor and a merged-away stakeholder would tie the survivor to itself, so
    they go; undo restores everything as it was.
    """

    survivor: int
    merged: list[int]
    values: dict[str, Any] = field(default_factory=dict)  # the surviving value per field
    label: str = ""
    tables: frozenset[str] = MERGE_TABLES
    _survivor_before: dict[str, Any] = field(default_factory=dict)
    _merged_rows: list[dict] = field(default_factory=list)
    _relations: list[dict] = field(default_factory=list)
    _contacts: list[dict] = field(default_factory=list)
    _restore: list = field(default_factory=list)

    def __post_init__(self) -> None:
        self.merged = [int(f) for f in self.merged if int(f) != int(self.survivor)]
        if not self.merged:
            raise ValueError("choose at least one other stakeholder to merge into the survivor")

    def do(self, project: Project) -> None:
        connection = project.session.connection()
        survivor_row = _rows(project, STAKEHOLDERS, STAKEHOLDERS.c.fid, [self.survivor])[0]
        self._survivor_before = {k: survivor_row[k] for k in (*self.values, "modified_at")}
        self._merged_rows = _rows(project, STAKEHOLDERS, STAKEHOLDERS.c.fid, self.merged)
        if not self.label:
            language = messages_language()
            count = len(self.merged) + 1
            self.label = tr_plural(
                "undo:merge_stakeholders",
                "Merge {count} stakeholder into {name}",
                "Merge {count} stakeholders into {name}",
                count,
                language,
                count=count_text(count, language),
                name=self.values.get("name") or survivor_row["name"],
            )
        by_source = _rows(project, RELATIONS, RELATIONS.c.source_id, self.merged)
        by_target = _rows(project, RELATIONS, RELATIONS.c.target_id, self.merged)
        self._relations = list({r["fid"]: r for r in by_source + by_target}.values())
        self._contacts = _rows(project, CONTACTS, CONTACTS.c.stakeholder_id, self.merged)

        connection.execute(
            update(STAKEHOLDERS)
            .where(STAKEHOLDERS.c.fid == self.survivor)
            .values(**self.values, modified_at=utc_now())
        )
        gone = set(self.merged)
        new_end = {fid: self.survivor if fid in gone else fid for r in self._relations
                   for fid in (r["source_id"], r["target_id"])}  # fmt: skip
        self_ties = [r["fid"] for r in self._relations if new_end[r["source_id"]] == new_end[r["target_id"]]]
        _delete(project, RELATIONS, RELATIONS.c.fid, self_ties)
        for column in (RELATIONS.c.source_id, RELATIONS.c.target_id):
            for chunk in _chunks(self.merged):
                connection.execute(
                    update(RELATIONS).where(column.in_(chunk)).values({column.name: self.survivor})
                )
        for chunk in _chunks(self.merged):
            connection.execute(
                update(CONTACTS)
                .where(CONTACTS.c.stakeholder_id.in_(chunk))
                .values(stakeholder_id=self.survivor)
            )
        self._restore = [hook(project, self.merged, self.survivor) for hook in STAKEHOLDER_MERGE_HOOKS]
        # Anything a merge hook does not know how to move is detached as a delete would
        self._restore += [hook(project, self.merged) for hook in STAKEHOLDER_REFERENCE_HOOKS]
        _delete(project, STAKEHOLDERS, STAKEHOLDERS.c.fid, self.merged)
        _redraw_relations_of(project, [self.survivor])

    def undo(self, project: Project) -> None:
        connection = project.session.connection()
        _insert(project, STAKEHOLDERS, self._merged_rows)
        for restore in reversed(self._restore):
            restore(project)
        for contact in self._contacts:
            connection.execute(
                update(CONTACTS)
                .where(CONTACTS.c.fid == contact["fid"])
                .values(stakeholder_id=contact["stakeholder_id"])
            )
        _delete(project, RELATIONS, RELATIONS.c.fid, [r["fid"] for r in self._relations])
        if self._relations:
            connection.execute(insert(RELATIONS), self._relations)
        connection.execute(
            update(STAKEHOLDERS).where(STAKEHOLDERS.c.fid == self.survivor).values(**self._survivor_before)
        )
        # geometries of the restored relations were saved with the rows; only the survivor's may have moved
        _redraw_relations_of(project, [self.survivor])


def references_of(project: Project, fids: Sequence[int]) -> dict[str, int]:
    """How many rows elsewhere refer to these stakeholders, for a delete confirmation that names them."""
    counts = {"relations": 0, "contact persons": 0, "plan responsibilities": 0, "plan participations": 0}
    if not fids:
        return counts
    connection = project.session.connection()
    relation_fids: set[int] = set()
    for chunk in _chunks(list(fids)):
        touching = RELATIONS.c.source_id.in_(chunk) | RELATIONS.c.target_id.in_(chunk)
        relation_fids.update(r[0] for r in connection.execute(select(RELATIONS.c.fid).where(touching)))
        for name, table in (("contact persons", CONTACTS), ("plan responsibilities", RESPONSIBLES),
                            ("plan participations", FIRMS)):  # fmt: skip
            query = select(func.count()).select_from(table).where(table.c.stakeholder_id.in_(chunk))
            counts[name] += connection.execute(query).scalar()
    counts["relations"] = len(relation_fids)
    return counts


CONTACT_FIELDS = ("name", "role", "gender", "phone", "email")


@dataclass
class EditStakeholderDetails:
    """What the detail form saves in one step: changed fields and the list of contact persons.

    `contacts` is the full new list; an entry with a 'fid' updates that contact, one without is added,
    and contacts left out are removed (a plan task naming one as its CDA contact keeps the task, not the
    contact, and gets it back on undo).
    """

    fid: int
    changes: dict[str, Any]
    contacts: list[dict[str, Any]] | None = None  # None leaves the contacts alone
    label: str = ""
    tables: frozenset[str] = frozenset({"stakeholders", "relations", "contact_persons", "plan_tasks"})
    _before: dict[str, Any] = field(default_factory=dict)
    _old_contacts: list[dict] = field(default_factory=list)
    _added: list[int] = field(default_factory=list)
    _cda: list[tuple[int, int]] = field(default_factory=list)

    def do(self, project: Project) -> None:
        connection = project.session.connection()
        current = _rows(project, STAKEHOLDERS, STAKEHOLDERS.c.fid, [self.fid])[0]
        self.label = self.label or tr(
            "undo:edit_named",
            "Edit {name}",
            messages_language(),
            name=self.changes.get("name") or current["name"],
        )
        self._before = {name: current[name] for name in (*self.changes, "modified_at")}
        connection.execute(
            update(STAKEHOLDERS)
            .where(STAKEHOLDERS.c.fid == self.fid)
            .values(**self.changes, modified_at=utc_now())
        )
        if "geom" in self.changes:
            _redraw_relations_of(project, [self.fid])
        if self.contacts is None:
            return
        self._old_contacts = _rows(project, CONTACTS, CONTACTS.c.stakeholder_id, [self.fid])
        kept = {c["fid"] for c in self.contacts if c.get("fid")}
        removed = [c["fid"] for c in self._old_contacts if c["fid"] not in kept]
        self._cda = [
            (r[0], r[1])
            for chunk in _chunks(removed)
            for r in connection.execute(
                select(TASKS.c.fid, TASKS.c.cda_contact_id).where(TASKS.c.cda_contact_id.in_(chunk))
            )
        ]
        for task_fid, _contact in self._cda:
            connection.execute(update(TASKS).where(TASKS.c.fid == task_fid).values(cda_contact_id=None))
        _delete(project, CONTACTS, CONTACTS.c.fid, removed)
        self._added = []
        for contact in self.contacts:
            values = {name: contact.get(name) for name in CONTACT_FIELDS}
            if contact.get("fid"):
                connection.execute(update(CONTACTS).where(CONTACTS.c.fid == contact["fid"]).values(**values))
            else:
                contact.setdefault("uuid", new_uuid())
                row = {**values, "uuid": contact["uuid"], "stakeholder_id": self.fid}
                if contact.get("_added_fid"):
                    row["fid"] = contact["_added_fid"]  # redo puts the same contact back
                added = connection.execute(insert(CONTACTS).values(**row)).inserted_primary_key[0]
                contact["_added_fid"] = added
                self._added.append(added)

    def undo(self, project: Project) -> None:
        connection = project.session.connection()
        if self.contacts is not None:
            _delete(project, CONTACTS, CONTACTS.c.fid, self._added)
            for contact in self._old_contacts:
                connection.execute(update(CONTACTS).where(CONTACTS.c.fid == contact["fid"]).values(**contact))
            present = {
                r[0]
                for r in connection.execute(
                    select(CONTACTS.c.fid).where(CONTACTS.c.stakeholder_id == self.fid)
                )
            }
            _insert(project, CONTACTS, [c for c in self._old_contacts if c["fid"] not in present])
            for task_fid, contact_fid in self._cda:
                connection.execute(
                    update(TASKS).where(TASKS.c.fid == task_fid).values(cda_contact_id=contact_fid)
                )
        connection.execute(update(STAKEHOLDERS).where(STAKEHOLDERS.c.fid == self.fid).values(**self._before))
        if "geom" in self.changes:
            _redraw_relations_of(project, [self.fid])
