"""Reading one cell of a logframe workbook: text, numbers, dates and periods, each with the reason for the
user when the cell cannot be read. Problems name the sheet, the row and the column as the file shows them."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.periods import parse_period
from clusterdesk.core.results_edits import _check_number, frequency_word
from clusterdesk.io.cell_text import cell_text

PERIOD_EXAMPLES = {"quarter": "2025-Q3", "semester": "2025-S2", "year": "2025"}
_SPACES = re.compile(r"[\s\u00a0\u202f]")
_GROUPED = re.compile(r"^[-+]?\d{1,3}([.,])\d{3}(\1\d{3})*$")  # 12,500 or 1.200: thousands or decimals?


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int
    column: str  # the heading as the file shows it
    reason: str


class CellError(ValueError):
    """A cell that cannot be read; the message is the reason shown to the user."""


def text(value: Any) -> str | None:
    """A text cell as stored: stripped, None when empty. Numbers and dates as cell_text writes them."""
    return cell_text(value) or None


def number(value: Any, unit: str = "number") -> float:
    """A number cell, or text holding one (12,5 and 1 200 too), that fits `unit` (yes/no takes 0 or 1)."""
    if isinstance(value, bool):
        value = float(value)
    if isinstance(value, int | float):
        parsed: Any = float(value)
    else:
        written = _SPACES.sub("", cell_text(value))
        if _GROUPED.match(written):
            raise CellError(
                tr(
                    "logframe:ambiguous_number",
                    "{value} may be read as thousands or as decimals; write it without a thousands separator",
                    messages_language(),
                    value=repr(written),
                )
            )
        try:
            parsed = float(written.replace(",", ".")) if written.count(",") <= 1 else float("nan")
        except ValueError:
            parsed = float("nan")
        if not math.isfinite(parsed):
            raise CellError(
                tr(
                    "logframe:not_number",
                    "{value} is not a number; write a number such as 12 or 12.5",
                    messages_language(),
                    value=repr(cell_text(value)),
                )
            )
    try:
        return _check_number("value", parsed, unit)
    except ValidationError as error:
        raise CellError(error.reason) from None


def date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    written = cell_text(value)
    try:
        return dt.date.fromisoformat(written[:10])
    except ValueError:
        raise CellError(
            tr(
                "logframe:not_date",
                "{value} is not a date; write it as YYYY-MM-DD",
                messages_language(),
                value=repr(written),
            )
        ) from None


def period(value: Any, frequency: str) -> str:
    """The period code of a cell, which must be one of the project's reporting periods."""
    written = cell_text(value)
    parsed = parse_period(written)
    if parsed is None or parsed.frequency != frequency:
        raise CellError(
            tr(
                "logframe:bad_period",
                "{value} is not a reporting period of this project: it reports per {frequency}; write "
                "periods such as {example}",
                messages_language(),
                value=repr(written),
                frequency=frequency_word(frequency),
                example=PERIOD_EXAMPLES[frequency],
            )
        )
    return parsed.code


def one_of(value: Any, choices: list[str]) -> str:
    """The reason for a word that is none of `choices`."""
    return tr(
        "logframe:not_one_of",
        "{value} is not one of: {choices}",
        messages_language(),
        value=repr(cell_text(value)),
        choices=", ".join(choices),
    )
