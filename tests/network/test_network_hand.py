"""Network measures against values worked out by hand on small graphs, in projects built with the
application's commands (docs/network_analysis.md gives every formula used below)."""

from __future__ import annotations

import math

import pytest
from network_fixture import add_people, add_ties

from clusterdesk.analysis.network import network_measures, round_graph


def _approx(value):
    return pytest.approx(value, abs=1e-12)


def test_star(new_project):
    # a centre tied to four leaves, all firms: n = 5, 4 ties
    fid = add_people(new_project, [("C", "enterprise"), ("L1", "enterprise"), ("L2", "enterprise"),
                                   ("L3", "enterprise"), ("L4", "enterprise")])  # fmt: skip
    add_ties(new_project, fid, [("C", "L1"), ("C", "L2"), ("C", "L3"), ("C", "L4")])
    measures = network_measures(new_project.connection, "baseline")
    whole = measures.whole
    assert whole["nodes"] == 5 and whole["ties"] == 4 and whole["relations"] == 4
    assert whole["density"] == _approx(4 / 10)  # 4 / (5 × 4 / 2)
    assert whole["mean_degree"] == _approx(8 / 5)  # 2 × 4 / 5
    assert (whole["components"], whole["largest_component"], whole["isolates"]) == (1, 5, 0)
    assert whole["largest_component_share"] == _approx(1.0)
    assert whole["clustering"] == _approx(0.0)  # no leaf is tied to another
    # Freeman: Σ (4 − d) = 0 + 4 × 3 = 12 over (n − 1)(n − 2) = 12
    assert whole["centralisation"] == _approx(1.0)
    table = measures.per_stakeholder
    centre, leaf = table.loc[fid["C"]], table.loc[fid["L1"]]
    assert (centre["degree"], leaf["degree"]) == (4, 1)
    # the centre lies on the one shortest path of each of the 6 pairs of leaves: 6 / (4 × 3 / 2) = 1
    assert centre["betweenness"] == _approx(1.0) and leaf["betweenness"] == _approx(0.0)
    assert centre["closeness"] == _approx(1.0)  # 4 / (1 + 1 + 1 + 1)
    assert leaf["closeness"] == _approx(4 / 7)  # 4 / (1 + 2 + 2 + 2)
    # eigenvalue 2: centre x, leaves y with 2x = 4y; x² + 4y² = 1 gives x = 1/√2, y = 1/√8
    assert centre["eigenvector"] == pytest.approx(1 / math.sqrt(2), abs=1e-9)
    assert leaf["eigenvector"] == pytest.approx(1 / math.sqrt(8), abs=1e-9)
    # undirected ties go both ways: leaf → centre → other leaf for 4 × 3 ordered pairs, all one group
    assert centre["coordinator"] == 12 and centre["brokerage"] == 12 and centre["role"] == "coordinator"
    assert leaf["brokerage"] == 0 and leaf["role"] is None


def test_path(new_project):
    fid = add_people(new_project, [(name, "enterprise") for name in "ABCD"])
    add_ties(new_project, fid, [("A", "B"), ("B", "C"), ("C", "D")])
    measures = network_measures(new_project.connection, "baseline")
    assert measures.whole["density"] == _approx(3 / 6)
    assert measures.whole["mean_degree"] == _approx(1.5)
    # max degree 2: Σ (2 − d) = 1 + 0 + 0 + 1 = 2 over 3 × 2
    assert measures.whole["centralisation"] == _approx(2 / 6)
    table = measures.per_stakeholder
    # B lies between A–C and A–D: 2 / (3 × 2 / 2)
    assert table.loc[fid["B"], "betweenness"] == _approx(2 / 3)
    assert table.loc[fid["A"], "closeness"] == _approx(3 / 6)  # 3 / (1 + 2 + 3)
    assert table.loc[fid["B"], "closeness"] == _approx(3 / 4)  # 3 / (1 + 1 + 2)


def test_two_components_and_an_isolate_without_coordinates(new_project):
    # F1–F2–F3 and F4–I1 are two components, F5 is alone; F2 and F5 have no coordinates
    fid = add_people(new_project, [
        ("F1", "enterprise", -78.2, 0.3), ("F2", "enterprise"), ("F3", "enterprise", -78.3, 0.2),
        ("F4", "enterprise", -78.1, 0.4), ("F5", "enterprise"), ("I1", "business_association", -78.0, 0.1),
    ])  # fmt: skip
    add_ties(new_project, fid, [("F1", "F2"), ("F2", "F3"), ("F4", "I1")])
    measures = network_measures(new_project.connection, "baseline")
    whole = measures.whole
    assert whole["nodes"] == 6  # every stakeholder, with coordinates or without
    assert whole["density"] == _approx(3 / 15)  # 3 / (6 × 5 / 2)
    assert whole["mean_degree"] == _approx(1.0)
    assert (whole["components"], whole["largest_component"], whole["isolates"]) == (3, 3, 1)
    assert whole["largest_component_share"] == _approx(3 / 5)  # F1, F2, F3 of five firms
    # max degree 2 (F2): Σ (2 − d) = 1 + 0 + 1 + 1 + 2 + 1 = 6 over 5 × 4
    assert whole["centralisation"] == _approx(6 / 20)
    table = measures.per_stakeholder
    assert table.loc[fid["F2"], "betweenness"] == _approx(1 / 10)  # one pair of 5 × 4 / 2
    # Wasserman–Faust closeness: (r − 1)/Σd × (r − 1)/(n − 1), r the stakeholders reachable (self included)
    assert table.loc[fid["F1"], "closeness"] == _approx(2 / 3 * 2 / 5)
    assert table.loc[fid["F4"], "closeness"] == _approx(1 / 1 * 1 / 5)
    assert table.loc[fid["F5"], "closeness"] == 0.0 and table.loc[fid["F5"], "degree"] == 0
    assert table.loc[fid["F4"], "eigenvector"] == 0.0  # the leading eigenvector lives on F1–F2–F3
    graph = round_graph(new_project.connection, "baseline").graph
    assert graph.number_of_nodes() == 6
    assert graph.nodes[fid["F2"]]["lon"] is None and graph.nodes[fid["F1"]]["lon"] == pytest.approx(-78.2)
    assert graph.has_edge(fid["F1"], fid["F2"]) and graph.has_edge(fid["F2"], fid["F1"])  # undirected


ROLES_CASES = [
    # (kind of a, kind of b, kind of c, role of b for a → b → c)
    ("enterprise", "enterprise", "enterprise", "coordinator"),
    ("supplier", "enterprise", "enterprise", "gatekeeper"),
    ("enterprise", "enterprise", "buyer", "representative"),
    ("enterprise", "bds_provider", "enterprise", "itinerant"),
    ("supplier", "enterprise", "buyer", "liaison"),
]


@pytest.mark.parametrize(("kind_a", "kind_b", "kind_c", "role"), ROLES_CASES)
def test_brokerage_role_of_a_directed_triad(new_project, kind_a, kind_b, kind_c, role):
    fid = add_people(new_project, [("a", kind_a), ("b", kind_b), ("c", kind_c)])
    add_ties(new_project, fid, [
        {"source": "a", "target": "b", "directed": True, "kind": "supplies"},
        {"source": "b", "target": "c", "directed": True, "kind": "supplies"},
    ])  # fmt: skip
    table = network_measures(new_project.connection, "baseline").per_stakeholder
    broker = table.loc[fid["b"]]
    assert broker[role] == 1 and broker["brokerage"] == 1 and broker["role"] == role
    assert (broker["in_degree"], broker["out_degree"], broker["degree"]) == (1, 1, 2)
    assert table.loc[fid["a"], "brokerage"] == 0 and table.loc[fid["c"], "brokerage"] == 0
    assert (table.loc[fid["a"], "in_degree"], table.loc[fid["a"], "out_degree"]) == (0, 1)


def test_a_direct_tie_closes_the_brokerage(new_project):
    fid = add_people(new_project, [("a", "enterprise"), ("b", "enterprise"), ("c", "enterprise")])
    add_ties(new_project, fid, [
        {"source": "a", "target": "b", "directed": True},
        {"source": "b", "target": "c", "directed": True},
        {"source": "a", "target": "c", "directed": True},
    ])  # fmt: skip
    measures = network_measures(new_project.connection, "baseline")
    assert measures.per_stakeholder["brokerage"].sum() == 0
    assert measures.whole["clustering"] == _approx(1.0)  # a triangle


def test_per_kind_and_kind_filter(new_project):
    fid = add_people(new_project, [(name, "enterprise") for name in "ABCD"])
    add_ties(new_project, fid, [
        {"source": "A", "target": "B", "kind": "supplies", "directed": True},
        {"source": "A", "target": "B", "kind": "joint_action"},  # the same pair again: one tie
        {"source": "C", "target": "D", "kind": "joint_action"},
    ])  # fmt: skip
    measures = network_measures(new_project.connection, "baseline")
    assert (measures.whole["relations"], measures.whole["ties"]) == (3, 2)
    assert list(measures.per_kind) == ["supplies", "joint_action"]
    assert measures.per_kind["supplies"]["ties"] == 1
    assert measures.per_kind["supplies"]["density"] == _approx(1 / 6)
    assert measures.per_kind["joint_action"]["ties"] == 2
    only = network_measures(new_project.connection, "baseline", kinds=["supplies"])
    assert only.whole["ties"] == 1 and list(only.per_kind) == ["supplies"]
    assert only.whole["nodes"] == 4  # still every stakeholder
    graph = round_graph(new_project.connection, "baseline").graph
    edge = graph.edges[fid["A"], fid["B"]]
    assert (
        edge["kind"] == "supplies;joint_action" and edge["directed"] is True and len(edge["relations"]) == 2
    )
    assert graph.edges[fid["B"], fid["A"]]["kind"] == "joint_action"  # only the undirected one goes back
    with pytest.raises(ValueError, match="unknown relation kind"):
        network_measures(new_project.connection, "baseline", kinds=["friendship"])


def test_an_empty_project(new_project):
    measures = network_measures(new_project.connection, "baseline")
    assert measures.whole["nodes"] == 0 and measures.whole["density"] is None
    assert measures.per_stakeholder.empty
