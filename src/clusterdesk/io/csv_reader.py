"""Reading delimited text files (CSV, TSV, TXT) into a SourceTable."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.io import file_messages
from clusterdesk.io.cell_findings import GridFinding
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.field_names import field_for_header
from clusterdesk.io.source_table import HEADER_SEARCH_ROWS, SourceTable, table_from_grid
from clusterdesk.io.task import TaskState
from clusterdesk.io.text_decoding import DELIMITERS, decode_bytes, detect_delimiter

CHUNKED_FROM_BYTES = 8 * 1024 * 1024  # larger texts are parsed in chunks of rows
PARSE_CHUNK_ROWS = 100_000
SHARED_CELLS_FROM_ROWS = 20_000  # below this, sharing equal cells saves little and costs time
_SEPARATOR_LINE = re.compile(r"^sep=(.)\r?\n", re.IGNORECASE)


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` with their ends, one at a time, split where the table parser splits them (at
    CR LF, CR or LF, as a file opened with newline="" gives them to the csv module, so that a lone CR in a
    cell ends its line here too). A StringIO would hold four bytes per character of the whole text, 400 MB
    for a CSV of a million rows."""
    for match in _LINE.finditer(text):
        yield match.group()


def _widest_record(text: str, delimiter: str, limit: int | None) -> int:
    reader = csv.reader(_lines(text), delimiter=delimiter)
    widest = 1
    for position, record in enumerate(reader):
        if limit is not None and position >= limit:
            break
        widest = max(widest, len(record))
    return widest


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogatepass")


def _text(encoded: bytes) -> str:
    return encoded.decode("utf-8", errors="surrogatepass")


def parser_options(delimiter: str, width: int) -> dict:
    """pandas.read_csv's options for `width` columns of text cells of UTF-8 bytes, read as they are."""
    return {
        "sep": delimiter,
        "header": None,
        "names": range(width),
        "dtype": str,
        "na_filter": False,
        "keep_default_na": False,
        "skip_blank_lines": False,
        "engine": "c",
        "quotechar": '"',
        "encoding": "utf-8",
        "encoding_errors": "surrogatepass",
    }


def _parse(encoded: bytes, delimiter: str, width: int) -> pd.DataFrame:
    """The cells of the text (encoded as UTF-8), every one stripped of surrounding spaces.

    The parser reads UTF-8 bytes in blocks (given the text, it would hold a four-byte-per-character copy
    of it). A large file is read in chunks of rows, each tidied before the next is read, so that the
    memory its repeated cells free is used again at once."""
    options = parser_options(delimiter, width)
    if len(encoded) < CHUNKED_FROM_BYTES:
        return _tidy(pd.read_csv(io.BytesIO(encoded), **options))
    with pd.read_csv(io.BytesIO(encoded), chunksize=PARSE_CHUNK_ROWS, **options) as chunks:
        return pd.concat([_tidy(chunk) for chunk in chunks], ignore_index=True)


def _tidy(grid: pd.DataFrame) -> pd.DataFrame:
    """Strip every cell once here (later steps rely on cells without surrounding spaces), column by column
    so that only one column is held twice at a time."""
    for column in grid.columns:
        grid[column] = _shared_cells(grid[column].str.strip())
    return grid


def _shared_cells(cells: pd.Series) -> pd.Series:
    """In a long column, equal cells made one string object: the parser makes a string per cell, and a
    kind, a year or a town repeated a million times took some fifty bytes each time."""
    if len(cells) < SHARED_CELLS_FROM_ROWS:
        return cells
    codes, uniques = pd.factorize(cells)
    if len(uniques) > len(cells) // 2:
        return cells  # mostly distinct (names, e-mail addresses): nothing to share
    return pd.Series(np.asarray(uniques, dtype=object)[codes], index=cells.index, name=cells.name)


def _excel_separator_line(text: str) -> tuple[str, str | None]:
    """Honour and drop the 'sep=;' first line Excel writes and reads (Excel does not show it as a row)."""
    match = _SEPARATOR_LINE.match(text)
    if match and match.group(1) in DELIMITERS:
        return text[match.end() :], match.group(1)
    return text, None


def _split(cell: str, delimiter: str) -> list[str]:
    """The fields of one cell's text at `delimiter` (a cell may hold line breaks; they split nothing)."""
    flat = cell.replace("\r", " ").replace("\n", " ")
    try:
        return next(csv.reader([flat], delimiter=delimiter), [])
    except csv.Error:
        return [cell]


def _record_widths(text: str, delimiter: str) -> list[int]:
    """How many cells each record of the text has (0 for a blank line), as the parser counts records."""
    try:
        return [len(record) for record in csv.reader(_lines(text), delimiter=delimiter)]
    except csv.Error:
        return []


def lines_with_another_delimiter(text: str | bytes, grid: pd.DataFrame, delimiter: str) -> list[GridFinding]:
    """Lines written with another delimiter than the file's (rows pasted from another file), which would
    be read as one cell holding the whole line.

    A line counts when it holds no delimiter of the file, so all of it lands in the first cell, and that
    cell splits into three fields (or as many as the widest line) at another delimiter. A name with commas
    and empty cells after it ("Bordados, tejidos, confección;;;") has the file's delimiters, so it does not
    count.
    """
    width = grid.shape[1]
    if width < 2 or grid.empty:
        return []
    others = [d for d in DELIMITERS if d != delimiter]
    first = grid[0].astype(str)
    alone = (grid.iloc[:, 1:] == "").all(axis=1) & first.str.contains(
        "|".join(re.escape(d) for d in others), regex=True
    )
    candidates = np.flatnonzero(alone.to_numpy())
    if not len(candidates):
        return []
    widths = _record_widths(_text(text) if isinstance(text, bytes) else text, delimiter)
    if len(widths) != len(grid):  # the records cannot be matched to the rows: no guess
        return []
    findings = []
    for row in candidates:
        if widths[row] != 1:
            continue
        cell = first.iat[row]
        counts = {d: len(_split(cell, d)) for d in others}
        other = max(counts, key=counts.get)
        if counts[other] < min(3, width):
            continue
        reason = file_messages.line_with_another_delimiter(other, delimiter)
        findings.append(GridFinding(int(row), 0, cell, reason, whole_row=True))
    return findings


def _known_names(cells: list[str]) -> int:
    return sum(1 for cell in cells if cell.strip() and field_for_header(cell) is not None)


def _refuse_header_with_another_delimiter(grid: pd.DataFrame, findings: list[GridFinding], name: str) -> None:
    """A header line written with another delimiter than the rows below would leave a data row to be
    taken for the header: refuse when such a line names more fields than any line of the file's own."""
    top = [finding for finding in findings if finding.row < HEADER_SEARCH_ROWS]
    if not top:
        return
    own = max(_known_names(row) for row in grid.iloc[:HEADER_SEARCH_ROWS].to_numpy().tolist())
    for finding in top:
        fields = max((_split(finding.value, d) for d in DELIMITERS), key=len)
        if _known_names(fields) >= max(2, own + 1):
            raise ImportFileError(file_messages.header_refused(name, finding.row + 1, finding.reason))


def _not_a_table(path: Path, error: csv.Error) -> ImportFileError:
    return ImportFileError(
        tr(
            "csv:not_table",
            "{file} cannot be read as a table: {error}.",
            messages_language(),
            file=path.name,
            error=error,
        )
    )


def read_file_bytes(path: Path) -> bytes:
    """The bytes of the text file `path`, or a refusal naming it and why it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as error:
        raise ImportFileError(
            tr(
                "csv:unreadable",
                "{file} cannot be read: {error}.",
                messages_language(),
                file=path.name,
                error=error.strerror or error,
            )
        ) from error


def read_csv(path: Path, state: TaskState, *, header_row: int | None = None) -> SourceTable:
    data = read_file_bytes(path)
    state.report(0.2, tr("csv:decoding", "Decoding {file}", messages_language(), file=path.name))
    decoded = decode_bytes(data, path.name)
    del data  # the text replaces the bytes
    encoding_label, notes = decoded.encoding_label, decoded.notes
    text, delimiter = _excel_separator_line(decoded.text)
    del decoded
    delimiter = delimiter or detect_delimiter(text)
    try:
        width = _widest_record(text, delimiter, 200)
    except csv.Error as error:  # e.g. a field longer than the csv module takes
        raise _not_a_table(path, error) from error
    # From here on the text is held once, as UTF-8 bytes (what the parser reads), and decoded again only
    # for a rare second look: a large file's text and its bytes together took 200 MB more at the peak
    encoded = _utf8(text)
    del text
    state.report(0.4, tr("csv:reading", "Reading {file}", messages_language(), file=path.name))
    try:
        grid = _parse(encoded, delimiter, width)
    except pd.errors.ParserError:
        # A row further down is wider than the first 200 records: measure the whole file once
        try:
            grid = _parse(encoded, delimiter, _widest_record(_text(encoded), delimiter, None))
        except (pd.errors.ParserError, csv.Error) as error:
            raise ImportFileError(
                tr(
                    "csv:unparsable",
                    "{file} cannot be read as text separated by {delimiters} ({error}). "
                    "Check for an unclosed quotation mark.",
                    messages_language(),
                    file=path.name,
                    delimiters=file_messages.delimiter_name(delimiter),
                    error=error,
                )
            ) from error
    except csv.Error as error:
        raise _not_a_table(path, error) from error
    state.report(
        0.9, tr("csv:finding_header", "Finding the header of {file}", messages_language(), file=path.name)
    )
    findings = lines_with_another_delimiter(encoded, grid, delimiter)
    _refuse_header_with_another_delimiter(grid, findings, path.name)
    table = table_from_grid(grid, file_name=path.name, format="CSV", header_row=header_row, findings=findings)
    table.encoding = encoding_label
    table.notes.extend(notes)
    table.delimiter = DELIMITERS[delimiter]
    return table
