"""Classes of a choropleth map: five classes of values, by fixed breaks, quantiles or natural breaks
(Jenks), as QGIS's graduated renderer offers, and the colour of each class.

- Fixed location-quotient classes sit around 1 (the area's share of the sector equals the nation's):
  below 0.8, 0.8 to 1.25, 1.25 to 2, 2 to 4, and 4 or more. A value on a break belongs to the class above it.
- Quantiles put as many areas in each class (breaks by linear interpolation, numpy's default); natural
  breaks minimise the spread of values within the classes (Fisher's exact method on the sorted values, on
  an even sample of them when there are very many). In both a value on a break belongs to the class
  below it, each class ending at its largest value, as QGIS shows them.

The palette is ColorBrewer's sequential YlGnBu of five classes, which readers with the common forms of
colour blindness tell apart, printed or on screen. Areas without a value are grey. Plain numbers; no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

CLASS_COUNT = 5
PALETTE = ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494")  # YlGnBu, light (low) to dark (high)
NO_VALUE_COLOUR = "#d4d4d4"
LQ_BREAKS = (0.8, 1.25, 2.0, 4.0)
METHODS = ("fixed_lq", "quantiles", "jenks")
JENKS_SAMPLE = 1000  # Fisher's method is quadratic in memory: beyond this many values, an even sample


@dataclass(frozen=True)
class Classes:
    """Class k holds the values between `edges[k]` and `edges[k + 1]`; `lower_closed` says which end a
    value on a break belongs to (True: the class above it). The first and last edges of fixed classes
    are -inf and inf."""

    method: str
    edges: tuple[float, ...]
    lower_closed: bool

    @property
    def count(self) -> int:
        return len(self.edges) - 1

    def classify(self, values) -> np.ndarray:
        """The class of each value (0 = lowest), -1 where there is no value (NaN)."""
        values = np.asarray(values, dtype=float)
        inner = np.asarray(self.edges[1:-1], dtype=float)
        side = "right" if self.lower_closed else "left"
        found = np.searchsorted(inner, values, side=side)
        return np.where(np.isnan(values), -1, np.minimum(found, self.count - 1)).astype(int)

    def colours(self) -> tuple[str, ...]:
        """One colour per class, spread over the palette when there are fewer than five classes."""
        if self.count >= len(PALETTE):
            return PALETTE[: self.count]
        picks = np.round(np.linspace(0, len(PALETTE) - 1, max(self.count, 1))).astype(int)
        return tuple(PALETTE[i] for i in picks)


def fixed_lq_classes() -> Classes:
    return Classes("fixed_lq", (-np.inf, *LQ_BREAKS, np.inf), lower_closed=True)


def _finite_sorted(values) -> np.ndarray:
    values = np.asarray(values, dtype=float)
    return np.sort(values[np.isfinite(values)])


def quantile_classes(values, count: int = CLASS_COUNT) -> Classes:
    data = _finite_sorted(values)
    if len(data) == 0:
        return Classes("quantiles", (0.0, 0.0), lower_closed=False)
    edges = np.quantile(data, np.linspace(0, 1, count + 1))
    return Classes("quantiles", _distinct(edges), lower_closed=False)


def _distinct(edges, first_may_be_one_value: bool = False) -> tuple[float, ...]:
    """Edges without repeats (many equal values make equal quantiles): fewer, non-empty classes. Natural
    breaks end each class at its largest value, so their first class may hold one value (two equal
    edges); equal quantiles merge instead."""
    kept = [float(edges[0]), float(edges[1])] if first_may_be_one_value else [float(edges[0])]
    for edge in edges[len(kept) :]:
        if edge > kept[-1]:
            kept.append(float(edge))
    return tuple(kept) if len(kept) > 1 else (kept[0], kept[0])


def jenks_classes(values, count: int = CLASS_COUNT) -> Classes:
    data = _finite_sorted(values)
    if len(data) == 0:
        return Classes("jenks", (0.0, 0.0), lower_closed=False)
    distinct = np.unique(data)
    if len(distinct) <= count:
        return Classes("jenks", (float(data[0]), *map(float, distinct)), lower_closed=False)
    if len(data) > JENKS_SAMPLE:
        data = data[np.round(np.linspace(0, len(data) - 1, JENKS_SAMPLE)).astype(int)]
    return Classes("jenks", _distinct(_fisher_breaks(data, count), True), lower_closed=False)


def _fisher_breaks(data: np.ndarray, count: int) -> list[float]:
    """Exact optimal breaks of sorted `data` into `count` classes by least squared deviation within the
    classes (dynamic programming over the class ends, one numpy step per class)."""
    n = len(data)
    s1 = np.concatenate([[0.0], np.cumsum(data)])
    s2 = np.concatenate([[0.0], np.cumsum(data * data)])
    start = np.arange(n + 1)[:, None]
    end = np.arange(n + 1)[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        spread = s2[end] - s2[start] - (s1[end] - s1[start]) ** 2 / (end - start)
    spread = np.where(end > start, np.maximum(spread, 0.0), np.inf)  # deviation of data[start:end]
    cost = spread[0].copy()  # best cost of data[:end] in one class
    backs = []
    columns = np.arange(n + 1)
    for _ in range(count - 1):
        total = cost[:, None] + spread
        best = np.argmin(total, axis=0)
        cost = total[best, columns]
        backs.append(best)
    starts, end_at = [], n
    for best in reversed(backs):
        end_at = int(best[end_at])
        starts.append(end_at)
    starts.reverse()
    return [float(data[0]), *(float(data[s - 1]) for s in starts), float(data[-1])]


def make_classes(method: str, values) -> Classes:
    if method == "fixed_lq":
        return fixed_lq_classes()
    if method == "quantiles":
        return quantile_classes(values)
    if method == "jenks":
        return jenks_classes(values)
    raise ValueError(f"unknown classification {method!r}; choose from {', '.join(METHODS)}")
