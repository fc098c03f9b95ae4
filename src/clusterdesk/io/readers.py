"""Reading any supported input file into a SourceTable, chosen by the file's extension."""

from __future__ import annotations

from pathlib import Path

from clusterdesk.io.csv_reader import read_csv
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.nul_characters import remove_nul_characters
from clusterdesk.io.source_table import SourceTable
from clusterdesk.io.task import TaskState
from clusterdesk.io.vector_reader import FORMATS as VECTOR_FORMATS
from clusterdesk.io.vector_reader import read_vector
from clusterdesk.io.xlsx_reader import read_xlsx

TEXT_EXTENSIONS = (".csv", ".tsv", ".txt", ".tab")
EXCEL_EXTENSIONS = (".xlsx", ".xlsm")
IMPORT_EXTENSIONS = (*TEXT_EXTENSIONS, *EXCEL_EXTENSIONS, *VECTOR_FORMATS)


def read_table(
    path: str | Path,
    state: TaskState | None = None,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
) -> SourceTable:
    """Read `path`; `sheet` names the worksheet of a workbook or the layer of a GeoPackage."""
    path = Path(path)
    state = state or TaskState()
    if not path.exists():
        raise ImportFileError(f"{path} does not exist. Check the name and the folder.")
    if path.is_dir():
        raise ImportFileError(f"{path} is a folder; choose the file to import inside it.")
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError(
            f"{path.name} is an old Excel 97-2003 workbook, which cannot be read. "
            "Open it in Excel and save it as .xlsx (Excel Workbook) or CSV."
        )
    if suffix not in IMPORT_EXTENSIONS:
        raise ImportFileError(
            f"{path.name}: files ending in {suffix or '(no extension)'} cannot be imported. "
            f"Use one of: {', '.join(IMPORT_EXTENSIONS)}."
        )
    if path.stat().st_size == 0:
        raise ImportFileError(f"{path.name} is empty (0 bytes).")
    if sheet is not None and suffix not in (*EXCEL_EXTENSIONS, ".gpkg"):
        raise ImportFileError(
            f"{path.name} has no sheets or layers to choose from: "
            "--sheet applies to XLSX workbooks and GeoPackages."
        )
    if suffix in TEXT_EXTENSIONS:
        table = read_csv(path, state, header_row=header_row)
    elif suffix in EXCEL_EXTENSIONS:
        table = read_xlsx(path, state, sheet=sheet, header_row=header_row)
    else:
        table = read_vector(path, state, layer=sheet)
    remove_nul_characters(table)
    return table
