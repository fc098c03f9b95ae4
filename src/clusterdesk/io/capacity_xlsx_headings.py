"""The capacity workbooks' sheet names and column headings in the project's language, and their way back.

The template and the export are written in the project's language (`capacity_xlsx`); a workbook made in
any language ClusterDesk speaks, or by a version that wrote English only, must import again. The importer
finds the Scores sheet with `scores_sheet_name` and reads a header row through `english_header`, which
turns every known heading back into the English one it checks for; `read_rows` does both for a path.
"""

from __future__ import annotations

import functools
import zipfile
from pathlib import Path
from typing import Any

from clusterdesk.core.catalogue import SUPPORTED_LANGUAGES, messages_language, tr
from clusterdesk.io.errors import ImportFileError


def sheet_names(language: str | None) -> dict[str, str]:
    """English sheet name → its name in `language`."""
    return {
        "Scores": tr("capacity_xlsx:sheet_scores", "Scores", language),
        "Rubric": tr("capacity_xlsx:sheet_rubric", "Rubric", language),
        "Instructions": tr("capacity_xlsx:sheet_instructions", "Instructions", language),
        "Summary": tr("capacity_xlsx:sheet_summary", "Summary", language),
    }


def column_titles(language: str | None) -> dict[str, str]:
    """English column heading → its heading in `language`."""
    return {
        "Institution": tr("capacity_xlsx:institution", "Institution", language),
        "Round": tr("capacity_xlsx:round", "Round", language),
        "Assessment date": tr("capacity_xlsx:date", "Assessment date", language),
        "Assessor": tr("capacity_xlsx:assessor", "Assessor", language),
        "Dimension": tr("capacity_xlsx:dimension", "Dimension", language),
        "Indicator code": tr("capacity_xlsx:indicator_code", "Indicator code", language),
        "Indicator": tr("capacity_xlsx:indicator", "Indicator", language),
        "Score": tr("capacity_xlsx:score", "Score", language),
        "Evidence": tr("capacity_xlsx:evidence", "Evidence", language),
        "Institution ID": tr("capacity_xlsx:institution_id", "Institution ID", language),
        "Kind": tr("capacity_xlsx:kind", "Kind", language),
        "Indicators scored": tr("capacity_xlsx:scored", "Indicators scored", language),
        "Complete": tr("capacity_xlsx:complete", "Complete", language),
        "Overall": tr("capacity_xlsx:overall", "Overall", language),
    }


def level_title(level: int, language: str | None) -> str:
    return tr("capacity_xlsx:level", "Level {level}", language, level=level)


def _key(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


@functools.cache
def _english_by_key() -> tuple[dict[str, str], dict[str, str]]:
    columns: dict[str, str] = {}
    sheets: dict[str, str] = {}
    for language in SUPPORTED_LANGUAGES:
        columns.update({_key(title): english for english, title in column_titles(language).items()})
        sheets.update({_key(name): english for english, name in sheet_names(language).items()})
    return columns, sheets


def english_header(row: list[Any]) -> list[Any]:
    """A header row with every heading of the capacity workbooks, in any language, as its English one;
    other cells as they are."""
    columns, _sheets = _english_by_key()
    return [columns.get(_key(cell), cell) if isinstance(cell, str) else cell for cell in row]


def scores_sheet_name(names: list[str]) -> str | None:
    """The name of the Scores sheet among a workbook's sheet names, in whatever language it was made."""
    _columns, sheets = _english_by_key()
    return next((name for name in names if sheets.get(_key(name)) == "Scores"), None)


def read_rows(path: Path) -> tuple[list[list[Any]], str | None]:
    """The rows of the Scores sheet, header in English, and the framework's UUID from the hidden key
    sheet: what `capacity_xlsx_import` reads, for a workbook made in any language."""
    import openpyxl

    from clusterdesk.io.capacity_xlsx import KEY_SHEET, SCORES_SHEET

    path = Path(path)
    if not path.is_file():
        raise ImportFileError(
            tr(
                "capacity:no_workbook",
                "{path} does not exist. Choose the filled-in workbook.",
                messages_language(),
                path=path,
            )
        )
    if not zipfile.is_zipfile(path):
        raise ImportFileError(
            tr(
                "capacity:not_workbook",
                "{file} is not an Excel workbook (.xlsx). Save it as .xlsx and retry.",
                messages_language(),
                file=path.name,
            )
        )
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl reports damaged parts with many exception types
        raise ImportFileError(
            tr(
                "capacity:damaged",
                "{file} is a damaged Excel workbook ({error}). Save it again.",
                messages_language(),
                file=path.name,
                error=error,
            )
        ) from error
    try:
        sheet = scores_sheet_name(workbook.sheetnames)
        if sheet is None:
            raise ImportFileError(
                f"{path.name} has no sheet named {SCORES_SHEET!r}. Use a template made by ClusterDesk "
                "(Capacity panel, Template…) and keep its sheet names."
            )
        rows = [list(r) for r in workbook[sheet].iter_rows(values_only=True)]
        framework_uuid = None
        if KEY_SHEET in workbook.sheetnames:
            for values in workbook[KEY_SHEET].iter_rows(values_only=True):
                if len(values) >= 2 and values[0] == "framework_uuid":
                    framework_uuid = values[1]
    finally:
        workbook.close()
    if rows:
        rows[0] = english_header(rows[0])
    return rows, framework_uuid
