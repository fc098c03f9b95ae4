"""Opening for the map first (`Project.open(..., check_pages_later=True)`, as the window opens): the
working copy is copied by the kernel under SQLite's read lock while the points are read from the file
and their geometries checked. The copy must equal the file, the points must equal those read from the
copy, and a file with unreadable geometries must be refused in the words of the ordinary opening."""

from __future__ import annotations

import shutil
import sqlite3

import numpy as np
import pytest
import shapely

from clusterdesk.core import edits, gpkg
from clusterdesk.core.errors import DamagedProjectError
from clusterdesk.core.file_link import FileLink
from clusterdesk.core.geometry import encode
from clusterdesk.core.map_first_copy import copy_reading_points
from clusterdesk.core.project import Project
from clusterdesk.core.relation_ends import read_relation_ends
from clusterdesk.core.stakeholder_points import read_checking_geometries, read_stakeholder_points
from clusterdesk.core.structure import count_bad_geometries
from conftest import TEST_DATA, assert_valid_project


def _saved(path, count=300, *, relations=True):
    project = Project.new(path, "Map first", country="EC")
    rows = [{"name": f"Firm {i}", "lon": -78.2 + i / 1000, "lat": 0.3 + i / 2000, "employees": i % 40}
            for i in range(count)]  # fmt: skip
    project.stack.push(edits.AddStakeholders(rows))
    if relations:
        fids = [fid for (fid,) in project.connection.execute("SELECT fid FROM stakeholders ORDER BY fid")]
        ties = [{"source_id": a, "target_id": b, "kind": "supplies", "directed": True, "strength": 3,
                 "survey_round": "2024"} for a, b in zip(fids[:40], fids[1:41], strict=True)]  # fmt: skip
        project.stack.push(edits.AddRelations(ties))
    project.save()
    project.close()
    return path


def _assert_same_points(got, want) -> None:
    for name in ("fid", "lon", "lat", "kind", "employees"):
        assert np.array_equal(getattr(got, name), getattr(want, name), equal_nan=True), name


def _write(path, statements) -> None:
    connection = sqlite3.connect(path)
    gpkg.register_functions(connection)  # the spatial index triggers call them
    connection.execute("PRAGMA ignore_check_constraints = ON")
    for statement, arguments in statements:
        connection.execute(statement, arguments)
    connection.commit()
    connection.close()


def test_the_working_copy_equals_the_file_and_passes_gdals_validator(tmp_path):
    path = _saved(tmp_path / "copied.gpkg")
    with Project.open(path, check_pages_later=True) as project:
        assert project.working_path.read_bytes() == path.read_bytes()
        assert_valid_project(project.working_path)
        _assert_same_points(project.stakeholder_points(), read_stakeholder_points(project.connection))
        ends, reread = project.relation_ends(), read_relation_ends(project.connection)
        for name in ("fid", "source", "target", "kind", "directed"):
            assert np.array_equal(getattr(ends, name), getattr(reread, name)), name
        assert len(ends.fid) == 40
        project.stack.push(edits.DeleteRelations(ends.fid[:3].tolist()))  # the cached ends are forgotten
        assert len(project.relation_ends().fid) == 37
        project.wait_for_page_check()


def test_points_read_from_the_file_equal_those_of_the_copy_with_gaps_and_odd_geometries(tmp_path):
    path = _saved(tmp_path / "odd.gpkg")
    big_endian = (
        b"GP\x00\x00" + (4326).to_bytes(4, "big") + shapely.to_wkb(shapely.Point(-78.9, 0.4), byte_order=0)
    )
    _write(
        path,
        [
            ("DELETE FROM relations WHERE source_id IN (5, 6, 7) OR target_id IN (5, 6, 7)", ()),
            ("DELETE FROM stakeholders WHERE fid IN (5, 6, 7)", ()),  # fids with a gap
            ("UPDATE stakeholders SET geom = NULL WHERE fid = 8", ()),
            ("UPDATE stakeholders SET geom = ? WHERE fid = 9", (big_endian,)),
            ("UPDATE stakeholders SET geom = ? WHERE fid = 10", (encode(shapely.Point()),)),
            ("UPDATE stakeholders SET employees = 4.5 WHERE fid = 11", ()),
        ],
    )
    with Project.open(path, check_pages_later=True) as project:
        read_first = project.stakeholder_points()
        _assert_same_points(read_first, read_stakeholder_points(project.connection))
        assert 5 not in read_first.fid.tolist() and read_first.lon[read_first.fid == 9][0] == -78.9
        assert read_first.employees[read_first.fid == 11][0] == 4.5


@pytest.mark.parametrize(
    "blob",
    [b"\x00" * 29, b"GP\x00\x01" + b"\x00" * 25, b"not a geometry", encode(shapely.Point(1, 2).buffer(1))],
    ids=["zeros of a point's length", "cut header", "text-like bytes", "polygon"],
)
def test_unreadable_stakeholder_geometries_are_refused_in_the_ordinary_words(tmp_path, blob):
    path = _saved(tmp_path / "bad.gpkg")
    _write(path, [("UPDATE stakeholders SET geom = ? WHERE fid IN (3, 4)", (blob,))])
    with pytest.raises(DamagedProjectError) as ordinary:
        Project.open(path)
    with pytest.raises(DamagedProjectError) as map_first:
        Project.open(path, check_pages_later=True)
    assert str(map_first.value) == str(ordinary.value)
    assert "2 geometries" in str(ordinary.value) and "stakeholders" in str(ordinary.value)
    connection = sqlite3.connect(path)
    _points, counted = read_checking_geometries(connection)
    assert counted == count_bad_geometries(connection, "stakeholders", "geom", "POINT") == 2
    connection.close()


def test_unreadable_geometries_in_two_tables_and_a_missing_row_are_named_together(tmp_path):
    path = _saved(tmp_path / "worse.gpkg")
    _write(
        path,
        [
            ("UPDATE stakeholders SET geom = X'00' WHERE fid = 2", ()),
            ("UPDATE relations SET geom = X'4750' WHERE fid = (SELECT min(fid) FROM relations)", ()),
        ],
    )
    with pytest.raises(DamagedProjectError) as ordinary:
        Project.open(path)
    with pytest.raises(DamagedProjectError) as map_first:
        Project.open(path, check_pages_later=True)
    assert str(map_first.value) == str(ordinary.value)
    assert "stakeholders" in str(ordinary.value) and "relations" in str(ordinary.value)
    _write(path, [("DELETE FROM project_info", ())])  # another problem: every one is named at once
    with pytest.raises(DamagedProjectError) as ordinary:
        Project.open(path)
    with pytest.raises(DamagedProjectError) as map_first:
        Project.open(path, check_pages_later=True)
    assert str(map_first.value) == str(ordinary.value) and "project_info" in str(ordinary.value)
    assert not list((tmp_path).glob("*.gpkg-journal"))


def test_a_file_in_wal_mode_is_copied_with_its_wal(tmp_path):
    path = _saved(tmp_path / "wal.gpkg")
    holder = sqlite3.connect(path)  # keeps the WAL: another program has the file open
    gpkg.register_functions(holder)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("UPDATE stakeholders SET name = 'Only in the WAL', employees = 77 WHERE fid = 1")
    holder.commit()
    try:
        with Project.open(path, check_pages_later=True) as project:
            (name,) = project.connection.execute("SELECT name FROM stakeholders WHERE fid = 1").fetchone()
            assert name == "Only in the WAL"
            points = project.stakeholder_points()
            assert points.employees[0] == 77
            _assert_same_points(points, read_stakeholder_points(project.connection))
    finally:
        holder.close()


class _CommitJustBeforeCopying(FileLink):
    """A link whose copy begins just after another connection committed to the file."""

    def copy_into(self, working, *, on_locked=None):
        other = sqlite3.connect(self.path)
        gpkg.register_functions(other)
        other.execute("UPDATE stakeholders SET employees = 999 WHERE fid = 1")
        other.commit()
        other.close()
        super().copy_into(working, on_locked=on_locked)


def test_points_read_while_another_program_commits_are_dropped_for_the_copys(tmp_path):
    path = _saved(tmp_path / "busy.gpkg")
    link = _CommitJustBeforeCopying(path, writable=True)
    source = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    working = tmp_path / "working.gpkg"
    try:
        found = copy_reading_points(link, source, working)
    finally:
        source.close()
        link.close()
    assert found.points is None and found.bad_geometries == {}
    copy = sqlite3.connect(working)
    assert read_stakeholder_points(copy).employees[0] == 999  # what the project reads when asked
    copy.close()


@pytest.mark.parametrize("version", [1, 10])
def test_an_older_file_opens_map_first_migrated_and_its_bad_geometries_are_refused(tmp_path, version):
    path = tmp_path / "old.gpkg"
    shutil.copyfile(TEST_DATA / f"project_v{version}.gpkg", path)
    with Project.open(path, check_pages_later=True) as project:
        assert project.migrated_from == version
        assert len(project.stakeholder_points()) == 6 and len(project.relation_ends().fid) == 5
    _write(
        path, [("UPDATE stakeholders SET geom = X'47' WHERE fid = (SELECT min(fid) FROM stakeholders)", ())]
    )
    with pytest.raises(DamagedProjectError) as ordinary:
        Project.open(path)
    with pytest.raises(DamagedProjectError) as map_first:
        Project.open(path, check_pages_later=True)
    assert str(map_first.value) == str(ordinary.value) and "1 geometry" in str(ordinary.value)
