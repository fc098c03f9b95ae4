"""Change of a network between two survey rounds: ties new, kept and ended, and the change of every
measure (docs/network_analysis.md, "Change between rounds"). Qt-free."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from clusterdesk.analysis.network_graph import RoundData, read_round
from clusterdesk.analysis.network_measures import SEED, STAKEHOLDER_MEASURES, NetworkMeasures, measures_of


@dataclass
class RoundChange:
    """From round `first` to round `second`. Relations: fids in the second round's network only (new), in
    both (kept), in the first only (ended). Pairs: the same for the undirected ties, one per pair of
    stakeholders, as (fid, fid) with the smaller fid first. `whole_change` and `per_kind_change` are
    second − first for every measure both rounds define (None otherwise); `per_stakeholder_change` has
    second − first of each stakeholder measure and the dominant role in each round (role_first,
    role_second)."""

    first: NetworkMeasures
    second: NetworkMeasures
    new_relations: frozenset[int]
    kept_relations: frozenset[int]
    ended_relations: frozenset[int]
    new_pairs: frozenset[tuple[int, int]]
    kept_pairs: frozenset[tuple[int, int]]
    ended_pairs: frozenset[tuple[int, int]]
    whole_change: dict[str, Any]
    per_kind_change: dict[str, dict[str, Any]]
    per_stakeholder_change: pd.DataFrame


def compare_rounds(connection, first: str, second: str, kinds=None, seed: int = SEED) -> RoundChange:
    """How the network of relation kinds `kinds` (None: all) changed from round `first` to `second`."""
    earlier = read_round(connection, first, kinds, rounds=False)
    later = read_round(connection, second, kinds, rounds=False)
    before, after = measures_of(earlier, seed=seed), measures_of(later, seed=seed)
    earlier_pairs, later_pairs = _pairs(earlier), _pairs(later)
    changes = {
        kind: _difference(before.per_kind.get(kind, {}), after.per_kind.get(kind, {}))
        for kind in dict.fromkeys([*before.per_kind, *after.per_kind])
    }
    frame = (
        after.per_stakeholder[list(STAKEHOLDER_MEASURES)] - before.per_stakeholder[list(STAKEHOLDER_MEASURES)]
    )
    frame.insert(0, "kind", after.per_stakeholder["kind"])
    frame.insert(0, "name", after.per_stakeholder["name"])
    frame["role_first"] = before.per_stakeholder["role"]
    frame["role_second"] = after.per_stakeholder["role"]
    return RoundChange(
        first=before,
        second=after,
        new_relations=after.relation_fids - before.relation_fids,
        kept_relations=after.relation_fids & before.relation_fids,
        ended_relations=before.relation_fids - after.relation_fids,
        new_pairs=later_pairs - earlier_pairs,
        kept_pairs=later_pairs & earlier_pairs,
        ended_pairs=earlier_pairs - later_pairs,
        whole_change=_difference(before.whole, after.whole),
        per_kind_change=changes,
        per_stakeholder_change=frame,
    )


def _pairs(data: RoundData) -> frozenset[tuple[int, int]]:
    low, high = data.pairs()
    fids = data.fids
    return frozenset(zip(fids[low].tolist(), fids[high].tolist(), strict=True)) if len(low) else frozenset()


def _difference(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    keys = dict.fromkeys([*before, *after])
    return {
        key: (after[key] - before[key])
        if before.get(key) is not None and after.get(key) is not None
        else None
        for key in keys
    }


__all__ = ["RoundChange", "compare_rounds"]
