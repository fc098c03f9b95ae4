"""A stakeholder import that streams the file: read, check and write a chunk of rows at a time.

`clusterdesk import-stakeholders` imports CSV and XLSX files this way, so that a million rows never exist
in memory at once (benchmarks/import_memory.py). Each chunk is checked like a whole table
(`row_checks.check_rows`) and its valid rows are written at once, all chunks inside the one transaction of
the undoable command: a file with problems is refused after every row was checked, and the rollback leaves
the project as it was. What is kept across chunks is small: the problems and the cells of the rows that
have them, and per written row its spreadsheet row number and a hash of its name for the duplicates of
the file, whose names and places are read back from the project at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from clusterdesk.core.geometry import decode_points
from clusterdesk.io.column_mapping import MAX_UNASKED_CUSTOM_FIELDS, guess_mapping
from clusterdesk.io.country_bounds import country_area, project_country
from clusterdesk.io.duplicates import (
    Duplicate,
    duplicates_in_file,
    duplicates_in_project,
    existing_stakeholders,
    name_keys,
)
from clusterdesk.io.field_names import CUSTOM_PREFIX
from clusterdesk.io.file_suffixes import EXCEL_EXTENSIONS, TEXT_EXTENSIONS
from clusterdesk.io.grid_chunks import CsvGrid, WiderRowsFound, XlsxGrid
from clusterdesk.io.nul_characters import NUL_NAMES_NOTE, nul_cells_note, remove_nul_cells
from clusterdesk.io.readers import check_readable, read_table
from clusterdesk.io.row_checks import CheckedRows, Problem, check_rows
from clusterdesk.io.source_chunks import TableChunks
from clusterdesk.io.source_table import SourceTable
from clusterdesk.io.stakeholder_import import (
    ImportFindings,
    _check_kind,
    _import_label,
    located_notes,
    swapped_columns_of,
)
from clusterdesk.io.stakeholder_import_command import ImportStakeholders, remove_imported
from clusterdesk.io.uuid_matches import AlreadyInProject, set_aside_known_rows

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

STREAM_CHUNK_ROWS = 50_000
_NAME_LOOKUP_ROWS = 500  # fids per `IN (...)` query


def streams(path: str | Path) -> bool:
    """Whether `path` is a file the streamed import reads (CSV and XLSX; GIS files are read whole)."""
    return Path(path).suffix.lower() in (*TEXT_EXTENSIONS, *EXCEL_EXTENSIONS)


@dataclass(frozen=True)
class ImportChoices:
    """What the user said about the file and its columns."""

    sheet: str | None = None
    mapping: dict[str, str] | None = None
    default_kind: str = "enterprise"
    keep_unmapped: bool = True
    custom_field_limit: int | None = MAX_UNASKED_CUSTOM_FIELDS
    header_row: int | None = None


@dataclass
class StreamedImport(ImportFindings):
    """What a streamed import found: the same facts an ImportPlan gives the command line."""

    source: Path
    table: SourceTable  # the columns and facts of the file, and the cells of the rows with problems
    mapping: dict[str, str]
    notes: list[str]
    problems: list[Problem]
    duplicates: list[Duplicate]
    already_present: list[AlreadyInProject]
    total_rows: int
    valid_count: int
    swapped_columns: tuple[str, str] | None
    language: str | None


class ImportRefused(Exception):
    """Rows have problems and the import was asked to refuse them all: nothing stays written."""

    def __init__(self, result: StreamedImport) -> None:
        super().__init__(f"{len(result.problems)} problems")
        self.result = result


@dataclass
class StreamedStakeholderImport:
    """The undoable command importing `source` chunk by chunk (see the module docstring).

    With `refuse_problems`, any problem raises ImportRefused at the end, after every row was checked, and
    the command stack rolls back what was written. Redo reads the file again.
    """

    source: Path
    choices: ImportChoices = field(default_factory=ImportChoices)
    refuse_problems: bool = True
    chunk_rows: int | None = None  # None: STREAM_CHUNK_ROWS
    width: int | None = None  # cells per row, when known to be wider than the first rows show
    label: str = ""
    tables: frozenset[str] = frozenset({"stakeholders", "contact_persons", "custom_field_definitions"})
    result: StreamedImport | None = None
    added_fids: range = range(0)
    _added_custom_keys: list[str] = field(default_factory=list)

    def do(self, project: Project) -> None:
        _check_kind(self.choices.default_kind)
        run = _Run(self, project)
        self.result = run.result()
        self.added_fids, self._added_custom_keys = run.fids, run.custom_keys
        self.label = _import_label(self.result.valid_count, self.source.name)
        if self.refuse_problems and self.result.has_problems:
            raise ImportRefused(self.result)

    def undo(self, project: Project) -> None:
        remove_imported(project, self.added_fids, self._added_custom_keys)


def import_streamed(project: Project, command: StreamedStakeholderImport) -> StreamedStakeholderImport:
    """Push `command` on the project's stack; a file with a row wider than its first rows is imported
    again, from the start, with the width of its widest row. Returns the command that was done."""
    try:
        project.stack.push(command)
    except WiderRowsFound as wider:  # the stack has rolled back what was written
        command = StreamedStakeholderImport(
            command.source, command.choices, command.refuse_problems, command.chunk_rows, wider.width
        )
        project.stack.push(command)
    return command


class _Run:
    """One pass over the file: the state kept from chunk to chunk."""

    def __init__(self, command: StreamedStakeholderImport, project: Project) -> None:
        self.command, self.project, self.choices = command, project, command.choices
        self.connection = project.connection
        self.country = country_area(project_country(project.connection))
        self.existing = existing_stakeholders(project.connection)
        self.first_fid = (
            project.session.connection()
            .exec_driver_sql(
                "SELECT max(coalesce((SELECT max(fid) FROM stakeholders), 0), "
                "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'stakeholders'), 0))"
            )
            .scalar()
            + 1
        )
        self.next_fid = self.first_fid
        self.custom_keys: list[str] = []
        self.mapping: dict[str, str] | None = None
        self.mapping_notes: list[str] = []
        self.problems: list[Problem] = []
        self.rejected: list[SourceTable] = []
        self.duplicates: list[Duplicate] = []
        self.already: list[AlreadyInProject] = []
        self.nul_rows: dict[str, list[int]] = {}
        self.total = self.unlocated = self.located = self.swapped = 0
        self.key_hashes: list[np.ndarray] = []  # per written row: hash of its name key (0: no key)
        self.row_numbers: list[np.ndarray] = []  # per written row: its spreadsheet row
        self.head, self.source_notes, self.nul_in_names = self._read()

    @property
    def fids(self) -> range:
        return range(self.first_fid, self.next_fid)

    def _read(self) -> tuple[SourceTable, list[str], bool]:
        path = self.command.source
        if not streams(path):
            table = read_table(path, sheet=self.choices.sheet, header_row=self.choices.header_row)
            self._chunk(table, table)
            return table, [], False
        check_readable(path, self.choices.sheet)
        chunk_rows = self.command.chunk_rows or STREAM_CHUNK_ROWS
        if path.suffix.lower() in TEXT_EXTENSIONS:
            grid = CsvGrid(path, chunk_rows, self.command.width)
        else:
            grid = XlsxGrid(path, chunk_rows, self.choices.sheet, self.command.width)
        chunks = TableChunks(grid, self.choices.header_row)
        for table in chunks:
            for column, rows in remove_nul_cells(table).items():
                self.nul_rows.setdefault(column, []).extend(rows)
            self._chunk(table, chunks.head)
        return chunks.head, grid.notes, chunks.nul_in_names

    def _chunk(self, table: SourceTable, head: SourceTable) -> None:
        if self.mapping is None:
            self.mapping, self.mapping_notes = guess_mapping(
                head.columns,
                self.choices.mapping,
                keep_unmapped=self.choices.keep_unmapped,
                custom_field_limit=self.choices.custom_field_limit,
            )
        self.total += len(table)
        checked = check_rows(table, self.mapping, self.choices.default_kind, self.country)
        self.located += checked.located_by_columns
        self.swapped += checked.swapped_by_columns
        if checked.problems:
            self.problems.extend(checked.problems)
            bad = np.unique([p.row for p in checked.problems])
            positions = np.searchsorted(table.row_numbers, bad)
            self.rejected.append(SourceTable(table.file_name, table.frame.iloc[positions], bad, table.format))
        checked, present, file_uuids = set_aside_known_rows(
            table, checked, self.connection, first_new_fid=self.first_fid
        )
        self.already.extend(present)
        self._write(table, checked, file_uuids)

    def _write(self, table: SourceTable, checked: CheckedRows, file_uuids: list | None) -> None:
        count = len(checked.positions)
        if not count:
            return
        rows = table.row_numbers[checked.positions]
        names = checked.values.get("name")
        if names is not None:
            self.duplicates.extend(
                duplicates_in_project(names, checked.lon, checked.lat, rows, self.existing)
            )
            keys = np.asarray(name_keys(names), dtype=object)
            hashes = pd.util.hash_array(keys).view(np.int64)
            self.key_hashes.append(np.where(keys == "", 0, hashes))
            self.row_numbers.append(rows)
        self.unlocated += int(np.count_nonzero(np.isnan(checked.lon) | np.isnan(checked.lat)))
        labels = {
            t[len(CUSTOM_PREFIX) :]: column
            for column, t in self.mapping.items()
            if t.startswith(CUSTOM_PREFIX)
        }
        insert = ImportStakeholders(
            checked.values,
            checked.lon,
            checked.lat,
            checked.custom,
            checked.contacts,
            custom_labels=labels,
            file_uuids=file_uuids,
            label="-",
            added_fids=range(self.next_fid, self.next_fid + count),
        )
        insert.do(self.project)
        self.custom_keys.extend(insert._added_custom_keys)
        self.next_fid += count

    def result(self) -> StreamedImport:
        within = self._duplicates_in_file()
        duplicates = sorted([*within, *self.duplicates], key=lambda d: d.row)
        head = self.head
        rejected = [part.frame for part in self.rejected]
        table = SourceTable(
            head.file_name,
            pd.concat(rejected, ignore_index=True) if rejected else head.frame.iloc[:0],
            np.concatenate([part.row_numbers for part in self.rejected]).astype(np.int64)
            if rejected
            else np.zeros(0, dtype=np.int64),
            head.format,
            header_row=head.header_row,
            encoding=head.encoding,
            delimiter=head.delimiter,
            sheet=head.sheet,
        )
        notes = [*head.notes, *self.source_notes]
        notes.extend(nul_cells_note(column, rows) for column, rows in self.nul_rows.items())
        if self.nul_in_names:
            notes.append(NUL_NAMES_NOTE)
        notes.extend(self.mapping_notes)
        valid = self.next_fid - self.first_fid
        swapped_columns = swapped_columns_of(self.swapped, self.located, self.mapping or {})
        notes.extend(
            located_notes(self.unlocated, valid, swapped_columns, (self.swapped, self.located), self.country)
        )
        return StreamedImport(
            self.command.source,
            table,
            self.mapping or {},
            notes,
            self.problems,
            duplicates,
            self.already,
            self.total,
            valid,
            swapped_columns,
            self.project.info().language,
        )

    def _duplicates_in_file(self) -> list[Duplicate]:
        """Rows repeating an earlier row of the file: only rows whose name key repeats are compared, with
        their names and places read back from the project."""
        if not self.key_hashes:
            return []
        hashes = np.concatenate(self.key_hashes)
        rows = np.concatenate(self.row_numbers)
        values, counts = np.unique(hashes[hashes != 0], return_counts=True)
        slots = np.flatnonzero(np.isin(hashes, values[counts > 1]))
        if not len(slots):
            return []
        fids = (slots + self.first_fid).tolist()
        found: dict[int, tuple] = {}
        for start in range(0, len(fids), _NAME_LOOKUP_ROWS):
            chunk = fids[start : start + _NAME_LOOKUP_ROWS]
            marks = ", ".join("?" * len(chunk))
            query = f"SELECT fid, name, geom FROM stakeholders WHERE fid IN ({marks})"
            found.update((fid, (name, geom)) for fid, name, geom in self.connection.execute(query, chunk))
        names = [found[fid][0] for fid in fids]
        lon, lat = decode_points([found[fid][1] for fid in fids])
        return duplicates_in_file(names, lon, lat, rows[slots])
