"""Offline street basemap speed: converting a synthetic 50,000-way OpenStreetMap extract and drawing frames.

    QT_QPA_PLATFORM=offscreen python benchmarks/osm_basemap.py [--ways 50000] [--repeat 5]

Prints the median of:
- conversion: `convert_extract` of the .osm.pbf (GDAL's OSM driver through pyogrio) into the cache, in
  process, and `clusterdesk render-map --osm-extract` as a whole process with no cache yet (conversion,
  start-up and one 1600x1000 map);
- loading the cache into memory (a project opened with its extract);
- frames at 1:7,500 and 1:100,000 on a 1366x768 image: the street layer alone and the whole map without a
  project (Natural Earth, streets, place names, scale bar), each frame at a new position so no cached
  layer image is reused; "first" is the first frame, which also builds the painter paths of what it shows.
Target: a frame at town scale within 150 ms. The extract is written with pyosmium (tools/osm_synthetic_
extract.py): a street grid 120 m apart with main roads, a river, lakes, parks and built-up blocks.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

from osm_synthetic_extract import TOWN_LAT, TOWN_LON, write_grid_extract  # noqa: E402

from clusterdesk.io.osm_extract import convert_extract  # noqa: E402
from clusterdesk.render.export import ensure_gui_application  # noqa: E402
from clusterdesk.render.viewport import METRES_PER_INCH, Viewport, lonlat_to_mercator  # noqa: E402

SCALES = (7500, 100_000)


def median(values) -> float:
    return statistics.median(values)


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def frames(scale: float, count: int) -> list[Viewport]:
    """`count` views at `scale` around the town, each at a new place a quarter of a screen apart (as after
    a pan), all over the extract."""
    x, y = lonlat_to_mercator(TOWN_LON, TOWN_LAT)
    resolution = scale * METRES_PER_INCH / 96
    step = 1366 * resolution * 0.25
    return [
        Viewport(float(x) + (i % 4 - 1.5) * step, float(y) + (i // 4 % 4 - 1.5) * step, resolution, 1366, 768)
        for i in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ways", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    ensure_gui_application()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    from clusterdesk.render.osm_basemap import StreetBasemap
    from clusterdesk.render.renderer import MapRenderer

    folder = Path(tempfile.mkdtemp(prefix="osm-bench-"))
    extract = write_grid_extract(folder / "grid.osm.pbf", args.ways)
    cache = folder / "grid.osm-cache.gpkg"
    print(
        f"extract: {args.ways:,} ways, {extract.stat().st_size / 1e6:.1f} MB ({os.cpu_count()} cores, shared)"
    )

    conversions = [timed(lambda: convert_extract(extract, cache)) for _ in range(args.repeat)]
    print(f"conversion (in process)            {median(conversions):7.2f} s")
    project = folder / "bench.gpkg"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "clusterdesk.cli.main",
            "new",
            str(project),
            "--name",
            "Benchmark",
            "--country",
            "EC",
        ],
        check=True,
        capture_output=True,
    )
    whole = []
    for _ in range(min(3, args.repeat)):
        project.with_name("bench.osm-cache.gpkg").unlink(missing_ok=True)
        command = [sys.executable, "-m", "clusterdesk.cli.main", "render-map", str(project), "-o"]
        command += [str(folder / "m.png"), "--osm-extract", str(extract), "--extent=-78.25,0.30,-78.18,0.36"]
        whole.append(timed(lambda command=command: subprocess.run(command, check=True, capture_output=True)))
    print(f"render-map --osm-extract (process) {median(whole):7.2f} s")
    loads = [timed(lambda: StreetBasemap(cache)) for _ in range(args.repeat)]
    print(f"loading the cache                  {median(loads) * 1000:7.0f} ms")

    from clusterdesk.render.basemap import NaturalEarthBasemap

    NaturalEarthBasemap.shared()  # loaded once per process, when the window starts: not a frame's cost
    for scale in SCALES:
        basemap = StreetBasemap(cache)
        layer_times = []
        for view in frames(scale, 1 + 3 * args.repeat):
            image = QImage(view.width, view.height, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)

            def draw(view=view, image=image, basemap=basemap) -> None:
                painter = QPainter(image)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                basemap.draw(painter, view)
                painter.end()

            layer_times.append(timed(draw))
        renderer = MapRenderer(None, language="en")
        renderer.open_street_basemap(cache)
        map_times = [
            timed(lambda view=view, renderer=renderer: renderer.render(view))
            for view in frames(scale, 1 + 3 * args.repeat)
        ]
        print(
            f"1:{scale:<7,} street layer  first {layer_times[0] * 1000:5.0f} ms, then median "
            f"{median(layer_times[1:]) * 1000:5.0f} ms; whole map first {map_times[0] * 1000:5.0f} ms, "
            f"then median {median(map_times[1:]) * 1000:5.0f} ms"
        )


if __name__ == "__main__":
    main()
