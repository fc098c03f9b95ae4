"""Checking the Values sheet row by row: targets and actuals per reporting period, in total or per category
of a disaggregation. Rows marked computed are worked out from the project and are skipped, never stored
as entered values. Every bad cell becomes a Problem; nothing here touches the project."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.results import DISAGGREGATIONS, VALUE_KINDS, split_codes
from clusterdesk.core.vocabulary_labels import label
from clusterdesk.io import logframe_xlsx_cells as cells
from clusterdesk.io.logframe_xlsx_cells import CellError, Problem
from clusterdesk.io.logframe_xlsx_headings import computed_answer, yes_word
from clusterdesk.io.logframe_xlsx_read import SheetRows
from clusterdesk.io.logframe_xlsx_vocabulary import known_categories, read_category, read_code


@dataclass(frozen=True)
class ValueInFile:
    row: int
    indicator_code: str
    period: str
    kind: str
    dimension: str
    category: str
    value: float | None  # None: the cell is empty, so the stored value goes
    note: str | None
    evidence: str | None

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        return (self.indicator_code, self.period, self.kind, self.dimension, self.category)


class ValuesChecker:
    """Reads the Values sheet; `indicators` gives, by code, the unit, disaggregations and formula each
    indicator will have after the import (the Logframe sheet's, else the project's)."""

    def __init__(
        self, sheet: SheetRows, frequency: str, indicators: dict[str, dict[str, Any]], chain_sheet: str
    ) -> None:
        self.sheet = sheet
        self.frequency = frequency
        self.indicators = indicators
        self.chain_sheet = chain_sheet
        self.problems: list[Problem] = []
        self.values: list[ValueInFile] = []
        self.computed_skipped = 0
        self.row = 0
        self.cells: dict[str, Any] = {}

    def problem(self, column: str, reason: str) -> None:
        title = self.sheet.titles.get(column) or column
        self.problems.append(Problem(self.sheet.name, self.row, title, reason))

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

    def check(self) -> list[ValueInFile]:
        seen: dict[tuple[str, str, str, str, str], int] = {}
        for number, values in self.sheet.rows:
            self.row, self.cells = number, values
            before = len(self.problems)
            found = self.entry()
            if found is None or len(self.problems) > before:
                continue
            earlier = seen.setdefault(found.key, number)
            if earlier != number:
                self.problem(
                    "Value",
                    tr(
                        "logframe:duplicate_value",
                        "row {row} already gives this value (same indicator, period, target or actual and "
                        "category); keep one row",
                        messages_language(),
                        row=earlier,
                    ),
                )
                continue
            self.values.append(found)
        return self.values

    def entry(self) -> ValueInFile | None:
        language = messages_language()
        marked = computed_answer(self.text("Computed") or "")
        if marked is None:
            self.problem(
                "Computed",
                tr(
                    "logframe:computed_word",
                    "write {yes} for a value computed from the project, or leave it empty",
                    language,
                    yes=repr(yes_word(language)),
                ),
            )
            return None
        if marked:
            self.computed_skipped += 1
            return None
        code = self.text("Indicator code")
        indicator = self.indicators.get(code) if code else None
        if indicator is None:
            self.problem(
                "Indicator code",
                tr(
                    "logframe:unknown_indicator",
                    "no indicator has the code {code} on the sheet {sheet} or in the project; correct the "
                    "code",
                    language,
                    code=repr(code or ""),
                    sheet=repr(self.chain_sheet),
                ),
            )
            return None
        period = self.read("Period", lambda v: cells.period(v, self.frequency))
        if self.text("Period") is None:
            self.problem(
                "Period",
                tr(
                    "logframe:no_period",
                    "empty; write the period, such as {example}",
                    language,
                    example=cells.PERIOD_EXAMPLES[self.frequency],
                ),
            )
        kind = self.kind()
        dimension, category = self.category(code, indicator)
        if kind == "actual" and indicator.get("computed"):
            self.problem(
                "Target or actual",
                tr(
                    "logframe:computed_actual",
                    "the actuals of indicator {code} are computed from the project; enter targets only",
                    language,
                    code=code,
                ),
            )
        value = self.read("Value", lambda v: cells.number(v, indicator.get("unit") or "number"))
        if period is None or kind is None or dimension is None:
            return None
        return ValueInFile(
            self.row,
            code,
            period,
            kind,
            dimension,
            category or "",
            value,
            self.text("Note"),
            self.text("Evidence"),
        )

    def read(self, column: str, parse) -> Any:
        value = self.value(column)
        if cells.text(value) is None:
            return None
        try:
            return parse(value)
        except CellError as error:
            self.problem(column, str(error))
            return None

    def kind(self) -> str | None:
        language = messages_language()
        written = self.text("Target or actual")
        kind = read_code("value_kind", written) if written else None
        if kind is None:
            self.problem(
                "Target or actual",
                cells.one_of(written or "", [label("value_kind", k, language) for k in VALUE_KINDS]),
            )
        return kind

    def category(self, code: str, indicator: dict[str, Any]) -> tuple[str | None, str | None]:
        """(dimension, category): ("", "") for the total; (None, None) when either cell is wrong."""
        language = messages_language()
        written_dimension, written_category = self.text("Disaggregation"), self.text("Category")
        if written_dimension is None:
            if written_category is not None:
                self.problem(
                    "Disaggregation",
                    tr("logframe:no_dimension", "empty; a category needs its disaggregation", language),
                )
                return None, None
            return "", ""
        dimension = read_code("disaggregation", written_dimension)
        if dimension is None:
            choices = [label("disaggregation", c, language) for c in DISAGGREGATIONS]
            self.problem("Disaggregation", cells.one_of(written_dimension, choices))
            return None, None
        if dimension not in split_codes(indicator.get("disaggregations")):
            self.problem(
                "Disaggregation",
                tr(
                    "logframe:not_disaggregated",
                    "indicator {code} is not disaggregated by {dimension}; add it to the indicator's "
                    "disaggregations on the sheet {sheet}, or correct this cell",
                    language,
                    code=code,
                    dimension=label("disaggregation", dimension, language),
                    sheet=repr(self.chain_sheet),
                ),
            )
            return None, None
        category = read_category(dimension, written_category or "")
        if category is None:
            known = known_categories(dimension, language)
            reason = (
                cells.one_of(written_category or "", known)
                if known
                else tr(
                    "logframe:no_category",
                    "empty; write the category of {dimension}",
                    language,
                    dimension=label("disaggregation", dimension, language),
                )
            )
            self.problem("Category", reason)
            return None, None
        return dimension, category
