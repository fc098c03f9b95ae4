"""The map's stakeholder filter: while the registry's search or filters narrow its table, the map draws
only the matching stakeholders, as QGIS hides the features a layer filter leaves out, and says so in a
note in its corner ("Registry filter: 12 of 150 shown").

The filter works on the drawing data itself: `FilteredProjectData.points` holds only the stakeholders
shown, so symbols, labels, relations (both ends must be shown), the selection highlight, clicking and
the legend's counts all follow it without each of them knowing about filters.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from clusterdesk.core.project import Project, StakeholderPoints
from clusterdesk.gui.i18n import translate
from clusterdesk.render.project_data import PointData, ProjectData, RelationData

NOTE_MARGIN = 8  # pixels between the note and the map's top-left corner


class NarrowedPointData(PointData):
    """The points a filter shows; a filter may show none, where positions are all -1."""

    def index_of(self, fids) -> np.ndarray:
        if len(self.points.fid) == 0:
            return np.full(len(list(fids)), -1, dtype=np.int64)
        return super().index_of(fids)


class FilteredProjectData(ProjectData):
    """The project's drawing data, its points narrowed to `shown_fids` (all of them while None).

    A filter changes nothing in the project: the points and relations read from it stay, and the shown
    part is cut from them with numpy (relation ends renumbered), so typing a search never re-reads the
    project."""

    def __init__(self, project: Project) -> None:
        super().__init__(project)
        self.shown_fids: np.ndarray | None = None
        self._narrowed: tuple[PointData, np.ndarray, PointData, np.ndarray] | None = None
        self._narrowed_relations: tuple[object, object, RelationData] | None = None
        self._keeping = False  # set while the renderer forgets its images for a new filter

    def all_points(self) -> PointData:
        """Every stakeholder of the project, whatever the filter."""
        return ProjectData.points.fget(self)

    def _narrow(self) -> tuple[PointData, np.ndarray, PointData, np.ndarray] | None:
        every = self.all_points()
        if self.shown_fids is None:
            return None
        cached = self._narrowed
        if cached is None or cached[0] is not every or cached[1] is not self.shown_fids:
            keep = np.isin(every.points.fid, self.shown_fids, assume_unique=True)
            raw = every.points
            narrowed = StakeholderPoints(raw.fid[keep], raw.lon[keep], raw.lat[keep], raw.kind[keep],
                                         raw.employees[keep])  # fmt: skip
            position = np.full(len(raw.fid) + 1, -1, dtype=np.int64)  # the last one stands for -1
            position[np.flatnonzero(keep)] = np.arange(int(keep.sum()))
            shown = NarrowedPointData(narrowed, every.x[keep], every.y[keep])
            cached = (every, self.shown_fids, shown, position)
            self._narrowed = cached
        return cached

    @property
    def points(self) -> PointData:
        narrowed = self._narrow()
        return self.all_points() if narrowed is None else narrowed[2]

    @property
    def relations(self) -> RelationData:
        narrowed = self._narrow()
        if narrowed is None:
            return self._all_relations()
        every = self._all_relations()
        cached = self._narrowed_relations
        if cached is None or cached[0] is not every or cached[1] is not narrowed:
            position = narrowed[3]
            cached = (every, narrowed, RelationData(every.fid, position[every.source], position[every.target],
                                                    every.kind, every.directed))  # fmt: skip
            self._narrowed_relations = cached
        return cached[2]

    def _all_relations(self) -> RelationData:
        """Every relation, its ends numbered among every stakeholder."""
        if self._relations is None:
            shown, self.shown_fids = self.shown_fids, None
            try:
                ProjectData.relations.fget(self)
            finally:
                self.shown_fids = shown
        return self._relations

    def invalidate(self, tables: set[str] | None = None) -> None:
        if not self._keeping:
            super().invalidate(tables)

    def set_shown(self, fids) -> None:
        """Show only these stakeholders; None shows every one. Scores and answers, aligned with the points
        shown, are read again when asked for."""
        self.shown_fids = None if fids is None else np.unique(np.asarray(fids, dtype=np.int64))
        self._narrowed = None
        self._narrowed_relations = None
        self._scores = None
        self._answers = None

    def forget_images(self, renderer) -> None:
        """The renderer draws the layers made from the points again, without re-reading the project."""
        self._keeping = True
        try:
            renderer.invalidate({"stakeholders"})
        finally:
            self._keeping = False


class CanvasFilterMixin:
    """Mixed into MapCanvas; uses its project, renderer, layersChanged and schedule_render."""

    def filtered_data(self) -> FilteredProjectData | None:
        data = self.renderer.data
        return data if isinstance(data, FilteredProjectData) else None

    def set_stakeholder_filter(self, project: Project | None, fids) -> None:
        """Draw only these stakeholders (fids) of `project`; None draws every one again. A filter for
        another project than the one shown is ignored: the registry may hear of a newly opened project
        before the map does, and the map starts every project unfiltered."""
        data = self.filtered_data()
        if data is None or project is not self.project:
            return
        if fids is None and data.shown_fids is None:
            return
        data.set_shown(fids)
        data.forget_images(self.renderer)
        self._pick_cache = None
        self.layersChanged.emit()
        self.schedule_render(0)

    def filter_counts(self) -> tuple[int, int] | None:
        """(shown, total) stakeholders while a filter is on, else None."""
        data = self.filtered_data()
        if data is None or data.shown_fids is None:
            return None
        return len(data.points.points), len(data.all_points().points)

    def filter_note(self) -> str | None:
        counts = self.filter_counts()
        if counts is None:
            return None
        locale = QLocale()
        return translate("MapCanvas", "Registry filter: {shown} of {total} shown").format(
            shown=locale.toString(counts[0]), total=locale.toString(counts[1])
        )

    def _paint_filter_note(self, painter: QPainter) -> None:
        note = self.filter_note()
        if note is None:
            return
        metrics = painter.fontMetrics()
        box = QRectF(0, 0, metrics.horizontalAdvance(note) + 16, metrics.height() + 8)
        box.moveTopLeft(QRectF(self.rect()).topLeft() + QRectF(NOTE_MARGIN, NOTE_MARGIN, 0, 0).topLeft())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#1f7a8c"), 1.0))
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("#1b2a33"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, note)
        painter.restore()
