"""Rows of an import that are already in the project: their `uuid` cell names an existing stakeholder.

A file exported from the project carries each stakeholder's UUID. Importing it again (or a copy edited
elsewhere) must not add every row a second time, so such rows are set aside and reported instead of
imported. Rows that are new keep the file's UUID, so that the next import of the same file is recognised
too. Only the UUID counts here; rows that merely look alike (same name and place) stay with
`duplicates`, which reports them and imports them.
"""

from __future__ import annotations

import sqlite3
import uuid as uuid_module
from dataclasses import dataclass

import numpy as np

from clusterdesk.io.field_names import normalise
from clusterdesk.io.row_checks import CheckedRows
from clusterdesk.io.source_table import SourceTable

# Values per `IN (...)` query: well under SQLite's limit on bound parameters
_LOOKUP_CHUNK = 500


@dataclass(frozen=True)
class AlreadyInProject:
    row: int  # spreadsheet row of the skipped entry
    name: str
    fid: int  # the stakeholder in the project with the same UUID
    existing_name: str

    def describe(self) -> str:
        same = "" if self.existing_name == self.name else f" {self.existing_name!r}"
        return f"row {self.row} {self.name!r} is stakeholder {self.fid}{same} (same UUID)"


def uuid_column(table: SourceTable) -> str | None:
    """The file's column holding stakeholder UUIDs, as ClusterDesk exports write it."""
    return next((column for column in table.columns if normalise(column) == "uuid"), None)


def _canonical(text: str) -> str | None:
    """'4C1A…' or '{4c1a…}' as the lower-case hyphenated form the project stores; None if not a UUID."""
    try:
        return str(uuid_module.UUID(text.strip()))
    except ValueError:
        return None


def _existing(connection: sqlite3.Connection, uuids: list[str]) -> dict[str, tuple[int, str]]:
    """UUID -> (fid, name) for those of `uuids` the project holds (looked up through its unique index)."""
    found: dict[str, tuple[int, str]] = {}
    for start in range(0, len(uuids), _LOOKUP_CHUNK):
        chunk = uuids[start : start + _LOOKUP_CHUNK]
        marks = ", ".join("?" * len(chunk))
        query = f"SELECT uuid, fid, name FROM stakeholders WHERE uuid IN ({marks})"
        for value, fid, name in connection.execute(query, chunk):
            found[value] = (fid, name)
    return found


def set_aside_known_rows(
    table: SourceTable,
    checked: CheckedRows,
    connection: sqlite3.Connection | None,
    *,
    first_new_fid: int | None = None,
) -> tuple[CheckedRows, list[AlreadyInProject], list[str | None] | None]:
    """Remove from `checked` the rows whose UUID the project already has.

    Returns the rows left, the rows set aside, and the UUIDs the rows left bring along (None where a row
    has none, or repeats one of an earlier row), or None when the file has no UUID column.

    A streamed import has already written the earlier chunks of the same file: stakeholders from
    `first_new_fid` on are those rows, whose UUIDs count as earlier rows of the file, not as the project's.
    """
    column = uuid_column(table)
    if column is None or not len(checked.positions):
        return checked, [], None
    cells = table.frame[column].astype(str).to_numpy()[checked.positions]
    canonical = [_canonical(cell) if cell else None for cell in cells]
    wanted = sorted({value for value in canonical if value})
    existing = _existing(connection, wanted) if connection is not None and wanted else {}
    seen: set[str] = set()
    if first_new_fid is not None:
        seen = {value for value, (fid, _name) in existing.items() if fid >= first_new_fid}
        existing = {value: found for value, found in existing.items() if value not in seen}
    keep = np.array([value not in existing for value in canonical], dtype=bool)
    names = checked.values.get("name") or [""] * len(keep)
    skipped = [
        AlreadyInProject(int(table.row_numbers[position]), str(name), *existing[value])
        for position, name, value, kept in zip(checked.positions, names, canonical, keep, strict=True)
        if not kept
    ]
    carried: list[str | None] = []
    for value, kept in zip(canonical, keep, strict=True):
        if kept:
            carried.append(value if value and value not in seen else None)
            if value:
                seen.add(value)
    return (_only(checked, keep) if skipped else checked), skipped, carried


def _only(checked: CheckedRows, keep: np.ndarray) -> CheckedRows:
    """The rows of `checked` where `keep` is true, problems unchanged."""
    slots = np.flatnonzero(keep)
    return CheckedRows(
        checked.positions[slots],
        {name: [column[i] for i in slots] for name, column in checked.values.items()},
        checked.lon[slots],
        checked.lat[slots],
        [checked.custom[i] for i in slots],
        [checked.contacts[i] for i in slots],
        checked.problems,
    )
