"""What the Network panel draws, read and laid out on a worker thread: every stakeholder as a node, the
ties of the chosen round (or of two rounds, compared) among the chosen relation kinds, positions from the
seeded force-directed layout, and the measures of analysis.network. No widget is touched here."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from clusterdesk.analysis.network_layout import NodePositions, force_layout
from clusterdesk.core.survey_rounds import round_order, ties_of_round

# a tie's place in the picture: in the round shown, or, comparing two rounds, new, kept or ended
TIE, NEW, KEPT, ENDED = 0, 1, 2, 3
BUSINESS_KINDS = ("supplies", "buys_from", "joint_action")  # the firms' business ties: the default view
SIZE_MEASURES = ("degree", "betweenness", "closeness", "eigenvector")


@dataclass(frozen=True)
class NetworkRequest:
    """What to show: one round, or `compare_with` (the earlier round) against `round`."""

    round: str
    kinds: tuple[str, ...] | None = BUSINESS_KINDS  # None: every kind
    compare_with: str | None = None
    seed: int = 7


@dataclass
class NetworkPicture:
    request: NetworkRequest
    fids: np.ndarray  # every stakeholder, ascending
    names: list[str]
    kinds: list[str]
    x: np.ndarray
    y: np.ndarray
    tie_fids: np.ndarray  # relation fids
    source: np.ndarray  # indices into fids
    target: np.ndarray
    strength: np.ndarray
    directed: np.ndarray
    tie_kinds: list[str]
    status: np.ndarray  # TIE, NEW, KEPT or ENDED
    measures: object | None = None  # analysis.network.NetworkMeasures of `round`
    change: object | None = None  # analysis.network.RoundChange from `compare_with`, in compare mode
    counts: dict[int, int] = field(default_factory=dict)  # ties per status

    def positions(self) -> dict[int, tuple[float, float]]:
        return NodePositions(self.fids, self.x, self.y).as_dict()


def read_only_engine(working_path: Path):
    """An SQLAlchemy engine on a read-only connection of its own, for a worker thread."""
    uri = f"{Path(working_path).resolve().as_uri()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
    return create_engine("sqlite://", creator=lambda: connection, poolclass=StaticPool), connection


def rounds_of(connection) -> list[str]:
    return round_order(connection)


def _ties(connection, fids: frozenset[int], kinds: tuple[str, ...] | None) -> dict[int, tuple]:
    if not fids:
        return {}
    text = "[" + ",".join(map(str, sorted(fids))) + "]"
    rows = connection.exec_driver_sql(
        "SELECT fid, source_id, target_id, kind, directed, strength FROM relations"
        " WHERE fid IN (SELECT value FROM json_each(?))",
        (text,),
    )
    return {r[0]: tuple(r[1:]) for r in rows if kinds is None or r[3] in kinds}


def read_picture(
    connection,
    request: NetworkRequest,
    fixed: Mapping[int, tuple[float, float]] | None = None,
    progress: Callable[[float | None, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> NetworkPicture:
    """Nodes, ties and positions of `request` (an SQLAlchemy connection); `fixed` positions are kept."""
    stakeholders = connection.exec_driver_sql("SELECT fid, name, kind FROM stakeholders ORDER BY fid").all()
    fids = np.array([r[0] for r in stakeholders], dtype=np.int64)
    shown = _ties(connection, ties_of_round(connection, request.round).fids, request.kinds)
    status = dict.fromkeys(shown, TIE)
    if request.compare_with is not None:
        earlier = _ties(connection, ties_of_round(connection, request.compare_with).fids, request.kinds)
        status = {fid: KEPT if fid in earlier else NEW for fid in shown}
        status.update({fid: ENDED for fid in earlier if fid not in shown})
        shown = {**earlier, **shown}
    tie_fids = np.array(sorted(shown), dtype=np.int64)
    rows = [shown[f] for f in tie_fids]
    ends = np.array([(r[0], r[1]) for r in rows], dtype=np.int64).reshape(-1, 2)
    strength = np.array([r[4] or 3 for r in rows], dtype=np.float64)
    positions = force_layout(
        fids, ends, strength, seed=request.seed, fixed=fixed, progress=progress, cancel=cancel
    )
    statuses = np.array([status[f] for f in tie_fids], dtype=np.int8)
    return NetworkPicture(
        request=request,
        fids=fids,
        names=[r[1] or "" for r in stakeholders],
        kinds=[r[2] or "" for r in stakeholders],
        x=positions.x,
        y=positions.y,
        tie_fids=tie_fids,
        source=np.searchsorted(fids, ends[:, 0]),
        target=np.searchsorted(fids, ends[:, 1]),
        strength=strength,
        directed=np.array([bool(r[3]) for r in rows], dtype=bool),
        tie_kinds=[r[2] for r in rows],
        status=statuses,
        counts={s: int((statuses == s).sum()) for s in (TIE, NEW, KEPT, ENDED)},
    )


def compute_picture(
    working_path: Path,
    request: NetworkRequest,
    fixed: Mapping[int, tuple[float, float]] | None,
    progress: Callable[[float | None, str], None],
    cancel: Callable[[], bool],
) -> NetworkPicture:
    """The worker's whole job: picture and measures, on a connection of its own."""
    from clusterdesk.analysis.network import compare_rounds, network_measures  # pandas: load late

    engine, raw = read_only_engine(working_path)
    try:
        with engine.connect() as connection:
            picture = read_picture(connection, request, fixed, progress, cancel)
            if cancel():
                return picture
            progress(None, "")
            if request.compare_with is None:
                picture.measures = network_measures(connection, request.round, request.kinds)
            else:
                picture.change = compare_rounds(
                    connection, request.compare_with, request.round, request.kinds
                )
                picture.measures = picture.change.second
    finally:
        engine.dispose()
        raw.close()
    return picture
