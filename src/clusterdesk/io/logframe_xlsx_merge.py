"""How a checked logframe workbook meets the project's result chain: which results and indicators are new,
which change and how, which values are written or removed, and the one undoable command doing it all.

Results are matched by code, indicators by code across the whole chain (an indicator may move to another
result). A matched result takes the file's level, parent, statement, assumptions, notes and contributing
actions; a matched indicator all of the file's fields. Values are keyed by indicator, period, target or
actual, disaggregation and category: a value in the file replaces the stored one, an empty value cell
removes it, values the file does not mention stay. With `replace`, results and indicators the file does
not have are deleted with their values, and so are the stored values of the file's indicators that the
file does not list: the project's chain then is the file's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from clusterdesk.core.commands import CommandGroup, UpdateRow
from clusterdesk.core.governance_rows import DeleteRows, InsertRows, _next_fid, _where_in
from clusterdesk.core.results import ResultsData
from clusterdesk.core.results_edits import (
    INDICATORS,
    LINKS,
    ORDER,
    RESULTS,
    VALUES,
    SetIndicatorValues,
    SetResultTasks,
)
from clusterdesk.io.logframe_xlsx_chain import ChainInFile
from clusterdesk.io.logframe_xlsx_values import ValueInFile

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

ValueKey = tuple[str, str, str, str]  # period, kind, dimension, category


@dataclass
class Changes:
    """What an import does, counted for the summary, and the commands that do it."""

    commands: list[Any] = field(default_factory=list)
    new_results: int = 0
    changed_results: int = 0
    new_indicators: int = 0
    changed_indicators: int = 0
    values_written: int = 0
    values_removed: int = 0
    results_deleted: int = 0
    indicators_deleted: int = 0


class Merge:
    """Works out the Changes of importing `chain` and `values` into `project` (read in `data`)."""

    def __init__(
        self,
        project: Project,
        data: ResultsData,
        chain: ChainInFile,
        values: list[ValueInFile],
        replace: bool,
        label: str,
    ) -> None:
        self.project = project
        self.data = data
        self.chain = chain
        self.values = values
        self.replace = replace
        self.label = label
        self.changes = Changes()
        self.result_by_code = project_results_by_code(data)
        self.indicator_by_code = project_indicators_by_code(data)
        self.result_fids: dict[str, int] = {}
        self.indicator_fids: dict[str, int] = {}

    def run(self) -> Changes:
        self.results()
        self.links()
        self.indicators()
        self.indicator_values()
        if self.replace:
            self.deletions()
        return self.changes

    # -- results -------------------------------------------------------------------------------------
    def parent_fid(self, code: str | None) -> int | None:
        if code is None:
            return None
        if code in self.result_fids:
            return self.result_fids[code]
        return self.result_by_code[code]["fid"]  # checked to exist before

    def results(self) -> None:
        next_fid = _next_fid(self.project, RESULTS)
        for code in self.chain.results:
            found = self.result_by_code.get(code)
            if found is not None:
                self.result_fids[code] = found["fid"]
            else:
                self.result_fids[code], next_fid = next_fid, next_fid + 1
        positions: dict[str | None, int] = {}
        new_rows, updates = [], []
        for code, result in self.chain.results.items():
            position = positions[result.parent_code] = positions.get(result.parent_code, -1) + 1
            wanted = {
                "parent_id": self.parent_fid(result.parent_code),
                "level": result.level,
                "code": code,
                "position": position,
                **result.texts,
            }
            current = self.result_by_code.get(code)
            if current is None:
                new_rows.append({"fid": self.result_fids[code], **wanted})
                continue
            if "statement" in wanted and wanted["statement"] is None:
                wanted.pop("statement", None)  # an existing result keeps its statement
            changes = {k: v for k, v in wanted.items() if current.get(k) != v}
            if changes:
                updates.append(UpdateRow(RESULTS, current["fid"], changes, label=self.label))
        if new_rows:
            self.changes.commands.append(InsertRows({RESULTS.name: new_rows}, label=self.label, order=ORDER))
        self.changes.commands.extend(updates)
        self.changes.new_results, self.changes.changed_results = len(new_rows), len(updates)

    def links(self) -> None:
        for code, result in self.chain.results.items():
            if result.actions is None:
                continue
            fid = self.result_fids[code]
            if result.actions != self.data.task_links.get(fid, []):
                self.changes.commands.append(SetResultTasks(fid, result.actions, label=self.label))

    # -- indicators ----------------------------------------------------------------------------------
    def indicators(self) -> None:
        next_fid = _next_fid(self.project, INDICATORS)
        positions: dict[str, int] = {}
        new_rows, updates = [], []
        for code, indicator in self.chain.indicators.items():
            position = positions[indicator.result_code] = positions.get(indicator.result_code, -1) + 1
            wanted = {
                "result_id": self.result_fids[indicator.result_code],
                "code": code,
                "position": position,
                **indicator.fields,
            }
            current = self.indicator_by_code.get(code)
            if current is None:
                self.indicator_fids[code], next_fid = next_fid, next_fid + 1
                new_rows.append({"fid": self.indicator_fids[code], **wanted})
                continue
            self.indicator_fids[code] = current["fid"]
            changes = {k: v for k, v in wanted.items() if current.get(k) != v}
            if changes:
                updates.append(UpdateRow(INDICATORS, current["fid"], changes, label=self.label))
        if new_rows:
            self.changes.commands.append(
                InsertRows({INDICATORS.name: new_rows}, label=self.label, order=ORDER)
            )
        self.changes.commands.extend(updates)
        self.changes.new_indicators, self.changes.changed_indicators = len(new_rows), len(updates)

    def indicator_fid(self, code: str) -> int:
        return self.indicator_fids.get(code) or self.indicator_by_code[code]["fid"]

    # -- values --------------------------------------------------------------------------------------
    def indicator_values(self) -> None:
        stored: dict[int, dict[ValueKey, dict[str, Any]]] = {}
        for row in self.data.values:
            key = (row["period"], row["kind"], row["dimension"], row["category"])
            stored.setdefault(row["indicator_id"], {})[key] = row
        by_indicator: dict[int, list[ValueInFile]] = {}
        for value in self.values:
            by_indicator.setdefault(self.indicator_fid(value.indicator_code), []).append(value)
        if self.replace:  # the file's indicators keep only the values the file lists
            for code in self.chain.indicators:
                by_indicator.setdefault(self.indicator_fid(code), [])
        for fid, entries in by_indicator.items():
            before = stored.get(fid, {})
            rows, removed = [], []
            listed = {(e.period, e.kind, e.dimension, e.category) for e in entries}
            for entry in entries:
                key = (entry.period, entry.kind, entry.dimension, entry.category)
                old = before.get(key)
                if entry.value is None:
                    if old is not None:
                        removed.append(key)
                    continue
                if old is not None and (old["value"], old["note"], old["evidence"]) == (
                    entry.value,
                    entry.note,
                    entry.evidence,
                ):
                    continue
                rows.append(
                    {
                        "indicator_id": fid,
                        "period": key[0],
                        "kind": key[1],
                        "dimension": key[2],
                        "category": key[3],
                        "value": entry.value,
                        "note": entry.note,
                        "evidence": entry.evidence,
                    }
                )
            if self.replace:
                removed.extend(k for k in before if k not in listed)
            if rows or removed:
                self.changes.commands.append(SetIndicatorValues(fid, rows, removed, label=self.label))
                self.changes.values_written += len(rows)
                self.changes.values_removed += len(removed)

    # -- replace -------------------------------------------------------------------------------------
    def deletions(self) -> None:
        kept_results = set(self.result_fids.values())
        kept_indicators = set(self.indicator_fids.values())
        results = [r["fid"] for r in self.data.results if r["fid"] not in kept_results]
        indicators = [i["fid"] for i in self.data.indicators if i["fid"] not in kept_indicators]
        if not results and not indicators:
            return

        def collect(project: Project) -> dict[str, list[dict[str, Any]]]:
            connection = project.session.connection()
            gone = set(indicators) | set(
                connection.execute(
                    select(INDICATORS.c.fid).where(INDICATORS.c.result_id.in_(results))
                ).scalars()
            )
            return {
                RESULTS.name: _where_in(project, RESULTS, RESULTS.c.fid, results),
                LINKS.name: _where_in(project, LINKS, LINKS.c.result_id, results),
                INDICATORS.name: _where_in(project, INDICATORS, INDICATORS.c.fid, gone),
                VALUES.name: _where_in(project, VALUES, VALUES.c.indicator_id, gone),
            }

        tables = frozenset(t.name for t in ORDER)
        self.changes.commands.append(DeleteRows(collect, label=self.label, tables=tables, order=ORDER))
        self.changes.results_deleted, self.changes.indicators_deleted = len(results), len(indicators)

    def command(self) -> CommandGroup | None:
        return CommandGroup(self.changes.commands, label=self.label) if self.changes.commands else None


def project_results_by_code(data: ResultsData) -> dict[str, dict[str, Any]]:
    """The project's results by code; of two with one code, the first in outline order."""
    found: dict[str, dict[str, Any]] = {}
    for row in data.results:
        found.setdefault(row["code"], row)
    return found


def project_indicators_by_code(data: ResultsData) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for row in data.indicators:
        found.setdefault(row["code"], row)
    return found
