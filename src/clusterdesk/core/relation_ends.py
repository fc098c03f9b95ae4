"""Every relation's fid, end fids, kind and direction as numpy columns, read without a Python object
per row (`core.joined_columns`); the map resolves the ends to its points."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import numpy as np

from clusterdesk.core import joined_columns
from clusterdesk.core.vocabulary import RELATION_KINDS

RELATION_CODES = tuple(RELATION_KINDS)
_LONGEST_NUMBER_TEXT = 21  # a 64-bit whole number and its comma, the longest joined value per row


@dataclass
class RelationEnds:
    fid: np.ndarray  # int64, in fid order
    source: np.ndarray  # int64 stakeholder fids
    target: np.ndarray
    kind: np.ndarray  # int8 index into RELATION_CODES
    directed: np.ndarray  # bool


_RELATION_KIND_CASE = " ".join(f"WHEN '{code}' THEN {i}" for i, code in enumerate(RELATION_CODES))
_RELATION_KIND = f"CASE kind {_RELATION_KIND_CASE} ELSE {len(RELATION_CODES) - 1} END"


def read_relation_ends(connection: sqlite3.Connection) -> RelationEnds:
    """fid, source fid, target fid, kind code and directed flag of every relation, in fid order.

    Each column comes joined by SQLite in one value (core.joined_columns); values numpy cannot read back
    (text in a number column) send the reading row by row."""
    count = connection.execute("SELECT count(*) FROM relations").fetchone()[0]
    if 0 < count * _LONGEST_NUMBER_TEXT <= joined_columns.LONGEST_JOINED_BYTES and len(RELATION_CODES) <= 10:
        found = _relations_joined(connection, count)
        if found is not None:
            return found
    cursor = connection.execute(
        f"SELECT fid, source_id, target_id, {_RELATION_KIND}, ifnull(directed, 0) != 0"
        " FROM relations ORDER BY fid"
    )
    array = np.fromiter(cursor, dtype=np.dtype((np.int64, 5)), count=count).reshape(-1, 5)
    return RelationEnds(
        array[:, 0], array[:, 1], array[:, 2], array[:, 3].astype(np.int8), array[:, 4].astype(bool)
    )


def _relations_joined(connection: sqlite3.Connection, count: int) -> RelationEnds | None:
    fids = joined_columns.consecutive_fids(connection, "relations", count)
    fid_column = "NULL" if fids is not None else "group_concat(fid)"
    fid_text, source_text, target_text, kind_text, directed_text = connection.execute(
        f"SELECT {fid_column}, group_concat(source_id), group_concat(target_id),"
        f" group_concat({_RELATION_KIND}, ''), group_concat(ifnull(directed, 0) != 0, '')"
        " FROM relations NOT INDEXED"
    ).fetchone()
    if fids is None:
        fids = joined_columns.integers(fid_text, count)
    columns = (
        fids,
        joined_columns.integers(source_text, count),
        joined_columns.integers(target_text, count),
        joined_columns.digits(kind_text, count),
        joined_columns.digits(directed_text, count),
    )
    if any(column is None for column in columns):
        return None
    fids, source, target, kinds, directed = columns
    if count > 1 and not bool(np.all(fids[1:] > fids[:-1])):
        order = np.argsort(fids, kind="stable")
        fids, source, target, kinds, directed = (c[order] for c in columns)
    return RelationEnds(fids, source, target, kinds, directed.astype(bool))
