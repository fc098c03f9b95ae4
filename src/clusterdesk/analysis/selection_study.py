"""The selection study of a project evaluated as a whole: every candidate's value on every criterion, the
ranking, and the figures the maps colour areas by.

Computed criteria take their values from `analysis.selection_lq` (the study's measure, year and base year);
criteria scored by hand take them from `selection_scores`. Reads the project file's tables with plain SQL;
Qt-free.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

import numpy as np
import pandas as pd

from clusterdesk.analysis.selection_lq import (
    CandidateAreas,
    StudyStatistics,
    candidate_measures,
    load_statistics,
    location_quotients,
    registry_firm_counts,
)
from clusterdesk.analysis.selection_ranking import Criterion, Ranking, rank

# criterion source -> column of candidate_measures (registry_firms and manual are read elsewhere)
_MEASURE_OF_SOURCE = {
    "location_quotient": "location_quotient",
    "national_share": "national_share",
    "size": "size",
    "growth": "growth",
}


@dataclass(frozen=True)
class StudySettings:
    name: str
    measure: str
    year: int | None
    base_year: int | None


@dataclass(frozen=True)
class StudyCriterion:
    fid: int
    key: str
    label: str
    source: str
    weight: float
    higher_is_better: bool


@dataclass
class StudyEvaluation:
    settings: StudySettings
    year: int | None  # the year compared (the study's, or the latest of the statistics)
    codes: list[str]
    names: dict[str, str]
    candidates: dict[str, CandidateAreas]
    criteria: list[StudyCriterion]
    values: np.ndarray  # candidates x criteria, NaN where a candidate has no value
    ranking: Ranking

    def ranking_criteria(self) -> list[Criterion]:
        return [Criterion(c.key, c.label, c.weight, c.higher_is_better) for c in self.criteria]

    def decision_basis(self) -> str:
        """The weights and ranking a decision is taken on, as the JSON text kept with the decision: the
        weights by criterion key and the candidates from first to last with their rank, name and score."""
        ranking = self.ranking
        order = sorted(range(len(self.codes)), key=lambda i: ranking.ranks[i])
        return json.dumps(
            {
                "weights": {c.key: c.weight for c in self.criteria},
                "ranking": [
                    {
                        "rank": int(ranking.ranks[i]),
                        "code": self.codes[i],
                        "name": self.names[self.codes[i]],
                        "score": round(float(ranking.scores[i]), 2),
                    }
                    for i in order
                ],
            },
            ensure_ascii=False,
        )

    def area_scores(self) -> dict[str, float]:
        """Per area code: the best score of the candidates that include it (the score choropleth)."""
        best: dict[str, float] = {}
        for code, score in zip(self.codes, self.ranking.scores, strict=True):
            for area in self.candidates[code].area_codes:
                best[area] = max(best.get(area, -1.0), float(score))
        return best


def read_settings(connection: sqlite3.Connection) -> StudySettings | None:
    row = connection.execute(
        "SELECT name, measure, year, base_year FROM selection_studies ORDER BY fid LIMIT 1"
    ).fetchone()
    return None if row is None else StudySettings(*row)


def read_criteria(connection: sqlite3.Connection) -> list[StudyCriterion]:
    rows = connection.execute(
        "SELECT fid, key, label, source, weight, direction FROM selection_criteria ORDER BY position, fid"
    ).fetchall()
    return [StudyCriterion(f, k, label, s, float(w), d == "higher") for f, k, label, s, w, d in rows]


def read_candidates(connection: sqlite3.Connection) -> tuple[dict[str, CandidateAreas], dict[str, str]]:
    """(code: sector and areas, code: name) of every candidate, in code order."""
    areas: dict[int, list[str]] = {}
    for candidate_id, area in connection.execute(
        "SELECT candidate_id, area_code FROM selection_candidate_areas ORDER BY fid"
    ):
        areas.setdefault(candidate_id, []).append(area)
    candidates, names = {}, {}
    for fid, code, name, sector in connection.execute(
        "SELECT fid, code, name, sector_code FROM selection_candidates ORDER BY code"
    ):
        candidates[code] = CandidateAreas(sector, tuple(areas.get(fid, ())))
        names[code] = name
    return candidates, names


def evaluate(connection: sqlite3.Connection, stats: StudyStatistics | None = None) -> StudyEvaluation | None:
    """The study's candidates scored and ranked, or None when the project holds no selection study."""
    settings = read_settings(connection)
    if settings is None:
        return None
    stats = stats if stats is not None else load_statistics(connection, settings.measure)
    year = settings.year if settings.year is not None else (max(stats.years) if stats.years else None)
    candidates, names = read_candidates(connection)
    criteria = read_criteria(connection)
    codes = list(candidates)
    measures = candidate_measures(stats, candidates, year, settings.base_year)
    values = np.full((len(codes), len(criteria)), np.nan)
    manual = _manual_scores(connection)
    firms = (
        registry_firm_counts(connection, candidates)
        if any(c.source == "registry_firms" for c in criteria)
        else {}
    )
    for j, criterion in enumerate(criteria):
        if criterion.source in _MEASURE_OF_SOURCE:
            values[:, j] = measures[_MEASURE_OF_SOURCE[criterion.source]].reindex(codes).to_numpy(dtype=float)
        elif criterion.source == "registry_firms":
            values[:, j] = [firms.get(code, 0) for code in codes]
        else:
            values[:, j] = [manual.get((code, criterion.fid), np.nan) for code in codes]
    ranking = rank(values, [Criterion(c.key, c.label, c.weight, c.higher_is_better) for c in criteria], codes)
    return StudyEvaluation(settings, year, codes, names, candidates, criteria, values, ranking)


def _manual_scores(connection: sqlite3.Connection) -> dict[tuple[str, int], float]:
    rows = connection.execute(
        "SELECT c.code, s.criterion_id, s.value FROM selection_scores s"
        " JOIN selection_candidates c ON c.fid = s.candidate_id"
    ).fetchall()
    return {(code, criterion): float(value) for code, criterion, value in rows if value is not None}


def area_location_quotients(
    connection: sqlite3.Connection, sector_code: str, stats: StudyStatistics | None = None
) -> pd.Series:
    """LQ of one sector per area code for the study's year (the LQ choropleth); areas without a value of
    the sector are absent."""
    settings = read_settings(connection)
    measure = settings.measure if settings else "employment"
    stats = stats if stats is not None else load_statistics(connection, measure)
    digits = len(sector_code) if sector_code.isdigit() else None
    table = location_quotients(stats, settings.year if settings else None, None, digits)
    chosen = table[table["sector_code"] == sector_code]
    return chosen.set_index("area_code")["lq"]
