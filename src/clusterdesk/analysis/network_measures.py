"""Measures of a survey round's network: the whole network, each relation kind, each stakeholder
(docs/network_analysis.md gives every definition and formula).

The whole-network measures count all stakeholders of the project (isolates included) on the undirected
network with one tie per pair. Components, clustering and eigenvector centrality use scipy's sparse
graph routines; betweenness and closeness `network_paths`; brokerage roles `network_brokerage`. A round of
100,000 stakeholders and 300,000 ties takes a few seconds (benchmarks/network.py). Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import scipy.sparse as sparse
from scipy.sparse import csgraph

from clusterdesk.analysis.network_blas import single_blas_thread
from clusterdesk.analysis.network_brokerage import ROLES, brokerage_counts, dominant_roles
from clusterdesk.analysis.network_graph import RoundData, read_round
from clusterdesk.analysis.network_paths import path_centralities

if TYPE_CHECKING:  # pandas is loaded where the table is built: the printed pack does without it
    import pandas as pd

SEED = 20240601  # the sampled measures of large networks repeat from run to run
DENSE_EIGEN_LIMIT = 400  # up to this many stakeholders the eigenvector comes from a dense solver
EIGEN_PRECISE_LIMIT = 20_000  # up to this many, the sparse solver works to full precision
WHOLE_MEASURES = (
    "nodes", "relations", "ties", "density", "mean_degree", "components", "largest_component",
    "largest_component_share", "isolates", "clustering", "centralisation",
)  # fmt: skip
STAKEHOLDER_MEASURES = (
    "degree", "in_degree", "out_degree", "betweenness", "closeness", "eigenvector", "clustering",
    *ROLES, "brokerage",
)  # fmt: skip


@dataclass
class NetworkMeasures:
    """Measures of one round. `whole` and each `per_kind[kind]` map WHOLE_MEASURES to numbers (None where a
    measure is undefined, e.g. density of fewer than two stakeholders); `per_stakeholder` is a DataFrame
    indexed by stakeholder fid with name, kind, STAKEHOLDER_MEASURES and role (the dominant brokerage
    role, None for none); `sampled` says whether betweenness and closeness were estimated from a sample of
    sources (`sources` breadth-first searches)."""

    round: str
    kinds: tuple[str, ...] | None
    whole: dict[str, Any]
    per_kind: dict[str, dict[str, Any]]
    per_stakeholder: pd.DataFrame
    sampled: bool = False
    sources: int = 0
    relation_fids: frozenset[int] = field(default_factory=frozenset)


def network_measures(connection, round_code: str, kinds=None, seed: int = SEED) -> NetworkMeasures:
    """Every measure of the network of `round_code` with relation kinds `kinds` (None: all)."""
    return measures_of(read_round(connection, round_code, kinds, rounds=False), seed=seed)


def measures_of(data: RoundData, seed: int = SEED, method: str = "auto") -> NetworkMeasures:
    with single_blas_thread():
        return _measures_of(data, seed, method)


@dataclass
class BrokerMeasures:
    """What the printed pack needs of a round: the whole-network measures and, per stakeholder (in the
    order of `fids`), betweenness and the dominant brokerage role (None for none)."""

    whole: dict[str, Any]
    fids: np.ndarray
    betweenness: np.ndarray
    roles: list[str | None]


def broker_measures(connection, round_code: str, seed: int = SEED) -> BrokerMeasures:
    """The whole network's measures, betweenness and brokerage roles of `round_code` (all relation kinds),
    as `network_measures` gives them, without the other per-stakeholder measures and their table."""
    data = read_round(connection, round_code, None, rounds=False)
    n = data.n
    low, high = data.pairs()
    adjacency = _symmetric(n, low, high)
    degree = np.diff(adjacency.indptr).astype(np.int64)
    labels = _components(adjacency)
    whole = _whole(data, low, high, adjacency, degree, labels)
    paths = path_centralities(adjacency, labels, seed=seed)
    tails, heads = data.arcs()
    roles = brokerage_counts(n, tails, heads, _kind_groups(data))
    return BrokerMeasures(whole, np.asarray(data.fids), paths.betweenness, dominant_roles(roles))


def _kind_groups(data: RoundData) -> np.ndarray:
    """Each stakeholder's group for the brokerage roles: its kind, as a number."""
    group_codes = {kind: code for code, kind in enumerate(sorted(set(data.stakeholder_kinds.tolist())))}
    return np.array([group_codes[k] for k in data.stakeholder_kinds.tolist()], dtype=np.int64)


def _measures_of(data: RoundData, seed: int, method: str) -> NetworkMeasures:
    import pandas as pd

    n = data.n
    low, high = data.pairs()
    adjacency = _symmetric(n, low, high)
    degree = np.diff(adjacency.indptr).astype(np.int64)
    labels = _components(adjacency)
    whole = _whole(data, low, high, adjacency, degree, labels)
    per_kind = {}
    for kind in data.kinds_in_project:
        of_kind = data.of_kind(kind)
        kind_low, kind_high = of_kind.pairs()
        kind_adjacency = _symmetric(n, kind_low, kind_high)
        per_kind[kind] = _whole(
            of_kind, kind_low, kind_high, kind_adjacency, np.diff(kind_adjacency.indptr).astype(np.int64),
            _components(kind_adjacency),
        )  # fmt: skip
    tails, heads = data.arcs()
    paths = path_centralities(adjacency, labels, seed=seed, method=method)
    roles = brokerage_counts(n, tails, heads, _kind_groups(data))
    frame = pd.DataFrame(
        {
            "name": data.names,
            "kind": data.stakeholder_kinds.tolist(),
            "degree": degree,
            "in_degree": np.bincount(heads, minlength=n).astype(np.int64),
            "out_degree": np.bincount(tails, minlength=n).astype(np.int64),
            "betweenness": paths.betweenness,
            "closeness": paths.closeness,
            "eigenvector": _eigenvector(adjacency),
            "clustering": _local_clustering(adjacency, degree),
            **{role: roles[:, index] for index, role in enumerate(ROLES)},
            "brokerage": roles.sum(axis=1),
        },
        index=pd.Index(data.fids, name="fid"),
    )
    frame["role"] = pd.Series(dominant_roles(roles), index=frame.index, dtype=object)  # None, not NaN
    return NetworkMeasures(
        data.round, data.kinds, whole, per_kind, frame, paths.sampled, paths.sources,
        frozenset(data.tie_fids.tolist()),
    )  # fmt: skip


def whole_measures(data: RoundData) -> tuple[dict[str, Any], np.ndarray]:
    """The whole-network measures of a round and each stakeholder's degree, without the costlier
    per-stakeholder measures (what the computed results indicators need)."""
    low, high = data.pairs()
    adjacency = _symmetric(data.n, low, high)
    degree = np.diff(adjacency.indptr).astype(np.int64)
    return _whole(data, low, high, adjacency, degree, _components(adjacency)), degree


def _symmetric(n: int, low: np.ndarray, high: np.ndarray) -> sparse.csr_matrix:
    rows = np.concatenate([low, high])
    cols = np.concatenate([high, low])
    matrix = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    matrix.sum_duplicates()
    matrix.sort_indices()
    return matrix


def _components(adjacency: sparse.csr_matrix) -> np.ndarray:
    if adjacency.shape[0] == 0:
        return np.zeros(0, dtype=np.int64)
    return csgraph.connected_components(adjacency, directed=False)[1].astype(np.int64)


def _local_clustering(adjacency: sparse.csr_matrix, degree: np.ndarray) -> np.ndarray:
    """Each node's share of pairs of its neighbours that are tied: 2 × triangles / (d × (d − 1))."""
    if adjacency.nnz == 0:
        return np.zeros(adjacency.shape[0])
    triangles = np.asarray((adjacency @ adjacency).multiply(adjacency).sum(axis=1)).ravel() / 2.0
    possible = degree * (degree - 1) / 2.0
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(possible > 0, triangles / possible, 0.0)


def _whole(data: RoundData, low, high, adjacency, degree, labels) -> dict[str, Any]:
    n = data.n
    ties = len(low)
    sizes = np.bincount(labels) if n else np.zeros(0, dtype=np.int64)
    firms = data.firms
    firm_sizes = np.bincount(labels[firms], minlength=len(sizes)) if n else sizes
    if n:
        # the largest component by stakeholders; of equal ones, the one with more firms, then the first
        largest = int(np.lexsort((-np.arange(len(sizes)), firm_sizes, sizes))[-1])
    share = float(firm_sizes[largest] / firms.sum()) if n and firms.sum() else None
    max_degree = int(degree.max()) if n else 0
    return {
        "nodes": n,
        "relations": int(len(data.tie_fids)),
        "ties": ties,
        "density": ties / (n * (n - 1) / 2) if n >= 2 else None,
        "mean_degree": 2 * ties / n if n else None,
        "components": int(len(sizes)),
        "largest_component": int(sizes[largest]) if n else 0,
        "largest_component_share": share,
        "isolates": int((degree == 0).sum()),
        "clustering": float(_local_clustering(adjacency, degree).mean()) if n else None,
        "centralisation": float((max_degree - degree).sum() / ((n - 1) * (n - 2))) if n >= 3 else None,
    }


def _eigenvector(adjacency: sparse.csr_matrix) -> np.ndarray:
    """The leading eigenvector of the adjacency matrix, non-negative, of Euclidean length 1 (networkx's
    scaling); 0 everywhere for a network without ties. The matrix is shifted by the identity so that the
    leading eigenvalue is also the largest in magnitude, also on bipartite networks."""
    n = adjacency.shape[0]
    if adjacency.nnz == 0:
        return np.zeros(n)
    shifted = adjacency + sparse.identity(n, format="csr")
    if n <= DENSE_EIGEN_LIMIT:
        values, vectors = np.linalg.eigh(shifted.toarray())
        vector = vectors[:, -1]
    else:
        from scipy.sparse.linalg import eigsh

        # full precision up to EIGEN_PRECISE_LIMIT; above, a residual of 1e-6 of the eigenvalue (the
        # entries then agree with the exact vector to about 2e-6 on the benchmark, docs/network_analysis.md)
        tolerance = 0.0 if n <= EIGEN_PRECISE_LIMIT else 1e-6
        values, vectors = eigsh(shifted, k=1, which="LA", v0=np.ones(n), tol=tolerance, ncv=min(n - 1, 30))
        vector = vectors[:, 0]
    vector = vector * np.sign(vector.sum() or 1.0)
    vector = np.where(vector > 0, vector, 0.0)  # rounding leaves -1e-17 where 0 is meant
    return vector / np.linalg.norm(vector)
