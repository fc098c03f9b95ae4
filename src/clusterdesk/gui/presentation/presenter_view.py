"""The presenter's view on the second screen: the slide shown, the next one, the speaker notes and the
time since the show began. Keys pressed here drive the show as on the slides themselves."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from clusterdesk.gui.i18n import translate
from clusterdesk.gui.presentation.show_window import ShowWindow
from clusterdesk.gui.presentation.typography import SlideType


class PresenterView(QWidget):
    def __init__(self, show: ShowWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("Presentation", "Presenter's view"))
        self.setStyleSheet("background: #1c2a36; color: #ffffff;")
        self.show_window = show
        self.started = time.monotonic()
        self.current = self._picture()
        self.next = self._picture()
        self.current_title = QLabel(translate("Presentation", "Now showing"))
        self.next_title = QLabel(translate("Presentation", "Next"))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.clock = QLabel()
        self.counter = QLabel()
        layout = QGridLayout(self)
        layout.addWidget(self.current_title, 0, 0)
        layout.addWidget(self.next_title, 0, 1)
        layout.addWidget(self.current, 1, 0)
        layout.addWidget(self.next, 1, 1)
        layout.addWidget(self.notes, 2, 0, 1, 2)
        layout.addWidget(self.counter, 3, 0)
        layout.addWidget(self.clock, 3, 1, Qt.AlignmentFlag.AlignRight)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        layout.setRowStretch(2, 1)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(1000)
        show.slideChanged.connect(lambda _index: self.refresh())
        show.frameFinished.connect(lambda _index: self.refresh())
        show.blankChanged.connect(lambda _blank: self.refresh())
        show.left.connect(self.close)
        self.refresh()

    @staticmethod
    def _picture() -> QLabel:
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        label.setMinimumSize(160, 90)
        return label

    def _fonts(self) -> None:
        sizes = SlideType(max(self.height(), 480))
        notes = QFont()
        notes.setPixelSize(sizes.body)
        self.notes.setFont(notes)
        small = QFont()
        small.setPixelSize(sizes.small)
        for label in (self.current_title, self.next_title, self.counter, self.clock):
            label.setFont(small)

    def refresh(self) -> None:
        show = self.show_window
        self._fonts()
        if not show.slides:
            return
        slide = show.slides[show.index]
        self.notes.setText(
            slide.speaker_notes or translate("Presentation", "No speaker notes for this slide.")
        )
        total = len(show.slides)
        text = translate("Presentation", "Slide {number} of {total}").format(
            number=show.index + 1, total=total
        )
        if show.blank:
            text += " — " + translate("Presentation", "screen blanked (press the same key to show the slide)")
        self.counter.setText(text)
        self._set(self.current, show.grab_image())
        if show.index + 1 < total:
            self._set(self.next, show.grab_image(show.index + 1))
        else:
            self.next.setPixmap(QPixmap())
            self.next.setText(translate("Presentation", "End of the presentation"))
        self._tick()

    def _set(self, label: QLabel, image) -> None:
        width = max(label.width(), 160)
        label.setPixmap(
            QPixmap.fromImage(image).scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )

    def _tick(self) -> None:
        elapsed = int(time.monotonic() - self.started)
        hours, rest = divmod(elapsed, 3600)
        clock = f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"
        self.clock.setText(translate("Presentation", "Elapsed {time}").format(time=clock))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        self.show_window.keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self._timer.stop()
        super().closeEvent(event)
