"""Projects damaged the way a QGIS user can damage them (a table dropped or renamed, the project row
deleted, a spatial index gone, a geometry that is not a point, a contrived format marker): every command
ends with one message naming what is wrong and how to repair it, `validate` reports it, and
`clusterdesk repair` writes a copy that opens, validates and keeps the data."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from shapely.geometry import Polygon

from clusterdesk.cli.main import main
from clusterdesk.core import geometry
from clusterdesk.core.geometry import encode
from clusterdesk.core.project import Project
from clusterdesk.core.schema import SCHEMA_VERSION
from conftest import SAMPLES, assert_valid_project

SAMPLE = SAMPLES / "ambato_footwear.gpkg"
A_POLYGON = encode(Polygon([(-78.6, -1.2), (-78.5, -1.2), (-78.5, -1.3)]))


def _bound_or_null(position: int):
    """ST_MinX and friends as GDAL registers them in QGIS: NULL for a blob it cannot read."""

    def bound(blob):
        try:
            return geometry.bounds(blob)[position]
        except Exception:  # noqa: BLE001 - whatever the decoder of the day raises
            return None

    return bound


def _is_empty_or_null(blob):
    try:
        return int(bool(blob[3] & 0x10)) if blob[:2] == b"GP" and len(blob) > 8 else None
    except Exception:  # noqa: BLE001
        return None


def edit_like_qgis(path: Path, *statements: tuple[str, tuple] | str) -> None:
    """Run SQL on the file with the spatial functions QGIS has, so the RTree triggers fire as they do
    there."""
    connection = sqlite3.connect(path)
    for position, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        connection.create_function(name, 1, _bound_or_null(position))
    connection.create_function("ST_IsEmpty", 1, _is_empty_or_null)
    for statement in statements:
        sql, parameters = (statement, ()) if isinstance(statement, str) else statement
        connection.execute(sql, parameters)
    connection.commit()
    connection.close()


FIRST_LOCATED = "(SELECT min(fid) FROM stakeholders WHERE geom IS NOT NULL)"

# name: (statements, words the message must contain)
DAMAGES = {
    "relations dropped": (["DROP TABLE relations"], ["table relations is missing"]),
    "project row deleted": (["DELETE FROM project_info"], ["project_info has no row"]),
    "project_info dropped": (["DROP TABLE project_info"], ["table project_info is missing"]),
    "spatial index dropped": (["DROP TABLE rtree_stakeholders_geom"], ["rtree_stakeholders_geom"]),
    "stakeholders renamed": (
        ["ALTER TABLE stakeholders RENAME TO firms"],
        ["table stakeholders is missing", "renamed to firms"],
    ),
    "garbage geometries": (
        ["UPDATE stakeholders SET geom = X'deadbeef' WHERE fid IN (SELECT fid FROM stakeholders LIMIT 3)"],
        ["3 geometries are unreadable", "stakeholders"],
    ),
    "polygon among the points": (
        [(f"UPDATE stakeholders SET geom = ? WHERE fid = {FIRST_LOCATED}", (A_POLYGON,))],
        ["1 geometry is unreadable or of the wrong type in stakeholders"],
    ),
    "format marker 0": (
        ["UPDATE clusterdesk_meta SET value = '0' WHERE key = 'schema_version'"],
        ["clusterdesk_meta.schema_version = '0'"],
    ),
    "format marker superscript two": (
        ["UPDATE clusterdesk_meta SET value = '²' WHERE key = 'schema_version'"],
        ["clusterdesk_meta.schema_version = '²'"],
    ),
    "bogus data type": (
        ["UPDATE gpkg_contents SET data_type = 'bogus_type' WHERE table_name = 'contact_persons'"],
        ["gpkg_contents records contact_persons as 'bogus_type'"],
    ),
}


@pytest.fixture
def sample_copy(tmp_path) -> Path:
    path = tmp_path / "ambato.gpkg"
    shutil.copy(SAMPLE, path)
    return path


@pytest.fixture(params=list(DAMAGES))
def damaged(request, sample_copy) -> tuple[Path, list[str]]:
    statements, words = DAMAGES[request.param]
    edit_like_qgis(sample_copy, *statements)
    return sample_copy, words


@pytest.fixture
def firms_csv(tmp_path) -> Path:
    path = tmp_path / "firms.csv"
    path.write_text("name,kind\nCalzado Ejemplo,enterprise\n", encoding="utf-8")
    return path


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_cli_process(*argv) -> subprocess.CompletedProcess:
    script = Path(sys.executable).with_name("clusterdesk")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "clusterdesk.cli.main"]
    return subprocess.run([*command, *map(str, argv)], capture_output=True, text=True, timeout=300)


def _commands(path: Path, out: Path, csv: Path) -> dict[str, list]:
    return {
        "info": ["info", path],
        "report": ["report", path, "-o", out / "pack.pdf"],
        "webmap": ["webmap", path, "-o", out / "map.html"],
        "render-map": ["render-map", path, "-o", out / "map.png"],
        "import-stakeholders": ["import-stakeholders", path, csv],
        "export-stakeholders": ["export-stakeholders", path, out / "firms.csv"],
    }


def test_every_command_names_the_damage_and_the_repair(damaged, firms_csv, tmp_path, capsys, qapp):
    # qapp: render-map would otherwise start a QGuiApplication, and widget tests later in the same
    # process need a full QApplication
    path, words = damaged
    before = path.read_bytes()
    for name, argv in _commands(path, tmp_path, firms_csv).items():
        code, out, err = run_cli(capsys, *argv)
        assert code in (1, 2), (name, out, err)
        assert err.count("\n") == 1 and err.startswith(f"clusterdesk: {path.name} is damaged"), (name, err)
        for word in words:
            assert word in err, (name, err)
        assert f"clusterdesk repair {path.name}" in err and "never changes the original" in err, err
        assert firms_csv.name not in err  # the project is to blame, not the file being imported
    assert path.read_bytes() == before


def test_validate_reports_the_damage(damaged, capsys):
    path, words = damaged
    code, out, err = run_cli(capsys, "validate", path)
    assert code == 1, (out, err)
    errors = "\n".join(line for line in out.splitlines() if line.startswith("error: "))
    for word in words:
        assert word in errors, out
    assert f"note: clusterdesk repair {path}" in out
    assert out.splitlines()[-1].endswith("error(s)")


@pytest.mark.parametrize(
    ("damage", "argv"),
    [
        ("relations dropped", ["render-map", "{path}", "-o", "{out}/map.png"]),
        ("relations dropped", ["validate", "{path}"]),
        ("stakeholders renamed", ["import-stakeholders", "{path}", "{csv}"]),
        ("format marker superscript two", ["info", "{path}"]),
        ("garbage geometries", ["report", "{path}", "-o", "{out}/pack.pdf"]),
    ],
)
def test_as_a_process_no_traceback_and_no_crash(sample_copy, firms_csv, tmp_path, damage, argv):
    edit_like_qgis(sample_copy, *DAMAGES[damage][0])
    values = {"path": sample_copy, "out": tmp_path, "csv": firms_csv}
    result = run_cli_process(*[a.format(**values) for a in argv])
    assert result.returncode in (1, 2), (result.returncode, result.stdout, result.stderr)  # no signal
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    output = result.stderr if argv[0] != "validate" else result.stdout
    assert "clusterdesk repair" in output, output


def test_repair_writes_a_copy_that_opens_validates_and_keeps_the_data(damaged, capsys):
    path, _words = damaged
    before = path.read_bytes()
    code, out, err = run_cli(capsys, "repair", path)
    repaired = path.with_name("ambato-repaired.gpkg")
    assert code == 0, (out, err)
    assert f"Wrote {repaired}" in out and "is valid" in out
    assert path.read_bytes() == before  # the original is never changed
    assert_valid_project(repaired)
    with Project.open(repaired) as project:
        counts = project.counts()
        names = sorted(n for (n,) in project.connection.execute("SELECT name FROM stakeholders"))
        assert project.info().cluster_name
    with Project.open(SAMPLE) as original:
        expected = original.counts()
        expected_names = sorted(n for (n,) in original.connection.execute("SELECT name FROM stakeholders"))
    assert names == expected_names
    assert counts.pop("project_info") == 1  # restored from the file name when it was lost
    for table, count in counts.items():
        assert count == (0 if f"created the missing table {table}" in out else expected[table]), table


def test_repair_says_what_it_did(sample_copy, capsys):
    edit_like_qgis(
        sample_copy,
        "DROP TABLE relations",
        "DELETE FROM project_info",
        "DROP TABLE rtree_cluster_boundaries_geom",
        "UPDATE stakeholders SET geom = X'deadbeef' WHERE fid IN (SELECT fid FROM stakeholders LIMIT 2)",
    )
    code, out, _err = run_cli(capsys, "repair", sample_copy, "-o", sample_copy.with_name("fixed.gpkg"))
    assert code == 0, out
    lines = out.splitlines()
    assert "created the missing table relations (empty)" in lines
    assert "rebuilt the spatial index rtree_cluster_boundaries_geom" in lines
    assert any(line.startswith("set 2 geometries of stakeholders to NULL") for line in lines), out
    assert any(line.startswith("restored the missing project_info row as 'ambato'") for line in lines), out
    with Project.open(sample_copy.with_name("fixed.gpkg")) as project:
        assert project.info().cluster_name == "ambato"
        assert "clusterdesk repair" in project.info().description  # so the user knows to check it
        located = project.stakeholder_points().located().sum()
    with Project.open(SAMPLE) as original:
        assert located == original.stakeholder_points().located().sum() - 2


def test_a_table_renamed_with_gdal_gets_its_name_back(sample_copy):
    from clusterdesk.core.repair import repair_project

    # GDAL (and so QGIS) renames a layer together with its registrations and spatial index
    edit_like_qgis(
        sample_copy,
        "DROP TRIGGER rtree_relations_geom_insert",
        "ALTER TABLE relations RENAME TO ties",
        "UPDATE gpkg_contents SET table_name = 'ties', identifier = 'ties' WHERE table_name = 'relations'",
        "UPDATE gpkg_geometry_columns SET table_name = 'ties' WHERE table_name = 'relations'",
        "UPDATE gpkg_extensions SET table_name = 'ties' WHERE table_name = 'relations'",
        "ALTER TABLE rtree_relations_geom RENAME TO rtree_ties_geom",
    )
    with pytest.raises(Exception, match="table relations is missing \\(it looks renamed to ties\\)"):
        Project.open(sample_copy)
    result = repair_project(sample_copy)
    assert result.actions[0] == "renamed table ties back to relations (its columns are those of relations)"
    assert result.remaining == []
    assert_valid_project(result.target)
    with Project.open(result.target) as project, Project.open(SAMPLE) as original:
        assert project.counts()["relations"] == original.counts()["relations"]


def test_unknown_tables_are_named_when_a_table_is_missing(sample_copy, capsys):
    edit_like_qgis(
        sample_copy, "DROP TABLE relations", "CREATE TABLE roads (fid INTEGER PRIMARY KEY, name TEXT)"
    )
    code, _out, err = run_cli(capsys, "info", sample_copy)
    assert code == 1 and "table roads is not part of a ClusterDesk project" in err


def _as_geopackage_14_triggers(path: Path, rtree: str) -> None:
    """Rename update1 and update3 to update6 and update7 and add update5: the names GDAL gives the spatial
    index triggers of a GeoPackage 1.4 file."""
    connection = sqlite3.connect(path)
    for old, new in (("update1", "update6"), ("update3", "update7"), ("update2", "update5")):
        (sql,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = ?", (f"{rtree}_{old}",)
        ).fetchone()
        if old != "update2":
            connection.execute(f'DROP TRIGGER "{rtree}_{old}"')
        connection.execute(sql.replace(f"{rtree}_{old}", f"{rtree}_{new}"))
    connection.commit()
    connection.close()


def test_what_qgis_adds_is_no_damage(sample_copy, capsys):
    edit_like_qgis(
        sample_copy,
        "CREATE TABLE roads (fid INTEGER PRIMARY KEY, name TEXT)",
        "INSERT INTO gpkg_contents (table_name, data_type, identifier)"
        " VALUES ('roads', 'attributes', 'roads')",
    )
    _as_geopackage_14_triggers(sample_copy, "rtree_stakeholders_geom")
    code, out, err = run_cli(capsys, "info", sample_copy)
    assert code == 0, err
    code, out, err = run_cli(capsys, "repair", sample_copy)
    assert code == 0 and "nothing repair can fix" in out
    assert not sample_copy.with_name("ambato-repaired.gpkg").exists()


def test_repair_never_overwrites(sample_copy, capsys):
    edit_like_qgis(sample_copy, "DROP TABLE relations")
    existing = sample_copy.with_name("ambato-repaired.gpkg")
    existing.write_bytes(b"keep me")
    code, _out, err = run_cli(capsys, "repair", sample_copy)
    assert code == 1 and "ambato-repaired.gpkg already exists" in err
    assert existing.read_bytes() == b"keep me"


def test_an_old_format_file_is_repaired_into_the_current_format(tmp_path, capsys):
    from clusterdesk.core.repair import repair_project
    from conftest import TEST_DATA

    old = tmp_path / "old.gpkg"
    shutil.copy(TEST_DATA / "project_v3.gpkg", old)
    edit_like_qgis(old, "DROP TABLE relations", "DROP TABLE plan_links")
    code, _out, err = run_cli(capsys, "info", old)
    assert code == 1 and "table relations is missing; table plan_links is missing" in err
    result = repair_project(old)
    assert f"upgraded the project format from 3 to {SCHEMA_VERSION}" in result.actions
    assert result.remaining == []
    assert_valid_project(result.target)
