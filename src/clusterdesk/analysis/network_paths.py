"""Betweenness and closeness centrality on the undirected network, exact for small networks and by seeded
sampling of source stakeholders for large ones (docs/network_analysis.md, "Large networks").

scipy's breadth-first search from chosen sources, component by component, and Brandes' accumulation of
dependencies done level by level with numpy over all sources of a batch at once; with every stakeholder of
a component as a source this is exact (the tests hold it equal to networkx's `betweenness_centrality` and
`closeness_centrality`), above SOURCE_WORK_LIMIT it samples sources. networkx itself (method "networkx")
stays as the reference: on the sample networks of 80 to 300 stakeholders it takes five to twenty times
as long. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sparse
from scipy.sparse import csgraph

# per component, sources × adjacency entries stay under this; a component needing more is sampled
SOURCE_WORK_LIMIT = 20_000_000
MINIMUM_SOURCES = 32  # a sampled component still gets at least this many sources
BATCH_ENTRIES = 8_000_000  # sources × entries handled at once (bounds memory)


@dataclass
class PathCentralities:
    betweenness: np.ndarray  # normalised as networkx: over (n-1)(n-2) for the undirected network
    closeness: np.ndarray  # networkx's closeness with the Wasserman-Faust correction
    sampled: bool  # some component was sampled
    sources: int  # breadth-first searches made


def path_centralities(
    adjacency: sparse.csr_matrix, labels: np.ndarray, seed: int = 0, method: str = "auto",
    source_work_limit: int = SOURCE_WORK_LIMIT,
) -> PathCentralities:  # fmt: skip
    """Betweenness and closeness of every node of the symmetric 0/1 `adjacency`, whose connected
    components are `labels`. method: "auto" or "sampled" (the numpy path; exact where a component stays
    within `source_work_limit`), or "networkx" (always exact, slower)."""
    if method == "networkx":
        return _with_networkx(adjacency)
    return _by_sources(adjacency, labels, seed, source_work_limit)


def _with_networkx(adjacency: sparse.csr_matrix) -> PathCentralities:
    import networkx as nx

    n = adjacency.shape[0]
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    rows, cols = adjacency.nonzero()
    graph.add_edges_from(zip(rows.tolist(), cols.tolist(), strict=True))
    betweenness = nx.betweenness_centrality(graph, normalized=True)
    closeness = nx.closeness_centrality(graph)
    return PathCentralities(
        np.array([betweenness[i] for i in range(n)], dtype=float),
        np.array([closeness[i] for i in range(n)], dtype=float),
        sampled=False,
        sources=n,
    )


def _by_sources(adjacency, labels, seed, source_work_limit) -> PathCentralities:
    n = adjacency.shape[0]
    rng = np.random.default_rng(seed)
    betweenness = np.zeros(n)
    closeness = np.zeros(n)
    order = np.argsort(labels, kind="stable")  # nodes grouped by component, in fid order within each
    sizes = np.bincount(labels) if n else np.zeros(0, dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(sizes)])
    permuted = adjacency[order][:, order].tocsr()
    sampled = False
    searches = 0
    for component in np.flatnonzero(sizes >= 2).tolist():
        start, size = int(starts[component]), int(sizes[component])
        nodes = order[start : start + size]
        if size == 2:
            closeness[nodes] = 1.0 / (n - 1)
            continue
        sub = permuted[start : start + size, start : start + size].tocsr()
        entries = sub.nnz
        count = (
            size
            if size * entries <= source_work_limit
            else max(MINIMUM_SOURCES, source_work_limit // entries)
        )
        count = min(count, size)
        if count < size:
            sources = np.sort(rng.choice(size, size=count, replace=False))
            sampled = True
        else:
            sources = np.arange(size)
        searches += count
        dependency, distance_sums = _accumulate(sub, sources)
        # a sample of sources stands for the whole component: scale by size / sources
        betweenness[nodes] = dependency * (size / count)
        is_source = np.zeros(size, dtype=bool)
        is_source[sources] = True
        others = count - is_source.astype(np.int64)  # sources other than the node itself
        with np.errstate(divide="ignore", invalid="ignore"):
            total = np.where(others > 0, distance_sums * (size - 1) / np.maximum(others, 1), 0.0)
            closeness[nodes] = np.where(total > 0, (size - 1) / total * (size - 1) / (n - 1), 0.0)
    if n > 2:
        betweenness /= (n - 1) * (n - 2)  # every pair is counted from both ends, as networkx normalises
    else:
        betweenness[:] = 0.0
    return PathCentralities(betweenness, closeness, sampled, searches)


def _accumulate(sub: sparse.csr_matrix, sources: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Brandes' dependencies summed over `sources` and each node's summed distance from them, in one
    connected component given as a symmetric CSR matrix."""
    size = sub.shape[0]
    rows = np.repeat(np.arange(size, dtype=np.int64), np.diff(sub.indptr))
    cols = sub.indices.astype(np.int64)
    dependency = np.zeros(size)
    distance_sums = np.zeros(size)
    batch = max(1, BATCH_ENTRIES // max(len(cols), 1))
    for first in range(0, len(sources), batch):
        chunk = sources[first : first + batch]
        distances = csgraph.shortest_path(sub, method="D", directed=False, unweighted=True, indices=chunk)
        distances = distances.astype(np.int32)  # a component: every node is reached
        distance_sums += distances.sum(axis=0)
        dependency += _chunk_dependency(distances, chunk, rows, cols, size)
    return dependency, distance_sums


def _chunk_dependency(distances, chunk, rows, cols, size) -> np.ndarray:
    count = len(chunk)
    # the edges of each source's shortest-path DAG: u one step nearer the source than v
    on_path = distances[:, cols] == distances[:, rows] + 1
    source_of, edge = np.nonzero(on_path)
    del on_path
    u = rows[edge]
    v = cols[edge]
    level = distances[source_of, u]
    order = np.argsort(level, kind="stable")
    flat_u = (source_of * size + u)[order]
    flat_v = (source_of * size + v)[order]
    level = level[order]
    bounds = np.searchsorted(level, np.arange(int(level.max(initial=-1)) + 2))
    sigma = np.zeros(count * size)
    sigma[np.arange(count) * size + chunk] = 1.0
    for depth in range(len(bounds) - 1):  # shortest-path counts, outwards
        part = slice(bounds[depth], bounds[depth + 1])
        np.add.at(sigma, flat_v[part], sigma[flat_u[part]])
    delta = np.zeros(count * size)
    for depth in range(len(bounds) - 2, -1, -1):  # dependencies, inwards
        part = slice(bounds[depth], bounds[depth + 1])
        heads, tails = flat_u[part], flat_v[part]
        np.add.at(delta, heads, sigma[heads] / sigma[tails] * (1.0 + delta[tails]))
    delta[np.arange(count) * size + chunk] = 0.0  # a source does not lie between itself and others
    return delta.reshape(count, size).sum(axis=0)
