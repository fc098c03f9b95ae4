"""The study's areas coloured on the main map: by the location quotient of a sector or by the best score
of the candidates that include each area (`render.choropleth`). The areas' outlines are prepared once per
project and again only when the areas change."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from clusterdesk.analysis.selection_study import area_location_quotients
from clusterdesk.core import isic
from clusterdesk.gui.i18n import interface_language, translate
from clusterdesk.gui.selection.study_data import StudyPicture
from clusterdesk.render.choropleth import Choropleth, ChoroplethAreas

OFF, LQ, SCORE = "off", "lq", "score"
MODES = {
    OFF: QT_TRANSLATE_NOOP("SelectionMap", "No colouring"),
    LQ: QT_TRANSLATE_NOOP("SelectionMap", "Location quotient"),
    SCORE: QT_TRANSLATE_NOOP("SelectionMap", "Best candidate score"),
}
CLASSINGS = {
    "fixed_lq": QT_TRANSLATE_NOOP("SelectionMap", "Fixed, around 1"),
    "quantiles": QT_TRANSLATE_NOOP("SelectionMap", "Quantiles"),
    "jenks": QT_TRANSLATE_NOOP("SelectionMap", "Natural breaks"),
}


def sector_text(code: str) -> str:
    title = isic.title(code, interface_language())
    return f"{code} {title}" if title else code


class SelectionMap:
    """Puts a choropleth on the canvas's renderer, or takes it away."""

    def __init__(self, canvas) -> None:
        self.canvas = canvas
        self.areas: ChoroplethAreas | None = None
        self.choropleth: Choropleth | None = None
        self._zoomed = False
        self._lq_of: tuple | None = None  # (the statistics, the sector) of _lq_values
        self._lq_values: dict[str, float] = {}

    def forget_areas(self) -> None:
        self.areas = None

    def reset(self) -> None:
        """Another project: nothing of the last one's areas is kept."""
        self.areas = None
        self.choropleth = None
        self._zoomed = False
        self._lq_of = None

    def show(
        self, project, picture: StudyPicture | None, mode: str, sector: str | None, method: str, stats=None
    ) -> None:
        if project is None or picture is None or mode == OFF or (mode == LQ and not sector):
            self.choropleth = None
        else:
            if self.areas is None:
                self.areas = ChoroplethAreas.from_connection(project.connection)
            if mode == LQ:
                values = self._location_quotients(project, sector, stats)
                title = translate("SelectionMap", "Location quotient: {sector}").format(
                    sector=sector_text(sector)
                )
            else:
                values = picture.evaluation.area_scores()
                title = translate("SelectionMap", "Best candidate score (0–100)")
            if mode == SCORE and method == "fixed_lq":
                method = "quantiles"
            self.choropleth = Choropleth.build(self.areas, values, method, title)
        self._apply()

    def _location_quotients(self, project, sector: str, stats) -> dict[str, float]:
        """The sector's LQ per area, kept while the panel keeps the same statistics (a weight edit
        recolours nothing, so it does not work out every LQ of the study again)."""
        kept = self._lq_of
        if stats is None or kept is None or kept[0] is not stats or kept[1] != sector:
            self._lq_values = area_location_quotients(project.connection, sector, stats).to_dict()
            self._lq_of = (stats, sector) if stats is not None else None
        return self._lq_values

    def _apply(self) -> None:
        if self.canvas is None:
            return
        renderer = self.canvas.renderer
        renderer.choropleth = self.choropleth
        self.canvas.schedule_render(0)
        if self.choropleth is not None and not self._zoomed:
            extent = self.choropleth.areas.extent_lonlat()
            if extent is not None:
                self.canvas.zoom_to_extent(*extent)
            self._zoomed = True
