"""The offline street basemap: an .osm.pbf written with pyosmium, converted with GDAL's OSM driver, drawn at
town scale (the road's pixels along its path, the town's name), refused when it is not OpenStreetMap."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("osmium")

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from osm_synthetic_extract import ROAD_WEST_EAST, TOWN_LAT, TOWN_LON, TOWN_NAME, write_town_extract  # noqa: E402

from clusterdesk.io.errors import Cancelled  # noqa: E402
from clusterdesk.io.osm_extract import (  # noqa: E402
    OsmExtractError,
    cache_is_current,
    cache_path_for,
    convert_extract,
    ensure_cache,
)
from clusterdesk.io.osm_extract_choice import forget_extract, remember_extract, remembered_extract  # noqa: E402

TOWN_SCALE = 7500


@pytest.fixture
def town_extract(tmp_path) -> Path:
    return write_town_extract(tmp_path / "imbabura.osm.pbf")


@pytest.fixture
def town_cache(town_extract, tmp_path) -> Path:
    return convert_extract(town_extract, tmp_path / "imbabura.osm-cache.gpkg").cache


def test_conversion_keeps_roads_water_land_use_and_places(town_extract, tmp_path):
    steps = []
    summary = convert_extract(
        town_extract, tmp_path / "cache.gpkg", progress=lambda fraction, text: steps.append((fraction, text))
    )
    assert (summary.lines, summary.areas, summary.places) == (3, 3, 1)
    assert [fraction for fraction, _text in steps] == sorted(fraction for fraction, _text in steps)
    connection = sqlite3.connect(summary.cache)
    try:
        lines = dict(connection.execute("SELECT name, kind FROM lines"))
        areas = dict(connection.execute("SELECT kind, name FROM areas"))
        place = connection.execute("SELECT kind, name, name_ru FROM places").fetchone()
        indexed = {row[0] for row in connection.execute("SELECT table_name FROM gpkg_extensions")}
    finally:
        connection.close()
    assert lines["Avenida Julio Miguel Aguinaga"] == "primary"
    assert lines["Calle Bolívar"] == "minor"
    assert lines["Río Ambi"] == "river"
    assert areas["water"] == "Laguna" and areas["green"] == "Parque Central" and "built" in areas
    assert place == ("town", TOWN_NAME, "Атунтаки")
    assert {"lines", "areas", "places"} <= indexed  # RTree spatial indexes
    # QGIS and GDAL read the cache as an ordinary GeoPackage in lon/lat
    import pyogrio

    info = pyogrio.read_info(summary.cache, layer="lines")
    assert info["crs"] == "EPSG:4326" and info["features"] == 3
    west, south, east, north = summary.bounds
    assert west <= TOWN_LON <= east and south <= TOWN_LAT <= north


def test_an_unchanged_extract_is_not_converted_again(town_extract, town_cache):
    assert cache_is_current(town_cache, town_extract)
    written = town_cache.stat().st_mtime_ns
    assert ensure_cache(town_extract, town_cache) == town_cache
    assert town_cache.stat().st_mtime_ns == written
    write_town_extract(town_extract)  # downloaded again
    town_extract.touch()
    assert not cache_is_current(town_cache, town_extract)


@pytest.mark.parametrize(
    "content", [b"\x00\x01garbage" * 300, b"<html>Not found</html>", b""], ids=["binary", "text", "empty"]
)
def test_a_corrupt_or_foreign_file_is_refused_naming_it(tmp_path, content):
    bad = tmp_path / "ecuador-latest.osm.pbf"
    bad.write_bytes(content)
    target = tmp_path / "cache.gpkg"
    with pytest.raises(OsmExtractError) as refused:
        convert_extract(bad, target)
    assert "ecuador-latest.osm.pbf" in str(refused.value)
    assert "OpenStreetMap" in str(refused.value)
    assert not target.exists()
    assert not list(tmp_path.glob(".*part*"))


def test_a_geopackage_is_not_taken_for_an_extract(town_cache, tmp_path):
    with pytest.raises(OsmExtractError, match="imbabura.osm-cache.gpkg"):
        convert_extract(town_cache, tmp_path / "other.gpkg")


def test_cancelling_writes_nothing(town_extract, tmp_path):
    target = tmp_path / "cache.gpkg"
    with pytest.raises(Cancelled):
        convert_extract(town_extract, target, cancel=lambda: True)
    assert not target.exists()
    assert not list(tmp_path.glob(".*part*"))


def test_the_cache_goes_beside_the_project_or_into_the_data_folder(tmp_path, town_extract):
    project = tmp_path / "atuntaqui.gpkg"
    assert cache_path_for(project, town_extract) == tmp_path / "atuntaqui.osm-cache.gpkg"
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        elsewhere = cache_path_for(locked / "atuntaqui.gpkg", town_extract)
    finally:
        locked.chmod(0o700)
    if elsewhere.parent != locked:  # root may write anywhere
        assert elsewhere.name.endswith(".osm-cache.gpkg") and "ClusterDesk" not in str(locked)
    from clusterdesk.core.samples import sample_projects

    for sample in sample_projects()[:1]:  # the bundled samples' folder stays as installed
        assert cache_path_for(sample, town_extract).parent != sample.parent


def test_the_project_remembers_its_extract_by_uuid(tmp_path, town_extract):
    from clusterdesk.core.project import Project

    project = Project.new(tmp_path / "p.gpkg", "Atuntaqui garments", country="EC")
    try:
        assert remembered_extract(project) is None
        remember_extract(project, town_extract, tmp_path / "p.osm-cache.gpkg")
        choice = remembered_extract(project)
        assert choice.extract == town_extract and choice.cache == tmp_path / "p.osm-cache.gpkg"
        forget_extract(project)
        assert remembered_extract(project) is None
    finally:
        project.close()


# -- drawing --------------------------------------------------------------------------------------------
def _town_view(width=900, height=600, scale=TOWN_SCALE):
    from clusterdesk.render.viewport import METRES_PER_INCH, Viewport, lonlat_to_mercator

    x, y = lonlat_to_mercator(TOWN_LON, TOWN_LAT)
    return Viewport(float(x), float(y), scale * METRES_PER_INCH / 96, width, height)


def _pixels(image) -> np.ndarray:
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return data[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[:, :, 2::-1].copy()


def _close_to(pixels: np.ndarray, colour: str, tolerance: int = 6) -> np.ndarray:
    from PySide6.QtGui import QColor

    c = QColor(colour)
    target = np.array([c.red(), c.green(), c.blue()])
    return np.abs(pixels.astype(int) - target).max(axis=-1) <= tolerance


def test_a_road_and_the_town_name_are_drawn_at_town_scale(town_cache, qapp, tmp_path):
    from clusterdesk.render.osm_basemap import ROAD_FILL
    from clusterdesk.render.renderer import MapRenderer
    from clusterdesk.render.street_layer import STREETS

    renderer = MapRenderer(None, language="en")
    renderer.open_street_basemap(town_cache)
    assert [s.id for s in renderer.layers][:2] == ["basemap", STREETS]  # just above Natural Earth
    view = _town_view()
    assert 7000 < view.scale_denominator() < 8000
    image = renderer.render(view)
    image.save(str(tmp_path / "town.png"))
    pixels = _pixels(image)
    road = _close_to(pixels, ROAD_FILL, 2)
    # Along the primary road, from one end to the other, the pixels at its latitude are the road's white
    (lon0, lat), (lon1, _lat) = ROAD_WEST_EAST
    lons = np.linspace(lon0, lon1, 60)[3:-3]
    px, py = view.lonlat_to_pixel(lons, np.full_like(lons, lat))
    inside = (px > 0) & (px < view.width - 1)
    assert inside.sum() > 20
    on_road = road[np.round(py[inside]).astype(int), np.round(px[inside]).astype(int)]
    assert on_road.mean() > 0.9, f"road drawn at {on_road.mean():.0%} of its path"
    # and 60 metres (about 30 px) north of it there is no road
    _x, py_north = view.lonlat_to_pixel(lons, np.full_like(lons, lat + 0.00055))
    assert road[np.round(py_north[inside]).astype(int), np.round(px[inside]).astype(int)].mean() < 0.1
    assert TOWN_NAME in renderer.street_labels
    assert "© OpenStreetMap contributors" in renderer.credits()
    # the lake is blue where Natural Earth has only land there
    lake_x, lake_y = view.lonlat_to_pixel(-78.2080, 0.3355)
    r, g, b = pixels[int(lake_y), int(lake_x)]
    assert b > r + 20 and b > g


def test_names_go_with_the_projects_labels_and_natural_earth_does_not_repeat_them(town_cache, qapp, tmp_path):
    from clusterdesk.core import edits
    from clusterdesk.core.project import Project
    from clusterdesk.render.renderer import MapRenderer

    project = Project.new(tmp_path / "p.gpkg", "Atuntaqui garments", country="EC")
    try:
        project.stack.push(
            edits.AddStakeholders([{"name": "Textiles Imbabura", "lon": -78.214, "lat": 0.331}])
        )
        renderer = MapRenderer(project, language="en")
        renderer.open_street_basemap(town_cache)
        renderer.render(_town_view())
        assert renderer.places_with_project_labels()
        assert renderer.street_labels == [TOWN_NAME]
        assert TOWN_NAME not in renderer.basemap_labels
        renderer.layer("streets").visible = False  # without the streets, Natural Earth names the towns again
        renderer.render(_town_view(scale=60000))
        assert renderer.street_labels == [TOWN_NAME]  # unchanged: the street layer drew nothing new
    finally:
        project.close()


def test_names_follow_the_map_language(town_cache, qapp):
    from clusterdesk.render.renderer import MapRenderer

    renderer = MapRenderer(None, language="ru")
    renderer.open_street_basemap(town_cache)
    renderer.render(_town_view())
    assert renderer.street_labels == ["Атунтаки"]


def test_removing_the_layer_restores_the_plain_basemap(town_cache, qapp):
    from clusterdesk.render.renderer import MapRenderer
    from clusterdesk.render.street_layer import STREETS

    renderer = MapRenderer(None, language="en")
    renderer.open_street_basemap(town_cache)
    with_streets = _pixels(renderer.render(_town_view()))
    renderer.remove_layer(STREETS)
    assert renderer.street_basemap is None and STREETS not in [s.id for s in renderer.layers]
    without = _pixels(renderer.render(_town_view()))
    assert (with_streets != without).any(axis=-1).mean() > 0.05
    assert "© OpenStreetMap contributors" not in renderer.credits()


def test_render_map_draws_the_extract_given_or_remembered(town_extract, tmp_path, qapp):
    from clusterdesk.cli.main import main
    from clusterdesk.core.project import Project
    from clusterdesk.render.osm_basemap import ROAD_FILL

    path = tmp_path / "atuntaqui.gpkg"
    Project.new(path, "Atuntaqui garments", country="EC").close()
    extent = "--extent=-78.2185,0.3290,-78.2085,0.3350"
    plain, streets, remembered = tmp_path / "plain.png", tmp_path / "streets.png", tmp_path / "remembered.png"
    assert main(["render-map", str(path), "-o", str(plain), extent, "--size", "800x500"]) == 0
    arguments = ["render-map", str(path), "-o", str(streets), extent, "--size", "800x500"]
    assert main([*arguments, "--osm-extract", str(town_extract)]) == 0
    assert (tmp_path / "atuntaqui.osm-cache.gpkg").exists()  # beside the project, not inside it
    from PySide6.QtGui import QImage

    white = [_close_to(_pixels(QImage(str(p))), ROAD_FILL, 2).sum() for p in (plain, streets)]
    assert white[1] > white[0] + 1000  # the scale bar and credits are white too
    project = Project.open(path)
    try:
        remember_extract(project, town_extract, tmp_path / "atuntaqui.osm-cache.gpkg")
    finally:
        project.close()
    assert main(["render-map", str(path), "-o", str(remembered), extent, "--size", "800x500"]) == 0
    assert _close_to(_pixels(QImage(str(remembered))), ROAD_FILL, 2).sum() > white[0] + 1000


def test_render_map_refuses_a_damaged_extract(tmp_path, qapp, capsys):
    from clusterdesk.cli.main import main
    from clusterdesk.core.project import Project

    path = tmp_path / "atuntaqui.gpkg"
    Project.new(path, "Atuntaqui garments", country="EC").close()
    bad = tmp_path / "broken.osm.pbf"
    bad.write_bytes(b"\x00" * 500)
    assert main(["render-map", str(path), "-o", str(tmp_path / "m.png"), "--osm-extract", str(bad)]) != 0
    assert "broken.osm.pbf" in capsys.readouterr().err
    assert not (tmp_path / "m.png").exists()


def test_the_packs_map_draws_the_remembered_extract(town_extract, tmp_path, qapp):
    """render_map, which the action-plan pack draws its map with, finds the project's extract by UUID, so
    the snapshot the pack is built from (another path) finds it too."""
    import shutil

    from PySide6.QtGui import QImage

    from clusterdesk.core.project import Project
    from clusterdesk.render.export import render_map
    from clusterdesk.render.osm_basemap import ROAD_FILL

    path = tmp_path / "atuntaqui.gpkg"
    Project.new(path, "Atuntaqui garments", country="EC").close()
    extent = (-78.2185, 0.3290, -78.2085, 0.3350)
    plain = render_map(path, 800, 500, extent)
    project = Project.open(path)
    try:
        cache = convert_extract(town_extract, tmp_path / "atuntaqui.osm-cache.gpkg").cache
        remember_extract(project, town_extract, cache)
    finally:
        project.close()
    snapshot = tmp_path / "snapshot" / "copy.gpkg"
    snapshot.parent.mkdir()
    shutil.copyfile(path, snapshot)
    with_streets = render_map(snapshot, 800, 500, extent)
    counts = [_close_to(_pixels(QImage(image)), ROAD_FILL, 2).sum() for image in (plain, with_streets)]
    assert counts[1] > counts[0] + 1000


def test_a_small_extract_seen_from_afar_leaves_the_towns_around_it_their_names(town_cache, qapp):
    from clusterdesk.render.renderer import MapRenderer

    renderer = MapRenderer(None, language="en")
    renderer.open_street_basemap(town_cache)
    close = _town_view()
    assert renderer.streets_name_places(close)
    wide = _town_view(scale=250_000)  # zoom 11, a view a hundred times wider than the town's extract
    assert wide.zoom() > 10 and not renderer.streets_name_places(wide)
    renderer.render(wide)
    assert renderer.basemap_labels  # Natural Earth names Ibarra, Otavalo, ... again
