"""Whole columns of a table as numpy arrays, read without a Python object per row.

SQLite joins each column into one value (`group_concat`) and numpy parses that value in one call: whole
numbers as comma-joined text, small codes as one digit each, fixed-length blobs as one buffer. The
readers return None for a value numpy cannot read back exactly (text or a fraction in a number column,
a code of more than one digit); their callers then read row by row.

The tables are scanned with `NOT INDEXED`, so SQLite walks the table itself, in fid order, rather than
a covering index in the index's order.
"""

from __future__ import annotations

import sqlite3
import warnings

import numpy as np

LONGEST_JOINED_BYTES = 500_000_000  # SQLite's values stop at 1,000,000,000 bytes


def integers(text: str | None, count: int) -> np.ndarray | None:
    """The `count` whole numbers of a comma-joined text as int64; None when it holds anything else."""
    if count == 0:
        return np.zeros(0, dtype=np.int64)
    if not text:
        return None
    try:
        with warnings.catch_warnings():  # older numpy ends the array early at text it cannot read
            warnings.simplefilter("ignore", DeprecationWarning)
            values = np.fromstring(text, dtype=np.int64, sep=",")
    except ValueError:  # newer numpy refuses it
        return None
    return values if len(values) == count else None


def numbers(text: str | None, count: int) -> np.ndarray | None:
    """The `count` numbers of a comma-joined text as float64 (whole numbers parsed as such first,
    which is ten times faster); None when it holds anything else."""
    whole = integers(text, count)
    if whole is not None:
        return whole.astype(np.float64)
    if not text:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            values = np.fromstring(text, dtype=np.float64, sep=",")
    except ValueError:
        return None
    return values if len(values) == count else None


def digits(text: str | None, count: int) -> np.ndarray | None:
    """The `count` one-digit codes of a text written without separators, as int8."""
    if count == 0:
        return np.zeros(0, dtype=np.int8)
    if not text or len(text) != count or not text.isdigit() or not text.isascii():
        return None
    return (np.frombuffer(text.encode("ascii"), dtype=np.uint8) - ord("0")).astype(np.int8)


def consecutive_fids(connection: sqlite3.Connection, table: str, count: int) -> np.ndarray | None:
    """The fids of `table` when they run without a gap (as in a file that was never thinned out), so
    that they need not be read; None otherwise. Both ends are read from the table's key in no time."""
    if count == 0:
        return np.zeros(0, dtype=np.int64)
    first = connection.execute(f'SELECT fid FROM "{table}" ORDER BY fid LIMIT 1').fetchone()
    last = connection.execute(f'SELECT fid FROM "{table}" ORDER BY fid DESC LIMIT 1').fetchone()
    if first is None or last is None or not isinstance(first[0], int) or not isinstance(last[0], int):
        return None
    if last[0] - first[0] + 1 != count:
        return None
    return np.arange(first[0], last[0] + 1, dtype=np.int64)
