"""The round rule (carried, observed again, ended), the change between rounds, and the computed results
indicators of the network, on small projects worked by hand."""

from __future__ import annotations

import pytest
from network_fixture import D, add_people, add_rounds, add_ties, set_relation

from clusterdesk.analysis.network import compare_rounds, network_measures, round_graph, survey_round_order
from clusterdesk.analysis.results_computed import computed_values
from clusterdesk.core import edits
from clusterdesk.core.survey_rounds import round_order, ties_of_round


@pytest.fixture
def rounds_project(new_project):
    """X: first observed at the baseline, not observed at follow-up 1, found ended at follow-up 2.
    Y: baseline, observed again at follow-up 1, never ended. Z: first observed at follow-up 1."""
    project = new_project
    fid = add_people(project, [("A", "enterprise"), ("B", "enterprise"), ("C", "supplier")])
    x, y, z = add_ties(project, fid, [("A", "B"), ("B", "C"), {"source": "A", "target": "C",
                                                               "survey_round": "follow_up_1"}])  # fmt: skip
    set_relation(project, y, last_observed_round="follow_up_1")
    set_relation(project, x, ended_round="follow_up_2")
    return project, fid, {"X": x, "Y": y, "Z": z}


def test_the_round_rule(rounds_project):
    project, fid, tie = rounds_project
    expected = {
        "baseline": {tie["X"], tie["Y"]},
        "follow_up_1": {tie["X"], tie["Y"], tie["Z"]},  # X carried: not observed, not found ended
        "follow_up_2": {tie["Y"], tie["Z"]},  # X found ended; Y and Z carried
    }
    assert survey_round_order(project.connection) == ["baseline", "follow_up_1", "follow_up_2"]
    for code, fids in expected.items():
        assert network_measures(project.connection, code).relation_fids == fids
        assert round_graph(project.connection, code).relation_fids == fids
        assert ties_of_round(project.session.connection(), code).fids == fids  # the core rule agrees
    assert network_measures(project.connection, "no_such_round").whole["ties"] == 0
    a, b, c = fid["A"], fid["B"], fid["C"]
    later = round_graph(project.connection, "follow_up_2").graph.edges
    assert (later[b, c]["first_round"], later[b, c]["last_observed_round"]) == ("baseline", "follow_up_1")
    assert later[a, c]["first_round"] == later[a, c]["last_observed_round"] == "follow_up_1"
    assert later[b, c]["ended_round"] is None
    carried = round_graph(project.connection, "follow_up_1").graph.edges
    assert (
        carried[a, b]["ended_round"] == "follow_up_2" and carried[a, b]["last_observed_round"] == "baseline"
    )


def test_the_order_of_the_rounds_table_comes_first(new_project):
    fid = add_people(new_project, [("A", "enterprise"), ("B", "enterprise")])
    add_ties(new_project, fid, [{"source": "A", "target": "B", "survey_round": "endline"},
                                {"source": "A", "target": "B", "survey_round": "follow_up_3"}])  # fmt: skip
    add_rounds(new_project, [("midline", 1, D(2024, 6, 1)), ("baseline", 0, D(2023, 1, 10))])
    order = survey_round_order(new_project.connection)
    assert order == round_order(new_project.session.connection())
    assert order == ["baseline", "midline", "follow_up_3", "endline"]


def test_compare_rounds(rounds_project):
    project, fid, tie = rounds_project
    change = compare_rounds(project.connection, "baseline", "follow_up_2")
    assert change.new_relations == {tie["Z"]}
    assert change.kept_relations == {tie["Y"]}
    assert change.ended_relations == {tie["X"]}
    assert change.new_pairs == {(fid["A"], fid["C"])}
    assert change.kept_pairs == {(fid["B"], fid["C"])}
    assert change.ended_pairs == {(fid["A"], fid["B"])}
    # both rounds have 2 ties among 3 stakeholders: density 2/3 both times, no change
    assert change.whole_change["ties"] == 0 and change.whole_change["density"] == pytest.approx(0.0)
    # the path A–B–C becomes B–C–A: B's degree 2 → 1, C's 1 → 2
    assert change.per_stakeholder_change.loc[fid["B"], "degree"] == -1
    assert change.per_stakeholder_change.loc[fid["C"], "degree"] == 1
    # baseline A–B–C (A, B firms, C a supplier): B is representative for A→B→C and gatekeeper for
    # C→B→A, one each, and the tie goes to the earlier role of the list; follow-up 2 B–C–A: C stands
    # between two firms both ways, itinerant twice, and B brokers nothing
    roles = change.per_stakeholder_change
    assert (roles.loc[fid["B"], "role_first"], roles.loc[fid["B"], "role_second"]) == ("gatekeeper", None)
    assert (roles.loc[fid["C"], "role_first"], roles.loc[fid["C"], "role_second"]) == (None, "itinerant")
    assert change.second.per_stakeholder.loc[fid["C"], "itinerant"] == 2
    assert roles.loc[fid["C"], "itinerant"] == 2 and roles.loc[fid["B"], "representative"] == -1
    assert change.per_stakeholder_change.loc[fid["B"], "betweenness"] == pytest.approx(-1.0)
    assert change.first.whole["ties"] == 2 and change.second.whole["ties"] == 2


def test_computed_results_indicators(new_project):
    """Quarterly reporting from 2024-01-01, looked at on 2025-01-15 (current quarter 2025-Q1).

    Baseline, held 2024-02-10 (2024-Q1): F1–F2 and F2–I1. Follow-up 1, held 2024-11-05 (2024-Q4):
    F3–F4 and F1–F3 are new, F2–I1 is found ended. Follow-up 2 is held after today: not reported.
    Five stakeholders, so n (n − 1) / 2 = 10 pairs; four firms."""
    project = new_project
    project.stack.push(edits.update_project_info(project, {"start_date": D(2024, 1, 1)}))
    fid = add_people(project, [("F1", "enterprise"), ("F2", "enterprise"), ("F3", "enterprise"),
                               ("F4", "enterprise"), ("I1", "business_association")])  # fmt: skip
    add_rounds(project, [("baseline", 0, D(2024, 2, 10)), ("follow_up_1", 1, D(2024, 11, 5)),
                         ("follow_up_2", 2, D(2025, 3, 1))])  # fmt: skip
    f1f2, f2i1, *_ = add_ties(project, fid, [
        ("F1", "F2"), ("F2", "I1"),
        {"source": "F3", "target": "F4", "survey_round": "follow_up_1"},
        {"source": "F1", "target": "F3", "survey_round": "follow_up_1", "since": D(2023, 5, 1)},
        {"source": "F4", "target": "I1", "survey_round": "follow_up_2"},
    ])  # fmt: skip
    set_relation(project, f2i1, ended_round="follow_up_1")

    def values(key):
        rows = computed_values(project.connection, key, "quarter", D(2025, 1, 15))
        return [(r["period"], round(r["value"], 9)) for r in rows]

    # baseline: 2 relations; follow-up 1: F1–F2, F3–F4, F1–F3 (F2–I1 ended) = 3. The 'since' date of
    # F1–F3 does not move follow-up 1: its survey date decides.
    assert values("relations_per_round") == [("2024-Q1", 2), ("2024-Q4", 3)]
    assert values("network_density") == [("2024-Q1", 100 * 2 / 10), ("2024-Q4", 100 * 3 / 10)]
    # baseline components {F1, F2, I1}, {F3}, {F4}: 2 of 4 firms in the largest; follow-up 1 {F1..F4}, {I1}
    assert values("firms_in_largest_component") == [("2024-Q1", 50.0), ("2024-Q4", 100.0)]
    # firm degrees: baseline F1 1, F2 2, F3 0, F4 0 → 3/4; follow-up 1 F1 2, F2 1, F3 2, F4 1 → 6/4
    assert values("firms_mean_degree") == [("2024-Q1", 0.75), ("2024-Q4", 1.5)]
    sqlalchemy_rows = computed_values(
        project.session.connection(), "network_density", "quarter", D(2025, 1, 15)
    )
    assert [(r["period"], round(r["value"], 9)) for r in sqlalchemy_rows] == values("network_density")
