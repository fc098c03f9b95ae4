"""What the network exchange files hold: every stakeholder as a node, and the ties of one round's network
or every tie with the rounds whose network holds it (`core.survey_rounds` rule). Qt-free.

A tie belongs to the network of each round from the one that first observed it until the round before
the one that found it ended (or the latest round), so its rounds are one unbroken run, given here as
round numbers counted from 1 (`first_number`, `last_number`). A tie found ended in the round that first
observed it, or earlier, is in no round's network: the edge list keeps it, the GEXF and GraphML files do
not (a dynamic edge without a spell would stand for "always").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from clusterdesk.core.model import Relation, Stakeholder
from clusterdesk.core.survey_rounds import SurveyRound, in_round, ranks, round_order
from clusterdesk.core.vocabulary import SURVEY_ROUND_BASELINE


@dataclass(frozen=True)
class Node:
    uuid: str
    name: str
    kind: str
    sector: str | None
    admin_area: str | None
    employees: int | None
    longitude: float | None
    latitude: float | None


@dataclass(frozen=True)
class Tie:
    uuid: str
    source: str  # stakeholder UUIDs
    target: str
    kind: str
    strength: int
    directed: bool
    first_round: str
    last_observed_round: str | None
    ended_round: str | None
    rounds: tuple[str, ...]  # the rounds whose network holds the tie, earliest first
    first_number: int | None  # those rounds as numbers counted from 1; None when there are none
    last_number: int | None


@dataclass(frozen=True)
class ExchangeNetwork:
    """The nodes and ties one export writes, with the project's rounds in their order."""

    nodes: list[Node]
    ties: list[Tie]
    rounds: list[str]  # every round of the project, earliest first
    round_dates: dict[str, dt.date]  # when each round with a known date was held
    round: str | None  # the round whose network this is; None for every tie with its rounds
    kinds: tuple[str, ...] | None  # the relation kinds kept; None for all

    @property
    def names(self) -> dict[str, str]:
        return {node.uuid: node.name for node in self.nodes}


def _nodes(connection) -> list[Node]:
    table = Stakeholder.__table__
    columns = (table.c.uuid, table.c.name, table.c.kind, table.c.sector_code, table.c.admin_area)
    rows = connection.execute(
        select(*columns, table.c.employees, table.c.geom).order_by(table.c.name, table.c.uuid)
    ).all()
    nodes = []
    for uuid, name, kind, sector, area, employees, geom in rows:
        point = geom if geom is not None and not geom.is_empty else None
        nodes.append(
            Node(
                uuid=uuid,
                name=name,
                kind=kind,
                sector=sector or None,
                admin_area=area or None,
                employees=employees,
                longitude=None if point is None else float(point.x),
                latitude=None if point is None else float(point.y),
            )
        )
    return nodes


def exchange_network(
    connection, round_code: str | None = None, kinds: Iterable[str] | None = None
) -> ExchangeNetwork:
    """Every stakeholder, and the ties of `round_code`'s network (every tie when None) of the relation
    `kinds` (all when None). A round that is not among the project's rounds raises KeyError."""
    order = round_order(connection)
    rank = ranks(order)
    if round_code is not None and round_code not in rank:
        raise KeyError(round_code)
    kept = None if kinds is None else tuple(kinds)
    nodes = _nodes(connection)
    uuid_of = {
        fid: uuid
        for fid, uuid in connection.execute(select(Stakeholder.__table__.c.fid, Stakeholder.__table__.c.uuid))
    }
    table = Relation.__table__
    rows = connection.execute(
        select(
            table.c.uuid,
            table.c.source_id,
            table.c.target_id,
            table.c.kind,
            table.c.strength,
            table.c.directed,
            table.c.survey_round,
            table.c.last_observed_round,
            table.c.ended_round,
        ).order_by(table.c.fid)
    ).all()
    ties = []
    for uuid, source, target, kind, strength, directed, first, last, ended in rows:
        if kept is not None and kind not in kept:
            continue
        present = [code for at, code in enumerate(order) if in_round(first, ended, at, rank)]
        if round_code is not None and round_code not in present:
            continue
        numbers = [rank[code] + 1 for code in present]
        ties.append(
            Tie(
                uuid=uuid,
                source=uuid_of[source],
                target=uuid_of[target],
                kind=kind,
                strength=int(strength),
                directed=bool(directed),
                first_round=first or SURVEY_ROUND_BASELINE,
                last_observed_round=last or None,
                ended_round=ended or None,
                rounds=tuple(present),
                first_number=min(numbers) if numbers else None,
                last_number=max(numbers) if numbers else None,
            )
        )
    rounds_table = SurveyRound.__table__
    dates = {
        code: held_on
        for code, held_on in connection.execute(select(rounds_table.c.code, rounds_table.c.held_on))
        if held_on is not None
    }
    return ExchangeNetwork(nodes, ties, order, dates, round_code, kept)
