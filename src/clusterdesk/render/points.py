"""The stakeholder layer, its selection highlight and its labels.

Few points are painted with soft-edged sprites. Many points are stamped into the image buffer with numpy:
each symbol's opaque pixels are written for all points of a kind at once, after duplicates on the same
pixel are dropped, so the cost grows with what is visible rather than with the project size.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from clusterdesk.core.project import KIND_CODES
from clusterdesk.core.symbology import SELECTION_COLOUR, stakeholder_style
from clusterdesk.core.vocabulary import SUPPORT_INSTITUTION_KINDS
from clusterdesk.render.answer_symbols import (
    NOT_COLOURED,
    AnswerKeys,
    answer_dot_colours,
    answer_sprite,
    is_answer_key,
    paint_answer_symbol,
)
from clusterdesk.render.labels import HaloText, LabelPlacer, around_point, label_font, reserve_decorations
from clusterdesk.render.painting import painting
from clusterdesk.render.project_data import PointData, ProjectData, ScoreData
from clusterdesk.render.score_colours import INCOMPLETE_COLOUR, score_colour
from clusterdesk.render.score_symbols import (
    SCORED_SIZE_FACTOR,
    draw_score_tags,
    paint_score_symbol,
    score_sprite,
    score_tenths,
)
from clusterdesk.render.symbols import Sprite, outline_width_px, paint_symbol, sprite, symbol_size_px
from clusterdesk.render.viewport import Viewport

PAINTER_LIMIT = 4000  # above this many visible symbols, stamp with numpy instead of painting each one
LABEL_LIMIT = 500  # every stakeholder in view is a label candidate when this few are in view
LABEL_MIN_ZOOM = 11.0  # ... and the map is zoomed in this far; else only the most important ones are
OVERVIEW_MIN_ZOOM = 6.0  # no stakeholder names on a map of continents
OVERVIEW_PIXELS_PER_LABEL = 50_000  # an overview of 1366x768 pixels names up to 20 stakeholders
# Half the box around a symbol's shape, per unit of its size (symbols.shape_path; stars reach farther).
SHAPE_EXTENT = {"circle": 0.5, "hexagon": 0.5, "cross": 0.5, "square": 0.43, "pentagon": 0.53,
                "diamond": 0.58, "triangle": 0.6, "star": 0.63}  # fmt: skip


def symbol_half_size(kind: str, size_px: float, dpi: float) -> float:
    """Half the width of the box a symbol of `size_px` covers, outline included."""
    return size_px * SHAPE_EXTENT.get(stakeholder_style(kind).shape, 0.63) + outline_width_px(dpi) / 2


SIZE_STEP = 0.25
DENSE_COUNT = 20000  # with this many in view, symbols become dots coloured by kind (a dot-density map)
DENSE_DOT_MM = 1.3
KIND_SYMBOL = -2  # symbol key of a stakeholder drawn in its kind's colours (not coloured by a score)
# Firms first and institutions over them; "other" before the institutions it would otherwise hide.
DRAW_ORDER = (
    "enterprise", "supplier", "buyer", "ngo_other", "business_association", "bds_provider",
    "financial_institution", "training_institution", "international_organisation", "public_authority",
)  # fmt: skip


def size_factors(employees: np.ndarray) -> np.ndarray:
    """Symbol scale by the square root of employees (area proportional), in steps so sprites can be shared.
    Mirrors core.symbology.size_for_employees."""
    with np.errstate(invalid="ignore", divide="ignore"):
        factor = np.sqrt(employees / 10.0)
    factor = np.where(np.isnan(employees) | (employees <= 0), 1.0, np.clip(factor, 0.8, 3.0))
    return np.round(factor / SIZE_STEP) * SIZE_STEP


def visible_pixels(
    data: PointData, viewport: Viewport, margin: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Indices of points within the image (plus a margin) and their pixel positions.

    The last answer is kept on the data: one render asks several times for the same view."""
    key = (viewport.cache_key(), margin)
    if data.last_pixels is not None and data.last_pixels[0] == key:
        return data.last_pixels[1]
    found = _visible_pixels(data, viewport, margin)
    data.last_pixels = (key, found)
    return found


def _visible_pixels(data: PointData, viewport: Viewport, margin: float):
    px, py = viewport.mercator_to_pixel(data.x, data.y)
    with np.errstate(invalid="ignore"):
        inside = (
            (px > -margin) & (px < viewport.width + margin) & (py > -margin) & (py < viewport.height + margin)
        )
    index = np.flatnonzero(inside)
    return index, px[index], py[index]


def _buffer(image: QImage) -> np.ndarray:
    stride = image.bytesPerLine() // 4
    return np.frombuffer(image.bits(), dtype=np.uint32).reshape(image.height(), stride)


class PointStamper:
    """Writes hard-edged sprites for many points into a padded copy of an image buffer."""

    def __init__(self, width: int, height: int, pad: int) -> None:
        self.width, self.height, self.pad = width, height, pad
        self.stride = width + 2 * pad
        self.buffer = np.zeros((height + 2 * pad) * self.stride, dtype=np.uint32)

    def stamp(self, px: np.ndarray, py: np.ndarray, symbol: Sprite) -> None:
        if len(px) == 0:
            return
        pad = self.pad
        ix = np.clip(np.rint(px).astype(np.int64), -pad + symbol.radius, self.width + pad - symbol.radius - 1)
        iy = np.clip(
            np.rint(py).astype(np.int64), -pad + symbol.radius, self.height + pad - symbol.radius - 1
        )
        keys = (iy + pad) * self.stride + (ix + pad)
        if len(keys) > 2000:
            # Identical symbols on the same pixel look the same as one.
            seen = np.zeros(len(self.buffer), dtype=bool)
            seen[keys] = True
            keys = np.flatnonzero(seen)
        offsets = symbol.dy * self.stride + symbol.dx
        for offset, value in zip(offsets.tolist(), symbol.values.tolist(), strict=False):
            self.buffer[keys + offset] = value

    def write_to(self, image: QImage) -> None:
        """Copy the visible part over the image (the image is expected to be transparent)."""
        view = self.buffer.reshape(-1, self.stride)[
            self.pad : self.pad + self.height, self.pad : self.pad + self.width
        ]
        target = _buffer(image)[:, : self.width]
        covered = view != 0
        target[covered] = view[covered]


def _symbol_groups(
    viewport: Viewport,
    data: ProjectData,
    hidden_kinds: Collection[str],
    size_by_employees: bool,
    scores: ScoreData | None = None,
    answers: AnswerKeys | None = None,
):
    """Visible points as (kind, size in px, px, py, score key) groups in drawing order, plus the largest
    size. The score key is None for the kind's own symbol, else the tenths of a capacity score (or
    INCOMPLETE) of an assessed institution, when `scores` are given, or the answer key of a firm coloured
    by a survey answer (`answers`, render.answer_symbols)."""
    points = data.points
    if len(points.points) == 0:
        return [], 0.0
    max_size = max(symbol_size_px(k, viewport.dpi) for k in KIND_CODES) * (3.0 if size_by_employees else 1.0)
    if scores is not None or answers is not None:
        max_size *= SCORED_SIZE_FACTOR
    index, px, py = visible_pixels(points, viewport, max_size)
    kinds = points.points.kind[index]
    hidden = [KIND_CODES.index(k) for k in hidden_kinds if k in KIND_CODES]
    if hidden:
        keep = ~np.isin(kinds, hidden)
        index, px, py, kinds = index[keep], px[keep], py[keep], kinds[keep]
    factors = size_factors(points.points.employees[index]) if size_by_employees else np.ones(len(index))
    keys = None
    if scores is not None and scores.assessed.any():
        keys = np.where(scores.assessed[index], score_tenths(scores.score[index]), KIND_SYMBOL)
    if answers is not None:
        answer = answers.keys[index]
        base = keys if keys is not None else np.full(len(index), KIND_SYMBOL, dtype=np.int64)
        keys = np.where((base == KIND_SYMBOL) & (answer != NOT_COLOURED), answer, base)
    groups = []
    # Within a kind, big symbols under small ones.
    for kind in DRAW_ORDER:
        of_kind = kinds == KIND_CODES.index(kind)
        if not of_kind.any():
            continue
        for factor in sorted(np.unique(factors[of_kind]), reverse=True):
            group = of_kind & (factors == factor)
            size = round(symbol_size_px(kind, viewport.dpi, float(factor)), 1)
            if keys is None:
                groups.append((kind, size, px[group], py[group], None))
                continue
            # Scored symbols over plain ones, the best scores on top.
            scored_size = round(size * SCORED_SIZE_FACTOR, 1)
            for key in np.unique(keys[group]).tolist():
                part = group & (keys == key)
                if key == KIND_SYMBOL:
                    groups.append((kind, size, px[part], py[part], None))
                else:
                    groups.append((kind, scored_size, px[part], py[part], key))
    return groups, max_size


def _sprite_for(
    kind: str, size: float, dpi: float, key: int | None, answers: AnswerKeys | None = None
) -> Sprite:
    if key is None:
        return sprite(kind, size, dpi)
    if is_answer_key(key) and answers is not None:
        return answer_sprite(kind, answers.rgb(key), size, dpi)
    return score_sprite(kind, key, size, dpi)


def _dot_offsets(diameter_px: float) -> np.ndarray:
    radius = diameter_px / 2
    span = int(np.ceil(radius))
    dy, dx = np.mgrid[-span : span + 1, -span : span + 1]
    inside = dx**2 + dy**2 <= radius**2 + 0.25
    return np.column_stack([dy[inside], dx[inside]])


def draw_dot_density(
    image: QImage,
    viewport: Viewport,
    data: ProjectData,
    hidden_kinds: Collection[str],
    scores: ScoreData | None = None,
    answers: AnswerKeys | None = None,
) -> int:
    """Every stakeholder as a small dot in its kind's colour, all kinds in one pass.

    With tens of thousands of symbols in view, shapes cannot be told apart and drawing kind after kind
    would let whichever kind comes last paint over the dense centres; one pass keeps the mix of colours
    true to the mix of kinds.
    """
    points = data.points
    index, px, py = visible_pixels(points, viewport, 0)
    kinds = points.points.kind[index]
    hidden = [KIND_CODES.index(k) for k in hidden_kinds if k in KIND_CODES]
    if hidden:
        keep = ~np.isin(kinds, hidden)
        index, px, py, kinds = index[keep], px[keep], py[keep], kinds[keep]
    if len(px) == 0:
        return 0
    offsets = _dot_offsets(DENSE_DOT_MM * viewport.pixels_per_mm())
    pad = int(np.abs(offsets).max()) + 1
    stamper = PointStamper(viewport.width, viewport.height, pad)
    ix = np.clip(np.rint(px).astype(np.int64), 0, viewport.width - 1)
    iy = np.clip(np.rint(py).astype(np.int64), 0, viewport.height - 1)
    keys = (iy + pad) * stamper.stride + (ix + pad)
    # One colour per pixel (the last point written there wins; the same on every render).
    colours = np.array([QColor(stakeholder_style(k).colour).rgba() for k in KIND_CODES], dtype=np.uint32)
    point_colours = colours[kinds]
    if scores is not None and scores.assessed.any():
        point_colours = _score_dot_colours(point_colours, scores, index)
    if answers is not None:
        point_colours = answer_dot_colours(point_colours, answers, index)
    centres = np.zeros(len(stamper.buffer), dtype=np.uint32)
    centres[keys] = point_colours
    unique_keys = np.flatnonzero(centres)
    values = centres[unique_keys]
    for dy, dx in offsets.tolist():
        stamper.buffer[unique_keys + (dy * stamper.stride + dx)] = values
    stamper.write_to(image)
    return len(px)


def _score_dot_colours(colours: np.ndarray, scores: ScoreData, index: np.ndarray) -> np.ndarray:
    """Dot colours with assessed institutions in their score's colour (grey while incomplete)."""
    assessed = scores.assessed[index]
    if not assessed.any():
        return colours
    colours = colours.copy()
    tenths = score_tenths(scores.score[index[assessed]])
    palette = {
        key: np.uint32(QColor(INCOMPLETE_COLOUR).rgba() if key < 0 else score_colour(key / 10).rgba())
        for key in np.unique(tenths).tolist()
    }
    colours[assessed] = np.array([palette[key] for key in tenths.tolist()], dtype=np.uint32)
    return colours


def draw_stakeholders(
    image: QImage,
    viewport: Viewport,
    data: ProjectData,
    *,
    hidden_kinds: Collection[str] = (),
    size_by_employees: bool = False,
    scores: ScoreData | None = None,
    answers: AnswerKeys | None = None,
) -> int:
    """Draw stakeholder symbols into a transparent image; returns how many are in view.

    With `scores`, assessed institutions are filled with the colour of their capacity score."""
    if len(data.points.points) > DENSE_COUNT:
        index, _px, _py = visible_pixels(data.points, viewport, 0)
        if len(index) > DENSE_COUNT:
            return draw_dot_density(image, viewport, data, hidden_kinds, scores, answers)
    groups, max_size = _symbol_groups(viewport, data, hidden_kinds, size_by_employees, scores, answers)
    count = sum(len(g[2]) for g in groups)
    if count == 0:
        return 0
    if count <= PAINTER_LIMIT:
        with painting(image) as painter:
            for kind, size, px, py, key in groups:
                symbol = _sprite_for(kind, size, viewport.dpi, key, answers)
                for x, y in zip(px.tolist(), py.tolist(), strict=False):
                    painter.drawImage(QPointF(x - symbol.radius - 0.5, y - symbol.radius - 0.5), symbol.image)
        return count
    stamper = PointStamper(viewport.width, viewport.height, int(max_size) + 4)
    for kind, size, px, py, key in groups:
        stamper.stamp(px, py, _sprite_for(kind, size, viewport.dpi, key, answers))
    stamper.write_to(image)
    return count


def draw_stakeholders_vector(
    painter: QPainter,
    viewport: Viewport,
    data: ProjectData,
    *,
    hidden_kinds: Collection[str] = (),
    size_by_employees: bool = False,
    scores: ScoreData | None = None,
    answers: AnswerKeys | None = None,
) -> int:
    """Symbols as vector shapes (SVG and PDF export)."""
    groups, _max_size = _symbol_groups(viewport, data, hidden_kinds, size_by_employees, scores, answers)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for kind, size, px, py, key in groups:
        style = stakeholder_style(kind)
        for x, y in zip(px.tolist(), py.tolist(), strict=False):
            if key is None:
                paint_symbol(painter, style, size, x, y, viewport.dpi)
            elif is_answer_key(key) and answers is not None:
                paint_answer_symbol(painter, kind, answers.rgb(key), size, x, y, viewport.dpi)
            else:
                paint_score_symbol(painter, kind, key, size, x, y, viewport.dpi)
    painter.restore()
    return sum(len(g[2]) for g in groups)


def draw_selection(painter: QPainter, viewport: Viewport, data: ProjectData, fids: Collection[int]) -> None:
    """A ring in the selection colour around each selected stakeholder in view."""
    if not fids:
        return
    points = data.points
    index = points.index_of(sorted(fids))
    index = index[index >= 0]
    px, py = viewport.mercator_to_pixel(points.x[index], points.y[index])
    with np.errstate(invalid="ignore"):
        inside = (px > -20) & (px < viewport.width + 20) & (py > -20) & (py < viewport.height + 20)
    px, py = px[inside], py[inside]
    radius = 2.6 * viewport.pixels_per_mm()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    px_per_pt = viewport.pixels_per_point()
    halo = QPen(QColor("#ffffff"), 3.4 * px_per_pt)  # 4.5 and 2.5 px on a 96 dpi screen
    ring = QPen(QColor(SELECTION_COLOUR), 1.9 * px_per_pt)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for pen in (halo, ring):
        painter.setPen(pen)
        for x, y in zip(px.tolist()[:20000], py.tolist()[:20000], strict=False):
            painter.drawEllipse(QPointF(x, y), radius, radius)
    painter.restore()


def _shown_points(viewport: Viewport, data: ProjectData, hidden_kinds: Collection[str]):
    """Indices and pixels of the stakeholders in view whose kind is shown."""
    points = data.points
    index, px, py = visible_pixels(points, viewport, 0)
    hidden = [KIND_CODES.index(k) for k in hidden_kinds if k in KIND_CODES]
    if hidden:
        keep = ~np.isin(points.points.kind[index], hidden)
        index, px, py = index[keep], px[keep], py[keep]
    return index, px, py


def occupy_symbols(
    placer: LabelPlacer,
    viewport: Viewport,
    data: ProjectData,
    hidden_kinds: Collection[str] = (),
    *,
    size_by_employees: bool = False,
    scores: ScoreData | None = None,
    answers: AnswerKeys | None = None,
) -> None:
    """Register every symbol in view with the space it takes (its kind's size, scaled by employees or a
    score as drawn), so no label covers one; a dot-density map registers its dots."""
    points = data.points
    if len(points.points) == 0:
        return
    index, px, py = visible_pixels(points, viewport, 0)
    if len(index) > DENSE_COUNT:
        index, px, py = _shown_points(viewport, data, hidden_kinds)
        placer.add_symbols(*_distinct_dot_boxes(px, py, DENSE_DOT_MM * viewport.pixels_per_mm() / 2 + 0.5))
        return
    groups, _max_size = _symbol_groups(viewport, data, hidden_kinds, size_by_employees, scores, answers)
    if not groups:
        return
    halves = np.concatenate([np.full(len(g[2]), symbol_half_size(g[0], g[1], viewport.dpi)) for g in groups])
    xs = np.concatenate([g[2] for g in groups])
    ys = np.concatenate([g[3] for g in groups])
    placer.add_symbols(xs - halves, ys - halves, xs + halves, ys + halves)


def _distinct_dot_boxes(px: np.ndarray, py: np.ndarray, half: float) -> tuple[np.ndarray, ...]:
    """The boxes of same-sized dots, widened to whole pixels (the pixels a box touches are what it
    covers), each distinct box once: a million stakeholders in view cover far fewer boxes than that.

    A box is its top left pixel and its width and height, which differ by at most a pixel or two among
    dots of one size; each distinct box is found by marking it in a boolean raster of those four
    numbers, which costs far less than sorting the boxes."""
    x0, y0 = np.floor(px - half), np.floor(py - half)
    x1, y1 = np.ceil(px + half), np.ceil(py + half)
    if len(px) == 0:
        return x0, y0, x1, y1
    left, top = x0.astype(np.int64), y0.astype(np.int64)
    wide, high = x1.astype(np.int64) - left, y1.astype(np.int64) - top
    low_x, low_y, low_w, low_h = left.min(), top.min(), wide.min(), high.min()
    columns, rows = int(left.max() - low_x) + 1, int(top.max() - low_y) + 1
    widths, heights = int(wide.max() - low_w) + 1, int(high.max() - low_h) + 1
    key = (((top - low_y) * columns + (left - low_x)) * widths + (wide - low_w)) * heights + (high - low_h)
    seen = np.zeros(rows * columns * widths * heights, dtype=bool)
    seen[key] = True
    key = np.flatnonzero(seen)
    key, high = np.divmod(key, heights)
    key, wide = np.divmod(key, widths)
    top, left = np.divmod(key, columns)
    x0, y0 = (left + low_x).astype(float), (top + low_y).astype(float)
    return x0, y0, x0 + wide + low_w, y0 + high + low_h


def connection_counts(data: ProjectData) -> np.ndarray:
    """How many relations each stakeholder takes part in, aligned with the point arrays."""
    relations = data.relations
    count = len(data.points.points)
    ends = np.concatenate([relations.source, relations.target])
    ends = ends[ends >= 0]
    return np.bincount(ends, minlength=count)[:count] if count else np.zeros(0, dtype=np.int64)


def label_priority(data: ProjectData, index: np.ndarray, first: int | None = None) -> np.ndarray:
    """Positions into `index`, most important stakeholder first: the most connected, then the largest
    (employees), institutions before firms on a tie. With `first`, only that many of the most important
    (the same as the head of the whole order), found without sorting all of them."""
    points = data.points.points
    support = np.isin(points.kind[index], [KIND_CODES.index(k) for k in SUPPORT_INSTITUTION_KINDS])
    employees = np.nan_to_num(points.employees[index], nan=0.0)
    degree = connection_counts(data)[index]
    keys = (~support, -employees, -degree)
    if first is None or first >= len(index):
        return np.lexsort(keys)
    return lexsort_head(keys, first)


def lexsort_head(keys: tuple[np.ndarray, ...], count: int) -> np.ndarray:
    """`np.lexsort(keys)[:count]` (the last key is the primary one), sorting only the candidates that can
    be among the first `count`: those strictly ahead on a key, and those tied with the count-th one."""
    ahead = np.zeros(0, dtype=np.int64)  # surely among the first, whatever the later keys say
    tied = np.arange(len(keys[0]))
    for key in reversed(keys):
        needed = count - len(ahead)
        if needed <= 0 or len(tied) <= needed:
            break
        values = key[tied]
        bound = np.partition(values, needed - 1)[needed - 1]
        ahead = np.concatenate([ahead, tied[values < bound]])
        tied = tied[values == bound]
    candidates = np.sort(np.concatenate([ahead, tied]))  # in their first order: lexsort is stable
    return candidates[np.lexsort(tuple(key[candidates] for key in keys))][:count]


def overview_budget(viewport: Viewport) -> int:
    """How many of the most important stakeholders may be named on an overview map of this size."""
    return max(6, int(viewport.width * viewport.height / OVERVIEW_PIXELS_PER_LABEL))


def draw_labels(
    painter: QPainter,
    viewport: Viewport,
    data: ProjectData,
    *,
    hidden_kinds: Collection[str] = (),
    placer: LabelPlacer | None = None,
    scores: dict[int, float | None] | None = None,
    size_by_employees: bool = False,
) -> int:
    """Names beside stakeholders, most important first, where they fit; returns the number drawn.

    Zoomed in with few in view, every stakeholder is a candidate; on an overview (or with many in view)
    only the most connected and largest ones are. A `placer` shared with other labels must already hold
    the symbols (see occupy_symbols). With `scores` (institution fid -> overall capacity score), scored
    institutions get a tag with the score."""
    if viewport.zoom() < OVERVIEW_MIN_ZOOM or len(data.points.points) == 0:
        return 0
    index, px, py = _shown_points(viewport, data, hidden_kinds)
    if len(index) == 0:
        return 0
    if placer is None:
        placer = LabelPlacer(viewport.width, viewport.height)
        reserve_decorations(placer, viewport.pixels_per_mm())
        occupy_symbols(placer, viewport, data, hidden_kinds, size_by_employees=size_by_employees)
    points = data.points
    detailed = viewport.zoom() >= LABEL_MIN_ZOOM and len(index) <= LABEL_LIMIT
    order = label_priority(data, index, None if detailed else overview_budget(viewport))
    kinds = points.points.kind[index]
    support = np.isin(kinds, [KIND_CODES.index(k) for k in SUPPORT_INSTITUTION_KINDS])
    factors = size_factors(points.points.employees[index]) if size_by_employees else np.ones(len(index))
    fids = points.points.fid[index]
    names = data.names(fids[order].tolist())
    institution_text = HaloText(label_font(8.0, viewport.dpi, bold=True), "#1f2d3d", dpi=viewport.dpi)
    firm_text = HaloText(label_font(7.5, viewport.dpi), "#3a3a3a", dpi=viewport.dpi)
    drawn = 0
    if scores and detailed:  # an overview names institutions without their score tags
        scored = [
            (float(px[p]), float(py[p]), scores[int(fids[p])])
            for p in order.tolist()
            if support[p] and scores.get(int(fids[p])) is not None
        ]
        drawn += draw_score_tags(painter, viewport, placer, scored)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for position in order.tolist():
        name = names.get(int(fids[position]), "")
        if not name:
            continue
        style = institution_text if support[position] else firm_text
        width, height = style.size(name)
        kind = KIND_CODES[int(kinds[position])]
        size = symbol_size_px(kind, viewport.dpi, float(factors[position]))
        gap = symbol_half_size(kind, size, viewport.dpi) + 1.5
        rect = placer.first_free(around_point(float(px[position]), float(py[position]), width, height, gap))
        if rect is not None:
            placer.place(rect, name, "stakeholder")
            style.draw(painter, rect, name)
            drawn += 1
    painter.restore()
    return drawn
