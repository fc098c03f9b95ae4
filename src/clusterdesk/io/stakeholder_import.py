"""Planning a stakeholder import: read, map, check and look for duplicates without writing anything.

The plan says how the file was read (encoding, delimiter, sheet, header row), which column went to which
field, which rows are valid, every problem, every likely duplicate and the rows already in the project
(same UUID), which are skipped. The CLI prints it; the import wizard shows it; either then asks the plan
for the one undoable command that performs the import.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from clusterdesk.core.catalogue import count_text, messages_language, tr, tr_plural
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS
from clusterdesk.io.column_mapping import MAX_UNASKED_CUSTOM_FIELDS, guess_mapping
from clusterdesk.io.country_bounds import CountryArea, country_area, project_country
from clusterdesk.io.duplicates import Duplicate, find_duplicates
from clusterdesk.io.errors import MappingError
from clusterdesk.io.field_names import CUSTOM_PREFIX
from clusterdesk.io.file_messages import encoding_text, separated_text
from clusterdesk.io.output_file import written_atomically
from clusterdesk.io.readers import read_table
from clusterdesk.io.row_checks import CheckedRows, Problem, check_rows
from clusterdesk.io.source_table import SourceTable
from clusterdesk.io.spreadsheet_text import csv_cell
from clusterdesk.io.stakeholder_import_command import ImportStakeholders
from clusterdesk.io.task import CancelCallback, ProgressCallback, TaskState
from clusterdesk.io.uuid_matches import AlreadyInProject, set_aside_known_rows

if TYPE_CHECKING:
    from clusterdesk.core.project import Project


class ImportFindings:
    """What the command line reads of an import, whole-table (ImportPlan) or streamed: `source`, `table`
    and `problems` are the class's own."""

    @property
    def rejected_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})

    @property
    def has_problems(self) -> bool:
        return bool(self.problems)

    def describe_source(self) -> str:
        return describe_source(self.table)

    def rejected_path(self) -> Path:
        return self.source.with_name(f"{self.source.stem}.rejected.csv")

    def write_rejected(self, path: Path | None = None) -> Path | None:
        """Write the rejected rows with their reasons next to the input (see `write_rejected_rows`)."""
        return write_rejected_rows(self, Path(path) if path else self.rejected_path())


@dataclass
class ImportPlan(ImportFindings):
    source: Path
    table: SourceTable
    mapping: dict[str, str]
    default_kind: str
    checked: CheckedRows
    duplicates: list[Duplicate]
    notes: list[str] = field(default_factory=list)
    # valid rows whose UUID the project already holds: reported and skipped, never imported twice
    already_present: list[AlreadyInProject] = field(default_factory=list)
    # the UUID each valid row brings from the file (None: a new one is made); None without a uuid column
    file_uuids: list[str | None] | None = None
    # (latitude column, longitude column) when most rows read them the wrong way round
    swapped_columns: tuple[str, str] | None = None
    # the language of the rejected rows file's own columns: the project's (None: the messages language)
    language: str | None = None

    # -- what the user is told ---------------------------------------------------------------------
    @property
    def problems(self) -> list[Problem]:
        return self.checked.problems

    @property
    def encoding(self) -> str | None:
        return self.table.encoding

    @property
    def delimiter(self) -> str | None:
        return self.table.delimiter

    @property
    def sheet(self) -> str | None:
        return self.table.sheet

    @property
    def header_row(self) -> int | None:
        return self.table.header_row

    @property
    def total_rows(self) -> int:
        return len(self.table)

    @property
    def valid_count(self) -> int:
        return len(self.checked.positions)

    # -- results ----------------------------------------------------------------------------------
    def rows(self) -> list[dict[str, Any]]:
        """Valid rows as dicts for `clusterdesk.core.edits.AddStakeholders` (without contact persons)."""
        names = list(self.checked.values)
        result = []
        for slot in range(self.valid_count):
            row = {name: self.checked.values[name][slot] for name in names}
            lon, lat = self.checked.lon[slot], self.checked.lat[slot]
            if not (np.isnan(lon) or np.isnan(lat)):
                row["lon"], row["lat"] = float(lon), float(lat)
            if self.checked.custom[slot]:
                row["custom_fields"] = json.dumps(self.checked.custom[slot], ensure_ascii=False)
            result.append(row)
        return result

    def command(self, label: str | None = None) -> ImportStakeholders:
        """The single undoable command adding every valid row (with contacts and new custom fields)."""
        labels = {
            t[len(CUSTOM_PREFIX) :]: column
            for column, t in self.mapping.items()
            if t.startswith(CUSTOM_PREFIX)
        }
        return ImportStakeholders(
            self.checked.values,
            self.checked.lon,
            self.checked.lat,
            self.checked.custom,
            self.checked.contacts,
            custom_labels=labels,
            file_uuids=self.file_uuids,
            label=label or _import_label(self.valid_count, self.source.name),
        )


def describe_source(table: SourceTable) -> str:
    """How the file was read: format, encoding, delimiter, sheet or layer, header row."""
    language = messages_language()
    facts = [table.format]
    if table.encoding:
        facts.append(
            tr("source:encoding", "encoding {encoding}", language, encoding=encoding_text(table.encoding))
        )
    if table.delimiter:
        facts.append(separated_text(table.delimiter))
    if table.sheet and table.format == "XLSX":
        facts.append(tr("source:sheet", "sheet {sheet}", language, sheet=repr(table.sheet)))
    elif table.sheet:
        facts.append(tr("source:layer", "layer {layer}", language, layer=repr(table.sheet)))
    if table.header_row:
        facts.append(tr("source:header_in_row", "header in row {row}", language, row=table.header_row))
    return ", ".join(facts)


def write_rejected_rows(result, path: Path) -> Path | None:
    """Write the rejected rows of `result` (an ImportPlan or a streamed import) with their reasons to
    `path` (UTF-8 with BOM for Excel), the row number and reasons first under headings in the project's
    language. `result.table` holds at least the rejected rows.

    Raises ExportError, naming the file, when it cannot be written; nothing is left half-written.
    """
    if not result.problems:
        return None
    reasons: dict[int, list[str]] = {}
    for problem in result.problems:
        reasons.setdefault(problem.row, []).append(f"{problem.column}: {problem.reason}")
    table = result.table
    delimiter = {"semicolon": ";", "tab": "\t", "pipe": "|"}.get(table.delimiter or "", ",")
    with (
        written_atomically(path) as temporary,
        open(temporary, "w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle, delimiter=delimiter)
        language = result.language or messages_language()
        own = [tr("rejected:row", "row", language), tr("rejected:problems", "problems", language)]
        writer.writerow(csv_cell(c) for c in [*own, *table.columns])
        rows = sorted(reasons)
        positions = np.searchsorted(table.row_numbers, rows)  # the row numbers ascend
        cells = table.frame.iloc[positions]
        for row, values in zip(rows, cells.itertuples(index=False, name=None), strict=True):
            writer.writerow(csv_cell(c) for c in [row, "; ".join(reasons[row]), *values])
    return path


def build_import_plan(
    source: str | Path,
    project: Project | None = None,
    *,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
    default_kind: str = "enterprise",
    keep_unmapped: bool = True,
    custom_field_limit: int | None = MAX_UNASKED_CUSTOM_FIELDS,
    header_row: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
) -> ImportPlan:
    """Read and check `source`; nothing is written. `mapping` holds COLUMN -> FIELD overrides.

    `project`, when given, is searched for stakeholders the file repeats. More than `custom_field_limit`
    unrecognised columns kept as custom fields raise TooManyCustomFieldsError (None: no limit).
    """
    _check_kind(default_kind)
    source = Path(source)
    state = TaskState(progress, cancel)
    state.stage(0.0, 0.5, tr("csv:reading", "Reading {file}", messages_language(), file=source.name))
    table = read_table(source, state, sheet=sheet, header_row=header_row)
    columns = _ColumnChoice(mapping, keep_unmapped, custom_field_limit)
    return _plan(source, table, project, columns, default_kind, state, 0.5)


def plan_from_table(
    source: str | Path,
    table: SourceTable,
    project: Project | None = None,
    *,
    mapping: dict[str, str] | None = None,
    default_kind: str = "enterprise",
    keep_unmapped: bool = True,
    custom_field_limit: int | None = MAX_UNASKED_CUSTOM_FIELDS,
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
) -> ImportPlan:
    """Check a table read before with `readers.read_table`: the import wizard reads the file once and
    plans again each time the user changes the mapping."""
    _check_kind(default_kind)
    state = TaskState(progress, cancel)
    columns = _ColumnChoice(mapping, keep_unmapped, custom_field_limit)
    return _plan(Path(source), table, project, columns, default_kind, state, 0.0)


@dataclass(frozen=True)
class _ColumnChoice:
    """What the caller said about the columns: overrides, and what becomes of the unrecognised ones."""

    overrides: dict[str, str] | None
    keep_unmapped: bool
    custom_field_limit: int | None


def _check_kind(default_kind: str) -> None:
    if default_kind not in STAKEHOLDER_KINDS:
        raise MappingError(
            tr(
                "mapping:bad_kind",
                "--kind {kind} is not a kind. Use one of: {kinds}.",
                messages_language(),
                kind=repr(default_kind),
                kinds=", ".join(STAKEHOLDER_KINDS),
            )
        )


def _plan(
    source: Path,
    table: SourceTable,
    project: Project | None,
    columns: _ColumnChoice,
    default_kind: str,
    state: TaskState,
    start: float,
) -> ImportPlan:
    share = 1.0 - start
    state.stage(
        start,
        start + 0.05 * share,
        tr("progress:matching", "Matching columns to fields", messages_language()),
    )
    used_mapping, notes = guess_mapping(
        table.columns,
        columns.overrides,
        keep_unmapped=columns.keep_unmapped,
        custom_field_limit=columns.custom_field_limit,
    )
    state.stage(
        start + 0.05 * share,
        start + 0.7 * share,
        tr_plural(
            "progress:checking",
            "Checking {count} row",
            "Checking {count} rows",
            len(table),
            messages_language(),
        ),
    )
    country = country_area(project_country(project.connection)) if project is not None else None
    checked = check_rows(table, used_mapping, default_kind, country)
    swapped_columns = swapped_columns_of(checked.swapped_by_columns, checked.located_by_columns, used_mapping)
    state.stage(
        start + 0.7 * share, 1.0, tr("progress:duplicates", "Looking for duplicates", messages_language())
    )
    connection = project.connection if project is not None else None
    checked, already_present, file_uuids = set_aside_known_rows(table, checked, connection)
    duplicates = find_duplicates(
        checked.values.get("name", []),
        checked.lon,
        checked.lat,
        table.row_numbers[checked.positions],
        connection,
    )
    state.report(1.0, tr("progress:ready", "Ready to import", messages_language()))
    notes = [*table.notes, *notes]
    unlocated = int(np.count_nonzero(np.isnan(checked.lon) | np.isnan(checked.lat)))
    notes.extend(
        located_notes(
            unlocated,
            len(checked.lon),
            swapped_columns,
            (checked.swapped_by_columns, checked.located_by_columns),
            country,
        )
    )
    return ImportPlan(
        source,
        table,
        used_mapping,
        default_kind,
        checked,
        duplicates,
        notes,
        already_present,
        file_uuids,
        swapped_columns,
        None if project is None else project.info().language,
    )


def swapped_columns_of(swapped: int, located: int, mapping: dict[str, str]) -> tuple[str, str] | None:
    """The latitude and longitude columns, when at least two thirds of the `located` rows they locate
    look `swapped`."""
    if not swapped or 3 * swapped < 2 * located:
        return None
    column_of = {target: column for column, target in mapping.items()}
    return column_of["lat"], column_of["lon"]


def located_notes(
    unlocated: int,
    total: int,
    swapped_columns: tuple[str, str] | None,
    swapped_of_located: tuple[int, int],
    country: CountryArea | None,
) -> list[str]:
    """The notes on the `total` rows to import that have no coordinates, and on swapped columns."""
    notes = []
    unlocated_note = _unlocated_note(unlocated, total)
    if unlocated_note:
        notes.append(unlocated_note)
    if swapped_columns is not None:
        notes.append(_swapped_note(*swapped_of_located, swapped_columns, country))
    return notes


def _swapped_note(swapped: int, located: int, columns: tuple[str, str], country: CountryArea | None) -> str:
    language = messages_language()
    values = {
        "swapped": count_text(swapped, language),
        "located": count_text(located, language),
        "latitude": repr(columns[0]),
        "longitude": repr(columns[1]),
    }
    if country:
        return tr(
            "import:swapped_country",
            "{swapped} of the {located} rows with coordinates lie outside {country}, the project's country, "
            "but inside it once latitude and longitude are exchanged: the columns {latitude} and {longitude} "
            "look swapped. Read {latitude} as the longitude and {longitude} as the latitude",
            language,
            country=country.name,
            **values,
        )
    return tr(
        "import:swapped_antarctica",
        "{swapped} of the {located} rows with coordinates lie in Antarctica, but outside it once latitude "
        "and longitude are exchanged: the columns {latitude} and {longitude} look swapped. Read {latitude} "
        "as the longitude and {longitude} as the latitude",
        language,
        **values,
    )


def _unlocated_note(unlocated: int, total: int) -> str | None:
    """Rows without coordinates are imported (a travelling trader still belongs to the cluster), but the
    user should know they will not appear on the map."""
    if not unlocated:
        return None
    language = messages_language()
    if total == 1:
        return tr(
            "import:unlocated_one",
            "the row to import has no coordinates: imported, but not on the map until a location is added",
            language,
        )
    if unlocated == total:
        return tr(
            "import:unlocated_all",
            "all {total} rows to import have no coordinates: imported, but not on the map until a location "
            "is added",
            language,
            total=count_text(total, language),
        )
    return tr_plural(
        "import:unlocated_some",
        "{count} of the {total} rows to import has no coordinates: imported, but not on the map until a "
        "location is added",
        "{count} of the {total} rows to import have no coordinates: imported, but not on the map until a "
        "location is added",
        unlocated,
        language,
        count=count_text(unlocated, language),
        total=count_text(total, language),
    )


def _import_label(count: int, file_name: str) -> str:
    language = messages_language()
    return tr_plural(
        "undo:import_stakeholders_from",
        "Import {count} stakeholder from {file}",
        "Import {count} stakeholders from {file}",
        count,
        language,
        count=count_text(count, language),
        file=file_name,
    )
