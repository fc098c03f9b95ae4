"""What the Selection panel shows, read from the project file in one go: the evaluated study (values,
ranking), the candidates' fids, outcomes and projects, the areas' names, the sectors of the statistics
and the decisions with their outcomes. Qt-free."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from clusterdesk.analysis.selection_lq import StudyStatistics, load_statistics
from clusterdesk.analysis.selection_study import StudyEvaluation, evaluate

LARGE_STUDY = 200_000  # figures: a study this large is read and indexed on the worker


@dataclass(frozen=True)
class Decision:
    fid: int
    decided_on: str
    decided_by: str
    grounds: str
    outcomes: tuple[tuple[str, str], ...]  # (candidate name, status)


@dataclass
class StudyPicture:
    evaluation: StudyEvaluation
    area_level: str | None = None
    candidate_fids: dict[str, int] = field(default_factory=dict)
    statuses: dict[str, str] = field(default_factory=dict)
    project_files: dict[str, str | None] = field(default_factory=dict)
    area_names: dict[str, str] = field(default_factory=dict)
    sectors: list[str] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)

    def ordered_codes(self) -> list[str]:
        return self.evaluation.ranking.ordered()

    def areas_text(self, code: str) -> str:
        areas = self.evaluation.candidates[code].area_codes
        return ", ".join(self.area_names.get(a, a) for a in areas)

    def basis(self) -> str:
        """The weights and ranking a decision is taken on, as JSON kept with the decision."""
        return self.evaluation.decision_basis()


def figure_count(connection: sqlite3.Connection) -> int:
    """The statistics' figures; a small table is told at once by its last fid, without counting."""
    bound = int(connection.execute("SELECT coalesce(max(fid), 0) FROM selection_statistics").fetchone()[0])
    if bound < LARGE_STUDY:
        return bound
    return int(connection.execute("SELECT count(*) FROM selection_statistics").fetchone()[0])


def prepared_statistics(connection: sqlite3.Connection, measure: str) -> StudyStatistics:
    """The study's statistics read, their codes indexed and each year's area x code sums worked out: what
    every later evaluation (a weight moved, a score typed) shares."""
    stats = load_statistics(connection, measure)
    if not stats.frame.empty:
        grid = stats.indexed()
        for year in stats.years:
            grid.code_matrix(year)
    return stats


def read_statistics(working_path: Path, measure: str, _progress=None, _cancel=None) -> StudyStatistics:
    """`prepared_statistics` on a read-only connection of its own, for the worker thread."""
    uri = f"{Path(working_path).resolve().as_uri()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True)
    try:
        return prepared_statistics(connection, measure)
    finally:
        connection.close()


def read_picture(connection: sqlite3.Connection, stats: StudyStatistics | None = None) -> StudyPicture | None:
    """What the panel shows; `stats` (the study's measure, kept by the panel between evaluations) spares
    reading and indexing the statistics again."""
    evaluation = evaluate(connection, stats)
    if evaluation is None:
        return None
    picture = StudyPicture(evaluation)
    picture.area_level = connection.execute(
        "SELECT area_level FROM selection_studies ORDER BY fid LIMIT 1"
    ).fetchone()[0]
    for fid, code, status, project_file in connection.execute(
        "SELECT fid, code, status, project_file FROM selection_candidates"
    ):
        picture.candidate_fids[code] = fid
        picture.statuses[code] = status
        picture.project_files[code] = project_file
    picture.area_names = dict(connection.execute("SELECT code, name FROM selection_areas ORDER BY code"))
    picture.sectors = (
        sorted(str(code) for code in stats.indexed().codes)
        if stats is not None and not stats.frame.empty
        else [
            s
            for (s,) in connection.execute("SELECT DISTINCT sector_code FROM selection_statistics ORDER BY 1")
        ]
    )  # the codes already indexed spare a scan of every figure
    outcomes: dict[int, list[tuple[str, str]]] = {}
    for decision, name, status in connection.execute(
        "SELECT decision_id, name, status FROM selection_candidates"
        " WHERE decision_id IS NOT NULL ORDER BY code"
    ):
        outcomes.setdefault(decision, []).append((name, status))
    picture.decisions = [
        Decision(fid, str(day), by, grounds, tuple(outcomes.get(fid, ())))
        for fid, day, by, grounds in connection.execute(
            "SELECT fid, decided_on, decided_by, grounds FROM selection_decisions"
            " ORDER BY decided_on DESC, fid DESC"
        )
    ]
    return picture
