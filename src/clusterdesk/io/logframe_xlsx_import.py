"""Reading a logframe workbook (one written by `logframe_xlsx`, corrected or not, in any language) back into
the project as one undoable step.

Every row of both sheets is checked before anything is stored, and nothing is stored when any row is
wrong: each problem names the sheet, the row, the column and what to do. How the file meets the chain the
project has (matched by code, nothing deleted unless asked) is described in `logframe_xlsx_merge`. Values
marked computed are skipped: the project works them out itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.commands import CommandGroup
from clusterdesk.core.results import CHILD_LEVEL, read_results
from clusterdesk.core.results_edits import reporting_frequency
from clusterdesk.core.vocabulary_labels import label
from clusterdesk.io.cell_refusal import CellProblemsError
from clusterdesk.io.logframe_xlsx_cells import Problem
from clusterdesk.io.logframe_xlsx_chain import ChainChecker, ChainInFile
from clusterdesk.io.logframe_xlsx_headings import key
from clusterdesk.io.logframe_xlsx_merge import (
    Changes,
    Merge,
    project_indicators_by_code,
    project_results_by_code,
)
from clusterdesk.io.logframe_xlsx_read import read_logframe_rows
from clusterdesk.io.logframe_xlsx_values import ValueInFile, ValuesChecker

if TYPE_CHECKING:
    from clusterdesk.core.project import Project


class LogframeImportError(CellProblemsError):
    """The workbook has bad rows; nothing was imported."""

    listed = 20


@dataclass
class ImportedLogframe:
    """A checked workbook and what importing it changes; `command` is None when it changes nothing."""

    file_name: str
    changes: Changes
    command: CommandGroup | None
    results: int  # results and indicators the file states
    indicators: int
    computed_skipped: int

    def describe(self) -> str:
        c = self.changes
        text = tr(
            "logframe:summary",
            "{file}: results {results} (new {new_results}, changed {changed_results}), indicators "
            "{indicators} (new {new_indicators}, changed {changed_indicators}), values written "
            "{written}, values removed {removed}",
            messages_language(),
            file=self.file_name,
            results=self.results,
            new_results=c.new_results,
            changed_results=c.changed_results,
            indicators=self.indicators,
            new_indicators=c.new_indicators,
            changed_indicators=c.changed_indicators,
            written=c.values_written,
            removed=c.values_removed,
        )
        if c.results_deleted or c.indicators_deleted:
            text += tr(
                "logframe:summary_deleted",
                "; deleted: results {results}, indicators {indicators}",
                messages_language(),
                results=c.results_deleted,
                indicators=c.indicators_deleted,
            )
        return text


def _structure_problems(
    chain: ChainInFile,
    project_results: dict[str, dict[str, Any]],
    children: dict[str, list[dict[str, Any]]],
    sheet: str,
    titles: dict[str, str],
) -> list[Problem]:
    """Parents that exist and levels that fit them: impact, outcomes under it, outputs under those."""
    language = messages_language()
    problems = []

    def problem(row: int, column: str, reason: str) -> None:
        problems.append(Problem(sheet, row, titles.get(column) or column, reason))

    for code, result in chain.results.items():
        level_name = label("result_level", result.level, language)
        if result.level == "impact":
            if result.parent_code is not None:
                problem(
                    result.row,
                    "Parent code",
                    tr(
                        "logframe:impact_parent",
                        "the impact sits at the top of the chain; leave this cell empty",
                        language,
                    ),
                )
            continue
        parent = result.parent_code
        if parent is None:
            problem(
                result.row,
                "Parent code",
                tr(
                    "logframe:needs_parent",
                    "empty; a result of the level {level} sits under another result: "
                    "write that result's code",
                    language,
                    level=level_name,
                ),
            )
            continue
        parent_level = (
            chain.results[parent].level
            if parent in chain.results
            else project_results.get(parent, {}).get("level")
        )
        if parent_level is None:
            if parent in chain.mentioned:
                continue  # its own row has a problem already
            problem(
                result.row,
                result.parent_column,
                tr(
                    "logframe:missing_parent",
                    "result {code} belongs under {parent}, which is neither on this sheet nor in the "
                    "project; add a row for {parent} or correct the code",
                    language,
                    code=code,
                    parent=parent,
                ),
            )
            continue
        expected = CHILD_LEVEL.get(parent_level)
        if expected is None:
            problem(
                result.row,
                result.parent_column,
                tr(
                    "logframe:under_output",
                    "{parent} is an output, and no result sits under an output; correct the parent",
                    language,
                    parent=parent,
                ),
            )
        elif expected != result.level:
            problem(
                result.row,
                "Level",
                tr(
                    "logframe:wrong_level",
                    "a result under {parent} ({parent_level}) has the level {expected}, not {level}; "
                    "correct the level or the parent",
                    language,
                    parent=parent,
                    parent_level=label("result_level", parent_level, language),
                    expected=label("result_level", expected, language),
                    level=level_name,
                ),
            )
    for code, result in chain.results.items():  # results the file leaves alone must still fit
        for child in children.get(code, []):
            if child["code"] not in chain.results and child["level"] != CHILD_LEVEL.get(result.level):
                problem(
                    result.row,
                    "Level",
                    tr(
                        "logframe:orphaned_child",
                        "the project's result {child} ({child_level}) sits under {code} and would no "
                        "longer fit under the level {level}; add {child} to the sheet or keep the level",
                        language,
                        child=child["code"],
                        child_level=label("result_level", child["level"], language),
                        code=code,
                        level=label("result_level", result.level, language),
                    ),
                )
    return problems


def _end_targets(
    chain: ChainInFile,
    values: list[ValueInFile],
    stored: dict,
    sheets: tuple[str, str],
    titles: dict[str, str],
) -> tuple[list[ValueInFile], list[Problem]]:
    """The Logframe sheet's end targets as target values: a conflict with the Values sheet is a problem;
    an end target the Values sheet lacks is added (an unchanged one, with its stored note and evidence)."""
    listed = {v.key: v for v in values}
    added, problems = [], []
    for code, indicator in chain.indicators.items():
        if indicator.end_target is None:
            continue
        period, value = indicator.end_target
        found = listed.get((code, period, "target", "", ""))
        if found is None:
            old = stored.get((code, period, "target", "", ""))
            note, evidence = (old["note"], old["evidence"]) if old else (None, None)
            added.append(ValueInFile(indicator.row, code, period, "target", "", "", value, note, evidence))
        elif found.value != value:
            problems.append(
                Problem(
                    sheets[0],
                    indicator.row,
                    titles.get("End target") or "End target",
                    tr(
                        "logframe:end_target_conflict",
                        "differs from the target for {period} on the sheet {sheet} (row {row}: {value}); "
                        "correct one of them",
                        messages_language(),
                        period=period,
                        sheet=repr(sheets[1]),
                        row=found.row,
                        value="" if found.value is None else found.value,
                    ),
                )
            )
    return added, problems


def read_logframe(project: Project, path: str | Path, *, replace: bool = False) -> ImportedLogframe:
    """Check a logframe workbook against the project. Raises LogframeImportError listing every bad cell
    (and ImportFileError for a file that is not a logframe workbook); changes nothing itself: push the
    returned command to import."""
    path = Path(path)
    sheets = read_logframe_rows(path)
    data = read_results(project.session.connection())
    frequency = reporting_frequency(project)
    results = project_results_by_code(data)
    indicators = project_indicators_by_code(data)
    tasks: dict[str, list[str]] = {}
    for uuid, task in data.tasks.items():
        tasks.setdefault(key(task["name"]), []).append(uuid)

    def linked(code: str) -> set[str]:
        found = results.get(code)
        return set(data.task_links.get(found["fid"], [])) if found else set()

    kept_results = set() if replace else set(results)
    kept_indicators = set() if replace else set(indicators)
    checker = ChainChecker(sheets.chain, frequency, tasks, linked, kept_results, kept_indicators)
    chain = checker.check()
    problems = list(checker.problems)
    children: dict[str, list[dict[str, Any]]] = {}
    by_fid = {r["fid"]: r for r in data.results}
    if not replace:
        for row in data.results:
            if row["parent_id"] in by_fid:
                children.setdefault(by_fid[row["parent_id"]]["code"], []).append(row)
    titles = sheets.chain.titles
    problems += _structure_problems(chain, {} if replace else results, children, sheets.chain.name, titles)
    known = {code: indicators[code] for code in kept_indicators}
    known.update({code: {**indicators.get(code, {}), **i.fields} for code, i in chain.indicators.items()})
    values: list[ValueInFile] = []
    skipped = 0
    if sheets.values is not None:
        value_checker = ValuesChecker(sheets.values, frequency, known, sheets.chain.name)
        values = value_checker.check()
        problems += value_checker.problems
        skipped = value_checker.computed_skipped
    codes = {i["fid"]: i["code"] for i in data.indicators}
    stored = {
        (codes[v["indicator_id"]], v["period"], v["kind"], v["dimension"], v["category"]): v
        for v in data.values
        if v["indicator_id"] in codes
    }
    values_sheet = sheets.values.name if sheets.values is not None else ""
    added, conflicts = _end_targets(chain, values, stored, (sheets.chain.name, values_sheet), titles)
    problems += conflicts
    if problems:
        in_order = sorted(dict.fromkeys(problems), key=lambda p: (p.sheet != sheets.chain.name, p.row))
        raise LogframeImportError(path.name, in_order)
    label_text = tr(
        "undo:import_logframe", "Import logframe from {file}", messages_language(), file=path.name
    )
    merge = Merge(project, data, chain, values + added, replace, label_text)
    changes = merge.run()
    return ImportedLogframe(
        path.name, changes, merge.command(), len(chain.results), len(chain.indicators), skipped
    )
