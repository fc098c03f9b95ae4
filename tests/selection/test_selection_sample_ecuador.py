"""The Ecuador cluster selection sample: the joint MICIP–UNIDO assessment ranks Atuntaqui's garments and
Ambato's footwear first, the provinces' specialisations are there, the file is valid and rebuilt
unchanged by tools/build_samples.py."""

from __future__ import annotations

import json
import sqlite3
import sys

import pytest
from shapely.geometry import Point

from clusterdesk.analysis.selection_lq import load_statistics, location_quotients, registry_firm_counts
from clusterdesk.analysis.selection_ranking import leader_stable_range
from clusterdesk.analysis.selection_study import evaluate
from clusterdesk.core.geometry import decode
from clusterdesk.core.project import Project
from conftest import REPO, SAMPLES, assert_valid_project

SAMPLE = SAMPLES / "ecuador_cluster_selection.gpkg"
sys.path.insert(0, str(REPO / "tools"))


@pytest.fixture(scope="module")
def connection():
    assert SAMPLE.exists(), "run python tools/build_samples.py --only ecuador_cluster_selection"
    connection = sqlite3.connect(f"{SAMPLE.resolve().as_uri()}?mode=ro", uri=True)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def lq_2003(connection):
    table = location_quotients(load_statistics(connection), 2003, 1998)
    return table.set_index(["area_code", "sector_code"])


def test_garments_of_imbabura_and_footwear_of_tungurahua_rank_first_and_second(connection):
    evaluation = evaluate(connection)
    assert evaluation.year == 2003 and evaluation.settings.base_year == 1998
    assert evaluation.ranking.ordered()[:2] == ["garments-imbabura", "footwear-tungurahua"]
    assert len(evaluation.codes) == 6
    scores = dict(zip(evaluation.codes, evaluation.ranking.scores, strict=True))
    others = [
        score for code, score in scores.items() if code not in ("garments-imbabura", "footwear-tungurahua")
    ]
    assert min(scores["garments-imbabura"], scores["footwear-tungurahua"]) > max(others) + 20
    # the lead is not an accident of one weight: the leader keeps it at the weight of every criterion
    criteria = evaluation.ranking_criteria()
    for j, criterion in enumerate(criteria):
        span = leader_stable_range(evaluation.ranking, criteria, j)
        assert span.low <= criterion.weight <= span.high, criterion.key


def test_imbabura_and_tungurahua_are_specialised_the_large_provinces_are_not(lq_2003):
    assert lq_2003.loc[("10", "14"), "lq"] > 2  # Imbabura, wearing apparel
    assert lq_2003.loc[("18", "15"), "lq"] > 2  # Tungurahua, leather and footwear
    assert lq_2003.loc[("10", "14"), "growth"] > 0.2 and lq_2003.loc[("18", "15"), "growth"] > 0.1
    for province in ("17", "09"):  # Pichincha and Guayas: large, but no manufacturing specialisation
        for sector in ("14", "15"):
            assert 0.7 < lq_2003.loc[(province, sector), "lq"] < 1.5
    assert lq_2003.loc[("17", "14"), "value"] > lq_2003.loc[("10", "14"), "value"]  # Quito is bigger
    assert lq_2003.loc[("13", "03"), "lq"] > 1.5 and lq_2003.loc[("13", "10"), "lq"] > 1.5  # Manabí
    assert lq_2003.loc[("01", "31"), "lq"] > 2  # Azuay, furniture
    assert lq_2003.loc[("05", "01"), "lq"] > 1.2  # Cotopaxi, flowers and farming


def test_province_totals_follow_population_and_hold_their_sectors(connection):
    totals = dict(
        connection.execute(
            "SELECT area_code, value FROM selection_statistics WHERE sector_code = 'TOTAL' AND year = 2003"
        )
    )
    assert len(totals) == 24
    assert totals["09"] > totals["17"] > totals["13"] > totals["10"] > totals["20"]  # Guayas, Pichincha ...
    assert 4_000_000 < sum(totals.values()) < 5_500_000
    over = connection.execute(
        "SELECT t.area_code, t.year FROM selection_statistics t JOIN selection_statistics s"
        " ON s.area_code = t.area_code AND s.year = t.year AND s.sector_code != 'TOTAL'"
        " WHERE t.sector_code = 'TOTAL' GROUP BY t.area_code, t.year HAVING sum(s.value) >= t.value"
    ).fetchall()
    assert over == []
    sources = {s for (s,) in connection.execute("SELECT DISTINCT source FROM selection_statistics")}
    assert sources == {"Illustrative figures (ClusterDesk sample), not official statistics"}


def test_provinces_are_real_outlines_holding_their_capitals(connection):
    areas = {code: (name, decode(blob)) for code, name, blob in connection.execute(
        "SELECT code, name, geom FROM selection_areas")}  # fmt: skip
    assert len(areas) == 24 and all(shape.is_valid for _name, shape in areas.values())
    capitals = {"10": (-78.13, 0.36), "18": (-78.62, -1.27), "17": (-78.50, -0.21), "01": (-79.00, -2.90)}
    for code, (lon, lat) in capitals.items():
        assert areas[code][1].contains(Point(lon, lat)), areas[code][0]
    assert areas["18"][0] == "Tungurahua" and areas["20"][0] == "Galápagos"
    assert areas["20"][1].bounds[0] < -89  # the islands are where they are


def test_registry_firms_count_for_the_candidates(connection):
    evaluation = evaluate(connection)
    counts = registry_firm_counts(connection, evaluation.candidates)
    assert counts["garments-imbabura"] == 8 and counts["footwear-tungurahua"] == 8
    assert all(count >= 2 for count in counts.values())
    # Quito's two garment firms above 250 employees are not SMEs
    assert counts["garments-pichincha"] == 2


def test_decision_of_the_steering_committee(connection):
    decided_on, decided_by, grounds, basis = connection.execute(
        "SELECT decided_on, decided_by, grounds, basis FROM selection_decisions"
    ).fetchone()
    assert decided_on.startswith("2003-") and "MICIP" in decided_by and "UNIDO" in decided_by
    assert (
        "significant share of employment and income" in grounds and "common form of organisation" in grounds
    )
    outcomes = dict(connection.execute("SELECT code, status FROM selection_candidates"))
    assert {c for c, s in outcomes.items() if s == "selected"} == {"garments-imbabura", "footwear-tungurahua"}
    kept = json.loads(basis)
    assert [r["code"] for r in sorted(kept["ranking"], key=lambda r: r["rank"])][:2] == [
        "garments-imbabura",
        "footwear-tungurahua",
    ]


def test_sample_is_a_valid_small_phase_one_project():
    assert SAMPLE.stat().st_size < 1_500_000
    assert_valid_project(SAMPLE)
    with Project.open(SAMPLE) as project:
        info = project.info()
        assert project.migrated_from is None, "the sample is older than the schema: rebuild it"
    assert (info.country, info.language, info.phase) == ("EC", "en", 1)
    assert "illustrative" in info.description


def test_the_build_writes_the_committed_file(tmp_path):
    import build_samples
    import sample_ecuador_selection

    path = sample_ecuador_selection.build(tmp_path, build_samples._write_reproducibly)
    assert path.read_bytes() == SAMPLE.read_bytes(), "rebuild it: python tools/build_samples.py --only ..."
    assert sorted(p.name for p in tmp_path.iterdir()) == [SAMPLE.name]
