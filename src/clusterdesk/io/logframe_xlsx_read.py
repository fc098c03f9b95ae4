"""Reading a logframe workbook's sheets into rows keyed by English column names, whatever the language of
its sheet names and headings, with what the import needs to name a cell: the sheet's and the column's names
as the file shows them and the row number the spreadsheet shows."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.logframe_xlsx_headings import (
    CHAIN_SHEET,
    VALUES_SHEET,
    column_titles,
    english_header,
    sheet_names,
    sheet_role,
)
from clusterdesk.io.xlsx_formulas import uncomputed_formulas

REQUIRED = {CHAIN_SHEET: ("Level", "Code"), VALUES_SHEET: ("Indicator code", "Period", "Value")}


@dataclass
class SheetRows:
    """One sheet: rows (spreadsheet row number, English column → cell value), empty rows left out."""

    name: str  # as the file names it
    titles: dict[str, str]  # English column → its heading in the file
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    # cells holding a formula without a computed value: (row, English column) → the formula
    uncomputed: dict[tuple[int, str], str] = field(default_factory=dict)


@dataclass
class LogframeRows:
    chain: SheetRows
    values: SheetRows | None  # a workbook may carry the chain alone


def _open(path: Path):
    import openpyxl

    language = messages_language()
    if not path.is_file():
        raise ImportFileError(
            tr(
                "logframe:no_file",
                "{path} does not exist. Choose the logframe workbook.",
                language,
                path=path,
            )
        )
    if not zipfile.is_zipfile(path):
        raise ImportFileError(
            tr(
                "logframe:not_workbook",
                "{file} is not an Excel workbook (.xlsx). Save it as .xlsx and retry.",
                language,
                file=path.name,
            )
        )
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl reports damaged parts with many exception types
        raise ImportFileError(
            tr(
                "logframe:damaged",
                "{file} is a damaged Excel workbook ({error}). Save it again.",
                language,
                file=path.name,
                error=error,
            )
        ) from error


def _sheet(path: Path, workbook, name: str, role: str) -> SheetRows:
    raw = [list(r) for r in workbook[name].iter_rows(values_only=True)]
    header = raw[0] if raw else []
    english = english_header(list(header))
    missing = [c for c in REQUIRED[role] if c not in english]
    if missing:
        language = messages_language()
        titles = column_titles(language)
        raise ImportFileError(
            tr(
                "logframe:missing_columns",
                "{file}: the first row of the sheet {sheet} has no column {columns}. Keep the headings of a "
                "workbook exported by ClusterDesk (clusterdesk results export).",
                language,
                file=path.name,
                sheet=repr(name),
                columns=", ".join(repr(titles[c]) for c in missing),
            )
        )
    positions = {c: n for n, c in enumerate(english) if isinstance(c, str)}
    sheet = SheetRows(name, {c: str(header[n]).strip() for c, n in positions.items()})
    for number, values in enumerate(raw[1:], start=2):
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        sheet.rows.append((number, {c: values[n] if n < len(values) else None for c, n in positions.items()}))
    by_position = {n: c for c, n in positions.items()}
    for formula in uncomputed_formulas(path, name):
        column = by_position.get(formula.column - 1)
        if column is not None:
            sheet.uncomputed[(formula.row, column)] = formula.formula
    return sheet


def read_logframe_rows(path: str | Path) -> LogframeRows:
    """The Logframe and Values sheets of a workbook in any language. Raises ImportFileError when the file
    is not a workbook, has no Logframe sheet or lacks a required column."""
    path = Path(path)
    workbook = _open(path)
    try:
        roles = {sheet_role(name): name for name in reversed(workbook.sheetnames)}
        if CHAIN_SHEET not in roles:
            language = messages_language()
            raise ImportFileError(
                tr(
                    "logframe:no_chain_sheet",
                    "{file} has no sheet named {sheet}. Use a workbook exported by ClusterDesk (clusterdesk "
                    "results export) and keep its sheet names.",
                    language,
                    file=path.name,
                    sheet=repr(sheet_names(language)[CHAIN_SHEET]),
                )
            )
        chain = _sheet(path, workbook, roles[CHAIN_SHEET], CHAIN_SHEET)
        values = _sheet(path, workbook, roles[VALUES_SHEET], VALUES_SHEET) if VALUES_SHEET in roles else None
    finally:
        workbook.close()
    return LogframeRows(chain, values)
