"""All checks on a project of 100,000 stakeholders and 200,000 dated relations, clean and with a fifth of
its ties contradicting a founding year."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from clusterdesk.analysis.health_checks import run_checks
from clusterdesk.core.project import Project

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))


@pytest.mark.slow
def test_all_checks_on_100000_stakeholders(tmp_path):
    from synthetic import make_synthetic_project

    path = make_synthetic_project(tmp_path / "big.gpkg", 100_000, relations_per_stakeholder=2.0)
    with Project.open(path) as project:
        connection = project.connection
        connection.execute("UPDATE relations SET since = '2030-01-01'")
        connection.commit()
        run_checks(connection)  # the catalogues and the page cache, as in a window that checked before
        began = time.perf_counter()
        report = run_checks(connection)
        clean = time.perf_counter() - began
        assert report.findings == [] and clean < 1.0, clean
        connection.execute("UPDATE relations SET since = '1900-01-01' WHERE fid % 5 = 0")
        connection.commit()
        began = time.perf_counter()
        report = run_checks(connection, "ru")
        flawed = time.perf_counter() - began
        dated = [f for f in report.findings if f.check.startswith("relations.")]
        assert len(dated) >= 30_000 and flawed < 2.0, (len(dated), flawed)
