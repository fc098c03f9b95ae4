"""Commands that change the governance structure. Each has a label and undoes exactly what it did.

Most edits add or remove a group of rows across the governance tables (a meeting with its attendance and
decisions, a body with its members and meetings), so two general commands carry them (InsertRows and
DeleteRows in core.governance_rows), keeping the rows with their fids and UUIDs for redo and undo.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select, update

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.commands import CommandGroup, UpdateRow
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.governance import (
    ATTENDANCE_STATUSES,
    BODY_TYPES,
    GENDERS,
    LEADERSHIP_LEVELS,
    MANUAL_PHASE_OUT_ITEMS,
    MEMBER_ROLES,
    TEAM_POSITIONS,
)
from clusterdesk.core.governance_rows import (
    ATTENDANCE,
    BODIES,
    CONTACTS,
    DECISIONS,
    MATURITY,
    MEETINGS,
    MEMBERS,
    PHASE_OUT,
    STAKEHOLDERS,
    DeleteRows,
    InsertRows,
    _connection,
    _one,
    _where_in,
)
from clusterdesk.core.model import new_uuid
from clusterdesk.core.vocabulary_labels import governance_label

if TYPE_CHECKING:
    from clusterdesk.core.project import Project


def _check_code(name: str, value: Any, codes: Mapping[str, str], optional: bool = False) -> None:
    if value is None and optional:
        return
    if value not in codes:
        message = tr(
            "governance:unknown_code",
            "{value} is not one of: {codes}",
            messages_language(),
            value=repr(value),
            codes=", ".join(codes),
        )
        raise ValidationError(name, message)


# -- bodies -------------------------------------------------------------------------------------------
def _check_body(project: Project, values: dict[str, Any], fid: int | None = None) -> None:
    if "name" in values and not str(values["name"] or "").strip():
        raise ValidationError("name", tr("governance:body_name", "a body needs a name", messages_language()))
    if "body_type" in values:
        _check_code("body_type", values["body_type"], BODY_TYPES)
    parent = values.get("parent_id")
    if parent is not None:
        parents = dict(_connection(project).execute(select(BODIES.c.fid, BODIES.c.parent_id)).all())
        if parent not in parents:
            message = tr(
                "governance:no_parent", "body {body} does not exist", messages_language(), body=parent
            )
            raise ValidationError("parent_id", message)
        step: int | None = parent
        while step is not None:  # walking up from the new parent must never reach the body itself
            if step == fid:
                message = tr(
                    "governance:parent_loop",
                    "a body cannot sit under itself or one of its own sub-bodies",
                    messages_language(),
                )
                raise ValidationError("parent_id", message)
            step = parents.get(step)
    start, end = values.get("established_on"), values.get("dissolved_on")
    if start and end and end < start:
        language = messages_language()
        name = values.get("name") or tr("governance:the_body", "the body", language)
        message = tr(
            "governance:dissolved_early", "{name}: dissolved before it was established", language, name=name
        )
        raise ValidationError("dissolved_on", message)


def add_body(project: Project, values: dict[str, Any]) -> InsertRows:
    row = {"body_type": "other", **values}
    _check_body(project, row)
    row["name"] = row["name"].strip()
    label = tr("undo:add_body", "Add body {name}", messages_language(), name=row["name"])
    return InsertRows({BODIES.name: [row]}, label=label)


def update_body(project: Project, fid: int, changes: dict[str, Any]) -> UpdateRow:
    current = _one(project, BODIES, fid, "body")
    _check_body(project, {**current, **changes}, fid)
    return UpdateRow(
        BODIES,
        fid,
        changes,
        label=tr("undo:edit_named", "Edit {name}", messages_language(), name=current["name"]),
    )


def _meeting_rows(project: Project, meeting_ids: Sequence[int]) -> dict[str, list[dict[str, Any]]]:
    return {
        MEETINGS.name: _where_in(project, MEETINGS, MEETINGS.c.fid, meeting_ids),
        ATTENDANCE.name: _where_in(project, ATTENDANCE, ATTENDANCE.c.meeting_id, meeting_ids),
        DECISIONS.name: _where_in(project, DECISIONS, DECISIONS.c.meeting_id, meeting_ids),
    }


def delete_body(project: Project, fid: int) -> DeleteRows:
    """Delete a body with its sub-bodies, members, meetings, attendance and decisions."""
    body = _one(project, BODIES, fid, "body")
    parents = dict(_connection(project).execute(select(BODIES.c.fid, BODIES.c.parent_id)).all())

    def collect(project: Project) -> dict[str, list[dict[str, Any]]]:
        family, frontier = [fid], [fid]
        while frontier:
            frontier = [child for child, parent in parents.items() if parent in frontier]
            family.extend(frontier)
        meeting_ids = [m["fid"] for m in _where_in(project, MEETINGS, MEETINGS.c.body_id, family)]
        members = _where_in(project, MEMBERS, MEMBERS.c.body_id, family)
        rows = _meeting_rows(project, meeting_ids)
        member_attendance = _where_in(
            project, ATTENDANCE, ATTENDANCE.c.member_id, [m["fid"] for m in members]
        )
        rows[ATTENDANCE.name] = list(
            {r["fid"]: r for r in rows[ATTENDANCE.name] + member_attendance}.values()
        )
        return {BODIES.name: _where_in(project, BODIES, BODIES.c.fid, family), MEMBERS.name: members, **rows}

    tables = frozenset(t.name for t in (BODIES, MEMBERS, MEETINGS, ATTENDANCE, DECISIONS))
    label = tr("undo:delete_body", "Delete body {name}", messages_language(), name=body["name"])
    return DeleteRows(collect, label=label, tables=tables)


# -- members ------------------------------------------------------------------------------------------
def _check_member(project: Project, row: dict[str, Any]) -> None:
    _check_code("role", row.get("role"), MEMBER_ROLES)
    _check_code("team_position", row.get("team_position"), TEAM_POSITIONS, optional=True)
    _check_code("gender", row.get("gender"), GENDERS, optional=True)
    if row.get("stakeholder_id") is None and not str(row.get("person_name") or "").strip():
        message = tr(
            "governance:member_who",
            "choose a stakeholder from the registry or type the person's name",
            messages_language(),
        )
        raise ValidationError("member", message)
    if row.get("contact_id") is not None:
        contact = _one(project, CONTACTS, row["contact_id"], "contact person")
        if row.get("stakeholder_id") is not None and contact["stakeholder_id"] != row["stakeholder_id"]:
            message = tr(
                "governance:contact_elsewhere",
                "{name} is not a contact person of the chosen stakeholder",
                messages_language(),
                name=contact["name"],
            )
            raise ValidationError("contact_id", message)
    start, end = row.get("term_start"), row.get("term_end")
    if start and end and end < start:
        raise ValidationError(
            "term_end", tr("governance:term_order", "the term ends before it starts", messages_language())
        )


def member_label(project: Project, row: dict[str, Any]) -> str:
    if row.get("contact_id") is not None:
        return _one(project, CONTACTS, row["contact_id"], "contact person")["name"]
    if row.get("person_name"):
        return row["person_name"]
    return _one(project, STAKEHOLDERS, row["stakeholder_id"], "stakeholder")["name"]


def member_row(project: Project, body_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """A complete member row: the gender from the contact person and the interest group from the
    stakeholder's kind unless given."""
    _one(project, BODIES, body_id, "body")
    row = {"role": "member", **values, "body_id": body_id}
    if row.get("contact_id") is not None:
        contact = _one(project, CONTACTS, row["contact_id"], "contact person")
        if row.get("stakeholder_id") is None:
            row["stakeholder_id"] = contact["stakeholder_id"]
        if row.get("gender") is None and contact["gender"] in GENDERS:
            row["gender"] = contact["gender"]
    _check_member(project, row)
    if row.get("stakeholder_id") is not None and not row.get("interest_group"):
        row["interest_group"] = _one(project, STAKEHOLDERS, row["stakeholder_id"], "stakeholder")["kind"]
    return row


def add_member(project: Project, body_id: int, values: dict[str, Any]) -> InsertRows:
    row = member_row(project, body_id, values)
    body = _one(project, BODIES, body_id, "body")
    label = tr(
        "undo:add_member",
        "Add {member} to {body}",
        messages_language(),
        member=member_label(project, row),
        body=body["name"],
    )
    return InsertRows({MEMBERS.name: [row]}, label=label)


def update_member(project: Project, fid: int, changes: dict[str, Any]) -> UpdateRow:
    current = _one(project, MEMBERS, fid, "member")
    _check_member(project, {**current, **changes})
    label = tr(
        "undo:edit_member", "Edit member {member}", messages_language(), member=member_label(project, current)
    )
    return UpdateRow(MEMBERS, fid, changes, label=label)


def remove_member(project: Project, fid: int) -> DeleteRows:
    current = _one(project, MEMBERS, fid, "member")
    body = _one(project, BODIES, current["body_id"], "body")

    def collect(project: Project) -> dict[str, list[dict[str, Any]]]:
        return {
            MEMBERS.name: _where_in(project, MEMBERS, MEMBERS.c.fid, [fid]),
            ATTENDANCE.name: _where_in(project, ATTENDANCE, ATTENDANCE.c.member_id, [fid]),
        }

    label = tr(
        "undo:remove_member",
        "Remove {member} from {body}",
        messages_language(),
        member=member_label(project, current),
        body=body["name"],
    )
    return DeleteRows(collect, label=label, tables=frozenset({MEMBERS.name, ATTENDANCE.name}))


# -- meetings and decisions ---------------------------------------------------------------------------
def record_meeting(
    project: Project,
    body_id: int,
    held_on: dt.date,
    attendance: Mapping[int, str],
    decisions: Sequence[str] = (),
    **details: Any,
) -> InsertRows:
    """A meeting of a body with its attendance (member fid -> present/apologies/absent) and decisions.
    `details` are place, agenda, guests, minutes and cda_present."""
    body = _one(project, BODIES, body_id, "body")
    unknown = set(details) - {"place", "agenda", "guests", "minutes", "cda_present"}
    if unknown:
        message = tr("governance:meeting_field", "not a field of a meeting", messages_language())
        raise ValidationError(", ".join(sorted(unknown)), message)
    if held_on is None:
        raise ValidationError(
            "held_on", tr("governance:meeting_date", "a meeting needs its date", messages_language())
        )
    members = {m["fid"] for m in _where_in(project, MEMBERS, MEMBERS.c.body_id, [body_id])}
    for member_id, status in attendance.items():
        _check_code("attendance", status, ATTENDANCE_STATUSES)
        if member_id not in members:
            message = tr(
                "governance:not_a_member",
                "member {member} is not a member of {body}",
                messages_language(),
                member=member_id,
                body=body["name"],
            )
            raise ValidationError("attendance", message)
    meeting = {"body_id": body_id, "held_on": held_on, "cda_present": True, **details}
    rows = {
        MEETINGS.name: [meeting],
        ATTENDANCE.name: [{"member_id": m, "status": s} for m, s in attendance.items()],
        DECISIONS.name: [{"text": t.strip(), "position": i} for i, t in enumerate(decisions) if t.strip()],
    }
    label = tr(
        "undo:record_meeting",
        "Record {body} meeting of {date}",
        messages_language(),
        body=body["name"],
        date=held_on.isoformat(),
    )
    return InsertRows(rows, label=label,
                      tables=frozenset(t.name for t in (MEETINGS, ATTENDANCE, DECISIONS)),
                      links=((ATTENDANCE.name, "meeting_id", MEETINGS.name),
                             (DECISIONS.name, "meeting_id", MEETINGS.name)))  # fmt: skip


def edit_meeting(
    project: Project,
    meeting_id: int,
    held_on: dt.date,
    attendance: Mapping[int, str],
    decisions: Sequence[str] = (),
    **details: Any,
) -> CommandGroup:
    """Correct a recorded meeting: its date and details, the whole attendance, and decisions to add (the
    ones already taken stay as they are). One undoable step."""
    meeting = _one(project, MEETINGS, meeting_id, "meeting")
    body = _one(project, BODIES, meeting["body_id"], "body")
    recorded = record_meeting(project, meeting["body_id"], held_on, attendance, decisions, **details)
    changes = {"held_on": held_on, **details}
    attendance_rows = [{**row, "meeting_id": meeting_id} for row in recorded.rows[ATTENDANCE.name]]
    positions = [d["position"] for d in _where_in(project, DECISIONS, DECISIONS.c.meeting_id, [meeting_id])]
    first = max(positions, default=-1) + 1
    new_decisions = [
        {**row, "meeting_id": meeting_id, "position": first + i}
        for i, row in enumerate(recorded.rows[DECISIONS.name])
    ]
    commands = [
        UpdateRow(MEETINGS, meeting_id, changes, label=""),
        ReplaceAttendance(meeting_id, attendance_rows),
    ]
    if new_decisions:
        commands.append(InsertRows({DECISIONS.name: new_decisions}, label=""))
    label = tr(
        "undo:edit_meeting",
        "Edit {body} meeting of {date}",
        messages_language(),
        body=body["name"],
        date=meeting["held_on"].isoformat(),
    )
    return CommandGroup(commands, label=label)


@dataclass
class ReplaceAttendance:
    meeting_id: int
    rows: list[dict[str, Any]]
    label: str = ""
    tables: frozenset[str] = frozenset({"governance_attendance"})
    _before: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.label = self.label or tr("undo:change_attendance", "Change attendance", messages_language())

    def do(self, project: Project) -> None:
        connection = _connection(project)
        self._before = _where_in(project, ATTENDANCE, ATTENDANCE.c.meeting_id, [self.meeting_id])
        connection.execute(delete(ATTENDANCE).where(ATTENDANCE.c.meeting_id == self.meeting_id))
        for row in self.rows:
            row.setdefault("uuid", new_uuid())
            row["fid"] = connection.execute(insert(ATTENDANCE).values(**row)).inserted_primary_key[0]

    def undo(self, project: Project) -> None:
        connection = _connection(project)
        connection.execute(delete(ATTENDANCE).where(ATTENDANCE.c.meeting_id == self.meeting_id))
        for row in self._before:
            connection.execute(insert(ATTENDANCE).values(**row))


def delete_meeting(project: Project, meeting_id: int) -> DeleteRows:
    meeting = _one(project, MEETINGS, meeting_id, "meeting")
    body = _one(project, BODIES, meeting["body_id"], "body")
    label = tr(
        "undo:delete_meeting",
        "Delete {body} meeting of {date}",
        messages_language(),
        body=body["name"],
        date=meeting["held_on"].isoformat(),
    )
    return DeleteRows(lambda p: _meeting_rows(p, [meeting_id]), label=label,
                      tables=frozenset(t.name for t in (MEETINGS, ATTENDANCE, DECISIONS)))  # fmt: skip


def add_decision(project: Project, meeting_id: int, text: str) -> InsertRows:
    _one(project, MEETINGS, meeting_id, "meeting")
    if not text.strip():
        raise ValidationError(
            "decision", tr("governance:decision_text", "a decision needs its text", messages_language())
        )
    positions = [d["position"] for d in _where_in(project, DECISIONS, DECISIONS.c.meeting_id, [meeting_id])]
    row = {"meeting_id": meeting_id, "text": text.strip(), "position": max(positions, default=-1) + 1}
    label = tr("undo:add_decision", "Add decision {text}", messages_language(), text=_short(text))
    return InsertRows({DECISIONS.name: [row]}, label=label)


def _short(text: str, length: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


@dataclass
class CreateTaskFromDecision:
    """Turn a decision into an action-plan task and link the two: the task's description names the
    meeting, the decision keeps the task's UUID."""

    decision_id: int
    task_values: dict[str, Any] = field(default_factory=dict)
    label: str = ""
    tables: frozenset[str] = frozenset({"governance_decisions", "plan_tasks"})
    _add_task: Any = None

    def do(self, project: Project) -> None:
        from clusterdesk.core.plan_edits import AddTask

        decision = _one(project, DECISIONS, self.decision_id, "decision")
        if self._add_task is None:
            if decision["task_uuid"] is not None:
                message = tr(
                    "governance:decision_has_task",
                    "“{text}” already has a task in the plan",
                    messages_language(),
                    text=_short(decision["text"]),
                )
                raise ValidationError("decision", message)
            meeting = _one(project, MEETINGS, decision["meeting_id"], "meeting")
            body = _one(project, BODIES, meeting["body_id"], "body")
            values = {
                "name": _short(decision["text"], 80),
                "description": f"Decided by {body['name']} on {meeting['held_on']}: {decision['text']}",
                "start": meeting["held_on"] + dt.timedelta(days=7),
                "duration_days": 20,
                **self.task_values,
            }
            values.setdefault("uuid", new_uuid())
            self._add_task = AddTask(values)
            self.label = self.label or tr(
                "undo:task_from_decision",
                "Create task from decision {text}",
                messages_language(),
                text=_short(decision["text"]),
            )
        self._add_task.do(project)
        link = update(DECISIONS).where(DECISIONS.c.fid == self.decision_id)
        _connection(project).execute(link.values(task_uuid=self._add_task.values["uuid"]))

    def undo(self, project: Project) -> None:
        link = update(DECISIONS).where(DECISIONS.c.fid == self.decision_id)
        _connection(project).execute(link.values(task_uuid=None))
        self._add_task.undo(project)

    @property
    def task_id(self) -> int | None:
        return None if self._add_task is None else self._add_task.fid


# -- maturity and phase-out ---------------------------------------------------------------------------
def record_maturity(
    project: Project, period_start: dt.date, leadership: str, period_end: dt.date | None = None,
    notes: str | None = None,
) -> InsertRows | UpdateRow:  # fmt: skip
    """Record who led joint actions in a period; recording the same period again replaces it."""
    _check_code("leadership", leadership, LEADERSHIP_LEVELS)
    if period_end is not None and period_end < period_start:
        raise ValidationError(
            "period_end",
            tr("governance:period_order", "the period ends before it starts", messages_language()),
        )
    values = {
        "period_start": period_start,
        "period_end": period_end,
        "leadership": leadership,
        "notes": notes,
    }
    language = messages_language()
    label = tr(
        "undo:record_maturity",
        "Governance maturity from {date}: {leadership}",
        language,
        date=period_start.isoformat(),
        leadership=governance_label(leadership, LEADERSHIP_LEVELS[leadership], language),
    )
    existing = _connection(project).execute(
        select(MATURITY.c.fid).where(MATURITY.c.period_start == period_start)
    )
    fid = existing.scalar()
    if fid is not None:
        return UpdateRow(MATURITY, fid, values, label=label)
    return InsertRows({MATURITY.name: [values]}, label=label)


def set_phase_out_item(
    project: Project, item: str, done: bool, done_on: dt.date | None = None, notes: str | None = None
) -> InsertRows | UpdateRow:
    _check_code("item", item, MANUAL_PHASE_OUT_ITEMS)
    values = {"done": done, "done_on": done_on if done else None, "notes": notes}
    language = messages_language()
    text = _short(governance_label(item, MANUAL_PHASE_OUT_ITEMS[item], language))
    label = (
        tr("undo:tick_item", "Tick “{item}”", language, item=text)
        if done
        else tr("undo:untick_item", "Untick “{item}”", language, item=text)
    )
    fid = _connection(project).execute(select(PHASE_OUT.c.fid).where(PHASE_OUT.c.item == item)).scalar()
    if fid is not None:
        return UpdateRow(PHASE_OUT, fid, values, label=label)
    return InsertRows({PHASE_OUT.name: [{"item": item, **values}]}, label=label)


# -- references from the registry --------------------------------------------------------------------
def detach_stakeholders(project: Project, fids: Sequence[int]) -> Callable[[Project], None]:
    """Before stakeholders are deleted: their members keep the person's name without the registry link,
    and bodies they led lose the lead institution. Returns the function that restores both on undo."""
    connection = _connection(project)
    contact_names = {
        c["fid"]: c["name"] for c in _where_in(project, CONTACTS, CONTACTS.c.stakeholder_id, fids)
    }
    names = {s["fid"]: s["name"] for s in _where_in(project, STAKEHOLDERS, STAKEHOLDERS.c.fid, fids)}
    by_stakeholder = _where_in(project, MEMBERS, MEMBERS.c.stakeholder_id, fids)
    by_contact = _where_in(project, MEMBERS, MEMBERS.c.contact_id, contact_names)
    members = list({m["fid"]: m for m in by_stakeholder + by_contact}.values())
    led = _where_in(project, BODIES, BODIES.c.lead_stakeholder_id, fids)
    for member in members:
        name = (
            member["person_name"]
            or contact_names.get(member["contact_id"])
            or names.get(member["stakeholder_id"])
        )
        stakeholder = None if member["stakeholder_id"] in names else member["stakeholder_id"]
        detached = {"stakeholder_id": stakeholder, "contact_id": None, "person_name": name}
        connection.execute(update(MEMBERS).where(MEMBERS.c.fid == member["fid"]).values(**detached))
    for body in led:
        connection.execute(update(BODIES).where(BODIES.c.fid == body["fid"]).values(lead_stakeholder_id=None))

    def restore(project: Project) -> None:
        connection = _connection(project)
        for member in members:
            connection.execute(update(MEMBERS).where(MEMBERS.c.fid == member["fid"]).values(
                stakeholder_id=member["stakeholder_id"], contact_id=member["contact_id"],
                person_name=member["person_name"]))  # fmt: skip
        for body in led:
            connection.execute(update(BODIES).where(BODIES.c.fid == body["fid"])
                               .values(lead_stakeholder_id=body["lead_stakeholder_id"]))  # fmt: skip

    return restore


def repoint_stakeholders(project: Project, merged: Sequence[int], survivor: int) -> Callable[[Project], None]:
    """When duplicates merge: their seats in bodies and the bodies they lead pass to the survivor (contact
    persons have already moved with it). Returns the function that moves them back on undo."""
    connection = _connection(project)
    seats = _where_in(project, MEMBERS, MEMBERS.c.stakeholder_id, merged)
    led = _where_in(project, BODIES, BODIES.c.lead_stakeholder_id, merged)
    for table, column, rows in ((MEMBERS, "stakeholder_id", seats), (BODIES, "lead_stakeholder_id", led)):
        if rows:
            fids = [r["fid"] for r in rows]
            connection.execute(update(table).where(table.c.fid.in_(fids)).values({column: survivor}))

    def restore(project: Project) -> None:
        connection = _connection(project)
        for table, column, rows in ((MEMBERS, "stakeholder_id", seats), (BODIES, "lead_stakeholder_id", led)):
            for row in rows:
                connection.execute(
                    update(table).where(table.c.fid == row["fid"]).values({column: row[column]})
                )

    return restore
