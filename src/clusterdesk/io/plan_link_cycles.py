"""Finding a loop in a plan file's links before anything is imported.

A plan whose dependencies go round in a circle cannot be scheduled by any program (MS Project and P6
refuse to create one), so such a file is damaged; the reader refuses it and names the tasks in the loop.
"""

from __future__ import annotations

from clusterdesk.io.plan_records import LinkRecord


def link_cycle(links: list[LinkRecord]) -> list[str]:
    """Task keys of one loop of links, in link order starting from its first task; [] when there is none."""
    successors: dict[str, list[str]] = {}
    for link in links:
        successors.setdefault(link.predecessor, []).append(link.successor)
    state: dict[str, int] = {}  # 1 on the current path, 2 finished
    for start in successors:
        if state.get(start):
            continue
        path = [start]
        pending = [iter(successors.get(start, []))]
        state[start] = 1
        while pending:  # depth-first without recursion: plans can have thousands of tasks in a chain
            following = next(pending[-1], None)
            if following is None:
                state[path.pop()] = 2
                pending.pop()
            elif state.get(following) == 1:
                return path[path.index(following) :]
            elif not state.get(following):
                state[following] = 1
                path.append(following)
                pending.append(iter(successors.get(following, [])))
    return []
