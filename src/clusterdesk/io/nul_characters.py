"""NUL characters (zero bytes) in cells: invisible, never meant, and cut off text in other programs.

They come from damaged files, fixed-width exports padded with zero bytes, or text in another encoding; a
cell keeps its other characters and the user is told which cells held them.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from clusterdesk.io.source_table import SourceTable, unique_headers

NUL = "\x00"
_LISTED_ROWS = 10


def _rows(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:_LISTED_ROWS])
    more = f" and {len(numbers) - _LISTED_ROWS} more" if len(numbers) > _LISTED_ROWS else ""
    return f"row{'s' if len(numbers) > 1 else ''} {shown}{more}"


def remove_nul_characters(table: SourceTable) -> None:
    """Take NUL characters out of the headers and cells of `table`, with a note per column naming rows."""
    for column, rows in remove_nul_cells(table).items():
        table.notes.append(nul_cells_note(column, rows))
    frame = table.frame
    if any(NUL in column for column in frame.columns):
        names = unique_headers([column.replace(NUL, "") for column in frame.columns])
        renamed = dict(zip(frame.columns, names, strict=True))
        frame.columns = names
        table.findings = [
            dataclasses.replace(finding, column=renamed[finding.column]) for finding in table.findings
        ]
        table.notes.append(NUL_NAMES_NOTE)


NUL_NAMES_NOTE = "NUL characters (zero bytes) removed from the column names"


def remove_nul_cells(table: SourceTable) -> dict[str, list[int]]:
    """Take NUL characters out of the cells of `table`; the rows that held them, per column."""
    frame = table.frame
    found: dict[str, list[int]] = {}
    for column in frame.columns:
        cells = frame[column]
        if NUL not in "".join(cells.astype(str).tolist()):
            continue
        held = cells.astype(str).str.contains(NUL, regex=False).to_numpy()
        frame[column] = cells.astype(str).str.replace(NUL, "", regex=False)
        found[column] = table.row_numbers[np.flatnonzero(held)].tolist()
    return found


def nul_cells_note(column: str, rows: list[int]) -> str:
    return (
        f"NUL characters (zero bytes) removed from column {column.replace(NUL, '')!r} in {_rows(rows)}; "
        "the file may be damaged: check those cells"
    )
