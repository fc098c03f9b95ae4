"""What part of the world a map image shows, and the transforms between lon/lat, Web Mercator metres and
pixels. Qt-free and vectorised with numpy, so the canvas, the renderer and the reports share one
definition of where a coordinate lands on screen."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

EARTH_RADIUS = 6378137.0
HALF_WORLD = math.pi * EARTH_RADIUS  # Web Mercator x range is [-HALF_WORLD, HALF_WORLD]
MAX_LATITUDE = 85.05112878
METRES_PER_INCH = 0.0254
TILE_SIZE = 256
# Resolution of zoom level 0 of the standard 256-pixel tile pyramid, in metres per pixel.
ZOOM0_RESOLUTION = 2 * HALF_WORLD / TILE_SIZE
MIN_RESOLUTION = ZOOM0_RESOLUTION / 2**21  # street level; closer adds nothing with this data
MAX_RESOLUTION = ZOOM0_RESOLUTION / 2**-1


def lonlat_to_mercator(lon, lat):
    """EPSG:4326 degrees to EPSG:3857 metres (arrays or scalars)."""
    lon = np.asarray(lon, dtype=np.float64)
    lat = np.clip(np.asarray(lat, dtype=np.float64), -MAX_LATITUDE, MAX_LATITUDE)
    x = np.radians(lon) * EARTH_RADIUS
    y = np.log(np.tan(np.pi / 4 + np.radians(lat) / 2)) * EARTH_RADIUS
    return x, y


def mercator_to_lonlat(x, y):
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    lon = np.degrees(x / EARTH_RADIUS)
    lat = np.degrees(2 * np.arctan(np.exp(y / EARTH_RADIUS)) - np.pi / 2)
    return lon, lat


def zoom_for_resolution(resolution: float) -> float:
    """Fractional tile zoom level of a resolution (0 shows the world in one 256-pixel tile)."""
    return math.log2(ZOOM0_RESOLUTION / resolution)


@dataclass(frozen=True)
class Viewport:
    """A map image: centre in Web Mercator metres, metres per pixel, and size in pixels."""

    center_x: float
    center_y: float
    resolution: float
    width: int
    height: int
    dpi: float = 96.0

    # -- construction ---------------------------------------------------------------------------
    @classmethod
    def from_extent(
        cls,
        min_lon: float,
        min_lat: float,
        max_lon: float,
        max_lat: float,
        width: int,
        height: int,
        *,
        dpi: float = 96.0,
        margin: float = 0.05,
        min_resolution: float = MIN_RESOLUTION,
    ) -> Viewport:
        """The view that fits a lon/lat box with a margin (a fraction of the size on each side)."""
        if width <= 0 or height <= 0:
            raise ValueError(f"map size must be positive, not {width}x{height}")
        (x0, x1), (y0, y1) = lonlat_to_mercator([min_lon, max_lon], [min_lat, max_lat])
        span_x = max(x1 - x0, 1.0)
        span_y = max(y1 - y0, 1.0)
        usable = 1 - 2 * margin
        resolution = max(span_x / (width * usable), span_y / (height * usable), min_resolution)
        return cls((x0 + x1) / 2, (y0 + y1) / 2, min(resolution, MAX_RESOLUTION), width, height, dpi)

    @classmethod
    def world(cls, width: int, height: int, *, dpi: float = 96.0) -> Viewport:
        return cls.from_extent(-170, -58, 170, 78, width, height, dpi=dpi, margin=0)

    # -- transforms -----------------------------------------------------------------------------
    def mercator_to_pixel(self, x, y):
        px = (np.asarray(x, dtype=np.float64) - self.center_x) / self.resolution + self.width / 2
        py = self.height / 2 - (np.asarray(y, dtype=np.float64) - self.center_y) / self.resolution
        return px, py

    def pixel_to_mercator(self, px, py):
        x = (np.asarray(px, dtype=np.float64) - self.width / 2) * self.resolution + self.center_x
        y = (self.height / 2 - np.asarray(py, dtype=np.float64)) * self.resolution + self.center_y
        return x, y

    def lonlat_to_pixel(self, lon, lat):
        return self.mercator_to_pixel(*lonlat_to_mercator(lon, lat))

    def pixel_to_lonlat(self, px, py):
        return mercator_to_lonlat(*self.pixel_to_mercator(px, py))

    def mercator_affine(self) -> tuple[float, float, float, float]:
        """(scale_x, scale_y, offset_x, offset_y) so that pixel = scale * mercator + offset."""
        scale = 1 / self.resolution
        return (
            scale,
            -scale,
            self.width / 2 - self.center_x * scale,
            self.height / 2 + self.center_y * scale,
        )

    # -- extents --------------------------------------------------------------------------------
    def mercator_bounds(self) -> tuple[float, float, float, float]:
        half_w = self.width * self.resolution / 2
        half_h = self.height * self.resolution / 2
        return (
            self.center_x - half_w,
            self.center_y - half_h,
            self.center_x + half_w,
            self.center_y + half_h,
        )

    def lonlat_bounds(self) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = self.mercator_bounds()
        (lon0, lon1), (lat0, lat1) = mercator_to_lonlat([x0, x1], [y0, y1])
        return float(lon0), float(lat0), float(lon1), float(lat1)

    def center_lonlat(self) -> tuple[float, float]:
        lon, lat = mercator_to_lonlat(self.center_x, self.center_y)
        return float(lon), float(lat)

    # -- scale ----------------------------------------------------------------------------------
    def ground_resolution(self) -> float:
        """True metres per pixel at the centre latitude (Mercator stretches away from the equator)."""
        _lon, lat = self.center_lonlat()
        return self.resolution * math.cos(math.radians(lat))

    def scale_denominator(self) -> float:
        """The N of 1:N at the centre, for a screen or page of this viewport's dpi."""
        return self.ground_resolution() / (METRES_PER_INCH / self.dpi)

    def zoom(self) -> float:
        return zoom_for_resolution(self.resolution)

    def pixels_per_mm(self) -> float:
        return self.dpi / 25.4

    def pixels_per_point(self) -> float:
        return self.dpi / 72

    # -- changes --------------------------------------------------------------------------------
    def resized(self, width: int, height: int) -> Viewport:
        return replace(self, width=max(1, width), height=max(1, height))

    def panned(self, dx_pixels: float, dy_pixels: float) -> Viewport:
        """The view after dragging the map content by (dx, dy) pixels."""
        x = self.center_x - dx_pixels * self.resolution
        y = self.center_y + dy_pixels * self.resolution
        limit = HALF_WORLD
        return replace(
            self, center_x=float(np.clip(x, -limit, limit)), center_y=float(np.clip(y, -limit, limit))
        )

    def zoomed(
        self, factor: float, anchor_px: float | None = None, anchor_py: float | None = None
    ) -> Viewport:
        """Zoom in by `factor` (> 1 zooms in) keeping the map point under the anchor pixel in place."""
        resolution = float(np.clip(self.resolution / factor, MIN_RESOLUTION, MAX_RESOLUTION))
        if anchor_px is None or anchor_py is None:
            return replace(self, resolution=resolution)
        ax, ay = self.pixel_to_mercator(anchor_px, anchor_py)
        cx = float(ax) - (anchor_px - self.width / 2) * resolution
        cy = float(ay) + (anchor_py - self.height / 2) * resolution
        return replace(self, center_x=cx, center_y=cy, resolution=resolution)

    def with_dpi(self, dpi: float, width: int, height: int) -> Viewport:
        """The same ground extent drawn at another size and resolution (for export)."""
        x0, y0, x1, y1 = self.mercator_bounds()
        resolution = max((x1 - x0) / width, (y1 - y0) / height)
        return Viewport(self.center_x, self.center_y, resolution, width, height, dpi)

    def cache_key(self) -> tuple:
        return (
            round(self.center_x, 3),
            round(self.center_y, 3),
            self.resolution,
            self.width,
            self.height,
            self.dpi,
        )
