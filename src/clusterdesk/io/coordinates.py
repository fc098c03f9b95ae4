"""Parsing latitude and longitude cells: decimal degrees with a point or a comma, or degrees, minutes and
seconds (`0°20'15.6"N`, `78 13 20 W`, `-78°13'20"`) with hemisphere letters in English, Spanish, French
and Russian (N S E W, O for oeste/ouest, С Ю В З)."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from clusterdesk.io import row_reasons

_HEMISPHERES = {
    "N": ("lat", 1), "S": ("lat", -1), "E": ("lon", 1), "W": ("lon", -1), "O": ("lon", -1),
    "С": ("lat", 1), "Ю": ("lat", -1), "В": ("lon", 1), "З": ("lon", -1),
    "СШ": ("lat", 1), "ЮШ": ("lat", -1), "ВД": ("lon", 1), "ЗД": ("lon", -1),
}  # fmt: skip
_LETTERS = "|".join(sorted(_HEMISPHERES, key=len, reverse=True))
_LEADING = re.compile(rf"^({_LETTERS})(?![A-ZА-Я])")
_TRAILING = re.compile(rf"(?<![A-ZА-Я])({_LETTERS})$")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_SEPARATORS = re.compile(r"[\s°º˚'′’‘\"″”“:dmsDMS]+")
_RUSSIAN_ABBREVIATION = re.compile(r"\s*([сювзСЮВЗ])\s*\.\s*[шдШД]\s*\.?\s*$")


def parse_coordinate(text: str, axis: str) -> tuple[float, str | None]:
    """(value in decimal degrees, None) or (nan, reason) for one cell; axis is 'lat' or 'lon'."""
    # "55.5 с.ш." / "37.6 в. д.": Russian abbreviations of северной широты, восточной долготы ...
    cleaned = _RUSSIAN_ABBREVIATION.sub(lambda m: " " + m.group(1), text.strip()).strip().upper()
    sign, hemisphere = 1, None
    for pattern in (_LEADING, _TRAILING):
        match = pattern.search(cleaned)
        if match:
            hemisphere = match.group(1)
            cleaned = (cleaned[: match.start()] + cleaned[match.end() :]).strip()
            break
    if hemisphere is not None:
        hemisphere_axis, sign = _HEMISPHERES[hemisphere]
        if hemisphere_axis != axis:
            return np.nan, row_reasons.wrong_hemisphere(hemisphere, axis)
    if cleaned.startswith(("-", "−")):
        sign, cleaned = -1, cleaned[1:]
    elif cleaned.startswith("+"):
        cleaned = cleaned[1:]
    numbers = _NUMBER.findall(cleaned)
    leftover = _SEPARATORS.sub("", _NUMBER.sub("", cleaned))
    if not numbers or len(numbers) > 3 or leftover:
        return np.nan, row_reasons.coordinate_shapes(axis)
    parts = [float(n.replace(",", ".")) for n in numbers]
    if any(not p.is_integer() for p in parts[:-1]):
        return np.nan, row_reasons.decimals_in_degrees()
    if len(parts) > 1 and not all(p < 60 for p in parts[1:]):
        return np.nan, row_reasons.minutes_too_large()
    degrees = parts[0] + sum(p / 60**i for i, p in enumerate(parts[1:], start=1))
    return sign * degrees, None


def parse_coordinate_column(cells: pd.Series, axis: str) -> tuple[np.ndarray, dict[int, str], np.ndarray]:
    """Values of a column of coordinate cells (NaN where empty or invalid), the reason per invalid row, and
    which cells hold anything at all.

    Plain decimals, by far the most common, are parsed in one vectorised step (which also ignores
    surrounding spaces); only the rest goes through the degrees-minutes-seconds parser.
    """
    text = cells.astype(str)
    values = pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce").to_numpy(
        dtype=float, copy=True
    )
    filled = np.ones(len(text), dtype=bool)
    reasons: dict[int, str] = {}
    for position in np.flatnonzero(np.isnan(values)):
        cell = text.iat[position].strip()
        if not cell:
            filled[position] = False
            continue
        value, reason = parse_coordinate(cell, axis)
        if reason is None:
            values[position] = value
        else:
            reasons[int(position)] = reason
    for position in np.flatnonzero(np.isinf(values)):
        values[position] = np.nan
        reasons[int(position)] = row_reasons.not_a_coordinate(axis)
    return values, reasons, filled
