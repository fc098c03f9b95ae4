"""Where sectors concentrate: location quotients and the measures candidate clusters are scored on.

For area i and sector j with e_ij the measure (employment, firms or value added) of the sector in the area,
e_i the area's total over all sectors, E_j the sector's national total and E the national total:

    location quotient  LQ_ij = (e_ij / e_i) / (E_j / E)
    national share     s_ij = e_ij / E_j
    growth             g_ij = e_ij(year) / e_ij(base year) - 1

An LQ above 1 says the sector weighs more in the area than in the country. Totals are the sums of the
sectors given, at one level of ISIC (codes are cut to `digits`; a code shorter than that cannot be split and
is left out, and said so). An area whose statistics carry a `TOTAL` row takes its total from it, so that
statistics covering only some sectors still compare each sector with the whole economy of the area.

A candidate cluster (one sector in one or more areas) is measured on the areas together: its LQ is that of
the sum of its areas, its size the sum of the sector's values in them. The registry's firms of the sector
located inside the candidate's areas are counted with their points and the areas' polygons.

Qt-free; pandas and numpy.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

TOTAL = "TOTAL"  # the sector code of an area's total over all sectors, where the statistics give it
SME_EMPLOYEES = 250  # firms with fewer employees (or none recorded) count as SMEs
REGISTRY_FIRM_KINDS = ("enterprise", "supplier")

LQ_COLUMNS = (
    "area_code", "sector_code", "value", "area_total", "sector_total", "lq", "national_share", "area_share",
    "growth",
)  # fmt: skip


@dataclass
class StudyStatistics:
    """The values of one measure by area, sector and year, as the study holds them."""

    frame: pd.DataFrame  # columns area_code, sector_code, year, value
    left_out: list[str] = field(default_factory=list)  # sector codes too coarse for the level asked

    @property
    def years(self) -> list[int]:
        return sorted(int(y) for y in self.frame["year"].unique())


def load_statistics(connection: sqlite3.Connection, measure: str = "employment") -> StudyStatistics:
    frame = pd.read_sql_query(
        "SELECT area_code, sector_code, year, value FROM selection_statistics WHERE measure = ?",
        connection,
        params=(measure,),
    )
    frame["year"] = frame["year"].astype("int64")
    frame["value"] = frame["value"].astype("float64")
    return StudyStatistics(frame)


def sector_level(codes: Sequence[str]) -> int:
    """The number of digits most sector codes have (2 or 4), the level LQs are computed at by default."""
    lengths = pd.Series([len(c) for c in codes if c != TOTAL and c.isdigit()])
    return int(lengths.mode().iloc[0]) if len(lengths) else 2


def at_level(stats: StudyStatistics, digits: int) -> StudyStatistics:
    """The statistics with sector codes cut to `digits` and summed; TOTAL rows kept as they are."""
    frame = stats.frame
    codes = frame["sector_code"].astype(str)
    is_total = codes == TOTAL
    too_short = ~is_total & (codes.str.len() < digits)
    left_out = sorted(set(codes[too_short]))
    kept = frame[~too_short].copy()
    kept_codes = codes[~too_short]
    kept["sector_code"] = np.where(kept_codes == TOTAL, TOTAL, kept_codes.str[:digits])
    summed = kept.groupby(["area_code", "sector_code", "year"], as_index=False, sort=True)["value"].sum()
    return StudyStatistics(summed, stats.left_out + left_out)


def _one_year(frame: pd.DataFrame, year: int) -> pd.DataFrame:
    return frame[frame["year"] == year].drop(columns="year")


def location_quotients(
    stats: StudyStatistics, year: int | None = None, base_year: int | None = None, digits: int | None = None
) -> pd.DataFrame:
    """One row per area and sector of `year` (the latest when not given) with LQ_COLUMNS; growth from
    `base_year` where the sector had a value above zero in the area then, NaN otherwise."""
    digits = digits or sector_level(stats.frame["sector_code"].unique().tolist())
    stats = at_level(stats, digits)
    frame = stats.frame
    if frame.empty:
        return pd.DataFrame(columns=list(LQ_COLUMNS))
    year = year if year is not None else int(frame["year"].max())
    current = _one_year(frame, year)
    is_total = current["sector_code"] == TOTAL
    sectors = current[~is_total]
    area_totals = sectors.groupby("area_code")["value"].sum()
    stated = current[is_total].set_index("area_code")["value"]
    area_totals = stated.combine_first(area_totals)
    sector_totals = sectors.groupby("sector_code")["value"].sum()
    grand_total = float(area_totals.sum())
    result = sectors.copy()
    result["area_total"] = result["area_code"].map(area_totals).to_numpy(dtype=float)
    result["sector_total"] = result["sector_code"].map(sector_totals).to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        area_share = result["value"].to_numpy() / result["area_total"].to_numpy()
        national_sector_share = result["sector_total"].to_numpy() / grand_total if grand_total else np.nan
        result["lq"] = area_share / national_sector_share
        result["national_share"] = result["value"].to_numpy() / result["sector_total"].to_numpy()
    result["area_share"] = area_share
    result["growth"] = _growth(frame, result, base_year)
    return result[list(LQ_COLUMNS)].reset_index(drop=True)


def _growth(frame: pd.DataFrame, current: pd.DataFrame, base_year: int | None) -> np.ndarray:
    if base_year is None:
        return np.full(len(current), np.nan)
    base = _one_year(frame, base_year).set_index(["area_code", "sector_code"])["value"]
    keys = pd.MultiIndex.from_frame(current[["area_code", "sector_code"]])
    before = base.reindex(keys).to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        growth = current["value"].to_numpy(dtype=float) / before - 1.0
    growth[~(before > 0)] = np.nan
    return growth


@dataclass(frozen=True)
class CandidateAreas:
    """What a candidate cluster is made of: a sector and the codes of its areas."""

    sector_code: str
    area_codes: tuple[str, ...]


def candidate_measures(
    stats: StudyStatistics,
    candidates: Mapping[str, CandidateAreas],
    year: int | None = None,
    base_year: int | None = None,
) -> pd.DataFrame:
    """Per candidate code: location_quotient, national_share, size and growth of its sector over its areas
    taken together (NaN where the statistics have nothing for it)."""
    columns = ["location_quotient", "national_share", "size", "growth"]
    if stats.frame.empty or not candidates:
        return pd.DataFrame(np.nan, index=list(candidates), columns=columns)
    frame = stats.frame
    year = year if year is not None else int(frame["year"].max())
    current = _one_year(frame, year)
    previous = _one_year(frame, base_year) if base_year is not None else current.iloc[0:0]
    totals = _area_totals(current, sector_level(current["sector_code"].astype(str).unique().tolist()))
    rows = [_measure_one(current, previous, totals, c, base_year is not None) for c in candidates.values()]
    return pd.DataFrame(rows, index=list(candidates), columns=columns)


def _sector_values(frame: pd.DataFrame, sector: str) -> pd.Series:
    """The sector's value per area, summing finer codes under it (1410 and 1430 under 14)."""
    codes = frame["sector_code"].astype(str)
    chosen = frame[(codes != TOTAL) & codes.str.startswith(sector)]
    return chosen.groupby("area_code")["value"].sum()


def _area_totals(frame: pd.DataFrame, digits: int) -> pd.Series:
    codes = frame["sector_code"].astype(str)
    sectors = frame[(codes != TOTAL) & (codes.str.len() >= digits)]
    summed = sectors.groupby("area_code")["value"].sum()
    stated = frame[codes == TOTAL].set_index("area_code")["value"]
    return stated.combine_first(summed)


def _measure_one(current, previous, totals, candidate: CandidateAreas, with_growth: bool) -> list[float]:
    by_area = _sector_values(current, candidate.sector_code)
    areas = list(candidate.area_codes)
    size = float(by_area.reindex(areas).fillna(0).sum())
    area_total = float(totals.reindex(areas).fillna(0).sum())
    sector_total = float(by_area.sum())
    grand_total = float(totals.sum())
    lq = (size / area_total) / (sector_total / grand_total) if area_total and sector_total else np.nan
    share = size / sector_total if sector_total else np.nan
    growth = np.nan
    if with_growth:
        before = float(_sector_values(previous, candidate.sector_code).reindex(areas).fillna(0).sum())
        growth = size / before - 1.0 if before > 0 else np.nan
    return [lq, share, size, growth]


def registry_firm_counts(connection: sqlite3.Connection, candidates: Mapping[str, CandidateAreas]) -> dict:
    """Per candidate: the registry's SMEs (enterprises and suppliers with fewer than 250 employees or none
    recorded) of its sector whose location lies inside one of its areas."""
    import shapely

    from clusterdesk.core import geometry

    rows = connection.execute(
        "SELECT geom, coalesce(sector_code, '') FROM stakeholders WHERE kind IN (?, ?)"
        " AND (employees IS NULL OR employees < ?) AND geom IS NOT NULL",
        (*REGISTRY_FIRM_KINDS, SME_EMPLOYEES),
    ).fetchall()
    lons, lats = geometry.decode_points([r[0] for r in rows])
    sectors = np.array([r[1] for r in rows], dtype=object)
    located = ~np.isnan(lons)
    lons, lats, sectors = lons[located], lats[located], sectors[located]
    areas = {
        code: geometry.decode(blob)
        for code, blob in connection.execute("SELECT code, geom FROM selection_areas WHERE geom IS NOT NULL")
    }
    counts = {}
    for code, candidate in candidates.items():
        shapes = [areas[a] for a in candidate.area_codes if areas.get(a) is not None]
        if not shapes or not len(lons):
            counts[code] = 0
            continue
        in_sector = np.array([s.startswith(candidate.sector_code) for s in sectors], dtype=bool)
        union = shapely.union_all(shapes)
        shapely.prepare(union)
        counts[code] = int(np.count_nonzero(in_sector & shapely.contains_xy(union, lons, lats)))
    return counts
