"""Reading Excel workbooks (.xlsx, .xlsm) into a SourceTable with openpyxl."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd

from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.io.cell_findings import GridFinding
from clusterdesk.io.cell_text import cell_text
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.source_table import SourceTable, table_from_grid
from clusterdesk.io.task import TaskState
from clusterdesk.io.xlsx_formulas import UncomputedFormula, uncomputed_formulas

_LISTED_CELLS = 10


def sheet_names(path: Path) -> list[str]:
    """Names of the worksheets, for choosing one (the import wizard lists them)."""
    workbook = _open(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _open(path: Path):
    import openpyxl

    if not zipfile.is_zipfile(path):
        raise ImportFileError(
            tr(
                "xlsx:not_workbook",
                "{file} is not an Excel workbook (.xlsx): the file is damaged or has the wrong extension. "
                "Open it in Excel and save it again as .xlsx or CSV.",
                messages_language(),
                file=path.name,
            )
        )
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl reports damaged parts with many exception types
        raise ImportFileError(
            tr(
                "xlsx:damaged",
                "{file} is a damaged Excel workbook ({error}). Open it in Excel and save it again.",
                messages_language(),
                file=path.name,
                error=f"{type(error).__name__}: {error}",
            )
        ) from error


def chosen_sheet(workbook, path: Path, sheet: str | None):
    """The worksheet named `sheet`, or the first visible one."""
    if sheet is None:
        visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"] or workbook.worksheets
        return visible[0]
    if sheet in workbook.sheetnames:
        return workbook[sheet]
    raise ImportFileError(
        tr(
            "xlsx:no_sheet",
            "{file} has no sheet named {sheet}. Its sheets are: {sheets}.",
            messages_language(),
            file=path.name,
            sheet=repr(sheet),
            sheets=", ".join(workbook.sheetnames),
        )
    )


def read_xlsx(
    path: Path, state: TaskState, *, sheet: str | None = None, header_row: int | None = None
) -> SourceTable:
    workbook = _open(path)
    try:
        worksheet = chosen_sheet(workbook, path, sheet)
        reading = tr("xlsx:reading", "Reading sheet {sheet}", messages_language(), sheet=worksheet.title)
        state.report(0.1, reading)
        rows = []
        try:
            total = max(worksheet.max_row or 1, 1)
            for position, values in enumerate(worksheet.iter_rows(values_only=True)):
                rows.append([cell_text(v) for v in values])
                if position % 5000 == 0:
                    state.report(0.1 + 0.8 * position / total, reading)
        except ImportFileError:
            raise
        except Exception as error:  # a truncated sheet part fails inside the XML parser
            raise ImportFileError(_damaged_sheet(path, worksheet.title, error)) from error
        title = worksheet.title
    finally:
        workbook.close()
    if not rows:
        raise ImportFileError(
            tr(
                "xlsx:empty",
                "{file}: sheet {sheet} is empty.",
                messages_language(),
                file=path.name,
                sheet=repr(title),
            )
        )
    width = max(len(r) for r in rows)
    grid = pd.DataFrame([r + [""] * (width - len(r)) for r in rows], dtype=object)
    formulas = [f for f in _uncomputed(path, title) if f.row <= len(rows) and f.column <= width]
    findings = [
        GridFinding(formula.row - 1, formula.column - 1, formula.formula, _formula_reason(formula, title))
        for formula in formulas
    ]
    table = table_from_grid(
        grid, file_name=path.name, format="XLSX", header_row=header_row, findings=findings
    )
    table.sheet = title
    if formulas:
        table.notes.append(_formulas_note(formulas, title))
    return table


def _uncomputed(path: Path, title: str) -> list[UncomputedFormula]:
    try:
        return uncomputed_formulas(path, title)
    except Exception as error:  # the XML parser and the archive report damage with many exception types
        raise ImportFileError(_damaged_sheet(path, title, error)) from error


def _damaged_sheet(path: Path, title: str, error: Exception) -> str:
    return tr(
        "xlsx:damaged_sheet",
        "{file}: sheet {sheet} is damaged and cannot be read completely ({error}). "
        "Open it in Excel and save it again.",
        messages_language(),
        file=path.name,
        sheet=repr(title),
        error=error,
    )


def _formula_reason(formula: UncomputedFormula, title: str) -> str:
    return tr(
        "xlsx:formula_reason",
        "cell {cell} of sheet {sheet} holds a formula whose result was never computed, so it reads as empty; "
        "open the file in Excel or LibreOffice and save it (that stores the results), then import it again",
        messages_language(),
        cell=formula.reference,
        sheet=repr(title),
    )


def _formulas_note(formulas: list[UncomputedFormula], title: str) -> str:
    language = messages_language()
    shown = ", ".join(f.reference for f in formulas[:_LISTED_CELLS])
    if len(formulas) > _LISTED_CELLS:
        shown = tr("xlsx:and_more", "{cells} and {count} more", language, cells=shown,
                   count=len(formulas) - _LISTED_CELLS)  # fmt: skip
    return tr_plural(
        "xlsx:formulas_note",
        "{count} formula cell of sheet {sheet} ({cells}) has no computed result: the program that "
        "wrote the file did not calculate them. Open the file in Excel or LibreOffice and save it, "
        "then import it again",
        "{count} formula cells of sheet {sheet} ({cells}) have no computed result: the program that "
        "wrote the file did not calculate them. Open the file in Excel or LibreOffice and save it, "
        "then import it again",
        len(formulas),
        language,
        sheet=repr(title),
        cells=shown,
    )
