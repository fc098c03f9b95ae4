"""The pack's before/after figure of the network: two small graph drawings side by side, drawn with
ReportLab graphics from one seeded layout (analysis.network_layout), so a stakeholder stands in the same
place in both. Nodes are coloured by kind as on the map (core.symbology); the after drawing highlights
the ties that are new since the before round, the before drawing dashes the ties that ended."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from clusterdesk.analysis.network_layout import force_layout
from clusterdesk.core.symbology import SELECTION_COLOUR, stakeholder_style
from clusterdesk.reports.pack_charts import fit_text
from clusterdesk.reports.pack_style import FONT, FONT_BOLD, INK, MUTED, RULE

LAYOUT_SEED = 7  # the same project always gives the same picture
KEPT_COLOUR = colors.HexColor("#8d99a6")
NEW_COLOUR = colors.HexColor(SELECTION_COLOUR)
ENDED_COLOUR = colors.HexColor("#5f6b77")
_TITLE_HEIGHT = 16
_LEGEND_ROW = 12


@dataclass(frozen=True)
class RoundPicture:
    """One round's network to draw: its title and its ties as pairs of stakeholder ids."""

    title: str
    ties: frozenset[tuple[int, int]]


def pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def positions(ids: Sequence[int], ties: set[tuple[int, int]]) -> dict[int, tuple[float, float]]:
    """A seeded force-directed layout of every stakeholder, from the ties of both rounds."""
    return force_layout(sorted(ids), sorted(ties), seed=LAYOUT_SEED).as_dict()


def before_after(
    kinds: Mapping[int, str],
    before: RoundPicture,
    after: RoundPicture,
    width: float,
    legend: Sequence[tuple[str, str]],
    tie_labels: tuple[str, str, str],
) -> Drawing:
    """Two drawings side by side; `legend` holds (kind label, colour) of the kinds drawn and `tie_labels`
    the legend's words for a kept, a new and an ended tie."""
    gap = 12
    panel = (width - gap) / 2
    side = panel  # square panels
    legend_rows = _legend_rows(legend, tie_labels, width)
    height = _TITLE_HEIGHT + side + 8 + len(legend_rows) * _LEGEND_ROW
    drawing = Drawing(width, height)
    place = positions(list(kinds), set(before.ties) | set(after.ties))
    bottom = len(legend_rows) * _LEGEND_ROW + 8
    for index, (picture, other) in enumerate(((before, after), (after, before))):
        left = index * (panel + gap)
        drawing.add(Rect(left, bottom, panel, side, fillColor=None, strokeColor=RULE, strokeWidth=0.5))
        title = fit_text(picture.title, FONT_BOLD, 9, panel)
        drawing.add(String(left + panel / 2, bottom + side + 5, title, fontName=FONT_BOLD, fontSize=9,
                           fillColor=INK, textAnchor="middle"))  # fmt: skip
        frame = _Frame(place, left + 6, bottom + 6, panel - 12, side - 12)
        _draw_ties(drawing, frame, picture, other, is_after=index == 1)
        _draw_nodes(drawing, frame, kinds)
    _draw_legend(drawing, legend_rows, 0, bottom - 8)
    return drawing


class _Frame:
    """Layout units to points inside one panel, the same scale for x and y."""

    def __init__(self, place: Mapping[int, tuple[float, float]], x: float, y: float, w: float, h: float):
        xs = [p[0] for p in place.values()] or [0.0]
        ys = [p[1] for p in place.values()] or [0.0]
        self.place = place
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
        self.scale = min(w, h) / span
        self.x0 = x + (w - (max(xs) - min(xs)) * self.scale) / 2 - min(xs) * self.scale
        self.y0 = y + (h - (max(ys) - min(ys)) * self.scale) / 2 - min(ys) * self.scale

    def __call__(self, node: int) -> tuple[float, float]:
        px, py = self.place[node]
        return self.x0 + px * self.scale, self.y0 + py * self.scale


def _draw_ties(drawing: Drawing, frame: _Frame, picture: RoundPicture, other: RoundPicture, is_after: bool):
    kept = [t for t in picture.ties if t in other.ties]
    changed = [t for t in picture.ties if t not in other.ties]  # new in the after, ended in the before
    for a, b in sorted(kept):
        drawing.add(Line(*frame(a), *frame(b), strokeColor=KEPT_COLOUR, strokeWidth=0.35))
    for a, b in sorted(changed):  # drawn last, on top
        line = Line(*frame(a), *frame(b))
        if is_after:
            line.strokeColor, line.strokeWidth = NEW_COLOUR, 0.55
        else:
            line.strokeColor, line.strokeWidth, line.strokeDashArray = ENDED_COLOUR, 0.6, [2, 1.5]
        drawing.add(line)


def _draw_nodes(drawing: Drawing, frame: _Frame, kinds: Mapping[int, str]) -> None:
    radius = 2.2 if len(kinds) < 150 else 1.6
    for node in sorted(kinds):
        x, y = frame(node)
        colour = colors.HexColor(stakeholder_style(kinds[node]).colour)
        drawing.add(Circle(x, y, radius, fillColor=colour, strokeColor=colors.white, strokeWidth=0.25))


def _legend_rows(
    legend: Sequence[tuple[str, str]], tie_labels: tuple[str, str, str], width: float
) -> list[list[tuple[str, object, str]]]:
    """Legend entries (label, colour, mark: node, kept, new, ended) wrapped into rows of `width`."""
    entries = [(label, colors.HexColor(colour), "node") for label, colour in legend]
    entries += [
        (tie_labels[0], KEPT_COLOUR, "kept"),
        (tie_labels[1], NEW_COLOUR, "new"),
        (tie_labels[2], ENDED_COLOUR, "ended"),
    ]
    rows: list[list[tuple[str, object, str]]] = [[]]
    used = 0.0
    for label, colour, mark in entries:
        label = fit_text(label, FONT, 7.5, width - 30)
        needed = 18 + stringWidth(label, FONT, 7.5) + 10
        if rows[-1] and used + needed > width:
            rows.append([])
            used = 0.0
        rows[-1].append((label, colour, mark))
        used += needed
    return rows


def _draw_legend(drawing: Drawing, rows, left: float, top: float) -> None:
    for number, row in enumerate(rows):
        y = top - (number + 1) * _LEGEND_ROW + 3
        x = left
        for label, colour, mark in row:
            if mark == "node":
                drawing.add(Circle(x + 6, y + 2.5, 2.6, fillColor=colour, strokeColor=None))
            else:
                line = Line(x, y + 2.5, x + 13, y + 2.5, strokeColor=colour, strokeWidth=0.35)
                if mark == "new":
                    line.strokeWidth = 1.2
                elif mark == "ended":
                    line.strokeWidth, line.strokeDashArray = 0.9, [2, 1.5]
                else:
                    line.strokeWidth = 0.9
                drawing.add(line)
            drawing.add(String(x + 17, y, label, fontName=FONT, fontSize=7.5, fillColor=MUTED))
            x += 18 + stringWidth(label, FONT, 7.5) + 10
