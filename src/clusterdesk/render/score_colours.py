"""The colour scale of capacity scores (1 to 5): red at the bottom through yellow to green at the top.

Defined once and shared by the map (full-strength fills that stand out on the basemap) and the capacity
tables (the same hues paled towards white, so text on them stays readable). The scale itself is plain
numbers; only `score_colour` turns them into a QColor.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from clusterdesk.core.capacity import SCALE_MAX, SCALE_MIN

RGB = tuple[int, int, int]

LOW: RGB = (230, 75, 60)
MIDDLE: RGB = (248, 225, 135)
HIGH: RGB = (45, 205, 113)
# Table cells mix the scale with this much white.
PALE_WHITE_SHARE = 0.6
# Institutions assessed without any complete round: a hollow symbol outlined in this grey.
INCOMPLETE_COLOUR = "#8a8a8a"
# Outline of score-filled symbols: the kinds' white outline would vanish around a pale yellow fill.
SCORED_OUTLINE = "#3b3b3b"


def score_share(score: float) -> float:
    """Where a score sits on the scale, 0 at SCALE_MIN and 1 at SCALE_MAX (clamped)."""
    return min(1.0, max(0.0, (score - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)))


def score_rgb(score: float, *, pale: bool = False) -> RGB:
    """The scale's colour for a score as 0–255 channels; `pale` for backgrounds behind text."""
    share = score_share(score)
    low, high, part = (LOW, MIDDLE, share * 2) if share < 0.5 else (MIDDLE, HIGH, share * 2 - 1)
    mixed = [a + (b - a) * part for a, b in zip(low, high, strict=True)]
    if pale:
        mixed = [c + (255 - c) * PALE_WHITE_SHARE for c in mixed]
    red, green, blue = (round(c) for c in mixed)
    return red, green, blue


def score_colour(score: float, *, pale: bool = False) -> QColor:
    return QColor(*score_rgb(score, pale=pale))


def quantise(score: float) -> float:
    """Scores to one decimal, as shown in labels; symbols of equal rounded score share one sprite."""
    return round(score, 1)
