"""Project content prepared for drawing: coordinates already in Web Mercator, relations resolved to
their end points, boundaries decoded. Read once and kept until a command touches the table, so panning
and zooming never go back to the database."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from clusterdesk.analysis.capacity_scores import institution_scores
from clusterdesk.analysis.survey_colours import answer_colouring
from clusterdesk.core.capacity import CAPACITY_TABLES
from clusterdesk.core.geometry import decode
from clusterdesk.core.project import KIND_CODES, Project, StakeholderPoints
from clusterdesk.core.surveys import SURVEY_TABLES
from clusterdesk.core.vocabulary import RELATION_KINDS
from clusterdesk.render.answer_symbols import AnswerKeys, answer_keys
from clusterdesk.render.viewport import lonlat_to_mercator

RELATION_CODES = tuple(RELATION_KINDS)
CORE_MIN_POINTS = 50  # below this, every stakeholder counts as part of the cluster's core


@dataclass
class PointData:
    points: StakeholderPoints
    x: np.ndarray  # Web Mercator, NaN without a location
    y: np.ndarray
    last_pixels: tuple | None = None  # (view key, result) of the last visible_pixels call

    def index_of(self, fids) -> np.ndarray:
        """Positions of `fids` in the arrays (fids are sorted); -1 where absent."""
        fids = np.asarray(fids if isinstance(fids, np.ndarray) else list(fids), dtype=np.int64)
        known = self.points.fid
        if len(known) == 0 or len(fids) == 0:
            return np.full(len(fids), -1, dtype=np.int64)
        first = int(known[0])
        if int(known[-1]) - first + 1 == len(known):  # fids without a gap: the position is the difference
            position = fids - first
            return np.where((position >= 0) & (position < len(known)), position, -1)
        position = np.clip(np.searchsorted(known, fids), 0, len(known) - 1)
        return np.where(known[position] == fids, position, -1)


@dataclass
class ScoreData:
    """Capacity scores aligned with PointData: which stakeholders were assessed and their overall score
    (NaN where no round is complete yet)."""

    assessed: np.ndarray  # bool
    score: np.ndarray  # float
    by_fid: dict[int, float | None]


@dataclass
class RelationData:
    fid: np.ndarray
    source: np.ndarray  # index into PointData arrays
    target: np.ndarray
    kind: np.ndarray  # index into RELATION_CODES
    directed: np.ndarray  # bool


@dataclass
class BoundaryData:
    fid: int
    name: str
    shape: object  # shapely geometry in Web Mercator
    lonlat_shape: object


class ProjectData:
    """Cached drawing data of one open project."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._points: PointData | None = None
        self._relations: RelationData | None = None
        self._boundaries: list[BoundaryData] | None = None
        self._scores: ScoreData | None = None
        self._answers: tuple[tuple, AnswerKeys | None] | None = None
        self._names: dict[int, str] = {}

    def invalidate(self, tables: set[str] | None = None) -> None:
        everything = not tables
        if everything or "stakeholders" in tables:
            self._points = None
            self._relations = None
            self._scores = None
            self._answers = None
            self._names.clear()
        if everything or "relations" in tables:
            self._relations = None
        if everything or "cluster_boundaries" in tables:
            self._boundaries = None
        if everything or set(CAPACITY_TABLES) & tables:
            self._scores = None
        if everything or set(SURVEY_TABLES) & tables:
            self._answers = None

    @property
    def points(self) -> PointData:
        if self._points is None:
            raw = self.project.stakeholder_points()
            x, y = lonlat_to_mercator(raw.lon, raw.lat)
            x = np.where(np.isnan(raw.lon), np.nan, x)
            self._points = PointData(raw, x, np.where(np.isnan(raw.lat), np.nan, y))
        return self._points

    @property
    def relations(self) -> RelationData:
        if self._relations is None:
            ends = self.project.relation_ends()
            points = self.points
            self._relations = RelationData(
                ends.fid, points.index_of(ends.source), points.index_of(ends.target), ends.kind, ends.directed
            )
        return self._relations

    @property
    def boundaries(self) -> list[BoundaryData]:
        if self._boundaries is None:
            found = []
            for fid, name, blob in self.project.connection.execute(
                "SELECT fid, name, geom FROM cluster_boundaries WHERE geom IS NOT NULL ORDER BY fid"
            ):
                shape = decode(blob)
                if shape is None or shape.is_empty:
                    continue
                mercator = shapely.transform(
                    shape, lambda c: np.column_stack(lonlat_to_mercator(c[:, 0], c[:, 1]))
                )
                found.append(BoundaryData(fid, name or "", mercator, shape))
            self._boundaries = found
        return self._boundaries

    @property
    def scores(self) -> ScoreData:
        """Overall capacity scores of the assessed institutions, read when first asked for."""
        if self._scores is None:
            by_fid = institution_scores(self.project)
            fids = self.points.points.fid
            assessed = np.isin(fids, np.fromiter(by_fid, dtype=np.int64, count=len(by_fid)))
            score = np.full(len(fids), np.nan)
            for position in np.flatnonzero(assessed).tolist():
                value = by_fid[int(fids[position])]
                if value is not None:
                    score[position] = value
            self._scores = ScoreData(assessed, score, by_fid)
        return self._scores

    def answers(self, survey_id: int, question: str, language: str = "en") -> AnswerKeys | None:
        """Firms classified by their answer to a survey question, aligned with the points; None when the
        survey or the question is gone."""
        wanted = (survey_id, question, language)
        if self._answers is None or self._answers[0] != wanted:
            colouring = answer_colouring(self.project.connection, survey_id, question, language)
            keys = answer_keys(colouring, self.points.points.fid) if colouring is not None else None
            self._answers = (wanted, keys)
        return self._answers[1]

    def names(self, fids) -> dict[int, str]:
        """Names of the given stakeholders, read only for those not asked before."""
        missing = [int(f) for f in fids if int(f) not in self._names]
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for fid, name in self.project.connection.execute(
                f"SELECT fid, name FROM stakeholders WHERE fid IN ({marks})", chunk
            ):
                self._names[fid] = name or ""
        return {int(f): self._names.get(int(f), "") for f in fids}

    def kind_counts(self) -> dict[str, int]:
        counts = np.bincount(self.points.points.kind.astype(np.int64), minlength=len(KIND_CODES))
        return {code: int(counts[i]) for i, code in enumerate(KIND_CODES)}

    def relation_kind_counts(self) -> dict[str, int]:
        counts = np.bincount(self.relations.kind.astype(np.int64), minlength=len(RELATION_CODES))
        return {code: int(counts[i]) for i, code in enumerate(RELATION_CODES)}

    def located_extent(self, *, core: bool = False) -> tuple[float, float, float, float] | None:
        """lon/lat box of located stakeholders and boundaries.

        With `core`, a few far-away stakeholders (a buyer in the capital, a supplier abroad) are left out
        so the cluster itself fills the view: the box then covers the boundaries and the middle 96 % of
        stakeholders in each direction.
        """
        raw = self.points.points
        boxes = []
        located = raw.located()
        if located.any():
            lon, lat = raw.lon[located], raw.lat[located]
            if core and len(lon) >= CORE_MIN_POINTS:
                (lon0, lon1), (lat0, lat1) = np.percentile(lon, [2, 98]), np.percentile(lat, [2, 98])
            else:
                lon0, lon1, lat0, lat1 = lon.min(), lon.max(), lat.min(), lat.max()
            boxes.append((lon0, lat0, lon1, lat1))
        boxes.extend(b.lonlat_shape.bounds for b in self.boundaries)
        if not boxes:
            return None
        array = np.array(boxes, dtype=float)
        return (
            float(array[:, 0].min()),
            float(array[:, 1].min()),
            float(array[:, 2].max()),
            float(array[:, 3].max()),
        )
