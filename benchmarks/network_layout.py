"""The Network panel's force-directed layout of 2,000 stakeholders and 10,000 ties.

    python benchmarks/network_layout.py [--nodes 2000] [--ties 10000] [--repeat 5]

Target: ≤ 2 s. Timed in-process (what the panel's worker pays once the network is read) and as a whole
Python process that imports the layout and lays the network out (start-up included). The network is
clustered like a real one: firms gather in groups of about 40 that trade mostly among themselves, with a
few hubs (associations, buyers) that many firms tie to, and one in twenty stakeholders without ties.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]


def clustered_network(nodes: int, ties: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(ids, edges as pairs of ids, strengths 1–5): groups of about 40, hubs, some isolates."""
    rng = np.random.default_rng(seed)
    ids = np.arange(1, nodes + 1, dtype=np.int64)
    tied = ids[: int(nodes * 0.95)]
    group = rng.integers(0, max(len(tied) // 40, 1), len(tied))
    hubs = rng.choice(tied, max(nodes // 100, 1), replace=False)
    source = rng.choice(tied, ties)
    within = rng.random(ties) < 0.8
    same_group = np.array([rng.choice(tied[group == g]) for g in group[source[within] - 1]])
    target = np.empty(ties, dtype=np.int64)
    target[within] = same_group
    to_hub = ~within & (rng.random(ties) < 0.5)
    target[to_hub] = rng.choice(hubs, int(to_hub.sum()))
    anywhere = ~within & ~to_hub
    target[anywhere] = rng.choice(tied, int(anywhere.sum()))
    edges = np.column_stack((source, target))
    return ids, edges, rng.integers(1, 6, ties).astype(float)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--ties", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--once", action="store_true", help="lay out once and exit (the whole-process run)")
    args = parser.parse_args(argv)
    from clusterdesk.analysis.network_layout import force_layout

    ids, edges, strengths = clustered_network(args.nodes, args.ties)
    if args.once:
        force_layout(ids, edges, strengths, seed=7)
        return 0
    samples = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        force_layout(ids, edges, strengths, seed=7)
        samples.append(time.perf_counter() - started)
    print(f"{args.nodes} nodes, {args.ties} ties")
    print(
        f"layout in process: median {statistics.median(samples):.2f} s (min {min(samples):.2f} s)"
        "  target ≤ 2 s"
    )
    whole = []
    for _ in range(max(args.repeat // 2, 1)):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, __file__, "--once", "--nodes", str(args.nodes), "--ties", str(args.ties)],
            check=True,
        )
        whole.append(time.perf_counter() - started)
    print(f"whole process (start-up, network, layout): median {statistics.median(whole):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
