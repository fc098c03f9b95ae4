"""A QPainter that is always ended.

A painter still active on a QImage when the image is destroyed crashes the whole process (Qt prints
"QPaintDevice: Cannot destroy paint device that is being painted" and the interpreter dies with SIGSEGV),
so an exception raised while drawing, e.g. a table that cannot be read, must end the painter on its way
out instead of leaving it to the garbage collector.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QPaintDevice, QPainter


@contextmanager
def painting(device: QPaintDevice) -> Iterator[QPainter]:
    """`with painting(image) as painter:` draws on `device` and ends the painter whatever happens."""
    painter = QPainter(device)
    try:
        yield painter
    finally:
        if painter.isActive():
            painter.end()
