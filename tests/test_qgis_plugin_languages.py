"""The QGIS styles in the project file speak the project's language, and the plugin loads a Spanish or
Russian project with its legend, field aliases and layer and group titles in that language, while its own
words (menu, messages) follow the language chosen in QGIS. QGIS 3.22 runs in its own process."""

from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

import pytest

from clusterdesk.core import edits
from clusterdesk.core.field_titles import column_title
from clusterdesk.core.model import Base
from clusterdesk.core.project import Project
from clusterdesk.core.qgis_styles import STYLE_NAME, TITLE_PROPERTY
from clusterdesk.core.table_titles import table_title
from clusterdesk.core.vocabulary import RELATION_KINDS, STAKEHOLDER_KINDS
from clusterdesk.core.vocabulary_labels import SUPPORTED_LANGUAGES, kind_label, relation_label
from conftest import REPO, SAMPLES, assert_valid_project

sys.path.insert(0, str(Path(__file__).parent / "qgis"))  # the helpers shared with tests/qgis/
from project_builder import build_project  # noqa: E402
from qgis_process import run_qgis_script  # noqa: E402

PLUGIN = REPO / "plugins" / "clusterdesk_qgis"
CYRILLIC = re.compile("[А-Яа-яЁё]")


def _in_language(path: Path, language: str) -> Path:
    """The test project with its language changed in ClusterDesk and saved."""
    with Project.open(path) as project:
        project.stack.push(edits.update_project_info(project, {"language": language}))
        project.save()
    return path


@pytest.fixture
def russian_project(tmp_path):
    return _in_language(build_project(tmp_path / "samara.gpkg"), "ru")


def _styles(path: Path) -> dict[str, tuple[str, str]]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT f_table_name, styleQML, update_time FROM layer_styles WHERE styleName = ?", (STYLE_NAME,)
        ).fetchall()
    finally:
        connection.close()
    return {table: (qml, time) for table, qml, time in rows}


def _labels(qml: str) -> list[str]:
    return re.findall(r'<category [^>]*label="([^"]*)"', qml)


def test_every_column_has_a_title_in_every_language():
    for table in Base.metadata.sorted_tables:
        if table.name == "clusterdesk_meta":
            continue
        for column in table.columns:
            if column.name == "geom":
                continue
            titles = {code: column_title(table.name, column.name, code) for code in SUPPORTED_LANGUAGES}
            assert all(titles.values()), (table.name, column.name, titles)
            assert titles["ru"] == "UUID" or CYRILLIC.search(titles["ru"]), (table.name, column.name)


def test_saving_rewrites_the_styles_when_the_language_changes(tmp_path):
    path = build_project(tmp_path / "atuntaqui.gpkg")
    english = _styles(path)
    assert _labels(english["stakeholders"][0]) == [kind_label(code, "en") for code in STAKEHOLDER_KINDS]
    assert 'field="value_type" name="Value type"' in english["custom_field_definitions"][0]
    assert "clusterdesk_meta" not in english and "layer_styles" not in english
    with Project.open(path) as project:
        project.save()  # nothing changed: the styles keep their time, so a later QGIS default stays newer
    assert _styles(path) == english

    _in_language(path, "es")
    spanish = _styles(path)
    assert _labels(spanish["stakeholders"][0]) == [kind_label(code, "es") for code in STAKEHOLDER_KINDS]
    assert _labels(spanish["relations"][0]) == [relation_label(code, "es") for code in RELATION_KINDS]
    assert 'field="sector_code" name="Sector (CIIU)"' in spanish["stakeholders"][0]
    assert 'field="stakeholder_id" name="Actor"' in spanish["contact_persons"][0]
    assert f'name="{TITLE_PROPERTY}" value="Personas de contacto"' in spanish["contact_persons"][0]
    assert set(spanish) == set(english)
    assert_valid_project(path)


def test_a_new_project_has_styles_in_its_language(tmp_path):
    with Project.new(tmp_path / "nuevo.gpkg", "Clúster nuevo", language="fr") as project:
        assert project.info().language == "fr"
    styles = _styles(tmp_path / "nuevo.gpkg")
    assert _labels(styles["stakeholders"][0])[0] == kind_label("enterprise", "fr")
    assert 'field="stakeholder_id" name="Acteur"' in styles["contact_persons"][0]


@pytest.mark.qgis
def test_russian_project_loads_with_russian_legend_and_aliases(russian_project):
    loaded = run_qgis_script("load_with_plugin.py", russian_project)["default_project"]
    layers = {layer["table"]: layer for layer in loaded["layers"]}
    kinds = {code: kind_label(code, "ru") for code in STAKEHOLDER_KINDS}
    assert layers["stakeholders"]["categories"] == kinds
    assert layers["relations"]["categories"] == {code: relation_label(code, "ru") for code in RELATION_KINDS}
    assert layers["stakeholders"]["aliases"]["sector_code"] == "Отрасль (МСОК)"
    assert layers["relations"]["aliases"]["source_id"] == "От участника"
    assert layers["contact_persons"]["aliases"]["stakeholder_id"] == "Участник"
    assert layers["custom_field_definitions"]["aliases"]["value_type"] == "Тип значения"
    for table, layer in layers.items():
        other = [f for f, alias in layer["aliases"].items() if alias != "UUID" and not CYRILLIC.search(alias)]
        assert other == [], f"{table} shows fields not in Russian: {other}"
        assert layer["name"] == table_title(table, "ru") and CYRILLIC.search(layer["name"]), layer["name"]
    assert layers["contact_persons"]["name"] == "Контактные лица"


@pytest.mark.qgis
def test_plugin_words_follow_qgis_and_the_project_follows_its_language(russian_project):
    result = run_qgis_script("plugin_gui.py", PLUGIN.parent, "--locale", "es", russian_project)
    opened = result["opened"][0]
    assert opened["first_group"] == ["Участники", "Связи", "Границы кластера", "Таблицы"]
    assert opened["messages"][0][1] == "Se añadieron 11 actores de samara.gpkg."  # QGIS's language
    assert opened["stakeholders"]["categories"] == [kind_label(code, "ru") for code in STAKEHOLDER_KINDS]
    assert opened["stakeholders"]["aliases"]["women_employees"] == "Сотрудники-женщины"


@pytest.mark.qgis
def test_spanish_and_russian_samples_load_in_their_languages():
    samples = [SAMPLES / "ambato_footwear.gpkg", SAMPLES / "samara_automotive.gpkg"]
    if not all(path.exists() for path in samples):
        pytest.skip("the sample projects are built by tools/build_samples.py")
    spanish, russian = run_qgis_script("load_with_plugin.py", *samples)["explicit_projects"]
    for loaded, language in ((spanish, "es"), (russian, "ru")):
        stakeholders = {layer["table"]: layer for layer in loaded["layers"]}["stakeholders"]
        legend = set(stakeholders["categories"].values())
        assert legend and not legend & {kind_label(code, "en") for code in STAKEHOLDER_KINDS}, legend
        assert stakeholders["aliases"]["employees"] == column_title("stakeholders", "employees", language)


def test_every_table_has_a_title_in_every_language():
    for table in Base.metadata.sorted_tables:
        titles = {code: table_title(table.name, code) for code in SUPPORTED_LANGUAGES}
        if table.name == "clusterdesk_meta":
            continue
        assert titles["en"] and CYRILLIC.search(titles["ru"]), (table.name, titles)
        assert titles["es"] != titles["en"] or table.name == "relations", (table.name, titles)
