"""Writing stakeholders to CSV, XLSX, GeoJSON, GeoPackage or Shapefile, chosen by the file's extension.

Columns use the English field names, so an exported file imports again unchanged; custom fields get a
column each, and contact persons are listed in contact_* columns separated by '; '. Files are written
next to the target and moved into place, so an interrupted export never leaves half a file.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.core.error_reasons import os_reason
from clusterdesk.core.errors import ClusterDeskError, missing_folder_message
from clusterdesk.io.errors import ExportError
from clusterdesk.io.file_suffixes import EXPORT_EXTENSIONS as EXPORT_EXTENSIONS
from clusterdesk.io.spreadsheet_text import csv_cell, xlsx_row, xlsx_text_cell
from clusterdesk.io.stakeholder_export_table import stakeholder_frame
from clusterdesk.io.task import CancelCallback, ProgressCallback, TaskState

if TYPE_CHECKING:
    import pandas as pd

    from clusterdesk.core.project import Project

_COLUMN_WIDTHS = {
    "name": 32,
    "address": 28,
    "products": 24,
    "email": 26,
    "website": 24,
    "notes": 32,
    "uuid": 38,
}
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")
# dBASE field names hold at most 10 characters; these read better than plain truncation
SHAPEFILE_NAMES = {
    "admin_area": "admin_area", "sector_code": "sector", "women_employees": "women_emp",
    "year_founded": "year_found", "legal_form": "legal_form", "contact_name": "cont_name",
    "contact_role": "cont_role", "contact_phone": "cont_phone", "contact_email": "cont_email",
}  # fmt: skip


def export_stakeholders(
    project: Project,
    out: str | Path,
    fids: Sequence[int] | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
) -> int:
    """Write all stakeholders (or those in `fids`) to `out`; returns how many were written."""
    out = Path(out).expanduser().absolute()
    suffix = out.suffix.lower()
    if suffix not in EXPORT_EXTENSIONS:
        raise ExportError(
            tr(
                "export:extension",
                "{file}: cannot export to {suffix}. Use one of: {choices}.",
                messages_language(),
                file=out.name,
                suffix=suffix or tr("export:no_extension", "a file without extension", messages_language()),
                choices=", ".join(EXPORT_EXTENSIONS),
            )
        )
    if not out.parent.is_dir():
        raise ExportError(missing_folder_message(out.parent))
    if project.path is not None and out == project.path:
        raise ExportError(
            tr(
                "export:open_project",
                "{file} is the open project itself; choose another file name.",
                messages_language(),
                file=out.name,
            )
        )
    _refuse_project_file(out)
    state = TaskState(progress, cancel)
    state.stage(0.0, 0.4, tr("progress:reading_stakeholders", "Reading stakeholders", messages_language()))
    frame = stakeholder_frame(project, fids)
    state.stage(0.4, 1.0, tr("progress:writing", "Writing {file}", messages_language(), file=out.name))
    try:
        if suffix == ".csv":
            _replace_atomically(out, lambda tmp: _write_csv(frame, tmp))
        elif suffix == ".xlsx":
            _replace_atomically(out, lambda tmp: _write_xlsx(frame, tmp, state))
        elif suffix == ".shp":
            _write_shapefile(frame, out, state)
        else:
            _replace_atomically(out, lambda tmp: _write_vector(frame, tmp, suffix))
    except ClusterDeskError:  # already a message for the user, or Cancelled
        raise
    except PermissionError as error:
        raise ExportError(
            tr(
                "export:permission",
                "{file} cannot be written: permission denied (is it open in another program?).",
                messages_language(),
                file=out.name,
            )
        ) from error
    except OSError as error:
        raise ExportError(_cannot_write(out, os_reason(error))) from error
    except Exception as error:  # GDAL and openpyxl report write failures with their own exception types
        raise ExportError(_cannot_write(out, f"{type(error).__name__}: {error}")) from error
    state.report(
        1.0,
        tr_plural(
            "progress:wrote_stakeholders",
            "Wrote {count} stakeholder",
            "Wrote {count} stakeholders",
            len(frame),
            messages_language(),
        ),
    )
    return len(frame)


def _refuse_project_file(out: Path) -> None:
    if out.suffix.lower() != ".gpkg" or not out.exists():
        return
    try:
        connection = sqlite3.connect(f"{out.resolve().as_uri()}?mode=ro", uri=True)
        try:
            is_project = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'clusterdesk_meta'"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return
    if is_project:
        raise ExportError(
            tr(
                "export:project_file",
                "{file} is a ClusterDesk project; exporting would replace it. Choose another name.",
                messages_language(),
                file=out.name,
            )
        )


def _cannot_write(out: Path, reason: str) -> str:
    return tr(
        "export:cannot_write", "{file} cannot be written: {reason}.", messages_language(), file=out.name,
        reason=reason,
    )  # fmt: skip


def _replace_atomically(out: Path, write) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=out.suffix, dir=out.parent)
    os.close(handle)
    temporary = Path(temporary)
    try:
        temporary.unlink()  # GDAL drivers refuse to write over an existing file
        write(temporary)
        os.replace(temporary, out)
    finally:
        temporary.unlink(missing_ok=True)


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    import pandas as pd

    table = frame.drop(columns="geometry")
    # Text cells only: coordinates and counts are numbers, and "-78.22" is no formula
    text_columns = [c for c in table.columns if pd.api.types.is_string_dtype(table[c].dtype)]
    table[text_columns] = table[text_columns].apply(lambda column: column.map(csv_cell))
    table.columns = [csv_cell(c) for c in table.columns]
    # A byte-order mark makes Excel read UTF-8 instead of the Windows code page
    table.to_csv(path, index=False, encoding="utf-8-sig")


def _write_xlsx(frame: pd.DataFrame, path: Path, state: TaskState) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    table = frame.drop(columns="geometry")
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Stakeholders")
    sheet.freeze_panes = "B2"
    for index, name in enumerate(table.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _COLUMN_WIDTHS.get(name, 14)
    bold = Font(bold=True)
    header = []
    for name in table.columns:
        cell = xlsx_text_cell(sheet, _xlsx_value(name))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for position, row in enumerate(table.itertuples(index=False, name=None)):
        sheet.append(xlsx_row(sheet, [_xlsx_value(v) for v in row]))
        if position % 5000 == 0:
            state.report(
                position / max(len(table), 1),
                tr("progress:writing_row", "Writing row {row}", messages_language(), row=position + 1),
            )
    workbook.save(path)


def _xlsx_value(value):
    """None for missing values; text without the control characters that XML (and so XLSX) cannot hold."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if _missing(value):
        return None
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def _missing(value) -> bool:
    import pandas as pd

    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def _geo_frame(frame: pd.DataFrame):
    import geopandas

    table = frame.drop(columns=["latitude", "longitude"])
    return geopandas.GeoDataFrame(table, geometry="geometry", crs="EPSG:4326")


def _write_vector(frame: pd.DataFrame, path: Path, suffix: str) -> None:
    import pyogrio

    driver = {".geojson": "GeoJSON", ".gpkg": "GPKG"}[suffix]
    options = {"layer": "stakeholders"} if driver == "GPKG" else {}
    pyogrio.write_dataframe(_geo_frame(frame), path, driver=driver, **options)


def _within_bytes(text: str, limit: int) -> str:
    """The longest start of `text` whose UTF-8 form fits in `limit` bytes (Cyrillic letters take two)."""
    while len(text.encode("utf-8")) > limit:
        text = text[:-1]
    return text


def shapefile_field_names(columns: Sequence[str]) -> dict[str, str]:
    """Unique field names of at most 10 characters for the dBASE table of a shapefile."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for column in columns:
        short = _within_bytes(SHAPEFILE_NAMES.get(column, column), 10)
        candidate, counter = short, 1
        while candidate.lower() in used:
            counter += 1
            candidate = _within_bytes(short, 10 - len(str(counter)) - 1) + f"_{counter}"
        used.add(candidate.lower())
        names[column] = candidate
    return names


def _write_shapefile(frame: pd.DataFrame, out: Path, state: TaskState) -> None:
    import pyogrio

    table = _geo_frame(frame)
    renamed = shapefile_field_names([c for c in table.columns if c != "geometry"])
    table = table.rename(columns=renamed)
    folder = Path(tempfile.mkdtemp(prefix=f".{out.stem}.", dir=out.parent))
    try:
        staged = folder / out.name
        pyogrio.write_dataframe(table, staged, driver="ESRI Shapefile", encoding="UTF-8")
        cpg = staged.with_suffix(".cpg")
        if not cpg.exists():
            cpg.write_text("UTF-8", encoding="ascii")
        state.report(
            0.9, tr("progress:moving", "Moving {file} into place", messages_language(), file=out.name)
        )
        for part in SHAPEFILE_PARTS:
            source = staged.with_suffix(part)
            if source.exists():
                os.replace(source, out.with_suffix(part))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
