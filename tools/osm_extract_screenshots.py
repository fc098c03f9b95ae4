"""Screenshots of the offline street basemap in the main window.

    QT_QPA_PLATFORM=offscreen python tools/osm_extract_screenshots.py [--output docs/screenshots]
        [--language es] [--sizes 1366x768 1920x1080]

Opens a copy of the Atuntaqui sample, adds a made-up OpenStreetMap extract of the town
(tools/osm_synthetic_extract.py, not real OpenStreetMap data) from the Layers panel, zooms to town scale
and saves `map_osm_extract_<width>x<height>[_<language>].png`, one interface language per run. Settings
and caches go to a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))


def settle(app, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--language", default="en", choices=("en", "es", "fr", "ru"))
    parser.add_argument("--sizes", nargs="*", default=["1366x768"])
    parser.add_argument("--scale", type=float, default=9000)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="clusterdesk-osm-screens-"))
    os.environ["CLUSTERDESK_DATA_DIR"] = str(folder / "data")
    os.environ["CLUSTERDESK_TILE_URL"] = "http://127.0.0.1:9/{z}/{x}/{y}.png"  # offline, as in the field

    from osm_synthetic_extract import TOWN_LAT, TOWN_LON, write_model_town_extract

    from clusterdesk.gui.app import make_application
    from clusterdesk.gui.main_window import MainWindow
    from clusterdesk.render.viewport import METRES_PER_INCH, Viewport, lonlat_to_mercator

    extract = write_model_town_extract(folder / "antonio-ante.osm.pbf")
    project = folder / "atuntaqui_garments.gpkg"
    shutil.copyfile(REPO / "sample_projects" / "atuntaqui_garments.gpkg", project)
    args.output.mkdir(parents=True, exist_ok=True)
    language = args.language
    app = make_application([sys.argv[0]], language)
    for size in args.sizes:
        width, height = (int(n) for n in size.split("x"))
        window = MainWindow()
        window.resize(width, height)
        window.show()
        settle(app, 0.3)
        window.documents.open_path(project)
        settle(app, 0.5)
        layers = window.docks["layers"]
        layers.show()
        task = layers.widget().osm_extract.add(extract)
        while task is not None and not task.done:
            settle(app, 0.1)
        window.docks["registry"].hide()  # the map, not the table, is the subject
        canvas = window.canvas
        canvas.set_layer_visible("relations", False)  # ties drawn over streets hide them
        x, y = lonlat_to_mercator(TOWN_LON + 0.002, TOWN_LAT - 0.001)
        settle(app, 0.3)
        view = canvas.viewport
        resolution = args.scale * METRES_PER_INCH / 96
        canvas.set_viewport(Viewport(float(x), float(y), resolution, view.width, view.height))
        settle(app, 1.0)
        suffix = "" if language == "en" else f"_{language}"
        target = args.output / f"map_osm_extract_{width}x{height}{suffix}.png"
        window.grab().save(str(target))
        print(target)
        window.workspace.close(discard=True)
        window.workspace.shutdown()
        window.close()
        window.deleteLater()
        settle(app, 0.2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
