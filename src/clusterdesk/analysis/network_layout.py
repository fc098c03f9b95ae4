"""A seeded force-directed layout of a network, for the Network panel (Qt-free).

Fruchterman and Reingold's model: every pair of nodes repels with k²/d, every tie pulls its ends together
with d²/k (times its weight), a weak gravity keeps separate components in sight, and a temperature that
cools linearly bounds each step. The forces are computed for all nodes at once with numpy. Up to
`EXACT_LIMIT` nodes the repulsion is exact; above it, nodes are binned into a grid and each node feels
the far cells as one mass at their centroid, while pairs closer than a few cells (found with a k-d tree)
are computed exactly: the centroid term of each near pair is replaced by the pair's own force, so the
approximation only ever concerns distant nodes. 2,000 nodes and 10,000 ties take well under two seconds.

The same network with the same seed always gives the same picture: nodes are ordered by id and the
random start comes from `numpy.random.default_rng(seed)`. Nodes given in `fixed` keep their positions
exactly and only the others move, which is how the panel keeps the picture still between survey rounds.
Nodes without ties (isolates) are not simulated: they are set on a ring around the rest, in id order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import numpy as np

GRAVITY = 0.3  # pull towards the centre per unit of distance, so components stay in sight (they are
# gathered to the edge of the largest one after the simulation)
EXACT_LIMIT = 3000  # nodes: exact pairwise repulsion below, the grid approximation above
ProgressFn = Callable[[float | None, str], None]
CancelFn = Callable[[], bool]
_EPSILON = 1e-2  # keeps the repulsion of two nearly coincident nodes finite


@dataclass(frozen=True)
class NodePositions:
    """Positions of the nodes in layout units (ties are about one unit long)."""

    ids: np.ndarray  # int64, ascending
    x: np.ndarray
    y: np.ndarray

    def as_dict(self) -> dict[int, tuple[float, float]]:
        return {int(i): (float(a), float(b)) for i, a, b in zip(self.ids, self.x, self.y, strict=True)}

    def __len__(self) -> int:
        return len(self.ids)


def force_layout(
    ids: Iterable[int],
    edges: Iterable[tuple[int, int]] | np.ndarray,
    weights: Iterable[float] | None = None,
    *,
    seed: int = 7,
    fixed: Mapping[int, tuple[float, float]] | None = None,
    iterations: int | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> NodePositions:
    """Positions for every node of `ids`; `edges` are pairs of ids (direction and repeats ignored).

    A `cancel` that returns True stops the simulation early; the positions reached so far are returned.
    """
    node_ids = np.unique(np.fromiter((int(i) for i in ids), dtype=np.int64))
    n = len(node_ids)
    pairs = np.asarray(list(edges) if not isinstance(edges, np.ndarray) else edges, dtype=np.int64)
    pairs = pairs.reshape(-1, 2)
    weight = (
        np.ones(len(pairs)) if weights is None else np.asarray(list(weights), dtype=np.float64).reshape(-1)
    )
    source = np.searchsorted(node_ids, pairs[:, 0]) if n else np.zeros(0, dtype=np.int64)
    target = np.searchsorted(node_ids, pairs[:, 1]) if n else np.zeros(0, dtype=np.int64)
    known = (source < n) & (target < n)
    known[known] &= (node_ids[source[known]] == pairs[known, 0]) & (
        node_ids[target[known]] == pairs[known, 1]
    )
    source, target, weight = source[known], target[known], weight[known]
    keep = source != target
    source, target, weight = _one_tie_per_pair(source[keep], target[keep], weight[keep])

    x, y = np.zeros(n), np.zeros(n)
    is_fixed = np.zeros(n, dtype=bool)
    for node, (px, py) in (fixed or {}).items():
        index = np.searchsorted(node_ids, int(node))
        if index < n and node_ids[index] == int(node):
            x[index], y[index], is_fixed[index] = px, py, True
    degree = np.bincount(source, minlength=n) + np.bincount(target, minlength=n)
    simulated = (degree > 0) | is_fixed
    rng = np.random.default_rng(seed)
    _start(x, y, is_fixed, simulated & ~is_fixed, source, target, rng)
    members = np.flatnonzero(simulated)
    if len(members) and (~is_fixed[members]).any():
        local = np.full(n, -1)
        local[members] = np.arange(len(members))
        x[members], y[members] = _simulate(
            x[members], y[members], is_fixed[members], local[source], local[target], weight,
            iterations, progress, cancel,
        )  # fmt: skip
        if not is_fixed.any():
            _gather_components(x, y, members, source, target)
    _ring_of_isolates(x, y, ~simulated, simulated)
    if progress is not None:
        progress(1.0, "")
    return NodePositions(node_ids, x, y)


def _one_tie_per_pair(source, target, weight):
    """One attraction per pair of nodes, with the strongest weight of its ties."""
    if not len(source):
        return source, target, weight
    low, high = np.minimum(source, target), np.maximum(source, target)
    order = np.lexsort((-weight, high, low))
    low, high, weight = low[order], high[order], weight[order]
    first = np.ones(len(low), dtype=bool)
    first[1:] = (low[1:] != low[:-1]) | (high[1:] != high[:-1])
    return low[first], high[first], weight[first]


def _start(x, y, is_fixed, moving, source, target, rng) -> None:
    """Random positions in a square that holds the nodes about one unit apart; with fixed nodes, a new
    node starts at the mean of its fixed neighbours (a little jittered), else somewhere among them."""
    count = int(moving.sum())
    if not count:
        return
    side = max(np.sqrt(count + is_fixed.sum()), 1.0)
    jitter = rng.random((len(x), 2)) - 0.5
    if not is_fixed.any():
        x[moving], y[moving] = jitter[moving, 0] * side, jitter[moving, 1] * side
        return
    fx, fy = x[is_fixed], y[is_fixed]
    centre_x, centre_y = fx.mean(), fy.mean()
    spread = max(fx.max() - fx.min(), fy.max() - fy.min(), 1.0)
    near_x, near_y, near_count = np.zeros(len(x)), np.zeros(len(x)), np.zeros(len(x))
    for a, b in ((source, target), (target, source)):
        known = is_fixed[b]
        np.add.at(near_x, a[known], x[b[known]])
        np.add.at(near_y, a[known], y[b[known]])
        np.add.at(near_count, a[known], 1)
    has_fixed_neighbour = moving & (near_count > 0)
    alone = moving & (near_count == 0)
    x[has_fixed_neighbour] = near_x[has_fixed_neighbour] / near_count[has_fixed_neighbour]
    y[has_fixed_neighbour] = near_y[has_fixed_neighbour] / near_count[has_fixed_neighbour]
    x[has_fixed_neighbour] += jitter[has_fixed_neighbour, 0]
    y[has_fixed_neighbour] += jitter[has_fixed_neighbour, 1]
    x[alone] = centre_x + jitter[alone, 0] * spread
    y[alone] = centre_y + jitter[alone, 1] * spread


def _simulate(x, y, is_fixed, source, target, weight, iterations, progress, cancel):
    n = len(x)
    moving = ~is_fixed
    steps = iterations or (150 if n <= 500 else 100 if n <= 1200 else 80)
    side = max(np.sqrt(n), 1.0)
    # a refinement around fixed nodes starts cool, so the new nodes settle without wandering far
    start_temperature = side * (0.1 if not is_fixed.any() else 0.02)
    gravity = GRAVITY
    weight = weight / max(weight.mean(), 1e-9) if len(weight) else weight
    for step in range(steps):
        if cancel is not None and step % 5 == 0 and cancel():
            break
        if n <= EXACT_LIMIT:
            fx, fy = _repulsion_exact(x, y)
        else:
            fx, fy = _repulsion_grid(x, y)
        dx, dy = x[source] - x[target], y[source] - y[target]
        distance = np.sqrt(dx * dx + dy * dy)
        pull = distance * weight  # d²/k with k = 1, along the unit vector (dx, dy) / d
        fx -= np.bincount(source, dx * pull, n) - np.bincount(target, dx * pull, n)
        fy -= np.bincount(source, dy * pull, n) - np.bincount(target, dy * pull, n)
        fx -= gravity * (x - x.mean())
        fy -= gravity * (y - y.mean())
        temperature = start_temperature * (1.0 - step / steps) + 1e-3
        length = np.sqrt(fx * fx + fy * fy) + 1e-12
        scale = np.minimum(length, temperature) / length
        x[moving] += fx[moving] * scale[moving]
        y[moving] += fy[moving] * scale[moving]
        if progress is not None and step % 10 == 0:
            progress(step / steps, "")
    return x, y


def _repulsion_exact(x, y):
    """Every pair, in single precision (half the memory traffic; a layout needs no more)."""
    x32, y32 = x.astype(np.float32), y.astype(np.float32)
    fx, fy = np.empty(len(x)), np.empty(len(x))
    block = 256  # rows at a time: the pair arrays stay small enough for the cache
    for start in range(0, len(x), block):
        dx = x32[start : start + block, None] - x32[None, :]
        dy = y32[start : start + block, None] - y32[None, :]
        d2 = dx * dx
        d2 += dy * dy
        d2 += _EPSILON
        np.reciprocal(d2, out=d2)  # k² / d along the unit vector is (dx, dy) / d²
        dx *= d2
        dy *= d2
        fx[start : start + block] = dx.sum(axis=1)
        fy[start : start + block] = dy.sum(axis=1)
    return fx, fy


def _repulsion_grid(x, y):
    n = len(x)
    cells_per_side = int(np.clip(np.sqrt(n) / 2.5, 4, 48))
    low_x, low_y = x.min(), y.min()
    size = max(x.max() - low_x, y.max() - low_y, 1e-9) / cells_per_side * (1 + 1e-9)
    column = np.minimum(((x - low_x) / size).astype(np.int64), cells_per_side - 1)
    row = np.minimum(((y - low_y) / size).astype(np.int64), cells_per_side - 1)
    cell = row * cells_per_side + column
    cells = cells_per_side * cells_per_side
    mass = np.bincount(cell, minlength=cells).astype(np.float64)
    used = np.flatnonzero(mass)
    centre_x = np.bincount(cell, x, cells)[used] / mass[used]
    centre_y = np.bincount(cell, y, cells)[used] / mass[used]
    # far field: every node against every occupied cell's mass at its centroid
    dx = x[:, None] - centre_x[None, :]
    dy = y[:, None] - centre_y[None, :]
    d2 = dx * dx + dy * dy + _EPSILON
    strength = mass[used][None, :] / d2
    fx, fy = (dx * strength).sum(axis=1), (dy * strength).sum(axis=1)
    # each node is counted in its own cell: take its own centroid term back
    slot = np.searchsorted(used, cell)
    fx -= _centroid_force(x, centre_x[slot], y, centre_y[slot])[0]
    fy -= _centroid_force(x, centre_x[slot], y, centre_y[slot])[1]
    # near pairs: the pair's own force instead of the centroid's (scipy.spatial loads here, not at start-up)
    from scipy.spatial import cKDTree

    pairs = cKDTree(np.column_stack((x, y))).query_pairs(size * 2.9, output_type="ndarray")
    if len(pairs):
        a, b = pairs[:, 0], pairs[:, 1]
        px, py = x[a] - x[b], y[a] - y[b]
        inverse = 1.0 / (px * px + py * py + _EPSILON)
        exact_x, exact_y = px * inverse, py * inverse
        to_a = _centroid_force(x[a], centre_x[slot[b]], y[a], centre_y[slot[b]])
        to_b = _centroid_force(x[b], centre_x[slot[a]], y[b], centre_y[slot[a]])
        fx += np.bincount(a, exact_x - to_a[0], n) + np.bincount(b, -exact_x - to_b[0], n)
        fy += np.bincount(a, exact_y - to_a[1], n) + np.bincount(b, -exact_y - to_b[1], n)
    return fx, fy


def _centroid_force(x, cx, y, cy):
    dx, dy = x - cx, y - cy
    inverse = 1.0 / (dx * dx + dy * dy + _EPSILON)
    return dx * inverse, dy * inverse


def _gather_components(x, y, members, source, target) -> None:
    """Bring the smaller components in to the edge of the largest one: the gravity that holds them
    leaves them about √n away, which would shrink the picture of the main network."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = len(x)
    graph = coo_matrix((np.ones(len(source)), (source, target)), shape=(n, n))
    _count, labels = connected_components(graph, directed=False)
    labels = labels[members]
    sizes = np.bincount(labels)
    if (sizes > 0).sum() < 2:
        return
    main = members[labels == np.argmax(sizes)]
    centre_x, centre_y = x[main].mean(), y[main].mean()
    reach = np.percentile(np.hypot(x[main] - centre_x, y[main] - centre_y), 95)
    for label in np.argsort(-sizes, kind="stable")[1:]:
        part = members[labels == label]
        if not len(part):
            continue
        part_x, part_y = x[part].mean(), y[part].mean()
        distance = np.hypot(part_x - centre_x, part_y - centre_y)
        spread = np.hypot(x[part] - part_x, y[part] - part_y).max()
        wanted = reach + spread + 1.0
        if distance > wanted:
            shift = (wanted - distance) / distance
            x[part] += (part_x - centre_x) * shift
            y[part] += (part_y - centre_y) * shift


def _ring_of_isolates(x, y, isolates, placed) -> None:
    """Isolates on a ring just outside the laid-out nodes, a unit or so apart, in id order."""
    count = int(isolates.sum())
    if not count:
        return
    if placed.any():
        centre_x, centre_y = x[placed].mean(), y[placed].mean()
        # a few long pendant chains reach further: the ring follows the body of the network
        reach = np.percentile(np.hypot(x[placed] - centre_x, y[placed] - centre_y), 95)
    else:
        centre_x = centre_y = reach = 0.0
    radius = max(reach * 1.15 + 1.5, count / (2 * np.pi))
    angle = np.pi / 2 + 2 * np.pi * np.arange(count) / count
    x[isolates] = centre_x + radius * np.cos(angle)
    y[isolates] = centre_y + radius * np.sin(angle)
