"""Commands that change capacity frameworks, assessments and targets. Each has a label and undoes exactly
what it did; rows come back with their original fid and UUID."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, func, insert, select, update

from clusterdesk.core.capacity import (
    SCALE_MAX,
    SCALE_MIN,
    CapacityAssessment,
    CapacityDimension,
    CapacityFramework,
    CapacityIndicator,
    CapacityRubricLevel,
    CapacityScore,
    CapacityTarget,
    is_valid_round,
    round_label,
)
from clusterdesk.core.catalogue import count_text, messages_language, tr, tr_plural
from clusterdesk.core.column_types import utc_now
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.model import Stakeholder, new_uuid
from clusterdesk.core.plan_edits import RESPONSIBLES, TASKS, AddTask

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

FRAMEWORKS: Table = CapacityFramework.__table__
DIMENSIONS: Table = CapacityDimension.__table__
INDICATORS: Table = CapacityIndicator.__table__
RUBRIC: Table = CapacityRubricLevel.__table__
ASSESSMENTS: Table = CapacityAssessment.__table__
SCORES: Table = CapacityScore.__table__
TARGETS: Table = CapacityTarget.__table__
# parents before children: inserts go in this order, deletes in reverse
ORDER: tuple[Table, ...] = (FRAMEWORKS, DIMENSIONS, INDICATORS, RUBRIC, ASSESSMENTS, SCORES, TARGETS)
FRAMEWORK_TABLES = frozenset(t.name for t in ORDER[:4])
ASSESSMENT_TABLES = frozenset({"capacity_assessments", "capacity_scores"})

UuidMaker = Callable[[str, str], str]  # (table, stable key) -> UUID; samples pass a deterministic one


def _connection(project: Project):
    return project.session.connection()


def _rows(project: Project, table: Table, column, values: Sequence) -> list[dict[str, Any]]:
    values = list(values)
    found: list[dict[str, Any]] = []
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        found.extend(
            dict(r._mapping) for r in _connection(project).execute(select(table).where(column.in_(chunk)))
        )
    return found


def _next_fid(connection, table: Table) -> int:
    """The fid SQLite would give the next row (AUTOINCREMENT never reuses a deleted fid)."""
    largest = connection.execute(select(func.coalesce(func.max(table.c.fid), 0))).scalar()
    used = connection.exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = ?", (table.name,)
    ).scalar()
    return max(largest, used or 0) + 1


@dataclass
class CapacityRows:
    """Rows of the capacity tables added or removed together (table name -> rows with their fids)."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: Table, rows: list[dict[str, Any]]) -> None:
        self.rows.setdefault(table.name, []).extend(rows)

    def __bool__(self) -> bool:
        return any(self.rows.values())

    def insert(self, project: Project) -> None:
        connection = _connection(project)
        for table in ORDER:
            rows = self.rows.get(table.name, [])
            new = [row for row in rows if "fid" not in row]
            if new:  # fids given up front, so redo writes exactly the same rows and one executemany suffices
                first = _next_fid(connection, table)
                for offset, row in enumerate(new):
                    row["fid"] = first + offset
            shapes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for row in rows:  # executemany needs the same columns in every row of a batch
                shapes.setdefault(tuple(sorted(row)), []).append(row)
            for batch in shapes.values():
                connection.execute(insert(table), batch)

    def delete(self, project: Project) -> None:
        connection = _connection(project)
        for table in reversed(ORDER):
            fids = [r["fid"] for r in self.rows.get(table.name, [])]
            for start in range(0, len(fids), 500):
                connection.execute(delete(table).where(table.c.fid.in_(fids[start : start + 500])))

    def tables(self) -> frozenset[str]:
        return frozenset(name for name, rows in self.rows.items() if rows)


@dataclass
class AssessmentInput:
    """One assessment to store; `scores` maps indicator fid -> (score or None, evidence or None)."""

    framework_id: int
    institution_id: int
    round: str
    scores: dict[int, tuple[int | None, str | None]]
    assessed_on: dt.date | None = None
    assessor: str | None = None
    notes: str | None = None
    uuid: str | None = None
    created_at: dt.datetime | None = None


def outside_scale(value: float) -> str:
    """The message for a score or target off the scale."""
    return tr(
        "capacity:outside_scale",
        "{value} is outside the scale {low}-{high}",
        messages_language(),
        value=value,
        low=SCALE_MIN,
        high=SCALE_MAX,
    )


def _round_name(code: str, language: str) -> str:
    """A named round as the reports call it, a dated round as its date."""
    if code == "baseline":
        return tr("round_baseline", "Baseline", language)
    if code == "mid_term":
        return tr("round_mid_term", "Mid-term", language)
    if code == "final":
        return tr("round_final", "Final", language)
    return round_label(code)


def _check_input(project: Project, item: AssessmentInput, indicators: set[int]) -> None:
    language = messages_language()
    if not is_valid_round(item.round):
        message = tr(
            "capacity:round",
            "{round} is not a round: use baseline, mid_term, final or a date written YYYY-MM-DD",
            language,
            round=repr(item.round),
        )
        raise ValidationError("round", message)
    for indicator, (score, _evidence) in item.scores.items():
        if indicator not in indicators:
            message = tr(
                "capacity:foreign_indicator",
                "indicator {indicator} is not part of framework {framework}",
                language,
                indicator=indicator,
                framework=item.framework_id,
            )
            raise ValidationError("indicator", message)
        if score is not None and not SCALE_MIN <= score <= SCALE_MAX:
            raise ValidationError("score", outside_scale(score))
    exists = select(Stakeholder.__table__.c.fid).where(Stakeholder.__table__.c.fid == item.institution_id)
    if _connection(project).execute(exists).first() is None:
        message = tr(
            "capacity:no_institution",
            "stakeholder {fid} is not in the project",
            language,
            fid=item.institution_id,
        )
        raise ValidationError("institution", message)


def framework_indicator_ids(project: Project, framework_id: int) -> set[int]:
    query = select(INDICATORS.c.fid).join(DIMENSIONS, DIMENSIONS.c.fid == INDICATORS.c.dimension_id)
    return set(_connection(project).execute(query.where(DIMENSIONS.c.framework_id == framework_id)).scalars())


@dataclass
class SaveAssessments:
    """Store assessments; one that exists for the same framework, institution and round is replaced
    (keeping its UUID), so re-importing a corrected template does not duplicate anything."""

    items: list[AssessmentInput]
    label: str = ""
    uuid: UuidMaker = lambda _table, _key: new_uuid()  # noqa: E731 - a default factory in a dataclass
    tables: frozenset[str] = ASSESSMENT_TABLES
    _added: CapacityRows = field(default_factory=CapacityRows)
    _replaced: CapacityRows = field(default_factory=CapacityRows)

    def do(self, project: Project) -> None:
        if not self._added:
            self._prepare(project)  # the first run decides the rows and writes them
            return
        self._replaced.delete(project)
        self._added.insert(project)

    def _prepare(self, project: Project) -> None:
        indicators: dict[int, set[int]] = {}
        assessments, scores = [], []
        for item in self.items:
            if item.framework_id not in indicators:
                indicators[item.framework_id] = framework_indicator_ids(project, item.framework_id)
            _check_input(project, item, indicators[item.framework_id])
            where = (
                (ASSESSMENTS.c.framework_id == item.framework_id)
                & (ASSESSMENTS.c.institution_id == item.institution_id)
                & (ASSESSMENTS.c.round == item.round)
            )
            old = _connection(project).execute(select(ASSESSMENTS).where(where)).first()
            if old is not None:
                self._replaced.add(ASSESSMENTS, [dict(old._mapping)])
                self._replaced.add(SCORES, _rows(project, SCORES, SCORES.c.assessment_id, [old.fid]))
            row = {
                "uuid": item.uuid or (old.uuid if old is not None else new_uuid()),
                "framework_id": item.framework_id,
                "institution_id": item.institution_id,
                "round": item.round,
                "assessed_on": item.assessed_on,
                "assessor": item.assessor,
                "notes": item.notes,
                "created_at": item.created_at or utc_now(),
            }
            if old is not None:
                row["fid"] = old.fid  # other records may point at the assessment by fid
            assessments.append(row)
            scores.append(item.scores)
        self._replaced.delete(project)
        CapacityRows({ASSESSMENTS.name: assessments}).insert(project)
        score_rows = [
            {
                "uuid": self.uuid("capacity_scores", f"{row['uuid']}/{indicator}"),
                "assessment_id": row["fid"],
                "indicator_id": indicator,
                "score": score,
                "evidence": evidence,
            }
            for row, given in zip(assessments, scores, strict=True)
            for indicator, (score, evidence) in sorted(given.items())
        ]
        CapacityRows({SCORES.name: score_rows}).insert(project)
        self._added = CapacityRows({ASSESSMENTS.name: assessments, SCORES.name: score_rows})
        if not self.label:
            first = self.items[0]
            language = messages_language()
            count = len(self.items)
            self.label = (
                tr(
                    "undo:assess",
                    "Assess {name} ({round})",
                    language,
                    name=_name(project, first.institution_id),
                    round=_round_name(first.round, language),
                )
                if count == 1
                else tr_plural(
                    "undo:store_assessments",
                    "Store {count} capacity assessment",
                    "Store {count} capacity assessments",
                    count,
                    language,
                    count=count_text(count, language),
                )
            )

    def undo(self, project: Project) -> None:
        self._added.delete(project)
        self._replaced.insert(project)


def _name(project: Project, stakeholder_id: int) -> str:
    table = Stakeholder.__table__
    name = _connection(project).execute(select(table.c.name).where(table.c.fid == stakeholder_id)).scalar()
    return name or tr(
        "capacity:stakeholder_fid", "stakeholder {fid}", messages_language(), fid=stakeholder_id
    )


@dataclass
class SetScore:
    """Score one indicator of an assessment (None clears the score but keeps the evidence note)."""

    assessment_id: int
    indicator_id: int
    score: int | None
    evidence: str | None = None
    label: str = ""
    tables: frozenset[str] = frozenset({"capacity_scores"})
    _before: dict[str, Any] | None = None
    _added: CapacityRows = field(default_factory=CapacityRows)

    def __post_init__(self) -> None:
        self.label = self.label or tr("undo:change_score", "Change capacity score", messages_language())

    def do(self, project: Project) -> None:
        if self.score is not None and not SCALE_MIN <= self.score <= SCALE_MAX:
            raise ValidationError("score", outside_scale(self.score))
        where = (SCORES.c.assessment_id == self.assessment_id) & (SCORES.c.indicator_id == self.indicator_id)
        current = _connection(project).execute(select(SCORES).where(where)).first()
        if current is not None:
            self._before = dict(current._mapping)
            values = {"score": self.score, "evidence": self.evidence}
            _connection(project).execute(update(SCORES).where(SCORES.c.fid == current.fid).values(**values))
            return
        if not self._added:
            row = {
                "uuid": new_uuid(),
                "assessment_id": self.assessment_id,
                "indicator_id": self.indicator_id,
                "score": self.score,
                "evidence": self.evidence,
            }
            self._added = CapacityRows({SCORES.name: [row]})
        self._added.insert(project)

    def undo(self, project: Project) -> None:
        if self._before is not None:
            before = {k: self._before[k] for k in ("score", "evidence")}
            _connection(project).execute(
                update(SCORES).where(SCORES.c.fid == self._before["fid"]).values(**before)
            )
        else:
            self._added.delete(project)


@dataclass
class DeleteAssessments:
    fids: list[int]
    label: str = ""
    tables: frozenset[str] = ASSESSMENT_TABLES
    _removed: CapacityRows = field(default_factory=CapacityRows)

    def do(self, project: Project) -> None:
        self._removed = CapacityRows(
            {
                ASSESSMENTS.name: _rows(project, ASSESSMENTS, ASSESSMENTS.c.fid, self.fids),
                SCORES.name: _rows(project, SCORES, SCORES.c.assessment_id, self.fids),
            }
        )
        if not self.label:
            language = messages_language()
            count = len(self.fids)
            self.label = (
                tr("undo:delete_assessment", "Delete assessment", language)
                if count == 1
                else tr_plural(
                    "undo:delete_assessments",
                    "Delete {count} assessment",
                    "Delete {count} assessments",
                    count,
                    language,
                    count=count_text(count, language),
                )
            )
        self._removed.delete(project)

    def undo(self, project: Project) -> None:
        self._removed.insert(project)


@dataclass
class SetTarget:
    """Set (or with None remove) the target on a dimension for one institution or, without one, for all."""

    dimension_id: int
    institution_id: int | None
    target: float | None
    label: str = ""
    tables: frozenset[str] = frozenset({"capacity_targets"})
    _before: CapacityRows = field(default_factory=CapacityRows)
    _after: CapacityRows = field(default_factory=CapacityRows)

    def __post_init__(self) -> None:
        self.label = self.label or tr("undo:set_target", "Set capacity target", messages_language())

    def do(self, project: Project) -> None:
        if self.target is not None and not SCALE_MIN <= self.target <= SCALE_MAX:
            raise ValidationError("target", outside_scale(self.target))
        institution = TARGETS.c.institution_id
        where = (TARGETS.c.dimension_id == self.dimension_id) & (
            institution.is_(None) if self.institution_id is None else institution == self.institution_id
        )
        current = [dict(r._mapping) for r in _connection(project).execute(select(TARGETS).where(where))]
        self._before = CapacityRows({TARGETS.name: current})
        self._before.delete(project)
        if self.target is not None:
            if not self._after:
                uuid = current[0]["uuid"] if current else new_uuid()
                row = {
                    "uuid": uuid,
                    "dimension_id": self.dimension_id,
                    "institution_id": self.institution_id,
                    "target": float(self.target),
                }
                self._after = CapacityRows({TARGETS.name: [row]})
            self._after.insert(project)

    def undo(self, project: Project) -> None:
        self._after.delete(project)
        self._before.insert(project)


def detach_stakeholders(project: Project, fids: Sequence[int]) -> Callable[[Project], None]:
    """Remove the assessments and targets of stakeholders about to be deleted; return the undo."""
    assessments = _rows(project, ASSESSMENTS, ASSESSMENTS.c.institution_id, fids)
    removed = CapacityRows(
        {
            ASSESSMENTS.name: assessments,
            SCORES.name: _rows(project, SCORES, SCORES.c.assessment_id, [a["fid"] for a in assessments]),
            TARGETS.name: _rows(project, TARGETS, TARGETS.c.institution_id, fids),
        }
    )
    removed.delete(project)

    def restore(project: Project) -> None:
        removed.insert(project)

    return restore


@dataclass
class AddCapacityAction:
    """Turn a capacity gap into an action of the plan: an institutional-support task led by the institution.

    Without a `parent_id` the action goes under the objective that already holds institutional-support
    actions, so capacity building stays together in the plan; failing that, it goes at the top level.
    """

    institution_id: int
    name: str
    description: str
    start: dt.date | None = None
    duration_days: int = 60
    parent_id: int | None = None
    label: str = ""
    tables: frozenset[str] = frozenset({"plan_tasks", "plan_task_responsibles"})
    task_id: int | None = None
    _task: AddTask | None = None
    _responsible: CapacityRows | None = None

    def do(self, project: Project) -> None:
        if self._task is None:
            values = {
                "name": self.name,
                "description": self.description,
                "joint_action_type": "institutional_support",
                "start": self.start or dt.date.today(),
                "duration_days": self.duration_days,
            }
            parent = self.parent_id if self.parent_id is not None else _capacity_objective(project)
            if parent is None:
                values["kind"] = "action"
            else:
                values["parent_id"] = parent
            self._task = AddTask(values)
        self._task.do(project)
        self.task_id = self._task.fid
        self.label = self.label or tr(
            "undo:add_capacity_action", "Add capacity action {name}", messages_language(), name=self.name
        )
        if self._responsible is None:
            row = {
                "uuid": new_uuid(),
                "task_id": self.task_id,
                "stakeholder_id": self.institution_id,
                "role": "lead",
            }
            self._responsible = CapacityRows({RESPONSIBLES.name: [row]})
        for row in self._responsible.rows[RESPONSIBLES.name]:
            row["fid"] = (
                _connection(project).execute(insert(RESPONSIBLES).values(**row)).inserted_primary_key[0]
            )

    def undo(self, project: Project) -> None:
        fids = [r["fid"] for r in self._responsible.rows[RESPONSIBLES.name]]
        _connection(project).execute(delete(RESPONSIBLES).where(RESPONSIBLES.c.fid.in_(fids)))
        self._task.undo(project)


def _capacity_objective(project: Project) -> int | None:
    """The objective holding most institutional-support actions, if any."""
    parent = TASKS.alias("parent")
    parents = (
        select(TASKS.c.parent_id)
        .join(parent, parent.c.fid == TASKS.c.parent_id)
        .where(TASKS.c.joint_action_type == "institutional_support", parent.c.kind == "objective")
        .group_by(TASKS.c.parent_id)
        .order_by(func.count().desc(), TASKS.c.parent_id)
    )
    return _connection(project).execute(parents.limit(1)).scalar()
