"""Tile basemaps: online XYZ tiles from a local server (never the internet), the silent offline fallback,
and local MBTiles files."""

from __future__ import annotations

import sqlite3
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from clusterdesk.render.renderer import OSM, MapRenderer
from clusterdesk.render.tiles import MBTilesSource, TileFileError, XYZTileSource, open_tile_file, user_agent
from clusterdesk.render.viewport import Viewport

TILE_COLOUR = "#3366cc"


def _png(colour: str) -> bytes:
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


@pytest.fixture
def tile_server(qt_app):
    tile = _png(TILE_COLOUR)
    seen: list[tuple[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            seen.append((self.path, self.headers.get("User-Agent", "")))
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(tile)))
            self.end_headers()
            self.wfile.write(tile)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()
    server.server_close()


def _renderer_with(source) -> MapRenderer:
    renderer = MapRenderer(None, layers=[OSM])
    renderer.layer(OSM).source = source
    renderer.decorations = False
    return renderer


def test_tiles_fetched_in_background_cached_on_disk_and_credited(tile_server, tmp_path):
    base, seen = tile_server
    arrived = threading.Event()
    source = XYZTileSource(base + "/{z}/{x}/{y}.png", cache_folder=tmp_path / "cache", on_tile=arrived.set)
    renderer = _renderer_with(source)
    view = Viewport.from_extent(-78.3, 0.28, -78.1, 0.4, 256, 256)
    first = renderer.render(view)
    assert first.pixelColor(128, 128) != QColor(TILE_COLOUR)  # nothing yet: the request is in flight
    assert arrived.wait(10) and source.wait_idle(10)
    renderer.forget_tiles()
    second = renderer.render(view)
    assert second.pixelColor(128, 128) == QColor(TILE_COLOUR)
    assert "© OpenStreetMap contributors" in renderer.credits()
    assert seen and all(agent == user_agent() for _path, agent in seen)
    assert user_agent().startswith("ClusterDesk/")
    assert list((tmp_path / "cache").rglob("*.png"))  # a fresh source reads them without the network
    again = _renderer_with(
        XYZTileSource("http://127.0.0.1:9/{z}/{x}/{y}.png", cache_folder=tmp_path / "cache")
    )
    assert again.render(view).pixelColor(128, 128) == QColor(TILE_COLOUR)


def test_offline_is_silent_and_keeps_natural_earth(qt_app, tmp_path):
    # Port 9 (discard) on localhost is closed: the connection is refused as it would be offline.
    source = XYZTileSource("http://127.0.0.1:9/{z}/{x}/{y}.png", cache_folder=tmp_path / "cache")
    renderer = MapRenderer(None, layers=["basemap", OSM])
    renderer.layer(OSM).source = source
    view = Viewport.from_extent(-81, -5, -75, 2, 300, 300)
    image = renderer.render(view)
    assert source.wait_idle(10)
    assert source.offline and source.fetched == 0
    assert not image.isNull()
    renderer.forget_tiles()
    renderer.render(view)  # no new requests while offline, no error
    assert "© OpenStreetMap contributors" not in renderer.credits()
    assert "© Natural Earth" in renderer.credits()


def _write_mbtiles(path, colour: str, zoom: int = 3) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    connection.execute(
        "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)"
    )
    connection.executemany("INSERT INTO metadata VALUES (?, ?)",
                           [("name", "Regional survey"), ("format", "png"),
                            ("attribution", '<a href="https://example.org">© Survey office</a>')],
                           )  # fmt: skip
    tile = _png(colour)
    count = 1 << zoom
    rows = [(zoom, x, y, tile) for x in range(count) for y in range(count)]
    connection.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", rows)
    connection.commit()
    connection.close()


def test_mbtiles_layer(qt_app, tmp_path):
    path = tmp_path / "region.mbtiles"
    _write_mbtiles(path, "#22aa44")
    source = open_tile_file(path)
    assert isinstance(source, MBTilesSource) and (source.min_zoom, source.max_zoom) == (3, 3)
    renderer = MapRenderer(None, layers=["basemap"])
    renderer.decorations = True
    state = renderer.add_tile_layer(source)
    assert [s.id for s in renderer.layers][:2] == ["basemap", state.id]
    image = renderer.render(Viewport.from_extent(-78.3, 0.28, -78.1, 0.4, 200, 200))
    assert image.pixelColor(100, 100) == QColor("#22aa44")  # enlarged from zoom 3, the deepest level
    assert "© Survey office" in renderer.credits()
    renderer.close()


def test_bad_tile_files_are_explained(qt_app, tmp_path):
    text = tmp_path / "notes.mbtiles"
    text.write_text("not a database")
    with pytest.raises(TileFileError, match="notes.mbtiles is not an MBTiles file"):
        open_tile_file(text)
    with pytest.raises(TileFileError, match="choose an .mbtiles or .gpkg file"):
        open_tile_file(tmp_path / "tiles.zip")
    empty = tmp_path / "empty.mbtiles"
    _write_mbtiles(empty, "#000000")
    connection = sqlite3.connect(empty)
    connection.execute("DELETE FROM tiles")
    connection.commit()
    connection.close()
    with pytest.raises(TileFileError, match="contains no tiles"):
        open_tile_file(empty)


def _write_geopackage_tiles(path, colour: str, zoom: int = 2) -> None:
    """A minimal GeoPackage tile pyramid in Web Mercator, as GDAL writes with GoogleMapsCompatible."""
    half = 20037508.342789244
    connection = sqlite3.connect(path)
    connection.executescript(
        """
        CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT);
        CREATE TABLE gpkg_tile_matrix_set (table_name TEXT PRIMARY KEY, srs_id INTEGER, min_x DOUBLE,
            min_y DOUBLE, max_x DOUBLE, max_y DOUBLE);
        CREATE TABLE gpkg_tile_matrix (table_name TEXT, zoom_level INTEGER, matrix_width INTEGER,
            matrix_height INTEGER, tile_width INTEGER, tile_height INTEGER, pixel_x_size DOUBLE,
            pixel_y_size DOUBLE);
        CREATE TABLE relief (id INTEGER PRIMARY KEY, zoom_level INTEGER, tile_column INTEGER,
            tile_row INTEGER, tile_data BLOB);
        """
    )
    connection.execute("INSERT INTO gpkg_contents VALUES ('relief', 'tiles', 'relief')")
    connection.execute(
        "INSERT INTO gpkg_tile_matrix_set VALUES ('relief', 3857, ?, ?, ?, ?)", (-half, -half, half, half)
    )
    count = 1 << zoom
    size = 2 * half / count / 256
    connection.execute("INSERT INTO gpkg_tile_matrix VALUES ('relief', ?, ?, ?, 256, 256, ?, ?)",
                       (zoom, count, count, size, size))  # fmt: skip
    tile = _png(colour)
    insert = "INSERT INTO relief (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)"
    connection.executemany(insert, [(zoom, x, y, tile) for x in range(count) for y in range(count)])
    connection.commit()
    connection.close()


def test_geopackage_tile_layer(qt_app, tmp_path):
    path = tmp_path / "relief.gpkg"
    _write_geopackage_tiles(path, "#aa3377")
    renderer = MapRenderer(None, layers=[])
    renderer.decorations = False
    renderer.add_tile_layer(open_tile_file(path))
    image = renderer.render(Viewport.from_extent(-78.3, 0.28, -78.1, 0.4, 120, 120))
    assert image.pixelColor(60, 60) == QColor("#aa3377")


def test_render_map_command_with_a_tile_file(qt_app, small_project, tmp_path):
    from clusterdesk.cli.main import main

    small_project.save()
    tiles = tmp_path / "region.mbtiles"
    _write_mbtiles(tiles, "#22aa44")
    out = tmp_path / "map.png"
    code = main(["render-map", str(small_project.path), "-o", str(out), "--size", "200x200",
                 "--layers", "basemap", "--tiles", str(tiles)])  # fmt: skip
    assert code == 0
    assert QImage(str(out)).pixelColor(100, 60) == QColor("#22aa44")
    missing = tmp_path / "no.mbtiles"
    assert main(["render-map", str(small_project.path), "-o", str(out), "--tiles", str(missing)]) == 2


def test_tile_cache_keeps_the_newest_within_its_size(tmp_path):
    import os

    from clusterdesk.render.tiles import prune_cache

    for index in range(5):
        tile = tmp_path / "osm" / "3" / str(index) / "1.png"
        tile.parent.mkdir(parents=True)
        tile.write_bytes(b"x" * 1000)
        os.utime(tile, (1_000_000 + index, 1_000_000 + index))
    assert prune_cache(tmp_path / "osm", 2500) == 3
    kept = sorted(p.parent.name for p in (tmp_path / "osm").rglob("*.png"))
    assert kept == ["3", "4"]


def test_render_map_waits_for_online_tiles(tile_server, small_project, monkeypatch):
    from clusterdesk.render import render_map, tiles

    base, _seen = tile_server
    monkeypatch.setenv(tiles.TILE_URL_VARIABLE, base + "/{z}/{x}/{y}.png")  # a local mirror
    image = render_map(small_project, 200, 200, (-78.3, 0.28, -78.1, 0.4), layers=["osm"])
    assert image.pixelColor(100, 60) == QColor(TILE_COLOUR)


def test_user_agent_carries_the_agency_contact(monkeypatch):
    monkeypatch.setenv("CLUSTERDESK_CONTACT", "sig@agencia.example")
    assert user_agent().endswith("; sig@agencia.example)")
