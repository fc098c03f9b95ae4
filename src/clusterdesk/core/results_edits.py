"""Commands that change the result chain, its indicators and their values. Each has a label and undoes
exactly what it did; adding and removing rows goes through the general InsertRows and DeleteRows."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, func, insert, select

from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.core.commands import UpdateRow
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.governance_rows import DeleteRows, InsertRows, _connection, _one, _where_in
from clusterdesk.core.model import ProjectInfo, new_uuid
from clusterdesk.core.periods import FREQUENCY_MONTHS, parse_period
from clusterdesk.core.results import (
    CHILD_LEVEL,
    DIRECTIONS,
    DISAGGREGATIONS,
    FIRM_SIZE_CLASSES,
    INDICATOR_UNITS,
    RESULT_LEVELS,
    SEX_CATEGORIES,
    VALUE_KINDS,
    IndicatorValue,
    Result,
    ResultIndicator,
    ResultTaskLink,
    split_codes,
)
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS
from clusterdesk.core.vocabulary_labels import label as vocabulary_label

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

RESULTS: Table = Result.__table__
LINKS: Table = ResultTaskLink.__table__
INDICATORS: Table = ResultIndicator.__table__
VALUES: Table = IndicatorValue.__table__
PROJECT_INFO: Table = ProjectInfo.__table__
ORDER = (RESULTS, LINKS, INDICATORS, VALUES)  # parents first


def _check_code(field_name: str, value: Any, codes: Mapping[str, str]) -> None:
    if value not in codes:
        raise ValidationError(
            field_name,
            tr(
                "results:unknown_code",
                "{value} is not one of: {codes}",
                messages_language(),
                value=repr(value),
                codes=", ".join(codes),
            ),
        )


def _text(values: Mapping[str, Any], name: str) -> str:
    return str(values.get(name) or "").strip()


# -- results ------------------------------------------------------------------------------------------
def next_result_code(project: Project, parent_id: int | None) -> str:
    """The code a new result under `parent_id` gets: the parent's code with the next number (1.2 after
    1.1), or the next whole number for an impact."""
    rows = _connection(project).execute(select(RESULTS.c.fid, RESULTS.c.code, RESULTS.c.parent_id)).all()
    prefix = next((f"{code}." for fid, code, _p in rows if fid == parent_id), "")
    taken = [code for _fid, code, parent in rows if parent == parent_id]
    numbers = [
        int(code[len(prefix) :])
        for code in taken
        if code.startswith(prefix) and code[len(prefix) :].isdigit()
    ]
    return f"{prefix}{max(numbers, default=0) + 1}"


def _check_result(project: Project, values: Mapping[str, Any], fid: int | None = None) -> None:
    if "statement" in values and not _text(values, "statement"):
        raise ValidationError(
            "statement",
            tr("results:no_statement", "a result needs a statement of what will change", messages_language()),
        )
    if "code" in values and not _text(values, "code"):
        raise ValidationError(
            "code", tr("results:no_code", "a result needs a code such as 1.1", messages_language())
        )
    parent_id = values.get("parent_id")
    parents = dict(_connection(project).execute(select(RESULTS.c.fid, RESULTS.c.level)).all())
    if parent_id is not None and parent_id not in parents:
        raise ValidationError(
            "parent_id",
            tr("results:no_parent", "result {fid} does not exist", messages_language(), fid=parent_id),
        )
    if parent_id is not None and parent_id == fid:
        raise ValidationError(
            "parent_id", tr("results:own_parent", "a result cannot sit under itself", messages_language())
        )
    expected = CHILD_LEVEL.get(parents.get(parent_id) if parent_id is not None else None)
    level = values.get("level")
    if level is not None:
        _check_code("level", level, RESULT_LEVELS)
        if expected is None:
            raise ValidationError(
                "parent_id",
                tr("results:under_output", "an output cannot have results under it", messages_language()),
            )
        if level != expected:
            raise ValidationError(
                "level",
                tr(
                    "results:wrong_level",
                    "this place of the chain holds a result of the level {expected}, not {level}",
                    messages_language(),
                    expected=vocabulary_label("result_level", expected, messages_language()),
                    level=vocabulary_label("result_level", level, messages_language()),
                ),
            )


def add_result(project: Project, values: dict[str, Any]) -> InsertRows:
    """Add a result; its level follows from its parent (impact, outcome under it, output under that)."""
    parent_id = values.get("parent_id")
    parent_level = None
    if parent_id is not None:
        parent_level = (
            _connection(project).execute(select(RESULTS.c.level).where(RESULTS.c.fid == parent_id)).scalar()
        )
    row = {
        "parent_id": parent_id,
        "level": CHILD_LEVEL.get(parent_level, "output"),
        "code": next_result_code(project, parent_id),
        "position": _next_position(project, RESULTS, RESULTS.c.parent_id, parent_id),
        **values,
    }
    _check_result(project, row)
    row["statement"] = row["statement"].strip()
    row["code"] = str(row["code"]).strip()
    label = tr("undo:add_result", "Add result {code}", messages_language(), code=row["code"])
    return InsertRows({RESULTS.name: [row]}, label=label, order=ORDER)


def update_result(project: Project, fid: int, changes: dict[str, Any]) -> UpdateRow:
    current = _one(project, RESULTS, fid, "result")
    _check_result(project, {**current, **changes}, fid)
    label = tr("undo:edit_result", "Edit result {code}", messages_language(), code=current["code"])
    return UpdateRow(RESULTS, fid, changes, label=label)


def _subtree(project: Project, fid: int) -> list[int]:
    rows = _connection(project).execute(select(RESULTS.c.fid, RESULTS.c.parent_id)).all()
    found, frontier = [fid], [fid]
    while frontier:
        frontier = [child for child, parent in rows if parent in frontier]
        found.extend(frontier)
    return found


def delete_result(project: Project, fid: int) -> DeleteRows:
    """Remove a result with the results under it, their indicators, values and links to the plan."""
    current = _one(project, RESULTS, fid, "result")

    def collect(project: Project) -> dict[str, list[dict[str, Any]]]:
        fids = _subtree(project, fid)
        indicators = _where_in(project, INDICATORS, INDICATORS.c.result_id, fids)
        return {
            RESULTS.name: _where_in(project, RESULTS, RESULTS.c.fid, fids),
            LINKS.name: _where_in(project, LINKS, LINKS.c.result_id, fids),
            INDICATORS.name: indicators,
            VALUES.name: _where_in(project, VALUES, VALUES.c.indicator_id, [i["fid"] for i in indicators]),
        }

    label = tr("undo:delete_result", "Delete result {code}", messages_language(), code=current["code"])
    return DeleteRows(collect, label=label, tables=frozenset(t.name for t in ORDER), order=ORDER)


@dataclass
class SetResultTasks:
    """Make `task_uuids` the plan objectives and actions that contribute to one result."""

    result_id: int
    task_uuids: list[str]
    label: str
    tables: frozenset[str] = frozenset({LINKS.name})
    _before: list[dict[str, Any]] = field(default_factory=list)
    _after: list[dict[str, Any]] = field(default_factory=list)

    def do(self, project: Project) -> None:
        connection = _connection(project)
        self._before = _where_in(project, LINKS, LINKS.c.result_id, [self.result_id])
        connection.execute(delete(LINKS).where(LINKS.c.result_id == self.result_id))
        if not self._after:  # redo writes the same rows, with their fids and UUIDs
            self._after = [
                {"uuid": new_uuid(), "result_id": self.result_id, "task_uuid": u} for u in self.task_uuids
            ]
        for row in self._after:
            row["fid"] = connection.execute(insert(LINKS).values(**row)).inserted_primary_key[0]

    def undo(self, project: Project) -> None:
        connection = _connection(project)
        connection.execute(delete(LINKS).where(LINKS.c.result_id == self.result_id))
        if self._before:
            connection.execute(insert(LINKS), self._before)


def set_result_tasks(project: Project, result_id: int, task_uuids: Iterable[str]) -> SetResultTasks:
    current = _one(project, RESULTS, result_id, "result")
    unique = list(dict.fromkeys(task_uuids))
    label = tr(
        "undo:result_tasks", "Link plan actions to result {code}", messages_language(), code=current["code"]
    )
    return SetResultTasks(result_id, unique, label=label)


# -- indicators ---------------------------------------------------------------------------------------
def _next_position(project: Project, table: Table, column, value: Any) -> int:
    condition = column.is_(None) if value is None else column == value
    highest = _connection(project).execute(select(func.max(table.c.position)).where(condition)).scalar()
    return 0 if highest is None else highest + 1


def next_indicator_code(project: Project, result_id: int) -> str:
    """The result's code with the next letter: 1.1a, 1.1b ..."""
    code = _connection(project).execute(select(RESULTS.c.code).where(RESULTS.c.fid == result_id)).scalar()
    taken = set(
        _connection(project)
        .execute(select(INDICATORS.c.code).where(INDICATORS.c.result_id == result_id))
        .scalars()
    )
    for letter in "abcdefghijklmnopqrstuvwxyz":
        if f"{code}{letter}" not in taken:
            return f"{code}{letter}"
    return f"{code}.{len(taken) + 1}"


def _check_computed(project: Project, computed: Any) -> None:
    """The formula key before ":" must be a formula; a survey formula needs a question that some survey of
    the project asks, of a type it can use (and a choice of it, for a share of a choice question)."""
    from clusterdesk.core.results_formulas import (
        FORMULAS,
        question_fits,
        split_computed,
        survey_questions,
        usable_questions,
    )

    key, question, choice = split_computed(computed)
    _check_code("computed", key, FORMULAS)
    formula = FORMULAS[key]
    language = messages_language()
    if not formula.question:
        if question is not None:
            message = tr("results:formula_no_question", "the formula {formula} takes no survey question",
                         language, formula=key)  # fmt: skip
            raise ValidationError("computed", message)
        return
    if question is None:
        message = tr(
            "results:formula_needs_question",
            "the formula {formula} needs a survey question: write {formula}:<question name>",
            language,
            formula=key,
        )
        raise ValidationError("computed", message)
    asked = survey_questions(_connection(project))
    if not question_fits(formula, asked.get(question), choice):
        fitting = usable_questions(formula, asked)
        message = tr(
            "results:formula_question_unknown",
            "no survey of the project asks {question} in a way the formula {formula} can use; questions"
            " it can use: {questions}",
            language,
            question=repr(question if choice is None else f"{question}={choice}"),
            formula=key,
            questions=", ".join(fitting) or "—",
        )
        raise ValidationError("computed", message)


def _check_indicator(project: Project, values: Mapping[str, Any]) -> None:
    if "name" in values and not _text(values, "name"):
        raise ValidationError(
            "name", tr("results:no_indicator_name", "an indicator needs a name", messages_language())
        )
    if "unit" in values:
        _check_code("unit", values["unit"], INDICATOR_UNITS)
    if "direction" in values:
        _check_code("direction", values["direction"], DIRECTIONS)
    for code in split_codes(values.get("disaggregations")):
        _check_code("disaggregations", code, DISAGGREGATIONS)
    if values.get("computed") is not None:
        _check_computed(project, values["computed"])
    baseline = values.get("baseline_value")
    if baseline is not None:
        _check_number("baseline_value", baseline, values.get("unit", "number"))
    result_id = values.get("result_id")
    if result_id is not None:
        _one(project, RESULTS, result_id, "result")


def add_indicator(project: Project, values: dict[str, Any]) -> InsertRows:
    result_id = values["result_id"]
    row = {
        "code": next_indicator_code(project, result_id),
        "unit": "number",
        "direction": "increase",
        "position": _next_position(project, INDICATORS, INDICATORS.c.result_id, result_id),
        **values,
    }
    _check_indicator(project, row)
    row["name"] = row["name"].strip()
    label = tr("undo:add_result_indicator", "Add indicator {code}", messages_language(), code=row["code"])
    return InsertRows({INDICATORS.name: [row]}, label=label, order=ORDER)


def update_indicator(project: Project, fid: int, changes: dict[str, Any]) -> UpdateRow:
    current = _one(project, INDICATORS, fid, "indicator")
    _check_indicator(project, {**current, **changes})
    label = tr(
        "undo:edit_result_indicator", "Edit indicator {code}", messages_language(), code=current["code"]
    )
    return UpdateRow(INDICATORS, fid, changes, label=label)


def delete_indicator(project: Project, fid: int) -> DeleteRows:
    current = _one(project, INDICATORS, fid, "indicator")

    def collect(project: Project) -> dict[str, list[dict[str, Any]]]:
        return {
            INDICATORS.name: _where_in(project, INDICATORS, INDICATORS.c.fid, [fid]),
            VALUES.name: _where_in(project, VALUES, VALUES.c.indicator_id, [fid]),
        }

    label = tr(
        "undo:delete_result_indicator", "Delete indicator {code}", messages_language(), code=current["code"]
    )
    return DeleteRows(collect, label=label, tables=frozenset({INDICATORS.name, VALUES.name}), order=ORDER)


# -- values -------------------------------------------------------------------------------------------
def _check_number(field_name: str, value: Any, unit: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(
            field_name,
            tr("results:not_a_number", "{value} is not a number", messages_language(), value=repr(value)),
        ) from None
    if not math.isfinite(number):
        raise ValidationError(
            field_name,
            tr("results:not_a_number", "{value} is not a number", messages_language(), value=repr(value)),
        )
    if unit == "yes_no" and number not in (0.0, 1.0):
        raise ValidationError(
            field_name,
            tr(
                "results:yes_no",
                "a yes/no indicator takes 1 (yes) or 0 (no), not {value}",
                messages_language(),
                value=value,
            ),
        )
    if unit == "percentage" and not -1000 <= number <= 1000:
        raise ValidationError(
            field_name,
            tr("results:percentage", "{value} is not a percentage", messages_language(), value=value),
        )
    return number


def check_category(dimension: str, category: str) -> None:
    """Refuse a category that its disaggregation does not have."""
    categories: Mapping[str, str] | None = {
        "sex": SEX_CATEGORIES, "firm_size": FIRM_SIZE_CLASSES, "stakeholder_kind": STAKEHOLDER_KINDS,
    }.get(dimension)  # fmt: skip
    if categories is not None:
        _check_code("category", category, categories)
    elif not category.strip():
        raise ValidationError(
            "category",
            tr("results:no_category", "a value of a disaggregation needs its category", messages_language()),
        )


@dataclass(frozen=True)
class ValueEntry:
    """One value to record (or, with value None, to remove) for one indicator."""

    period: str
    kind: str = "actual"
    value: float | None = None
    dimension: str = ""
    category: str = ""
    note: str | None = None
    evidence: str | None = None


def _key(row: Mapping[str, Any]) -> tuple[str, str, str, str]:
    return (row["period"], row["kind"], row["dimension"], row["category"])


@dataclass
class SetIndicatorValues:
    """Write, replace or remove values of one indicator; undo puts back exactly the rows there were."""

    indicator_id: int
    rows: list[dict[str, Any]]  # new rows (value not None)
    removed_keys: list[tuple[str, str, str, str]]
    label: str
    tables: frozenset[str] = frozenset({VALUES.name})
    _before: list[dict[str, Any]] = field(default_factory=list)

    def do(self, project: Project) -> None:
        connection = _connection(project)
        keys = {_key(r) for r in self.rows} | set(self.removed_keys)
        existing = _where_in(project, VALUES, VALUES.c.indicator_id, [self.indicator_id])
        self._before = [row for row in existing if _key(row) in keys]
        if self._before:
            connection.execute(delete(VALUES).where(VALUES.c.fid.in_([r["fid"] for r in self._before])))
        previous = {_key(r): r for r in self._before}
        for row in self.rows:  # a replaced value keeps its identity
            old = previous.get(_key(row))
            row.setdefault("uuid", old["uuid"] if old else new_uuid())
            if old:
                row.setdefault("fid", old["fid"])
        if self.rows:
            with_fid = [r for r in self.rows if "fid" in r]
            without = [r for r in self.rows if "fid" not in r]
            for group in (with_fid, without):
                if group:
                    connection.execute(insert(VALUES), group)
            for row in without:  # redo must write the same rows
                row["fid"] = connection.execute(
                    select(VALUES.c.fid).where(VALUES.c.uuid == row["uuid"])
                ).scalar()

    def undo(self, project: Project) -> None:
        connection = _connection(project)
        fids = [r["fid"] for r in self.rows]
        if fids:
            connection.execute(delete(VALUES).where(VALUES.c.fid.in_(fids)))
        if self._before:
            connection.execute(insert(VALUES), self._before)


def frequency_word(frequency: str) -> str:
    """ "quarter", "semester" or "year" in the messages language, as in "reports per quarter"."""
    language = messages_language()
    return {
        "quarter": tr("results:per_quarter", "quarter", language),
        "semester": tr("results:per_semester", "semester", language),
        "year": tr("results:per_year", "year", language),
    }[frequency]


def reporting_frequency(project: Project) -> str:
    frequency = _connection(project).execute(select(PROJECT_INFO.c.reporting_frequency)).scalar()
    return frequency if frequency in FREQUENCY_MONTHS else "quarter"


def set_values(project: Project, indicator_id: int, entries: Sequence[ValueEntry]) -> SetIndicatorValues:
    """Record targets and actuals of one indicator; an entry without a value removes that value.

    Refused as a whole, naming the first bad entry, when a period is not one of the project's reporting
    periods, a category is not one of the indicator's disaggregations, or a value does not fit the unit.
    """
    indicator = _one(project, INDICATORS, indicator_id, "indicator")
    frequency = reporting_frequency(project)
    allowed = set(split_codes(indicator["disaggregations"]))
    rows, removed = [], []
    for entry in entries:
        period = parse_period(entry.period)
        if period is None or period.frequency != frequency:
            raise ValidationError(
                "period",
                tr(
                    "results:bad_period",
                    "{period} is not a reporting period of this project: it reports per {frequency}"
                    " (periods such as {example})",
                    messages_language(),
                    period=repr(entry.period),
                    frequency=frequency_word(frequency),
                    example={"quarter": "2025-Q3", "semester": "2025-S2", "year": "2025"}[frequency],
                ),
            )
        _check_code("kind", entry.kind, VALUE_KINDS)
        if entry.dimension:
            if entry.dimension not in allowed:
                raise ValidationError(
                    "dimension",
                    tr(
                        "results:not_disaggregated",
                        "indicator {code} is not disaggregated by {dimension}",
                        messages_language(),
                        code=indicator["code"],
                        dimension=vocabulary_label("disaggregation", entry.dimension, messages_language()),
                    ),
                )
            check_category(entry.dimension, entry.category)
        if indicator["computed"] and entry.kind == "actual":
            raise ValidationError(
                "value",
                tr(
                    "results:computed_actual",
                    "the actuals of indicator {code} are computed from the project; enter targets only",
                    messages_language(),
                    code=indicator["code"],
                ),
            )
        key = (period.code, entry.kind, entry.dimension, entry.category if entry.dimension else "")
        if entry.value is None:
            removed.append(key)
            continue
        number = _check_number("value", entry.value, indicator["unit"])
        rows.append({
            "indicator_id": indicator_id, "period": key[0], "kind": key[1], "dimension": key[2],
            "category": key[3], "value": number, "note": entry.note or None,
            "evidence": entry.evidence or None,
        })  # fmt: skip
    label = tr("undo:indicator_values", "Enter values of indicator {code}", messages_language(),
               code=indicator["code"])  # fmt: skip
    return SetIndicatorValues(indicator_id, rows, removed, label=label)


def set_monitoring_settings(
    project: Project,
    frequency: str | None = None,
    on_track: float | None = None,
    at_risk: float | None = None,
) -> UpdateRow:
    """Change the reporting frequency or the status thresholds (shares of the expected progress).

    The frequency cannot change while values are recorded per another period: they would stop matching."""
    changes: dict[str, Any] = {}
    if frequency is not None:
        _check_code("reporting_frequency", frequency, FREQUENCY_MONTHS)
        current = reporting_frequency(project)
        if frequency != current:
            periods = _connection(project).execute(select(VALUES.c.period).distinct()).scalars().all()
            if periods:
                raise ValidationError(
                    "reporting_frequency",
                    tr_plural(
                        "results:frequency_in_use",
                        "{count} period already has values reported per {frequency}; remove them first",
                        "{count} periods already have values reported per {frequency}; remove them first",
                        len(periods),
                        messages_language(),
                        frequency=frequency_word(current),
                    ),
                )
        changes["reporting_frequency"] = frequency
    on = on_track if on_track is not None else None
    risk = at_risk if at_risk is not None else None
    if on is not None:
        changes["status_on_track"] = float(on)
    if risk is not None:
        changes["status_at_risk"] = float(risk)
    if on is not None or risk is not None:
        fid, old_on, old_risk = (
            _connection(project)
            .execute(
                select(PROJECT_INFO.c.fid, PROJECT_INFO.c.status_on_track, PROJECT_INFO.c.status_at_risk)
            )
            .first()
        )
        new_on = changes.get("status_on_track", old_on)
        new_risk = changes.get("status_at_risk", old_risk)
        if not 0 < new_risk < new_on <= 1.5:
            raise ValidationError(
                "status_on_track",
                tr(
                    "results:thresholds",
                    "the thresholds must satisfy 0 < at risk < on track (now {at_risk} and {on_track})",
                    messages_language(),
                    at_risk=new_risk,
                    on_track=new_on,
                ),
            )
    fid = _connection(project).execute(select(PROJECT_INFO.c.fid)).scalar()
    label = tr("undo:monitoring_settings", "Change monitoring settings", messages_language())
    return UpdateRow(PROJECT_INFO, fid, changes, label=label)
