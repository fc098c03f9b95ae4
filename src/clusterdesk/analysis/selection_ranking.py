"""Ranking candidate clusters on weighted criteria, and how the ranking answers a change of one weight.

Each criterion's values are brought to 0..1 across the candidates (min-max): the best value gives 1 and the
worst 0, reversed for a criterion where lower is better; where every candidate has the same value, all get
1 (the criterion does not separate them). A candidate without a value for a criterion gets 0 for it and
the gap is reported. The score is the weighted mean of the normalised values, on 0..100:

    score_c = 100 * sum_k(w_k * n_ck) / sum_k(w_k)

Candidates are ranked by score, ties by code. Sensitivity keeps every other weight and moves one: as the
denominator is the same for every candidate, candidate a stays ahead of b while
(S_a - S_b) + w * (n_a - n_b) >= 0, with S the weighted sum of the other criteria, so the range of the
moving weight over which the leader stays first is found exactly, and the ranks at any set of weights are
one matrix product.

Qt-free; numpy.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Criterion:
    key: str
    label: str
    weight: float
    higher_is_better: bool = True


@dataclass
class Ranking:
    codes: list[str]  # candidate codes in the order the values were given
    scores: np.ndarray  # 0..100 per candidate, same order
    ranks: np.ndarray  # 1 = best, same order
    normalised: np.ndarray  # candidates x criteria, 0..1
    missing: np.ndarray  # candidates x criteria, True where the candidate had no value

    def ordered(self) -> list[str]:
        """The candidate codes from first to last."""
        return [self.codes[i] for i in np.argsort(self.ranks, kind="stable")]


def normalise(values: np.ndarray, higher_is_better: Sequence[bool]) -> tuple[np.ndarray, np.ndarray]:
    """(normalised values in 0..1, missing mask) of a candidates x criteria matrix with NaN for gaps."""
    values = np.asarray(values, dtype=float)
    missing = np.isnan(values)
    if values.size == 0:
        return np.zeros_like(values), missing
    with np.errstate(all="ignore"):
        low = np.nanmin(np.where(missing, np.inf, values), axis=0)
        high = np.nanmax(np.where(missing, -np.inf, values), axis=0)
        spread = high - low
        scaled = np.where(spread > 0, (values - low) / np.where(spread > 0, spread, 1.0), 1.0)
    scaled = np.where(
        np.asarray(higher_is_better, dtype=bool), scaled, 1.0 - np.where(spread > 0, scaled, 0.0)
    )
    scaled = np.where(missing, 0.0, scaled)
    return np.clip(scaled, 0.0, 1.0), missing


def scores_for(normalised: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Scores (0..100) of every candidate for one weight vector, or for each row of a weights matrix
    (then candidates x weight sets)."""
    weights = np.asarray(weights, dtype=float)
    totals = weights.sum(axis=-1)
    sums = normalised @ weights.T
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(totals > 0, 100.0 * sums / np.where(totals > 0, totals, 1.0), 0.0)


def ranks_of(scores: np.ndarray, codes: Sequence[str]) -> np.ndarray:
    """Rank 1 for the highest score, ties broken by code, for a vector or each column of a matrix."""
    scores = np.asarray(scores, dtype=float)
    code_order = np.argsort(np.argsort(np.asarray(codes, dtype=object), kind="stable"), kind="stable")
    if scores.ndim == 1:
        order = np.lexsort((code_order, -np.round(scores, 9)))
        ranks = np.empty(len(scores), dtype=int)
        ranks[order] = np.arange(1, len(scores) + 1)
        return ranks
    return np.column_stack([ranks_of(scores[:, j], codes) for j in range(scores.shape[1])])


def rank(values: np.ndarray, criteria: Sequence[Criterion], codes: Sequence[str]) -> Ranking:
    normalised, missing = normalise(values, [c.higher_is_better for c in criteria])
    scores = scores_for(normalised, np.array([c.weight for c in criteria], dtype=float))
    return Ranking(list(codes), scores, ranks_of(scores, codes), normalised, missing)


def weight_sweep(
    ranking: Ranking, criteria: Sequence[Criterion], index: int, weights: Sequence[float]
) -> np.ndarray:
    """Ranks (candidates x len(weights)) when criterion `index` takes each weight, the others keeping
    theirs."""
    base = np.array([c.weight for c in criteria], dtype=float)
    sets = np.tile(base, (len(weights), 1))
    sets[:, index] = np.asarray(weights, dtype=float)
    return ranks_of(scores_for(ranking.normalised, sets), ranking.codes)


@dataclass(frozen=True)
class StableRange:
    """The weights of one criterion (others unchanged) over which the current leader stays first; `high`
    is math.inf when no weight, however large, overtakes it. The candidates that take the lead just
    outside the range are named."""

    low: float
    high: float
    overtaken_below_by: str | None = None
    overtaken_above_by: str | None = None


def leader_stable_range(ranking: Ranking, criteria: Sequence[Criterion], index: int) -> StableRange:
    leader = int(np.argmin(ranking.ranks))
    weights = np.array([c.weight for c in criteria], dtype=float)
    others = weights.copy()
    others[index] = 0.0
    sums = ranking.normalised @ others  # S_c: the weighted sum without the moving criterion
    moving = ranking.normalised[:, index]
    low, high = 0.0, math.inf
    below_by = above_by = None
    for c in range(len(ranking.codes)):
        if c == leader:
            continue
        gap = sums[leader] - sums[c]  # leader ahead of c while gap + w * slope >= 0
        slope = moving[leader] - moving[c]
        if slope > 0 and gap < 0:  # c ahead at small weights
            bound = -gap / slope
            if bound > low:
                low, below_by = bound, ranking.codes[c]
        elif slope < 0:  # c gains as the weight grows
            bound = gap / -slope
            if bound < high:
                high, above_by = bound, ranking.codes[c]
    return StableRange(low, high, below_by, above_by)
