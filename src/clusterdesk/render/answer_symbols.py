"""Colours and symbols of firms coloured by a survey answer: a sequential ramp for the classes of a number
question, distinct colours for the choices of a one-choice question, and a hollow grey symbol for "no
answer", which never takes a colour of the scale.

The classification is Qt-free (`analysis.survey_colours`); here classes become symbol keys beside the
capacity score keys of `render.points` (ANSWER_KEY_BASE + class, NO_ANSWER_KEY), sprites and colours.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from clusterdesk.analysis.survey_colours import NO_ANSWER, AnswerColouring
from clusterdesk.core.symbology import stakeholder_style
from clusterdesk.render.score_colours import INCOMPLETE_COLOUR, SCORED_OUTLINE
from clusterdesk.render.score_symbols import HOLLOW_OUTLINE_FACTOR, filled_sprite
from clusterdesk.render.symbols import SCREEN_DPI, Sprite, outline_width_px, shape_path

RGB = tuple[int, int, int]
NOT_COLOURED = -2  # the kind's own symbol (render.points.KIND_SYMBOL)
NO_ANSWER_KEY = 1000
ANSWER_KEY_BASE = 1001
NO_ANSWER_COLOUR = INCOMPLETE_COLOUR  # hollow and grey, as institutions not yet assessed
# Light to dark (ColorBrewer YlGnBu without its palest step, which would vanish on the basemap)
SEQUENTIAL: tuple[RGB, ...] = (
    (199, 233, 180),
    (127, 205, 187),
    (65, 182, 196),
    (44, 127, 184),
    (37, 52, 148),
)
# Distinct hues for choices, no grey among them (grey is "no answer")
CATEGORICAL: tuple[RGB, ...] = (
    (78, 121, 167), (242, 142, 43), (225, 87, 89), (118, 183, 178), (89, 161, 79),
    (237, 201, 72), (176, 122, 161), (255, 157, 167), (156, 117, 95),
)  # fmt: skip


def ramp_colour(index: int, count: int) -> RGB:
    """Colour of class `index` of `count` number classes, spread over the whole ramp."""
    if count <= 1:
        return SEQUENTIAL[len(SEQUENTIAL) // 2]
    position = index / (count - 1) * (len(SEQUENTIAL) - 1)
    low = int(position)
    high = min(low + 1, len(SEQUENTIAL) - 1)
    part = position - low
    mixed = (a + (b - a) * part for a, b in zip(SEQUENTIAL[low], SEQUENTIAL[high], strict=True))
    red, green, blue = (round(c) for c in mixed)
    return red, green, blue


def class_colours(colouring: AnswerColouring) -> tuple[RGB, ...]:
    count = len(colouring.legend)
    if colouring.numeric:
        return tuple(ramp_colour(i, count) for i in range(count))
    return tuple(CATEGORICAL[i % len(CATEGORICAL)] for i in range(count))


@dataclass(frozen=True)
class AnswerKeys:
    """Symbol keys aligned with the points (NOT_COLOURED, NO_ANSWER_KEY or ANSWER_KEY_BASE + class)."""

    keys: np.ndarray
    colours: tuple[RGB, ...]
    colouring: AnswerColouring

    def rgb(self, key: int) -> RGB | None:
        """The fill of a key; None for no answer (hollow)."""
        return None if key == NO_ANSWER_KEY else self.colours[key - ANSWER_KEY_BASE]


def answer_keys(colouring: AnswerColouring, point_fids: np.ndarray) -> AnswerKeys:
    classes = colouring.classes_of(point_fids)
    keys = np.where(classes == NO_ANSWER, NO_ANSWER_KEY, ANSWER_KEY_BASE + classes)
    keys = np.where(classes < NO_ANSWER, NOT_COLOURED, keys).astype(np.int64)
    return AnswerKeys(keys, class_colours(colouring), colouring)


def is_answer_key(key: int | None) -> bool:
    return key is not None and key >= NO_ANSWER_KEY


def _pen_and_brush(rgb: RGB | None, dpi: float) -> tuple[QPen, QBrush]:
    if rgb is None:
        pen = QPen(QColor(NO_ANSWER_COLOUR), outline_width_px(dpi) * HOLLOW_OUTLINE_FACTOR)
        return pen, QBrush(Qt.BrushStyle.NoBrush)
    return QPen(QColor(SCORED_OUTLINE), outline_width_px(dpi)), QBrush(QColor(*rgb))


@lru_cache(maxsize=512)
def answer_sprite(kind: str, rgb: RGB | None, size_px: float, dpi: float = SCREEN_DPI) -> Sprite:
    pen, brush = _pen_and_brush(rgb, dpi)
    return filled_sprite(kind, size_px, pen, brush)


def paint_answer_symbol(
    painter: QPainter, kind: str, rgb: RGB | None, size_px: float, x: float, y: float, dpi: float = SCREEN_DPI
) -> None:
    """One firm drawn with the painter (SVG and PDF, the legend); `rgb` None is "no answer"."""
    pen, brush = _pen_and_brush(rgb, dpi)
    painter.save()
    painter.translate(x, y)
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawPath(shape_path(stakeholder_style(kind).shape, size_px))
    painter.restore()


def answer_dot_colours(colours: np.ndarray, answers: AnswerKeys, index: np.ndarray) -> np.ndarray:
    """Dot colours (dense maps) with classified firms in their class's colour, grey without an answer."""
    keys = answers.keys[index]
    coloured = keys != NOT_COLOURED
    if not coloured.any():
        return colours
    colours = colours.copy()
    palette = {
        key: np.uint32(QColor(*(answers.rgb(key) or QColor(NO_ANSWER_COLOUR).getRgb()[:3])).rgba())
        for key in np.unique(keys[coloured]).tolist()
    }
    colours[coloured] = np.array([palette[key] for key in keys[coloured].tolist()], dtype=np.uint32)
    return colours
