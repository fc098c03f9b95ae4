"""OpenStreetMap extracts as users get them: zlib-compressed .osm.pbf files in several blocks (as
Geofabrik, BBBike and `osmium extract` write them) are read whole, every street cached and drawn; files
GDAL cannot read whole (blocks compressed more than 100:1, lz4 blocks) are refused before reading, saying
how to rewrite them."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

osmium = pytest.importorskip("osmium")

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from osm_synthetic_extract import (  # noqa: E402
    TOWN_LAT,
    TOWN_LON,
    write_grid_extract,
    write_scattered_extract,
    write_town_extract,
)

from clusterdesk.io.osm_extract import OsmExtractError, convert_extract  # noqa: E402
from clusterdesk.io.osm_extract_blocks import pbf_blocks, unreadable_blocks  # noqa: E402

STREETS = 3000


@pytest.fixture(scope="module")
def scattered(tmp_path_factory):
    """(extract, {street name: its points}) of a zlib-compressed extract of 3000 named streets."""
    folder = tmp_path_factory.mktemp("scattered")
    extract, streets = write_scattered_extract(folder / "imbabura-latest.osm.pbf", STREETS)
    return extract, streets


@pytest.fixture(scope="module")
def dense_grid(tmp_path_factory) -> Path:
    """A street grid of identical ways, written with zlib: its blocks shrink more than 100 times."""
    folder = tmp_path_factory.mktemp("grid")
    grid = write_grid_extract(folder / "grid.osm.pbf", ways=8000)  # uncompressed
    return _recompressed(grid, folder / "grid-zlib.osm.pbf", "zlib")


def _recompressed(source: Path, target: Path, compression: str) -> Path:
    """`source` written again by libosmium with another block compression."""
    target.unlink(missing_ok=True)
    with osmium.SimpleWriter(osmium.io.File(str(target), f"pbf,pbf_compression={compression}")) as writer:
        for item in osmium.FileProcessor(str(source)):
            writer.add(item)
    return target


def _cached_streets(cache: Path) -> dict[str, str]:
    connection = sqlite3.connect(cache)
    try:
        return dict(connection.execute("SELECT name, kind FROM lines"))
    finally:
        connection.close()


def test_the_extract_is_zlib_compressed_in_several_blocks_as_real_ones_are(scattered):
    extract, _streets = scattered
    blocks = pbf_blocks(extract)
    data = [block for block in blocks if block.kind == "OSMData"]
    assert blocks[0].kind == "OSMHeader" and len(data) >= 3
    assert {block.method for block in blocks} == {"zlib"}
    assert all(1.2 < block.ratio < 10 for block in data)  # as Geofabrik's are (about 2:1)
    assert unreadable_blocks(blocks) is None


def test_every_street_of_a_compressed_extract_is_cached(scattered, tmp_path):
    extract, streets = scattered
    summary = convert_extract(extract, tmp_path / "cache.gpkg")
    assert (summary.lines, summary.places) == (STREETS, 20)
    cached = _cached_streets(summary.cache)
    assert set(cached) == set(streets)
    assert set(cached.values()) <= {"minor", "tertiary", "secondary", "primary", "service"}
    west, south, east, north = summary.bounds
    assert west < TOWN_LON < east and south < TOWN_LAT < north


def test_every_street_of_a_compressed_extract_is_drawn(scattered, tmp_path, qapp):
    from PySide6.QtGui import QColor, QImage

    from clusterdesk.render import osm_basemap
    from clusterdesk.render.renderer import MapRenderer
    from clusterdesk.render.street_layer import STREETS as STREET_LAYER
    from clusterdesk.render.viewport import METRES_PER_INCH, Viewport, lonlat_to_mercator

    extract, streets = scattered
    cache = convert_extract(extract, tmp_path / "cache.gpkg").cache
    renderer = MapRenderer(None, language="en")
    renderer.open_street_basemap(cache)
    x, y = lonlat_to_mercator(TOWN_LON, TOWN_LAT)
    size = 2400  # px: the whole square of streets at town scale, where every kind of road has a white fill
    view = Viewport(float(x), float(y), 7500 * METRES_PER_INCH / 96, size, size)
    road_colours = np.array(
        [
            (c.red(), c.green(), c.blue())
            for c in map(
                QColor,
                [osm_basemap.ROAD_FILL, osm_basemap.ROAD_LINE]
                + [style[2] for style in osm_basemap.ROAD_STYLE.values() if style[2]],
            )
        ]
    )

    def on_a_road(image) -> np.ndarray:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        data = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
        rgb = data[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[:, :, 2::-1].astype(int)
        middles = np.array([[(a + b) / 2 for a, b in zip(p[0], p[1], strict=True)] for p in streets.values()])
        px, py = view.lonlat_to_pixel(middles[:, 0], middles[:, 1])  # the middle of each first segment
        assert ((px > 100) & (px < size - 100) & (py > 100) & (py < size - 100)).all()  # off the scale bar
        column, row = np.round(px).astype(int), np.round(py).astype(int)
        # the pixel or one beside it: a service road 2.4 px wide has no pixel of pure fill at every point
        around = np.stack([rgb[row + dy, column + dx] for dy in (-1, 0, 1) for dx in (-1, 0, 1)], axis=1)
        road = (np.abs(around[:, :, None, :] - road_colours[None, None, :, :]).max(axis=-1) <= 12).any(
            axis=-1
        )
        return road.any(axis=1)

    drawn = renderer.render(view)
    drawn.save(str(tmp_path / "streets.png"))
    assert on_a_road(drawn).all(), f"{(~on_a_road(drawn)).sum()} streets not drawn"
    renderer.remove_layer(STREET_LAYER)
    assert on_a_road(renderer.render(view)).mean() < 0.05  # the same places are not road-coloured without


@pytest.mark.skipif(shutil.which("osmium") is None, reason="osmium-tool is not installed")
def test_extracts_written_by_osmium_tool_are_read_whole(scattered, tmp_path):
    extract, streets = scattered
    uncompressed = _recompressed(extract, tmp_path / "raw.osm.pbf", "none")
    rewritten = tmp_path / "osmium-cat.osm.pbf"
    subprocess.run(["osmium", "cat", str(uncompressed), "-o", str(rewritten)], check=True)
    assert {block.method for block in pbf_blocks(rewritten)} == {"zlib"}
    assert set(_cached_streets(convert_extract(rewritten, tmp_path / "cat.gpkg").cache)) == set(streets)
    cut = tmp_path / "osmium-extract.osm.pbf"  # a part cut out by bounding box, as osmium extract does
    box = f"{TOWN_LON - 0.005},{TOWN_LAT - 0.005},{TOWN_LON + 0.005},{TOWN_LAT + 0.005}"
    subprocess.run(
        ["osmium", "extract", "-b", box, "-s", "complete_ways", str(extract), "-o", str(cut)], check=True
    )
    inside = {
        name
        for name, points in streets.items()
        if any(abs(lon - TOWN_LON) < 0.005 and abs(lat - TOWN_LAT) < 0.005 for lon, lat in points)
    }
    assert len(inside) > 100
    assert set(_cached_streets(convert_extract(cut, tmp_path / "cut.gpkg").cache)) == inside


def test_blocks_compressed_more_than_a_hundred_to_one_are_refused_with_the_command_that_helps(
    dense_grid, tmp_path
):
    dense = dense_grid
    kind, found = unreadable_blocks(pbf_blocks(dense))
    assert kind == "ratio" and min(block.ratio for block in found) > 100
    target = tmp_path / "cache.gpkg"
    with pytest.raises(OsmExtractError) as refused:
        convert_extract(dense, target)
    message = str(refused.value)
    assert "grid-zlib.osm.pbf" in message and "100 to 1" in message
    assert (
        "osmium cat grid-zlib.osm.pbf -o grid-zlib-uncompressed.osm.pbf -f pbf,pbf_compression=none"
        in message
    )
    assert not target.exists()
    # the command it gives makes a file that is read whole
    rewritten = tmp_path / "grid-zlib-uncompressed.osm.pbf"
    _recompressed(dense, rewritten, "none")
    ways = sum(1 for _way in osmium.FileProcessor(str(dense), osmium.osm.WAY))
    summary = convert_extract(rewritten, target)
    assert summary.lines + summary.areas == ways > 7000  # every street, the river and the land-use squares


def test_lz4_blocks_which_gdal_reads_as_nothing_are_refused(tmp_path):
    town = write_town_extract(tmp_path / "town.osm.pbf")
    try:
        lz4 = _recompressed(town, tmp_path / "town-lz4.osm.pbf", "lz4")
    except ValueError:
        pytest.skip("this libosmium writes no lz4")
    assert unreadable_blocks(pbf_blocks(lz4))[0] == "compression"
    with pytest.raises(
        OsmExtractError, match=r"lz4.*osmium cat town-lz4\.osm\.pbf -o town-lz4-zlib\.osm\.pbf -f pbf"
    ):
        convert_extract(lz4, tmp_path / "cache.gpkg")


def test_the_refusal_speaks_the_users_language(dense_grid, tmp_path, russian_messages):
    with pytest.raises(OsmExtractError, match="сжаты более чем в 100 раз"):
        convert_extract(dense_grid, tmp_path / "cache.gpkg")


def test_block_reading_of_files_that_are_not_pbf_or_are_cut_short(tmp_path, scattered):
    extract, _streets = scattered
    xml = tmp_path / "town.osm"
    xml.write_text('<?xml version="1.0"?><osm version="0.6"></osm>')
    html = tmp_path / "page.osm.pbf"
    html.write_bytes(b"<html>Not found</html>")
    empty = tmp_path / "empty.osm.pbf"
    empty.write_bytes(b"")
    assert pbf_blocks(xml) is None and pbf_blocks(html) is None and pbf_blocks(empty) is None
    whole = pbf_blocks(extract)
    cut = tmp_path / "cut.osm.pbf"
    cut.write_bytes(extract.read_bytes()[: extract.stat().st_size * 2 // 3])
    assert 0 < len(pbf_blocks(cut)) <= len(whole)
