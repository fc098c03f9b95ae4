"""On every sample project and round, the measures equal networkx's, computed here from the raw
relations table with the round rule written out again; the numpy path for large networks equals
networkx when it takes every source, and its sampled estimate repeats from run to run."""

from __future__ import annotations

import sqlite3
import time

import networkx as nx
import numpy as np
import pytest

from clusterdesk.analysis.network import network_measures
from clusterdesk.analysis.network_graph import read_round
from clusterdesk.analysis.network_measures import measures_of
from clusterdesk.core.project import Project
from conftest import SAMPLES

SAMPLE_FILES = sorted(SAMPLES.glob("*.gpkg"))


def _rounds(raw: sqlite3.Connection) -> list[str]:
    listed = [c for (c,) in raw.execute("SELECT code FROM survey_rounds ORDER BY position, held_on, code")]
    used = {c for (c,) in raw.execute("SELECT survey_round FROM relations") if c}
    assert used <= set(listed), "the samples list every round they use"
    return listed


def _graphs(raw: sqlite3.Connection, code: str) -> tuple[nx.Graph, nx.DiGraph, list[int]]:
    """The round's network straight from the tables: first observed at or before the round, and not
    ended at or before it."""
    rank = {c: i for i, c in enumerate(_rounds(raw))}
    at = rank[code]
    fids = [f for (f,) in raw.execute("SELECT fid FROM stakeholders ORDER BY fid")]
    undirected, directed = nx.Graph(), nx.DiGraph()
    undirected.add_nodes_from(fids)
    directed.add_nodes_from(fids)
    kept = []
    for fid, source, target, is_directed, first, ended in raw.execute(
        "SELECT fid, source_id, target_id, directed, survey_round, ended_round FROM relations"
    ):
        if rank[first] <= at and (ended is None or rank[ended] > at):
            kept.append(fid)
            undirected.add_edge(source, target)
            directed.add_edge(source, target)
            if not is_directed:
                directed.add_edge(target, source)
    return undirected, directed, kept


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.stem)
def test_sample_measures_equal_networkx(path):
    project = Project.open(path)
    try:
        raw = project.connection
        for code in _rounds(raw):
            graph, digraph, kept = _graphs(raw, code)
            measures = network_measures(project.session.connection(), code)
            whole, table = measures.whole, measures.per_stakeholder
            n = graph.number_of_nodes()
            assert measures.relation_fids == set(kept)
            assert (whole["nodes"], whole["ties"], whole["relations"]) == (
                n,
                graph.number_of_edges(),
                len(kept),
            )
            assert whole["density"] == pytest.approx(nx.density(graph), abs=1e-12)
            assert whole["components"] == nx.number_connected_components(graph)
            assert whole["isolates"] == nx.number_of_isolates(graph)
            assert whole["clustering"] == pytest.approx(nx.average_clustering(graph), abs=1e-12)
            largest = max(nx.connected_components(graph), key=len)
            firms = {f for f, k in raw.execute("SELECT fid, kind FROM stakeholders") if k == "enterprise"}
            assert whole["largest_component_share"] == pytest.approx(len(largest & firms) / len(firms))
            degrees = dict(graph.degree())
            top = max(degrees.values())
            freeman = sum(top - d for d in degrees.values()) / ((n - 1) * (n - 2))
            assert whole["centralisation"] == pytest.approx(freeman, abs=1e-12)
            fids = list(table.index)
            assert table["degree"].tolist() == [degrees[f] for f in fids]
            assert table["in_degree"].tolist() == [digraph.in_degree(f) for f in fids]
            assert table["out_degree"].tolist() == [digraph.out_degree(f) for f in fids]
            for column, expected in (
                ("betweenness", nx.betweenness_centrality(graph)),
                ("closeness", nx.closeness_centrality(graph)),
                ("clustering", nx.clustering(graph)),
            ):
                np.testing.assert_allclose(
                    table[column], [expected[f] for f in fids], atol=1e-12, err_msg=column
                )
            # power iteration on the component that holds the leading eigenvector (the largest here)
            core = graph.subgraph(largest)
            eigen = nx.eigenvector_centrality(core, max_iter=10_000, tol=1e-13)
            np.testing.assert_allclose(table["eigenvector"], [eigen.get(f, 0.0) for f in fids], atol=1e-6)
    finally:
        project.close()


@pytest.mark.parametrize("path", SAMPLE_FILES[:3], ids=lambda p: p.stem)
def test_the_large_network_path_equals_networkx_with_every_source(path):
    project = Project.open(path)
    try:
        data = read_round(project.connection, "follow_up_1")
        by_networkx = measures_of(data, method="networkx").per_stakeholder
        by_sources = measures_of(data, method="sampled")
        assert not by_sources.sampled  # small components: every stakeholder is a source
        for column in ("betweenness", "closeness"):
            np.testing.assert_allclose(by_sources.per_stakeholder[column], by_networkx[column], atol=1e-12)
    finally:
        project.close()


def test_sampled_estimates_are_seeded_and_close():
    # a random network of 1,500 stakeholders, sampled with about 150 sources per component
    from clusterdesk.analysis.network_measures import _components, _symmetric
    from clusterdesk.analysis.network_paths import path_centralities

    rng = np.random.default_rng(7)
    n = 1500
    low = rng.integers(0, n, 6000)
    high = (low + rng.integers(1, 60, 6000)) % n
    pairs = np.unique(np.sort(np.column_stack([low, high]), axis=1), axis=0)
    adjacency = _symmetric(n, pairs[:, 0], pairs[:, 1])
    labels = _components(adjacency)
    limit = 150 * adjacency.nnz
    first = path_centralities(adjacency, labels, seed=3, method="sampled", source_work_limit=limit)
    again = path_centralities(adjacency, labels, seed=3, method="sampled", source_work_limit=limit)
    assert first.sampled and first.sources < n
    assert np.array_equal(first.betweenness, again.betweenness)
    assert np.array_equal(first.closeness, again.closeness)
    graph = nx.Graph(list(map(tuple, pairs.tolist())))
    graph.add_nodes_from(range(n))
    exact_b = nx.betweenness_centrality(graph)
    exact_c = nx.closeness_centrality(graph)
    exact_b = np.array([exact_b[i] for i in range(n)])
    exact_c = np.array([exact_c[i] for i in range(n)])
    assert np.corrcoef(first.betweenness, exact_b)[0, 1] > 0.95
    assert np.abs(first.closeness - exact_c).max() < 0.05 * exact_c.max()
    top = set(np.argsort(-exact_b)[:20].tolist())
    assert len(top & set(np.argsort(-first.betweenness)[:20].tolist())) >= 12


def test_measures_of_a_sample_take_under_a_second():
    project = Project.open(SAMPLE_FILES[0])
    try:
        started = time.perf_counter()
        network_measures(project.connection, "follow_up_1")
        assert time.perf_counter() - started < 1.0
    finally:
        project.close()
