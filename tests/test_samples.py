"""The sample projects: they open, pass every file check, hold what their documentation promises, and the
build script writes the same bytes every time."""

from __future__ import annotations

import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import shapely
from shapely.geometry import Point

from clusterdesk.core import gpkg
from clusterdesk.core.geometry import decode
from clusterdesk.core.project import Project
from conftest import REPO, SAMPLES, assert_valid_project

TOOLS = REPO / "tools"
sys.path.insert(0, str(TOOLS))

import build_samples  # noqa: E402  (tools/ is not a package)
from samples import SAMPLES as DEFINITIONS  # noqa: E402
from synthetic import make_synthetic_project  # noqa: E402

KEYS = sorted(DEFINITIONS)
NATURAL_EARTH = REPO.parent / "shared" / "data" / "naturalearth.gpkg"


def _rows(path: Path, sql: str, *params) -> list[tuple]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def _scalar(path: Path, sql: str, *params):
    return _rows(path, sql, *params)[0][0]


def test_the_six_samples_are_defined():
    assert KEYS == sorted(
        [
            "atuntaqui_garments",
            "ambato_footwear",
            "bosawas_cocoa",
            "samara_automotive",
            "adiyaman_kahramanmaras_textiles",
            "ethiopia_edible_oil",
        ]
    )


@pytest.mark.parametrize("key", KEYS)
def test_sample_opens_valid_and_complete(key):
    path = SAMPLES / f"{key}.gpkg"
    assert path.exists(), f"{path} is missing: run python tools/build_samples.py"
    assert path.stat().st_size < 1_500_000  # small enough to e-mail and to ship in the wheel
    assert_valid_project(path)
    with Project.open(path) as project:
        info = project.info()
        counts = project.counts()
        points = project.stakeholder_points()
        assert project.migrated_from is None, "the sample is older than the schema: rebuild it"
    for field in ("sector_code", "sector_label", "country", "region", "currency", "language", "phase",
                  "start_date", "description", "agency_name"):  # fmt: skip
        assert getattr(info, field), f"{key}: project_info.{field} is empty"
    assert info.agency_logo.startswith(b"\x89PNG\r\n") and info.agency_logo_mime == "image/png"
    assert counts["cluster_boundaries"] == 2
    assert counts["contact_persons"] > 20
    assert len(points) == counts["stakeholders"] and points.located().sum() >= len(points) - 10
    rounds = dict(_rows(path, "SELECT survey_round, count(*) FROM relations GROUP BY survey_round"))
    assert set(rounds) == {"baseline", "follow_up_1"}
    kinds = {k for (k,) in _rows(path, "SELECT DISTINCT kind FROM stakeholders")}
    assert {"enterprise", "buyer", "business_association", "public_authority"} <= kinds
    emails = [e for (e,) in _rows(path, "SELECT email FROM stakeholders WHERE email IS NOT NULL")]
    emails += [e for (e,) in _rows(path, "SELECT email FROM contact_persons WHERE email IS NOT NULL")]
    assert emails and all(e.endswith(".example") and "@" in e for e in emails)


@pytest.mark.parametrize("key", KEYS)
def test_network_grows_between_rounds(key):
    path = SAMPLES / f"{key}.gpkg"
    joint = dict(
        _rows(path, "SELECT survey_round, count(*) FROM relations WHERE kind = 'joint_action' GROUP BY 1")
    )
    assert joint.get("follow_up_1", 0) > joint.get("baseline", 0)


def test_bosawas_has_266_families_in_18_networks():
    path = SAMPLES / "bosawas_cocoa.gpkg"
    networks = _rows(path, "SELECT fid FROM stakeholders WHERE name LIKE 'Red de Productores de Cacao %'")
    assert len(networks) == 18
    families = _scalar(
        path, "SELECT count(*) FROM stakeholders WHERE name LIKE 'Familia %' AND kind = 'enterprise'"
    )
    assert families == 266
    memberships = _rows(
        path,
        "SELECT r.source_id, count(*) FROM relations r JOIN stakeholders n ON n.fid = r.target_id"
        " WHERE r.kind = 'member_of' AND n.name LIKE 'Red de Productores de Cacao %' GROUP BY r.source_id",
    )
    assert len(memberships) == 266 and all(count == 1 for _fid, count in memberships)


def test_samara_association_has_17_members():
    path = SAMPLES / "samara_automotive.gpkg"
    members = dict(
        _rows(
            path,
            "SELECT r.survey_round, count(DISTINCT r.source_id) FROM relations r"
            " JOIN stakeholders a ON a.fid = r.target_id"
            " WHERE r.kind = 'member_of' AND a.name = ? GROUP BY r.survey_round",
            "Ассоциация поставщиков автокомпонентов Самарской области",
        )
    )
    assert members == {"baseline": 17}  # the 17 founding members
    assert _scalar(path, "SELECT language FROM project_info") == "ru"


def test_ethiopia_has_50_msmes_owning_one_company():
    path = SAMPLES / "ethiopia_edible_oil.gpkg"
    assert (
        _scalar(path, "SELECT count(*) FROM stakeholders WHERE tags = 'MSME' AND sector_code = '1040'") == 50
    )
    shareholders = _scalar(
        path,
        "SELECT count(DISTINCT r.source_id) FROM relations r JOIN stakeholders c ON c.fid = r.target_id"
        " JOIN stakeholders m ON m.fid = r.source_id"
        " WHERE r.kind = 'member_of' AND c.name = ? AND m.tags = 'MSME'",
        "Right Edible Oil Producers (REOP) plc",
    )
    assert shareholders == 50


@pytest.mark.parametrize(
    ("key", "sector", "firms"),
    [
        ("atuntaqui_garments", "1410", 118),
        ("ambato_footwear", "1520", 92),
        ("adiyaman_kahramanmaras_textiles", "1311", None),
    ],
)
def test_cluster_firms_carry_the_cluster_sector(key, sector, firms):
    path = SAMPLES / f"{key}.gpkg"
    count = _scalar(
        path, "SELECT count(*) FROM stakeholders WHERE kind = 'enterprise' AND sector_code = ?", sector
    )
    assert count == firms if firms is not None else count >= 20
    if key == "adiyaman_kahramanmaras_textiles":
        assert _scalar(path, "SELECT count(*) FROM stakeholders WHERE sector_code = '1392'") >= 20


@pytest.mark.skipif(not NATURAL_EARTH.exists(), reason="Natural Earth data is not next to the repository")
def test_towns_said_to_come_from_natural_earth_do():
    import importlib

    places = [decode(blob) for (blob,) in _rows(NATURAL_EARTH, "SELECT geom FROM places")]
    checked = 0
    for key in KEYS:
        module = importlib.import_module(f"samples.{key}")
        for town in (v for v in vars(module).values() if type(v).__name__ == "Town"):
            if town.source.startswith("Natural Earth"):
                near = [p for p in places if abs(p.x - town.lon) < 1e-3 and abs(p.y - town.lat) < 1e-3]
                assert near, f"{key}: {town.name} is not at a Natural Earth place"
                checked += 1
    assert checked >= 15


def test_building_twice_gives_identical_files(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for key in KEYS:
        build_samples.build_sample(key, first)
    # The second build runs in a fresh interpreter: orderings that depend on the process would show up
    subprocess.run(
        [sys.executable, str(TOOLS / "build_samples.py"), "--output", str(second)],
        check=True,
        capture_output=True,
    )
    for key in KEYS:
        a, b = first / f"{key}.gpkg", second / f"{key}.gpkg"
        assert a.read_bytes() == b.read_bytes(), f"{key} differs between two builds"
    assert not list(first.glob("*.bak")) and not list(first.glob(".*"))


# -- large synthetic projects (tools/synthetic.py) ----------------------------------------------------


def test_synthetic_project_is_valid_and_repeatable(tmp_path):
    first = make_synthetic_project(tmp_path / "first.gpkg", 2_000, seed=3)
    second = make_synthetic_project(tmp_path / "second.gpkg", 2_000, seed=3)
    assert_valid_project(first)
    for table in ("stakeholders", "relations", "project_info"):
        assert _rows(first, f"SELECT * FROM {table}") == _rows(second, f"SELECT * FROM {table}")
    with Project.open(first) as project:
        counts = project.counts()
        points = project.stakeholder_points()
    assert counts["stakeholders"] == 2_000 and 300 <= counts["relations"] <= 400
    assert 0.95 < points.located().mean() < 1.0  # a few have no location, like travelling traders
    assert not list(tmp_path.glob("*.bak"))


def test_points_and_extent_stay_right_for_geometries_from_other_tools(tmp_path):
    """Fast paths for reading points and extents must agree with a row-by-row reading, also for points
    another program wrote with an envelope or in big-endian order, and after deletions."""
    path = make_synthetic_project(tmp_path / "mixed.gpkg", 500, seed=1)
    with Project.open(path) as project:
        connection = project.connection
        with_envelope = b"GP\x00\x03" + struct.pack("<i4d", 4326, -78.3, -78.3, 0.4, 0.4)
        with_envelope += shapely.to_wkb(Point(-78.3, 0.4), byte_order=1)
        big_endian = b"GP\x00\x00" + struct.pack(">i", 4326) + shapely.to_wkb(Point(-78.1, 0.2), byte_order=0)
        connection.execute("UPDATE stakeholders SET geom = ? WHERE fid = 10", (with_envelope,))
        connection.execute("UPDATE stakeholders SET geom = ? WHERE fid = 20", (big_endian,))
        west = connection.execute("SELECT id FROM rtree_stakeholders_geom ORDER BY minx LIMIT 1").fetchone()[
            0
        ]
        connection.execute("DELETE FROM relations WHERE source_id = ? OR target_id = ?", (west, west))
        connection.execute("DELETE FROM stakeholders WHERE fid = ?", (west,))
        connection.commit()
        project.stack.changed.emit({"stakeholders"})
        points = project.stakeholder_points()
        rows = connection.execute("SELECT fid, geom, employees FROM stakeholders ORDER BY fid").fetchall()
        expected = [decode(blob) if blob else None for _fid, blob, _employees in rows]
        assert points.fid.tolist() == [fid for fid, _blob, _employees in rows]
        lon = [np.nan if p is None else p.x for p in expected]
        assert np.allclose(points.lon, lon, equal_nan=True)
        assert points.lon[points.fid.tolist().index(20)] == -78.1
        assert points.lat[points.fid.tolist().index(10)] == 0.4
        box = connection.execute(
            "SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_stakeholders_geom"
        )
        stakeholders_box = box.fetchone()
        extent = project.extent()
        assert extent[0] <= stakeholders_box[0] and extent[2] >= stakeholders_box[2]
        assert gpkg.rtree_extent(connection, "stakeholders") == stakeholders_box


@pytest.mark.parametrize("key", KEYS)
def test_relation_dates_fit_the_organisations_and_surveys(key):
    path = SAMPLES / f"{key}.gpkg"
    rounds = DEFINITIONS[key].rounds
    older_than_a_partner = _scalar(
        path,
        "SELECT count(*) FROM relations r JOIN stakeholders a ON a.fid = r.source_id"
        " JOIN stakeholders b ON b.fid = r.target_id"
        " WHERE CAST(substr(r.since, 1, 4) AS INTEGER)"
        " < max(ifnull(a.year_founded, 0), ifnull(b.year_founded, 0))",
    )
    after_the_survey = _scalar(
        path,
        "SELECT count(*) FROM relations WHERE (survey_round = 'baseline' AND since > ?) OR since > ?",
        rounds.baseline.isoformat(),
        rounds.follow_up_1.isoformat(),
    )
    assert older_than_a_partner == 0 and after_the_survey == 0
