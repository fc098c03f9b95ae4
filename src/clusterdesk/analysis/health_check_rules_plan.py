"""Health checks on the action plan's budget and on the project's phase.

Budgets: the pack and the exports add up the budget of every task, objectives and actions included, so an
amount entered on a task and again on the tasks under it counts twice. Two rules:
- plan.budget_counted_twice (error): a task's amount in one budget source equals the sum of its direct
  children's amounts in that source (a roll-up typed in by hand);
- plan.budget_on_parent_and_children (warning): a task and one of its descendants both carry an amount in
  the same source, not equal to the children's sum (the parent's own costs, or a double count);
- plan.same_loan_twice (warning): two tasks, neither under the other, carry the same amount in the same
  source, at least one of them names a loan or credit, and they are siblings or share a word of five
  letters or more in their names.

Phase (1 selection, 2 the CDA, 3 diagnostic, 4 vision and action plan, 5 implementation, 6 M&E): actions are
the plan's actions and activities that are not cancelled.
- project.phase_behind_progress (error): phase 1 to 4 (before implementation) while at least half of the
  actions (and two or more) are completed;
- project.phase_ahead_of_progress (error): phase 5 or 6 while no action is in progress or completed and
  none has any percentage done;
- project.phase_without_diagnostic, project.phase_without_vision, project.phase_without_results (warnings):
  phase 4 or later without a diagnostic, phase 5 or later without a vision, phase 6 without a result chain.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from clusterdesk.analysis.health_checks import CheckContext, Hit, health_check
from clusterdesk.core.catalogue import tr
from clusterdesk.core.formatting import integer
from clusterdesk.core.vocabulary_labels import budget_source_label, phase_label

SOURCES = ("enterprises", "public", "donor", "other")
LOAN_WORDS = re.compile(
    r"loan|credit|cr[ée]dito|pr[ée]stamo|\bpr[êe]t\b|emprunt|кредит|за[её]м|займ", re.IGNORECASE
)
WORD = re.compile(r"\w{5,}")
TOLERANCE = 0.5  # amounts are money: half a unit apart is the same amount


def _tasks(context: CheckContext) -> dict[int, dict]:
    return context.shared("plan_tasks", _read_tasks)


def _read_tasks(context: CheckContext) -> dict[int, dict]:
    columns = ", ".join(f"budget_{s}" for s in SOURCES)
    rows = context.rows(
        f"SELECT fid, parent_id, name, kind, status, percent_complete, {columns} FROM plan_tasks"
    )
    names = ("fid", "parent_id", "name", "kind", "status", "percent")
    tasks = {}
    for row in rows:
        task = dict(zip(names, row[:6], strict=True))
        task["percent"] = task["percent"] or 0
        task["budget"] = {s: float(v or 0) for s, v in zip(SOURCES, row[6:], strict=True)}
        tasks[task["fid"]] = task
    return tasks


def _children(tasks: dict[int, dict]) -> dict[int, list[dict]]:
    found: dict[int, list[dict]] = defaultdict(list)
    for task in tasks.values():
        if task["parent_id"] in tasks:
            found[task["parent_id"]].append(task)
    return found


def _descendants(fid: int, children: dict[int, list[dict]]) -> list[dict]:
    found, stack, seen = [], list(children.get(fid, [])), {fid}
    while stack:
        task = stack.pop()
        if task["fid"] in seen:
            continue
        seen.add(task["fid"])
        found.append(task)
        stack.extend(children.get(task["fid"], []))
    return found


def _money(context: CheckContext, amount: float) -> str:
    return integer(round(amount), context.language)


@health_check(
    "plan.budget_counted_twice",
    "error",
    lambda language: tr(
        "check:budget_twice:fix",
        "Every task's budget is added to the total: keep the amounts on the tasks below and set the "
        "parent's amount in this source to zero.",
        language,
    ),
)
def budget_counted_twice(context: CheckContext) -> Iterator[Hit]:
    tasks = _tasks(context)
    children = _children(tasks)
    for fid, below in sorted(children.items()):
        task = tasks[fid]
        for source in SOURCES:
            amount = task["budget"][source]
            total = sum(child["budget"][source] for child in below)
            if amount > 0 and abs(amount - total) < TOLERANCE:
                message = tr(
                    "check:budget_twice",
                    '"{task}" carries {amount} ({source}), the sum of the tasks under it: the total counts '
                    "it twice.",
                    context.language,
                    task=task["name"],
                    amount=_money(context, amount),
                    source=budget_source_label(source, context.language),
                )
                yield Hit("plan_tasks", fid, message)


@health_check(
    "plan.budget_on_parent_and_children",
    "warning",
    lambda language: tr(
        "check:budget_parent:fix",
        "Check that the parent's amount is its own cost and not the sum of the tasks below; otherwise set "
        "it to zero.",
        language,
    ),
)
def budget_on_parent_and_children(context: CheckContext) -> Iterator[Hit]:
    tasks = _tasks(context)
    children = _children(tasks)
    for fid in sorted(children):
        task, below = tasks[fid], _descendants(fid, children)
        for source in SOURCES:
            amount = task["budget"][source]
            direct = sum(child["budget"][source] for child in children[fid])
            carrying = [t for t in below if t["budget"][source] > 0]
            if amount > 0 and carrying and abs(amount - direct) >= TOLERANCE:
                message = tr(
                    "check:budget_parent",
                    '"{task}" carries {amount} ({source}) and so does "{child}", under it: both are added '
                    "to the total.",
                    context.language,
                    task=task["name"],
                    amount=_money(context, amount),
                    source=budget_source_label(source, context.language),
                    child=carrying[0]["name"],
                )
                yield Hit("plan_tasks", fid, message)
                break


def _related(a: dict, b: dict, tasks: dict[int, dict]) -> bool:
    """Whether one task is above the other."""
    for low, high in ((a, b), (b, a)):
        parent, steps = low["parent_id"], 0
        while parent in tasks and steps <= len(tasks):
            if parent == high["fid"]:
                return True
            parent, steps = tasks[parent]["parent_id"], steps + 1
    return False


@health_check(
    "plan.same_loan_twice",
    "warning",
    lambda language: tr(
        "check:loan_twice:fix",
        "If both tasks record the same loan, keep it on one task and set the other's amount to zero.",
        language,
    ),
)
def same_loan_twice(context: CheckContext) -> Iterator[Hit]:
    tasks = _tasks(context)
    by_amount: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for task in tasks.values():
        for source in SOURCES:
            if task["budget"][source] > 0:
                by_amount[(source, round(task["budget"][source]))].append(task)
    for (source, amount), same in sorted(by_amount.items()):
        same = sorted(same, key=lambda t: t["fid"])
        for index, first in enumerate(same):
            for second in same[index + 1 :]:
                if not (LOAN_WORDS.search(first["name"]) or LOAN_WORDS.search(second["name"])):
                    continue
                if _related(first, second, tasks):
                    continue
                words = set(WORD.findall(first["name"].casefold())) & set(
                    WORD.findall(second["name"].casefold())
                )
                if first["parent_id"] != second["parent_id"] and not words:
                    continue
                message = tr(
                    "check:loan_twice",
                    '"{first}" and "{second}" both carry {amount} ({source}): the same loan may be '
                    "counted twice.",
                    context.language,
                    first=first["name"],
                    second=second["name"],
                    amount=_money(context, amount),
                    source=budget_source_label(source, context.language),
                )
                yield Hit("plan_tasks", second["fid"], message)


def _actions(context: CheckContext) -> list[dict]:
    return [t for t in _tasks(context).values() if t["kind"] != "objective" and t["status"] != "cancelled"]


def _phase(context: CheckContext) -> int | None:
    return context.project_info.get("phase")


@health_check(
    "project.phase_behind_progress",
    "error",
    lambda language: tr(
        "check:phase_behind:fix",
        "Set the project's phase to where the work is (File ▸ Project properties), or correct the tasks' "
        "status.",
        language,
    ),
)
def phase_behind_progress(context: CheckContext) -> Iterator[Hit]:
    phase = _phase(context)
    actions = _actions(context)
    done = sum(1 for t in actions if t["status"] == "completed")
    if phase is not None and phase <= 4 and done >= 2 and done * 2 >= len(actions):
        message = tr(
            "check:phase_behind",
            "The project is in phase {phase} ({name}), yet {done} of its {total} actions are completed.",
            context.language,
            phase=phase,
            name=phase_label(phase, context.language),
            done=done,
            total=len(actions),
        )
        yield Hit("", None, message)


@health_check(
    "project.phase_ahead_of_progress",
    "error",
    lambda language: tr(
        "check:phase_ahead:fix",
        "Set the project's phase to where the work is (File ▸ Project properties), or record the progress "
        "of the actions under way in the action plan.",
        language,
    ),
)
def phase_ahead_of_progress(context: CheckContext) -> Iterator[Hit]:
    phase = _phase(context)
    actions = _actions(context)
    started = [t for t in actions if t["status"] in ("in_progress", "completed") or t["percent"] > 0]
    if phase is not None and phase >= 5 and not started:
        message = tr(
            "check:phase_ahead",
            "The project is in phase {phase} ({name}), yet none of its {total} actions has started.",
            context.language,
            phase=phase,
            name=phase_label(phase, context.language),
            total=len(actions),
        )
        yield Hit("", None, message)


def _present(context: CheckContext, *tables: str) -> bool:
    return any(context.has_table(t) and context.rows(f"SELECT 1 FROM {t} LIMIT 1") for t in tables)


@health_check(
    "project.phase_without_diagnostic",
    "warning",
    lambda language: tr(
        "check:phase_no_diagnostic:fix",
        "Record the diagnostic in the Diagnostic panel, or set the phase the project is really in.",
        language,
    ),
)
def phase_without_diagnostic(context: CheckContext) -> Iterator[Hit]:
    phase = _phase(context)
    if phase is not None and phase >= 4 and not _present(context, "diagnostic_reports", "diagnostic_items"):
        message = tr(
            "check:phase_no_diagnostic",
            "The project is in phase {phase} ({name}) but has no diagnostic.",
            context.language,
            phase=phase,
            name=phase_label(phase, context.language),
        )
        yield Hit("", None, message)


@health_check(
    "project.phase_without_vision",
    "warning",
    lambda language: tr(
        "check:phase_no_vision:fix",
        "Record the vision the stakeholders agreed in the Action plan panel, or set the phase the project "
        "is really in.",
        language,
    ),
)
def phase_without_vision(context: CheckContext) -> Iterator[Hit]:
    phase = _phase(context)
    if phase is not None and phase >= 5 and not _present(context, "vision_statements"):
        message = tr(
            "check:phase_no_vision",
            "The project is in phase {phase} ({name}) but has no vision.",
            context.language,
            phase=phase,
            name=phase_label(phase, context.language),
        )
        yield Hit("", None, message)


@health_check(
    "project.phase_without_results",
    "warning",
    lambda language: tr(
        "check:phase_no_results:fix",
        "Draw up the result chain and its indicators in the Results panel, or set the phase the project "
        "is really in.",
        language,
    ),
)
def phase_without_results(context: CheckContext) -> Iterator[Hit]:
    phase = _phase(context)
    if phase is not None and phase >= 6 and not _present(context, "results"):
        message = tr(
            "check:phase_no_results",
            "The project is in phase {phase} ({name}) but has no result chain.",
            context.language,
            phase=phase,
            name=phase_label(phase, context.language),
        )
        yield Hit("", None, message)
