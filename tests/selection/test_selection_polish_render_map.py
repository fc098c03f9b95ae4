"""`clusterdesk render-map --choropleth`: the study's areas coloured by the LQ of a sector or by the best
candidate score, with the legend in the map's language, framed on the areas' main body; and the main body
itself (the largest landmass and what lies near it, far-off parts left out)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import shapely
from PIL import Image
from shapely.geometry import box

from clusterdesk.cli.main import main
from clusterdesk.render.choropleth_classes import NO_VALUE_COLOUR, PALETTE
from clusterdesk.render.main_body import main_body
from clusterdesk.render.viewport import Viewport, lonlat_to_mercator
from selection_desk_study import new_study_project

SAMPLE = Path(__file__).resolve().parents[2] / "sample_projects" / "ecuador_cluster_selection.gpkg"
SIZE = (1200, 900)


@pytest.fixture
def study(tmp_path) -> Path:
    path = tmp_path / "mapping.gpkg"
    project = new_study_project(path)
    project.save()
    project.close()
    return path


def render(capsys, path: Path, output: Path, *options: str) -> tuple[int, str, str]:
    code = main(["render-map", str(path), "-o", str(output), "--size", f"{SIZE[0]}x{SIZE[1]}", *options])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def rgb_at(image: Image.Image, lon: float, lat: float, extent) -> tuple[int, int, int]:
    viewport = Viewport.from_extent(*extent, *SIZE, dpi=96.0, min_resolution=2.0)
    x, y = viewport.mercator_to_pixel(*lonlat_to_mercator(lon, lat))
    return image.getpixel((int(x), int(y)))[:3]


def near(rgb, colour: str, tolerance: int = 40) -> bool:
    expected = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return all(abs(a - b) <= tolerance for a, b in zip(rgb, expected, strict=True))


def test_the_lq_choropleth_colours_each_area_by_its_class(study, tmp_path, capsys):
    extent = (-80.0, -1.0, -78.0, 1.0)
    output = tmp_path / "lq.png"
    code, out, err = render(
        capsys, study, output, "--choropleth", "lq:14", "--extent", "-80,-1,-78,1", "--no-legend"
    )
    assert code == 0, err
    assert "Wrote" in out
    image = Image.open(output).convert("RGB")
    # LQ of garments: Imbabura 2.4 (class 2-4), Pichincha 0.8 (class 0.8-1.25); drawn at 85 % opacity
    imbabura = rgb_at(image, -79.3, 0.3, extent)
    pichincha = rgb_at(image, -78.3, 0.3, extent)
    assert near(imbabura, PALETTE[3]) and not near(imbabura, PALETTE[1])
    assert near(pichincha, PALETTE[1]) and not near(pichincha, PALETTE[3])


def test_the_score_choropleth_greys_areas_without_a_candidate(study, tmp_path, capsys):
    extent = (-80.0, -1.0, -78.0, 1.0)
    output = tmp_path / "score.png"
    code, _out, err = render(
        capsys, study, output, "--choropleth", "score", "--classes", "quantiles", "--extent", "-80,-1,-78,1"
    )
    assert code == 0, err
    image = Image.open(output).convert("RGB")
    # Pichincha has no candidate; Imbabura's garments lead (70), Guayas' garments are last (26.7)
    assert near(rgb_at(image, -78.3, 0.3, extent), NO_VALUE_COLOUR, 20)
    imbabura, guayas = rgb_at(image, -79.3, 0.3, extent), rgb_at(image, -79.3, -0.7, extent)
    assert sum(imbabura) < sum(guayas) - 100  # the best score is the darkest class


def test_the_legend_names_the_sector_and_the_classes_in_the_map_language(study, tmp_path, capsys):
    english, spanish = tmp_path / "en.svg", tmp_path / "es.svg"
    assert render(capsys, study, english, "--choropleth", "lq:14")[0] == 0
    assert render(capsys, study, spanish, "--choropleth", "lq:14", "--language", "es")[0] == 0
    text = english.read_text(encoding="utf-8")
    assert "Location quotient: 14 Manufacture of wearing apparel" in text
    assert "Fixed classes around 1" in text and "2 – 4" in text
    texto = spanish.read_text(encoding="utf-8")
    assert "Cociente de localización: 14" in texto and "Location quotient" not in texto


def test_choropleth_requests_it_cannot_draw_are_refused(study, tmp_path, capsys):
    output = tmp_path / "x.png"
    code, _out, err = render(capsys, study, output, "--choropleth", "score", "--classes", "fixed")
    assert code == 2 and "location quotients" in err
    code, _out, err = render(capsys, study, output, "--choropleth", "lq")
    assert code == 2 and "lq:SECTOR" in err
    code, _out, err = render(capsys, study, output, "--choropleth", "lq:99")
    assert code == 2 and "99" in err
    assert not output.exists()


def test_the_sample_map_frames_the_mainland_without_the_galapagos(tmp_path, capsys):
    path = tmp_path / "ecuador.gpkg"
    shutil.copy(SAMPLE, path)
    output = tmp_path / "ecuador.png"
    code, out, err = render(capsys, path, output, "--choropleth", "lq:15")
    assert code == 0, err
    scale = int(out.rsplit("1:", 1)[1].rstrip(")\n").replace(",", ""))
    assert scale < 4_500_000  # the mainland fills the frame (framing the Galápagos too: about 1:6,500,000)


def test_the_main_body_leaves_far_parts_out_and_keeps_near_ones():
    mainland = [box(0, 0, 4, 4), box(4, 0, 8, 4)]
    island_near = box(8.2, 1, 8.6, 1.5)  # a short way off the coast
    island_far = box(-30, 0, -29, 1)
    body = main_body([*mainland, island_near, None, island_far])
    assert body.bounds == (0.0, 0.0, 8.6, 4.0)
    assert body.outside.tolist() == [False, False, False, False, True]
    assert main_body([None, shapely.Polygon()]) is None


def test_a_new_projects_country_extent_is_its_mainland():
    from clusterdesk.render.export import _country_extent

    lon0, lat0, lon1, lat1 = _country_extent("EC")
    assert -81.5 < lon0 < -80 and lon1 < -75 and lat0 < -4.5 and lat1 > 1  # no Galápagos at -91
