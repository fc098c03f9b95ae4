"""The pack's map and the web map's offline basemap name places in the report's language."""

from __future__ import annotations

import json

from report_fixtures import open_sample_copy

from clusterdesk.reports import pack_map, webmap
from clusterdesk.reports.basemap import load_basemap
from clusterdesk.reports.pack import build_pack

SAMARA_REGION = (48.0, 52.5, 51.0, 54.5)


def _payload(page: str) -> dict:
    start = page.index("clusterdeskMap(")
    return json.JSONDecoder().raw_decode(page[page.index("}, {", start) + 3 :])[0]


def test_russian_pack_draws_its_map_in_russian(tmp_path, monkeypatch):
    asked = []
    render = pack_map.render_map

    def recording(*args, **kwargs):
        asked.append(kwargs.get("language"))
        return render(*args, **kwargs)

    monkeypatch.setattr(pack_map, "render_map", recording)
    project = open_sample_copy(tmp_path, "samara_automotive")
    try:
        result = build_pack(project, tmp_path / "pack.pdf", sections=["map"])
        english = build_pack(project, tmp_path / "english.pdf", sections=["map"], language="en")
    finally:
        project.close()
    assert result.path.stat().st_size > 0 and english.path.stat().st_size > 0
    assert asked == ["ru", "en"]


def test_offline_basemap_places_in_each_language():
    def names(language):
        return {name for name, _lon, _lat, _rank in load_basemap(SAMARA_REGION, language=language).places}

    assert {"Самара", "Тольятти", "Сызрань"} <= names("ru")
    assert {"Samara", "Tolyatti", "Syzran"} <= names("en")
    assert {"Samara", "Togliatti"} <= names("fr") and "Toliatti" in names("es")


def test_web_map_names_places_in_the_project_language_and_credits_geonames(tmp_path):
    project = open_sample_copy(tmp_path, "samara_automotive")
    try:
        russian = _payload(webmap.build_webmap_html(project))
        english = _payload(webmap.build_webmap_html(project, language="en"))
    finally:
        project.close()
    russian_places = {place[0] for place in russian["basemap"]["places"]}
    english_places = {place[0] for place in english["basemap"]["places"]}
    assert {"Самара", "Тольятти"} <= russian_places and "Samara" not in russian_places
    assert {"Samara", "Tolyatti"} <= english_places
    assert "GeoNames (CC BY 4.0)" in russian["attribution"]
    assert "GeoNames" not in english["attribution"]
