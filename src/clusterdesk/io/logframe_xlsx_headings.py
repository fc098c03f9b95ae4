"""The logframe workbook's sheet names and column headings in the project's language, and their way back.

The workbook is written in the project's language (`logframe_xlsx`); one made in any language ClusterDesk
speaks must import again, so the importer turns every known heading and sheet name back into the English
one it checks for (`english_header`, `sheet_role`).
"""

from __future__ import annotations

import functools
from typing import Any

from clusterdesk.core.catalogue import SUPPORTED_LANGUAGES, tr

CHAIN_SHEET = "Logframe"
VALUES_SHEET = "Values"
ABOUT_SHEET = "About"

# The chain: one row per indicator (a result without indicators has a row of its own). A donor reads the
# columns from the left; the parent code and the notes, which the import needs, come last.
CHAIN_COLUMNS = (
    "Level",
    "Code",
    "Result statement",
    "Indicator code",
    "Indicator",
    "Definition",
    "Unit",
    "Direction",
    "Disaggregations",
    "Baseline value",
    "Baseline date",
    "Baseline source",
    "End target",
    "End target period",
    "Data source",
    "Collection method",
    "Frequency",
    "Responsible",
    "Means of verification",
    "Assumptions and risks",
    "Contributing plan actions",
    "Computed formula",
    "Parent code",
    "Result notes",
    "Indicator notes",
)
CHAIN_WIDTHS = (
    11,
    8,
    46,
    10,
    36,
    40,
    12,
    11,
    20,
    11,
    12,
    24,
    11,
    11,
    26,
    26,
    14,
    22,
    30,
    40,
    40,
    24,
    9,
    30,
    30,
)
CHAIN_WRAPPED = frozenset(
    {
        "Result statement",
        "Indicator",
        "Definition",
        "Baseline source",
        "Data source",
        "Collection method",
        "Responsible",
        "Means of verification",
        "Assumptions and risks",
        "Contributing plan actions",
        "Result notes",
        "Indicator notes",
        "Disaggregations",
    }
)

VALUE_COLUMNS = (
    "Indicator code",
    "Indicator",
    "Period",
    "Target or actual",
    "Disaggregation",
    "Category",
    "Value",
    "Note",
    "Evidence",
    "Computed",
)
VALUE_WIDTHS = (10, 40, 10, 14, 18, 26, 12, 40, 36, 11)
VALUE_WRAPPED = frozenset({"Indicator", "Note", "Evidence"})


def sheet_names(language: str | None) -> dict[str, str]:
    """English sheet name → its name in `language`."""
    return {
        CHAIN_SHEET: tr("logframe_xlsx:sheet_chain", "Logframe", language),
        VALUES_SHEET: tr("logframe_xlsx:sheet_values", "Values", language),
        ABOUT_SHEET: tr("logframe_xlsx:sheet_about", "About", language),
    }


def column_titles(language: str | None) -> dict[str, str]:
    """English column heading → its heading in `language`."""
    return {
        "Level": tr("logframe_xlsx:level", "Level", language),
        "Code": tr("logframe_xlsx:code", "Code", language),
        "Result statement": tr("logframe_xlsx:statement", "Result statement", language),
        "Indicator code": tr("logframe_xlsx:indicator_code", "Indicator code", language),
        "Indicator": tr("logframe_xlsx:indicator", "Indicator", language),
        "Definition": tr("logframe_xlsx:definition", "Definition", language),
        "Unit": tr("logframe_xlsx:unit", "Unit", language),
        "Direction": tr("logframe_xlsx:direction", "Direction", language),
        "Disaggregations": tr("logframe_xlsx:disaggregations", "Disaggregations", language),
        "Baseline value": tr("logframe_xlsx:baseline_value", "Baseline value", language),
        "Baseline date": tr("logframe_xlsx:baseline_date", "Baseline date", language),
        "Baseline source": tr("logframe_xlsx:baseline_source", "Baseline source", language),
        "End target": tr("logframe_xlsx:end_target", "End target", language),
        "End target period": tr("logframe_xlsx:end_target_period", "End target period", language),
        "Data source": tr("logframe_xlsx:data_source", "Data source", language),
        "Collection method": tr("logframe_xlsx:collection_method", "Collection method", language),
        "Frequency": tr("logframe_xlsx:frequency", "Frequency", language),
        "Responsible": tr("logframe_xlsx:responsible", "Responsible", language),
        "Means of verification": tr("logframe_xlsx:verification", "Means of verification", language),
        "Assumptions and risks": tr("logframe_xlsx:assumptions", "Assumptions and risks", language),
        "Contributing plan actions": tr("logframe_xlsx:actions", "Contributing plan actions", language),
        "Computed formula": tr("logframe_xlsx:formula", "Computed formula", language),
        "Parent code": tr("logframe_xlsx:parent_code", "Parent code", language),
        "Result notes": tr("logframe_xlsx:result_notes", "Result notes", language),
        "Indicator notes": tr("logframe_xlsx:indicator_notes", "Indicator notes", language),
        "Period": tr("logframe_xlsx:period", "Period", language),
        "Target or actual": tr("logframe_xlsx:kind", "Target or actual", language),
        "Disaggregation": tr("logframe_xlsx:disaggregation", "Disaggregation", language),
        "Category": tr("logframe_xlsx:category", "Category", language),
        "Value": tr("logframe_xlsx:value", "Value", language),
        "Note": tr("logframe_xlsx:note", "Note", language),
        "Evidence": tr("logframe_xlsx:evidence", "Evidence", language),
        "Computed": tr("logframe_xlsx:computed", "Computed", language),
    }


def yes_word(language: str | None) -> str:
    """What the Computed column says of a value computed from the project."""
    return tr("logframe_xlsx:yes", "yes", language)


def no_word(language: str | None) -> str:
    return tr("logframe_xlsx:no", "no", language)


def key(text: Any) -> str:
    """A heading or label as compared: spaces collapsed, case folded."""
    return " ".join(str(text or "").split()).casefold()


@functools.cache
def _english_by_key() -> tuple[dict[str, str], dict[str, str], dict[str, bool]]:
    columns: dict[str, str] = {}
    sheets: dict[str, str] = {}
    answers: dict[str, bool] = {key(word): True for word in ("1", "true", "x", "computed")}
    answers.update({key(word): False for word in ("0", "false")})
    for language in SUPPORTED_LANGUAGES:
        columns.update({key(title): english for english, title in column_titles(language).items()})
        sheets.update({key(name): english for english, name in sheet_names(language).items()})
        answers[key(yes_word(language))] = True
        answers[key(no_word(language))] = False
    return columns, sheets, answers


def english_header(row: list[Any]) -> list[Any]:
    """A header row with every heading of the logframe workbook, in any language, as its English one;
    other cells as they are."""
    columns, _sheets, _answers = _english_by_key()
    return [columns.get(key(cell), cell) if isinstance(cell, str) else cell for cell in row]


def sheet_role(name: str) -> str | None:
    """CHAIN_SHEET, VALUES_SHEET or ABOUT_SHEET for a sheet name in any language, else None."""
    _columns, sheets, _answers = _english_by_key()
    return sheets.get(key(name))


def computed_answer(text: str) -> bool | None:
    """True for "yes" (in any language), False for "no" or an empty cell, None for anything else."""
    if not text.strip():
        return False
    _columns, _sheets, answers = _english_by_key()
    return answers.get(key(text))
