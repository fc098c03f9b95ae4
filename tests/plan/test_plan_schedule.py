"""The scheduler against a brute-force longest path, on hand-made and generated task graphs."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clusterdesk.analysis.schedule import Link, ScheduleError, schedule

WEIGHT = {
    "FS": lambda dp, ds, lag: dp + lag,
    "SS": lambda dp, ds, lag: lag,
    "FF": lambda dp, ds, lag: dp + lag - ds,
    "SF": lambda dp, ds, lag: lag - ds,
}


def brute_force(n, durations, links, earliest):
    """Early and late starts by enumerating every path of the (small) graph."""
    edges = {(link.predecessor, link.successor): WEIGHT[link.link_type](
        durations[link.predecessor], durations[link.successor], link.lag) for link in links}
    successors = {i: [b for (a, b) in edges if a == i] for i in range(n)}

    def paths_from(node):
        yield [node]
        for nxt in successors[node]:
            for rest in paths_from(nxt):
                yield [node, *rest]

    all_paths = [p for start in range(n) for p in paths_from(start)]

    def length(path):
        return sum(edges[(a, b)] for a, b in itertools.pairwise(path))

    early = [max(earliest[p[0]] + length(p) for p in all_paths if p[-1] == i) for i in range(n)]
    finish = max(early[i] + durations[i] for i in range(n))
    late = [min(finish - durations[p[-1]] - length(p) for p in all_paths if p[0] == i) for i in range(n)]
    return early, late, finish


@st.composite
def task_graphs(draw):
    n = draw(st.integers(1, 7))
    durations = draw(st.lists(st.integers(0, 9), min_size=n, max_size=n))
    earliest = draw(st.lists(st.integers(0, 6), min_size=n, max_size=n))
    possible = [(a, b) for a in range(n) for b in range(a + 1, n)]
    chosen = draw(st.lists(st.sampled_from(possible), unique=True, max_size=10)) if possible else []
    order = draw(st.permutations(range(n)))  # so links do not always run from low to high ids
    links = [
        Link(order[a], order[b], draw(st.sampled_from(["FS", "SS", "FF", "SF"])), draw(st.integers(-3, 5)))
        for a, b in chosen
    ]
    return n, durations, earliest, links


@settings(max_examples=150, deadline=None)
@given(task_graphs())
def test_generated_graphs_match_brute_force_longest_path(graph):
    n, durations, earliest, links = graph
    result = schedule(list(range(n)), durations, links, earliest_start=earliest)
    early, late, finish = brute_force(n, durations, links, earliest)
    assert result.early_start.tolist() == early
    assert result.late_start.tolist() == late
    assert result.finish == finish
    assert (result.total_float >= 0).all()
    # some task finishing last is critical, and every critical chain ends the plan
    assert any(result.critical[i] and early[i] + durations[i] == finish for i in range(n))


def test_critical_path_of_a_small_plan():
    # 1 (5d) -> 2 (3d) -> 4 (2d); 1 -> 3 (1d) -> 4 ; 5 is a milestone after 4
    links = [Link(1, 2), Link(2, 4), Link(1, 3), Link(3, 4), Link(4, 5)]
    result = schedule([1, 2, 3, 4, 5], [5, 3, 1, 2, 0], links)
    assert result.early_start.tolist() == [0, 5, 5, 8, 10]
    assert result.finish == 10
    assert result.critical_ids() == [1, 2, 4, 5]
    assert result.total_float.tolist() == [0, 0, 2, 0, 0]


def test_lag_and_lead_in_working_days():
    links = [Link(1, 2, "FS", 3), Link(1, 3, "SS", -2)]
    result = schedule([1, 2, 3], [4, 2, 2], links, earliest_start=[5, 0, 0])
    assert result.early_start.tolist() == [5, 12, 3]


def test_summary_tasks_span_children_and_links_bind_their_children():
    # objective 10 holds 11 and 12; 12 waits for 11; milestone 20 waits for the whole objective
    ids = [10, 11, 12, 20]
    parents = [None, 10, 10, None]
    result = schedule(ids, [99, 3, 4, 0], [Link(11, 12), Link(10, 20)], parents=parents)
    rows = result.index()
    assert result.early_start[rows[10]] == 0 and result.early_finish[rows[10]] == 7
    assert result.early_start[rows[20]] == 7
    assert result.is_summary.tolist() == [True, False, False, False]


def test_a_loop_is_refused_naming_its_tasks():
    names = {1: "Market study", 2: "Brand design", 3: "Trade fair", 4: "Unrelated"}
    links = [Link(1, 2), Link(2, 3), Link(3, 1), Link(4, 1)]
    with pytest.raises(ScheduleError) as caught:
        schedule([1, 2, 3, 4], [1, 1, 1, 1], links, names=names)
    message = str(caught.value)
    assert "'Market study' → 'Brand design' → 'Trade fair' → 'Market study'" in message
    assert "Unrelated" not in message


def test_a_link_into_the_task_s_own_summary_is_refused():
    with pytest.raises(ScheduleError, match="'Objective' cannot depend on 'Action'"):
        schedule([1, 2], [0, 2], [Link(2, 1)], parents=[None, 1], names={1: "Objective", 2: "Action"})


def test_unknown_link_type_is_named():
    with pytest.raises(ScheduleError, match="type 'XX'"):
        schedule([1, 2], [1, 1], [Link(1, 2, "XX")])
