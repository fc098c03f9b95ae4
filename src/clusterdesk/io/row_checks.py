"""Checking and converting the mapped cells of every row, column by column with pandas.

The result holds typed columns for the rows that passed and one Problem per bad cell: the row number the
user sees in the spreadsheet, the column header, the value and the reason.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from clusterdesk.core.stakeholder_rules import EARLIEST_YEAR, EMAIL_SHAPE, MAX_EMPLOYEES
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS
from clusterdesk.io import row_reasons as reason
from clusterdesk.io.column_mapping import CUSTOM_FIELDS_COLUMN
from clusterdesk.io.coordinate_swaps import check_swaps, exchange_lands_outside_antarctica
from clusterdesk.io.coordinates import parse_coordinate_column
from clusterdesk.io.country_bounds import CountryArea
from clusterdesk.io.field_names import CUSTOM_PREFIX, IGNORE, INTEGER_FIELDS, TEXT_FIELDS, kind_for_value
from clusterdesk.io.source_table import SourceTable

# The same limits and e-mail shape as the stakeholder form (one definition in core)
_EMAIL = EMAIL_SHAPE
# Subtotal rows between groups of firms. A name that merely starts with "Total" may be a firm (the oil
# company), so plain "total" counts only on its own; "Subtotal ...", "Итого ..." always count.
_TOTAL_ROW = re.compile(
    r"^(?:(?:sub-?\s?total|sous-total|итого|всего)\b.*|(?:total|totales|total general|grand total)\s*:?)$",
    re.IGNORECASE,
)
_THOUSANDS = re.compile(r"^\d{1,3}([.,]\d{3})+$")
_DIGIT_GROUP_SPACES = re.compile(r"(?<=\d)[\s\u00a0\u202f'’](?=\d{3}\b)")
_GENDERS = {
    "female": ("f", "female", "woman", "w", "mujer", "femenino", "femme", "feminin", "ж", "жен", "женский"),
    "male": ("m", "male", "man", "hombre", "masculino", "homme", "masculin", "м", "муж", "мужской"),
    "other": ("other", "otro", "otra", "autre", "другое", "x"),
}
_NO_CONTACTS: list = []  # shared by every row without contacts; never appended to
GENDER_INDEX = {word: code for code, words in _GENDERS.items() for word in words}


@dataclass(frozen=True)
class Problem:
    row: int  # as the user sees it in the spreadsheet (header and title rows counted)
    column: str
    value: str
    reason: str


@dataclass
class CheckedRows:
    """Typed values of the rows without problems (positions index the SourceTable frame)."""

    positions: np.ndarray
    values: dict[str, list]  # stakeholder field -> values (None when empty)
    lon: np.ndarray
    lat: np.ndarray
    custom: list[dict[str, str] | None]
    contacts: list[list[dict[str, str | None]]]
    problems: list[Problem] = field(default_factory=list)
    # rows whose coordinate columns hold valid degrees, and how many of them look swapped
    located_by_columns: int = 0
    swapped_by_columns: int = 0


class _Collector:
    def __init__(self, table: SourceTable) -> None:
        self.table = table
        self.problems: list[Problem] = []
        self.bad = np.zeros(len(table), dtype=bool)
        self.found_by_reader: set[tuple[int, str]] = set()

    def add_value(self, position: int, column: str, value: str, reason: str) -> None:
        """Record what the reader found wrong with a cell (a formula without its result, a whole line).

        It is the cell's one problem: what the checks would say about the empty or garbled text the
        reader was left with is not added.
        """
        self.problems.append(Problem(int(self.table.row_numbers[position]), column, value, reason))
        self.bad[position] = True
        self.found_by_reader.add((position, column))

    def add(self, positions, column: str, reason, values: pd.Series | None = None) -> None:
        """Record a problem at each position; `reason` is a str or a per-position callable."""
        cells = values if values is not None else self.table.frame[column]
        for position in np.asarray(positions, dtype=int):
            if (position, column) in self.found_by_reader:
                continue
            text = reason(position) if callable(reason) else reason
            value = str(cells.iat[position])
            self.problems.append(Problem(int(self.table.row_numbers[position]), column, value, text))
            self.bad[position] = True


def _clean_text(cells: pd.Series) -> pd.Series:
    """The cells as str; the readers have already stripped surrounding spaces."""
    return cells.astype(str)


def _parse_integers(cells: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(values as float, unparseable mask, fractional mask); digit groups '1 200', '1.200', '1,200' pass."""
    text = _clean_text(cells)
    numbers = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float, copy=True)
    filled = (text != "").to_numpy()
    # Only cells the plain parse rejects (or reads as fractions, like '1.200') need the slower clean-up
    retry = np.flatnonzero(filled & (np.isnan(numbers) | (np.floor(numbers) != numbers)))
    if len(retry):
        subset = text.iloc[retry].str.replace(_DIGIT_GROUP_SPACES, "", regex=True)
        grouped = subset.str.match(_THOUSANDS)
        subset = subset.where(~grouped, subset.str.replace(r"[.,]", "", regex=True))
        numbers[retry] = pd.to_numeric(subset.str.replace(",", ".", regex=False), errors="coerce").to_numpy(
            float
        )
    unparseable = filled & ~np.isfinite(numbers)
    fractional = filled & np.isfinite(numbers) & (np.floor(numbers) != numbers)
    return numbers, unparseable, fractional


def _nullable(cells: pd.Series) -> list:
    return [None if v == "" else v for v in cells.tolist()]


def check_rows(
    table: SourceTable,
    mapping: dict[str, str],
    default_kind: str = "enterprise",
    country: CountryArea | None = None,
) -> CheckedRows:
    """Validate and convert every mapped cell; see the module docstring. `country`, the project's, shows
    coordinates whose latitude and longitude were exchanged."""
    if default_kind not in STAKEHOLDER_KINDS:
        raise ValueError(f"unknown default kind {default_kind}")
    frame = table.frame
    collector = _Collector(table)
    _reader_findings(table, mapping, collector)
    column_of = {target: column for column, target in mapping.items()}
    values: dict[str, list] = {}

    for target in TEXT_FIELDS:
        if target in column_of:
            values[target] = _clean_text(frame[column_of[target]])
    if "name" in values:
        empty = np.flatnonzero((values["name"] == "").to_numpy())
        collector.add(empty, column_of["name"], reason.name_required())
        totals = np.flatnonzero(values["name"].str.match(_TOTAL_ROW).to_numpy())
        collector.add(totals, column_of["name"], reason.total_row())
    _check_emails(values, column_of, collector)
    if "tags" in values:
        values["tags"] = values["tags"].map(_tags)
    values["kind"] = _kinds(frame, column_of, collector, default_kind)
    numbers = _integers(frame, column_of, collector)
    lon, lat, located, swapped = _coordinates(table, column_of, collector, country)

    good = np.flatnonzero(~collector.bad)
    result: dict[str, list] = {}
    for name, column in values.items():
        result[name] = (
            _nullable(column.iloc[good]) if isinstance(column, pd.Series) else [column[i] for i in good]
        )
    for name, array in numbers.items():
        selected = array[good]
        missing = np.isnan(selected).tolist()
        whole = np.where(np.isnan(selected), 0, selected).astype(np.int64).tolist()
        result[name] = [None if m else v for v, m in zip(whole, missing, strict=True)]
    custom = _custom_values(frame, mapping, good, collector)
    contacts = _contacts(frame, column_of, good, collector)
    if collector.bad[good].any():  # custom JSON or contact problems found late
        keep = ~collector.bad[good]
        result = {
            name: [v for v, k in zip(column, keep, strict=True) if k] for name, column in result.items()
        }
        custom = [c for c, k in zip(custom, keep, strict=True) if k]
        contacts = [c for c, k in zip(contacts, keep, strict=True) if k]
        good = good[keep]
    problems = sorted(collector.problems, key=lambda p: (p.row, list(frame.columns).index(p.column)))
    return CheckedRows(good, result, lon[good], lat[good], custom, contacts, problems, located, swapped)


def _reader_findings(table: SourceTable, mapping: dict[str, str], collector: _Collector) -> None:
    """Cells the reader found wrong, where their row or their column is imported."""
    for finding in table.findings:
        if finding.whole_row or mapping.get(finding.column, IGNORE) != IGNORE:
            collector.add_value(finding.position, finding.column, finding.value, finding.reason)


def _tags(text: str) -> str:
    return "; ".join(t.strip() for t in re.split(r"[;,]", text) if t.strip())


def _check_emails(values: dict[str, pd.Series], column_of: dict[str, str], collector: _Collector) -> None:
    if "email" not in values:
        return
    cells = values["email"]
    plain = (cells.str.fullmatch(_EMAIL) | (cells == "")).to_numpy()
    # Cells failing the single-address pattern may list several addresses: "a@x.org; b@y.org"
    listed = list(cells)
    for position in np.flatnonzero(~plain):
        addresses = [a for a in re.split(r"\s*[;,]\s*", listed[position]) if a]
        if all(_EMAIL.match(a) for a in addresses):
            listed[position] = "; ".join(addresses)
        else:
            collector.add([position], column_of["email"], reason.not_an_email())
    values["email"] = pd.Series(listed, dtype=object)


def _kinds(frame: pd.DataFrame, column_of: dict[str, str], collector: _Collector, default: str) -> list[str]:
    if "kind" not in column_of:
        return [default] * len(frame)
    cells = _clean_text(frame[column_of["kind"]])
    lookup = {value: (kind_for_value(value) if value else default) for value in cells.unique()}
    kinds = cells.map(lookup)
    unknown = np.flatnonzero(kinds.isna().to_numpy())
    collector.add(unknown, column_of["kind"], reason.unknown_kind(", ".join(STAKEHOLDER_KINDS)))
    return kinds.fillna(default).tolist()


def _integers(frame: pd.DataFrame, column_of: dict[str, str], collector: _Collector) -> dict[str, np.ndarray]:
    numbers: dict[str, np.ndarray] = {}
    this_year = dt.date.today().year
    for target in INTEGER_FIELDS:
        if target not in column_of:
            continue
        column = column_of[target]
        cells = frame[column]
        if target == "year_founded":  # a date typed into the year column counts by its year
            cells = cells.astype(str)
            dated = cells.str.contains("-", regex=False)  # the regex below only for cells that may be dates
            if dated.any():
                years = cells[dated].str.replace(r"^(\d{4})-\d{2}-\d{2}(?:[ T][\d:.]+)?$", r"\1", regex=True)
                cells = cells.where(~dated, years)
        array, unparseable, fractional = _parse_integers(cells)
        collector.add(np.flatnonzero(unparseable), column, reason.not_a_number())
        collector.add(np.flatnonzero(fractional), column, reason.not_whole())
        negative = np.isfinite(array) & (array < 0)
        collector.add(np.flatnonzero(negative), column, reason.negative())
        if target == "year_founded":
            implausible = (
                np.isfinite(array) & ~negative & ~fractional & ((array < EARLIEST_YEAR) | (array > this_year))
            )
            collector.add(np.flatnonzero(implausible), column, reason.year_range(EARLIEST_YEAR, this_year))
        elif target in ("employees", "women_employees"):
            huge = np.isfinite(array) & (array > MAX_EMPLOYEES)
            collector.add(np.flatnonzero(huge), column, reason.too_many_employees(MAX_EMPLOYEES))
        array = np.where(unparseable | fractional | negative | ~np.isfinite(array), np.nan, array)
        numbers[target] = array
    if "employees" in numbers and "women_employees" in numbers:
        women, employees = numbers["women_employees"], numbers["employees"]
        above = np.flatnonzero(women > employees)  # NaN compares False
        collector.add(
            above,
            column_of["women_employees"],
            lambda p: reason.women_above_employees(int(women[p]), int(employees[p])),
        )
    return numbers


def _coordinates(
    table: SourceTable, column_of: dict[str, str], collector: _Collector, country: CountryArea | None
) -> tuple[np.ndarray, np.ndarray, int, int]:
    """Longitudes and latitudes, how many rows the columns locate and how many of those look swapped."""
    count = len(table)
    lon = table.lon.copy() if table.lon is not None else np.full(count, np.nan)
    lat = table.lat.copy() if table.lat is not None else np.full(count, np.nan)
    if "lat" not in column_of:
        return lon, lat, 0, 0
    # Coordinates from a GIS file's geometry win; the columns only fill rows without geometry
    need = np.isnan(lon) | np.isnan(lat)
    lat_column, lon_column = column_of["lat"], column_of["lon"]
    lat_cells, lon_cells = table.frame[lat_column], table.frame[lon_column]
    lat_values, lat_reasons, lat_filled = parse_coordinate_column(lat_cells, "lat")
    lon_values, lon_reasons, lon_filled = parse_coordinate_column(lon_cells, "lon")
    for reasons, column in ((lat_reasons, lat_column), (lon_reasons, lon_column)):
        positions = [p for p in reasons if need[p]]
        collector.add(positions, column, lambda p, reasons=reasons: reasons[p])
    collector.add(np.flatnonzero(need & lat_filled & ~lon_filled), lon_column, reason.longitude_missing())
    collector.add(np.flatnonzero(need & lon_filled & ~lat_filled), lat_column, reason.latitude_missing())
    with np.errstate(invalid="ignore"):
        swapped = (
            (np.abs(lat_values) > 90)
            & (np.abs(lat_values) <= 180)
            & exchange_lands_outside_antarctica(lon_values)
        )
        lat_out = need & (np.abs(lat_values) > 90)
        lon_out = need & (np.abs(lon_values) > 180)
        zero = need & (lat_values == 0) & (lon_values == 0)
    collector.add(np.flatnonzero(lat_out & swapped), lat_column, reason.latitude_out_of_range(swapped=True))
    with np.errstate(invalid="ignore"):
        metres = (np.abs(lat_values) > 1000) | (np.abs(lon_values) > 1000)
    lat_far = lat_out & ~swapped
    collector.add(np.flatnonzero(lat_far & metres), lat_column, reason.latitude_out_of_range(projected=True))
    collector.add(np.flatnonzero(lat_far & ~metres), lat_column, reason.latitude_out_of_range())
    collector.add(np.flatnonzero(lon_out & metres), lon_column, reason.longitude_out_of_range(projected=True))
    collector.add(np.flatnonzero(lon_out & ~metres), lon_column, reason.longitude_out_of_range())
    collector.add(np.flatnonzero(zero), lat_column, reason.zero_zero())
    use = need & np.isfinite(lat_values) & np.isfinite(lon_values) & ~lat_out & ~lon_out
    swaps = check_swaps(lon_values, lat_values, use & ~zero, country)
    collector.add(np.flatnonzero(swaps.swapped | swaps.antarctic), lat_column, swaps.reasons.__getitem__)
    lon[use], lat[use] = lon_values[use], lat_values[use]
    located = int(np.count_nonzero(use | (lat_out & swapped)))
    return lon, lat, located, int(np.count_nonzero(swaps.swapped | (lat_out & swapped)))


def _custom_values(
    frame: pd.DataFrame, mapping: dict[str, str], good: np.ndarray, collector: _Collector
) -> list[dict]:
    # None for rows without custom values: a million empty dicts would cost seconds of allocation
    custom: list[dict | None] = [None] * len(good)
    for column, target in mapping.items():
        if target == CUSTOM_FIELDS_COLUMN:
            cells = _clean_text(frame[column])
            for slot, position in enumerate(good):
                text = cells.iat[position]
                if not text:
                    continue
                try:
                    parsed = json.loads(text)
                except ValueError:
                    parsed = None
                if not isinstance(parsed, dict):
                    collector.add([position], column, reason.custom_fields_json())
                    continue
                custom[slot] = {
                    **(custom[slot] or {}),
                    **{str(k): v for k, v in parsed.items() if v not in (None, "")},
                }
        elif target.startswith(CUSTOM_PREFIX):
            key = target[len(CUSTOM_PREFIX) :]
            cells = _clean_text(frame[column]).to_numpy()[good]
            for slot in np.flatnonzero(cells != ""):
                custom[slot] = custom[slot] or {}
                custom[slot][key] = cells[slot]
    return custom


def _contacts(
    frame: pd.DataFrame, column_of: dict[str, str], good: np.ndarray, collector: _Collector
) -> list[list[dict]]:
    """Contact persons per row; a cell may list several, separated by ';', matched by position."""
    contacts: list[list[dict]] = [_NO_CONTACTS] * len(good)
    if "contact_name" not in column_of:
        return contacts
    parts = {}
    for target in ("contact_name", "contact_role", "contact_phone", "contact_email", "contact_gender"):
        if target in column_of:
            parts[target] = _clean_text(frame[column_of[target]]).to_numpy()
    for slot, position in enumerate(good):
        names = [n.strip() for n in parts["contact_name"][position].split(";") if n.strip()]
        split = {
            t: [v.strip() for v in cells[position].split(";")]
            for t, cells in parts.items()
            if t != "contact_name"
        }
        for index, name in enumerate(names):
            person = {"name": name}
            for target, items in split.items():
                value = items[index] if index < len(items) else ""
                person[target.removeprefix("contact_")] = value or None
            if person.get("email") and not _EMAIL.match(person["email"]):
                collector.add(
                    [position],
                    column_of["contact_email"],
                    reason.not_an_email(),
                )
            if person.get("gender"):
                gender = GENDER_INDEX.get(person["gender"].casefold().strip("."))
                if gender is None:
                    collector.add([position], column_of["contact_gender"], reason.gender())
                person["gender"] = gender
            if contacts[slot] is _NO_CONTACTS:
                contacts[slot] = []
            contacts[slot].append(person)
    return contacts
