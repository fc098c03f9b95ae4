"""The window's offline street basemap: Layers panel ▸ Add OpenStreetMap extract… converts on a worker,
the project remembers the extract, Remove forgets it, a damaged file is refused by name; and the status
bar's one note when online tiles stop arriving."""

from __future__ import annotations

import http.server
import socket
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QPushButton

pytest.importorskip("osmium")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from osm_synthetic_extract import TOWN_LAT, TOWN_LON, write_grid_extract, write_town_extract  # noqa: E402

from clusterdesk.io.osm_extract_choice import remembered_extract  # noqa: E402
from clusterdesk.render.osm_basemap import ROAD_FILL  # noqa: E402
from clusterdesk.render.renderer import OSM  # noqa: E402
from clusterdesk.render.street_layer import STREETS  # noqa: E402
from clusterdesk.render.viewport import METRES_PER_INCH, Viewport, lonlat_to_mercator  # noqa: E402


def _open(window, path: Path, qtbot):
    assert window.documents.open_path(path)
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.canvas, timeout=5000)
    return window.workspace.project


def _panel(window):
    return window.docks["layers"].widget()


def _to_town(window, scale: float = 7500) -> None:
    canvas = window.canvas
    x, y = lonlat_to_mercator(TOWN_LON, TOWN_LAT)
    size = canvas.viewport
    canvas.viewport = Viewport(float(x), float(y), scale * METRES_PER_INCH / 96, size.width, size.height)
    canvas.render_now()


def _road_pixels(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    pixels = data[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[:, :, 2::-1].astype(int)
    white = QColor(ROAD_FILL)
    target = np.array([white.red(), white.green(), white.blue()])
    return int((np.abs(pixels - target).max(axis=-1) <= 2).sum())


def _wait_task(controller, qtbot, outcome: str = "succeeded"):
    task = controller.task
    with qtbot.waitSignal(getattr(task, outcome), timeout=20000):
        pass
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    return task


def test_an_extract_is_added_remembered_restored_and_removed(make_window, small_project, tmp_path, qtbot):
    extract = write_town_extract(tmp_path / "imbabura.osm.pbf")
    window = make_window()
    project = _open(window, small_project, qtbot)
    panel = _panel(window)
    _to_town(window)
    before = _road_pixels(window.canvas._image)
    task = panel.osm_extract.add(extract)
    assert task is not None  # converted on a worker
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    assert task.error is None, task.error
    cache = small_project.with_name("atuntaqui.osm-cache.gpkg")
    assert cache.exists()
    assert remembered_extract(project).extract == extract
    layer_ids = [
        panel.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
        for i in range(panel.tree.topLevelItemCount())
    ]
    assert layer_ids[-2:] == [STREETS, "basemap"]  # just above Natural Earth, as the panel lists it
    _to_town(window)
    assert _road_pixels(window.canvas._image) > before + 1000

    # The project opened again shows its streets without converting again
    written = cache.stat().st_mtime_ns
    assert window.documents.close_project()
    assert window.canvas.renderer.street_basemap is None
    project = _open(window, small_project, qtbot)
    assert window.canvas.renderer.street_basemap is not None
    assert panel.osm_extract.task is task  # no new conversion
    assert cache.stat().st_mtime_ns == written

    # Remove takes the layer off and forgets the extract
    item = next(
        panel.tree.topLevelItem(i)
        for i in range(panel.tree.topLevelItemCount())
        if panel.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == STREETS
    )
    panel.tree.setCurrentItem(item)
    assert panel.remove.isEnabled()
    panel.remove.click()
    assert window.canvas.renderer.street_basemap is None
    assert remembered_extract(project) is None


def test_a_damaged_extract_is_refused_naming_the_file(make_window, small_project, tmp_path, qtbot, dialogs):
    bad = tmp_path / "ecuador-latest.osm.pbf"
    bad.write_bytes(b"\x1f\x8b not a protocol buffer" * 50)
    window = make_window()
    _open(window, small_project, qtbot)
    panel = _panel(window)
    task = panel.osm_extract.add(bad)
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    assert len(dialogs.errors) == 1
    message, _details = dialogs.errors[0]
    assert "ecuador-latest.osm.pbf" in message and "OpenStreetMap" in message
    assert window.canvas.renderer.street_basemap is None
    assert not small_project.with_name("atuntaqui.osm-cache.gpkg").exists()


def test_a_conversion_can_be_cancelled(make_window, small_project, tmp_path, qtbot):
    extract = write_grid_extract(tmp_path / "large.osm.pbf", 20_000)
    window = make_window()
    _open(window, small_project, qtbot)
    controller = _panel(window).osm_extract
    task = controller.add(extract)
    controller.progress.findChild(QPushButton).click()  # the progress dialog's Cancel button
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    assert task.error is None and task.result is None
    assert window.canvas.renderer.street_basemap is None
    assert not list(small_project.parent.glob("*osm-cache*"))
    assert "cancelled" in window.statusBar().currentMessage()


# -- online tiles ----------------------------------------------------------------------------------
def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _TileServer:
    """A local tile server answering every request with one PNG tile."""

    def __init__(self) -> None:
        image = QImage(256, 256, QImage.Format.Format_RGB32)
        image.fill(QColor("#e0d8c8"))
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        png = bytes(data)

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(png)))
                self.end_headers()
                self.wfile.write(png)

            def log_message(self, *_args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_failing_tiles_are_reported_once_until_they_recover_and_fail_again(
    make_window, small_project, qtbot, monkeypatch
):
    closed = f"http://127.0.0.1:{_closed_port()}/{{z}}/{{x}}/{{y}}.png"
    monkeypatch.setenv("CLUSTERDESK_TILE_URL", closed)
    window = make_window()
    _open(window, small_project, qtbot)
    status = window.status
    note = status.tiles_unavailable_text()
    assert note == "Online map tiles unavailable — showing the offline basemap"
    notes = []
    status.messageChanged.connect(lambda text: notes.append(text) if text == note else None)
    source = window.canvas.renderer.layer(OSM).source
    assert source.url_template == closed
    window.canvas.set_layer_visible(OSM, True)
    window.canvas.render_now()
    qtbot.waitUntil(lambda: notes == [note], timeout=15000)
    assert status.currentMessage() == note

    # Failing again while still failing says nothing more
    source.wait_idle()
    source._offline_until = 0.0  # retry now rather than in a minute
    window.canvas.renderer.forget_tiles()
    _to_town(window, 20000)
    source.wait_idle()
    qtbot.wait(200)
    assert source.failures >= 2 and notes == [note]

    # Tiles arrive again, then fail again: said once more
    server = _TileServer()
    try:
        source.url_template = server.url
        source._offline_until = 0.0
        assert source.fetch(5, 10, 15)
        qtbot.waitUntil(lambda: source.available, timeout=5000)
    finally:
        server.close()
    status.clearMessage()  # long gone by the time tiles come and go again
    source.url_template = closed
    assert not source.fetch(6, 20, 30)
    qtbot.waitUntil(lambda: len(notes) == 2, timeout=5000)
