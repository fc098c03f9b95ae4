"""Fixtures of the canvas tests; the project itself is in tests/map_test_project.py."""

from __future__ import annotations

import pytest

from map_test_project import ASSOCIATION_AT, ENTERPRISE_AT, EXTENT, small_project  # noqa: F401


@pytest.fixture
def canvas(qtbot, small_project):  # noqa: F811  (the fixture imported above)
    from clusterdesk.core.selection import Selection
    from clusterdesk.gui.map import MapCanvas

    widget = MapCanvas()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_online_tiles("http://127.0.0.1:9/{z}/{x}/{y}.png")  # never the internet from tests
    widget.set_project(small_project, Selection())
    widget.zoom_to_extent(*EXTENT)
    widget.render_now()
    yield widget
    widget.set_project(None, None)
