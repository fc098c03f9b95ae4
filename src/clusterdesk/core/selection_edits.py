"""Commands that change a project's cluster selection study (`core.cluster_selection`).

Each command has a label in the messages language and undoes exactly what it did; rows are added and
removed through the general InsertRows and DeleteRows (fids and UUIDs kept, so redo writes the same rows).
Values are checked before anything is written, and a refusal (ValidationError) names the field:

- a study has a name, a known measure, and a base year before the year compared;
- a criterion has a key unique in the study, a label, a known source and direction, and a weight of zero
  or more (a weight of zero keeps the criterion in view without letting it count);
- a candidate has a code unique in the study, a name, an ISIC code (a section letter or 2 to 4 digits) and
  at least one area;
- a hand score is a finite number (removing it leaves the candidate without a value, which ranks it last
  on that criterion);
- a decision has a date, who decided and the grounds; it sets the outcome of the candidates it names.

Imports of areas and statistics add their rows through `import_rows`, one step of the undo stack.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, func, select

from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.core.cluster_selection import (
    CANDIDATE_STATUSES,
    CRITERION_SOURCES,
    DEFAULT_CRITERIA,
    DIRECTIONS,
    MEASURES,
    SelectionArea,
    SelectionCandidate,
    SelectionCandidateArea,
    SelectionCriterion,
    SelectionDecision,
    SelectionScore,
    SelectionStatistic,
    SelectionStudy,
)
from clusterdesk.core.commands import CommandGroup, UpdateRow
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.governance_rows import DeleteRows, InsertRows, _connection, _one, _where_in

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

STUDIES: Table = SelectionStudy.__table__
AREAS: Table = SelectionArea.__table__
STATISTICS: Table = SelectionStatistic.__table__
CRITERIA: Table = SelectionCriterion.__table__
DECISIONS: Table = SelectionDecision.__table__
CANDIDATES: Table = SelectionCandidate.__table__
CANDIDATE_AREAS: Table = SelectionCandidateArea.__table__
SCORES: Table = SelectionScore.__table__
ORDER = (
    STUDIES,
    AREAS,
    STATISTICS,
    CRITERIA,
    DECISIONS,
    CANDIDATES,
    CANDIDATE_AREAS,
    SCORES,
)  # parents first
TABLES = frozenset(t.name for t in ORDER)
ISIC_CODE = re.compile(r"^(?:[A-U]|\d{2,4})$")


def _refuse(field: str, message: str) -> ValidationError:
    return ValidationError(field, message)


def _text(value: Any) -> str:
    return " ".join(str(value or "").split())


def _optional(value: Any) -> str | None:
    text = str(value or "").strip()
    return text or None


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# The checks below take the refusal's message as a function, called only when the value is refused.


def _required_text(row: dict[str, Any], field: str, message: Callable[[], str]) -> None:
    """When `row` sets `field`: its text with spaces tidied, refused when nothing is left."""
    if field in row:
        row[field] = _text(row[field])
        if not row[field]:
            raise _refuse(field, message())


def _unique(
    project: Project,
    table: Table,
    row: Mapping[str, Any],
    field: str,
    fid: int | None,
    message: Callable[[], str],
) -> None:
    """When `row` sets `field`: refused if another row of `table` than `fid` already holds the value."""
    if field in row:
        query = select(table.c.fid).where(table.c[field] == row[field])
        other = _connection(project).execute(query).scalar()
        if other is not None and other != fid:
            raise _refuse(field, message())


def _one_of(row: Mapping[str, Any], field: str, choices: Sequence[str], message: Callable[[], str]) -> None:
    """When `row` sets `field`: refused unless the value is one of `choices`."""
    if field in row and row[field] not in choices:
        raise _refuse(field, message())


def _number(
    field: str,
    value: Any,
    parse: Callable[[Any], Any],
    accept: Callable[[Any], bool],
    message: Callable[[], str],
) -> Any:
    """`parse(value)` when it parses and `accept` takes it; refused otherwise."""
    try:
        number = parse(value)
    except (TypeError, ValueError):
        raise _refuse(field, message()) from None
    if not accept(number):
        raise _refuse(field, message())
    return number


# -- the study ----------------------------------------------------------------------------------------


def default_criterion_label(key: str, language: str | None) -> str:
    labels = {
        "specialisation": lambda: tr("selection_criterion:specialisation", "Specialisation (LQ)", language),
        "size": lambda: tr("selection_criterion:size", "Size of the sector", language),
        "growth": lambda: tr("selection_criterion:growth", "Growth", language),
        "smes": lambda: tr("selection_criterion:smes", "Number of SMEs", language),
        "institutions": lambda: tr(
            "selection_criterion:institutions", "Existing support institutions", language
        ),
        "joint_action": lambda: tr(
            "selection_criterion:joint_action", "Potential for joint action", language
        ),
        "policy_priority": lambda: tr(
            "selection_criterion:policy_priority", "Poverty or policy priority", language
        ),
    }
    return labels[key]() if key in labels else key


def _check_study(values: Mapping[str, Any]) -> dict[str, Any]:
    language = messages_language()
    row = dict(values)
    _required_text(
        row, "name", lambda: tr("selection:no_study_name", "the selection study needs a name", language)
    )
    _one_of(
        row,
        "measure",
        MEASURES,
        lambda: tr(
            "selection:bad_measure",
            "the measure must be one of {choices}, not {value}",
            language,
            choices=", ".join(MEASURES),
            value=row["measure"],
        ),
    )
    for name in ("year", "base_year"):
        if row.get(name) is not None:
            row[name] = _year(name, row[name])
    if "area_level" in row:
        row["area_level"] = _optional(row["area_level"])
    if "description" in row:
        row["description"] = _optional(row["description"])
    return row


def _year(field_name: str, value: Any) -> int:
    return _number(
        field_name,
        value,
        int,
        lambda year: 1900 <= year <= 2200 and str(value).strip() in (str(year), f"{year}.0"),
        lambda: tr(
            "selection:bad_year",
            "{value} is not a year (write it with four digits, such as 2020)",
            messages_language(),
            value=value,
        ),
    )


def _check_years(year: int | None, base_year: int | None) -> None:
    if year is not None and base_year is not None and base_year >= year:
        raise _refuse(
            "base_year",
            tr(
                "selection:base_after_year",
                "the base year {base_year} must come before the year compared, {year}",
                messages_language(),
                base_year=base_year,
                year=year,
            ),
        )


def study_fid(project: Project) -> int | None:
    return _connection(project).execute(select(func.min(STUDIES.c.fid))).scalar()


def create_study(
    project: Project,
    name: str,
    measure: str = "employment",
    year: int | None = None,
    base_year: int | None = None,
    area_level: str | None = None,
    description: str | None = None,
    language: str | None = None,
) -> InsertRows:
    """A new study with the default criteria (labels in `language`, the project's by default)."""
    language = language or project.info().language
    if study_fid(project) is not None:
        raise _refuse(
            "name",
            tr("selection:study_exists", "the project already holds a selection study", messages_language()),
        )
    row = _check_study(
        {"name": name, "measure": measure, "year": year, "base_year": base_year, "area_level": area_level}
        | {"description": description}
    )
    _check_years(row.get("year"), row.get("base_year"))
    criteria = [
        {"key": key, "label": default_criterion_label(key, language), "source": source, "weight": weight,
         "direction": "higher", "position": position}
        for position, (key, source, weight) in enumerate(DEFAULT_CRITERIA)
    ]  # fmt: skip
    label = tr(
        "undo:create_selection_study",
        "Start selection study {name}",
        messages_language(),
        name=_short(row["name"]),
    )
    return InsertRows({STUDIES.name: [row], CRITERIA.name: criteria}, label=label, order=ORDER)


def update_study(project: Project, changes: Mapping[str, Any]) -> UpdateRow:
    fid = study_fid(project)
    if fid is None:
        raise _refuse(
            "name", tr("selection:no_study", "the project holds no selection study", messages_language())
        )
    current = _one(project, STUDIES, fid, "selection study")
    row = _check_study(changes)
    _check_years(row.get("year", current["year"]), row.get("base_year", current["base_year"]))
    label = tr("undo:edit_selection_study", "Edit the selection study", messages_language())
    return UpdateRow(STUDIES, fid, row, label=label)


# -- criteria -----------------------------------------------------------------------------------------


def _check_criterion(project: Project, values: Mapping[str, Any], fid: int | None = None) -> dict[str, Any]:
    language = messages_language()
    row = dict(values)
    _required_text(row, "key", lambda: tr("selection:no_criterion_key", "a criterion needs a key", language))
    _unique(
        project,
        CRITERIA,
        row,
        "key",
        fid,
        lambda: tr(
            "selection:criterion_key_taken", "another criterion has the key {key}", language, key=row["key"]
        ),
    )
    _required_text(
        row, "label", lambda: tr("selection:no_criterion_label", "a criterion needs a label", language)
    )
    _one_of(
        row,
        "source",
        CRITERION_SOURCES,
        lambda: tr(
            "selection:bad_source",
            "the source must be one of {choices}, not {value}",
            language,
            choices=", ".join(CRITERION_SOURCES),
            value=row["source"],
        ),
    )
    _one_of(
        row,
        "direction",
        DIRECTIONS,
        lambda: tr(
            "selection:bad_direction",
            "the direction must be higher or lower, not {value}",
            language,
            value=row["direction"],
        ),
    )
    if "weight" in row:
        row["weight"] = _weight(row["weight"])
    if "description" in row:
        row["description"] = _optional(row["description"])
    return row


def _weight(value: Any) -> float:
    return _number(
        "weight",
        value,
        float,
        lambda weight: math.isfinite(weight) and weight >= 0,
        lambda: tr(
            "selection:bad_weight",
            "a weight is a number of zero or more, not {value}",
            messages_language(),
            value=value,
        ),
    )


def add_criterion(
    project: Project,
    key: str,
    label: str,
    source: str = "manual",
    weight: float = 1.0,
    direction: str = "higher",
) -> InsertRows:
    row = _check_criterion(
        project, {"key": key, "label": label, "source": source, "weight": weight, "direction": direction}
    )
    row["position"] = (_connection(project).execute(select(func.max(CRITERIA.c.position))).scalar() or 0) + 1
    text = tr(
        "undo:add_selection_criterion", "Add criterion {name}", messages_language(), name=_short(row["label"])
    )
    return InsertRows({CRITERIA.name: [row]}, label=text, order=ORDER)


def update_criterion(project: Project, fid: int, changes: Mapping[str, Any]) -> UpdateRow:
    current = _one(project, CRITERIA, fid, "criterion")
    row = _check_criterion(project, changes, fid)
    text = tr(
        "undo:edit_selection_criterion",
        "Edit criterion {name}",
        messages_language(),
        name=_short(current["label"]),
    )
    return UpdateRow(CRITERIA, fid, row, label=text)


def set_weights(project: Project, weights: Mapping[int, float]) -> CommandGroup:
    """New weights for several criteria at once, one step of the undo stack."""
    text = tr("undo:selection_weights", "Change the criteria weights", messages_language())
    commands = []
    for fid, weight in weights.items():
        _one(project, CRITERIA, fid, "criterion")
        commands.append(UpdateRow(CRITERIA, fid, {"weight": _weight(weight)}, label=text))
    return CommandGroup(commands, label=text)


def delete_criterion(project: Project, fid: int) -> DeleteRows:
    """Remove a criterion with the hand scores given on it."""
    current = _one(project, CRITERIA, fid, "criterion")

    def collect(project: Project) -> dict[str, list[dict[str, Any]]]:
        return {
            CRITERIA.name: _where_in(project, CRITERIA, CRITERIA.c.fid, [fid]),
            SCORES.name: _where_in(project, SCORES, SCORES.c.criterion_id, [fid]),
        }

    text = tr(
        "undo:delete_selection_criterion",
        "Delete criterion {name}",
        messages_language(),
        name=_short(current["label"]),
    )
    return DeleteRows(collect, label=text, tables=frozenset({CRITERIA.name, SCORES.name}), order=ORDER)


# -- candidates ---------------------------------------------------------------------------------------


def _check_candidate(project: Project, values: Mapping[str, Any], fid: int | None = None) -> dict[str, Any]:
    language = messages_language()
    row = dict(values)
    _required_text(
        row, "code", lambda: tr("selection:no_candidate_code", "a candidate cluster needs a code", language)
    )
    _unique(
        project,
        CANDIDATES,
        row,
        "code",
        fid,
        lambda: tr(
            "selection:candidate_code_taken",
            "another candidate has the code {code}",
            language,
            code=row["code"],
        ),
    )
    _required_text(
        row, "name", lambda: tr("selection:no_candidate_name", "a candidate cluster needs a name", language)
    )
    if "sector_code" in row:
        row["sector_code"] = _text(row["sector_code"]).upper()
        if not ISIC_CODE.match(row["sector_code"]):
            raise _refuse(
                "sector_code",
                tr(
                    "selection:bad_sector",
                    "{value} is not an ISIC Rev.4 code: write a section letter A-U or 2 to 4 digits (14)",
                    language,
                    value=row["sector_code"],
                ),
            )
    _one_of(
        row,
        "status",
        CANDIDATE_STATUSES,
        lambda: tr(
            "selection:bad_status",
            "the outcome must be one of {choices}, not {value}",
            language,
            choices=", ".join(CANDIDATE_STATUSES),
            value=row["status"],
        ),
    )
    if "notes" in row:
        row["notes"] = _optional(row["notes"])
    return row


def _check_areas(area_codes: Iterable[str]) -> list[str]:
    codes = list(dict.fromkeys(_text(code) for code in area_codes if _text(code)))
    if not codes:
        raise _refuse(
            "area_code",
            tr(
                "selection:no_candidate_area",
                "a candidate cluster needs at least one area",
                messages_language(),
            ),
        )
    return codes


def add_candidate(
    project: Project,
    code: str,
    name: str,
    sector_code: str,
    area_codes: Iterable[str],
    notes: str | None = None,
) -> InsertRows:
    row = _check_candidate(project, {"code": code, "name": name, "sector_code": sector_code, "notes": notes})
    areas = [{"area_code": area} for area in _check_areas(area_codes)]
    text = tr(
        "undo:add_selection_candidate",
        "Add candidate cluster {name}",
        messages_language(),
        name=_short(row["name"]),
    )
    return InsertRows(
        {CANDIDATES.name: [row], CANDIDATE_AREAS.name: areas},
        label=text,
        links=((CANDIDATE_AREAS.name, "candidate_id", CANDIDATES.name),),
        order=ORDER,
    )


def update_candidate(
    project: Project, fid: int, changes: Mapping[str, Any], area_codes: Iterable[str] | None = None
) -> CommandGroup:
    """Change a candidate's fields and, when `area_codes` is given, replace its areas."""
    current = _one(project, CANDIDATES, fid, "candidate cluster")
    row = _check_candidate(project, changes, fid)
    text = tr(
        "undo:edit_selection_candidate",
        "Edit candidate cluster {name}",
        messages_language(),
        name=_short(current["name"]),
    )
    commands: list[Any] = [UpdateRow(CANDIDATES, fid, row, label=text)] if row else []
    if area_codes is not None:
        areas = [{"area_code": area, "candidate_id": fid} for area in _check_areas(area_codes)]

        def collect(project: Project) -> dict[str, list[dict[str, Any]]]:
            return {
                CANDIDATE_AREAS.name: _where_in(
                    project, CANDIDATE_AREAS, CANDIDATE_AREAS.c.candidate_id, [fid]
                )
            }

        commands.append(
            DeleteRows(collect, label=text, tables=frozenset({CANDIDATE_AREAS.name}), order=ORDER)
        )
        commands.append(InsertRows({CANDIDATE_AREAS.name: areas}, label=text, order=ORDER))
    return CommandGroup(commands, label=text)


def delete_candidates(project: Project, fids: Iterable[int]) -> DeleteRows:
    """Remove candidates with their areas and hand scores."""
    fids = list(fids)
    for fid in fids:
        _one(project, CANDIDATES, fid, "candidate cluster")

    def collect(project: Project) -> dict[str, list[dict[str, Any]]]:
        return {
            CANDIDATES.name: _where_in(project, CANDIDATES, CANDIDATES.c.fid, fids),
            CANDIDATE_AREAS.name: _where_in(project, CANDIDATE_AREAS, CANDIDATE_AREAS.c.candidate_id, fids),
            SCORES.name: _where_in(project, SCORES, SCORES.c.candidate_id, fids),
        }

    text = tr_plural(
        "undo:delete_selection_candidates",
        "Delete {count} candidate cluster",
        "Delete {count} candidate clusters",
        len(fids),
        messages_language(),
    )
    tables = frozenset({CANDIDATES.name, CANDIDATE_AREAS.name, SCORES.name})
    return DeleteRows(collect, label=text, tables=tables, order=ORDER)


# -- hand scores --------------------------------------------------------------------------------------


def set_score(project: Project, candidate_fid: int, criterion_fid: int, value: Any, note: str | None = None):
    """Give, change or (with value None or "") remove a candidate's hand score on a criterion."""
    candidate = _one(project, CANDIDATES, candidate_fid, "candidate cluster")
    criterion = _one(project, CRITERIA, criterion_fid, "criterion")
    text = tr(
        "undo:selection_score",
        "Score {candidate} on {criterion}",
        messages_language(),
        candidate=_short(candidate["name"]),
        criterion=_short(criterion["label"]),
    )
    query = select(SCORES.c.fid).where(
        SCORES.c.candidate_id == candidate_fid, SCORES.c.criterion_id == criterion_fid
    )
    existing = _connection(project).execute(query).scalar()
    if value is None or str(value).strip() == "":
        if existing is None:
            return CommandGroup([], label=text)

        def collect(project: Project) -> dict[str, list[dict[str, Any]]]:
            return {SCORES.name: _where_in(project, SCORES, SCORES.c.fid, [existing])}

        return DeleteRows(collect, label=text, tables=frozenset({SCORES.name}), order=ORDER)
    number = _score(value)
    if existing is not None:
        return UpdateRow(SCORES, existing, {"value": number, "note": _optional(note)}, label=text)
    row = {
        "candidate_id": candidate_fid,
        "criterion_id": criterion_fid,
        "value": number,
        "note": _optional(note),
    }
    return InsertRows({SCORES.name: [row]}, label=text, order=ORDER)


def _score(value: Any) -> float:
    return _number(
        "value",
        value,
        lambda v: float(v.replace(",", ".")) if isinstance(v, str) else float(v),
        math.isfinite,
        lambda: tr(
            "selection:bad_score", "a score is a number, not {value}", messages_language(), value=value
        ),
    )


# -- decisions ----------------------------------------------------------------------------------------


def record_decision(
    project: Project,
    decided_on: dt.date,
    decided_by: str,
    grounds: str,
    outcomes: Mapping[int, str],
    basis: str | None = None,
) -> CommandGroup:
    """Record who decided, when and why, and set the outcome (selected, reserve, rejected) of the
    candidates named in `outcomes`; `basis` keeps the weights and ranking decided on (JSON)."""
    language = messages_language()
    if not isinstance(decided_on, dt.date):
        raise _refuse("decided_on", tr("selection:no_decision_date", "a decision needs its date", language))
    row = {"decided_on": decided_on, "decided_by": _text(decided_by), "grounds": str(grounds or "").strip()}
    if not row["decided_by"]:
        raise _refuse("decided_by", tr("selection:no_decided_by", "say who took the decision", language))
    if not row["grounds"]:
        raise _refuse(
            "grounds", tr("selection:no_grounds", "say on what grounds the decision was taken", language)
        )
    row["basis"] = basis
    for fid, status in outcomes.items():
        _one(project, CANDIDATES, fid, "candidate cluster")
        _check_candidate(project, {"status": status})
    text = tr(
        "undo:selection_decision",
        "Record the selection decision of {date}",
        language,
        date=decided_on.isoformat(),
    )
    insert = InsertRows({DECISIONS.name: [row]}, label=text, order=ORDER)
    return CommandGroup([insert, _DecisionOutcomes(insert, dict(outcomes), text)], label=text)


class _DecisionOutcomes:
    """Sets the candidates' outcome and points them at the decision the same step inserted."""

    def __init__(self, insert: InsertRows, outcomes: dict[int, str], label: str) -> None:
        self.insert = insert
        self.outcomes = outcomes
        self.label = label
        self.tables = frozenset({CANDIDATES.name})
        self._updates: list[UpdateRow] = []

    def do(self, project: Project) -> None:
        decision = self.insert.rows[DECISIONS.name][0]["fid"]
        self._updates = [
            UpdateRow(CANDIDATES, fid, {"status": status, "decision_id": decision}, label=self.label)
            for fid, status in self.outcomes.items()
        ]
        for update in self._updates:
            update.do(project)

    def undo(self, project: Project) -> None:
        for update in reversed(self._updates):
            update.undo(project)


# -- imports ------------------------------------------------------------------------------------------


def import_rows(project: Project, rows: Mapping[str, list[dict[str, Any]]], label: str) -> InsertRows:
    """Rows checked by an importer (areas, statistics, candidates) added as one step of the undo stack."""
    return InsertRows({name: list(r) for name, r in rows.items()}, label=label, order=ORDER)
