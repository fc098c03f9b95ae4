"""Presentation mode: every key does what presentation programs do, a move between map slides ends on
the slide's extent, type is large enough for a room, and two screens give the presenter's view."""

from __future__ import annotations

import pytest
from presentation_fixture import CLOSE, build_presentation_project, open_copy
from PySide6.QtCore import QRect, Qt

from clusterdesk.core.presentation_edits import read_presentations
from clusterdesk.gui.presentation.screens import plan_screens
from clusterdesk.gui.presentation.show_control import ShowSession
from clusterdesk.gui.presentation.show_window import ShowWindow
from clusterdesk.gui.presentation.slides import slides_of


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_presentation_project(tmp_path_factory.mktemp("show") / "show.gpkg")


@pytest.fixture
def workspace(template, tmp_path):
    space = open_copy(template, tmp_path)
    yield space
    space.close(discard=True)


def slides(workspace):
    return slides_of(read_presentations(workspace.project.session.connection())[0])


@pytest.fixture
def show(qtbot, workspace):
    window = ShowWindow(workspace.project, slides(workspace))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window, key, modifier)


def test_every_key(qtbot, show):
    assert show.index == 0
    for key, expected in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_Right, 2), (Qt.Key.Key_Down, 3),
                          (Qt.Key.Key_Space, 3), (Qt.Key.Key_PageUp, 2), (Qt.Key.Key_Left, 1),
                          (Qt.Key.Key_Up, 0), (Qt.Key.Key_Backspace, 0), (Qt.Key.Key_End, 3),
                          (Qt.Key.Key_Home, 0), (Qt.Key.Key_Return, 1)):  # fmt: skip
        press(qtbot, show, key)
        assert show.index == expected, key
    press(qtbot, show, Qt.Key.Key_B)
    assert show.blank == "black"
    assert show.grab_image().pixelColor(640, 360).name() == "#000000"
    press(qtbot, show, Qt.Key.Key_PageDown)  # any move first shows the slide again, where it was
    assert (show.blank, show.index) == ("", 1)
    press(qtbot, show, Qt.Key.Key_Period)
    assert show.blank == "black"
    press(qtbot, show, Qt.Key.Key_Period)
    assert show.blank == ""
    press(qtbot, show, Qt.Key.Key_W)
    assert show.grab_image().pixelColor(640, 360).name() == "#ffffff"
    press(qtbot, show, Qt.Key.Key_W)
    assert show.blank == ""
    press(qtbot, show, Qt.Key.Key_4)
    assert show.typed == "4"
    press(qtbot, show, Qt.Key.Key_Enter)
    assert show.index == 3 and show.typed == ""
    press(qtbot, show, Qt.Key.Key_2)
    press(qtbot, show, Qt.Key.Key_Return)
    assert show.index == 1
    press(qtbot, show, Qt.Key.Key_N)
    assert show.show_notes and "notes" in show.fonts_used or show.show_notes
    with qtbot.waitSignal(show.left, timeout=2000):
        press(qtbot, show, Qt.Key.Key_Escape)
    assert not show.isVisible()


def test_the_move_between_map_slides_ends_on_the_slides_extent(qtbot, show):
    show.transition_ms = 200
    frames = []
    show.frameFinished.connect(frames.append)
    with qtbot.waitSignal(show.frameFinished, timeout=3000):
        show.next()
    assert frames[-1] == 1
    assert not show.moving
    view = show.frames.viewport(1)
    west, south, east, north = view.lonlat_bounds()
    x0, y0, x1, y1 = CLOSE
    # the extent fills the screen one way and is centred the other
    assert west <= x0 + 1e-9 and east >= x1 - 1e-9 and south <= y0 + 1e-9 and north >= y1 - 1e-9
    assert (east - west) == pytest.approx(x1 - x0, rel=1e-6) or (north - south) == pytest.approx(
        y1 - y0, rel=0.01
    )
    assert ((west + east) / 2, (south + north) / 2) == pytest.approx(((x0 + x1) / 2, (y0 + y1) / 2), abs=1e-6)


def test_type_is_large_enough_at_1280_by_720(qtbot, show):
    show.go_to(0, animate=False)
    show.show_notes = True
    used = show.paint_slide_sizes() if hasattr(show, "paint_slide_sizes") else None
    show.grab_image()
    qtbot.wait(50)
    show.repaint()
    used = show.fonts_used
    assert used["caption"] >= 24 and used["notes"] >= 24
    assert used["title"] > used["caption"]
    show.go_to(1, animate=False)
    show.repaint()
    assert show.fonts_used["names"] >= 24  # the highlighted stakeholder's name
    show.go_to(2, animate=False)  # key figures
    show.repaint()
    assert show.fonts_used["figure"] > 24 and show.fonts_used["figure_label"] >= 24


class FakeScreen:
    def __init__(self, name, x, width, height):
        self._name, self._rect = name, QRect(x, 0, width, height)

    def geometry(self):
        return self._rect

    def name(self):
        return self._name


def test_screens_are_planned_for_the_audience_and_the_presenter():
    laptop, projector = FakeScreen("eDP-1", 0, 1366, 768), FakeScreen("HDMI-1", 1366, 1280, 720)
    assert plan_screens([laptop], 0, None) == plan_screens([laptop], 0, "HDMI-1")
    assert plan_screens([laptop], 0, None).presenter is None
    plan = plan_screens([laptop, projector], 0, None)
    assert (plan.audience, plan.presenter) == (1, 0)
    plan = plan_screens([laptop, projector], 0, "eDP-1")  # the user chose the laptop for the slides
    assert (plan.audience, plan.presenter) == (0, 1)


def test_two_screens_give_the_presenters_view(qtbot, workspace):
    laptop, projector = FakeScreen("eDP-1", 0, 1366, 768), FakeScreen("HDMI-1", 1366, 1280, 720)
    session = ShowSession(workspace.project, slides(workspace), 0, language="en", screens=[laptop, projector])
    session.start()
    try:
        assert session.presenter is not None and session.presenter.isVisible()
        assert session.show_window.isVisible()
        notes = session.presenter.notes.text()
        assert notes == "Start here"
        qtbot.keyClick(session.presenter, Qt.Key.Key_PageDown)  # keys there drive the show
        assert session.show_window.index == 1
        assert "2" in session.presenter.counter.text()
    finally:
        session.show_window.close()
    assert not session.presenter.isVisible()


def test_one_screen_has_no_presenters_view(qtbot, workspace):
    session = ShowSession(workspace.project, slides(workspace), 2, language="en",
                          screens=[FakeScreen("eDP-1", 0, 1366, 768)])  # fmt: skip
    session.start()
    try:
        assert session.presenter is None and session.show_window.index == 2
    finally:
        session.show_window.close()
