"""Official statistics of a selection study read from CSV or XLSX: one value per area, sector, year and
measure, as national statistical offices publish them.

Columns are found by their headings in English, Spanish, French or Russian (area code, sector, year, value,
and optionally measure and source). Sectors are ISIC Rev.4 codes at 2 to 4 digits, or TOTAL for an area's
total over all sectors; another classification (a national one, NACE) is translated by a two-column
mapping table (their code, ISIC code), and values of several codes mapped to one ISIC code are summed.
Numbers may be written the Spanish, French or Russian way (1.234,5 or 1 234,5, `io.selection_numbers`).
Rows without a figure (-, .., x) are left out and counted in a note.

Every bad row is named by row and column (`io.cell_refusal`): an unknown area code when the study has
areas, a year that is not one, a negative or non-numeric value, an unknown sector or measure, the same
area, sector, year and measure twice. A file with any problem imports nothing. Values the study already
holds for the same keys are replaced only when the caller asks for it; the import is one undoable step.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clusterdesk.core import isic
from clusterdesk.core.catalogue import count_text, messages_language, tr, tr_plural
from clusterdesk.core.cluster_selection import MEASURES
from clusterdesk.io.cell_refusal import CellProblemsError
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.readers import read_table
from clusterdesk.io.selection_numbers import column_decimal_mark, is_missing, parse_number
from clusterdesk.io.task import TaskState

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

TOTAL = "TOTAL"
_YEAR = re.compile(r"^\d{4}$")

# Headings that name each column, normalised (lower case, no accents, words joined by one space)
HEADINGS: dict[str, tuple[str, ...]] = {
    "area_code": ("area code", "area", "code", "area id", "codigo", "codigo area", "codigo de area",
                  "cod area", "code zone", "code de la zone", "zone", "code territoire", "код",
                  "код территории", "код района", "код региона", "код области"),
    "sector_code": ("sector", "sector code", "isic", "isic rev 4", "isic code", "ciiu", "ciiu rev 4",
                    "codigo ciiu", "actividad", "activity", "secteur", "code secteur", "citi", "nace", "naf",
                    "сектор", "отрасль", "код отрасли", "мсок", "оквэд"),
    "year": ("year", "ano", "annee", "год"),
    "value": ("value", "valor", "valeur", "значение", "величина"),
    "measure": ("measure", "medida", "variable", "indicador", "mesure", "indicateur", "показатель"),
    "source": ("source", "fuente", "источник"),
}  # fmt: skip
REQUIRED = ("area_code", "sector_code", "year", "value")

MEASURE_WORDS: dict[str, tuple[str, ...]] = {
    "employment": ("employment", "employees", "jobs", "empleo", "empleados", "ocupados", "personal ocupado",
                   "emploi", "emplois", "effectifs", "salaries", "занятость", "занятые", "работники",
                   "численность работников"),
    "firms": ("firms", "number of firms", "enterprises", "establishments", "empresas", "establecimientos",
              "numero de empresas", "entreprises", "etablissements", "nombre d entreprises", "предприятия",
              "организации", "число предприятий", "фирмы"),
    "value_added": ("value added", "value_added", "gva", "valor agregado", "valor anadido", "vab",
                    "valeur ajoutee", "va", "добавленная стоимость", "вдс"),
}  # fmt: skip


def normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c) or c in "\u0306\u0308")
    plain = unicodedata.normalize("NFC", plain)  # й and ё keep their marks
    return " ".join(re.sub(r"[^\w]+", " ", plain).replace("_", " ").split())


_HEADING_INDEX = {normalise(h): target for target, words in HEADINGS.items() for h in words}
_MEASURE_INDEX = {normalise(w): key for key, words in MEASURE_WORDS.items() for w in words} | {
    normalise(key): key for key in MEASURES
}


@dataclass(frozen=True)
class StatisticProblem:
    row: int
    column: str
    reason: str


@dataclass
class StatisticsRead:
    file_name: str
    rows: list[dict[str, Any]]  # area_code, sector_code, year, measure, value, source
    notes: list[str] = field(default_factory=list)


def measure_of(text: str) -> str | None:
    """The measure key a cell or option means (a key or a word in one of the four languages), or None."""
    return _MEASURE_INDEX.get(normalise(text))


def sector_code(text: str) -> str | None:
    """The ISIC Rev.4 code (2 to 4 digits) or TOTAL a cell holds, or None. '1' from a number cell is '01'."""
    if normalise(text) in ("total", "todos", "tous", "всего", "итого"):
        return TOTAL
    code = isic.normalised(text)
    if code.isdigit() and len(code) in (1, 3) and isic.is_code("0" + code) and not isic.is_code(code):
        code = "0" + code
    return code if code.isdigit() and 2 <= len(code) <= 4 and isic.is_code(code) else None


def _columns(table, file_name: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for column in table.columns:
        target = _HEADING_INDEX.get(normalise(column))
        if target and target not in found:
            found[target] = column
    missing = [t for t in REQUIRED if t not in found]
    if missing:
        language = messages_language()
        raise ImportFileError(
            tr(
                "selection_statistics:columns",
                "{file} needs the columns area code, sector, year and value (and may have measure and "
                "source); no column is headed as the {missing}. Its columns are: {columns}.",
                language,
                file=file_name,
                missing=", ".join(_column_word(t) for t in missing),
                columns=", ".join(table.columns),
            )
        )
    return found


def _column_word(target: str) -> str:
    language = messages_language()
    return {
        "area_code": lambda: tr("selection_statistics:word_area", "area code", language),
        "sector_code": lambda: tr("selection_statistics:word_sector", "sector", language),
        "year": lambda: tr("selection_statistics:word_year", "year", language),
        "value": lambda: tr("selection_statistics:word_value", "value", language),
    }[target]()


def read_mapping(path: str | Path) -> dict[str, str]:
    """A two-column table (the file's code, ISIC Rev.4 code) as a dict; bad rows refused by row."""
    table = read_table(path)
    language = messages_language()
    if len(table.columns) < 2:
        raise ImportFileError(
            tr(
                "selection_statistics:mapping_columns",
                "{file} needs two columns: the code of the statistics and the ISIC Rev.4 code it maps to.",
                language,
                file=table.file_name,
            )
        )
    source, target = table.columns[:2]
    mapping: dict[str, str] = {}
    first_row: dict[str, int] = {}
    problems = []
    for number, theirs, code in zip(table.row_numbers, table.frame[source], table.frame[target], strict=True):
        theirs = theirs.strip()
        if not theirs:
            problems.append(StatisticProblem(int(number), source, tr(
                "selection_statistics:mapping_empty", "the code is empty", language)))  # fmt: skip
            continue
        isic_code = sector_code(code)
        if isic_code is None:
            problems.append(StatisticProblem(int(number), target, _not_isic(code)))
            continue
        if theirs in mapping and mapping[theirs] != isic_code:
            reason = tr(
                "selection_statistics:mapping_twice",
                "{code} is mapped to {isic} in row {row} already",
                language,
                code=theirs,
                isic=mapping[theirs],
                row=first_row[theirs],
            )
            problems.append(StatisticProblem(int(number), source, reason))
            continue
        mapping[theirs] = isic_code
        first_row.setdefault(theirs, int(number))
    if problems:
        raise CellProblemsError(table.file_name, problems)
    return mapping


def _not_isic(text: str) -> str:
    return tr(
        "selection_statistics:not_isic",
        "{value} is not an ISIC Rev.4 division or class (2 to 4 digits, such as 14 or 1410) nor TOTAL",
        messages_language(),
        value=repr(text),
    )


def _known_areas(project: Project | None) -> set[str]:
    if project is None:
        return set()
    return {code for (code,) in project.connection.execute("SELECT code FROM selection_areas")}


def _study_measure(project: Project | None) -> str | None:
    if project is None:
        return None
    row = project.connection.execute("SELECT measure FROM selection_studies ORDER BY fid LIMIT 1").fetchone()
    return row[0] if row else None


def read_statistics(
    path: str | Path,
    project: Project | None = None,
    *,
    measure: str | None = None,
    mapping: dict[str, str] | None = None,
    mapping_name: str | None = None,
    sheet: str | None = None,
    state: TaskState | None = None,
) -> StatisticsRead:
    """The statistics of `path` checked against `project`'s areas; raise CellProblemsError naming every
    bad row, or ImportFileError when the file itself cannot be used. `state` reports progress and stops
    on cancel (io.task)."""
    state = state or TaskState()
    language = messages_language()
    chosen_measure = None
    if measure is not None:
        chosen_measure = measure_of(measure)
        if chosen_measure is None:
            raise ImportFileError(
                tr("selection_statistics:bad_measure_option",
                   "{value} is not a measure: write employment, firms or value_added", language,
                   value=repr(measure))
            )  # fmt: skip
    state.stage(0.0, 0.6, tr("csv:reading", "Reading {file}", language, file=Path(path).name))
    table = read_table(path, state, sheet=sheet)
    checking = tr("selection_statistics:checking", "Checking the figures of {file}", language,
                  file=table.file_name)  # fmt: skip
    state.stage(0.6, 1.0, checking)
    columns = _columns(table, table.file_name)
    notes = list(table.notes)
    default_measure = chosen_measure or _study_measure(project) or "employment"
    if "measure" not in columns and chosen_measure is None:
        notes.append(
            tr("selection_statistics:measure_assumed", "every value read as {measure}", language,
               measure=_measure_word(default_measure, language))
        )  # fmt: skip
    areas = _known_areas(project)
    cells = {target: table.frame[column].tolist() for target, column in columns.items()}
    value_cells = cells["value"]
    mark = column_decimal_mark(value_cells)
    problems: list[StatisticProblem] = []
    sums: dict[tuple[str, str, int, str], float] = {}
    sources: dict[tuple[str, str, int, str], str | None] = {}
    seen: dict[tuple[str, str, int, str], int] = {}
    without_value: list[int] = []
    mapped = set()
    for position, number in enumerate(table.row_numbers):
        number = int(number)
        if position % 20_000 == 0:
            state.report(position / len(table), checking)
        row_problems = len(problems)

        def refuse(target: str, reason: str, number: int = number) -> None:
            problems.append(StatisticProblem(number, columns[target], reason))

        area = " ".join(cells["area_code"][position].split())
        if not area:
            refuse("area_code", tr("selection_statistics:no_area", "the area code is empty", language))
        elif areas and area not in areas:
            refuse("area_code", tr(
                "selection_statistics:unknown_area",
                "no area of the study has the code {code}: correct the code, or import the areas that "
                "hold it first", language, code=area))  # fmt: skip
        their_sector = cells["sector_code"][position].strip()
        if mapping is not None and their_sector in mapping:
            sector = mapping[their_sector]
            mapped.add(their_sector)
        elif mapping is not None and sector_code(their_sector) != TOTAL:
            sector = None
            refuse("sector_code", tr(
                "selection_statistics:unmapped", "{code} is not in the mapping table {file}", language,
                code=repr(their_sector), file=mapping_name or ""))  # fmt: skip
        else:
            sector = sector_code(their_sector)
            if sector is None:
                refuse("sector_code", _not_isic(their_sector))
        year_text = cells["year"][position].strip()
        year = int(year_text) if _YEAR.match(year_text) and 1900 <= int(year_text) <= 2200 else None
        if year is None:
            refuse("year", tr("selection_statistics:bad_year",
                              "{value} is not a year (write it with four digits, such as 2020)",
                              language, value=repr(year_text)))  # fmt: skip
        row_measure = default_measure
        if "measure" in columns and cells["measure"][position].strip():
            row_measure = measure_of(cells["measure"][position])
            if row_measure is None:
                refuse("measure", tr(
                    "selection_statistics:bad_measure",
                    "{value} is not a measure: write employment, firms or value added", language,
                    value=repr(cells["measure"][position])))  # fmt: skip
        value_text = value_cells[position]
        value = math.nan
        if is_missing(value_text):
            without_value.append(number)
        else:
            value = parse_number(value_text, mark)
            if math.isnan(value):
                refuse("value", tr("selection_statistics:not_number", "{value} is not a number", language,
                                   value=repr(value_text)))  # fmt: skip
            elif value < 0:
                refuse("value", tr("selection_statistics:negative", "{value} is negative", language,
                                   value=repr(value_text)))  # fmt: skip
        if len(problems) > row_problems or is_missing(value_text):
            continue
        original = (area, their_sector, year, row_measure)
        if original in seen:
            refuse("sector_code", tr(
                "selection_statistics:duplicate",
                "the same area, sector, year and measure as row {row}", language,
                row=seen[original]))  # fmt: skip
            continue
        seen[original] = number
        key = (area, sector, year, row_measure)
        sums[key] = sums.get(key, 0.0) + value
        source = cells["source"][position].strip() if "source" in columns else ""
        sources.setdefault(key, source or None)
    if problems:
        raise CellProblemsError(table.file_name, problems)
    if without_value:
        notes.append(
            tr_plural(
                "selection_statistics:without_value",
                "{count} row without a figure (-, .., x or empty) left out",
                "{count} rows without a figure (-, .., x or empty) left out",
                len(without_value),
                language,
                count=count_text(len(without_value), language),
            )
        )
    if mark == ",":
        notes.append(tr("selection_statistics:decimal_comma", "numbers read with a decimal comma", language))
    if mapped:
        notes.append(
            tr_plural(
                "selection_statistics:mapped",
                "{count} code of the statistics translated to ISIC Rev.4 with {file}",
                "{count} codes of the statistics translated to ISIC Rev.4 with {file}",
                len(mapped),
                language,
                count=count_text(len(mapped), language),
                file=mapping_name or "",
            )
        )
    rows = [
        {
            "area_code": a,
            "sector_code": s,
            "year": y,
            "measure": m,
            "value": v,
            "source": sources[(a, s, y, m)],
        }
        for (a, s, y, m), v in sums.items()
    ]
    if not rows:
        raise ImportFileError(
            tr("selection_statistics:no_rows", "{file} has no figures to import.", language,
               file=table.file_name)
        )  # fmt: skip
    return StatisticsRead(table.file_name, rows, notes)


def _measure_word(measure: str, language: str | None) -> str:
    return {
        "employment": lambda: tr("selection_measure:employment", "employment", language),
        "firms": lambda: tr("selection_measure:firms", "number of firms", language),
        "value_added": lambda: tr("selection_measure:value_added", "value added", language),
    }[measure]()


def _stored_keys(project: Project, rows: list[dict[str, Any]]) -> list[int]:
    """fids of statistics the project holds for the keys of `rows`."""
    wanted = {(r["area_code"], r["sector_code"], r["year"], r["measure"]) for r in rows}
    stored = project.connection.execute(
        "SELECT fid, area_code, sector_code, year, measure FROM selection_statistics"
    )
    return [fid for fid, *key in stored if tuple(key) in wanted]


def statistics_import_command(project: Project, read: StatisticsRead, *, replace: bool = False):
    """One undoable step adding the statistics read; values the study holds for the same area, sector, year
    and measure are replaced when `replace`, and refused otherwise (nothing is written)."""
    from clusterdesk.core import selection_edits
    from clusterdesk.core.commands import CommandGroup
    from clusterdesk.core.governance_rows import DeleteRows, _where_in

    language = messages_language()
    taken = _stored_keys(project, read.rows)
    if taken and not replace:
        raise ImportFileError(
            tr_plural(
                "selection_statistics:taken",
                "{file}: the study already holds {count} of these figures (same area, sector, year and "
                "measure); nothing was imported. To put the file's figures in their place, import again "
                "with the replace option.",
                "{file}: the study already holds {count} of these figures (same area, sector, year and "
                "measure); nothing was imported. To put the file's figures in their place, import again "
                "with the replace option.",
                len(taken),
                language,
                file=read.file_name,
                count=count_text(len(taken), language),
            )
        )
    label = tr_plural(
        "undo:import_selection_statistics",
        "Import {count} figure from {file}",
        "Import {count} figures from {file}",
        len(read.rows),
        language,
        count=count_text(len(read.rows), language),
        file=read.file_name,
    )
    statistics = selection_edits.STATISTICS
    insert = selection_edits.import_rows(project, {statistics.name: [dict(r) for r in read.rows]}, label)
    if not taken:
        return insert

    def collect(project: Project) -> dict[str, list[dict[str, Any]]]:
        return {statistics.name: _where_in(project, statistics, statistics.c.fid, taken)}

    remove = DeleteRows(
        collect, label=label, tables=frozenset({statistics.name}), order=selection_edits.ORDER
    )
    return CommandGroup([remove, insert], label=label)
