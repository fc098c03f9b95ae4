"""Reading any supported input file into a SourceTable, chosen by the file's extension."""

from __future__ import annotations

from pathlib import Path

from clusterdesk.io import file_messages
from clusterdesk.io.csv_reader import read_csv
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.file_suffixes import EXCEL_EXTENSIONS as EXCEL_EXTENSIONS
from clusterdesk.io.file_suffixes import IMPORT_EXTENSIONS as IMPORT_EXTENSIONS
from clusterdesk.io.file_suffixes import TEXT_EXTENSIONS as TEXT_EXTENSIONS
from clusterdesk.io.nul_characters import remove_nul_characters
from clusterdesk.io.source_table import SourceTable
from clusterdesk.io.task import TaskState
from clusterdesk.io.vector_reader import read_vector
from clusterdesk.io.xlsx_reader import read_xlsx


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
    check_readable(path, sheet)
    suffix = path.suffix.lower()
    if suffix in TEXT_EXTENSIONS:
        table = read_csv(path, state, header_row=header_row)
    elif suffix in EXCEL_EXTENSIONS:
        table = read_xlsx(path, state, sheet=sheet, header_row=header_row)
    else:
        table = read_vector(path, state, layer=sheet)
    remove_nul_characters(table)
    return table


def check_readable(path: Path, sheet: str | None) -> None:
    """Refuse, before reading it, a file that is missing, a folder, empty or of a kind not imported."""
    if not path.exists():
        raise ImportFileError(file_messages.missing(path))
    if path.is_dir():
        raise ImportFileError(file_messages.folder(path))
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError(file_messages.old_excel(path.name))
    if suffix not in IMPORT_EXTENSIONS:
        raise ImportFileError(file_messages.unsupported(path.name, suffix, ", ".join(IMPORT_EXTENSIONS)))
    if path.stat().st_size == 0:
        raise ImportFileError(file_messages.empty(path.name))
    if sheet is not None and suffix not in (*EXCEL_EXTENSIONS, ".gpkg"):
        raise ImportFileError(file_messages.no_sheets(path.name))
