"""Gould–Fernandez brokerage roles (docs/network_analysis.md, "Brokerage roles").

A stakeholder b brokers between a and c when a has a tie to b, b a tie to c, a and c are different and a
has no tie of its own to c (a directed relation counts in its direction, an undirected one both ways).
Each such two-step path a → b → c gives b one role, by the groups of the three; the groups are the
stakeholder kinds (enterprise, supplier, business association, ...):

- coordinator: a, b and c in one group;
- gatekeeper: b and c in one group, a in another (b controls what enters its group);
- representative: a and b in one group, c in another (b speaks for its group outside);
- itinerant (also called consultant): a and c in one group, b in another;
- liaison: all three in different groups.

The counting is vectorised over every two-step path with numpy. Qt-free.
"""

from __future__ import annotations

import numpy as np

ROLES = ("coordinator", "gatekeeper", "representative", "itinerant", "liaison")
_PATH_BATCH = 5_000_000  # two-step paths handled at once (bounds memory)


def brokerage_counts(n: int, tails: np.ndarray, heads: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Counts of each role in ROLES per node: an (n, 5) int64 array. `tails`/`heads` are the unique
    directed ties (one per ordered pair), `groups` an integer group per node."""
    counts = np.zeros(n * len(ROLES), dtype=np.int64)
    if n == 0 or len(tails) == 0:
        return counts.reshape(n, len(ROLES))
    order = np.lexsort((heads, tails))
    tails, heads = tails[order], heads[order]
    out_start = np.searchsorted(tails, np.arange(n + 1))  # CSR of the ties by their tail
    tie_keys = tails * n + heads  # sorted
    out_degree = np.diff(out_start)
    # every tie a -> b continues with each tie b -> c
    continuations = out_degree[heads]
    cumulative = np.cumsum(continuations)
    first = 0
    while first < len(tails):
        last = int(
            np.searchsorted(cumulative, (cumulative[first - 1] if first else 0) + _PATH_BATCH, "right")
        )
        last = max(last, first + 1)
        part = slice(first, last)
        lengths = continuations[part]
        a = np.repeat(tails[part], lengths)
        b = np.repeat(heads[part], lengths)
        offsets = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        c = heads[np.repeat(out_start[heads[part]], lengths) + offsets]
        keep = a != c
        a, b, c = a[keep], b[keep], c[keep]
        keys = a * n + c
        found = np.searchsorted(tie_keys, keys)
        direct = (found < len(tie_keys)) & (tie_keys[np.minimum(found, len(tie_keys) - 1)] == keys)
        a, b, c = a[~direct], b[~direct], c[~direct]
        ga, gb, gc = groups[a], groups[b], groups[c]
        role = np.full(len(a), 4, dtype=np.int64)  # liaison unless one of the others applies
        role[(ga == gc) & (ga != gb)] = 3  # itinerant
        role[(ga == gb) & (gb != gc)] = 2  # representative
        role[(gb == gc) & (ga != gb)] = 1  # gatekeeper
        role[(ga == gb) & (gb == gc)] = 0  # coordinator
        counts += np.bincount(b * len(ROLES) + role, minlength=n * len(ROLES))
        first = last
    return counts.reshape(n, len(ROLES))


def dominant_roles(counts: np.ndarray) -> list[str | None]:
    """The role each node holds most often (the first in ROLES on a tie); None for a node in no role."""
    best = counts.argmax(axis=1) if len(counts) else np.zeros(0, dtype=np.int64)
    totals = counts.sum(axis=1) if len(counts) else np.zeros(0, dtype=np.int64)
    return [ROLES[r] if t else None for r, t in zip(best.tolist(), totals.tolist(), strict=True)]
