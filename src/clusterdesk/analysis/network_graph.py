"""The network of one survey round: every stakeholder of the project and the ties of that round
(docs/network_analysis.md).

A round's ties follow `core.survey_rounds`: every relation first observed in the round or an earlier one
and not found ended in it or an earlier one. `read_round` reads them as numpy arrays in two queries (the
measures work on those); `round_graph` turns them into a networkx DiGraph for drawing and exchange. Every
stakeholder is a node, with coordinates or without. Qt-free.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from clusterdesk.core.geometry import decode_points
from clusterdesk.core.survey_rounds import default_order_key
from clusterdesk.core.vocabulary import RELATION_KINDS, SURVEY_ROUND_BASELINE

if TYPE_CHECKING:  # networkx is loaded by what builds a graph: the measures work on arrays
    import networkx as nx

ENTERPRISE = "enterprise"


def raw_connection(connection) -> sqlite3.Connection:
    """The sqlite3 connection under a SQLAlchemy connection or session, or the sqlite3 connection itself.
    The measures read whole tables with plain SQL: at 300,000 ties the ORM would cost seconds."""
    if isinstance(connection, sqlite3.Connection):
        return connection
    if hasattr(connection, "connection") and not isinstance(connection.connection, sqlite3.Connection):
        pooled = connection.connection  # SQLAlchemy Connection -> pooled DBAPI connection
        return getattr(pooled, "dbapi_connection", pooled)
    if hasattr(connection, "connection"):  # a Project
        return connection.connection
    raise TypeError(f"not a project connection: {type(connection).__name__}")


def survey_round_order(connection) -> list[str]:
    """Every round code of the project, earliest first: the order of `core.survey_rounds.round_order`
    (listed rounds by position, date and code; codes only used by relations after them in their default
    order), read with plain SQL so that it works on any connection."""
    raw = raw_connection(connection)
    listed_rows = raw.execute("SELECT code, position, held_on FROM survey_rounds").fetchall()
    listed = [r[0] for r in sorted(listed_rows, key=lambda r: (r[1], str(r[2] or "9999-12-31"), r[0]))]
    used = {
        code
        for row in raw.execute(
            "SELECT DISTINCT survey_round, last_observed_round, ended_round FROM relations"
        )
        for code in row
        if code
    }
    return listed + sorted(used - set(listed), key=default_order_key)


def check_kinds(kinds) -> tuple[str, ...] | None:
    """The relation kinds as a tuple in vocabulary order (None: every kind); unknown codes refused."""
    if kinds is None:
        return None
    if isinstance(kinds, str):
        kinds = (kinds,)
    unknown = sorted(set(kinds) - set(RELATION_KINDS))
    if unknown:
        raise ValueError(
            f"unknown relation kind(s): {', '.join(unknown)}; known: {', '.join(RELATION_KINDS)}"
        )
    return tuple(k for k in RELATION_KINDS if k in set(kinds))


@dataclass
class RoundData:
    """One round's network as arrays. Nodes are every stakeholder, sorted by fid; ties refer to nodes by
    index. `kinds` is the relation-kind filter (None: all)."""

    round: str
    order: list[str]
    kinds: tuple[str, ...] | None
    fids: np.ndarray  # int64, sorted
    stakeholder_kinds: np.ndarray  # object (str)
    names: list[str]
    tie_fids: np.ndarray  # relation fid per tie
    source: np.ndarray  # node index
    target: np.ndarray
    tie_kinds: np.ndarray  # object (str)
    directed: np.ndarray  # bool
    strength: np.ndarray  # int64
    first_round: np.ndarray  # object: round codes
    last_observed_round: np.ndarray  # object: code or None
    ended_round: np.ndarray  # object: code or None
    kinds_in_project: tuple[str, ...] = field(default=())  # kinds any relation has, in vocabulary order

    @property
    def n(self) -> int:
        return len(self.fids)

    @property
    def firms(self) -> np.ndarray:
        return self.stakeholder_kinds == ENTERPRISE

    def of_kind(self, kind: str) -> RoundData:
        """The same round restricted to ties of one relation kind (all stakeholders kept)."""
        keep = self.tie_kinds == kind
        return self._subset(keep, (kind,))

    def _subset(self, keep: np.ndarray, kinds: tuple[str, ...] | None) -> RoundData:
        return RoundData(
            self.round, self.order, kinds, self.fids, self.stakeholder_kinds, self.names,
            self.tie_fids[keep], self.source[keep], self.target[keep], self.tie_kinds[keep],
            self.directed[keep], self.strength[keep], self.first_round[keep],
            self.last_observed_round[keep], self.ended_round[keep], self.kinds_in_project,
        )  # fmt: skip

    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """The undirected ties, one per pair of stakeholders: (i, j) with i < j, sorted."""
        low = np.minimum(self.source, self.target)
        high = np.maximum(self.source, self.target)
        keys = np.unique(low * self.n + high)
        return keys // max(self.n, 1), keys % max(self.n, 1)

    def arcs(self) -> tuple[np.ndarray, np.ndarray]:
        """The directed ties, one per ordered pair: a directed relation gives its own direction, an
        undirected one both."""
        both = ~self.directed
        tails = np.concatenate([self.source, self.target[both]])
        heads = np.concatenate([self.target, self.source[both]])
        keys = np.unique(tails * self.n + heads)
        return keys // max(self.n, 1), keys % max(self.n, 1)


def read_round(connection, round_code: str, kinds=None, rounds: bool = True) -> RoundData:
    """Every stakeholder and the ties of `round_code` (of `kinds`, None: all) as arrays. A round the
    project does not know has no ties (as `core.survey_rounds.ties_of_round`). Without `rounds`, the
    round columns of the ties are left None (the measures do not need them)."""
    kinds = check_kinds(kinds)
    raw = raw_connection(connection)
    order = survey_round_order(raw)
    rank = {code: index for index, code in enumerate(order)}
    people = raw.execute("SELECT fid, kind, name FROM stakeholders ORDER BY fid").fetchall()
    fids = np.array([p[0] for p in people], dtype=np.int64)
    stakeholder_kinds = np.array([p[1] or "" for p in people], dtype=object)
    names = [p[2] or "" for p in people]
    present = {kind for (kind,) in raw.execute("SELECT DISTINCT kind FROM relations")}
    kinds_in_project = tuple(k for k in RELATION_KINDS if k in present and (kinds is None or k in kinds))
    if round_code in rank:
        where, parameters = _round_condition(round_code, rank, kinds)
        kind_codes = " ".join(f"WHEN '{kind}' THEN {code}" for code, kind in enumerate(RELATION_KINDS))
        numbers = raw.execute(
            f"SELECT fid, source_id, target_id, CASE kind {kind_codes} ELSE {len(RELATION_KINDS)} END,"
            f" COALESCE(directed, 1), COALESCE(strength, 3) FROM relations WHERE {where} ORDER BY fid",
            parameters,
        ).fetchall()
        table = np.array(numbers, dtype=np.int64).reshape(-1, 6)
        details = (
            raw.execute(
                f"SELECT {_FIRST}, last_observed_round, ended_round FROM relations"
                f" WHERE {where} ORDER BY fid",
                parameters,
            ).fetchall()
            if rounds
            else [(None, None, None)] * len(table)
        )
    else:
        table, details = np.zeros((0, 6), dtype=np.int64), []
    source = np.searchsorted(fids, table[:, 1])
    target = np.searchsorted(fids, table[:, 2])
    known = (source < len(fids)) & (target < len(fids))  # a tie to a deleted stakeholder (damaged file)
    known[known] &= (fids[source[known]] == table[known, 1]) & (fids[target[known]] == table[known, 2])
    table = table[known]
    round_columns = np.array(details, dtype=object).reshape(-1, 3)[known]
    kind_names = np.array([*RELATION_KINDS, ""], dtype=object)
    return RoundData(
        round=round_code,
        order=order,
        kinds=kinds,
        fids=fids,
        stakeholder_kinds=stakeholder_kinds,
        names=names,
        tie_fids=table[:, 0].copy(),
        source=source[known].astype(np.int64),
        target=target[known].astype(np.int64),
        tie_kinds=kind_names[table[:, 3]],
        directed=table[:, 4] != 0,
        strength=table[:, 5].copy(),
        first_round=round_columns[:, 0],
        last_observed_round=round_columns[:, 1],
        ended_round=round_columns[:, 2],
        kinds_in_project=kinds_in_project,
    )


_FIRST = f"COALESCE(NULLIF(survey_round, ''), '{SURVEY_ROUND_BASELINE}')"  # a tie's first round


def _round_condition(round_code: str, rank: dict[str, int], kinds) -> tuple[str, list[str]]:
    """The relations of the round's network: the rule of core.survey_rounds.in_round, in SQL. A tie is
    out when it was first observed in a later round or found ended in this round or an earlier one."""
    at = rank[round_code]
    earlier = [code for code, position in rank.items() if position <= at]
    later = [code for code, position in rank.items() if position > at]
    where = (
        f"{_FIRST} NOT IN ({', '.join('?' * len(later))})"
        f" AND (ended_round IS NULL OR ended_round NOT IN ({', '.join('?' * len(earlier))}))"
    )
    parameters = [*later, *earlier]
    if kinds is not None:
        where += f" AND kind IN ({', '.join('?' * len(kinds))})"
        parameters += list(kinds)
    return where, parameters


@dataclass
class RoundNetwork:
    """The network of one round as a networkx DiGraph.

    Nodes are stakeholder fids with attributes kind, name, uuid, admin_area, sector_code, lon and lat
    (None without coordinates). There is one edge per ordered pair of stakeholders: a directed relation
    gives an edge in its direction, an undirected relation an edge each way. Edge attributes: relations
    (the relation fids behind it), kind (the kinds joined by ";" when several relations share the pair),
    strength (the greatest), directed (whether a directed relation stands behind it; False for an edge
    only an undirected relation makes), first_round (the earliest first observation), last_observed_round
    (the latest round that observed one of its relations: its last observation, else its first) and
    ended_round (None while one of its relations is not found ended, else the latest ending).
    """

    round: str
    kinds: tuple[str, ...] | None
    graph: nx.DiGraph
    relation_fids: frozenset[int]

    def undirected(self) -> nx.Graph:
        """One edge per pair of stakeholders, whatever the direction of its relations; attributes merged
        as for the DiGraph (directed True when a directed relation stands behind it)."""
        import networkx as nx

        graph = nx.Graph()
        graph.add_nodes_from(self.graph.nodes(data=True))
        for u, v, data in self.graph.edges(data=True):
            if graph.has_edge(u, v):
                graph.edges[u, v].update(_merge_edge(graph.edges[u, v], data, self._rank))
            else:
                graph.add_edge(u, v, **dict(data))
        return graph

    @property
    def _rank(self) -> dict[str, int]:
        return self.graph.graph.get("round_rank", {})


def _merge_edge(left: dict, right: dict, rank: dict[str, int]) -> dict:
    relations = tuple(sorted(set(left["relations"]) | set(right["relations"])))
    kinds = sorted(
        set(left["kind"].split(";")) | set(right["kind"].split(";")), key=list(RELATION_KINDS).index
    )

    def pick(a, b, latest):
        if a is None or b is None:
            return None
        return (
            max(a, b, key=lambda c: rank.get(c, -1)) if latest else min(a, b, key=lambda c: rank.get(c, -1))
        )

    return {
        "relations": relations,
        "kind": ";".join(kinds),
        "strength": max(left["strength"], right["strength"]),
        "directed": left["directed"] or right["directed"],
        "first_round": pick(left["first_round"], right["first_round"], False),
        "last_observed_round": pick(left["last_observed_round"], right["last_observed_round"], True),
        "ended_round": pick(left["ended_round"], right["ended_round"], True),
    }


def round_graph(connection, round_code: str, kinds=None) -> RoundNetwork:
    """The network of `round_code` (relation kinds `kinds`, None: all) with every stakeholder as a node."""
    import networkx as nx

    data = read_round(connection, round_code, kinds)
    raw = raw_connection(connection)
    rank = {code: index for index, code in enumerate(data.order)}
    graph = nx.DiGraph(round=round_code, round_rank=rank)
    people = raw.execute(
        "SELECT fid, uuid, kind, name, admin_area, sector_code, geom FROM stakeholders ORDER BY fid"
    ).fetchall()
    lons, lats = decode_points([p[6] for p in people])
    for (fid, uuid, kind, name, area, sector, _geom), lon, lat in zip(people, lons.tolist(), lats.tolist(),
                                                                      strict=True):  # fmt: skip
        located = lon == lon and lat == lat  # NaN for no point
        graph.add_node(
            fid, kind=kind or "", name=name or "", uuid=uuid or "", admin_area=area, sector_code=sector,
            lon=lon if located else None, lat=lat if located else None,
        )  # fmt: skip
    fids = data.fids
    for index in range(len(data.tie_fids)):
        source, target = int(fids[data.source[index]]), int(fids[data.target[index]])
        last = data.last_observed_round[index] or data.first_round[index]
        edge = {
            "relations": (int(data.tie_fids[index]),),
            "kind": data.tie_kinds[index],
            "strength": int(data.strength[index]),
            "directed": bool(data.directed[index]),
            "first_round": data.first_round[index],
            "last_observed_round": last,
            "ended_round": data.ended_round[index],
        }
        ends = [(source, target)] if data.directed[index] else [(source, target), (target, source)]
        for u, v in ends:
            if graph.has_edge(u, v):
                graph.edges[u, v].update(_merge_edge(graph.edges[u, v], edge, rank))
            else:
                graph.add_edge(u, v, **edge)
    return RoundNetwork(round_code, data.kinds, graph, frozenset(int(f) for f in data.tie_fids))
