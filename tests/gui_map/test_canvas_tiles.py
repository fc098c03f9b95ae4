"""Online tiles arrive on worker threads and the canvas repaints with them; without a server it stays
silent. The server is a local http.server, never the internet."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

TILE_COLOUR = "#3366cc"


@pytest.fixture
def tile_url(qapp):
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor(TILE_COLOUR))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    tile = bytes(data)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(tile)))
            self.end_headers()
            self.wfile.write(tile)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
    server.shutdown()
    server.server_close()


def test_canvas_shows_tiles_when_they_arrive(canvas, qtbot, tile_url):
    canvas.set_online_tiles(tile_url)
    canvas.set_layer_visible("basemap", False)
    canvas.set_layer_visible("boundaries", False)
    canvas.set_layer_visible("osm", True)
    canvas.render_now()
    qtbot.waitUntil(lambda: canvas._image.pixelColor(20, 20) == QColor(TILE_COLOUR), timeout=10000)
    assert "© OpenStreetMap contributors" in canvas.renderer.credits()


def test_canvas_offline_keeps_natural_earth(canvas, qtbot):
    canvas.set_online_tiles("http://127.0.0.1:9/{z}/{x}/{y}.png")
    canvas.set_layer_visible("osm", True)
    canvas.render_now()
    source = canvas.renderer.layer("osm").source
    assert source.wait_idle(10)
    assert source.offline
    canvas.render_now()
    offline = canvas._image.copy()
    canvas.set_layer_visible("osm", False)
    canvas.render_now()
    assert offline == canvas._image  # the same Natural Earth map, no error, no empty tiles
    assert "© OpenStreetMap contributors" not in canvas.renderer.credits()
