"""Checking the Logframe sheet row by row: the results it states (level, code, parent, statement,
assumptions, contributing actions) and their indicators. Every bad cell becomes a Problem; nothing here
touches the project."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.results import DIRECTIONS, DISAGGREGATIONS, INDICATOR_UNITS, RESULT_LEVELS
from clusterdesk.core.results_formulas import FORMULAS
from clusterdesk.core.vocabulary_labels import label
from clusterdesk.io import logframe_xlsx_cells as cells
from clusterdesk.io.logframe_xlsx_cells import CellError, Problem
from clusterdesk.io.logframe_xlsx_headings import key
from clusterdesk.io.logframe_xlsx_read import SheetRows
from clusterdesk.io.logframe_xlsx_vocabulary import read_code

RESULT_TEXTS = {
    "Result statement": "statement",
    "Assumptions and risks": "assumptions",
    "Result notes": "notes",
}
INDICATOR_TEXTS = {
    "Indicator": "name",
    "Definition": "definition",
    "Baseline source": "baseline_source",
    "Data source": "data_source",
    "Collection method": "collection_method",
    "Frequency": "frequency",
    "Responsible": "responsible",
    "Means of verification": "verification",
    "Indicator notes": "notes",
}
FIELD_COLUMNS = {
    **{name: column for column, name in INDICATOR_TEXTS.items()},
    "unit": "Unit",
    "direction": "Direction",
    "disaggregations": "Disaggregations",
    "computed": "Computed formula",
    "baseline_value": "Baseline value",
    "baseline_date": "Baseline date",
}
INDICATOR_COLUMNS = (
    "Indicator code",
    *INDICATOR_TEXTS,
    "Unit",
    "Direction",
    "Disaggregations",
    "Baseline value",
    "Baseline date",
    "End target",
    "End target period",
    "Computed formula",
)


@dataclass
class ResultInFile:
    row: int  # the result's first row
    code: str
    level: str
    parent_code: str | None
    parent_column: str  # English column the parent came from: "Parent code", or "Code" when derived from it
    texts: dict[str, str | None] = field(default_factory=dict)  # statement, assumptions, notes
    actions: list[str] | None = None  # task UUIDs; None when no row of the result names any
    action_row: int = 0


@dataclass
class IndicatorInFile:
    row: int
    result_code: str
    code: str
    fields: dict[str, Any]
    end_target: tuple[str, float] | None = None


@dataclass
class ChainInFile:
    results: dict[str, ResultInFile] = field(default_factory=dict)  # in the file's order
    indicators: dict[str, IndicatorInFile] = field(default_factory=dict)
    mentioned: set[str] = field(default_factory=set)  # every result code on the sheet, readable or not


def derived_parent(code: str) -> str | None:
    """The parent of a dotted code: 1.2 → 1, 1.2.3 → 1.2; None for a code without a dot."""
    head, dot, _tail = code.rpartition(".")
    return head if dot and head else None


class ChainChecker:
    """Reads the Logframe sheet into a ChainInFile, collecting problems."""

    def __init__(
        self,
        sheet: SheetRows,
        frequency: str,
        tasks: dict[str, list[str]],
        linked: Callable[[str], set[str]],
        known_results: set[str],
        known_indicators: set[str],
    ) -> None:
        self.sheet = sheet
        self.frequency = frequency
        self.tasks = tasks  # action name key -> task UUIDs with that name
        self.linked = linked  # result code -> UUIDs the project links to it now
        self.known_results = known_results  # codes of results the project has (and keeps)
        self.known_indicators = known_indicators
        self.problems: list[Problem] = []
        self.chain = ChainInFile()
        self.row = 0
        self.cells: dict[str, Any] = {}

    # -- cells ---------------------------------------------------------------------------------------
    def problem(self, column: str, reason: str, row: int | None = None) -> None:
        title = self.sheet.titles.get(column) or column
        self.problems.append(Problem(self.sheet.name, row or self.row, title, reason))

    def value(self, column: str) -> Any:
        formula = self.sheet.uncomputed.get((self.row, column))
        if formula is not None:
            self.problem(
                column,
                tr(
                    "logframe:uncomputed",
                    "a formula without a computed value ({formula}); open and save the workbook in Excel or "
                    "LibreOffice, or type the value",
                    messages_language(),
                    formula=formula or "=",
                ),
            )
            return None
        return self.cells.get(column)

    def text(self, column: str) -> str | None:
        return cells.text(self.value(column))

    def word(self, column: str, vocabulary: str, codes, default: str | None) -> str | None:
        written = self.text(column)
        if written is None:
            return default
        code = read_code(vocabulary, written)
        if code is None:
            language = messages_language()
            self.problem(column, cells.one_of(written, [label(vocabulary, c, language) for c in codes]))
        return code

    def computed(self) -> str | None:
        """The formula by its key or label, with its survey question after ":" ("survey_mean:exports");
        the project checks the question when the indicator is saved."""
        written = self.text("Computed formula")
        if written is None or read_code("formula", written) is not None:
            return self.word("Computed formula", "formula", FORMULAS, None)
        formula, colon, question = written.rpartition(":")
        code = read_code("formula", formula) if colon and question.strip() else None
        if code is None:
            return self.word("Computed formula", "formula", FORMULAS, None)  # names the problem
        return f"{code}:{question.strip()}"

    def read(self, column: str, parse: Callable[[Any], Any]) -> Any:
        value = self.value(column)
        if cells.text(value) is None:
            return None
        try:
            return parse(value)
        except CellError as error:
            self.problem(column, str(error))
            return None

    # -- rows ----------------------------------------------------------------------------------------
    def check(self) -> ChainInFile:
        for number, values in self.sheet.rows:
            self.row, self.cells = number, values
            result = self.result()
            if result is not None and any(self.text(c) for c in INDICATOR_COLUMNS):
                self.indicator(result)
        language = messages_language()
        for result in self.chain.results.values():
            if result.texts.get("statement") is None and result.code not in self.known_results:
                self.problem(
                    "Result statement",
                    tr("logframe:no_statement", "empty; state the result (what will change)", language),
                    row=result.row,
                )
            if result.actions is None and "Contributing plan actions" in self.sheet.titles:
                result.actions = []  # the file lists none; a missing column leaves the links as they are
        return self.chain

    def result(self) -> ResultInFile | None:
        language = messages_language()
        code = self.text("Code")
        levels = [label("result_level", c, language) for c in RESULT_LEVELS]
        level = self.word("Level", "result_level", RESULT_LEVELS, None)
        if self.text("Level") is None:
            self.problem(
                "Level", tr("logframe:no_level", "empty; write {levels}", language, levels=", ".join(levels))
            )
        if code is not None:
            self.chain.mentioned.add(code)
        if code is None:
            self.problem(
                "Code", tr("logframe:no_code", "empty; write the result's code, such as 1.1", language)
            )
        if code is None or level is None:
            return None
        parent_column = "Parent code" if self.text("Parent code") else "Code"
        parent = self.text("Parent code") or (derived_parent(code) if level != "impact" else None)
        found = self.chain.results.get(code)
        if found is None:
            found = self.chain.results[code] = ResultInFile(self.row, code, level, parent, parent_column)
            # a column the sheet has is the truth, empty or not; a column it lacks leaves the field alone
            found.texts = {name: None for column, name in RESULT_TEXTS.items() if column in self.sheet.titles}
        elif found.level != level:
            self.problem(
                "Level",
                tr(
                    "logframe:other_level",
                    "row {row} gives result {code} the level {level}; a result has one level",
                    language,
                    row=found.row,
                    code=code,
                    level=label("result_level", found.level, language),
                ),
            )
        elif self.text("Parent code") and parent != found.parent_code:
            self.same(found, "Parent code", found.parent_code, parent)
        for column, name in RESULT_TEXTS.items():
            written = self.text(column)
            if written is not None and found.texts.get(name) is None:
                found.texts[name] = written
            elif written is not None:
                self.same(found, column, found.texts[name], written)
        self.actions(found)
        return found

    def same(self, found: ResultInFile, column: str, first: Any, again: Any) -> None:
        if first != again:
            self.problem(
                column,
                tr(
                    "logframe:conflict",
                    "row {row} gives result {code} another {column}; keep one",
                    messages_language(),
                    row=found.row,
                    code=found.code,
                    column=self.sheet.titles.get(column) or column,
                ),
            )

    def actions(self, found: ResultInFile) -> None:
        written = self.text("Contributing plan actions")
        if written is None:
            return
        names = [line.strip() for line in written.splitlines() if line.strip()]
        uuids: list[str] = []
        linked = self.linked(found.code)
        for name in names:
            candidates = self.tasks.get(key(name), [])
            if not candidates:
                self.problem(
                    "Contributing plan actions",
                    tr(
                        "logframe:no_action",
                        "no plan action of this project is called {name}; write the names as the plan has "
                        "them, one per line",
                        messages_language(),
                        name=repr(name),
                    ),
                )
                continue
            # of actions sharing a name, keep those linked now; otherwise the name stands for all of them
            uuids.extend([u for u in candidates if u in linked] or candidates)
        if found.actions is not None and found.action_row != self.row:
            self.same(found, "Contributing plan actions", found.actions, uuids)
            return
        found.actions, found.action_row = list(dict.fromkeys(uuids)), self.row

    def indicator(self, result: ResultInFile) -> None:
        language = messages_language()
        code = self.text("Indicator code")
        if code is None:
            self.problem(
                "Indicator code",
                tr(
                    "logframe:no_indicator_code",
                    "empty; give the indicator a code such as 1.1a (the Values sheet refers to it)",
                    language,
                ),
            )
            return
        earlier = self.chain.indicators.get(code)
        if earlier is not None:
            self.problem(
                "Indicator code",
                tr(
                    "logframe:duplicate_indicator",
                    "the indicator code {code} is already used in row {row}; give each indicator its "
                    "own code",
                    language,
                    code=code,
                    row=earlier.row,
                ),
            )
            return
        fields: dict[str, Any] = {name: self.text(column) for column, name in INDICATOR_TEXTS.items()}
        if fields["name"] is None and ("Indicator" in self.sheet.titles or code not in self.known_indicators):
            self.problem("Indicator", tr("logframe:no_indicator_name", "empty; name the indicator", language))
        fields["unit"] = self.word("Unit", "indicator_unit", INDICATOR_UNITS, "number")
        fields["direction"] = self.word("Direction", "direction", DIRECTIONS, "increase")
        fields["disaggregations"] = self.disaggregations()
        fields["computed"] = self.computed()
        unit = fields["unit"] or "number"
        fields["baseline_value"] = self.read("Baseline value", lambda v: cells.number(v, unit))
        fields["baseline_date"] = self.read("Baseline date", cells.date)
        fields = {name: v for name, v in fields.items() if FIELD_COLUMNS[name] in self.sheet.titles}
        end_value = self.read("End target", lambda v: cells.number(v, unit))
        end_period = self.read("End target period", lambda v: cells.period(v, self.frequency))
        end_target = None
        if end_value is not None and end_period is None and self.text("End target period") is None:
            self.problem(
                "End target period",
                tr(
                    "logframe:no_end_period",
                    "empty; write the period of the end target, such as {example}",
                    language,
                    example=cells.PERIOD_EXAMPLES[self.frequency],
                ),
            )
        elif end_value is not None and end_period is not None:
            end_target = (end_period, end_value)
        self.chain.indicators[code] = IndicatorInFile(self.row, result.code, code, fields, end_target)

    def disaggregations(self) -> str | None:
        written = self.text("Disaggregations")
        if written is None:
            return None
        codes = []
        for part in (p.strip() for p in written.replace(",", ";").split(";")):
            if not part:
                continue
            code = read_code("disaggregation", part)
            if code is None:
                language = messages_language()
                choices = [label("disaggregation", c, language) for c in DISAGGREGATIONS]
                self.problem("Disaggregations", cells.one_of(part, choices))
            elif code not in codes:
                codes.append(code)
        return "; ".join(codes) or None
