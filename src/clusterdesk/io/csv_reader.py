"""Reading delimited text files (CSV, TSV, TXT) into a SourceTable."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd

from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.source_table import SourceTable, table_from_grid
from clusterdesk.io.task import TaskState
from clusterdesk.io.text_decoding import DELIMITERS, decode_bytes, detect_delimiter

_SEPARATOR_LINE = re.compile(r"^sep=(.)\r?\n", re.IGNORECASE)


def _widest_record(text: str, delimiter: str, limit: int | None) -> int:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    widest = 1
    for position, record in enumerate(reader):
        if limit is not None and position >= limit:
            break
        widest = max(widest, len(record))
    return widest


def _parse(text: str, delimiter: str, width: int) -> pd.DataFrame:
    return pd.read_csv(
        io.StringIO(text),
        sep=delimiter,
        header=None,
        names=range(width),
        dtype=str,
        na_filter=False,
        keep_default_na=False,
        skip_blank_lines=False,
        engine="c",
        quotechar='"',
    )


def _excel_separator_line(text: str) -> tuple[str, str | None]:
    """Honour and drop the 'sep=;' first line Excel writes and reads (Excel does not show it as a row)."""
    match = _SEPARATOR_LINE.match(text)
    if match and match.group(1) in DELIMITERS:
        return text[match.end() :], match.group(1)
    return text, None


def read_csv(path: Path, state: TaskState, *, header_row: int | None = None) -> SourceTable:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(f"{path.name} cannot be read: {error.strerror or error}.") from error
    state.report(0.2, f"Decoding {path.name}")
    decoded = decode_bytes(data, path.name)
    text, delimiter = _excel_separator_line(decoded.text)
    delimiter = delimiter or detect_delimiter(text)
    state.report(0.4, f"Reading {path.name}")
    try:
        grid = _parse(text, delimiter, _widest_record(text, delimiter, 200))
    except pd.errors.ParserError:
        # A row further down is wider than the first 200 records: measure the whole file once
        try:
            grid = _parse(text, delimiter, _widest_record(text, delimiter, None))
        except (pd.errors.ParserError, csv.Error) as error:
            raise ImportFileError(
                f"{path.name} cannot be read as {DELIMITERS[delimiter]}-separated text ({error}). "
                "Check for an unclosed quotation mark."
            ) from error
    except csv.Error as error:
        raise ImportFileError(f"{path.name} cannot be read as a table: {error}.") from error
    # Strip every cell once here; later steps rely on cells without surrounding spaces
    grid = grid.apply(lambda column: column.str.strip())
    state.report(0.9, f"Finding the header of {path.name}")
    table = table_from_grid(grid, file_name=path.name, format="CSV", header_row=header_row)
    table.encoding = decoded.encoding_label
    table.notes.extend(decoded.notes)
    table.delimiter = DELIMITERS[delimiter]
    return table
