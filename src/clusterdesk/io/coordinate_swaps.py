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
    for position in np.flatnonzero(swapped):
        y, x = lat[position], lon[position]
        if country is not None:
            reasons[int(position)] = (
                f"latitude and longitude look swapped: {y:g}, {x:g} lies outside {country.name}, the "
                f"project's country, and {x:g}, {y:g} inside it; exchange the two values"
            )
        else:
            reasons[int(position)] = (
                f"latitude {y:g} lies in Antarctica; latitude and longitude look swapped (exchanged: "
                f"{x:g}, {y:g}); exchange the two values"
            )
    for position in np.flatnonzero(antarctic):
        y, x = lat[position], lon[position]
        tail = "latitude and longitude may be swapped" if plausible[position] else "check the coordinates"
        reasons[int(position)] = f"latitude {y:g} lies in Antarctica (south of 60°S); {tail}"
    return SwapCheck(swapped, antarctic, reasons)
