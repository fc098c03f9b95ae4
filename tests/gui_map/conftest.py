"""Fixtures of the map canvas tests."""

from map_fixtures import canvas, small_project  # noqa: F401  (fixtures, found by pytest by name)
