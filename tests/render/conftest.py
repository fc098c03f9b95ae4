"""Fixtures of the rendering tests."""

from render_fixtures import qt_app, small_project  # noqa: F401  (fixtures, found by pytest by name)
