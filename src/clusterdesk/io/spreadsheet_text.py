"""Text cells that spreadsheets never run as formulas, in CSV files and in XLSX workbooks.

Excel, LibreOffice and Google Sheets treat a cell that starts with = + - @ (or a tab or carriage return)
as a formula, so a stakeholder named `=HYPERLINK("http://…","click")` would turn into a live link.

- CSV: as OWASP recommends against CSV injection, such text is written with a single quote in front,
  which spreadsheets read as "this is text". The rule is reversible: text that itself starts with a
  quote followed by one of those characters (or by another quote) gets a quote too, and
  `text_from_csv_cell` removes exactly the quote an exporter added, so an exported file imports back
  to the original text.
- XLSX: strings are stored as text cells (openpyxl would store "=…" as a formula and "#N/A" as an error),
  and formula-like text also carries Excel's quote prefix, so editing the cell keeps it text.
"""

from __future__ import annotations

from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_QUOTED_STARTS = (*FORMULA_STARTS, QUOTE)


def _starts_quoted(text: str) -> bool:
    """A quote followed by what `csv_cell` puts a quote before."""
    return text.startswith(QUOTE) and text[1:2].startswith(_QUOTED_STARTS)


def csv_cell(value: object) -> object:
    """`value` as a CSV exporter writes it: text a spreadsheet would run gets a quote; numbers stay."""
    if isinstance(value, str) and (value.startswith(FORMULA_STARTS) or _starts_quoted(value)):
        return QUOTE + value
    return value


def text_from_csv_cell(text: str) -> str:
    """The original text of a CSV cell written by `csv_cell` (other cells come back unchanged)."""
    return text[1:] if _starts_quoted(text) else text


def xlsx_text_cell(sheet, text: str):
    """An openpyxl cell for `sheet` (normal or write-only) holding `text` as text, whatever it starts
    with."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell


def xlsx_row(sheet, values: Iterable[object]) -> list[object]:
    """`values` ready for `sheet.append`: strings as text cells, numbers and dates as cells of their own
    (a write-only sheet would otherwise reuse the cell before them, quote prefix included), None as
    empty."""
    from openpyxl.cell import WriteOnlyCell

    def cell(value: object):
        if isinstance(value, str):
            return xlsx_text_cell(sheet, value)
        return None if value is None else WriteOnlyCell(sheet, value=value)

    return [cell(v) for v in values]
