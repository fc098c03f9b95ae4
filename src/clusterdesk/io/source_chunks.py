"""A SourceTable read a chunk of rows at a time: the streamed import never holds a whole file's cells.

The chunks are the tables `source_table.table_from_grid` would make of the whole grid, cut in pieces: the
same header (looked for among the first rows), the same columns, blank rows dropped and the notes after the
data left out. Those notes can only be told from data at the end of the file, so the rows at the end of a
chunk that could be notes wait for the next one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

import numpy as np
import pandas as pd

from clusterdesk.io.cell_findings import GridFinding, place_findings
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.grid_chunks import GridChunk
from clusterdesk.io.nul_characters import NUL
from clusterdesk.io.source_table import (
    HEADER_SEARCH_ROWS,
    SourceTable,
    empty_file_message,
    filled_cells,
    find_header_row,
    header_notes,
    header_position,
    kept_columns,
    no_rows_message,
    trailing_note_rows,
    trailing_notes_note,
    unique_headers,
)


class GridSource(Protocol):
    file_name: str
    format: str
    width: int
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    notes: list[str]

    def chunks(self) -> Iterator[GridChunk]: ...

    def check_header(self, first: GridChunk) -> None: ...


class TableChunks:
    """The data rows of `source` as SourceTables of about `chunk_rows` rows.

    `head` (a table without rows) holds the columns and what the user is told about the file; its notes
    are complete once every chunk has been read.
    """

    def __init__(self, source: GridSource, header_row: int | None = None) -> None:
        self.source = source
        self.header_row = header_row
        self.head: SourceTable | None = None
        self.row_count = 0
        self._keep: list[int] = []
        self._position = 0

    def __iter__(self) -> Iterator[SourceTable]:
        grids = self.source.chunks()
        first = _first_block(grids, max(HEADER_SEARCH_ROWS, self.header_row or 0) + 1)
        if first is None or not (first.cells != "").to_numpy().any():
            # a fresh pass over the file, as far as its first filled cell
            if first is None or not any(_filled(chunk) for chunk in self.source.chunks()):
                raise ImportFileError(empty_file_message(self.source.file_name))
            if self.header_row is None:
                find_header_row(first.cells)  # raises: the first rows hold no header
        self._start(first)
        data = _rows_from(first, self._position + 1)
        for chunk in grids:
            block, data = data, chunk
            table, carried = self._cut(block, final=False)
            data = _joined(carried, data)
            if table is not None:
                yield table
        table, _ = self._cut(data, final=True)
        if table is not None:
            yield table
        if not self.row_count:
            raise ImportFileError(no_rows_message(self.source.file_name, self.head.header_row))

    def _start(self, first: GridChunk) -> None:
        self.source.check_header(first)
        cells = first.cells.reset_index(drop=True)
        self._position = position = header_position(cells, self.source.file_name, 1, self.header_row)
        headers = cells.iloc[position].tolist()
        found = {finding.column for finding in first.findings}
        blank = [i for i, h in enumerate(headers) if not h.strip()]
        with_values = _columns_with_values(self.source, blank, position, found) if blank else set()
        self._keep = kept_columns(headers, with_values.__contains__)
        names = unique_headers([headers[i] for i in self._keep])
        notes = header_notes(position, 1, self.header_row)
        if any(NUL in name for name in names):
            names = unique_headers([name.replace(NUL, "") for name in names])
            self.nul_in_names = True
        else:
            self.nul_in_names = False
        head = SourceTable(
            self.source.file_name,
            pd.DataFrame({name: pd.Series(dtype=object) for name in names}),
            np.zeros(0, dtype=np.int64),
            self.source.format,
            header_row=position + 1,
            encoding=self.source.encoding,
            delimiter=self.source.delimiter,
            sheet=self.source.sheet,
        )
        head.notes = notes
        self.head = head
        header_findings = [f for f in first.findings if f.row == position]
        self._place(header_findings, np.zeros(0, dtype=np.int64))  # refuses the file

    def _cut(self, block: GridChunk | None, *, final: bool) -> tuple[SourceTable | None, GridChunk | None]:
        """The table of the rows of `block` that are data for sure, and the rows that may be notes."""
        if block is None or block.cells.empty:
            return None, None
        data = block.cells.iloc[:, self._keep]
        data.columns = self.head.columns
        filled = filled_cells(data, block.findings)
        trailing = trailing_note_rows(data, filled)
        stop = len(data) - trailing
        carried = None
        if final:
            if trailing:
                note = trailing_notes_note(data.index.to_numpy()[stop:] + 1, filled[stop:])
                if note:
                    self.head.notes.append(note)
        elif trailing or _judged_from_above(filled, stop):
            if _judged_from_above(filled, stop):
                stop = 0  # the rows above this chunk decide: keep all of it for the next one
            carried = GridChunk(
                block.cells.iloc[stop:], [f for f in block.findings if f.row >= block.cells.index[stop]]
            )
        data, filled = data.iloc[:stop], filled[:stop]
        present = filled > 0
        if not present.any():
            return None, carried
        numbers = data.index.to_numpy()[present] + 1
        frame = data.loc[present].reset_index(drop=True)
        table = SourceTable(
            self.source.file_name, frame, numbers, self.source.format, header_row=self.head.header_row
        )
        last_row = int(data.index[-1])
        table.findings = self._place([f for f in block.findings if f.row <= last_row], numbers)
        self.row_count += len(frame)
        return table, carried

    def _place(self, findings: list[GridFinding], numbers: np.ndarray):
        return place_findings(
            findings,
            file_name=self.source.file_name,
            header_position=self._position,
            first_row_number=1,
            grid_columns=self._keep,
            column_names=self.head.columns,
            row_numbers=numbers,
        )


def _filled(chunk: GridChunk) -> bool:
    return bool((chunk.cells != "").to_numpy().any())


def _first_block(grids: Iterator[GridChunk], rows: int) -> GridChunk | None:
    """The first chunks joined until they hold `rows` rows (the header is looked for among them)."""
    block = None
    for chunk in grids:
        block = _joined(block, chunk)
        if len(block.cells) >= rows:
            break
    return block


def _joined(first: GridChunk | None, second: GridChunk | None) -> GridChunk | None:
    if first is None or first.cells.empty:
        return second
    if second is None:
        return first
    return GridChunk(pd.concat([first.cells, second.cells]), [*first.findings, *second.findings])


def _rows_from(chunk: GridChunk, start: int) -> GridChunk:
    """The rows of `chunk` from its position `start` on."""
    cells = chunk.cells.iloc[start:]
    first_row = chunk.cells.index[0] + start
    return GridChunk(cells, [f for f in chunk.findings if f.row >= first_row])


def _judged_from_above(filled: np.ndarray, stop: int) -> bool:
    """Whether the row that ends the data (`stop` - 1) would be judged a note or not by rows above the
    chunk: a one-cell row counts as a note after a blank row, looking up through one-cell rows."""
    if stop == 0:
        return True
    return bool(filled[stop - 1] == 1 and (filled[: stop - 1] == 1).all())


def _columns_with_values(source: GridSource, columns: list[int], header: int, found: set[int]) -> set[int]:
    """Which of the columns without a header hold a value below the header row anywhere in the file (or
    a cell the reader found wrong): a first pass over the file, made only for such columns."""
    held = {column for column in columns if column in found}
    for chunk in source.chunks():
        cells = chunk.cells[chunk.cells.index > header]
        for column in columns:
            if column not in held and column < cells.shape[1] and (cells[column] != "").any():
                held.add(column)
        held.update(f.column for f in chunk.findings if f.column in columns and f.row > header)
    return held
