"""What the Selection panel shows, read from the project file in one go: the evaluated study (values,
ranking), the candidates' fids, outcomes and projects, the areas' names, the sectors of the statistics
and the decisions with their outcomes. Qt-free."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from clusterdesk.analysis.selection_study import StudyEvaluation, evaluate


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
        ev = self.evaluation
        ranking = ev.ranking
        return json.dumps(
            {
                "weights": {c.key: c.weight for c in ev.criteria},
                "ranking": [
                    {
                        "rank": int(ranking.ranks[i]),
                        "code": code,
                        "name": ev.names[code],
                        "score": round(float(ranking.scores[i]), 2),
                    }
                    for i, code in sorted(enumerate(ev.codes), key=lambda p: ranking.ranks[p[0]])
                ],
            },
            ensure_ascii=False,
        )


def read_picture(connection: sqlite3.Connection) -> StudyPicture | None:
    evaluation = evaluate(connection)
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
    picture.sectors = [
        s for (s,) in connection.execute("SELECT DISTINCT sector_code FROM selection_statistics ORDER BY 1")
    ]
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
