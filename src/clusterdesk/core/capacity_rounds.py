"""The rounds of capacity assessments: the named ones and dated ones, their labels and their order.
Kept apart from the tables of `core.capacity` so that what only names rounds (the command line's help)
does not load the database model."""

from __future__ import annotations

import datetime as dt

# Named rounds in the order they happen; any other round is a date 'YYYY-MM-DD'.
NAMED_ROUNDS: dict[str, str] = {"baseline": "Baseline", "mid_term": "Mid-term", "final": "Final"}


def is_valid_round(code: str) -> bool:
    if code in NAMED_ROUNDS:
        return True
    try:
        dt.date.fromisoformat(code)
    except ValueError:
        return False
    return len(code) == 10


def round_label(code: str) -> str:
    return NAMED_ROUNDS.get(code, code)


def round_sort_key(code: str, assessed_on: dt.date | None = None) -> tuple[int, dt.date]:
    """Rounds in time order: the baseline first, the final round last, dated rounds between them by
    date (a named round with an assessment date sorts by that date among its peers)."""
    rank = {"baseline": 0, "final": 2}.get(code, 1)
    day = assessed_on
    if day is None and code not in NAMED_ROUNDS and is_valid_round(code):
        day = dt.date.fromisoformat(code)
    return rank, day or dt.date.min
