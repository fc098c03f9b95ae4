"""Location quotients and the weighted ranking against values worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from clusterdesk.analysis.selection_lq import (
    CandidateAreas,
    StudyStatistics,
    at_level,
    candidate_measures,
    location_quotients,
)
from clusterdesk.analysis.selection_ranking import Criterion, leader_stable_range, rank, weight_sweep

# employment by area and ISIC division; 2020 is compared, 2015 is the base year for growth
ROWS = [
    ("A", "14", 2020, 300), ("A", "15", 2020, 50), ("A", "10", 2020, 150),
    ("B", "14", 2020, 100), ("B", "15", 2020, 200), ("B", "10", 2020, 200),
    ("C", "14", 2020, 100), ("C", "15", 2020, 50), ("C", "10", 2020, 850),
    ("A", "14", 2015, 200), ("B", "15", 2015, 250),
]  # fmt: skip


def _stats(rows=ROWS) -> StudyStatistics:
    return StudyStatistics(pd.DataFrame(rows, columns=["area_code", "sector_code", "year", "value"]))


def _row(table: pd.DataFrame, area: str, sector: str) -> pd.Series:
    return table[(table.area_code == area) & (table.sector_code == sector)].iloc[0]


def test_location_quotients_shares_and_growth_by_hand():
    table = location_quotients(_stats(), year=2020, base_year=2015)
    assert len(table) == 9
    garments_a = _row(table, "A", "14")
    # (300 / 500) / (500 / 2000) = 0.6 / 0.25
    assert garments_a.lq == pytest.approx(2.4)
    assert garments_a.national_share == pytest.approx(0.6)
    assert garments_a.area_share == pytest.approx(0.6)
    assert garments_a.growth == pytest.approx(0.5)  # 300 / 200 - 1
    leather_b = _row(table, "B", "15")
    assert leather_b.lq == pytest.approx((200 / 500) / (300 / 2000))
    assert leather_b.growth == pytest.approx(-0.2)
    assert _row(table, "C", "10").lq == pytest.approx(0.85 / 0.6)
    assert math.isnan(_row(table, "C", "10").growth)  # no base-year value


def test_a_stated_area_total_is_the_base_of_its_shares():
    rows = [*ROWS, ("A", "TOTAL", 2020, 1000)]  # A's whole economy is larger than the three sectors
    table = location_quotients(_stats(rows), year=2020)
    # e_A = 1000 (stated), E = 1000 + 500 + 1000
    assert _row(table, "A", "14").lq == pytest.approx((300 / 1000) / (500 / 2500))


def test_four_digit_codes_sum_to_their_division_and_shorter_codes_are_named():
    rows = [("A", "1410", 2020, 120), ("A", "1430", 2020, 80), ("A", "C", 2020, 5), ("B", "1410", 2020, 50)]
    stats = at_level(_stats(rows), 2)
    assert stats.frame.set_index(["area_code", "sector_code"])["value"].to_dict() == {
        ("A", "14"): 200.0,
        ("B", "14"): 50.0,
    }
    assert stats.left_out == ["C"]


def test_a_candidate_of_two_areas_is_measured_on_both_together():
    candidates = {"G-AB": CandidateAreas("14", ("A", "B")), "L-B": CandidateAreas("15", ("B",))}
    measures = candidate_measures(_stats(), candidates, year=2020, base_year=2015)
    # (400 / 1000) / (500 / 2000)
    assert measures.loc["G-AB", "location_quotient"] == pytest.approx(1.6)
    assert measures.loc["G-AB", "national_share"] == pytest.approx(0.8)
    assert measures.loc["G-AB", "size"] == 400
    assert measures.loc["G-AB", "growth"] == pytest.approx(400 / 200 - 1)  # B had no garments row in 2015
    assert measures.loc["L-B", "growth"] == pytest.approx(-0.2)


CRITERIA = [Criterion("c1", "Specialisation", 2.0), Criterion("c2", "Cost", 1.0, higher_is_better=False)]
VALUES = np.array([[10.0, 5.0], [20.0, 10.0], [14.0, 0.0]])  # candidates X, Y, Z
CODES = ["X", "Y", "Z"]


def test_ranking_by_hand():
    ranking = rank(VALUES, CRITERIA, CODES)
    # c1 normalised: X 0, Y 1, Z 0.4; c2 (lower is better): X 0.5, Y 0, Z 1
    assert ranking.normalised.ravel().tolist() == pytest.approx([0.0, 0.5, 1.0, 0.0, 0.4, 1.0])
    assert ranking.scores.tolist() == pytest.approx([100 * 0.5 / 3, 100 * 2 / 3, 100 * 1.8 / 3])
    assert ranking.ordered() == ["Y", "Z", "X"]


def test_a_missing_value_counts_as_the_worst_and_is_reported():
    values = VALUES.copy()
    values[1, 0] = np.nan
    ranking = rank(values, CRITERIA, CODES)
    assert ranking.missing[1, 0] and ranking.normalised[1, 0] == 0.0
    assert ranking.ordered()[0] == "Z"


def test_the_leader_stays_first_exactly_over_the_range_worked_out_by_hand():
    ranking = rank(VALUES, CRITERIA, CODES)
    cost = leader_stable_range(ranking, CRITERIA, 1)
    # Y leads Z while 2 - 0.8 >= w: Z takes the lead above a cost weight of 1.2
    assert (cost.low, cost.high, cost.overtaken_above_by) == (0.0, pytest.approx(1.2), "Z")
    specialisation = leader_stable_range(ranking, CRITERIA, 0)
    assert specialisation.low == pytest.approx(1 / 0.6) and specialisation.overtaken_below_by == "Z"
    assert specialisation.high == math.inf
    sweep = weight_sweep(ranking, CRITERIA, 1, [0.0, 1.0, 1.19, 1.21, 3.0])
    leaders = [CODES[int(np.argmin(sweep[:, j]))] for j in range(sweep.shape[1])]
    assert leaders == ["Y", "Y", "Y", "Z", "Z"]
