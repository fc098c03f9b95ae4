"""Cells a reader found wrong while reading a file (a line with another delimiter, a formula without its
value), carried from the reader's grid to the rows of the table, where the row checks report them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.io.errors import ImportFileError


@dataclass(frozen=True)
class GridFinding:
    """A cell of a reader's grid of text cells (0-based row and column) and what is wrong with it."""

    row: int
    column: int
    value: str
    reason: str
    whole_row: bool = False  # the row is unusable whatever its columns are mapped to


@dataclass(frozen=True)
class CellFinding:
    """A finding placed on the table: `position` indexes SourceTable.frame, `column` names its column."""

    position: int
    column: str
    value: str
    reason: str
    whole_row: bool = False


def place_findings(
    findings: Sequence[GridFinding],
    *,
    file_name: str,
    header_position: int,
    first_row_number: int,
    grid_columns: list[int],
    column_names: list[str],
    row_numbers: np.ndarray,
) -> list[CellFinding]:
    """The findings on rows of the table. One on the header row refuses the file, since no column can be
    trusted; those on rows the table left out (titles above the header, notes after the data) are moot.

    `grid_columns` gives the grid column of each table column, `row_numbers` the number of each table row
    (ascending: rows keep the file's order).
    """
    header_number = header_position + first_row_number
    placed = []
    for finding in findings:
        number = finding.row + first_row_number
        if number == header_number:
            raise ImportFileError(
                tr(
                    "import:header_problem",
                    "{file}, row {row} (the column names): {reason}.",
                    messages_language(),
                    file=file_name,
                    row=number,
                    reason=finding.reason,
                )
            )
        position = _position_of(row_numbers, number)
        if position is None:
            continue
        if finding.column in grid_columns:
            column = column_names[grid_columns.index(finding.column)]
        else:
            column = column_names[0]
        placed.append(CellFinding(position, column, finding.value, finding.reason, finding.whole_row))
    return placed


def _position_of(row_numbers: np.ndarray, number: int) -> int | None:
    """Where row `number` sits among the ascending `row_numbers` (a binary search: a lookup table of a
    million rows took some 100 MB), or None when the table left it out."""
    position = int(np.searchsorted(row_numbers, number))
    if position < len(row_numbers) and int(row_numbers[position]) == number:
        return position
    return None
