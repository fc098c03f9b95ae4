"""A selection study stored in a project file, evaluated from its tables."""

from __future__ import annotations

import datetime as dt

import pytest
from shapely.geometry import MultiPolygon, Point, box

from clusterdesk.analysis.selection_study import area_location_quotients, evaluate
from clusterdesk.core.cluster_selection import (
    SelectionArea,
    SelectionCandidate,
    SelectionCandidateArea,
    SelectionCriterion,
    SelectionScore,
    SelectionStatistic,
    SelectionStudy,
)
from clusterdesk.core.model import Stakeholder
from clusterdesk.core.project import Project

ROWS = [
    ("A", "14", 300), ("A", "15", 50), ("A", "10", 150),
    ("B", "14", 100), ("B", "15", 200), ("B", "10", 200),
    ("C", "14", 100), ("C", "15", 50), ("C", "10", 850),
]  # fmt: skip


@pytest.fixture
def study(tmp_path):
    project = Project.new(None, "National mapping", phase=1)
    session = project.session
    session.add(SelectionStudy(name="Mapping 2020", measure="employment", year=2020))
    for i, code in enumerate("ABC"):
        session.add(SelectionArea(code=code, name=f"Area {code}", geom=MultiPolygon([box(i, 0, i + 1, 1)])))
    session.add_all(
        SelectionStatistic(area_code=a, sector_code=s, year=2020, value=v, measure="employment")
        for a, s, v in ROWS
    )
    lq = SelectionCriterion(
        key="specialisation", label="Specialisation", source="location_quotient", weight=2
    )
    smes = SelectionCriterion(key="smes", label="SMEs", source="registry_firms", weight=1, position=1)
    joint = SelectionCriterion(key="joint", label="Joint action", source="manual", weight=1, position=2)
    garments = SelectionCandidate(code="G-A", name="Garments of A", sector_code="14")
    leather = SelectionCandidate(code="L-B", name="Leather of B", sector_code="15")
    session.add_all([lq, smes, joint, garments, leather])
    session.flush()
    session.add_all(
        [
            SelectionCandidateArea(candidate_id=garments.fid, area_code="A"),
            SelectionCandidateArea(candidate_id=leather.fid, area_code="B"),
            SelectionScore(candidate_id=garments.fid, criterion_id=joint.fid, value=2),
            SelectionScore(candidate_id=leather.fid, criterion_id=joint.fid, value=5),
        ]
    )
    for n, (x, sector) in enumerate([(0.5, "1430"), (0.6, "1410"), (1.5, "1520"), (1.2, "1430")]):
        session.add(Stakeholder(name=f"Firm {n}", kind="enterprise", sector_code=sector, geom=Point(x, 0.5)))
    session.commit()
    yield project
    project.close()


def test_the_study_ranks_its_candidates_from_its_tables(study):
    evaluation = evaluate(study.connection)
    assert evaluation.codes == ["G-A", "L-B"]
    lq_a, lq_b = 2.4, (200 / 500) / (300 / 2000)
    assert evaluation.values[:, 0].tolist() == pytest.approx([lq_a, lq_b])
    assert evaluation.values[:, 1].tolist() == [2, 1]  # two garment firms in A; one leather firm in B
    assert evaluation.values[:, 2].tolist() == [2, 5]
    # normalised: G-A (0, 1, 0), L-B (1, 0, 1): scores 100 * 1/4 and 100 * 3/4
    assert evaluation.ranking.scores.tolist() == pytest.approx([25.0, 75.0])
    assert evaluation.ranking.ordered() == ["L-B", "G-A"]
    assert evaluation.area_scores() == pytest.approx({"A": 25.0, "B": 75.0})


def test_area_location_quotients_of_one_sector(study):
    lqs = area_location_quotients(study.connection, "14")
    assert lqs.to_dict() == pytest.approx({"A": 2.4, "B": 0.8, "C": 0.4})


def test_a_project_without_a_study_has_nothing_to_evaluate(tmp_path):
    project = Project.new(None, "Plain")
    try:
        assert evaluate(project.connection) is None
    finally:
        project.close()


def test_decision_dates_are_kept(study):
    from clusterdesk.core.cluster_selection import SelectionDecision

    study.session.add(
        SelectionDecision(decided_on=dt.date(2003, 9, 1), decided_by="MICIP and UNIDO", grounds="LQ")
    )
    study.session.commit()
    assert (
        study.connection.execute("SELECT decided_on FROM selection_decisions").fetchone()[0] == "2003-09-01"
    )
