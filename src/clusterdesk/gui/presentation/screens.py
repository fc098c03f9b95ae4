"""Which screen shows the slides and which the presenter's view.

The choice is made on plain geometry (anything with `geometry()` returning a QRect, which QScreen has),
so that it can be worked out and tested without the screens themselves. The audience's screen is the
one the user chose last time (remembered by name), else the largest screen other than the one the main
window is on (a projector is usually the second screen), else the only one. The presenter's view goes on
the main window's screen when it is another screen than the audience's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QRect

SCREEN_SETTING = "presentation/screen"


class ScreenLike(Protocol):
    def geometry(self) -> QRect: ...

    def name(self) -> str: ...


@dataclass(frozen=True)
class ScreenPlan:
    audience: int  # index into the screens
    presenter: int | None  # None: a single screen; notes are toggled with N on the slides


def screen_key(screen: ScreenLike, index: int) -> str:
    """How a screen is remembered: by its name, or by its place ("#2") when the system gives none."""
    return screen.name() or f"#{index + 1}"


def plan_screens(screens: list[ScreenLike], window_screen: int, remembered: str | None) -> ScreenPlan:
    """The audience's and the presenter's screens, as indexes into `screens`."""
    if not screens:
        raise ValueError("there is no screen to present on")
    window_screen = min(max(window_screen, 0), len(screens) - 1)
    names = [screen_key(screen, i) for i, screen in enumerate(screens)]
    if remembered and remembered in names:
        audience = names.index(remembered)
    elif len(screens) > 1:
        others = [i for i in range(len(screens)) if i != window_screen]
        audience = max(others, key=lambda i: _area(screens[i]))
    else:
        audience = 0
    if len(screens) == 1:
        return ScreenPlan(audience, None)
    presenter = (
        window_screen if window_screen != audience else next(i for i in range(len(screens)) if i != audience)
    )
    return ScreenPlan(audience, presenter)


def _area(screen: ScreenLike) -> int:
    rect = screen.geometry()
    return rect.width() * rect.height()
