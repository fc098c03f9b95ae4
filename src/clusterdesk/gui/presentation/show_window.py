"""Presentation mode: the slides full screen, driven by the keyboard or a presenter remote.

Map slides come from MapFrames (drawn ahead on a worker), ready-made views are painted from their data,
and the title band, highlighted names and counter are painted over them at sizes scaled to the screen.
Moving between two map slides animates the extent over TRANSITION_MS from the two finished images.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from clusterdesk.core.project import Project
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.presentation.frames import MapFrames
from clusterdesk.gui.presentation.overlay import paint_emphasis, paint_notes, paint_title_band
from clusterdesk.gui.presentation.show_keys import action_of
from clusterdesk.gui.presentation.slides import Slide
from clusterdesk.gui.presentation.story_painting import StoryViews, paint_story_slide
from clusterdesk.gui.presentation.transition import TRANSITION_MS, between, eased, paint_between
from clusterdesk.gui.presentation.typography import SlideType

WATER = QColor("#cfe0ea")


class ShowWindow(QWidget):
    """The audience's view. `frameFinished(index)` is emitted once the slide's finished frame (the map
    drawn, the move ended) has been painted."""

    slideChanged = Signal(int)
    frameFinished = Signal(int)
    blankChanged = Signal(str)
    left = Signal()

    def __init__(
        self,
        project: Project,
        slides: list[Slide],
        start: int = 0,
        *,
        language: str | None = None,
        transition_ms: int = TRANSITION_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(translate("Presentation", "Presentation"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.project = project
        self.slides = slides
        self.index = min(max(start, 0), max(len(slides) - 1, 0))
        self.blank = ""  # "black", "white" or "" (the slide)
        self.typed = ""  # digits typed before Enter
        self.show_notes = False  # on one screen, N shows the speaker notes over the slide
        self.fonts_used: dict[str, int] = {}
        self.transition_ms = transition_ms
        self.frames = MapFrames(project, slides, 1280, 720, language=language, parent=self)
        self.frames.ready.connect(self._on_frame_ready)
        self.story = StoryViews(project, language)
        self._names: dict[int, str] | None = None
        self._from: tuple | None = None  # (viewport, image) of the map being left
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.valueChanged.connect(lambda _value: self.update())
        self._animation.finished.connect(self._arrived)
        self._finished_for: int | None = None
        self._closed = False

    # -- moving ----------------------------------------------------------------------------------
    @property
    def moving(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def go_to(self, index: int, *, animate: bool = True) -> None:
        if not self.slides:
            return
        index = min(max(index, 0), len(self.slides) - 1)
        self.blank = ""
        if index == self.index and not self.moving:
            self.update()
            return
        self.frames.resize(self.width(), self.height(), self.devicePixelRatioF())
        leaving = self._current_frame()
        self.index = index
        self._finished_for = None
        self._animation.stop()
        arriving = self.frames.image(index)
        if animate and self.transition_ms > 0 and leaving is not None and arriving is not None:
            self._from = leaving
            self._animation.setDuration(self.transition_ms)
            self._animation.start()
        else:
            self._from = None
            self._arrived()
        self.slideChanged.emit(index)
        self.update()

    def next(self) -> None:
        if self.blank:
            self.set_blank("")
        elif self.index < len(self.slides) - 1:
            self.go_to(self.index + 1)

    def previous(self) -> None:
        if self.blank:
            self.set_blank("")
        elif self.index > 0:
            self.go_to(self.index - 1)

    def set_blank(self, colour: str) -> None:
        """'black' or 'white' hides the slide (pressing the same key again shows it); '' shows it."""
        self.blank = "" if colour == self.blank else colour
        self.blankChanged.emit(self.blank)
        self.update()

    def leave(self) -> None:
        self.close()

    def _arrived(self) -> None:
        self._from = None
        self.update()
        # the neighbours are drawn while the presenter speaks
        QTimer.singleShot(
            0, self, lambda: self.frames.prefetch((self.index + 1, self.index - 1, self.index + 2))
        )

    def _current_frame(self) -> tuple | None:
        """The map on screen now (when the slide has one), where the next move starts from."""
        view = self.frames.viewport(self.index) if self.slides else None
        image = self.frames.cached(self.index) if view is not None else None
        return None if image is None else (view, image)

    def _progress(self) -> float:
        value = self._animation.currentValue()
        return float(value) if value is not None else 1.0

    def _on_frame_ready(self, index: int) -> None:
        if index == self.index:
            self.update()

    # -- keys ------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        action, argument = action_of(event.key(), self.typed)
        if action != "digit" and action != "jump":
            self.typed = ""
        if action == "digit":
            self.typed = (self.typed + str(argument))[-3:]
            self.update()
        elif action == "jump":
            self.typed = ""
            self.go_to(argument - 1)
        elif action == "next":
            self.next()
        elif action == "previous":
            self.previous()
        elif action == "first":
            self.go_to(0)
        elif action == "last":
            self.go_to(len(self.slides) - 1)
        elif action in ("black", "white"):
            self.set_blank(action)
        elif action == "leave":
            self.leave()
        elif action == "notes":
            self.show_notes = not self.show_notes
            self.update()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - clickers and a mouse click advance too
        if event.button() == Qt.MouseButton.LeftButton:
            self.next()
        elif event.button() == Qt.MouseButton.RightButton:
            self.previous()

    # -- painting --------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802
        size = event.size()
        self.frames.resize(size.width(), size.height(), self.devicePixelRatioF())
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            self.fonts_used = self.paint_slide(painter, QRectF(self.rect()))
        finally:
            painter.end()
        if not self.blank and not self.moving and self._finished_for != self.index and self.slides:
            self._finished_for = self.index
            self.frameFinished.emit(self.index)

    def paint_slide(self, painter: QPainter, rect: QRectF, index: int | None = None) -> dict[str, int]:
        """Paint what the audience sees now (or slide `index` as it will look, for the presenter's
        view); returns the pixel sizes of the fonts used."""
        sizes = SlideType(round(rect.height()))
        self.frames.resize(self.width(), self.height(), self.devicePixelRatioF())
        preview = index is not None and index != self.index
        index = self.index if index is None else index
        if self.blank and not preview:
            painter.fillRect(rect, QColor("#000000" if self.blank == "black" else "#ffffff"))
            return {}
        if not self.slides:
            painter.fillRect(rect, QColor("#1c2a36"))
            painter.setPen(QColor("#ffffff"))
            painter.setFont(sizes.body_font())
            painter.drawText(
                rect,
                int(Qt.AlignmentFlag.AlignCenter),
                translate("Presentation", "This presentation has no slides yet."),
            )
            return {"body": sizes.body}
        slide = self.slides[index]
        used: dict[str, int] = {}
        view = self.frames.viewport(index)
        moving = self.moving and not preview
        if view is not None:
            painter.fillRect(rect, WATER)
            image = self.frames.image(index)
            if moving and self._from is not None:
                progress = eased(self._progress())
                paint_between(
                    painter, between(self._from[0], view, progress), self._from, (view, image), progress
                )
            else:
                painter.drawImage(0, 0, image)
            counter = f"{index + 1} / {len(self.slides)}"
            used.update(paint_title_band(painter, rect, slide.title, slide.caption, counter, sizes))
            if not moving:
                below = rect.adjusted(0, used["band_height"], 0, 0)
                used.update(paint_emphasis(painter, self._emphasis_points(view, index), sizes, below))
        else:
            counter = f"{index + 1} / {len(self.slides)}"
            used.update(paint_story_slide(painter, rect, slide, self.story.view(slide), sizes, counter))
        if preview:
            return used
        if self.show_notes:
            heading = translate("Presentation", "Speaker notes (N hides them)")
            used.update(paint_notes(painter, rect, slide.speaker_notes, sizes, heading))
        if self.typed:
            self._paint_typed(painter, rect, sizes)
        return used

    def _paint_typed(self, painter: QPainter, rect: QRectF, sizes: SlideType) -> None:
        text = translate("Presentation", "Go to slide {number}").format(number=self.typed)
        painter.save()
        painter.setFont(sizes.body_font(bold=True))
        width = painter.fontMetrics().horizontalAdvance(text) + sizes.margin
        box = QRectF(rect.center().x() - width / 2, rect.bottom() - sizes.margin * 3, width, sizes.body * 1.8)
        painter.fillRect(box, QColor(16, 28, 40, 220))
        painter.setPen(QColor("#ffffff"))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def _emphasis_points(self, view, index: int) -> list[tuple[str, float, float]]:
        fids = sorted(self.frames.highlighted(index))
        if not fids:
            return []
        data = self.frames.renderer.data
        position = data.points.index_of(fids)
        found = position >= 0
        fids = [f for f, ok in zip(fids, found.tolist(), strict=True) if ok]
        position = position[found]
        px, py = view.mercator_to_pixel(data.points.x[position], data.points.y[position])
        names = self._names_of(fids)
        return [
            (names.get(fid, ""), float(x), float(y))
            for fid, x, y in zip(fids, px.tolist(), py.tolist(), strict=True)
            if np.isfinite(x) and np.isfinite(y)
        ]

    def _names_of(self, fids: list[int]) -> dict[int, str]:
        if self._names is None:
            wanted = sorted(set(self.frames.fids_of_uuid.values()))
            self._names = {}
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for fid, name in self.project.connection.execute(
                    f"SELECT fid, name FROM stakeholders WHERE fid IN ({marks})", chunk
                ):
                    self._names[int(fid)] = name or ""
        return self._names

    def grab_image(self, index: int | None = None) -> QImage:
        """The slide as shown (or slide `index`), for screenshots and the presenter's view."""
        image = QImage(self.size(), QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        try:
            self.paint_slide(painter, QRectF(0, 0, self.width(), self.height()), index)
        finally:
            painter.end()
        return image

    def closeEvent(self, event) -> None:  # noqa: N802
        self._animation.stop()
        if not self._closed:
            self._closed = True
            self.frames.close()
            self.left.emit()
        super().closeEvent(event)
