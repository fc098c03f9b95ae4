"""Likely duplicates: the same normalised name within about 100 m, inside the file or already in the project.

Names are compared without case, accents, punctuation and legal-form words ("Textiles Imbabura S.A." and
"TEXTILES IMBABURA" match), unless nothing else is left of the name. Two entries without a location and
with the same name also count: nothing tells them apart.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd

from clusterdesk.core.geometry import decode_points

NEAR_METRES = 100.0
_CELL_DEGREES = 0.001  # about 111 m of latitude
_EARTH_RADIUS_M = 6_371_008.8
# Words of legal forms, dropped from either end of a name: "S.A." becomes "s a", "Cía. Ltda." "cia ltda"
_LEGAL_WORDS = frozenset(
    "s a l r c v de rl cv sa sas sl srl ltda cia sarl eurl ltd llc inc corp gmbh plc co ooo "
    "ооо зао оао пао ао ип "
    "as sti coop cooperativa".split()
)
_NON_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Duplicate:
    row: int  # spreadsheet row of the later entry
    name: str
    other_row: int | None  # earlier row of the same file, or None when the match is in the project
    other_fid: int | None  # fid of the stakeholder already in the project
    other_name: str
    distance_m: float | None  # None when neither has a location

    def describe(self) -> str:
        where = (
            f"row {self.other_row}"
            if self.other_row is not None
            else f"existing stakeholder {self.other_fid}"
        )
        place = "both without location" if self.distance_m is None else f"{self.distance_m:.0f} m apart"
        return f"row {self.row} {self.name!r} looks like {where} {self.other_name!r} ({place})"


def name_key(name: str) -> str:
    """Comparable form of a name: no case, accents, punctuation or legal-form words at either end."""
    if not name.isascii():
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    words = _NON_WORD.sub(" ", name.casefold()).split()
    start, end = 0, len(words)
    while start < end and words[start] in _LEGAL_WORDS:
        start += 1
    while end > start and words[end - 1] in _LEGAL_WORDS:
        end -= 1
    # A name made only of such words ("A", "C", "S.A.") keeps them all: an empty key is never compared
    return " ".join(words[start:end] if end > start else words)


def name_keys(names: list) -> list[str]:
    return [name_key(str(n)) if n else "" for n in names]


def distance_m(lon1, lat1, lon2, lat2) -> np.ndarray:
    """Great-circle distance in metres (haversine), element-wise."""
    lon1, lat1, lon2, lat2 = (np.radians(np.asarray(a, dtype=float)) for a in (lon1, lat1, lon2, lat2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def _cells(frame: pd.DataFrame) -> pd.DataFrame:
    """Grid cells of about 111 m square (longitude scaled by latitude), so that every pair of points within
    100 m falls into the same or neighbouring cells and no name is compared with all its namesakes."""
    frame = frame.copy()
    frame["cy"] = np.floor(frame["lat"] / _CELL_DEGREES).astype(np.int64)
    frame["cx"] = np.floor(frame["lon"] * np.cos(np.radians(frame["lat"])) / _CELL_DEGREES).astype(np.int64)
    return frame


def _pairs(left: pd.DataFrame, right: pd.DataFrame) -> pd.DataFrame:
    """Rows of left and right sharing a key that are near each other or both unlocated.

    Right rows repeating the same name at the same point are collapsed to their first one, which keeps a
    file with thousands of identical rows from producing millions of pairs.
    """
    left_located = left["lon"].notna() & left["lat"].notna()
    right_located = right["lon"].notna() & right["lat"].notna()
    near = _cells(left[left_located])
    candidates = _cells(right[right_located].drop_duplicates(["key", "lon", "lat"]))
    shifted = pd.concat(
        [
            candidates.assign(cx=candidates["cx"] + dx, cy=candidates["cy"] + dy)
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
        ]
    )
    pairs = near.merge(shifted, on=["key", "cx", "cy"], suffixes=("", "_other"))
    pairs["distance"] = distance_m(pairs["lon"], pairs["lat"], pairs["lon_other"], pairs["lat_other"])
    pairs = pairs[pairs["distance"] <= NEAR_METRES]
    unlocated = left[~left_located].merge(
        right[~right_located].drop_duplicates("key"), on="key", suffixes=("", "_other")
    )
    unlocated["distance"] = np.nan
    return pd.concat([pairs, unlocated], ignore_index=True)


def find_duplicates(
    names: list, lon: np.ndarray, lat: np.ndarray, rows: np.ndarray, connection: sqlite3.Connection | None
) -> list[Duplicate]:
    """Likely duplicates among the rows to import and between them and the project's stakeholders."""
    found = duplicates_in_file(names, lon, lat, rows)
    if connection is not None:
        found.extend(duplicates_in_project(names, lon, lat, rows, existing_stakeholders(connection)))
    return sorted(found, key=lambda d: d.row)


def _incoming(names: list, lon: np.ndarray, lat: np.ndarray, rows: np.ndarray) -> pd.DataFrame:
    incoming = pd.DataFrame({"key": name_keys(names), "name": names, "lon": lon, "lat": lat, "row": rows})
    return incoming[incoming["key"] != ""]


def duplicates_in_file(names: list, lon: np.ndarray, lat: np.ndarray, rows: np.ndarray) -> list[Duplicate]:
    """Rows repeating an earlier row of the same file (by spreadsheet row `rows`)."""
    if not len(names):  # nothing left to import (e.g. every row already in the project by its UUID)
        return []
    incoming = _incoming(names, lon, lat, rows)
    repeated = incoming[incoming["key"].duplicated(keep=False)].sort_values("row")
    if repeated.empty:
        return []
    pairs = _pairs(repeated, repeated)
    pairs = pairs[pairs["row_other"] < pairs["row"]].drop_duplicates("row")
    return [
        Duplicate(int(p.row), p.name, int(p.row_other), None, p.name_other, _metres(p.distance))
        for p in pairs.itertuples()
    ]


def duplicates_in_project(
    names: list, lon: np.ndarray, lat: np.ndarray, rows: np.ndarray, existing: pd.DataFrame
) -> list[Duplicate]:
    """Rows that look like a stakeholder of `existing` (see `existing_stakeholders`)."""
    if not len(names) or existing.empty:
        return []
    pairs = _pairs(_incoming(names, lon, lat, rows), existing).drop_duplicates("row")
    return [
        Duplicate(int(p.row), p.name, None, int(p.fid), p.name_other, _metres(p.distance))
        for p in pairs.itertuples()
    ]


def _metres(value: float) -> float | None:
    return None if np.isnan(value) else float(value)


def existing_stakeholders(connection: sqlite3.Connection) -> pd.DataFrame:
    """The project's stakeholders as duplicates compares them: name key, fid, name and location."""
    rows = connection.execute("SELECT fid, name, geom FROM stakeholders").fetchall()
    if not rows:
        return pd.DataFrame(columns=["key", "fid", "name", "lon", "lat"])
    lon, lat = decode_points([r[2] for r in rows])
    names = [r[1] for r in rows]
    return pd.DataFrame(
        {
            "key": name_keys(names),
            "fid": [r[0] for r in rows],
            "name": names,
            "lon": lon,
            "lat": lat,
        }
    )
