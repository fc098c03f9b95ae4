"""The cluster's vision and action plan as GeoPackage attributes tables, and the working-day calendar.

The plan is one hierarchy of tasks: strategic objectives at the top, actions under them and activities
under actions (`parent_id`). A task's `start` is its planned start, which links can only push later;
`duration_days` counts working days on the project calendar and `finish` is kept in step with both.
Baselines copy dates by task UUID, so they survive the deletion of a task and still explain slippage.

The calendar lives here rather than in analysis because commands and importers (core and io) need to turn
a finish date into a duration, and those layers may not import analysis.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import BOOLEAN, INTEGER, REAL, TEXT, CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clusterdesk.core.column_types import Date, DateTime, utc_now
from clusterdesk.core.model import TABLE_TITLES, Base, FidAndUuid, _in_list

JOINT_ACTION_TYPES: dict[str, str] = {
    "joint_purchasing": "Joint purchasing",
    "joint_marketing": "Joint marketing",
    "shared_equipment": "Shared equipment",
    "training": "Training",
    "quality_standards": "Quality standards",
    "trade_fair": "Trade fair",
    "infrastructure": "Infrastructure",
    "policy_dialogue": "Policy dialogue",
    "institutional_support": "Institutional support",
    "other": "Other",
}

TASK_STATUSES: dict[str, str] = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "completed": "Completed",
    "on_hold": "On hold",
    "cancelled": "Cancelled",
}

TASK_KINDS: dict[str, str] = {"objective": "Strategic objective", "action": "Action", "activity": "Activity"}

LINK_TYPES: dict[str, str] = {
    "FS": "Finish to start",
    "SS": "Start to start",
    "FF": "Finish to finish",
    "SF": "Start to finish",
}

BUDGET_SOURCES: dict[str, str] = {
    "enterprises": "Enterprises",
    "public": "Public",
    "donor": "Donor",
    "other": "Other",
}

PLAN_TABLE_TITLES: dict[str, str] = {
    "vision_statements": "Vision statements",
    "plan_calendars": "Plan calendar",
    "plan_holidays": "Plan holidays",
    "plan_tasks": "Action plan: objectives, actions and activities",
    "plan_links": "Action plan dependencies",
    "plan_task_responsibles": "Action plan responsible stakeholders",
    "plan_task_firms": "Action plan participating firms",
    "plan_baselines": "Action plan baselines",
    "plan_baseline_tasks": "Action plan baseline dates",
}
PLAN_TABLES = tuple(PLAN_TABLE_TITLES)  # derived: a table titled is a table watched


def kind_for_depth(depth: int) -> str:
    """Objectives sit at the top of the outline, actions below them, activities further down."""
    return ("objective", "action")[depth] if depth < 2 else "activity"


class VisionStatement(FidAndUuid, Base):
    """One agreed version of the cluster's shared vision; the highest version is the current one."""

    __tablename__ = "vision_statements"
    __table_args__ = ({"sqlite_autoincrement": True},)
    version: Mapped[int] = mapped_column(INTEGER, unique=True)
    text: Mapped[str] = mapped_column(TEXT)
    agreed_on: Mapped[dt.date | None] = mapped_column(Date)
    agreed_by: Mapped[str | None] = mapped_column(TEXT)  # the body that agreed it, e.g. "Steering committee"
    notes: Mapped[str | None] = mapped_column(TEXT)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class PlanCalendar(FidAndUuid, Base):
    """The working week of the plan. `working_days` has seven 0/1 digits for Monday to Sunday."""

    __tablename__ = "plan_calendars"
    __table_args__ = (
        CheckConstraint("length(working_days) = 7 AND working_days GLOB '*1*'", name="ck_calendar_week"),
        CheckConstraint("hours_per_day > 0 AND hours_per_day <= 24", name="ck_calendar_hours"),
        {"sqlite_autoincrement": True},
    )
    name: Mapped[str] = mapped_column(TEXT, default="Standard")
    working_days: Mapped[str] = mapped_column(TEXT, default="1111100")
    hours_per_day: Mapped[float] = mapped_column(REAL, default=8.0)


class PlanHoliday(FidAndUuid, Base):
    __tablename__ = "plan_holidays"
    __table_args__ = (UniqueConstraint("calendar_id", "day"), {"sqlite_autoincrement": True})
    calendar_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("plan_calendars.fid"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    name: Mapped[str | None] = mapped_column(TEXT)


class PlanTask(FidAndUuid, Base):
    __tablename__ = "plan_tasks"
    __table_args__ = (
        CheckConstraint(_in_list("kind", TASK_KINDS), name="ck_task_kind"),
        CheckConstraint(_in_list("status", TASK_STATUSES), name="ck_task_status"),
        CheckConstraint(
            "joint_action_type IS NULL OR " + _in_list("joint_action_type", JOINT_ACTION_TYPES),
            name="ck_task_joint_action_type",
        ),
        CheckConstraint("percent_complete BETWEEN 0 AND 100", name="ck_task_percent"),
        CheckConstraint("duration_days >= 0", name="ck_task_duration"),
        CheckConstraint("parent_id IS NULL OR parent_id <> fid", name="ck_task_not_own_parent"),
        {"sqlite_autoincrement": True},
    )
    parent_id: Mapped[int | None] = mapped_column(INTEGER, ForeignKey("plan_tasks.fid"), index=True)
    position: Mapped[int] = mapped_column(INTEGER, default=0)  # order among siblings
    kind: Mapped[str] = mapped_column(TEXT, default="action")
    name: Mapped[str] = mapped_column(TEXT)
    description: Mapped[str | None] = mapped_column(TEXT)
    start: Mapped[dt.date | None] = mapped_column(Date)
    finish: Mapped[dt.date | None] = mapped_column(Date)
    duration_days: Mapped[int] = mapped_column(INTEGER, default=1)
    milestone: Mapped[bool] = mapped_column(BOOLEAN, default=False)
    joint_action_type: Mapped[str | None] = mapped_column(TEXT)
    status: Mapped[str] = mapped_column(TEXT, default="not_started")
    percent_complete: Mapped[float] = mapped_column(REAL, default=0.0)
    cda_in_charge: Mapped[str | None] = mapped_column(TEXT)
    cda_contact_id: Mapped[int | None] = mapped_column(INTEGER, ForeignKey("contact_persons.fid"))
    budget_enterprises: Mapped[float] = mapped_column(REAL, default=0.0)
    budget_public: Mapped[float] = mapped_column(REAL, default=0.0)
    budget_donor: Mapped[float] = mapped_column(REAL, default=0.0)
    budget_other: Mapped[float] = mapped_column(REAL, default=0.0)
    notes: Mapped[str | None] = mapped_column(TEXT)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

    @property
    def budget_total(self) -> float:
        return self.budget_enterprises + self.budget_public + self.budget_donor + self.budget_other


class PlanLink(FidAndUuid, Base):
    """A dependency: `successor_id` waits for `predecessor_id` (lag in working days, negative = lead)."""

    __tablename__ = "plan_links"
    __table_args__ = (
        CheckConstraint(_in_list("link_type", LINK_TYPES), name="ck_link_type"),
        CheckConstraint("predecessor_id <> successor_id", name="ck_link_not_self"),
        UniqueConstraint("predecessor_id", "successor_id"),
        {"sqlite_autoincrement": True},
    )
    predecessor_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("plan_tasks.fid"), index=True)
    successor_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("plan_tasks.fid"), index=True)
    link_type: Mapped[str] = mapped_column(TEXT, default="FS")
    lag_days: Mapped[int] = mapped_column(INTEGER, default=0)


class PlanTaskResponsible(FidAndUuid, Base):
    """A stakeholder responsible for a task; `role` is 'lead' or 'support'."""

    __tablename__ = "plan_task_responsibles"
    __table_args__ = (
        UniqueConstraint("task_id", "stakeholder_id"),
        CheckConstraint(_in_list("role", ("lead", "support")), name="ck_responsible_role"),
        {"sqlite_autoincrement": True},
    )
    task_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("plan_tasks.fid"), index=True)
    stakeholder_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("stakeholders.fid"), index=True)
    role: Mapped[str] = mapped_column(TEXT, default="lead")


class PlanTaskFirm(FidAndUuid, Base):
    """A firm taking part in a joint action."""

    __tablename__ = "plan_task_firms"
    __table_args__ = (UniqueConstraint("task_id", "stakeholder_id"), {"sqlite_autoincrement": True})
    task_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("plan_tasks.fid"), index=True)
    stakeholder_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("stakeholders.fid"), index=True)


class PlanBaseline(FidAndUuid, Base):
    __tablename__ = "plan_baselines"
    __table_args__ = ({"sqlite_autoincrement": True},)
    name: Mapped[str] = mapped_column(TEXT, unique=True)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    notes: Mapped[str | None] = mapped_column(TEXT)


class PlanBaselineTask(FidAndUuid, Base):
    """A task's dates when the baseline was saved; keyed by task UUID so it outlives the task."""

    __tablename__ = "plan_baseline_tasks"
    __table_args__ = (UniqueConstraint("baseline_id", "task_uuid"), {"sqlite_autoincrement": True})
    baseline_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("plan_baselines.fid"), index=True)
    task_uuid: Mapped[str] = mapped_column(TEXT, index=True)
    start: Mapped[dt.date | None] = mapped_column(Date)
    finish: Mapped[dt.date | None] = mapped_column(Date)
    duration_days: Mapped[int] = mapped_column(INTEGER, default=0)


TABLE_TITLES.update(PLAN_TABLE_TITLES)  # one list of titles for gpkg_contents, kept beside the tables

# Working weeks that differ from Monday to Friday (ISO 3166 alpha-2 -> Monday..Sunday digits).
WORKING_WEEK_BY_COUNTRY: dict[str, str] = {
    **dict.fromkeys(
        ("DZ", "BH", "BD", "EG", "IL", "IQ", "JO", "KW", "LY", "OM", "QA", "SA", "SY", "YE"), "1111001"
    ),  # Sunday to Thursday
    **dict.fromkeys(("AF", "IR"), "1110011"),  # Saturday to Wednesday
    "NP": "1111101",  # Sunday to Friday
}
DEFAULT_WORKING_WEEK = "1111100"
_EPOCH = np.datetime64("2000-01-01", "D")


def working_week_for(country: str | None) -> str:
    return WORKING_WEEK_BY_COUNTRY.get((country or "").upper(), DEFAULT_WORKING_WEEK)


@dataclass(frozen=True)
class WorkCalendar:
    """Working-day arithmetic. Working day *indices* count working days from a fixed epoch, so the
    scheduler can add durations and lags as plain integers."""

    working_days: str = DEFAULT_WORKING_WEEK  # Monday..Sunday as 0/1 digits
    holidays: tuple[dt.date, ...] = ()
    hours_per_day: float = 8.0
    _holidays: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.working_days) != 7 or set(self.working_days) - {"0", "1"} or "1" not in self.working_days:
            raise ValueError(f"working week {self.working_days!r}: need seven 0/1 digits with at least one 1")
        object.__setattr__(self, "_holidays", np.array(sorted(set(self.holidays)), dtype="datetime64[D]"))

    @classmethod
    def for_country(cls, country: str | None, holidays: Iterable[dt.date] = ()) -> WorkCalendar:
        return cls(working_week_for(country), tuple(holidays))

    def _busday(self, function, *args, **kwargs):
        return function(*args, weekmask=self.working_days, holidays=self._holidays, **kwargs)

    def is_working_day(self, day: dt.date) -> bool:
        return bool(self._busday(np.is_busday, np.datetime64(day, "D")))

    def index_of(self, day: dt.date) -> int:
        """Working-day index of `day`; a non-working day counts as the next working day."""
        return int(self._busday(np.busday_count, _EPOCH, np.datetime64(day, "D")))

    def indices_of(self, days: np.ndarray) -> np.ndarray:
        return self._busday(np.busday_count, _EPOCH, days.astype("datetime64[D]")).astype(np.int64)

    def date_of(self, index: int) -> dt.date:
        first = self._busday(np.busday_offset, _EPOCH, 0, roll="forward")
        return self._busday(np.busday_offset, first, int(index), roll="forward").astype(dt.date)

    def dates_of(self, indices: np.ndarray) -> np.ndarray:
        first = self._busday(np.busday_offset, _EPOCH, 0, roll="forward")
        return self._busday(np.busday_offset, first, indices.astype(np.int64), roll="forward")

    def roll_forward(self, day: dt.date) -> dt.date:
        return self.date_of(self.index_of(day))

    def finish_of(self, start: dt.date, duration_days: int) -> dt.date:
        """Last working day of a task of `duration_days` starting on `start` (a milestone: its start)."""
        first = self.index_of(start)
        return self.date_of(first + max(duration_days, 1) - 1)

    def duration_between(self, start: dt.date, finish: dt.date) -> int:
        """Working days from `start` to `finish`, both included (0 when finish is before start)."""
        first = self.index_of(start)
        last = self.index_of(finish + dt.timedelta(days=1))  # working days up to and including finish
        return max(last - first, 0)

    def add_working_days(self, day: dt.date, count: int) -> dt.date:
        return self.date_of(self.index_of(day) + count)


def load_calendar(connection) -> WorkCalendar:
    """The project's calendar: its first plan_calendars row with holidays, or the working week of the
    project's country when none was saved. `connection` is a SQLAlchemy Connection or Session."""
    from sqlalchemy import select

    from clusterdesk.core.model import ProjectInfo

    calendars = PlanCalendar.__table__
    row = connection.execute(select(calendars).order_by(calendars.c.fid).limit(1)).first()
    if row is None:
        country = connection.execute(select(ProjectInfo.__table__.c.country).limit(1)).scalar()
        return WorkCalendar.for_country(country)
    holidays = PlanHoliday.__table__
    days = connection.execute(select(holidays.c.day).where(holidays.c.calendar_id == row.fid)).scalars().all()
    return WorkCalendar(row.working_days, tuple(days), row.hours_per_day)
