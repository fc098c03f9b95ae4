"""Raster tile basemaps: online XYZ tiles (OpenStreetMap) with a disk cache and background fetching, and
local MBTiles or GeoPackage tile files for regions without connectivity.

Every source answers `tile(z, x, y)` from memory or disk without blocking; online sources fetch missing
tiles on worker threads and call back when one arrives. Offline, the map keeps the Natural Earth layers
(and an offline street basemap) underneath and tries the network again a minute later; availability
listeners hear when an online source stops answering and when it answers again, once per change, so the
window can say so once.
"""

from __future__ import annotations

import math
import os
import sqlite3
import threading
import time
import urllib.error
import urllib.request
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from clusterdesk import __version__
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.userdirs import cache_dir
from clusterdesk.render.viewport import HALF_WORLD, TILE_SIZE, Viewport

OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"
TILE_URL_VARIABLE = "CLUSTERDESK_TILE_URL"
CONTACT_VARIABLE = "CLUSTERDESK_CONTACT"  # e-mail or web address of the agency, sent with tile requests


def user_agent() -> str:
    """Identifies the application (and the agency, when configured) to tile servers, as OSM asks."""
    contact = os.environ.get(CONTACT_VARIABLE, "").strip()
    return f"ClusterDesk/{__version__} (desktop GIS{'; ' + contact if contact else ''})"
OFFLINE_RETRY_SECONDS = 60.0
FETCH_TIMEOUT_SECONDS = 8.0
MEMORY_TILES = 512
MAX_CACHE_BYTES = 300_000_000  # per online source; the oldest tiles go first
PRUNE_EVERY = 200  # downloads between checks of the cache size


class TileFileError(ClusterDeskError):
    """A local tile file cannot be used as a basemap."""


AvailabilityListener = Callable[["XYZTileSource", bool], None]
_availability_listeners: list[AvailabilityListener] = []


def add_availability_listener(listener: AvailabilityListener) -> None:
    """Call `listener(source, available)` (from a fetch thread) whenever an online source's tiles stop
    arriving (False) or arrive again after that (True)."""
    _availability_listeners.append(listener)


def remove_availability_listener(listener: AvailabilityListener) -> None:
    if listener in _availability_listeners:
        _availability_listeners.remove(listener)


class TileSource(ABC):
    name = "tiles"
    attribution = ""
    min_zoom = 0
    max_zoom = 19

    def __init__(self) -> None:
        self._images: OrderedDict[tuple[int, int, int], QImage] = OrderedDict()
        self._lock = threading.Lock()

    @abstractmethod
    def raw_tile(self, z: int, x: int, y: int) -> bytes | None:
        """The encoded image of one tile (XYZ numbering), or None when the source does not have it."""

    def tile(self, z: int, x: int, y: int) -> QImage | None:
        key = (z, x, y)
        with self._lock:
            image = self._images.get(key)
            if image is not None:
                self._images.move_to_end(key)
                return image
        data = self.raw_tile(z, x, y)
        if not data:
            return None
        image = QImage.fromData(data)
        if image.isNull():
            return None
        with self._lock:
            self._images[key] = image
            while len(self._images) > MEMORY_TILES:
                self._images.popitem(last=False)
        return image

    def request(self, tiles: list[tuple[int, int, int]]) -> None:
        """Ask for tiles that were missing; local files hold all they have, so they fetch nothing."""
        del tiles

    def close(self) -> None:
        """Release files, threads and decoded tiles."""
        with self._lock:
            self._images.clear()


class XYZTileSource(TileSource):
    """Online tiles following the {z}/{x}/{y} convention, cached on disk per source name."""

    def __init__(
        self,
        url_template: str | None = None,
        *,
        name: str = "osm",
        attribution: str = OSM_ATTRIBUTION,
        max_zoom: int = 19,
        cache_folder: Path | None = None,
        on_tile: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        # An agency can point every installation at its own OpenStreetMap tile mirror.
        self.url_template = url_template or os.environ.get(TILE_URL_VARIABLE) or OSM_URL
        self.name = name
        self.attribution = attribution
        self.max_zoom = max_zoom
        self._cache_folder = cache_folder
        self.on_tile = on_tile  # called from a worker thread when a tile arrives
        self._pool: ThreadPoolExecutor | None = None
        self._pending: set[tuple[int, int, int]] = set()
        self._offline_until = 0.0
        self.fetched = 0
        self.failures = 0
        self.available = True  # False from a failed download until one succeeds again
        self.max_cache_bytes = MAX_CACHE_BYTES

    @property
    def cache_folder(self) -> Path:
        # Resolved on first use, so merely creating a renderer makes no folders in the user's profile.
        return self._cache_folder or cache_dir() / "tiles" / self.name

    def _cache_path(self, z: int, x: int, y: int) -> Path:
        return self.cache_folder / str(z) / str(x) / f"{y}.png"

    def raw_tile(self, z: int, x: int, y: int) -> bytes | None:
        try:
            return self._cache_path(z, x, y).read_bytes()
        except OSError:
            return None

    @property
    def offline(self) -> bool:
        return time.monotonic() < self._offline_until

    def fetch(self, z: int, x: int, y: int) -> bool:
        """Download one tile into the disk cache (blocking); False when the network fails."""
        url = self.url_template.format(z=z, x=x, y=y)
        request = urllib.request.Request(url, headers={"User-Agent": user_agent()})
        try:
            with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_SECONDS) as response:
                data = response.read()
        except urllib.error.HTTPError as error:
            self.failures += 1
            # 404: this tile is missing, the network is fine; a refusal or a server error is not
            if error.code in (401, 403, 429) or error.code >= 500:
                self._set_available(False)
            return False
        except (urllib.error.URLError, OSError, TimeoutError):
            self.failures += 1
            self._offline_until = time.monotonic() + OFFLINE_RETRY_SECONDS
            self._set_available(False)
            return False
        self._set_available(True)
        target = self._cache_path(z, x, y)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(f".{threading.get_ident()}.part")
        temporary.write_bytes(data)
        temporary.replace(target)
        self.fetched += 1
        if self.fetched % PRUNE_EVERY == 0:
            prune_cache(self.cache_folder, self.max_cache_bytes)
        return True

    def _set_available(self, available: bool) -> None:
        with self._lock:
            changed = available != self.available
            self.available = available
        if changed:
            for listener in list(_availability_listeners):
                listener(self, available)

    def request(self, tiles: list[tuple[int, int, int]]) -> None:
        if self.offline:
            return
        with self._lock:
            wanted = [t for t in tiles if t not in self._pending]
            self._pending.update(wanted)
            if wanted and self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="tiles")
        for key in wanted:
            self._pool.submit(self._fetch_pending, key)

    def _fetch_pending(self, key: tuple[int, int, int]) -> None:
        try:
            if not self.offline and self.fetch(*key) and self.on_tile is not None:
                self.on_tile()
        finally:
            with self._lock:
                self._pending.discard(key)

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until no fetch is pending (tests and command-line rendering)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if not self._pending:
                    return True
            time.sleep(0.01)
        return False

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        super().close()


class MBTilesSource(TileSource):
    """An MBTiles file (SQLite; rows are numbered from the bottom, TMS style)."""

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path)
        self.name = self.path.stem
        self._connection = _open_tile_database(self.path, "tiles", "an MBTiles")
        metadata = (
            dict(self._connection.execute("SELECT name, value FROM metadata").fetchall())
            if _has_table(self._connection, "metadata")
            else {}
        )
        self.attribution = _plain_text(metadata.get("attribution", ""))
        zooms = self._connection.execute("SELECT min(zoom_level), max(zoom_level) FROM tiles").fetchone()
        if zooms[0] is None:
            raise TileFileError(
                f"{self.path.name} contains no tiles. Export the MBTiles file again with tiles in it."
            )
        self.min_zoom, self.max_zoom = int(zooms[0]), int(zooms[1])
        self.name = metadata.get("name") or self.name

    def raw_tile(self, z: int, x: int, y: int) -> bytes | None:
        row = self._connection.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
            (z, x, (1 << z) - 1 - y),
        ).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self._connection.close()
        super().close()


class GeoPackageTileSource(TileSource):
    """A tile pyramid table in a GeoPackage, in Web Mercator with the standard tile matrix."""

    def __init__(self, path: str | Path, table: str | None = None) -> None:
        super().__init__()
        self.path = Path(path)
        self._connection = _open_tile_database(self.path, "gpkg_tile_matrix_set", "a GeoPackage tile")
        tables = [
            r[0]
            for r in self._connection.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type = 'tiles'"
            )
        ]
        if not tables:
            raise TileFileError(
                f"{self.path.name} has no tile layer. Choose a GeoPackage that holds raster tiles."
            )
        self.table = table or tables[0]
        if self.table not in tables:
            raise TileFileError(
                f"{self.path.name} has no tile layer named {self.table!r}; it has {', '.join(tables)}."
            )
        self.name = self.table
        srs, min_x, max_y = self._connection.execute(
            "SELECT srs_id, min_x, max_y FROM gpkg_tile_matrix_set WHERE table_name = ?", (self.table,)
        ).fetchone()
        if (
            srs != 3857
            or not math.isclose(min_x, -HALF_WORLD, rel_tol=1e-6)
            or not math.isclose(max_y, HALF_WORLD, rel_tol=1e-6)
        ):
            raise TileFileError(
                f"{self.path.name}: tile layer {self.table!r} is not a Web Mercator (EPSG:3857) "
                "world pyramid. "
                "Export it again with the 'GoogleMapsCompatible' tiling scheme."
            )
        self._zoom_offset = {}
        for zoom, width in self._connection.execute(
            "SELECT zoom_level, matrix_width FROM gpkg_tile_matrix WHERE table_name = ?", (self.table,)
        ):
            self._zoom_offset[int(round(math.log2(width)))] = zoom
        if not self._zoom_offset:
            raise TileFileError(f"{self.path.name}: tile layer {self.table!r} has no zoom levels.")
        self.min_zoom, self.max_zoom = min(self._zoom_offset), max(self._zoom_offset)

    def raw_tile(self, z: int, x: int, y: int) -> bytes | None:
        stored = self._zoom_offset.get(z)
        if stored is None:
            return None
        row = self._connection.execute(
            f'SELECT tile_data FROM "{self.table}" WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?',
            (stored, x, y),
        ).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self._connection.close()
        super().close()


def prune_cache(folder: Path, max_bytes: int) -> int:
    """Delete the least recently written tiles until the folder holds at most `max_bytes`; returns how
    many were deleted. Disk space on office PCs is limited and old tiles go stale anyway."""
    tiles = []
    for path in folder.rglob("*.png"):
        try:
            status = path.stat()
        except OSError:
            continue  # removed meanwhile by another fetch thread
        tiles.append((status.st_mtime, status.st_size, path))
    total = sum(size for _mtime, size, _path in tiles)
    removed = 0
    for _mtime, size, path in sorted(tiles):
        if total <= max_bytes:
            break
        path.unlink(missing_ok=True)
        total -= size
        removed += 1
    return removed


def open_tile_file(path: str | Path) -> TileSource:
    """An MBTiles (.mbtiles) or GeoPackage (.gpkg) tile file as a basemap source."""
    path = Path(path)
    if path.suffix.lower() == ".mbtiles":
        return MBTilesSource(path)
    if path.suffix.lower() == ".gpkg":
        return GeoPackageTileSource(path)
    raise TileFileError(f"{path.name} is not a tile file: choose an .mbtiles or .gpkg file.")


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    return connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


def _open_tile_database(path: Path, required_table: str, kind: str) -> sqlite3.Connection:
    if not path.is_file():
        raise TileFileError(f"{path} does not exist. Check the file name.")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        present = _has_table(connection, required_table)
    except sqlite3.DatabaseError as error:
        raise TileFileError(
            f"{path.name} is not {kind} file: it is not an SQLite database. "
            "Choose an .mbtiles file or a GeoPackage that holds raster tiles."
        ) from error
    if not present:
        connection.close()
        raise TileFileError(f"{path.name} is not {kind} file: it has no {required_table} table.")
    return connection


def _plain_text(html: str) -> str:
    """MBTiles attributions are often HTML links; keep the words."""
    import re

    return re.sub(r"<[^>]+>", "", html).replace("&copy;", "©").strip()


def tile_zoom(viewport: Viewport, source: TileSource) -> int:
    # Round half a level up so tiles are drawn at most 1.4x enlarged, never blurred twice over.
    return int(min(source.max_zoom, max(source.min_zoom, math.floor(viewport.zoom() + 0.6))))


def tiles_in_view(viewport: Viewport, z: int) -> list[tuple[int, int, int]]:
    span = 2 * HALF_WORLD / (1 << z)
    x0, y0, x1, y1 = viewport.mercator_bounds()
    last = (1 << z) - 1
    col0 = max(0, int((x0 + HALF_WORLD) // span))
    col1 = min(last, int((x1 + HALF_WORLD) // span))
    row0 = max(0, int((HALF_WORLD - y1) // span))
    row1 = min(last, int((HALF_WORLD - y0) // span))
    return [(z, x, y) for x in range(col0, col1 + 1) for y in range(row0, row1 + 1)]


def tile_rect(viewport: Viewport, z: int, x: int, y: int) -> QRectF:
    span = 2 * HALF_WORLD / (1 << z)
    left, top = viewport.mercator_to_pixel(-HALF_WORLD + x * span, HALF_WORLD - y * span)
    size = span / viewport.resolution
    return QRectF(float(left), float(top), size, size)


def draw_tiles(
    painter: QPainter, viewport: Viewport, source: TileSource, *, fetch_missing: bool = True
) -> int:
    """Draw the tiles in view; a missing tile is stood in for by an enlarged parent. Returns tiles drawn."""
    z = tile_zoom(viewport, source)
    wanted = tiles_in_view(viewport, z)
    missing = []
    drawn = 0
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for key in wanted:
        image = source.tile(*key)
        if image is not None:
            painter.drawImage(tile_rect(viewport, *key), image)
            drawn += 1
            continue
        missing.append(key)
        for up in range(1, 4):
            pz = key[0] - up
            if pz < source.min_zoom:
                break
            parent = source.tile(pz, key[1] >> up, key[2] >> up)
            if parent is not None:
                part = TILE_SIZE >> up
                sub = QRectF((key[1] % (1 << up)) * part, (key[2] % (1 << up)) * part, part, part)
                painter.drawImage(tile_rect(viewport, *key), parent, sub)
                drawn += 1
                break
    if missing and fetch_missing:
        source.request(missing)
    return drawn
