"""Choropleth of a selection study: redraw of 2,000 areas on a 1366x768 map.

    python benchmarks/choropleth.py [--areas 2000] [--vertices 60] [--repeat 7]

A grid of irregular polygons (each `--vertices` points, like simplified districts) over Ecuador gets one
value per area. Printed, as the median of `--repeat` runs with the best:

- preparing the areas' outlines (once per project, and when the areas change);
- building the classes and the per-class paths (once per change of values or classing): fixed LQ
  classes, quantiles and natural breaks;
- a redraw at a new view (pan): the choropleth layer alone, its area names through the label placer, and
  the whole frame without basemap; target ≤ 100 ms for the choropleth layer and its names.

The whole-process figure runs this script's frame once in a fresh interpreter (imports and Qt start-up
included). Run on a quiet machine: figures taken while other programs compete for the processor can be
several times slower.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from shapely.geometry import MultiPolygon, Polygon  # noqa: E402

TARGET_MS = 100.0


def make_areas(count: int, vertices: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(count)))
    west, south, span = -81.0, -5.0, 6.0
    cell = span / side
    codes, names, shapes = [], [], []
    angles = np.linspace(0, 2 * np.pi, vertices, endpoint=False)
    for i in range(count):
        row, column = divmod(i, side)
        cx, cy = west + (column + 0.5) * cell, south + (row + 0.5) * cell
        radius = cell * 0.5 * (0.85 + 0.15 * rng.random(vertices))
        ring = np.column_stack([cx + radius * np.cos(angles), cy + radius * np.sin(angles)])
        codes.append(f"{i:05d}")
        names.append(f"Distrito {i}")
        shapes.append(MultiPolygon([Polygon(ring)]))
    values = dict(zip(codes, rng.lognormal(0.0, 0.8, count).tolist(), strict=True))
    return codes, names, shapes, values


def timed(function, repeat: int) -> tuple[float, float, object]:
    runs, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs), min(runs), result


def frame_once(count: int, vertices: int) -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    from clusterdesk.render.choropleth import Choropleth, ChoroplethAreas
    from clusterdesk.render.renderer import MapRenderer
    from clusterdesk.render.viewport import Viewport

    codes, names, shapes, values = make_areas(count, vertices)
    areas = ChoroplethAreas(codes, names, shapes)
    renderer = MapRenderer(None)
    renderer.choropleth = Choropleth.build(areas, values, "fixed_lq", "LQ")
    renderer.layer("basemap").visible = False
    renderer.render(Viewport.from_extent(-81, -5, -75, 1, 1366, 768))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--areas", type=int, default=2000)
    parser.add_argument("--vertices", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--frame-once", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.frame_once:
        frame_once(args.areas, args.vertices)
        return 0

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    from clusterdesk.render.choropleth import Choropleth, ChoroplethAreas
    from clusterdesk.render.labels import LabelPlacer
    from clusterdesk.render.renderer import MapRenderer
    from clusterdesk.render.viewport import Viewport

    codes, names, shapes, values = make_areas(args.areas, args.vertices)
    print(f"{args.areas} areas of {args.vertices} vertices, 1366x768; median (best) of {args.repeat} runs")
    median, best, areas = timed(lambda: ChoroplethAreas(codes, names, shapes), max(1, args.repeat // 2))
    print(f"  prepare the outlines (once)       {median:8.1f} ms ({best:.1f})")
    for method in ("fixed_lq", "quantiles", "jenks"):
        median, best, _ = timed(lambda m=method: Choropleth.build(areas, values, m, "LQ"), args.repeat)
        print(f"  classes and paths: {method:<14} {median:8.1f} ms ({best:.1f})")
    choropleth = Choropleth.build(areas, values, "fixed_lq", "LQ")
    base = Viewport.from_extent(-81, -5, -75, 1, 1366, 768)
    shift = iter(range(10_000))

    def view() -> Viewport:
        return base.panned(next(shift) * 3.0, 0.0)  # a new view each time: no cached layer

    def layer_alone():
        image = QImage(1366, 768, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        choropleth.draw(painter, view())
        painter.end()

    def names_alone():
        image = QImage(1366, 768, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        choropleth.draw_names(painter, view(), LabelPlacer(1366, 768))
        painter.end()

    layer_ms, layer_best, _ = timed(layer_alone, args.repeat)
    names_ms, names_best, _ = timed(names_alone, args.repeat)
    renderer = MapRenderer(None)
    renderer.layer("basemap").visible = False
    renderer.choropleth = choropleth
    frame_ms, frame_best, _ = timed(lambda: renderer.render(view()), args.repeat)
    verdict = "ok" if layer_ms + names_ms <= TARGET_MS else "MISSED"
    print(f"  redraw: choropleth layer          {layer_ms:8.1f} ms ({layer_best:.1f})")
    print(f"  redraw: area names (placer)       {names_ms:8.1f} ms ({names_best:.1f})")
    print(
        f"  layer + names                     {layer_ms + names_ms:8.1f} ms  target ≤ {TARGET_MS:.0f} ms: {verdict}"
    )
    print(f"  whole frame without basemap       {frame_ms:8.1f} ms ({frame_best:.1f})")
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--frame-once", "--areas", str(args.areas),
                        "--vertices", str(args.vertices)], check=True)  # fmt: skip
        runs.append(time.perf_counter() - start)
    print(
        f"  whole process, areas to one frame {statistics.median(runs) * 1000:8.0f} ms ({min(runs) * 1000:.0f})"
    )
    return 0 if verdict == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
