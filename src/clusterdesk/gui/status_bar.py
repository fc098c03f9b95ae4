"""The main window's status bar: cursor position, map scale, selection count, background work, and a note
when online map tiles stop arriving."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from clusterdesk.gui.eliding_label import ElidingLabel
from clusterdesk.gui.i18n import translate, translate_n
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.worker import Task
from clusterdesk.render.tiles import add_availability_listener, remove_availability_listener

TILES_NOTE_MS = 15000


def _grouped(number: float) -> str:
    """`number` without decimals, its thousands separated as the interface language does it."""
    return f"{number:,.0f}".replace(",", QLocale().groupSeparator())


def _degrees(value: float) -> str:
    """Five decimals, with the decimal sign of the interface language."""
    return f"{abs(value):.5f}".replace(".", QLocale().decimalPoint())


def format_latitude(lat: float) -> str:
    degrees = _degrees(lat)
    if lat >= 0:
        return translate("MainStatusBar", "{degrees}° N").format(degrees=degrees)
    return translate("MainStatusBar", "{degrees}° S").format(degrees=degrees)


def format_longitude(lon: float) -> str:
    degrees = _degrees(lon)
    if lon >= 0:
        return translate("MainStatusBar", "{degrees}° E").format(degrees=degrees)
    return translate("MainStatusBar", "{degrees}° W").format(degrees=degrees)


def format_scale(denominator: float) -> str:
    """1:25,000 — rounded to three significant digits, as a map reader quotes a scale."""
    if denominator <= 0:
        return ""
    return f"1:{_grouped(float(f'{denominator:.3g}'))}"


class MainStatusBar(QStatusBar):
    _tilesAvailability = Signal(bool)  # from tile download threads; queued into the GUI thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tilesAvailability.connect(self._on_tiles_availability, Qt.ConnectionType.QueuedConnection)

        def listener(_source, available: bool, bar=self) -> None:
            if shiboken6.isValid(bar):
                bar._tilesAvailability.emit(available)

        add_availability_listener(listener)
        self.destroyed.connect(lambda *_args: remove_availability_listener(listener))
        self.summary_label = ElidingLabel()  # left side; temporary messages cover it while shown
        self.summary_label.setStyleSheet("color: #4a5a6a; padding-left: 4px;")
        self.addWidget(self.summary_label, 1)
        # Qt hides normal widgets under a message, but a permanent widget added or shown meanwhile brings
        # them back under it; the summary follows the message itself
        self.messageChanged.connect(lambda text: self.summary_label.setVisible(not text))
        self.progress_label = plain_label()  # task titles name files
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setTextVisible(False)
        self.selection_label = QLabel()
        self.scale_label = QLabel()
        self.scale_label.setToolTip(translate("MainStatusBar", "Map scale"))
        self.position_label = QLabel()
        self.position_label.setToolTip(translate("MainStatusBar", "Cursor position (WGS 84)"))
        # Fixed widths stop the bar from jittering while the cursor moves
        metrics = self.fontMetrics()
        widest = f"{format_latitude(-88.88888)}  {format_longitude(-188.88888)}"
        self.position_label.setMinimumWidth(metrics.horizontalAdvance(widest) + 12)
        self.scale_label.setMinimumWidth(metrics.horizontalAdvance(format_scale(88_800_000)) + 12)
        for label in (self.position_label, self.scale_label, self.selection_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addPermanentWidget(self.progress_label)
        self.addPermanentWidget(self.progress_bar)
        self.addPermanentWidget(self.selection_label)
        self.addPermanentWidget(self.scale_label)
        self.addPermanentWidget(self.position_label)
        self._tasks: list[Task] = []
        self._show_progress()
        self.set_selection_count(0)

    @staticmethod
    def tiles_unavailable_text() -> str:
        return translate("MainStatusBar", "Online map tiles unavailable — showing the offline basemap")

    @Slot(bool)
    def _on_tiles_availability(self, available: bool) -> None:
        """Said once when tiles stop arriving; the tile source tells again only after they came back."""
        if not available:
            self.showMessage(self.tiles_unavailable_text(), TILES_NOTE_MS)

    @Slot(float, float)
    def set_position(self, lon: float, lat: float) -> None:
        self.position_label.setText(f"{format_latitude(lat)}  {format_longitude(lon)}")

    def clear_position(self) -> None:
        self.position_label.setText("")

    @Slot(float)
    def set_scale(self, denominator: float) -> None:
        self.scale_label.setText(format_scale(denominator))

    def set_project_open(self, is_open: bool) -> None:
        """Position, scale and selection mean nothing on the start page."""
        for label in (self.position_label, self.scale_label, self.selection_label):
            label.setVisible(is_open)
        # The summary is a normal status-bar widget that Qt hides while a message shows; hiding it here
        # too would fight that (and showing it would paint it under the message), so only its text changes.
        if not is_open:
            self.summary_label.clear()

    def set_summary(self, cluster_name: str, stakeholders: int, relations: int) -> None:
        firms = translate_n("MainStatusBar", "%Ln stakeholder(s)", stakeholders)
        ties = translate_n("MainStatusBar", "%Ln relation(s)", relations)
        self.summary_label.setText(f"{cluster_name}  ·  {firms}  ·  {ties}")

    def set_selection_count(self, count: int) -> None:
        if count:
            text = translate_n("MainStatusBar", "%Ln selected", count)
        else:
            text = translate("MainStatusBar", "No selection")
        self.selection_label.setText(text)

    def track(self, task: Task) -> None:
        """Show the task's progress until it finishes; several tasks show the newest."""
        self._tasks.append(task)
        task.progressed.connect(lambda fraction, message, t=task: self._on_progress(t, fraction, message))
        task.finished.connect(lambda t=task: self._on_finished(t))
        self._show_progress(task.title)

    def running_tasks(self) -> list[Task]:
        return list(self._tasks)

    def _on_progress(self, task: Task, fraction: float | None, message: str) -> None:
        if self._tasks and task is self._tasks[-1]:
            self._show_progress(message or task.title, fraction)

    def _on_finished(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        if self._tasks:
            self._show_progress(self._tasks[-1].title)
        else:
            self._show_progress()

    def _show_progress(self, text: str | None = None, fraction: float | None = None) -> None:
        busy = text is not None
        self.progress_label.setVisible(busy)
        self.progress_bar.setVisible(busy)
        if not busy:
            return
        self.progress_label.setText(text)
        if fraction is None:
            self.progress_bar.setRange(0, 0)  # an unknown amount of work: busy indicator
        else:
            self.progress_bar.setRange(0, 1000)
            self.progress_bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
