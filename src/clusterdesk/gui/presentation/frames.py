"""Finished map images of a presentation's map slides, rendered ahead on a worker thread.

The show asks for the image of the slide it moves to; when the presenter has stayed on a slide for even
a moment, the next and the previous slide's maps are already drawn, so a key press only has to put a
finished image on screen. The renderer is the presentation's own (the canvas keeps its layers and
selection), used under a lock by one worker at a time; the project's drawing data is read on the GUI
thread before any worker starts, so the workers do not race to fill it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from clusterdesk.core.project import Project
from clusterdesk.gui.presentation.map_views import apply_slide, slide_viewport
from clusterdesk.gui.presentation.slides import Slide, uuid_fids
from clusterdesk.render.renderer import MapRenderer
from clusterdesk.render.viewport import Viewport

KEEP_FRAMES = 8  # 8 images of 1920×1080 are 66 MB


class _Render(QRunnable):
    def __init__(self, frames: MapFrames, index: int, generation: int) -> None:
        super().__init__()
        self.frames, self.index, self.generation = frames, index, generation

    def run(self) -> None:
        self.frames._render_ahead(self.index, self.generation)


class MapFrames(QObject):
    """Map images of the slides at one screen size, by slide index."""

    ready = Signal(int)  # a slide's image was drawn ahead (queued into the GUI thread)

    def __init__(
        self,
        project: Project,
        slides: list[Slide],
        width: int,
        height: int,
        *,
        ratio: float = 1.0,
        language: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.slides = slides
        self.renderer = MapRenderer(project, language=language)
        data = self.renderer.data
        _ = data.points, data.relations, data.boundaries  # read here, on the GUI thread
        everyone = [uuid for slide in slides for uuid in slide.highlighted]
        self.fids_of_uuid = uuid_fids(project.connection, everyone) if everyone else {}
        self.width, self.height, self.ratio = width, height, ratio
        self._lock = threading.Lock()
        self._frames: dict[int, tuple[Viewport, QImage]] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.render_count = 0
        self.closed = False

    # -- geometry --------------------------------------------------------------------------------
    def resize(self, width: int, height: int, ratio: float = 1.0) -> None:
        if (width, height, ratio) == (self.width, self.height, self.ratio):
            return
        with self._lock:
            self.width, self.height, self.ratio = width, height, ratio
            self._frames.clear()
            self._generation += 1

    def viewport(self, index: int) -> Viewport | None:
        """The view of a map slide on the screen, in logical pixels."""
        slide = self.slides[index]
        if not slide.is_map or slide.extent is None:
            return None
        return slide_viewport(slide, max(self.width, 1), max(self.height, 1))

    def highlighted(self, index: int) -> frozenset[int]:
        return frozenset(
            self.fids_of_uuid[u] for u in self.slides[index].highlighted if u in self.fids_of_uuid
        )

    # -- images ----------------------------------------------------------------------------------
    def cached(self, index: int) -> QImage | None:
        with self._lock:
            found = self._frames.get(index)
        return found[1] if found is not None else None

    def image(self, index: int) -> QImage | None:
        """The slide's map, drawn now when it was not drawn ahead; None for a slide without a map."""
        if self.viewport(index) is None:
            return None
        with self._lock:
            found = self._frames.get(index)
            if found is None:
                found = self._draw(index)
                self._keep(index, found)
        return found[1]

    def prefetch(self, indexes: Iterable[int]) -> None:
        """Draw these slides' maps on the worker, nearest first."""
        if self.closed:
            return
        for index in indexes:
            if not 0 <= index < len(self.slides) or self.viewport(index) is None:
                continue
            with self._lock:
                if index in self._frames or index in self._pending:
                    continue
                self._pending.add(index)
            self._pool.start(_Render(self, index, self._generation))

    def wait(self, timeout_ms: int = 30000) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self._pool.clear()
        self._pool.waitForDone(30000)
        self.renderer.close()

    # -- drawing (under the lock) ----------------------------------------------------------------
    def _draw(self, index: int) -> tuple[Viewport, QImage]:
        view = self.viewport(index)
        apply_slide(self.renderer, self.slides[index], self.highlighted(index))
        ratio = self.ratio
        if ratio != 1.0:
            sharp = Viewport(
                view.center_x,
                view.center_y,
                view.resolution / ratio,
                round(view.width * ratio),
                round(view.height * ratio),
                view.dpi * ratio,
            )
            image = self.renderer.render(sharp)
            image.setDevicePixelRatio(ratio)
        else:
            image = self.renderer.render(view)
        self.render_count += 1
        return view, image

    def _keep(self, index: int, frame: tuple[Viewport, QImage]) -> None:
        self._frames[index] = frame
        if len(self._frames) > KEEP_FRAMES:
            farthest = max(self._frames, key=lambda i: abs(i - index))
            del self._frames[farthest]

    def _render_ahead(self, index: int, generation: int) -> None:
        with self._lock:
            self._pending.discard(index)
            if generation != self._generation or index in self._frames:
                return
            self._keep(index, self._draw(index))
        if not self.closed and shiboken6.isValid(self):
            self.ready.emit(index)
