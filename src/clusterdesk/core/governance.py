"""The cluster's governance structure as GeoPackage attributes tables.

Bodies (steering committee, cluster commission, project team, working groups, networks, associations)
form a tree through `parent_id`. Members are drawn from the registry: a stakeholder and, where known, its
contact person; a member whose stakeholder was deleted keeps its name in `person_name` so attendance
history still reads. Meetings record attendance per member and their decisions; a decision that became
an action-plan task refers to it by the task's UUID, because tasks can be deleted by the plan without
knowing about governance, and a dangling UUID is harmless where a dangling foreign key is not.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import BOOLEAN, INTEGER, TEXT, CheckConstraint, ForeignKey, UniqueConstraint, select
from sqlalchemy.orm import Mapped, mapped_column

from clusterdesk.core.column_types import Date
from clusterdesk.core.model import (
    TABLE_TITLES,
    Base,
    ContactPerson,
    FidAndUuid,
    Stakeholder,
    _in_list,
)

BODY_TYPES: dict[str, str] = {
    "steering_committee": "Steering Committee",
    "cluster_commission": "Cluster Commission",
    "project_team": "Project team",
    "working_group": "Working group",
    "enterprise_network": "Enterprise network",
    "association": "Association",
    "other": "Other",
}

MEMBER_ROLES: dict[str, str] = {
    "chair": "Chair",
    "vice_chair": "Vice-chair",
    "secretary": "Secretary",
    "member": "Member",
    "observer": "Observer",
}

# Positions in the project team; the CDA's presence at meetings tells whether local bodies run alone.
TEAM_POSITIONS: dict[str, str] = {
    "project_coordinator": "Project Coordinator",
    "cda": "Cluster Development Agent",
    "specialist_consultant": "Specialist consultant",
}

GENDERS: dict[str, str] = {"female": "Female", "male": "Male", "other": "Other"}

ATTENDANCE_STATUSES: dict[str, str] = {"present": "Present", "apologies": "Apologies", "absent": "Absent"}

LEADERSHIP_LEVELS: dict[str, str] = {
    "cda_led": "CDA-led",
    "shared": "Shared",
    "locally_owned": "Locally owned",
}

# Checklist items for the CDA's withdrawal that only people can tick; the others are computed.
MANUAL_PHASE_OUT_ITEMS: dict[str, str] = {
    "tools_handed_over": "Tools (registry, action plan, monitoring) handed over to a local institution",
    "methods_handed_over": "Methods (diagnostic, action planning, facilitation) handed over and practised",
    "funding_secured": "Funding for the bodies' secretariat secured after the project",
}

GOVERNANCE_TABLE_TITLES: dict[str, str] = {
    "governance_bodies": "Governance bodies",
    "governance_members": "Governance body members",
    "governance_meetings": "Governance meetings",
    "governance_attendance": "Governance meeting attendance",
    "governance_decisions": "Governance meeting decisions",
    "governance_maturity": "Governance maturity by period",
    "governance_phase_out_items": "Phase-out readiness checklist",
}
GOVERNANCE_TABLES = tuple(GOVERNANCE_TABLE_TITLES)  # derived: a table titled is a table watched


class GovernanceBody(FidAndUuid, Base):
    __tablename__ = "governance_bodies"
    __table_args__ = (
        CheckConstraint(_in_list("body_type", BODY_TYPES), name="ck_body_type"),
        CheckConstraint("parent_id IS NULL OR parent_id <> fid", name="ck_body_not_own_parent"),
        {"sqlite_autoincrement": True},
    )
    name: Mapped[str] = mapped_column(TEXT)
    body_type: Mapped[str] = mapped_column(TEXT, default="other")
    purpose: Mapped[str | None] = mapped_column(TEXT)
    parent_id: Mapped[int | None] = mapped_column(INTEGER, ForeignKey("governance_bodies.fid"), index=True)
    # the institution that hosts or leads the body, named so it can carry on after the project
    lead_stakeholder_id: Mapped[int | None] = mapped_column(INTEGER, ForeignKey("stakeholders.fid"))
    established_on: Mapped[dt.date | None] = mapped_column(Date)
    dissolved_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(TEXT)


class GovernanceMember(FidAndUuid, Base):
    __tablename__ = "governance_members"
    __table_args__ = (
        CheckConstraint(_in_list("role", MEMBER_ROLES), name="ck_member_role"),
        CheckConstraint(
            "team_position IS NULL OR " + _in_list("team_position", TEAM_POSITIONS),
            name="ck_member_team_position",
        ),  # fmt: skip
        CheckConstraint("gender IS NULL OR " + _in_list("gender", GENDERS), name="ck_member_gender"),
        CheckConstraint("stakeholder_id IS NOT NULL OR person_name IS NOT NULL", name="ck_member_who"),
        {"sqlite_autoincrement": True},
    )
    body_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("governance_bodies.fid"), index=True)
    stakeholder_id: Mapped[int | None] = mapped_column(INTEGER, ForeignKey("stakeholders.fid"), index=True)
    contact_id: Mapped[int | None] = mapped_column(INTEGER, ForeignKey("contact_persons.fid"), index=True)
    person_name: Mapped[str | None] = mapped_column(TEXT)  # when no contact person is on record
    role: Mapped[str] = mapped_column(TEXT, default="member")
    team_position: Mapped[str | None] = mapped_column(TEXT)
    interest_group: Mapped[str | None] = mapped_column(TEXT)
    gender: Mapped[str | None] = mapped_column(TEXT)
    term_start: Mapped[dt.date | None] = mapped_column(Date)
    term_end: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(TEXT)


class GovernanceMeeting(FidAndUuid, Base):
    __tablename__ = "governance_meetings"
    __table_args__ = ({"sqlite_autoincrement": True},)
    body_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("governance_bodies.fid"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(TEXT)
    agenda: Mapped[str | None] = mapped_column(TEXT)
    guests: Mapped[str | None] = mapped_column(TEXT)  # "name; name"
    minutes: Mapped[str | None] = mapped_column(TEXT)
    cda_present: Mapped[bool] = mapped_column(BOOLEAN, default=True)


class GovernanceAttendance(FidAndUuid, Base):
    __tablename__ = "governance_attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "member_id"),
        CheckConstraint(_in_list("status", ATTENDANCE_STATUSES), name="ck_attendance_status"),
        {"sqlite_autoincrement": True},
    )
    meeting_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("governance_meetings.fid"), index=True)
    member_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("governance_members.fid"), index=True)
    status: Mapped[str] = mapped_column(TEXT, default="present")


class GovernanceDecision(FidAndUuid, Base):
    __tablename__ = "governance_decisions"
    __table_args__ = ({"sqlite_autoincrement": True},)
    meeting_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("governance_meetings.fid"), index=True)
    position: Mapped[int] = mapped_column(INTEGER, default=0)
    text: Mapped[str] = mapped_column(TEXT)
    task_uuid: Mapped[str | None] = mapped_column(TEXT, index=True)  # the action-plan task it created


class GovernanceMaturity(FidAndUuid, Base):
    """Who led the cluster's joint actions during a period."""

    __tablename__ = "governance_maturity"
    __table_args__ = (
        CheckConstraint(_in_list("leadership", LEADERSHIP_LEVELS), name="ck_maturity_leadership"),
        {"sqlite_autoincrement": True},
    )
    period_start: Mapped[dt.date] = mapped_column(Date, unique=True)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    leadership: Mapped[str] = mapped_column(TEXT)
    notes: Mapped[str | None] = mapped_column(TEXT)


class GovernancePhaseOutItem(FidAndUuid, Base):
    """A ticked (or not yet ticked) manual item of the phase-out checklist."""

    __tablename__ = "governance_phase_out_items"
    __table_args__ = ({"sqlite_autoincrement": True},)
    item: Mapped[str] = mapped_column(TEXT, unique=True)  # a MANUAL_PHASE_OUT_ITEMS code
    done: Mapped[bool] = mapped_column(BOOLEAN, default=False)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(TEXT)


@dataclass
class GovernanceData:
    """Every governance row of a project as plain dictionaries, plus what the checks need from the
    registry and the plan; the analysis functions work on this without a database."""

    bodies: list[dict[str, Any]] = field(default_factory=list)
    members: list[dict[str, Any]] = field(default_factory=list)
    meetings: list[dict[str, Any]] = field(default_factory=list)
    attendance: list[dict[str, Any]] = field(default_factory=list)
    decisions: list[dict[str, Any]] = field(default_factory=list)
    maturity: list[dict[str, Any]] = field(default_factory=list)
    phase_out_items: list[dict[str, Any]] = field(default_factory=list)
    stakeholders: dict[int, dict[str, Any]] = field(default_factory=dict)  # fid -> name, kind, sector_code
    contacts: dict[int, dict[str, Any]] = field(default_factory=dict)  # fid -> name, gender, stakeholder_id
    tasks: dict[str, dict[str, Any]] = field(default_factory=dict)  # uuid -> fid, name, status, percent

    def member_name(self, member: dict[str, Any]) -> str:
        """'Person (Organisation)', or whichever of the two is known."""
        contact = self.contacts.get(member["contact_id"]) if member["contact_id"] else None
        person = contact["name"] if contact else member["person_name"]
        stakeholder = self.stakeholders.get(member["stakeholder_id"]) if member["stakeholder_id"] else None
        if person and stakeholder:
            return f"{person} ({stakeholder['name']})"
        return person or (stakeholder["name"] if stakeholder else "(unnamed)")

    def members_of(self, body_id: int) -> list[dict[str, Any]]:
        roles, positions = list(MEMBER_ROLES), [None, *TEAM_POSITIONS]
        found = [m for m in self.members if m["body_id"] == body_id]
        return sorted(
            found,
            key=lambda m: (roles.index(m["role"]), positions.index(m["team_position"]), self.member_name(m)),
        )


def _all(connection, table, order) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in connection.execute(select(table).order_by(*order))]


def load_governance(connection) -> GovernanceData:
    """Read the governance tables; `connection` is a SQLAlchemy Connection or Session."""
    from clusterdesk.core.plan import PlanTask

    meetings = GovernanceMeeting.__table__
    stakeholders, contacts, tasks = Stakeholder.__table__, ContactPerson.__table__, PlanTask.__table__
    s_columns = (stakeholders.c.fid, stakeholders.c.name, stakeholders.c.kind, stakeholders.c.sector_code)
    c_columns = (
        contacts.c.fid,
        contacts.c.name,
        contacts.c.gender,
        contacts.c.stakeholder_id,
        contacts.c.role,
    )
    t_columns = (tasks.c.uuid, tasks.c.fid, tasks.c.name, tasks.c.status, tasks.c.percent_complete)
    tables = {name: Base.metadata.tables[name] for name in GOVERNANCE_TABLES}
    ordered = {
        name: _all(connection, table, (table.c.fid,))
        for name, table in tables.items()
        if name != "governance_meetings"
    }
    by_date = (meetings.c.held_on, meetings.c.fid)
    return GovernanceData(
        bodies=ordered["governance_bodies"],
        members=ordered["governance_members"],
        meetings=_all(connection, meetings, by_date),
        attendance=ordered["governance_attendance"],
        decisions=sorted(ordered["governance_decisions"], key=lambda d: (d["meeting_id"], d["position"])),
        maturity=sorted(ordered["governance_maturity"], key=lambda m: m["period_start"]),
        phase_out_items=ordered["governance_phase_out_items"],
        stakeholders={r.fid: dict(r._mapping) for r in connection.execute(select(*s_columns))},
        contacts={r.fid: dict(r._mapping) for r in connection.execute(select(*c_columns))},
        tasks={r.uuid: dict(r._mapping) for r in connection.execute(select(*t_columns))},
    )


TABLE_TITLES.update(GOVERNANCE_TABLE_TITLES)  # one list of titles for gpkg_contents, kept beside the tables
