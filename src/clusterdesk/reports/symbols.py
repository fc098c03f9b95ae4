"""Outlines of the stakeholder symbol shapes named in `core.symbology`, as polygons around the origin.

The web map legend (SVG) and the web map markers (canvas) draw the same outlines, so a kind looks alike
in both.
"""

from __future__ import annotations

import math

# Relative sizes chosen so that shapes of the same nominal size look equally heavy.
_STAR_INNER = 0.45
_CROSS_ARM = 0.34


def _regular(corners: int, radius: float, rotation_deg: float) -> list[tuple[float, float]]:
    start = math.radians(rotation_deg)
    return [
        (
            radius * math.cos(start + 2 * math.pi * i / corners),
            radius * math.sin(start + 2 * math.pi * i / corners),
        )
        for i in range(corners)
    ]


def shape_outline(shape: str, radius: float) -> list[tuple[float, float]] | None:
    """Vertices (x right, y up) of `shape` scaled to `radius`; None means a circle."""
    if shape == "circle":
        return None
    if shape == "square":
        return _regular(4, radius * 1.2, 45)
    if shape == "diamond":
        return _regular(4, radius * 1.25, 90)
    if shape == "triangle":
        return _regular(3, radius * 1.3, 90)
    if shape == "pentagon":
        return _regular(5, radius * 1.15, 90)
    if shape == "hexagon":
        return _regular(6, radius * 1.12, 90)
    if shape == "star":
        outer = _regular(5, radius * 1.35, 90)
        inner = _regular(5, radius * 1.35 * _STAR_INNER, 90 + 36)
        return [vertex for pair in zip(outer, inner, strict=True) for vertex in pair]
    if shape == "cross":
        a, r = radius * _CROSS_ARM, radius * 1.2
        return [
            (-a, r),
            (a, r),
            (a, a),
            (r, a),
            (r, -a),
            (a, -a),
            (a, -r),
            (-a, -r),
            (-a, -a),
            (-r, -a),
            (-r, a),
            (-a, a),
        ]
    return None


def svg_symbol(shape: str, fill: str, outline: str, size_px: int = 16) -> str:
    """A small inline SVG of the symbol, for HTML legends."""
    half = size_px / 2
    radius = size_px * 0.32
    vertices = shape_outline(shape, radius)
    if vertices is None:
        body = f'<circle cx="{half}" cy="{half}" r="{radius:.2f}"'
    else:
        # SVG's y axis points down, so flip the outline
        points = " ".join(f"{half + x:.2f},{half - y:.2f}" for x, y in vertices)
        body = f'<polygon points="{points}"'
    return (
        f'<svg width="{size_px}" height="{size_px}" viewBox="0 0 {size_px} {size_px}" aria-hidden="true">'
        f'{body} fill="{fill}" stroke="{outline}" stroke-width="1.2"/></svg>'
    )


def svg_line(colour: str, width_px: float, dash: str, length_px: int = 26) -> str:
    """A short SVG line sample for relation legends."""
    pattern = {"dash": ' stroke-dasharray="6 3"', "dot": ' stroke-dasharray="1.5 3"'}.get(dash, "")
    return (
        f'<svg width="{length_px}" height="12" viewBox="0 0 {length_px} 12" aria-hidden="true">'
        f'<line x1="1" y1="6" x2="{length_px - 1}" y2="6" stroke="{colour}" stroke-width="{width_px:.1f}"'
        f' stroke-linecap="round"{pattern}/></svg>'
    )
