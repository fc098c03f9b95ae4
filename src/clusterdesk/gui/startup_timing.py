"""Start-up measurement: with CLUSTERDESK_QUIT_AFTER_PAINT=1 the window prints how long after the
process started the canvas first painted the project's map, then quits.

The benchmarks (benchmarks/window_startup.py, benchmarks/large_open.py) start `clusterdesk gui PROJECT`
with it, so the figure covers everything a user waits for: the interpreter, the imports, the window, the
opening of the project and the first painted map. The line printed is
`first map paint: 1.234 s after process start (156 stakeholders, 1.100 s of processor time)`;
the process then closes the project and exits without waiting for background work.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer

QUIT_AFTER_PAINT = "CLUSTERDESK_QUIT_AFTER_PAINT"
_IMPORTED_AT = time.monotonic()


def quit_after_paint_requested() -> bool:
    return os.environ.get(QUIT_AFTER_PAINT, "") not in ("", "0")


def process_age() -> float:
    """Seconds since this process started: from /proc on Linux (10 ms resolution, the kernel's clock
    ticks), elsewhere since this module was imported."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat, open("/proc/uptime", encoding="ascii") as up:
            # the command name in brackets may hold spaces: count fields after its closing bracket
            fields = stat.read().rsplit(")", 1)[1].split()
            started_ticks = int(fields[19])  # field 22 of proc(5), starttime
            uptime = float(up.read().split()[0])
        return uptime - started_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT


class FirstMapPaint(QObject):
    """Watches the canvas; after the first paint that shows a rendered map of an open project, prints the
    process age and quits the application."""

    def __init__(self, canvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.done = False
        canvas.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            not self.done
            and event.type() == QEvent.Type.Paint
            and watched is self.canvas
            and self.canvas.project is not None
            and self.canvas.render_count > 0
            and self.canvas._image_viewport == self.canvas.viewport
        ):
            self.done = True
            # the filter runs before paintEvent: report once this paint has finished
            QTimer.singleShot(0, self, self._report)
        return False

    def _report(self) -> None:
        points = len(self.canvas.project.stakeholder_points())
        cpu = time.process_time()  # of every thread: on a busy machine it says what the wait was made of
        print(
            f"first map paint: {process_age():.3f} s after process start ({points} stakeholders, "
            f"{cpu:.3f} s of processor time)",
            flush=True,
        )
        self.canvas.window().workspace.shutdown()  # closes the project without asking: nothing was edited
        # Leave at once: quitting would wait for background work (the project's checks) to finish
        os._exit(0)


def watch_first_map_paint(window) -> FirstMapPaint | None:
    """Install the watcher on the window's canvas when CLUSTERDESK_QUIT_AFTER_PAINT asks for it."""
    if not quit_after_paint_requested():
        return None
    return FirstMapPaint(window.canvas)
