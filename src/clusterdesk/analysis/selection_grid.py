"""The statistics of a selection study as integer indexes and dense area x sector matrices.

A national study holds millions of rows (2,000 areas x 400 classes x several years) but only thousands of
distinct area codes and hundreds of sector codes. Turning the text codes into indexes once (pandas'
hash factorisation), working on the distinct codes only (cutting 1410 to 14, finding the classes under a
division) and summing with `np.bincount` keeps location quotients of every pair and the measures of every
candidate well under a second. Qt-free; numpy and pandas.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd


@dataclass
class IndexedStatistics:
    areas: np.ndarray  # distinct area codes, sorted
    area_index: np.ndarray  # per row: position in `areas`
    codes: np.ndarray  # distinct sector codes as text, in the order first met
    code_index: np.ndarray  # per row: position in `codes`
    years: np.ndarray  # per row
    values: np.ndarray  # per row, float
    _by_year: dict[int, np.ndarray] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, frame: pd.DataFrame) -> IndexedStatistics:
        area_index, areas = factorize_runs(frame["area_code"].to_numpy(dtype=object), sort=True)
        code_index, codes = pd.factorize(frame["sector_code"])
        return cls(
            np.asarray(areas, dtype=object),
            area_index,
            np.array([str(c) for c in codes], dtype=object),
            code_index,
            frame["year"].to_numpy(dtype=np.int64),
            frame["value"].to_numpy(dtype=float),
        )

    def code_matrix(self, year: int | None) -> np.ndarray:
        """Areas x distinct codes: the value of each code in each area in `year`, NaN where there is
        none; worked out once per year (a weight moved re-ranks without touching the rows again)."""
        if year not in self._by_year:
            columns = np.arange(len(self.codes))
            self._by_year[year] = self.matrix(self.rows_of(year), columns, len(self.codes))
        return self._by_year[year]

    def rows_of(self, year: int, codes_kept: np.ndarray | None = None) -> np.ndarray:
        """Mask of the rows of `year` (and of the distinct codes marked in `codes_kept`)."""
        chosen = self.years == year
        return chosen if codes_kept is None else chosen & codes_kept[self.code_index]

    def matrix(self, rows: np.ndarray, column_of_code: np.ndarray, columns: int) -> np.ndarray:
        """Areas x `columns` sums of the chosen rows, each distinct code summed into its column (codes
        with column -1 left out); NaN where no row gave a value."""
        column = column_of_code[self.code_index[rows]]
        kept = column >= 0
        flat = self.area_index[rows][kept] * columns + column[kept]
        size = len(self.areas) * columns
        sums = np.bincount(flat, weights=self.values[rows][kept], minlength=size)
        present = np.bincount(flat, minlength=size) > 0
        return np.where(present, sums, np.nan).reshape(len(self.areas), columns)


def factorize_runs(values: np.ndarray, sort: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """pd.factorize of `values`, hashing only the first value of each run of equal ones: the statistics
    come area by area, so a million rows hold a few thousand runs of area codes."""
    if len(values) == 0:
        return pd.factorize(values, sort=sort)
    starts = np.flatnonzero(np.concatenate(([True], values[1:] != values[:-1])))
    if len(starts) > len(values) // 4:  # not grouped: hashing every value is no slower
        return pd.factorize(values, sort=sort)
    index, uniques = pd.factorize(values[starts], sort=sort)
    return np.repeat(index, np.diff(np.append(starts, len(values)))), uniques
