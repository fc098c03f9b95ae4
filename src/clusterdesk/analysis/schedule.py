"""Critical path scheduling over plain data: task ids, durations in working days, earliest starts, the
outline (parent of each task) and dependency links.

Dates are integer working-day indices (see `clusterdesk.core.plan.WorkCalendar`), so durations and lags
add as integers. A task occupies the working days [start, finish): `finish` is exclusive, a milestone has
start == finish. Every link becomes a constraint on the successor's start,

    start[successor] >= start[predecessor] + weight,

with the weight depending on the type: FS dur(p)+lag, SS lag, FF dur(p)+lag-dur(s), SF lag-dur(s). The
forward pass takes the longest path to each task in topological order, the backward pass the longest
path from it to the end of the plan.

Summary tasks (tasks with children) have no duration of their own: they span their children. A link to
or from a summary binds every task under it, as a link to each of them would.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from clusterdesk.core.errors import ClusterDeskError

LINK_CODES = {"FS": 0, "SS": 1, "FF": 2, "SF": 3}


class ScheduleError(ClusterDeskError):
    """The plan's dependencies cannot be scheduled (a loop, or a link into the task's own outline)."""


@dataclass(frozen=True)
class Link:
    predecessor: int
    successor: int
    link_type: str = "FS"
    lag: int = 0  # working days; negative for a lead


@dataclass
class Schedule:
    """Per task (in the order of `ids`): early and late start and exclusive finish, as working-day
    indices, and the total float in working days."""

    ids: np.ndarray
    early_start: np.ndarray
    early_finish: np.ndarray
    late_start: np.ndarray
    late_finish: np.ndarray
    is_summary: np.ndarray

    @property
    def total_float(self) -> np.ndarray:
        return self.late_start - self.early_start

    @property
    def critical(self) -> np.ndarray:
        return self.total_float <= 0

    @property
    def finish(self) -> int:
        """Exclusive end of the whole plan."""
        return int(self.early_finish.max()) if len(self.ids) else 0

    def index(self) -> dict[int, int]:
        """Task id -> row in the arrays."""
        return {int(task_id): i for i, task_id in enumerate(self.ids)}

    def critical_ids(self) -> list[int]:
        return [int(i) for i in self.ids[self.critical & ~self.is_summary]]


def _describe(task_id: int, names: Mapping[int, str] | None) -> str:
    if names and task_id in names:
        return f"'{names[task_id]}'"
    return f"task {task_id}"


def _leaf_descendants(index: int, children: list[list[int]]) -> list[int]:
    if not children[index]:
        return [index]
    found, stack = [], [index]
    while stack:
        node = stack.pop()
        if children[node]:
            stack.extend(children[node])
        else:
            found.append(node)
    return found


def _ancestors(index: int, parent: list[int]) -> set[int]:
    found = set()
    while parent[index] >= 0 and parent[index] not in found:
        index = parent[index]
        found.add(index)
    return found


def _find_cycle(remaining: set[int], predecessors: list[list[int]]) -> list[int]:
    """Walk back along predecessors inside the unscheduled set until a task repeats: that is a loop."""
    node = min(remaining)
    seen: dict[int, int] = {}
    path: list[int] = []
    while node not in seen:
        seen[node] = len(path)
        path.append(node)
        node = next(p for p in predecessors[node] if p in remaining)
    loop = path[seen[node] :]
    loop.reverse()  # walking backwards found it from successor to predecessor
    first = loop.index(min(loop))  # start at the task listed first in the plan, for a stable message
    return loop[first:] + loop[:first]


def schedule(
    ids: Sequence[int],
    durations: Sequence[int],
    links: Sequence[Link],
    *,
    parents: Sequence[int | None] | None = None,
    earliest_start: Sequence[int] | None = None,
    names: Mapping[int, str] | None = None,
) -> Schedule:
    """Forward and backward pass. `earliest_start` holds each task's start-no-earlier-than index
    (the plan's start for tasks that have none); `names` only serves error messages."""
    n = len(ids)
    id_array = np.asarray(ids, dtype=np.int64)
    position = {int(task_id): i for i, task_id in enumerate(id_array)}
    if len(position) != n:
        raise ValueError("task ids must be unique")
    duration = np.maximum(np.asarray(durations, dtype=np.int64), 0)
    earliest = np.zeros(n, np.int64)
    if earliest_start is not None:
        earliest = np.asarray(earliest_start, np.int64).copy()

    parent = [-1] * n
    children: list[list[int]] = [[] for _ in range(n)]
    if parents is not None:
        for i, parent_id in enumerate(parents):
            if parent_id is not None:
                if parent_id not in position:
                    missing = _describe(int(id_array[i]), names)
                    raise ScheduleError(f"{missing} is under a task that does not exist.")
                parent[i] = position[parent_id]
                children[parent[i]].append(i)
    is_summary = np.array([bool(c) for c in children], dtype=bool)

    # Links as leaf-to-leaf constraints on the successor's start.
    sources: list[int] = []
    targets: list[int] = []
    kinds: list[int] = []
    lags: list[int] = []
    for link in links:
        try:
            p, s = position[link.predecessor], position[link.successor]
        except KeyError as error:
            missing = error.args[0]
            raise ScheduleError(f"A dependency refers to task {missing}, which is not in the plan.") from None
        if link.link_type not in LINK_CODES:
            raise ScheduleError(
                f"The link from {_describe(link.predecessor, names)} to {_describe(link.successor, names)} "
                f"has type {link.link_type!r}; use FS, SS, FF or SF."
            )
        if p == s or (parents is not None and (p in _ancestors(s, parent) or s in _ancestors(p, parent))):
            raise ScheduleError(
                f"{_describe(link.successor, names)} cannot depend on {_describe(link.predecessor, names)}: "
                "one contains the other. Link tasks that are not inside one another."
            )
        if is_summary[p] or is_summary[s]:
            pairs = [(a, b) for a in _leaf_descendants(p, children) for b in _leaf_descendants(s, children)]
        else:
            pairs = [(p, s)]
        for a, b in pairs:
            sources.append(a)
            targets.append(b)
            kinds.append(LINK_CODES[link.link_type])
            lags.append(link.lag)
    source = np.asarray(sources, np.int64)
    target = np.asarray(targets, np.int64)
    kind = np.asarray(kinds, np.int64)
    weight = np.asarray(lags, np.int64)
    weight = weight + np.where((kind == 0) | (kind == 2), duration[source], 0)
    weight = weight - np.where((kind == 2) | (kind == 3), duration[target], 0)

    order = _topological_order(n, source, target, id_array, names)
    outgoing = _grouped(n, source, target, weight)

    early = earliest
    for node in order:
        start = early[node]
        for successor, edge_weight in outgoing[node]:
            if start + edge_weight > early[successor]:
                early[successor] = start + edge_weight
    leaf = ~is_summary
    early_finish = early + duration
    plan_finish = int(early_finish[leaf].max()) if leaf.any() else 0
    late = plan_finish - duration
    for node in reversed(order):
        latest = late[node]
        for successor, edge_weight in outgoing[node]:
            if late[successor] - edge_weight < latest:
                latest = late[successor] - edge_weight
        late[node] = latest
    late_finish = late + duration
    _roll_up(children, parent, early, early_finish, late, late_finish)
    return Schedule(id_array, early, early_finish, late, late_finish, is_summary)


def _grouped(n: int, source: np.ndarray, target: np.ndarray, weight: np.ndarray) -> list[list[tuple]]:
    outgoing: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for a, b, w in zip(source.tolist(), target.tolist(), weight.tolist(), strict=True):
        outgoing[a].append((b, w))
    return outgoing


def _topological_order(
    n: int, source: np.ndarray, target: np.ndarray, ids: np.ndarray, names: Mapping[int, str] | None
) -> list[int]:
    """Kahn's algorithm; a loop is reported with the names of the tasks in it."""
    in_degree = np.bincount(target, minlength=n).tolist()
    successors: list[list[int]] = [[] for _ in range(n)]
    for a, b in zip(source.tolist(), target.tolist(), strict=True):
        successors[a].append(b)
    ready = [i for i in range(n) if in_degree[i] == 0]
    order: list[int] = []
    while ready:
        node = ready.pop()
        order.append(node)
        for successor in successors[node]:
            in_degree[successor] -= 1
            if in_degree[successor] == 0:
                ready.append(successor)
    if len(order) < n:
        remaining = set(range(n)) - set(order)
        predecessors: list[list[int]] = [[] for _ in range(n)]
        for a, b in zip(source.tolist(), target.tolist(), strict=True):
            predecessors[b].append(a)
        loop = _find_cycle(remaining, predecessors)
        described = " → ".join(_describe(int(ids[i]), names) for i in [*loop, loop[0]])
        raise ScheduleError(
            f"The plan has a dependency loop: {described}. "
            "Remove one of these links so the tasks can be scheduled."
        )
    return order


def _roll_up(children, parent, early, early_finish, late, late_finish) -> None:
    """Summary tasks span their children: earliest child start to latest child finish."""
    summaries = [i for i, c in enumerate(children) if c]
    if not summaries:
        return
    depth = {i: len(_ancestors(i, parent)) for i in summaries}
    for i in sorted(summaries, key=depth.__getitem__, reverse=True):  # deepest first
        kids = children[i]
        early[i] = min(early[k] for k in kids)
        early_finish[i] = max(early_finish[k] for k in kids)
        late[i] = min(late[k] for k in kids)
        late_finish[i] = max(late_finish[k] for k in kids)
