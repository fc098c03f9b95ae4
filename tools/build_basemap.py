"""Derive the offline basemap shipped in resources/basemap/ from the Natural Earth GeoPackage.

    python tools/build_basemap.py [--source /work/shared/data/naturalearth.gpkg] [--output resources/basemap]

Keeps only what the map draws, drops polar caps Web Mercator cannot show, lightly simplifies polygons and
lines (below what is visible at the scales where the basemap matters; the 1:50m source is coarse anyway)
and keeps every populated place, ordered so the most important are labelled first.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

import geopandas as gpd
import pyogrio
import shapely

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = Path("/work/shared/data/naturalearth.gpkg")
DEFAULT_OUTPUT = REPO / "resources" / "basemap"
MERCATOR_LAT_LIMIT = 85.0
SIMPLIFY_DEGREES = 0.01  # about 1 km, well under a pixel at the scales where countries fill the screen

# layer: columns kept
LAYERS: dict[str, list[str]] = {
    "land": [],
    "countries": ["name", "iso_a2", "pop_est"],
    "lakes": ["name", "scalerank"],
    "rivers": ["name", "scalerank"],
    "boundaries": ["scalerank"],
    "places": ["name", "adm0name", "iso_a2", "pop_max", "scalerank", "featurecla"],
}

NOTICE = """Offline basemap data
====================

basemap.gpkg is derived from Natural Earth (https://www.naturalearthdata.com/):
1:50m land, admin-0 countries, lakes, rivers and lake centerlines; 1:10m admin-0 land boundary lines and
populated places. Natural Earth is in the public domain ("No permission is needed to use Natural Earth").
The map credits it as "© Natural Earth".

Derived by tools/build_basemap.py: clipped to the latitudes Web Mercator shows (±85°), simplified by
{tolerance}° and reduced to the columns the map uses.
"""


def _clip_to_mercator(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    box = shapely.box(-180.0, -MERCATOR_LAT_LIMIT, 180.0, MERCATOR_LAT_LIMIT)
    frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty].copy()
    frame["geometry"] = frame.geometry.intersection(box)
    return frame[~frame.geometry.is_empty]


def build(source: Path, output: Path) -> Path:
    if not source.exists():
        raise SystemExit(f"{source} does not exist: pass the Natural Earth GeoPackage with --source.")
    output.mkdir(parents=True, exist_ok=True)
    target = output / "basemap.gpkg"
    target.unlink(missing_ok=True)
    for layer, columns in LAYERS.items():
        frame = gpd.read_file(source, layer=layer)[columns + ["geometry"]]
        frame = _clip_to_mercator(frame)
        if layer != "places":
            frame["geometry"] = frame.geometry.simplify(SIMPLIFY_DEGREES, preserve_topology=True)
            frame = frame[~frame.geometry.is_empty]
        else:
            frame = frame.sort_values(["scalerank", "pop_max"], ascending=[True, False])
        frame = frame.reset_index(drop=True)
        pyogrio.write_dataframe(
            frame,
            target,
            layer=layer,
            driver="GPKG",
            promote_to_multi=False,
            layer_options={"SPATIAL_INDEX": "NO"},
        )
    with sqlite3.connect(target) as connection:
        connection.execute("VACUUM")
    (output / "NOTICE.txt").write_text(NOTICE.format(tolerance=SIMPLIFY_DEGREES), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    target = build(args.source, args.output)
    print(f"Wrote {target} ({target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
