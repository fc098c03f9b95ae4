"""Old project files still open. Each file under tests/data/project_v*.gpkg (versions 1 to 3, made by
tools/make_v1_fixture.py) is migrated in the working copy only, keeps its data, and saves as a valid
current file with the old one as backup. A file from a newer version is refused and left alone."""

from __future__ import annotations

import datetime
import shutil
import sqlite3
from pathlib import Path

import pytest

from clusterdesk.core import edits, gpkg, schema
from clusterdesk.core.errors import NewerVersionError, ReadOnlyProjectError
from clusterdesk.core.model import ContactPerson, CustomFieldDefinition
from clusterdesk.core.project import Project
from clusterdesk.core.safe_write import backup_path
from conftest import TEST_DATA, assert_valid_project


def file_version(path: Path) -> int:
    return int(path.stem.removeprefix("project_v"))


OLD_FILES = sorted(TEST_DATA.glob("project_v*.gpkg"), key=file_version)
# Rows every old file holds (the same firms of Atuntaqui, see tools/make_v1_fixture.py)
OLD_COUNTS = {
    "cluster_boundaries": 1,
    "contact_persons": 3,
    "project_info": 1,
    "relations": 5,
    "stakeholders": 6,
}


@pytest.fixture(params=OLD_FILES, ids=lambda path: path.stem)
def old_copy(request, tmp_path) -> Path:
    """A copy of one old-version file, so that tests can save over it."""
    target = tmp_path / request.param.name
    shutil.copyfile(request.param, target)
    return target


def columns(connection: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    return [(row[1], row[2]) for row in connection.execute(f'PRAGMA table_info("{table}")')]


def user_tables(connection: sqlite3.Connection) -> set[str]:
    return {
        row[0]
        for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not row[0].startswith(("gpkg_", "rtree_", "sqlite_"))
    }


def test_old_files_cover_the_first_version_and_every_migration_exists():
    assert [file_version(p) for p in OLD_FILES][:2] == [1, 2]
    for version in range(1, schema.SCHEMA_VERSION):
        assert version in schema.MIGRATIONS, f"no migration from version {version}"


@pytest.mark.parametrize("path", OLD_FILES, ids=lambda path: path.stem)
def test_old_files_are_genuine_and_valid(path):
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert schema.read_schema_version(connection) == file_version(path)
        has_gender = "gender" in [name for name, _type in columns(connection, "contact_persons")]
        assert has_gender == (file_version(path) >= 2)
        assert ("custom_field_definitions" in user_tables(connection)) == (file_version(path) >= 2)
        assert ("plan_tasks" in user_tables(connection)) == (file_version(path) >= 3)
    finally:
        connection.close()
    assert _validation_errors(path) == []


def _validation_errors(path: Path) -> list[str]:
    from clusterdesk.core.validation import validate_file

    report = validate_file(path)
    assert report.gdal_validator_ran, "gdal-utils is not installed (pip install --no-deps gdal-utils)"
    return report.errors


def test_old_file_is_migrated_in_the_working_copy_only(old_copy):
    before = old_copy.read_bytes()
    project = Project.open(old_copy)
    try:
        assert project.migrated_from == file_version(old_copy)
        assert schema.read_schema_version(project.connection) == schema.SCHEMA_VERSION
        assert project.is_dirty  # the upgrade is unsaved work
        assert "gender" in [name for name, _type in columns(project.connection, "contact_persons")]
        assert "custom_field_definitions" in user_tables(project.connection)
        assert old_copy.read_bytes() == before
        assert not backup_path(old_copy).exists()
    finally:
        project.close()
    assert old_copy.read_bytes() == before


def test_old_data_survives_the_migration(old_copy):
    version = file_version(old_copy)
    with Project.open(old_copy) as project:
        counts = project.counts()
        assert {table: counts[table] for table in OLD_COUNTS} == OLD_COUNTS
        assert counts["custom_field_definitions"] == (1 if version >= 2 else 0)
        assert counts["plan_tasks"] == (3 if version >= 3 else 0)
        assert counts["vision_statements"] == (1 if version >= 3 else 0)
        info = project.info()
        facts = (info.cluster_name, info.country, info.sector_code, info.phase, info.start_date)
        assert facts == ("Atuntaqui garments", "EC", "1430", 3, datetime.date(2024, 2, 1))
        points = project.stakeholder_points()
        assert points.fid.tolist() == [1, 2, 3, 4, 5, 6]
        assert points.lon[0] == pytest.approx(-78.2231)
        assert points.lat[0] == pytest.approx(0.3325)
        assert points.located().tolist() == [True, True, True, True, True, False]
        contact = project.session.get(ContactPerson, 1)
        assert (contact.name, contact.stakeholder.name, contact.gender) == (
            "María Guzmán",
            "Confecciones Lucía",
            "female" if version >= 2 else None,
        )
        lines = project.connection.execute("SELECT fid FROM relations WHERE geom IS NOT NULL ORDER BY fid")
        assert [row[0] for row in lines] == [1, 2, 3, 4]
        extent = project.extent()
        assert extent[0] == pytest.approx(-78.235, abs=1e-4)
        assert extent[3] == pytest.approx(0.3512, abs=1e-4)
        assert gpkg.rtree_mismatches(project.connection, "stakeholders") == 0


def test_migrated_schema_matches_a_new_project(old_copy, tmp_path):
    fresh = Project.new(tmp_path / "fresh.gpkg", "Fresh")
    migrated = Project.open(old_copy)
    try:
        assert user_tables(migrated.connection) == user_tables(fresh.connection)
        for table in sorted(user_tables(fresh.connection)):
            # Columns added by ALTER TABLE come last, so compare as sets of (name, type)
            assert set(columns(migrated.connection, table)) == set(columns(fresh.connection, table)), table
        registered = "SELECT table_name, data_type FROM gpkg_contents ORDER BY table_name"
        assert (
            migrated.connection.execute(registered).fetchall()
            == fresh.connection.execute(registered).fetchall()
        )
    finally:
        fresh.close()
        migrated.close()


def _content(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_saving_a_migrated_file_writes_the_current_version(old_copy):
    original = _content(old_copy)
    with Project.open(old_copy) as project:
        project.save()
        assert not project.is_dirty
    assert _content(backup_path(old_copy)) == original  # the old file is kept as the backup
    assert_valid_project(old_copy)
    with Project.open(old_copy) as reopened:
        assert reopened.migrated_from is None
        assert not reopened.is_dirty
        version = schema.read_schema_version(reopened.connection)
        assert version == schema.SCHEMA_VERSION
        # What later versions added works on the upgraded file
        reopened.session.add(CustomFieldDefinition(key="certified", label="Certified", value_type="choice"))
        reopened.session.get(ContactPerson, 2).gender = "male"
        reopened.session.commit()
        firm = {"name": "Bordados Natabuela", "lon": -78.19, "lat": 0.34}
        reopened.stack.push(edits.AddStakeholders([firm]))
        reopened.save()
    assert_valid_project(old_copy)
    with Project.open(old_copy) as final:
        assert final.counts()["stakeholders"] == 7
        assert final.session.get(ContactPerson, 2).gender == "male"
        assert gpkg.rtree_mismatches(final.connection, "stakeholders") == 0


def test_file_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "from_the_future.gpkg"
    shutil.copyfile(OLD_FILES[0], path)
    newer = str(schema.SCHEMA_VERSION + 1)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE clusterdesk_meta SET value = ? WHERE key = 'schema_version'", (newer,))
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NewerVersionError, match="newer ClusterDesk") as raised:
        Project.open(path)
    assert path.name in str(raised.value) and f"format {newer}" in str(raised.value)
    assert path.read_bytes() == before
    assert not backup_path(path).exists()


def test_read_only_old_file_is_upgraded_by_save_as_only(old_copy):
    before = old_copy.read_bytes()
    old_copy.chmod(0o444)
    try:
        with Project.open(old_copy) as project:
            assert project.read_only and project.migrated_from == file_version(old_copy)
            with pytest.raises(ReadOnlyProjectError, match="under another name"):
                project.save()
            upgraded = project.save(old_copy.with_name("upgraded.gpkg"))
    finally:
        old_copy.chmod(0o644)
    assert old_copy.read_bytes() == before
    assert_valid_project(upgraded)
    with Project.open(upgraded) as reopened:
        assert reopened.migrated_from is None
        assert reopened.counts()["stakeholders"] == OLD_COUNTS["stakeholders"]


def test_a_file_before_version_8_takes_international_organisations_once_migrated(tmp_path):
    old = tmp_path / "v7.gpkg"
    shutil.copy(TEST_DATA / "project_v7.gpkg", old)
    with Project.open(old) as project:
        fid = project.connection.execute("SELECT min(fid) FROM stakeholders").fetchone()[0]
        project.connection.execute(
            "UPDATE stakeholders SET kind = 'international_organisation' WHERE fid = ?", (fid,)
        )
        with pytest.raises(sqlite3.IntegrityError):  # the widened constraint still refuses unknown kinds
            project.connection.execute("UPDATE stakeholders SET kind = 'alien' WHERE fid = ?", (fid,))
        assert project.connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        project.connection.commit()
        project.save(tmp_path / "saved.gpkg")
    assert_valid_project(tmp_path / "saved.gpkg")
