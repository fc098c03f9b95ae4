"""A table read from any input file, before its columns are mapped to stakeholder fields.

Every reader turns its file into a grid of text cells; this module finds the header row (which may sit
below title rows), drops blank rows and the notes that often follow the data ("Source: survey 2023",
"Total"), and remembers for every remaining row the number the user sees in the spreadsheet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.io.cell_findings import CellFinding, GridFinding, place_findings
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.field_names import field_for_header
from clusterdesk.io.spreadsheet_text import QUOTE, text_from_csv_cell

HEADER_SEARCH_ROWS = 30
_NOTE_START = re.compile(
    r"^\s*([*†(]|(source|sources|note|notes|total|totals|fuente|fuentes|nota|notas|total general|"
    r"elaborado|remarque|источник|примечание|итого|всего)\b)",
    re.IGNORECASE,
)


@dataclass
class SourceTable:
    """Text cells of the data rows, with the facts the user is told about how the file was read."""

    file_name: str
    frame: pd.DataFrame  # one column per header, every cell a str ('' when empty)
    row_numbers: np.ndarray  # spreadsheet row (or feature) number of each frame row
    format: str
    header_row: int | None = None  # 1-based; None for GIS files, whose attribute names are the header
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    lon: np.ndarray | None = None  # coordinates taken from the geometry of GIS files (NaN when missing)
    lat: np.ndarray | None = None
    notes: list[str] = field(default_factory=list)  # what the user should know (skipped rows, CRS, ...)
    findings: list[CellFinding] = field(default_factory=list)  # bad cells the reader met, reported per row

    @property
    def columns(self) -> list[str]:
        return list(self.frame.columns)

    def __len__(self) -> int:
        return len(self.frame)


def unique_headers(raw: list[str]) -> list[str]:
    """Header names made unique and non-empty ('Column 3' for a blank header, 'Name (2)' for a repeat)."""
    from clusterdesk.core.catalogue import messages_language, tr

    seen: dict[str, int] = {}
    result = []
    for position, value in enumerate(raw, start=1):
        name = str(value).strip() or tr(
            "table:column", "Column {number}", messages_language(), number=position
        )
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        result.append(name)
    return result


def find_header_row(grid: pd.DataFrame) -> int:
    """Position (0-based) of the header row among the first rows of a grid of text cells.

    The header is the row naming the most known fields; without any known name, the first row that is as
    wide as the widest of the first rows (title rows usually fill one cell).
    """
    top = grid.iloc[:HEADER_SEARCH_ROWS]
    best_position, best_known = None, 0
    for position, (_, row) in enumerate(top.iterrows()):
        cells = [c for c in row.tolist() if c.strip()]
        known = sum(1 for c in cells if field_for_header(c) is not None and not _is_number(c))
        if known > best_known:
            best_position, best_known = position, known
    if best_position is not None:
        return best_position
    filled = (top != "").sum(axis=1).to_numpy()
    if len(filled) == 0 or filled.max() == 0:
        raise ImportFileError(
            tr("source:no_header", "the file has no header row and no data.", messages_language())
        )
    return int(np.argmax(filled == filled.max()))


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", "."))
    except ValueError:
        return False
    return True


def trailing_note_rows(cells: pd.DataFrame, filled: np.ndarray) -> int:
    """How many rows at the end of the data are notes rather than stakeholders."""
    count = 0
    width = cells.shape[1]
    for position in range(len(cells) - 1, -1, -1):
        if filled[position] == 0:
            count += 1
            continue
        first = next((c for c in cells.iloc[position].tolist() if c), "")
        single = filled[position] == 1 and width >= 3
        if _NOTE_START.match(first) or (single and _blank_before(filled, position)):
            count += 1
            continue
        break
    return count


def _blank_before(filled: np.ndarray, position: int) -> bool:
    """A one-cell row counts as a note when a blank row separates it from the data above."""
    above = position - 1
    while above >= 0 and filled[above] == 1:
        above -= 1
    return above >= 0 and filled[above] == 0


def restore_csv_text(grid: pd.DataFrame) -> pd.DataFrame:
    """The grid of a CSV file with the quote taken off the text that exporters protect from being run
    as a formula (`spreadsheet_text.csv_cell`), so every cell holds its original text."""

    def column(cells: pd.Series) -> pd.Series:
        quoted = cells.str.startswith(QUOTE, na=False)
        if not quoted.any():
            return cells
        return cells.where(~quoted, cells[quoted].map(text_from_csv_cell))

    return grid.apply(column)


def table_from_grid(
    grid: pd.DataFrame,
    *,
    file_name: str,
    format: str,
    first_row_number: int = 1,
    header_row: int | None = None,
    findings: Sequence[GridFinding] = (),
) -> SourceTable:
    """Build a SourceTable from a grid of text cells whose first row is spreadsheet row `first_row_number`.

    `header_row` (1-based spreadsheet row) overrides the detection. `findings` are cells the reader found
    wrong; see `cell_findings.place_findings`.
    """
    grid = grid.reset_index(drop=True)
    if format == "CSV":
        grid = restore_csv_text(grid)
    if grid.empty or not (grid != "").to_numpy().any():
        raise ImportFileError(empty_file_message(file_name))
    position = header_position(grid, file_name, first_row_number, header_row)
    headers = grid.iloc[position].tolist()
    data = grid.iloc[position + 1 :]
    found = {finding.column for finding in findings}
    keep = kept_columns(headers, lambda i: i in found or bool((data.iloc[:, i] != "").any()))
    data = data.iloc[:, keep]
    data.columns = unique_headers([headers[i] for i in keep])
    filled = filled_cells(data, findings)
    notes: list[str] = []
    trailing = trailing_note_rows(data, filled)
    numbers = data.index.to_numpy() + first_row_number
    if trailing:
        note = trailing_notes_note(numbers[-trailing:], filled[-trailing:])
        if note:
            notes.append(note)
        data, filled, numbers = data.iloc[:-trailing], filled[:-trailing], numbers[:-trailing]
    present = filled > 0
    data = data.loc[present].reset_index(drop=True)
    if data.empty:
        raise ImportFileError(no_rows_message(file_name, position + first_row_number))
    table = SourceTable(file_name, data, numbers[present], format, header_row=position + first_row_number)
    table.findings = place_findings(
        findings,
        file_name=file_name,
        header_position=position,
        first_row_number=first_row_number,
        grid_columns=keep,
        column_names=table.columns,
        row_numbers=table.row_numbers,
    )
    table.notes.extend(header_notes(position, first_row_number, header_row))
    table.notes.extend(notes)
    return table


def empty_file_message(file_name: str) -> str:
    return tr("source:empty", "{file} has no data: every cell is empty.", messages_language(), file=file_name)


def no_rows_message(file_name: str, header_number: int) -> str:
    return tr(
        "source:no_rows",
        "{file} has a header in row {row} but no stakeholder rows below it.",
        messages_language(),
        file=file_name,
        row=header_number,
    )


def header_position(grid: pd.DataFrame, file_name: str, first_row_number: int, header_row: int | None) -> int:
    """Position in `grid` of the header row: the one given (1-based spreadsheet row) or the one found."""
    position = header_row - first_row_number if header_row else find_header_row(grid)
    if not 0 <= position < len(grid):
        raise ImportFileError(
            tr(
                "source:header_outside",
                "{file}: row {row} is outside the table.",
                messages_language(),
                file=file_name,
                row=header_row,
            )
        )
    return position


def kept_columns(headers: list[str], holds_values) -> list[int]:
    """Grid columns the table keeps: those with a header, and those without one that `holds_values(i)`
    says hold a value below the header (or a cell the reader found wrong)."""
    used = [i for i, h in enumerate(headers) if h.strip()] or list(range(len(headers)))
    return [i for i in range(len(headers)) if i in used or holds_values(i)]


def filled_cells(data: pd.DataFrame, findings: Sequence[GridFinding]) -> np.ndarray:
    """Filled cells per row of `data` (indexed by grid row); a formula without its value reads as empty,
    yet its row is not blank."""
    filled = (data != "").sum(axis=1).to_numpy()
    if findings:
        filled = filled + np.isin(data.index.to_numpy(), [finding.row for finding in findings])
    return filled


def trailing_notes_note(numbers: np.ndarray, filled: np.ndarray) -> str | None:
    """The note naming the note rows left out after the data (blank ones are not named)."""
    note_rows = [int(n) for n, f in zip(numbers, filled, strict=True) if f]
    if not note_rows:
        return None
    return tr(
        "source:trailing_notes",
        "{rows} after the data read as notes, not stakeholders",
        messages_language(),
        rows=_row_span(note_rows),
    )


def header_notes(position: int, first_row_number: int, header_row: int | None) -> list[str]:
    """What the user is told about the header row: given or found, and rows above it skipped."""
    language = messages_language()
    if header_row and position:
        return [
            tr(
                "source:given_header_skipped",
                "header row {row} as given (rows above it skipped)",
                language,
                row=header_row,
            )
        ]
    if header_row:
        return [tr("source:given_header", "header row {row} as given", language, row=header_row)]
    if position:
        return [
            tr(
                "source:found_header",
                "header found in row {row} (rows above it skipped)",
                language,
                row=position + first_row_number,
            )
        ]
    return []


def _row_span(rows: list[int]) -> str:
    if len(rows) == 1:
        return tr("source:row", "row {row}", messages_language(), row=rows[0])
    return tr("source:rows", "rows {first}–{last}", messages_language(), first=rows[0], last=rows[-1])
