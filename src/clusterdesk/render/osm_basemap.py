"""The offline street basemap: an OpenStreetMap extract's cache (`io.osm_extract`) drawn in a calm style.

Grey and white roads by class with widths by zoom, blue water, soft green and grey land use, buildings
close in, and place names with halos placed by `render.labels`. The cache is read once; features are
projected to Web Mercator and grouped by kind into square cells, and each cell's painter path is built
the first time it is in view (simplified for overview zooms) and reused, so a frame only strokes cached
paths through one transform.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.render.labels import HaloText, LabelPlacer, candidate_rects, label_font
from clusterdesk.render.viewport import Viewport, lonlat_to_mercator

ATTRIBUTION = "© OpenStreetMap contributors"
# (zoom from which a band is used, simplification tolerance in metres, side of the squares its features
# are grouped in, in Web Mercator metres); the finest band keeps every vertex
BANDS = ((13.0, 0.0, 250.0), (10.0, 12.0, 1000.0), (-99.0, 80.0, 5000.0))

AREA_STYLE = {  # kind: (fill, outline or None, first zoom)
    "farmland": ("#eef0e2", None, 10.0),
    "built": ("#e8e5e0", None, 10.0),
    "green": ("#d9ead0", None, 10.0),
    "water": ("#aecde3", "#9cbfd8", 8.0),
    "building": ("#dcd6ce", "#c6bfb5", 15.0),
}
WATERWAY_STYLE = {"river": ("#9cc0dc", 9.0, ((9, 0.8), (13, 2.0), (16, 5.0), (19, 12.0))),
                  "stream": ("#9cc0dc", 13.0, ((13, 0.6), (16, 1.5), (19, 3.0)))}  # fmt: skip
RAIL = ("#a09c98", 11.0, ((11, 0.8), (15, 1.4), (19, 2.5)))
# Road kinds drawn from minor to major, so major roads pass over minor ones at junctions.
ROAD_ORDER = ("path", "service", "minor", "tertiary", "secondary", "primary", "trunk", "motorway")
ROAD_STYLE = {  # kind: (first zoom, widths in px at 96 dpi by zoom, casing colour)
    "motorway": (6.0, ((6, 0.8), (10, 1.6), (13, 3.5), (16, 9.0), (19, 22.0)), "#a8a39b"),
    "trunk": (7.0, ((7, 0.7), (10, 1.5), (13, 3.2), (16, 8.5), (19, 20.0)), "#a8a39b"),
    "primary": (8.0, ((8, 0.6), (10, 1.2), (13, 3.0), (16, 8.0), (19, 18.0)), "#ada8a0"),
    "secondary": (9.0, ((9, 0.5), (11, 1.0), (13, 2.6), (16, 7.0), (19, 16.0)), "#b4afa7"),
    "tertiary": (11.0, ((11, 0.6), (13, 2.0), (16, 6.0), (19, 14.0)), "#bab5ad"),
    "minor": (13.0, ((13, 0.6), (14, 1.4), (16, 4.5), (19, 12.0)), "#c6c1b9"),
    "service": (14.0, ((14, 0.6), (16, 2.2), (19, 6.0)), "#cdc8c0"),
    "path": (15.0, ((15, 0.7), (17, 1.2), (19, 2.0)), None),
}
ROAD_FILL = "#ffffff"
ROAD_LINE = "#b9b4ac"  # roads too thin for a casing are drawn in this grey
PATH_COLOUR = "#b3ada4"
CASED_FROM_WIDTH = 2.0  # px: thinner roads are one grey line
PLACE_STYLE = {  # kind: (first zoom, points, bold, italic, colour)
    "city": (6.0, 11.5, True, False, "#2e2e2e"),
    "town": (9.0, 10.0, True, False, "#333333"),
    "village": (11.0, 9.0, False, False, "#3d3d3d"),
    "suburb": (12.0, 8.5, False, True, "#5a5560"),
    "hamlet": (13.0, 8.0, False, False, "#4a4a4a"),
    "neighbourhood": (14.0, 8.0, False, True, "#67626b"),
    "quarter": (14.0, 8.0, False, True, "#67626b"),
    "locality": (15.0, 7.5, False, True, "#67626b"),
}
PLACE_ORDER = tuple(PLACE_STYLE)
NAMES_FROM_ZOOM = 10.0  # from here the extract names the places it covers, instead of Natural Earth


class StreetBasemapError(ClusterDeskError):
    """A street-basemap cache cannot be read."""


def width_at(stops, zoom: float) -> float:
    """Pixel width at `zoom`, linear between the (zoom, width) stops, held at the ends."""
    zooms, widths = zip(*stops, strict=True)
    return float(np.interp(zoom, zooms, widths))


class _Kind:
    """The features of one kind, grouped per band into square cells whose paths are built when first
    seen. Small cells matter: Qt strokes a wide antialiased path in time that grows faster than its
    length, so many small paths draw several times faster than one large one."""

    def __init__(self, geometries: np.ndarray, polygon: bool) -> None:
        self.geometries = geometries  # shapely, Web Mercator
        self.bounds = shapely.bounds(geometries)
        self.polygon = polygon
        self._cells: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        self._paths: dict[tuple[int, int], QPainterPath] = {}
        self._simplified: dict[int, np.ndarray] = {}

    def _band_cells(self, band: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(feature order, start of each cell in it and one past its end, cell boxes) of a band."""
        found = self._cells.get(band)
        if found is not None:
            return found
        size = BANDS[band][2]
        b = self.bounds
        column = np.floor((b[:, 0] + b[:, 2]) / 2 / size).astype(np.int64)
        row = np.floor((b[:, 1] + b[:, 3]) / 2 / size).astype(np.int64)
        keys = column * 4_000_037 + row
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]]) if len(order) else np.array([], int)
        limits = np.r_[starts, len(order)]
        sb = b[order]
        boxes = np.column_stack(
            [
                np.minimum.reduceat(sb[:, 0], starts) if len(starts) else [],
                np.minimum.reduceat(sb[:, 1], starts) if len(starts) else [],
                np.maximum.reduceat(sb[:, 2], starts) if len(starts) else [],
                np.maximum.reduceat(sb[:, 3], starts) if len(starts) else [],
            ]
        ).reshape(-1, 4)
        found = self._cells[band] = (order, limits, boxes)
        return found

    def visible_cells(self, band: int, box) -> np.ndarray:
        x0, y0, x1, y1 = box
        b = self._band_cells(band)[2]
        return np.flatnonzero((b[:, 0] <= x1) & (b[:, 2] >= x0) & (b[:, 1] <= y1) & (b[:, 3] >= y0))

    def path(self, band: int, cell: int) -> QPainterPath:
        found = self._paths.get((band, cell))
        if found is None:
            order, limits, _boxes = self._band_cells(band)
            geometries = self._band_geometries(band)[order[limits[cell] : limits[cell + 1]]]
            found = self._paths[(band, cell)] = _path_of(geometries, self.polygon)
        return found

    def _band_geometries(self, band: int) -> np.ndarray:
        tolerance = BANDS[band][1]
        if tolerance <= 0:
            return self.geometries
        found = self._simplified.get(band)
        if found is None:
            found = self._simplified[band] = shapely.simplify(self.geometries, tolerance)
        return found


def _path_of(geometries: np.ndarray, polygon: bool) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    rings = shapely.get_rings(shapely.get_parts(geometries)) if polygon else shapely.get_parts(geometries)
    coordinates, index = shapely.get_coordinates(rings, return_index=True)
    if len(coordinates) == 0:
        return path
    splits = np.flatnonzero(np.diff(index)) + 1
    for part in np.split(coordinates, splits):
        if len(part) < 2:
            continue
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in part.tolist()]))
        if polygon:
            path.closeSubpath()
    return path


_ENVELOPE_BYTES = (0, 32, 48, 48, 64, 0, 0, 0)


def _read_table(connection: sqlite3.Connection, table: str, columns: list[str]):
    present = connection.execute("SELECT 1 FROM gpkg_contents WHERE table_name = ?", (table,)).fetchone()
    if present is None:
        return np.array([], dtype=object), {c: np.array([], dtype=object) for c in columns}
    (geometry_column,) = connection.execute(
        "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (table,)
    ).fetchone()
    selected = ", ".join(f'"{c}"' for c in [geometry_column, *columns])
    rows = connection.execute(f'SELECT {selected} FROM "{table}"').fetchall()
    # GeoPackage blobs: "GP", version, flags (bits 1-3 the envelope's kind), srs id, envelope, then WKB
    wkb = [b[8 + _ENVELOPE_BYTES[(b[3] >> 1) & 7] :] if b and b[:2] == b"GP" else None for b, *_rest in rows]
    geometries = shapely.from_wkb(np.array(wkb, dtype=object), on_invalid="ignore")
    values = {c: np.array([row[i + 1] for row in rows], dtype=object) for i, c in enumerate(columns)}
    return geometries, values


def _to_mercator(geometries: np.ndarray) -> np.ndarray:
    def project(coords: np.ndarray) -> np.ndarray:
        x, y = lonlat_to_mercator(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geometries, project)


class StreetBasemap:
    """A street-basemap cache loaded into memory, drawn into any viewport."""

    def __init__(self, cache: str | Path, name: str | None = None) -> None:
        self.path = Path(cache)
        self.name = name or self.path.name
        try:
            connection = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                lines, line_values = _read_table(connection, "lines", ["kind"])
                areas, area_values = _read_table(connection, "areas", ["kind"])
                places, place_values = _read_table(
                    connection, "places", ["kind", "name", "name_es", "name_fr", "name_ru"]
                )  # noqa: E501
            finally:
                connection.close()
        except (sqlite3.DatabaseError, TypeError) as error:
            raise StreetBasemapError(
                f"{self.path.name} is not a street basemap made by ClusterDesk ({error}). "
                "Add the OpenStreetMap extract again."
            ) from error
        self.kinds: dict[str, _Kind] = {}
        for geometries, kinds, polygon in (
            (lines, line_values["kind"], False),
            (areas, area_values["kind"], True),
        ):
            keep = ~shapely.is_missing(geometries)
            for kind in set(kinds[keep].tolist()):
                chosen = _to_mercator(geometries[keep & (kinds == kind)])
                self.kinds[kind] = _Kind(chosen, polygon)
        keep = ~shapely.is_missing(places)
        coords = shapely.get_coordinates(places[keep])
        self.place_x, self.place_y = lonlat_to_mercator(coords[:, 0], coords[:, 1])
        self.place_kind = place_values["kind"][keep]
        self.place_names = {k: v[keep] for k, v in place_values.items() if k.startswith("name")}
        everything = [k.bounds for k in self.kinds.values()]
        if len(self.place_x):
            everything.append(np.column_stack([self.place_x, self.place_y, self.place_x, self.place_y]))
        if not everything:
            raise StreetBasemapError(f"{self.path.name} holds nothing to draw. Add the extract again.")
        stacked = np.vstack(everything)
        self.bounds = (stacked[:, 0].min(), stacked[:, 1].min(), stacked[:, 2].max(), stacked[:, 3].max())

    # -- where it applies ------------------------------------------------------------------------
    def covers(self, viewport: Viewport) -> bool:
        """Whether the view's centre lies within the extract."""
        x0, y0, x1, y1 = self.bounds
        return x0 <= viewport.center_x <= x1 and y0 <= viewport.center_y <= y1

    def names_places(self, viewport: Viewport) -> bool:
        """Whether this basemap names the places in view rather than Natural Earth, whose towns would
        otherwise be named twice: close in, over its own area, and not on a view so much larger than a
        small extract that the towns around it would lose their names."""
        if viewport.zoom() < NAMES_FROM_ZOOM or not self.covers(viewport):
            return False
        x0, y0, x1, y1 = viewport.mercator_bounds()
        return x1 - x0 <= 3 * (self.bounds[2] - self.bounds[0]) and y1 - y0 <= 3 * (
            self.bounds[3] - self.bounds[1]
        )

    # -- drawing ---------------------------------------------------------------------------------
    def draw(self, painter: QPainter, viewport: Viewport) -> int:
        """Land use, water, waterways, railways and roads; returns the number of cell paths drawn."""
        zoom = viewport.zoom()
        band = next(i for i, (from_zoom, _t, _s) in enumerate(BANDS) if zoom >= from_zoom)
        scale = viewport.dpi / 96.0
        box = viewport.mercator_bounds()
        sx, sy, ox, oy = viewport.mercator_affine()
        painter.save()
        painter.setTransform(QTransform(sx, 0, 0, sy, ox, oy), True)  # over a PDF page's own transform
        drawn = 0
        for kind, (fill, outline, first) in AREA_STYLE.items():
            if zoom >= first and kind in self.kinds:
                pen = QPen(QColor(outline), 0.8 * scale) if outline else QPen(Qt.PenStyle.NoPen)
                pen.setCosmetic(True)
                drawn += self._draw_kind(painter, kind, band, box, pen, QBrush(QColor(fill)))
        for kind, (colour, first, stops) in WATERWAY_STYLE.items():
            if zoom >= first and kind in self.kinds:
                drawn += self._stroke(painter, kind, band, box, colour, width_at(stops, zoom) * scale)
        if zoom >= RAIL[1] and "rail" in self.kinds:
            drawn += self._stroke(painter, "rail", band, box, RAIL[0], width_at(RAIL[2], zoom) * scale)
        roads = [k for k in ROAD_ORDER if k in self.kinds and zoom >= ROAD_STYLE[k][0]]
        widths = {k: width_at(ROAD_STYLE[k][1], zoom) * scale for k in roads}
        for kind in roads:  # casings first, all of them, so fills join cleanly at crossings
            casing = ROAD_STYLE[kind][2]
            if casing and widths[kind] >= CASED_FROM_WIDTH * scale:
                drawn += self._stroke(painter, kind, band, box, casing, widths[kind] + 1.6 * scale)
        for kind in roads:
            cased = ROAD_STYLE[kind][2] and widths[kind] >= CASED_FROM_WIDTH * scale
            colour = ROAD_FILL if cased else (PATH_COLOUR if kind == "path" else ROAD_LINE)
            style = Qt.PenStyle.DashLine if kind == "path" else Qt.PenStyle.SolidLine
            drawn += self._stroke(painter, kind, band, box, colour, widths[kind], style)
        painter.restore()
        return drawn

    def _draw_kind(self, painter: QPainter, kind: str, band: int, box, pen: QPen, brush) -> int:
        painter.setPen(pen)
        painter.setBrush(brush)
        layer = self.kinds[kind]
        cells = layer.visible_cells(band, box)
        for cell in cells.tolist():
            painter.drawPath(layer.path(band, cell))
        return len(cells)

    def _stroke(self, painter, kind, band, box, colour, width, style=Qt.PenStyle.SolidLine) -> int:
        pen = QPen(QColor(colour), max(0.5, width), style, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        pen.setCosmetic(True)
        return self._draw_kind(painter, kind, band, box, pen, Qt.BrushStyle.NoBrush)

    def draw_labels(
        self, painter: QPainter, viewport: Viewport, placer: LabelPlacer, language: str = "en"
    ) -> list[str]:
        """Place names where `placer` has room, larger places first; returns the names drawn."""
        if len(self.place_x) == 0:
            return []
        zoom = viewport.zoom()
        px, py = viewport.mercator_to_pixel(self.place_x, self.place_y)
        inside = (px >= 0) & (px < viewport.width) & (py >= 0) & (py < viewport.height)
        translated = self.place_names.get(f"name_{language}")
        names = self.place_names["name"]
        drawn: list[str] = []
        styles: dict[str, HaloText] = {}
        for kind in PLACE_ORDER:
            first, points, bold, italic, colour = PLACE_STYLE[kind]
            if zoom < first:
                continue
            for index in np.flatnonzero(inside & (self.place_kind == kind)):
                name = (translated[index] if translated is not None else None) or names[index]
                if not name:
                    continue
                style = styles.get(kind)
                if style is None:
                    style = styles[kind] = HaloText(
                        label_font(points, viewport.dpi, bold=bold, italic=italic), colour, dpi=viewport.dpi
                    )
                width, height = style.size(name)
                x, y = float(px[index]), float(py[index])
                centred = QRectF(x - width / 2, y - height / 2, width, height)
                for rect in (centred, *candidate_rects(x, y, width, height, 3.0 * viewport.dpi / 96)):
                    if placer.try_place(rect):
                        # The place itself is taken too, so Natural Earth does not name it again.
                        placer.occupy(QRectF(x - 3, y - 3, 6, 6))
                        style.draw(painter, rect, name)
                        drawn.append(name)
                        break
        return drawn
