"""Scores of institutional capacity assessments: dimension and overall scores, completeness, rounds over
time, comparison across institutions and gaps to targets.

The rule that keeps numbers honest: a dimension has a score only when every one of its indicators is
scored, and an assessment has an overall score only when every dimension has one. Anything less is
reported with its completeness (scored / total indicators) and never averaged as if it were whole.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from clusterdesk.core import capacity_framework_labels as labels
from clusterdesk.core.capacity import SCALE_MAX, round_label, round_sort_key
from clusterdesk.core.capacity_edits import (
    ASSESSMENTS,
    DIMENSIONS,
    FRAMEWORKS,
    INDICATORS,
    RUBRIC,
    SCORES,
    TARGETS,
    AddCapacityAction,
)
from clusterdesk.core.catalogue import tr
from clusterdesk.core.formatting import decimal
from clusterdesk.core.model import Stakeholder

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

STAKEHOLDERS = Stakeholder.__table__


@dataclass(frozen=True)
class Indicator:
    fid: int
    code: str
    name: str
    levels: dict[int, str]  # rubric text per level


@dataclass(frozen=True)
class Dimension:
    fid: int
    code: str
    name: str
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True)
class Framework:
    fid: int
    name: str
    default_target: float
    dimensions: tuple[Dimension, ...]

    @property
    def indicators(self) -> list[Indicator]:
        return [i for d in self.dimensions for i in d.indicators]

    def dimension(self, fid: int) -> Dimension:
        return next(d for d in self.dimensions if d.fid == fid)


@dataclass(frozen=True)
class Assessment:
    fid: int
    institution_id: int
    institution_name: str
    round: str
    assessed_on: dt.date | None
    assessor: str | None
    scores: dict[int, int | None]  # indicator fid -> score (missing key or None: not scored)
    evidence: dict[int, str]

    @property
    def round_label(self) -> str:
        return round_label(self.round)


@dataclass(frozen=True)
class DimensionResult:
    dimension: Dimension
    scored: int
    total: int
    score: float | None  # None unless every indicator of the dimension is scored

    @property
    def complete(self) -> bool:
        return self.scored == self.total


@dataclass(frozen=True)
class AssessmentResult:
    assessment: Assessment
    dimensions: tuple[DimensionResult, ...]
    overall: float | None  # None unless every dimension is complete

    @property
    def scored(self) -> int:
        return sum(d.scored for d in self.dimensions)

    @property
    def total(self) -> int:
        return sum(d.total for d in self.dimensions)

    @property
    def completeness(self) -> float:
        return self.scored / self.total if self.total else 0.0

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.scored == self.total

    def dimension_score(self, dimension_fid: int) -> float | None:
        return next((d.score for d in self.dimensions if d.dimension.fid == dimension_fid), None)


def _connection(project: Project):
    return project.session.connection()


def framework_names(project: Project) -> list[tuple[int, str]]:
    rows = _connection(project).execute(
        select(FRAMEWORKS.c.fid, FRAMEWORKS.c.name).order_by(FRAMEWORKS.c.fid)
    )
    return [(fid, name) for fid, name in rows]


def load_framework(project: Project, framework_id: int | None = None) -> Framework | None:
    """A framework with its dimensions, indicators and rubric (the first framework when no id is given)."""
    connection = _connection(project)
    query = select(FRAMEWORKS).order_by(FRAMEWORKS.c.fid)
    if framework_id is not None:
        query = query.where(FRAMEWORKS.c.fid == framework_id)
    framework = connection.execute(query.limit(1)).first()
    if framework is None:
        return None
    dimensions = connection.execute(
        select(DIMENSIONS).where(DIMENSIONS.c.framework_id == framework.fid).order_by(DIMENSIONS.c.position)
    ).all()
    dimension_ids = [d.fid for d in dimensions]
    indicators = connection.execute(
        select(INDICATORS).where(INDICATORS.c.dimension_id.in_(dimension_ids)).order_by(INDICATORS.c.position)
    ).all()
    levels: dict[int, dict[int, str]] = defaultdict(dict)
    for row in connection.execute(
        select(RUBRIC).where(RUBRIC.c.indicator_id.in_([i.fid for i in indicators]))
    ):
        levels[row.indicator_id][row.level] = row.text
    by_dimension: dict[int, list[Indicator]] = defaultdict(list)
    for row in indicators:
        by_dimension[row.dimension_id].append(Indicator(row.fid, row.code, row.name, dict(levels[row.fid])))
    return Framework(
        framework.fid,
        framework.name,
        framework.default_target,
        tuple(Dimension(d.fid, d.code, d.name, tuple(by_dimension[d.fid])) for d in dimensions),
    )


def load_assessments(project: Project, framework: Framework) -> list[Assessment]:
    """Every assessment made with the framework, by institution name and then in round order."""
    connection = _connection(project)
    query = (
        select(ASSESSMENTS, STAKEHOLDERS.c.name)
        .join(STAKEHOLDERS, STAKEHOLDERS.c.fid == ASSESSMENTS.c.institution_id)
        .where(ASSESSMENTS.c.framework_id == framework.fid)
    )
    rows = connection.execute(query).all()
    scores: dict[int, dict[int, int | None]] = defaultdict(dict)
    evidence: dict[int, dict[int, str]] = defaultdict(dict)
    score_query = select(SCORES).where(SCORES.c.assessment_id.in_([r.fid for r in rows]))
    for score in connection.execute(score_query):
        scores[score.assessment_id][score.indicator_id] = score.score
        if score.evidence:
            evidence[score.assessment_id][score.indicator_id] = score.evidence
    found = [
        Assessment(
            r.fid,
            r.institution_id,
            r.name,
            r.round,
            r.assessed_on,
            r.assessor,
            scores[r.fid],
            evidence[r.fid],
        )  # fmt: skip
        for r in rows
    ]
    return sorted(
        found, key=lambda a: (a.institution_name.casefold(), round_sort_key(a.round, a.assessed_on))
    )


def score_assessment(framework: Framework, assessment: Assessment) -> AssessmentResult:
    """Dimension scores from complete dimensions only; overall only when the whole assessment is complete."""
    results = []
    for dimension in framework.dimensions:
        given = [assessment.scores.get(i.fid) for i in dimension.indicators]
        values = [s for s in given if s is not None]
        total = len(dimension.indicators)
        score = sum(values) / total if total and len(values) == total else None
        results.append(DimensionResult(dimension, len(values), total, score))
    complete = bool(results) and all(r.score is not None for r in results)
    overall = sum(r.score for r in results) / len(results) if complete else None
    return AssessmentResult(assessment, tuple(results), overall)


def results_by_institution(project: Project, framework: Framework) -> dict[int, list[AssessmentResult]]:
    """institution fid -> its assessment results in round order."""
    grouped: dict[int, list[AssessmentResult]] = defaultdict(list)
    for assessment in load_assessments(project, framework):
        grouped[assessment.institution_id].append(score_assessment(framework, assessment))
    return dict(grouped)


def latest(results: list[AssessmentResult]) -> AssessmentResult | None:
    return results[-1] if results else None


def latest_complete(results: list[AssessmentResult]) -> AssessmentResult | None:
    return next((r for r in reversed(results) if r.complete), None)


def institution_scores(project: Project, framework_id: int | None = None) -> dict[int, float | None]:
    """Overall score of each assessed institution from its most recent complete assessment, for colouring
    the map; None for an institution whose assessments are all incomplete. Unassessed ones are absent."""
    framework = load_framework(project, framework_id)
    if framework is None:
        return {}
    scores: dict[int, float | None] = {}
    for institution, results in results_by_institution(project, framework).items():
        complete = latest_complete(results)
        scores[institution] = complete.overall if complete is not None else None
    return scores


def targets(project: Project, framework: Framework) -> dict[tuple[int | None, int], float]:
    """(institution fid or None for all, dimension fid) -> target."""
    query = select(TARGETS).where(TARGETS.c.dimension_id.in_([d.fid for d in framework.dimensions]))
    return {(r.institution_id, r.dimension_id): r.target for r in _connection(project).execute(query)}


def target_for(
    table: dict[tuple[int | None, int], float], framework: Framework, institution: int, dim: int
) -> float:
    """The institution's own target, else the target for all institutions, else the framework's default."""
    return table.get((institution, dim), table.get((None, dim), framework.default_target))


@dataclass(frozen=True)
class Gap:
    institution_id: int
    institution_name: str
    dimension: Dimension
    round: str  # the round the score comes from
    score: float
    target: float
    weakest: tuple[tuple[Indicator, int], ...]  # the dimension's indicators below target, lowest first

    @property
    def gap(self) -> float:
        return self.target - self.score


def gaps(project: Project, framework: Framework, *, positive_only: bool = True) -> list[Gap]:
    """Target minus score per institution and dimension, from the latest round in which the dimension is
    complete; the largest gaps first. A dimension never completed has no gap to report."""
    table = targets(project, framework)
    found = []
    for institution, results in results_by_institution(project, framework).items():
        for dimension in framework.dimensions:
            source = next(
                (r for r in reversed(results) if r.dimension_score(dimension.fid) is not None), None
            )
            if source is None:
                continue
            score = source.dimension_score(dimension.fid)
            target = target_for(table, framework, institution, dimension.fid)
            if positive_only and target - score <= 1e-9:
                continue
            given = source.assessment.scores
            below = [
                (i, given[i.fid]) for i in dimension.indicators if (given.get(i.fid) or SCALE_MAX) < target
            ]
            weakest = tuple(sorted(below, key=lambda pair: (pair[1], pair[0].code)))
            name = source.assessment.institution_name
            found.append(Gap(institution, name, dimension, source.assessment.round, score, target, weakest))
    return sorted(found, key=lambda g: (-g.gap, g.institution_name.casefold(), g.dimension.code))


def action_for_gap(
    gap: Gap, *, start: dt.date | None = None, parent_id: int | None = None, language: str | None = "en"
) -> AddCapacityAction:
    """The capacity-building action that closes a gap: named after the dimension and institution, with
    what to reach on the weakest indicators in the description (the rubric text of the level to reach),
    written in `language` (the project's); the default framework's texts are translated, a user's kept."""
    aim = min(SCALE_MAX, int(-(-gap.target // 1)))  # the whole level at or above the target
    dimension = labels.dimension_name(gap.dimension.code, gap.dimension.name, language)
    lines = [
        tr(
            "capacity_action:gap",
            "Capacity gap of {gap} on {dimension}: scored {score} ({round}), target {target}.",
            language,
            gap=decimal(gap.gap, language),
            dimension=dimension,
            score=decimal(gap.score, language),
            round=round_name(gap.round, language),
            target=decimal(gap.target, language),
        )
    ]
    for indicator, score in gap.weakest:
        wanted = labels.rubric_text(indicator.code, aim, indicator.levels.get(aim, ""), language)
        name = labels.indicator_name(indicator.code, indicator.name, language)
        line = tr(
            "capacity_action:indicator",
            "- {code} {indicator}: from {score} to {aim}.",
            language,
            code=indicator.code,
            indicator=name,
            score=score,
            aim=aim,
        )
        lines.append(f"{line} {wanted}".rstrip())
    return AddCapacityAction(
        gap.institution_id,
        name=tr(
            "capacity_action:name",
            "Strengthen {dimension}: {institution}",
            language,
            dimension=dimension.lower(),
            institution=gap.institution_name,
        ),
        description="\n".join(lines),
        start=start,
        parent_id=parent_id,
    )


def round_name(code: str, language: str | None) -> str:
    """A named round in `language` (the printed reports' words), a dated round as its date."""
    named = {"baseline": "Baseline", "mid_term": "Mid-term", "final": "Final"}
    return tr(f"round_{code}", named[code], language) if code in named else round_label(code)
