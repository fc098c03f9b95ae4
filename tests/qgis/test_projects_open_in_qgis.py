"""Issue 2's acceptance for QGIS: every sample project and every file the tests write opens in plain
QGIS 3.22 with all its tables, ClusterDesk's feature counts, its default styles (stakeholders
categorized by kind in the app's colours) and no GeoPackage version warning."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from project_builder import build_project
from qgis_process import assert_opens_in_qgis, clusterdesk_counts, qgis_problems, run_qgis_script

from clusterdesk.core.project import Project
from conftest import SAMPLES, TEST_DATA, assert_valid_project

pytestmark = pytest.mark.qgis

SAMPLE_FILES = sorted(SAMPLES.glob("*.gpkg"))
SAMPLE_PARAMETERS = [pytest.param(p, id=p.stem) for p in SAMPLE_FILES] or [
    pytest.param(None, marks=pytest.mark.skip(reason="no sample projects yet: tools/build_samples.py"))
]


@pytest.fixture(scope="module")
def written_project(tmp_path_factory):
    path = build_project(tmp_path_factory.mktemp("qgis") / "atuntaqui.gpkg")
    assert_valid_project(path)
    return path


@pytest.fixture(scope="module")
def written_report(written_project):
    return run_qgis_script("check_project.py", written_project)["files"][0]


@pytest.fixture(scope="module")
def sample_reports():
    if not SAMPLE_FILES:
        return {}
    result = run_qgis_script("check_project.py", *SAMPLE_FILES)
    return {report["path"]: report for report in result["files"]}


@pytest.mark.parametrize("sample", SAMPLE_PARAMETERS)
def test_sample_project_opens_in_qgis(sample, sample_reports):
    report = sample_reports[str(sample.resolve())]
    assert qgis_problems(report, clusterdesk_counts(sample)) == []
    assert report["layers"]["stakeholders"]["feature_count"] > 0


def test_project_written_by_clusterdesk_opens_in_qgis(written_project):
    assert_opens_in_qgis(written_project)  # the one-line helper for any test that writes a project


def test_projects_migrated_from_older_versions_open_in_qgis(tmp_path):
    """Files of every older project format, once opened and saved by this version."""
    saved = []
    for old in sorted(TEST_DATA.glob("project_v*.gpkg")):
        copy = tmp_path / old.name
        shutil.copyfile(old, copy)
        with Project.open(copy) as project:
            saved.append(project.save(tmp_path / f"saved_{old.name}"))
    assert saved, "no old project files in tests/data"
    assert_opens_in_qgis(*saved)


def test_qgis_sees_every_table_and_the_style_details(written_project, written_report):
    report = written_report
    counts = clusterdesk_counts(written_project)
    assert set(counts) <= set(report["layers"])
    assert counts["stakeholders"] == 11 and counts["relations"] == 7 and counts["contact_persons"] == 1
    stakeholders = report["layers"]["stakeholders"]
    assert stakeholders["geometry"] == "Point"
    assert stakeholders["styles_in_database"]["for_this_layer"] == 1
    categories = stakeholders["renderer"]["categories"]
    assert categories["enterprise"]["label"] == "Enterprise"
    assert categories["enterprise"]["symbol_layer"] == "SimpleMarker"
    assert stakeholders["aliases"]["women_employees"] == "Women employees"
    assert (
        report["layers"]["relations"]["renderer"]["categories"]["member_of"]["symbol_layer"] == "SimpleLine"
    )
    boundary = report["layers"]["cluster_boundaries"]
    assert boundary["geometry"] == "MultiPolygon" and 0 < boundary["renderer"]["alpha"] < 60
    assert report["layers"]["cluster_boundaries"]["aliases"]["name"] == "Name"


def test_checker_reports_what_a_qgis_user_would_trip_over(written_project, tmp_path):
    """The comparison is not vacuous: a newer GeoPackage version, a lost style, a changed colour, a
    changed marker shape and a count mismatch are each reported."""
    broken = tmp_path / "broken.gpkg"
    shutil.copyfile(written_project, broken)
    connection = sqlite3.connect(broken)
    connection.execute("PRAGMA user_version = 10400")
    connection.execute("DELETE FROM layer_styles WHERE f_table_name = 'cluster_boundaries'")
    connection.execute(
        "UPDATE layer_styles SET styleQML = replace(styleQML, '27,158,119', '255,0,0')"
        " WHERE f_table_name = 'relations'"
    )
    connection.execute(
        "UPDATE layer_styles SET styleQML = replace(styleQML, 'value=\"pentagon\"', 'value=\"circle\"')"
        " WHERE f_table_name = 'stakeholders'"
    )
    connection.commit()
    connection.close()
    report = run_qgis_script("check_project.py", broken)["files"][0]
    counts = clusterdesk_counts(written_project)
    counts["relations"] += 1
    problems = "\n".join(qgis_problems(report, counts))
    assert "user_version 10400" in problems
    assert "may only be partially supported" in problems  # GDAL's own warning, captured from stderr
    assert "no ClusterDesk default style for cluster_boundaries" in problems
    assert "relations colours in QGIS" in problems and "#ff0000" in problems
    assert "financial_institution is drawn as circle 3.6 mm, not ('pentagon', 3.6)" in problems
    assert "QGIS counts 7 rows in relations, ClusterDesk 8" in problems
    assert "stakeholders colours" not in problems  # only what was broken is reported
