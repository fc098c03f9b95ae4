"""Map rendering speed on large synthetic projects.

    python benchmarks/render.py [--sizes 100000 1000000] [--repeat 7] [--width 1600 --height 1000]

For each size it prints the median time of:
- stakeholders layer: the categorized point layer alone, drawn from the cached coordinates;
- point map, cold: Natural Earth basemap and stakeholders with scale bar and attribution, every layer
  rendered from scratch (the comparison with a categorized point map in QGIS);
- full map, cold: every layer (Natural Earth basemap, boundaries, relations, stakeholders, labels,
  scale bar and attribution) rendered from scratch, as after a zoom;
- full map, cached layers: the composition the canvas repeats while nothing changed (e.g. after a pan is
  undone or the window is exposed);
- render_map(): the public one-call API on an open project (a fresh renderer each call).
Projects are written once to a temporary folder by tools/synthetic.py and reused by later runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

from synthetic import make_synthetic_project  # noqa: E402

from clusterdesk.core.project import Project  # noqa: E402
from clusterdesk.render.export import ensure_gui_application, render_map, viewport_for  # noqa: E402
from clusterdesk.render.points import draw_stakeholders  # noqa: E402
from clusterdesk.render.renderer import MapRenderer  # noqa: E402


def median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def bench(size: int, width: int, height: int, repeat: int, folder: Path) -> None:
    from PySide6.QtGui import QImage

    path = folder / f"synthetic_{size}.gpkg"
    if not path.exists():
        start = time.perf_counter()
        make_synthetic_project(path, size)
        print(f"  (wrote {path.name} in {time.perf_counter() - start:.1f} s)")
    project = Project.open(path)
    try:
        renderer = MapRenderer(project)
        start = time.perf_counter()
        viewport = viewport_for(renderer, width, height)
        renderer.render(viewport)
        first = time.perf_counter() - start
        in_view = len(renderer.data.points.points)

        def stakeholders_only():
            renderer.data.points.last_pixels = None  # transform the coordinates every time
            image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(0)
            draw_stakeholders(image, viewport, renderer.data)

        def full_cold():
            renderer._cache.clear()
            renderer.data.points.last_pixels = None
            renderer.render(viewport)

        point_map = MapRenderer(project, layers=["basemap", "stakeholders"])
        point_map.render(viewport)

        def point_map_cold():
            point_map._cache.clear()
            point_map.data.points.last_pixels = None
            point_map.render(viewport)

        results = {
            "stakeholders layer": median_ms(stakeholders_only, repeat),
            "point map (basemap + stakeholders), cold": median_ms(point_map_cold, repeat),
            "full map, cold": median_ms(full_cold, repeat),
            "full map, cached layers": median_ms(lambda: renderer.render(viewport), repeat),
            "render_map()": median_ms(lambda: render_map(project, width, height), repeat),
        }
        print(
            f"{size:>9,} stakeholders ({in_view:,} in view) at {width}x{height}, "
            f"1:{viewport.scale_denominator():,.0f}"
        )
        print(f"  first render incl. reading the project: {first * 1000:8.1f} ms")
        for name, value in results.items():
            print(f"  {name:<40} {value:8.1f} ms (median of {repeat})")
        renderer.close()
    finally:
        project.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Median map render times on synthetic projects.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "clusterdesk-benchmarks")
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    ensure_gui_application()
    for size in args.sizes:
        bench(size, args.width, args.height, args.repeat, args.folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
