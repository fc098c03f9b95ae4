"""`clusterdesk check`: exit status, text grouped by severity with how to fix, --all, --json; in Russian and
exactly English under LANG=C."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from health_fixture import build_clean, task

from clusterdesk.core.check_silence_edits import silence_finding
from clusterdesk.core.project import Project

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_cli_languages import assert_russian, run  # noqa: E402


@pytest.fixture
def clean_file(new_project):
    build_clean(new_project)
    new_project.save()
    return new_project


def test_a_clean_project_exits_0(clean_file, tmp_path):
    done = run("check", str(clean_file.path), cwd=tmp_path, lang="C")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "0 errors, 0 warnings, 0 notes, 0 silenced.\n\nNo problems found.\n"


def test_an_error_exits_1_and_says_how_to_fix_it(clean_file, tmp_path):
    project = clean_file
    fid = task(project, "Misión comercial", start=dt.date(2022, 6, 1), cda_in_charge="Fatma Sarı")
    project.save()
    done = run("check", str(project.path), cwd=tmp_path, lang="C")
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "1 error, 0 warnings, 0 notes, 0 silenced."
    assert lines[2:5] == [
        "Errors (1)",
        "  plan.cda_not_in_team",
        f'    - [plan_tasks:{fid}] The CDA in charge of "Misión comercial", Fatma Sarı, is not a Cluster '
        "Development Agent of the project team (its CDAs: Lucía Pérez).",
    ]
    assert lines[5].startswith("    How to fix: Choose one of the project team's Cluster Development Agents")
    shown = json.loads(run("check", str(project.path), "--json", cwd=tmp_path, lang="C").stdout)
    assert sorted(shown) == ["errors", "findings", "notes", "silenced", "warnings"]
    assert (shown["errors"], shown["warnings"], shown["notes"], shown["silenced"]) == (1, 0, 0, 0)
    (finding,) = shown["findings"]
    assert sorted(finding) == ["check", "fix", "go_to", "message", "reason", "severity", "silenced", "target"]
    assert finding["go_to"] == {"table": "plan_tasks", "fid": fid} and finding["severity"] == "error"
    russian = run("check", str(project.path), cwd=tmp_path)
    assert russian.returncode == 1
    assert_russian(
        russian.stdout,
        "plan.cda_not_in_team",
        f"plan_tasks:{fid}",
        "Misión comercial",
        "Fatma Sarı",
        "Lucía Pérez",
    )

    project.stack.push(silence_finding(project, "plan.cda_not_in_team", f"plan_tasks:{fid}", "Interim CDA"))
    project.save()
    silenced = run("check", str(project.path), cwd=tmp_path, lang="C")
    assert silenced.returncode == 0
    assert "Interim CDA" not in silenced.stdout and silenced.stdout.startswith(
        "0 errors, 0 warnings, 0 notes, 1 silenced."
    )
    listed = run("check", str(project.path), "--all", cwd=tmp_path, lang="C")
    assert "Silenced (1)" in listed.stdout and "    Reason: Interim CDA" in listed.stdout
    shown = json.loads(run("check", str(project.path), "--json", "--all", cwd=tmp_path, lang="C").stdout)
    assert shown["errors"] == 0 and shown["silenced_findings"][0]["reason"] == "Interim CDA"


def test_a_missing_file_is_refused(tmp_path):
    done = run("check", str(tmp_path / "none.gpkg"), cwd=tmp_path, lang="C")
    assert done.returncode == 1 and "none.gpkg" in done.stderr


@pytest.mark.parametrize(
    "sample",
    sorted((Path(__file__).resolve().parents[2] / "sample_projects").glob("*.gpkg")),
    ids=lambda p: p.stem,
)
def test_every_sample_can_be_checked(sample, tmp_path):
    """The samples are checked whole; whether they pass is the samples' own test."""
    done = run("check", str(sample), "--json", cwd=tmp_path, lang="C")
    assert done.returncode in (0, 1), done.stderr
    shown = json.loads(done.stdout)
    assert (done.returncode == 1) == (shown["errors"] > 0)
    with Project.open(sample) as project:
        tables = {
            r[0] for r in project.connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    assert all(f["target"].split(":")[0] in tables | {""} for f in shown["findings"])
