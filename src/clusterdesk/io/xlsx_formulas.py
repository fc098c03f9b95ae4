"""Formula cells of a workbook that hold no computed value.

Excel and LibreOffice store each formula together with its last result, which is what an import reads. A
workbook written by a program that does not calculate (openpyxl, many scripts and web exports) stores the
formula alone: read for its values, such a cell looks empty. This module finds those cells in the sheet's
XML, so the import can name them instead of taking them for empty cells.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from defusedxml.ElementTree import fromstring, iterparse
from openpyxl.utils.cell import coordinate_to_tuple

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PACKAGE_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
# What a formula without a stored result looks like in the XML: an empty value, or none before the cell
# ends. Scanning the bytes for these is far quicker than parsing the sheet, which only follows a match.
_EMPTY_OR_NO_VALUE = re.compile(
    rb"<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>|</(?:\w+:)?f>\s*</(?:\w+:)?c>|<(?:\w+:)?f[^<>]*/>\s*</(?:\w+:)?c>"
)
# A formula whose stored result is empty text is computed (IF(A2="";"";A2) in Excel writes t="str")
_TEXT_RESULT_TYPES = ("str", "inlineStr")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class UncomputedFormula:
    row: int  # 1-based, as the spreadsheet shows it
    column: int  # 1-based
    reference: str  # "D5"
    formula: str  # "=B5*2", or "" for a shared formula whose text sits in another cell


def _sheet_member(archive: zipfile.ZipFile, title: str) -> str | None:
    """The archive member holding the worksheet named `title`, found through the workbook's relationships."""
    workbook = fromstring(archive.read("xl/workbook.xml"))
    sheet = next((s for s in workbook.iter(f"{_MAIN}sheet") if s.get("name") == title), None)
    if sheet is None:
        return None
    relationships = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next(
        (
            r.get("Target")
            for r in relationships.iter(_PACKAGE_RELATIONSHIPS)
            if r.get("Id") == sheet.get(_RELATIONSHIP_ID)
        ),
        None,
    )
    if not target:
        return None
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))


def _may_hold_uncomputed(archive: zipfile.ZipFile, member: str) -> bool:
    with archive.open(member) as source:
        tail = b""
        while chunk := source.read(_CHUNK):
            if _EMPTY_OR_NO_VALUE.search(tail + chunk):
                return True
            tail = chunk[-64:]
    return False


def uncomputed_formulas(path: Path, title: str) -> list[UncomputedFormula]:
    """The formula cells of sheet `title` that hold no computed value, in sheet order."""
    found: list[UncomputedFormula] = []
    with zipfile.ZipFile(path) as archive:
        member = _sheet_member(archive, title)
        if member is None or member not in archive.namelist() or not _may_hold_uncomputed(archive, member):
            return found
        with archive.open(member) as source:
            for _event, element in iterparse(source, events=("end",)):
                if element.tag == f"{_MAIN}row":
                    element.clear()  # its cells were looked at; keep memory flat over long sheets
                if element.tag != f"{_MAIN}c":
                    continue
                formula = element.find(f"{_MAIN}f")
                value = element.find(f"{_MAIN}v")
                if (
                    formula is not None
                    and (value is None or not value.text)
                    and element.get("t") not in _TEXT_RESULT_TYPES
                    and element.get("r")
                ):
                    row, column = coordinate_to_tuple(element.get("r"))
                    text = f"={formula.text}" if formula.text else ""
                    found.append(UncomputedFormula(row, column, element.get("r"), text))
                element.clear()
    return found
