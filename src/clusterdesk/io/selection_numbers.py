"""Numbers of official statistics as national offices write them: 1234.5, 1,234.5, 1.234,5, 1 234,5.

A cell with both a dot and a comma, or with a separator not followed by exactly three digits, says which
one is the decimal mark. A cell such as 1.234 or 1,234 does not: it is read with the decimal mark most
cells of the same column show, and as grouped thousands when none shows one (statistics count people and
firms far more often than they give three decimals).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_GROUPED = re.compile(r"^\d{1,3}([.,])\d{3}(\1\d{3})*$")
_DIGITS = re.compile(r"^\d+$")
MISSING_MARKS = frozenset(
    {"", "-", "–", "—", "..", "...", "…", "x", "n.d.", "nd", "s.d.", "n/a", "na", "n.a."}
)


def is_missing(text: str) -> bool:
    """Empty, or a mark statistical offices put where there is no figure (-, .., x, n.d.)."""
    return text.strip().casefold() in MISSING_MARKS


def _compact(text: str) -> tuple[str, bool]:
    """The text without spaces and sign, and whether it was negative."""
    compact = _SPACES.sub("", text.strip()).replace("−", "-")
    negative = compact.startswith("-")
    return compact.lstrip("+-"), negative


def decimal_mark_of(text: str) -> str | None:
    """'.' or ',' when the cell shows its decimal mark, None when it cannot tell."""
    compact, _ = _compact(text)
    if "." in compact and "," in compact:
        return "." if compact.rfind(".") > compact.rfind(",") else ","
    if _GROUPED.match(compact):
        return None
    for mark in ".,":
        if compact.count(mark) == 1:
            return mark
    return None


def column_decimal_mark(cells: Iterable[str]) -> str | None:
    """The decimal mark most cells of a column show, or None."""
    counts = Counter(mark for mark in map(decimal_mark_of, cells) if mark)
    return counts.most_common(1)[0][0] if counts else None


def parse_number(text: str, decimal_mark: str | None) -> float:
    """The number a cell holds (NaN when it holds none); `decimal_mark` decides cells like 1.234."""
    compact, negative = _compact(text)
    if not compact:
        return math.nan
    mark = decimal_mark_of(compact)
    if mark is None and _GROUPED.match(compact):
        mark = decimal_mark if decimal_mark else ("," if "." in compact else ".")
    if mark is None:
        mark = "."
    if compact.count(mark) > 1:  # a mark repeated is a digit group: 1.234.567 whatever the column says
        mark = "," if mark == "." else "."
    group = "," if mark == "." else "."
    whole, fraction = compact.rsplit(mark, 1) if mark in compact else (compact, "")
    if group in whole:
        parts = whole.split(group)
        if not (1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])):
            return math.nan
        whole = "".join(parts)
    if not _DIGITS.match(whole) or (fraction and not _DIGITS.match(fraction)):
        return math.nan
    value = float(f"{whole}.{fraction or 0}")
    return -value if negative else value
