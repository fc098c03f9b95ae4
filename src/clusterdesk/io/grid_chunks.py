"""Readers that hand over a file's grid of text cells a chunk of rows at a time, for the streamed import.

Each reader says what it found out about the file (encoding, delimiter, sheet, notes) and yields grids
whose index is the 0-based row of the whole grid, every cell a stripped str ('' when empty), with the
cells it found wrong in those rows. A row wider than the width the reader started with raises
`WiderRowsFound`: the import starts again with the width of the whole file (rare: the first rows of a file
are measured).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.io import file_messages
from clusterdesk.io.cell_findings import GridFinding
from clusterdesk.io.cell_text import cell_text
from clusterdesk.io.csv_reader import (
    _excel_separator_line,
    _not_a_table,
    _record_widths,
    _refuse_header_with_another_delimiter,
    _split,
    _text,
    _tidy,
    _utf8,
    _widest_record,
    parser_options,
    read_file_bytes,
)
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.source_table import restore_csv_text
from clusterdesk.io.text_decoding import DELIMITERS, decode_bytes, detect_delimiter


class WiderRowsFound(Exception):
    """A row further down is wider than the grid the import started with."""

    def __init__(self, width: int) -> None:
        super().__init__(width)
        self.width = width


@dataclass
class GridChunk:
    cells: pd.DataFrame  # index: 0-based row of the whole grid; columns 0 .. width-1
    findings: list[GridFinding] = field(default_factory=list)


class CsvGrid:
    """The grid of a delimited text file, decoded once and parsed `chunk_rows` rows at a time."""

    format = "CSV"
    sheet = None

    def __init__(self, path: Path, chunk_rows: int, width: int | None = None) -> None:
        self.path, self.file_name, self.chunk_rows = path, path.name, chunk_rows
        data = read_file_bytes(path)
        decoded = decode_bytes(data, path.name)
        del data  # the text replaces the bytes
        self.encoding, self.notes = decoded.encoding_label, list(decoded.notes)
        text, delimiter = _excel_separator_line(decoded.text)
        del decoded
        self._delimiter = delimiter or detect_delimiter(text)
        self.delimiter = DELIMITERS[self._delimiter]
        try:
            self.width = width or _widest_record(text, self._delimiter, 200)
        except csv.Error as error:  # e.g. a field longer than the csv module takes
            raise _not_a_table(path, error) from error
        # Held once, as the UTF-8 bytes the parser reads (see csv_reader.read_csv)
        self._encoded = _utf8(text)
        del text
        self._widths: np.ndarray | None = None  # cells per record, measured when first needed
        self._measured = width is not None

    def _options(self) -> dict:
        return parser_options(self._delimiter, self.width)

    def chunks(self) -> Iterator[GridChunk]:
        try:
            with pd.read_csv(
                io.BytesIO(self._encoded), chunksize=self.chunk_rows, **self._options()
            ) as parts:
                for start_row, cells in _numbered(parts):
                    cells = _tidy(cells)
                    cells.index = pd.RangeIndex(start_row, start_row + len(cells))
                    findings = self._other_delimiter_lines(cells)
                    yield GridChunk(restore_csv_text(cells), findings)
        except pd.errors.ParserError as error:
            if self._measured:
                raise self._unparsable(error) from error
            try:
                raise WiderRowsFound(_widest_record(_text(self._encoded), self._delimiter, None)) from error
            except csv.Error as failure:
                raise self._unparsable(failure) from failure
        except csv.Error as error:
            raise _not_a_table(self.path, error) from error

    def check_header(self, first: GridChunk) -> None:
        """Refuse a header line written with another delimiter (see csv_reader)."""
        _refuse_header_with_another_delimiter(
            first.cells.reset_index(drop=True), first.findings, self.file_name
        )

    def _unparsable(self, error: Exception) -> ImportFileError:
        return ImportFileError(
            tr(
                "csv:unparsable",
                "{file} cannot be read as text separated by {delimiters} ({error}). "
                "Check for an unclosed quotation mark.",
                messages_language(),
                file=self.file_name,
                delimiters=file_messages.delimiter_name(self._delimiter),
                error=error,
            )
        )

    def _other_delimiter_lines(self, cells: pd.DataFrame) -> list[GridFinding]:
        """csv_reader.lines_with_another_delimiter for the rows of one chunk; the records of the whole
        file are measured only when a chunk holds a candidate line."""
        if self.width < 2 or cells.empty:
            return []
        others = [d for d in DELIMITERS if d != self._delimiter]
        first = cells[0].astype(str)
        pattern = "|".join(re.escape(d) for d in others)
        alone = (cells.iloc[:, 1:] == "").all(axis=1) & first.str.contains(pattern, regex=True)
        candidates = np.flatnonzero(alone.to_numpy())
        if not len(candidates):
            return []
        widths = self._record_widths()
        findings = []
        for offset in candidates:
            row = int(cells.index[offset])
            if widths is None or widths[row] != 1:
                continue
            cell = first.iat[offset]
            counts = {d: len(_split(cell, d)) for d in others}
            other = max(counts, key=counts.get)
            if counts[other] < min(3, self.width):
                continue
            reason = file_messages.line_with_another_delimiter(other, self._delimiter)
            findings.append(GridFinding(row, 0, cell, reason, whole_row=True))
        return findings

    def _record_widths(self) -> np.ndarray | None:
        """Cells per record of the whole file, or None when the records cannot be matched to the rows."""
        if self._widths is None:
            widths = np.asarray(_record_widths(_text(self._encoded), self._delimiter), dtype=np.int32)
            options = {**self._options(), "names": [0], "usecols": [0]}
            with pd.read_csv(io.BytesIO(self._encoded), chunksize=self.chunk_rows, **options) as parts:
                rows = sum(len(part) for part in parts)
            self._widths = widths if len(widths) == rows else np.zeros(0, dtype=np.int32)
        return self._widths if len(self._widths) else None


def _numbered(parts) -> Iterator[tuple[int, pd.DataFrame]]:
    start = 0
    for part in parts:
        yield start, part
        start += len(part)


class XlsxGrid:
    """The grid of a worksheet, read row by row with openpyxl's read-only mode."""

    format = "XLSX"
    encoding = None
    delimiter = None

    def __init__(self, path: Path, chunk_rows: int, sheet: str | None, width: int | None = None) -> None:
        from clusterdesk.io import xlsx_reader

        self._reader = xlsx_reader
        self.path, self.file_name, self.chunk_rows = path, path.name, chunk_rows
        workbook = xlsx_reader._open(path)
        try:
            worksheet = xlsx_reader.chosen_sheet(workbook, path, sheet)
            self.sheet = worksheet.title
            self.width = width or max(worksheet.max_column or 1, 1)
        finally:
            workbook.close()
        self._measured = width is not None
        self._formulas = [f for f in xlsx_reader._uncomputed(path, self.sheet) if f.column <= self.width]
        self.notes = [xlsx_reader._formulas_note(self._formulas, self.sheet)] if self._formulas else []

    def chunks(self) -> Iterator[GridChunk]:
        workbook = self._reader._open(self.path)
        try:
            worksheet = workbook[self.sheet]
            rows: list[list[str]] = []
            start, widest = 0, 0
            try:
                for values in worksheet.iter_rows(values_only=True):
                    rows.append([cell_text(v) for v in values])
                    widest = max(widest, len(values))
                    if len(rows) == self.chunk_rows:
                        yield self._chunk(rows, start, widest)
                        start, rows = start + len(rows), []
            except (ImportFileError, WiderRowsFound):
                raise
            except Exception as error:  # a truncated sheet part fails inside the XML parser
                raise ImportFileError(self._reader._damaged_sheet(self.path, self.sheet, error)) from error
            if not start and not rows:
                raise ImportFileError(
                    tr(
                        "xlsx:empty",
                        "{file}: sheet {sheet} is empty.",
                        messages_language(),
                        file=self.file_name,
                        sheet=repr(self.sheet),
                    )
                )
            if rows:
                yield self._chunk(rows, start, widest)
        finally:
            workbook.close()

    def _chunk(self, rows: list[list[str]], start: int, widest: int) -> GridChunk:
        if widest > self.width:
            if self._measured:  # openpyxl gave rows of another width than its own count: keep them all
                self.width = widest
            else:
                raise WiderRowsFound(self._widest_row())
        padded = [row + [""] * (self.width - len(row)) for row in rows]
        cells = pd.DataFrame(padded, dtype=object, index=pd.RangeIndex(start, start + len(rows)))
        stop = start + len(rows)
        findings = [
            GridFinding(f.row - 1, f.column - 1, f.formula, self._reader._formula_reason(f, self.sheet))
            for f in self._formulas
            if start < f.row <= stop
        ]
        return GridChunk(cells, findings)

    def _widest_row(self) -> int:
        workbook = self._reader._open(self.path)
        try:
            return max(
                (len(values) for values in workbook[self.sheet].iter_rows(values_only=True)), default=1
            )
        finally:
            workbook.close()

    def check_header(self, first: GridChunk) -> None:
        return None
