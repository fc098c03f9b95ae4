"""The layout is seeded and keeps the nodes it is given: the same network gives the same picture, and a
node laid out in one round stays where it was in the next."""

from __future__ import annotations

import numpy as np

from clusterdesk.analysis.network_layout import EXACT_LIMIT, force_layout


def ring_network(count: int, seed: int = 1):
    rng = np.random.default_rng(seed)
    ids = np.arange(10, 10 + count)
    edges = [(ids[i], ids[(i + 1) % (count - 5)]) for i in range(count - 5)]  # five isolates
    edges += [tuple(rng.choice(ids[: count - 5], 2, replace=False)) for _ in range(count)]
    return ids, edges


def test_the_same_network_gives_the_same_positions():
    ids, edges = ring_network(80)
    first = force_layout(ids, edges, seed=3)
    second = force_layout(list(reversed(ids)), list(reversed(edges)), seed=3)  # order does not matter
    assert np.array_equal(first.ids, second.ids)
    assert np.allclose(first.x, second.x) and np.allclose(first.y, second.y)
    other = force_layout(ids, edges, seed=4)
    assert not np.allclose(first.x, other.x)  # the seed is what decides


def test_large_networks_are_stable_too():
    ids, edges = ring_network(EXACT_LIMIT + 200)  # the grid approximation
    first, second = force_layout(ids, edges, seed=7), force_layout(ids, edges, seed=7)
    assert np.allclose(first.x, second.x) and np.allclose(first.y, second.y)
    assert np.isfinite(first.x).all() and np.isfinite(first.y).all()


def test_nodes_laid_out_before_keep_their_positions():
    ids, edges = ring_network(60)
    baseline = force_layout(ids, edges[:50], seed=7).as_dict()
    follow_up = force_layout(ids, edges + [(ids[0], ids[-1])], seed=7, fixed=baseline).as_dict()
    assert follow_up == baseline  # every node was placed before: nothing jumps
    newcomer = 999
    with_newcomer = force_layout([*ids, newcomer], [*edges, (ids[0], newcomer)], seed=7, fixed=baseline)
    placed = with_newcomer.as_dict()
    assert all(placed[node] == position for node, position in baseline.items())
    near = np.hypot(placed[newcomer][0] - baseline[ids[0]][0], placed[newcomer][1] - baseline[ids[0]][1])
    spread = np.ptp([p[0] for p in baseline.values()])
    assert near < spread / 2  # the new node comes in beside its tie, not somewhere on the edge


def test_tied_nodes_are_closer_than_untied_ones_and_isolates_ring_them():
    ids, edges = ring_network(100)
    positions = force_layout(ids, edges, seed=7).as_dict()
    tied = np.mean([np.hypot(*np.subtract(positions[a], positions[b])) for a, b in edges])
    rng = np.random.default_rng(0)
    pairs = rng.choice(ids[:95], (200, 2))
    anyone = np.mean([np.hypot(*np.subtract(positions[a], positions[b])) for a, b in pairs if a != b])
    assert tied < anyone
    centre = np.mean([positions[i] for i in ids[:95]], axis=0)
    body = np.percentile([np.hypot(*np.subtract(positions[i], centre)) for i in ids[:95]], 90)
    assert all(np.hypot(*np.subtract(positions[i], centre)) > body for i in ids[95:])
