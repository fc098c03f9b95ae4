"""The result chain as a logframe workbook for donors and steering committees, in the project's language.

- "Logframe": one row per indicator, from the impact down to the outputs: level, code, result statement,
  the indicator with its definition, unit, direction and disaggregations, baseline, end target, data source,
  collection method, frequency, responsible, means of verification, assumptions and risks and the plan
  actions contributing to the result. A result's own texts are on its first row; its further indicator
  rows repeat only its level and code (in grey), as a donor's logframe merges those cells.
- "Values": targets and actuals per reporting period, for the total or one category of a disaggregation,
  with note and evidence. Actuals of computed indicators are included, marked computed.
- "About": what the workbook holds and how it imports back.

The same workbook, corrected, imports back with `logframe_xlsx_import`. Every text goes in as text, never as
a formula (`spreadsheet_text`); the file is written whole or not at all (`output_file`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clusterdesk.analysis.results_series import monitoring_settings, value_rows
from clusterdesk.core.catalogue import tr
from clusterdesk.core.periods import parse_period
from clusterdesk.core.results import ResultsData, read_results, split_codes
from clusterdesk.io.logframe_xlsx_headings import (
    ABOUT_SHEET,
    CHAIN_COLUMNS,
    CHAIN_SHEET,
    CHAIN_WIDTHS,
    CHAIN_WRAPPED,
    VALUE_COLUMNS,
    VALUE_WIDTHS,
    VALUE_WRAPPED,
    VALUES_SHEET,
    column_titles,
    sheet_names,
    yes_word,
)
from clusterdesk.io.logframe_xlsx_vocabulary import write_category, write_label
from clusterdesk.io.output_file import check_output_folder, written_atomically
from clusterdesk.io.spreadsheet_text import xlsx_text_cell

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

LEVEL_FILLS = {"impact": "C9DAEA", "outcome": "E3EDF6"}  # the chain's upper levels stand out
ACTION_SEPARATOR = "\n"  # one contributing action per line: names may hold commas and semicolons
KIND_ORDER = {"target": 0, "actual": 1}


class _Styles:
    """The few cell styles of the workbook, each registered once and then copied onto cells by its
    index array: openpyxl hashes every style object a cell is given, which made large files slow."""

    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill

        self.fonts = {
            None: None, "header": Font(bold=True, color="FFFFFF"), "grey": Font(color="8A8A8A"),
            "bold": Font(bold=True),
        }  # fmt: skip
        self.fills = {None: None, "header": PatternFill("solid", fgColor="34495E")}
        self.fills.update(
            {level: PatternFill("solid", fgColor=colour) for level, colour in LEVEL_FILLS.items()}
        )
        self.alignments = {
            "header": Alignment(wrap_text=True, vertical="center"),
            "wrapped": Alignment(wrap_text=True, vertical="top"),
            "top": Alignment(vertical="top"),
        }
        self._arrays: dict[tuple, Any] = {}

    def apply(self, cell, alignment: str, font: str | None = None, fill: str | None = None) -> None:
        from copy import copy

        key = (alignment, font, fill, bool(cell.quotePrefix), cell.number_format)
        known = self._arrays.get(key)
        if known is not None:
            cell._style = copy(known)
            return
        cell.alignment = self.alignments[alignment]
        if font is not None:
            cell.font = self.fonts[font]
        if fill is not None:
            cell.fill = self.fills[fill]
        self._arrays[key] = copy(cell._style)


def _cell(sheet, value: Any, styles: _Styles, wrapped: bool = False, font: str | None = None,
          fill: str | None = None):  # fmt: skip
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        cell = xlsx_text_cell(sheet, value)
    else:
        cell = WriteOnlyCell(sheet, value=value)
        if isinstance(value, dt.date):
            cell.number_format = "yyyy-mm-dd"
    styles.apply(cell, "wrapped" if wrapped else "top", font, fill)
    return cell


def _number(value: float | None) -> float | int | None:
    """Whole numbers as integers, so a cell shows 12 rather than 12.0."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() and abs(value) < 1e15 else value


def _new_sheet(workbook, title: str, columns, widths, wrapped, language: str | None, styles: _Styles):
    """A sheet with its column widths, frozen panes (header and the first two columns) and bold header; a
    write-only sheet takes these only before its first row."""
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    titles = column_titles(language)
    for position, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = width
    sheet.freeze_panes = "C2"
    sheet.row_dimensions[1].height = 32
    header = []
    for column in columns:
        cell = xlsx_text_cell(sheet, titles[column])
        styles.apply(cell, "header", "header", "header")
        header.append(cell)
    sheet.append(header)
    return sheet, [column in wrapped for column in columns]


def _end_targets(values: list[dict[str, Any]]) -> dict[int, tuple[str, float]]:
    """indicator fid -> (period, value) of its last stored total target."""
    found: dict[int, tuple[Any, str, float]] = {}
    for row in values:
        if row["kind"] != "target" or row["dimension"]:
            continue
        period = parse_period(row["period"])
        if period is None:
            continue
        current = found.get(row["indicator_id"])
        if current is None or period > current[0]:
            found[row["indicator_id"]] = (period, row["period"], row["value"])
    return {fid: (code, value) for fid, (_p, code, value) in found.items()}


def _action_names(data: ResultsData, result_id: int) -> str | None:
    names = [data.tasks[u]["name"] for u in data.task_links.get(result_id, []) if u in data.tasks]
    return ACTION_SEPARATOR.join(names) or None


def _chain_rows(data: ResultsData, end_targets, language: str | None):
    """(level, first row of its result, cells) for every row of the Logframe sheet."""
    codes = {r["fid"]: r["code"] for r in data.results}
    for result in data.results:
        indicators = data.indicators_of(result["fid"]) or [None]
        for index, indicator in enumerate(indicators):
            first = index == 0
            own = {
                "Level": write_label("result_level", result["level"], language),
                "Code": result["code"],
                "Parent code": codes.get(result["parent_id"]),
            }
            if first:
                own.update(
                    {
                        "Result statement": result["statement"],
                        "Assumptions and risks": result["assumptions"],
                        "Contributing plan actions": _action_names(data, result["fid"]),
                        "Result notes": result["notes"],
                    }
                )
            if indicator is not None:
                own.update(_indicator_cells(indicator, end_targets.get(indicator["fid"]), language))
            yield result["level"], first, [own.get(column) for column in CHAIN_COLUMNS]


def _indicator_cells(indicator: dict[str, Any], end_target, language: str | None) -> dict[str, Any]:
    disaggregations = [
        write_label("disaggregation", c, language) for c in split_codes(indicator["disaggregations"])
    ]
    return {
        "Indicator code": indicator["code"],
        "Indicator": indicator["name"],
        "Definition": indicator["definition"],
        "Unit": write_label("indicator_unit", indicator["unit"], language),
        "Direction": write_label("direction", indicator["direction"], language),
        "Disaggregations": "; ".join(disaggregations) or None,
        "Baseline value": _number(indicator["baseline_value"]),
        "Baseline date": indicator["baseline_date"],
        "Baseline source": indicator["baseline_source"],
        "End target": _number(end_target[1]) if end_target else None,
        "End target period": end_target[0] if end_target else None,
        "Data source": indicator["data_source"],
        "Collection method": indicator["collection_method"],
        "Frequency": indicator["frequency"],
        "Responsible": indicator["responsible"],
        "Means of verification": indicator["verification"],
        "Computed formula": indicator["computed"],
        "Indicator notes": indicator["notes"],
    }


def _write_chain(workbook, data: ResultsData, end_targets, language: str | None, styles: _Styles) -> None:
    name = sheet_names(language)[CHAIN_SHEET]
    sheet, wrapped = _new_sheet(workbook, name, CHAIN_COLUMNS, CHAIN_WIDTHS, CHAIN_WRAPPED, language, styles)
    count = 1
    for level, first, values in _chain_rows(data, end_targets, language):
        fill = level if level in LEVEL_FILLS else None
        # the first row of a result carries its texts, the upper levels shaded; further rows are grey
        marks = [("grey" if not first else None, None if not first else fill)] * 2
        marks.append(("bold" if level in LEVEL_FILLS else None, fill) if first else (None, None))
        cells = [
            _cell(sheet, v, styles, wrap, *(marks[n] if n < 3 else (None, None)))
            for n, (v, wrap) in enumerate(zip(values, wrapped, strict=True))
        ]
        sheet.append(cells)
        count += 1
    sheet.auto_filter.ref = f"A1:{_last_column(CHAIN_COLUMNS)}{count}"


def _last_column(columns) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(len(columns))


def _value_rows(connection, data: ResultsData, frequency: str) -> list[dict[str, Any]]:
    rank = {i["fid"]: n for n, i in enumerate(data.indicators)}
    rows = value_rows(connection, data.indicators, frequency)

    def order(row: dict[str, Any]):
        period = parse_period(row["period"])
        when = period.ordinal() if period is not None else -1
        return (
            rank.get(row["indicator_id"], len(rank)),
            when,
            row["period"],
            KIND_ORDER.get(row["kind"], 2),
            row["dimension"],
            row["category"],
        )

    return sorted(rows, key=order)


def _write_values(workbook, rows, data: ResultsData, language: str | None, styles: _Styles) -> None:
    name = sheet_names(language)[VALUES_SHEET]
    sheet, wrapped = _new_sheet(workbook, name, VALUE_COLUMNS, VALUE_WIDTHS, VALUE_WRAPPED, language, styles)
    indicators = {i["fid"]: i for i in data.indicators}
    computed_word = yes_word(language)
    count = 1
    for row in rows:
        indicator = indicators[row["indicator_id"]]
        computed = bool(indicator["computed"]) and row["kind"] == "actual"
        values = [
            indicator["code"],
            indicator["name"],
            row["period"],
            write_label("value_kind", row["kind"], language),
            write_label("disaggregation", row["dimension"], language) if row["dimension"] else None,
            write_category(row["dimension"], row["category"], language) or None,
            _number(row["value"]),
            row.get("note"),
            row.get("evidence"),
            computed_word if computed else None,
        ]
        # the name is there to read (the code is what imports); computed rows are grey throughout
        cells = [
            _cell(sheet, v, styles, wrap, "grey" if computed or n == 1 else None)
            for n, (v, wrap) in enumerate(zip(values, wrapped, strict=True))
        ]
        sheet.append(cells)
        count += 1
    sheet.auto_filter.ref = f"A1:{_last_column(VALUE_COLUMNS)}{count}"


def _write_about(workbook, project: Project, frequency: str, language: str | None, styles: _Styles) -> None:
    sheet = workbook.create_sheet(sheet_names(language)[ABOUT_SHEET])
    sheet.column_dimensions["A"].width = 110
    names = sheet_names(language)
    example = {"quarter": "2025-Q3", "semester": "2025-S2", "year": "2025"}[frequency]
    lines = [
        tr("logframe_xlsx:title", "Logframe: {cluster}", language, cluster=project.info().cluster_name),
        tr(
            "logframe_xlsx:written",
            "Written by ClusterDesk on {date}.",
            language,
            date=dt.date.today().isoformat(),
        ),
        tr(
            "logframe_xlsx:periods",
            "Reporting periods: {frequency}, written as {example}.",
            language,
            frequency=write_label("reporting_frequency", frequency, language),
            example=example,
        ),
        "",
        tr(
            "logframe_xlsx:about_chain",
            "{sheet}: the result chain, one row per indicator. A result's statement, assumptions and "
            "contributing plan actions are on its first row.",
            language,
            sheet=names[CHAIN_SHEET],
        ),
        tr(
            "logframe_xlsx:about_values",
            "{sheet}: targets and actuals per reporting period, in total or per category of a "
            "disaggregation. Values marked computed are worked out from the project and are not imported.",
            language,
            sheet=names[VALUES_SHEET],
        ),
        tr(
            "logframe_xlsx:about_import",
            "Corrections import back with: clusterdesk results import PROJECT FILE. Results and indicators "
            "are matched by their codes; an empty value removes that value.",
            language,
        ),
    ]
    for number, line in enumerate(lines):
        sheet.append([_cell(sheet, line, styles, wrapped=True, font="bold" if number == 0 else None)])


def write_logframe(project: Project, path: str | Path) -> Path:
    """Write the project's result chain, indicators and values to a logframe workbook at `path`."""
    import openpyxl

    target = check_output_folder(path)
    connection = project.session.connection()
    language = project.info().language
    frequency = monitoring_settings(connection).frequency
    data = read_results(connection)
    rows = _value_rows(connection, data, frequency)
    styles = _Styles()
    workbook = openpyxl.Workbook(write_only=True)
    _write_chain(workbook, data, _end_targets(data.values), language, styles)
    _write_values(workbook, rows, data, language, styles)
    _write_about(workbook, project, frequency, language, styles)
    with written_atomically(target) as temporary:
        workbook.save(temporary)
    return target
