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

from clusterdesk.analysis.selection_grid import IndexedStatistics

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
    _indexed: IndexedStatistics | None = field(default=None, repr=False, compare=False)

    @property
    def years(self) -> list[int]:
        return sorted(int(y) for y in self.frame["year"].unique())

    def indexed(self) -> IndexedStatistics:
        """The frame's codes as indexes, worked out once (the LQ table and the candidates share it)."""
        if self._indexed is None:
            self._indexed = IndexedStatistics.of(self.frame)
        return self._indexed


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


def _cut_codes(codes: pd.Series, digits: int) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(cut code per row with None where left out, kept mask, codes left out), worked out on the distinct
    codes only: a study has millions of rows but a few hundred codes."""
    index, uniques = pd.factorize(codes.astype(str), sort=False)
    uniques = np.asarray(uniques, dtype=object)
    is_total = uniques == TOTAL
    lengths = np.fromiter((len(c) for c in uniques), dtype=int, count=len(uniques))
    too_short = ~is_total & (lengths < digits)
    cut = np.array([c if t else c[:digits] for c, t in zip(uniques, is_total, strict=True)], dtype=object)
    kept = ~too_short[index]
    return cut[index], kept, sorted(uniques[too_short].tolist())


def at_level(stats: StudyStatistics, digits: int) -> StudyStatistics:
    """The statistics with sector codes cut to `digits` and summed; TOTAL rows kept as they are."""
    frame = stats.frame
    cut, kept, left_out = _cut_codes(frame["sector_code"], digits)
    result = frame.loc[kept, ["area_code", "year", "value"]].copy()
    result["sector_code"] = cut[kept]
    result = result[["area_code", "sector_code", "year", "value"]]
    if result.duplicated(["area_code", "sector_code", "year"]).any():
        result = result.groupby(["area_code", "sector_code", "year"], as_index=False, sort=True)[
            "value"
        ].sum()
    else:
        result = result.sort_values(["area_code", "sector_code", "year"], kind="stable").reset_index(
            drop=True
        )
    return StudyStatistics(result, stats.left_out + left_out)


def _levels(codes: np.ndarray, digits: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For distinct codes: (column of each code at `digits`, -1 for TOTAL and codes too short; the sector
    code of each column; whether each code is TOTAL)."""
    is_total = codes == TOTAL
    usable = np.array([len(c) >= digits for c in codes], dtype=bool) & ~is_total
    cut = np.array([c[:digits] for c in codes], dtype=object)
    column_index, sectors = pd.factorize(cut[usable], sort=True)
    columns = np.full(len(codes), -1)
    columns[usable] = column_index
    return columns, np.asarray(sectors, dtype=object), is_total


def location_quotients(
    stats: StudyStatistics, year: int | None = None, base_year: int | None = None, digits: int | None = None
) -> pd.DataFrame:
    """One row per area and sector of `year` (the latest when not given) with LQ_COLUMNS, in area and
    sector order; growth from `base_year` where the sector had a value above zero in the area then, NaN
    otherwise."""
    if stats.frame.empty:
        return pd.DataFrame(columns=list(LQ_COLUMNS))
    grid = stats.indexed()
    digits = digits or sector_level(grid.codes.tolist())
    columns, sectors, is_total = _levels(grid.codes, digits)
    kept = (columns >= 0) | is_total
    if not kept.any():
        return pd.DataFrame(columns=list(LQ_COLUMNS))
    year = year if year is not None else int(grid.years[kept[grid.code_index]].max())
    rows = grid.rows_of(year, kept)
    current = grid.matrix(rows, columns, len(sectors))
    stated = grid.matrix(rows, np.where(is_total, 0, -1), 1)[:, 0]
    in_year = np.bincount(grid.area_index[rows], minlength=len(grid.areas)) > 0
    area_totals = np.where(np.isnan(stated), np.where(in_year, np.nansum(current, axis=1), np.nan), stated)
    sector_totals = np.nansum(current, axis=0)
    grand_total = float(np.nansum(area_totals))
    area_at, sector_at = np.nonzero(~np.isnan(current))
    value = current[area_at, sector_at]
    result = pd.DataFrame(
        {
            "area_code": grid.areas[area_at],
            "sector_code": sectors[sector_at],
            "value": value,
            "area_total": area_totals[area_at],
            "sector_total": sector_totals[sector_at],
        }
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        area_share = value / area_totals[area_at]
        national_sector_share = sector_totals[sector_at] / grand_total if grand_total else np.nan
        result["lq"] = area_share / national_sector_share
        result["national_share"] = value / sector_totals[sector_at]
        result["area_share"] = area_share
        result["growth"] = np.nan
        if base_year is not None:
            before = grid.matrix(grid.rows_of(base_year, kept), columns, len(sectors))[area_at, sector_at]
            result["growth"] = np.where(before > 0, value / before - 1.0, np.nan)
    return result[list(LQ_COLUMNS)]


@dataclass(frozen=True)
class CandidateAreas:
    """What a candidate cluster is made of: a sector and the codes of its areas."""

    sector_code: str
    area_codes: tuple[str, ...]


class _SectorSums:
    """A sector's value per area in one year, summing the finer codes under it (1410 and 1430 under 14);
    each sector is summed once however many candidates share it."""

    def __init__(self, grid: IndexedStatistics, year: int, is_total: np.ndarray) -> None:
        self.codes = grid.codes
        self.matrix = np.where(is_total, 0.0, np.nan_to_num(grid.code_matrix(year)))
        self._under: dict[str, list[int]] = {}  # every prefix of a code (1, 14, 141, 1410): its columns
        for column, code in enumerate(self.codes):
            if code != TOTAL:
                for length in range(1, len(code) + 1):
                    self._under.setdefault(code[:length], []).append(column)
        self._cache: dict[str, np.ndarray] = {}

    def of(self, sector: str) -> np.ndarray:
        if sector not in self._cache:
            self._cache[sector] = self.matrix[:, self._under.get(sector, [])].sum(axis=1)
        return self._cache[sector]


def _area_totals(grid: IndexedStatistics, year: int, is_total: np.ndarray) -> np.ndarray:
    """Per area: its stated TOTAL of `year`, or else the sum of its codes at the year's usual level or
    finer (0 for an area without figures that year)."""
    by_code = grid.code_matrix(year)
    given = ~np.isnan(by_code)
    present = np.flatnonzero(given.any(axis=0))
    digits = sector_level(grid.codes[present].tolist())
    long_enough = np.array([len(c) >= digits for c in grid.codes], dtype=bool) & ~is_total
    summed = np.where(given[:, long_enough], by_code[:, long_enough], 0.0).sum(axis=1)
    stated = np.where(given[:, is_total], by_code[:, is_total], 0.0).sum(axis=1)
    return np.where(given[:, is_total].any(axis=1), stated, summed)


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
    grid = stats.indexed()
    year = year if year is not None else int(grid.years.max())
    is_total = grid.codes == TOTAL
    totals = _area_totals(grid, year, is_total)
    grand_total = float(totals.sum())
    now = _SectorSums(grid, year, is_total)
    before = _SectorSums(grid, base_year, is_total) if base_year is not None else None
    position = {code: i for i, code in enumerate(grid.areas)}
    rows = []
    for candidate in candidates.values():
        chosen = [position[a] for a in candidate.area_codes if a in position]
        by_area = now.of(candidate.sector_code)
        size = float(by_area[chosen].sum())
        area_total = float(totals[chosen].sum())
        sector_total = float(by_area.sum())
        lq = (size / area_total) / (sector_total / grand_total) if area_total and sector_total else np.nan
        share = size / sector_total if sector_total else np.nan
        growth = np.nan
        if before is not None:
            earlier = float(before.of(candidate.sector_code)[chosen].sum())
            growth = size / earlier - 1.0 if earlier > 0 else np.nan
        rows.append([lq, share, size, growth])
    return pd.DataFrame(rows, index=list(candidates), columns=columns)


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
    code_index, codes = pd.factorize(sectors) if len(sectors) else (np.zeros(0, dtype=int), [])
    in_sector: dict[str, np.ndarray] = {}  # firms of each sector, found once on the distinct codes
    counts = {}
    for code, candidate in candidates.items():
        shapes = [areas[a] for a in candidate.area_codes if areas.get(a) is not None]
        if candidate.sector_code not in in_sector:
            matching = np.array([c.startswith(candidate.sector_code) for c in codes], dtype=bool)
            in_sector[candidate.sector_code] = (
                np.flatnonzero(matching[code_index]) if len(codes) else code_index
            )
        firms = in_sector[candidate.sector_code]
        if not shapes or not len(firms):
            counts[code] = 0
            continue
        union = shapely.union_all(shapes)
        shapely.prepare(union)
        counts[code] = int(np.count_nonzero(shapely.contains_xy(union, lons[firms], lats[firms])))
    return counts
