"""The QGIS plugin in a real QGIS (Debian's python3-qgis, run in its own process: QGIS brings its own
Qt), the plugin archive, and handing a project to QGIS from ClusterDesk (issue 9)."""

from __future__ import annotations

import ast
import datetime as dt
import sqlite3
import sys
import uuid
import zipfile
from pathlib import Path

import pytest

from clusterdesk import qgis_bridge
from clusterdesk.cli.main import main as cli_main
from clusterdesk.core import gpkg
from clusterdesk.core.errors import FileChangedOnDiskError
from clusterdesk.core.model import Relation, Stakeholder
from clusterdesk.core.project import Project
from conftest import REPO, SAMPLES, assert_valid_project

sys.path.insert(0, str(Path(__file__).parent / "qgis"))  # the helpers shared with tests/qgis/
from project_builder import CLUSTER_NAME, build_project  # noqa: E402
from qgis_process import run_qgis_script  # noqa: E402

PLUGIN = REPO / "plugins" / "clusterdesk_qgis"
SAMPLE_FILES = sorted(SAMPLES.glob("*.gpkg"))
SAMPLE_PARAMETERS = [pytest.param(p, id=p.stem) for p in SAMPLE_FILES] or [
    pytest.param(None, marks=pytest.mark.skip(reason="no sample projects yet: tools/build_samples.py"))
]


@pytest.fixture
def project_file(tmp_path):
    return build_project(tmp_path / "atuntaqui.gpkg")


@pytest.fixture(scope="module")
def loaded_twice(tmp_path_factory):
    """One QGIS run (QGIS starts take seconds on a busy machine) loading a project into the default
    QGIS project, then it and a second one into fresh QgsProjects; read by the tests below."""
    folder = tmp_path_factory.mktemp("loaded")
    first, second = build_project(folder / "atuntaqui.gpkg"), build_project(folder / "second.gpkg")
    return first, run_qgis_script("load_with_plugin.py", first, second)


def _registered_attribute_tables(path: Path) -> list[str]:
    """Every non-spatial table of the file a QGIS user should see (not the file's own bookkeeping)."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT table_name FROM gpkg_contents WHERE data_type = 'attributes'"
            " AND table_name NOT IN ('layer_styles', 'clusterdesk_meta')"
        ).fetchall()
    finally:
        connection.close()
    return [r[0] for r in rows]


# -- loading into QGIS -----------------------------------------------------------------------------
@pytest.mark.qgis
def test_load_project_adds_one_group_named_after_the_cluster(loaded_twice):
    project_file, result = loaded_twice
    loaded = result["default_project"]
    tables = _registered_attribute_tables(project_file)
    assert {"contact_persons", "project_info", "custom_field_definitions"} <= set(tables)
    titles = sorted((layer["name"] for layer in loaded["layers"][3:]), key=str.casefold)
    assert loaded["tree"] == [
        {
            "group": CLUSTER_NAME,
            "expanded": True,
            "children": [
                "Stakeholders",
                "Relations",
                "Cluster boundaries",
                {"group": "Tables", "expanded": False, "children": titles},
            ],
        }
    ]
    layers = {layer["table"]: layer for layer in loaded["layers"]}
    assert list(layers)[:3] == ["stakeholders", "relations", "cluster_boundaries"]
    assert set(list(layers)[3:]) == set(tables)
    assert layers["project_info"]["name"] == "Project"
    assert loaded["all_in_project"] and all(layer["valid"] for layer in layers.values())
    with Project.open(project_file) as project:
        counts = project.counts()
    assert {table: layer["feature_count"] for table, layer in layers.items()} == {
        t: counts[t] for t in layers
    }
    assert layers["stakeholders"]["renderer"] == "categorizedSymbol"
    assert layers["stakeholders"]["renderer_attribute"] == "kind"
    assert layers["relations"]["renderer_attribute"] == "kind"
    assert not layers["project_info"]["is_spatial"]


@pytest.mark.qgis
def test_loaded_layers_read_well_and_accept_new_rows(loaded_twice):
    layers = {layer["table"]: layer for layer in loaded_twice[1]["default_project"]["layers"]}
    for table, layer in layers.items():
        unreadable = [field for field, alias in layer["aliases"].items() if "_" in alias or alias == field]
        assert unreadable == [], f"{table} shows raw column names {unreadable}"
    assert layers["stakeholders"]["aliases"]["sector_code"] == "Sector (ISIC)"  # from the stored style
    assert layers["contact_persons"]["aliases"]["stakeholder_id"] == "Stakeholder"  # derived from the name
    assert layers["custom_field_definitions"]["aliases"]["value_type"] == "Value type"
    assert layers["stakeholders"]["widgets"] == {"kind": "ValueMap"}
    # Every column referring to a stakeholder shows the stakeholder's name, in whichever table
    referring = [table for table, layer in layers.items() if "stakeholder_id" in layer["aliases"]]
    assert "contact_persons" in referring
    assert {table: layers[table]["widgets"]["stakeholder_id"] for table in referring} == dict.fromkeys(
        referring, "ValueRelation"
    )
    assert layers["relations"]["widgets"] == {
        "source_id": "ValueRelation",
        "target_id": "ValueRelation",
        "kind": "ValueMap",
    }
    assert layers["stakeholders"]["defaults"]["modified_at"] == "now()"
    assert all(layer["defaults"].get("uuid") for layer in layers.values() if "uuid" in layer["aliases"])


@pytest.mark.qgis
def test_load_project_into_a_given_project_leaves_the_current_one_alone(loaded_twice):
    project_file, result = loaded_twice
    expected = 3 + len(_registered_attribute_tables(project_file))
    assert result["default_project_layer_count"] == expected
    assert result["default_project_after_explicit_loads"] == expected
    assert [p["tree"][0]["group"] for p in result["explicit_projects"]] == [CLUSTER_NAME, CLUSTER_NAME]


@pytest.mark.qgis
def test_load_project_refuses_files_that_are_not_clusterdesk_projects(tmp_path):
    text = tmp_path / "firms.gpkg"
    text.write_text("name;lat;lon\n", encoding="utf-8")
    plain = tmp_path / "roads.gpkg"
    connection = sqlite3.connect(plain)
    gpkg.initialise(connection)
    connection.commit()
    connection.close()
    missing = tmp_path / "gone.gpkg"
    result = run_qgis_script("load_with_plugin.py", text, plain, missing)
    errors = [loaded.get("error", "") for loaded in result["explicit_projects"]]
    assert errors[0] == "firms.gpkg is not a ClusterDesk project: it is not a GeoPackage file."
    assert "roads.gpkg is a GeoPackage or SQLite file but not a ClusterDesk project" in errors[1]
    assert "gone.gpkg does not exist" in errors[2]
    assert [loaded["layer_count"] for loaded in result["explicit_projects"]] == [0, 0, 0]


@pytest.fixture(scope="module")
def samples_loaded_by_plugin():
    if not SAMPLE_FILES:
        return {}
    result = run_qgis_script("load_with_plugin.py", *SAMPLE_FILES)
    return dict(zip(SAMPLE_FILES, result["explicit_projects"], strict=True))


@pytest.mark.qgis
@pytest.mark.parametrize(
    ("language", "menu_entry", "message"),
    [
        ("es", "Abrir proyecto de ClusterDesk…", "Se añadieron 11 actores de atuntaqui.gpkg."),
        ("ru", "Открыть проект ClusterDesk…", "Добавлено участников из atuntaqui.gpkg: 11."),
    ],
)  # fmt: skip
def test_plugin_speaks_the_language_chosen_in_qgis(project_file, language, menu_entry, message):
    result = run_qgis_script("plugin_gui.py", PLUGIN.parent, "--locale", language, project_file)
    assert result["after_init"]["menus"] == {"ClusterDesk": [menu_entry]}
    # the layers and groups are the project's, and speak its language (English here)
    assert result["opened"][0]["first_group"] == ["Stakeholders", "Relations", "Cluster boundaries", "Tables"]
    assert result["opened"][0]["messages"][0][1] == message
    assert result["after_unload"]["menus"] == {}


@pytest.mark.qgis
@pytest.mark.parametrize("sample", SAMPLE_PARAMETERS)
def test_plugin_loads_each_sample_project(sample, samples_loaded_by_plugin):
    loaded = samples_loaded_by_plugin[sample]
    assert "error" not in loaded, loaded.get("error")
    with Project.open(sample) as project:
        counts, cluster_name = project.counts(), project.info().cluster_name
    assert loaded["tree"][0]["group"] == cluster_name
    layers = {layer["table"]: layer for layer in loaded["layers"]}
    assert [table for table, layer in layers.items() if not layer["valid"]] == []
    assert {table: layer["feature_count"] for table, layer in layers.items()} == {
        t: counts[t] for t in layers
    }
    assert (layers["stakeholders"]["renderer"], layers["stakeholders"]["renderer_attribute"]) == (
        "categorizedSymbol",
        "kind",
    )
    assert set(layers) == {
        "stakeholders",
        "relations",
        "cluster_boundaries",
        *_registered_attribute_tables(sample),
    }


@pytest.mark.qgis
def test_load_project_applies_the_stored_style_when_qgis_finds_no_default(project_file):
    # QGIS matches styles by table and geometry column; a style table written by another tool that
    # names the column differently leaves QGIS without a default, and the plugin applies the QML itself
    connection = sqlite3.connect(project_file)
    connection.execute("UPDATE layer_styles SET f_geometry_column = 'shape'")
    connection.commit()
    connection.close()
    layers = run_qgis_script("load_with_plugin.py", project_file)["default_project"]["layers"]
    assert [(layer["renderer"], layer["renderer_attribute"]) for layer in layers[:2]] == [
        ("categorizedSymbol", "kind"),
        ("categorizedSymbol", "kind"),
    ]
    assert layers[0]["aliases"]["sector_code"] == "Sector (ISIC)"


# -- edits in QGIS reach ClusterDesk -------------------------------------------------------------
@pytest.mark.qgis
def test_stakeholder_moved_in_qgis_is_seen_by_clusterdesk(project_file):
    open_in_clusterdesk = Project.open(project_file)
    try:
        assert not open_in_clusterdesk.changed_on_disk()
        # In Ecuador's time zone, to tell UTC timestamps from local ones
        edited = run_qgis_script(
            "edit_stakeholder.py", project_file, 3, -78.05, 0.41, 77, environment={"TZ": "America/Guayaquil"}
        )
        assert edited["committed"], edited["commit_errors"]
        assert edited["read_back"] == [-78.05, 0.41, 77]
        assert edited["companion_files"] == []  # no -wal/-shm left behind
        assert open_in_clusterdesk.changed_on_disk()
        with pytest.raises(FileChangedOnDiskError):
            open_in_clusterdesk.save()
    finally:
        open_in_clusterdesk.close()
    assert_valid_project(project_file)  # GDAL kept the RTree index and the GeoPackage consistent
    with Project.open(project_file) as reopened:
        points = reopened.stakeholder_points()
        row = int((points.fid == 3).nonzero()[0][0])
        assert (points.lon[row], points.lat[row]) == pytest.approx((-78.05, 0.41))
        assert points.employees[row] == 77
        assert reopened.extent()[2] == pytest.approx(-78.05, abs=1e-4)  # the spatial index moved too
        assert not (points.lon[points.fid != 3] == -78.05).any()
        modified = reopened.session.get(Stakeholder, 3).modified_at.replace(tzinfo=dt.timezone.utc)
        assert abs(dt.datetime.now(dt.timezone.utc) - modified) < dt.timedelta(minutes=10)  # UTC, not UTC-5
        # The plugin redrew the lines of the moved stakeholder's relations, as ClusterDesk would
        lines = {
            r.fid: list(r.geom.coords)
            for r in reopened.session.query(Relation).filter(Relation.fid.in_([2, 3]))
        }
    assert lines[2][1] == pytest.approx((-78.05, 0.41)) and lines[3][0] == pytest.approx((-78.05, 0.41))
    assert lines[2][0] == pytest.approx((-78.21, 0.335))


@pytest.mark.qgis
def test_stakeholder_deleted_in_qgis_takes_its_relations_and_contacts_along(project_file):
    edited = run_qgis_script("edit_stakeholder.py", project_file, 3, -78.05, 0.41, 77, "--delete", 1)
    # GDAL enforces the file's foreign keys: without the plugin removing the references first, the
    # deletion would be refused
    assert edited["delete_committed"], edited["delete_errors"]
    assert edited["relations_left"] == 6
    assert_valid_project(project_file)  # includes SQLite's foreign_key_check
    with Project.open(project_file) as reopened:
        counts = reopened.counts()
        assert (counts["stakeholders"], counts["relations"], counts["contact_persons"]) == (10, 6, 0)


@pytest.mark.qgis
def test_stakeholder_added_in_qgis_is_a_complete_clusterdesk_record(project_file):
    edited = run_qgis_script(
        "edit_stakeholder.py", project_file, 3, -78.05, 0.41, 77, "--add", "Confecciones Nuevas",
        environment={"TZ": "America/Guayaquil"},
    )  # fmt: skip
    assert edited["add_committed"], edited["add_errors"]
    assert_valid_project(project_file)
    with Project.open(project_file) as reopened:
        added = reopened.session.query(Stakeholder).filter_by(name="Confecciones Nuevas").one()
        assert added.kind == "enterprise" and (added.lon, added.lat) == (-78.3, 0.2)
        assert uuid.UUID(added.uuid).version == 4 and "{" not in added.uuid
        created = added.created_at.replace(tzinfo=dt.timezone.utc)
        assert abs(dt.datetime.now(dt.timezone.utc) - created) < dt.timedelta(minutes=10)


@pytest.mark.qgis
def test_relations_follow_a_stakeholder_moved_in_a_saved_qgis_project(project_file):
    """Layers that come back with a saved QGIS project, not through the open action, are looked after
    too while the plugin is on, and no longer once it is switched off."""
    edited = run_qgis_script("edit_in_saved_qgis_project.py", project_file, 3, -78.05, 0.41)
    assert edited["watched"] and edited["committed"]
    assert edited["relation_lines"] == {
        "2": [[-78.21, 0.335], [-78.05, 0.41]],
        "3": [[-78.05, 0.41], [-78.19, 0.33]],
    }
    assert not edited["watched_after_unload"]
    assert_valid_project(project_file)


# -- the plugin inside QGIS ----------------------------------------------------------------------
def _assert_plugin_starts_and_stops(result: dict) -> None:
    assert result["available"] and result["loaded"] and result["started"] and result["unloaded"]
    assert result["metadata"] == {
        "name": "ClusterDesk",
        "qgisMinimumVersion": "3.22",
        "version": qgis_bridge.plugin_metadata()["version"],
        "author": "ClusterDesk contributors",
        "icon": "icon.png",
    }
    assert result["after_init"] == {
        "menus": {"ClusterDesk": ["Open ClusterDesk project…"]},
        "toolbar": ["Open ClusterDesk project…"],
        "icons_missing": [],
    }
    assert result["after_unload"] == {"menus": {}, "toolbar": [], "icons_missing": []}
    assert result["mismatches"] == []
    assert result["foreign_qt"] == []  # neither PySide6 nor the clusterdesk package came along


@pytest.mark.qgis
def test_plugin_init_gui_and_unload_add_and_remove_the_same_actions():
    result = run_qgis_script("plugin_gui.py", PLUGIN.parent)
    assert Path(result["module_file"]).parent == PLUGIN
    _assert_plugin_starts_and_stops(result)


@pytest.mark.qgis
def test_open_action_loads_the_project_zooms_and_reports(project_file, tmp_path):
    notes = tmp_path / "notes.gpkg"
    notes.write_text("meeting notes", encoding="utf-8")
    opened, refused = run_qgis_script("plugin_gui.py", PLUGIN.parent, project_file, notes)["opened"]
    assert opened["groups"] == [CLUSTER_NAME]
    assert opened["messages"] == [["ClusterDesk", "Added 11 stakeholders from atuntaqui.gpkg.", 0]]
    west, south, east, north = opened["canvas_extent"]
    assert west < -78.22 and east > -78.14 and south < 0.33 and north > 0.34  # every located stakeholder
    assert east - west < 1 and north - south < 1  # zoomed to the cluster, not the world
    assert refused["groups"] == []
    assert refused["messages"] == [
        ["ClusterDesk", "notes.gpkg is not a ClusterDesk project: it is not a GeoPackage file.", 1]
    ]


@pytest.mark.qgis
def test_plugin_zip_from_the_command_line_installs_and_runs(tmp_path, capsys):
    archive = tmp_path / "clusterdesk_qgis.zip"
    assert cli_main(["qgis-plugin", "--zip", str(archive)]) == 0
    assert "Install from ZIP" in capsys.readouterr().out
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
        opened.extractall(tmp_path / "installed")
    assert {name.split("/")[0] for name in names} == {"clusterdesk_qgis"}
    assert {
        "clusterdesk_qgis/metadata.txt",
        "clusterdesk_qgis/__init__.py",
        "clusterdesk_qgis/icon.png",
    } <= set(names)
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]
    result = run_qgis_script("plugin_gui.py", tmp_path / "installed")
    assert Path(result["module_file"]).parent == tmp_path / "installed" / "clusterdesk_qgis"
    _assert_plugin_starts_and_stops(result)


def test_plugin_zip_is_reproducible_and_refuses_bad_targets(tmp_path):
    first = qgis_bridge.build_plugin_zip(tmp_path / "a.zip").read_bytes()
    second = qgis_bridge.build_plugin_zip(tmp_path / "b.zip").read_bytes()
    assert first == second
    assert cli_main(["qgis-plugin", "--zip", str(tmp_path / "missing" / "p.zip")]) == 1
    assert cli_main(["qgis-plugin", "--zip", str(tmp_path / "plugin.tar")]) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.zip", "b.zip"]  # no temporaries left


def test_plugin_code_runs_on_the_python_of_qgis_3_22_for_windows():
    # QGIS 3.22's Windows installers bring Python 3.9: no syntax newer than that in the plugin
    for path in PLUGIN.glob("*.py"):
        ast.parse(path.read_text(encoding="utf-8"), filename=str(path), feature_version=(3, 9))
        assert "strict=" not in path.read_text(encoding="utf-8"), (
            f"{path.name}: zip(strict=) needs Python 3.10"
        )
