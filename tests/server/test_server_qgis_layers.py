"""QGIS 3.22 opens a published project's layers from PostGIS styled as the GeoPackage is: the default
styles ClusterDesk writes into public.layer_styles are found and applied by QGIS's postgres provider."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from clusterdesk.core.project import Project
from clusterdesk.core.vocabulary import RELATION_KINDS, STAKEHOLDER_KINDS
from clusterdesk.io.server.publish import publish
from conftest import SAMPLES

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "qgis"))
from qgis_process import run_qgis_script  # noqa: E402
from server_projects import address, drop_project, unique_project  # noqa: E402


def _run_qgis(*args: str) -> dict:
    """tests/server/qgis_postgis_layers.py under QGIS's own Python (run_qgis_script looks in tests/qgis)."""
    return run_qgis_script("../server/qgis_postgis_layers.py", *args)


@pytest.fixture(scope="module")
def published_in_russian(postgres_database):
    """The Samara sample (a Russian project) published."""
    name = unique_project("qgis")
    sample = SAMPLES / "samara_automotive.gpkg"
    publish(sample, address(postgres_database, name))
    with Project.open(sample) as project:
        counts = project.counts()
        language = project.info().language
    yield postgres_database, name, counts, language
    drop_project(postgres_database, name)


def test_qgis_opens_the_published_layers_styled(published_in_russian):
    url, schema, counts, language = published_in_russian
    tables = ["stakeholders", "relations", "cluster_boundaries", "contact_persons"]
    result = _run_qgis(url, schema, *tables)
    assert result["qgis_version"].startswith("3.")
    layers = result["layers"]
    for table in tables:
        layer = layers[table]
        assert layer["valid"], layer
        assert layer["feature_count"] == counts[table], table
        assert layer["default_style"]["loaded"], layer["default_style"]
        assert "ClusterDesk default" in layer["styles"]["names"], layer["styles"]
    assert layers["stakeholders"]["renderer"] == "categorizedSymbol"
    assert layers["stakeholders"]["attribute"] == "kind"
    assert layers["stakeholders"]["categories"] == sorted(STAKEHOLDER_KINDS)
    assert layers["relations"]["renderer"] == "categorizedSymbol"
    assert layers["relations"]["categories"] == sorted(RELATION_KINDS)
    assert layers["cluster_boundaries"]["renderer"] == "singleSymbol"
    # the style speaks the project's language, as in the GeoPackage: field aliases are not English
    assert language == "ru"
    assert layers["stakeholders"]["aliases"]["name"] not in ("", "name", "Name")
