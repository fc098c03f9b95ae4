"""Place and country names on the map are drawn in the map's language: the project's for render-map and
printed maps, the application's (the interface language) for the canvas."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import QLocale

from clusterdesk.cli.main import main
from clusterdesk.core.place_names import localized_names, map_language, name_column
from clusterdesk.core.project import Project
from clusterdesk.render.export import viewport_for
from clusterdesk.render.renderer import LABELS, MapRenderer
from clusterdesk.render.tiles import open_tile_file
from clusterdesk.render.viewport import Viewport
from clusterdesk.resources_path import resource

SAMARA = Path(__file__).resolve().parents[2] / "sample_projects" / "samara_automotive.gpkg"
ANDES = (-84.0, -12.0, -70.0, 6.0)  # Ecuador, Colombia and Peru


def _basemap_names(sql: str, *parameters) -> list[tuple]:
    with sqlite3.connect(resource("basemap", "basemap.gpkg")) as connection:
        return connection.execute(sql, parameters).fetchall()


def test_the_bundled_basemap_carries_names_in_each_language():
    places = _basemap_names(
        "SELECT name, name_es, name_fr, name_ru FROM places WHERE iso_a2 = 'RU' AND name IN (?, ?)",
        "Samara",
        "Tolyatti",
    )
    assert sorted(places) == [
        ("Samara", None, None, "Самара"),  # the same name in Spanish and French: the English stands
        ("Tolyatti", "Toliatti", "Togliatti", "Тольятти"),
    ]
    countries = dict(
        (row[0], row[1:]) for row in _basemap_names("SELECT iso_a2, name_es, name_fr, name_ru FROM countries")
    )
    assert countries["PE"] == ("Perú", "Pérou", "Перу")
    assert countries["EC"] == (None, "Équateur", "Эквадор")
    assert countries["RU"] == ("Rusia", "Russie", "Россия")


def test_a_missing_translation_falls_back_to_english():
    columns = {"name": ["Samara", "Quito", None], "name_ru": ["Самара", None, None]}
    assert localized_names(columns, "ru") == ["Самара", "Quito", ""]
    assert localized_names(columns, "fr") == ["Samara", "Quito", ""]  # no French column at all
    assert localized_names(columns, "ru_RU") == ["Самара", "Quito", ""]
    assert name_column("EN") == "name" and name_column("de") == "name" and name_column("fr") == "name_fr"
    assert map_language("pt_BR") == "en"


def _andes_labels(language: str | None) -> list[str]:
    renderer = MapRenderer(None, language=language)
    viewport = Viewport.from_extent(*ANDES, 1200, 1000)
    renderer.render(viewport)
    return renderer.basemap_labels


def test_country_and_place_names_in_spanish_french_and_russian(qt_app):
    english, spanish = _andes_labels("en"), _andes_labels("es")
    french, russian = _andes_labels("fr"), _andes_labels("ru")
    assert {"PERU", "COLOMBIA", "ECUADOR", "Bogota", "Quito"} <= set(english)
    assert {"PERÚ", "COLOMBIA", "ECUADOR", "Bogotá", "Río Branco"} <= set(spanish)
    assert {"PÉROU", "COLOMBIE", "ÉQUATEUR", "Bogota"} <= set(french)
    assert {"ПЕРУ", "КОЛУМБИЯ", "ЭКВАДОР", "Кито", "Богота", "Лима"} <= set(russian)
    assert "PERU" not in spanish and "Quito" not in russian


def test_the_russian_sample_names_samara_and_tolyatti_beside_its_stakeholders(qt_app):
    project = Project.open(SAMARA)
    try:
        assert project.info().language == "ru"
        renderer = MapRenderer(project, language="ru")
        renderer.render(viewport_for(renderer, 1600, 1000))
        russian = renderer.basemap_labels
        renderer.language = "en"
        renderer.render(viewport_for(renderer, 1600, 1000))
        english = renderer.basemap_labels
        renderer.layer(LABELS).visible = False  # then the basemap draws them itself, under the project
        renderer.render(viewport_for(renderer, 1600, 1000))
        own = renderer.basemap_labels
    finally:
        project.close()
    # Both towns lie under their clusters' symbols: their names go beside them
    assert {"Самара", "Тольятти", "Сызрань", "Новокуйбышевск", "Чапаевск"} <= set(russian)
    assert {"Samara", "Tolyatti", "Syzran"} <= set(english)
    assert {"Samara", "Tolyatti"} <= set(own)


def test_the_canvas_follows_the_application_language(qt_app):
    renderer = MapRenderer(None)
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("ru_RU"))  # what the window does for the interface language
        assert renderer.map_language == "ru"
        assert "РОССИЯ" in _labels_of(renderer, Viewport.from_extent(25.0, 40.0, 180.0, 78.0, 1000, 800))
        QLocale.setDefault(QLocale("de_DE"))
        assert renderer.map_language == "en"
    finally:
        QLocale.setDefault(before)
    assert MapRenderer(None, language="fr").map_language == "fr"


def _labels_of(renderer: MapRenderer, viewport: Viewport) -> list[str]:
    renderer.render(viewport)
    return renderer.basemap_labels


def test_credit_names_geonames_only_for_translated_names(qt_app):
    assert MapRenderer(None, language="en").credits() == ["© Natural Earth"]
    assert MapRenderer(None, language="ru").credits() == ["© Natural Earth, GeoNames"]


def test_names_stay_with_the_basemap_under_tiles_that_show(qt_app, small_project, tmp_path):
    from test_tiles import _write_mbtiles  # a tile file covering the world at zoom 3

    renderer = MapRenderer(small_project, language="es")
    assert renderer.places_with_project_labels()
    _write_mbtiles(tmp_path / "region.mbtiles", "#22aa44")
    renderer.add_tile_layer(open_tile_file(tmp_path / "region.mbtiles"))
    renderer.render(Viewport.from_extent(-78.3, 0.28, -78.1, 0.4, 200, 200))
    assert not renderer.places_with_project_labels()  # the tiles cover the basemap and its names
    renderer.close()


def test_render_map_command_uses_the_project_language_or_the_one_asked_for(qt_app, tmp_path, capsys):
    project = tmp_path / "samara.gpkg"
    shutil.copy(SAMARA, project)
    assert main(["render-map", str(project), "-o", str(tmp_path / "ru.png"), "--size", "800x500"]) == 0
    assert main(["render-map", str(project), "-o", str(tmp_path / "en.png"), "--language", "EN"]) == 0
    assert (tmp_path / "ru.png").stat().st_size > 0 and (tmp_path / "en.png").stat().st_size > 0
    code = main(["render-map", str(project), "-o", str(tmp_path / "de.png"), "--language", "de"])
    assert code != 0 and not (tmp_path / "de.png").exists()
    assert "en, es, fr, ru" in capsys.readouterr().err
