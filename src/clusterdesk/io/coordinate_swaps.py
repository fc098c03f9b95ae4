"""Latitude and longitude exchanged, caught where both values are still valid degrees.

Atuntaqui lies at latitude 0.33, longitude -78.2; swapped, it becomes latitude -78.2, longitude 0.33, a
valid point in Antarctica. A point outside the project's country that lies inside it once latitude and
longitude are exchanged was almost certainly written the wrong way round. Without a country, a point in
Antarctica whose exchange lands elsewhere is the same mistake; an exchange is never proposed when the
result would itself lie in Antarctica.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from clusterdesk.core.catalogue import messages_language
from clusterdesk.io import row_reasons
from clusterdesk.io.country_bounds import CountryArea

ANTARCTIC_LATITUDE = -60.0  # the Antarctic Treaty's boundary: no cluster lies south of it


@dataclass(frozen=True)
class SwapCheck:
    swapped: np.ndarray  # rows that look swapped (the reason names the evidence)
    antarctic: np.ndarray  # other rows in Antarctica
    reasons: dict[int, str]  # position -> reason, for the rows of both masks


def exchange_lands_outside_antarctica(lon: np.ndarray) -> np.ndarray:
    """Whether exchanging latitude and longitude gives a latitude north of Antarctica."""
    with np.errstate(invalid="ignore"):
        return (lon >= ANTARCTIC_LATITUDE) & (lon <= 90)


def check_swaps(
    lon: np.ndarray, lat: np.ndarray, candidates: np.ndarray, country: CountryArea | None
) -> SwapCheck:
    """Look at the `candidates` rows (valid coordinates) of `lon`/`lat` for exchanged values."""
    plausible = exchange_lands_outside_antarctica(lon)
    with np.errstate(invalid="ignore"):
        antarctic = candidates & (lat < ANTARCTIC_LATITUDE)
    if country is not None:
        home = np.zeros(len(lon), dtype=bool)
        exchanged_home = np.zeros(len(lon), dtype=bool)
        rows = np.flatnonzero(candidates)
        home[rows] = country.contains(lon[rows], lat[rows])
        away = rows[~home[rows]]
        exchanged_home[away] = country.contains(lat[away], lon[away])
        swapped = candidates & ~home & plausible & exchanged_home
        antarctic &= ~home
    else:
        swapped = antarctic & plausible
    antarctic &= ~swapped
    reasons: dict[int, str] = {}
    name = _country_name(country) if country is not None and swapped.any() else ""
    for position in np.flatnonzero(swapped):
        y, x = lat[position], lon[position]
        if country is not None:
            reasons[int(position)] = row_reasons.swapped_in_country(y, x, name)
        else:
            reasons[int(position)] = row_reasons.swapped_from_antarctica(y, x)
    for position in np.flatnonzero(antarctic):
        y = lat[position]
        reasons[int(position)] = row_reasons.in_antarctica(y, may_be_swapped=bool(plausible[position]))
    return SwapCheck(swapped, antarctic, reasons)


def _country_name(country: CountryArea) -> str:
    """The country as the messages language names it; in English, as the basemap does."""
    language = messages_language()
    if language == "en":
        return country.name
    from clusterdesk.core.formatting import country_name

    return country_name(country.code, language) or country.name
