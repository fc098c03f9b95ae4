"""Fixtures of the report tests."""

from report_fixtures import cluster_project  # noqa: F401  (a fixture, found by pytest by name)
