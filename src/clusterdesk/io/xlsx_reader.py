"""Reading Excel workbooks (.xlsx, .xlsm) into a SourceTable with openpyxl."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd

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
            f"{path.name} is not an Excel workbook (.xlsx): the file is damaged or has the wrong extension. "
            "Open it in Excel and save it again as .xlsx or CSV."
        )
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl reports damaged parts with many exception types
        raise ImportFileError(
            f"{path.name} is a damaged Excel workbook ({type(error).__name__}: {error}). "
            "Open it in Excel and save it again."
        ) from error


def read_xlsx(
    path: Path, state: TaskState, *, sheet: str | None = None, header_row: int | None = None
) -> SourceTable:
    workbook = _open(path)
    try:
        if sheet is None:
            visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"] or workbook.worksheets
            worksheet = visible[0]
        elif sheet in workbook.sheetnames:
            worksheet = workbook[sheet]
        else:
            raise ImportFileError(
                f"{path.name} has no sheet named {sheet!r}. Its sheets are: {', '.join(workbook.sheetnames)}."
            )
        state.report(0.1, f"Reading sheet {worksheet.title}")
        rows = []
        try:
            total = max(worksheet.max_row or 1, 1)
            for position, values in enumerate(worksheet.iter_rows(values_only=True)):
                rows.append([cell_text(v) for v in values])
                if position % 5000 == 0:
                    state.report(0.1 + 0.8 * position / total, f"Reading sheet {worksheet.title}")
        except ImportFileError:
            raise
        except Exception as error:  # a truncated sheet part fails inside the XML parser
            raise ImportFileError(
                f"{path.name}: sheet {worksheet.title!r} is damaged and cannot be read completely ({error}). "
                "Open it in Excel and save it again."
            ) from error
        title = worksheet.title
    finally:
        workbook.close()
    if not rows:
        raise ImportFileError(f"{path.name}: sheet {title!r} is empty.")
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
        raise ImportFileError(
            f"{path.name}: sheet {title!r} is damaged and cannot be read completely ({error}). "
            "Open it in Excel and save it again."
        ) from error


def _formula_reason(formula: UncomputedFormula, title: str) -> str:
    return (
        f"cell {formula.reference} of sheet {title!r} holds a formula whose result was never computed, so it "
        "reads as empty; open the file in Excel or LibreOffice and save it (that stores the results), then "
        "import it again"
    )


def _formulas_note(formulas: list[UncomputedFormula], title: str) -> str:
    shown = ", ".join(f.reference for f in formulas[:_LISTED_CELLS])
    more = f" and {len(formulas) - _LISTED_CELLS} more" if len(formulas) > _LISTED_CELLS else ""
    cells = "1 formula cell" if len(formulas) == 1 else f"{len(formulas)} formula cells"
    return (
        f"{cells} of sheet {title!r} ({shown}{more}) {'has' if len(formulas) == 1 else 'have'} no computed "
        "result: the program that wrote the file did not calculate them. Open the file in Excel or "
        "LibreOffice and save it, then import it again"
    )
