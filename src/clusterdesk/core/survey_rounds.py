"""Survey rounds of the cluster's relations, in the order they were taken, and which ties make up the
network of each round (docs/network_analysis.md).

A relation records the round that first observed it (`survey_round`), the latest round that observed it
again (`last_observed_round`) and the round that found it ended (`ended_round`). The network of round R
holds every tie first observed in R or in an earlier round and not found ended in R or earlier: a tie is
carried from round to round until a survey finds it ended, because a survey that did not ask about a tie
does not prove it gone.

Rounds are ordered by the `survey_rounds` table (position, then date). A round code used by relations but
missing from the table (files written before rounds had a table, or typed into a relation) is placed by
its code: "baseline" first, "follow_up_N" by N, any other code after them by name. Qt-free.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import INTEGER, TEXT, select
from sqlalchemy.orm import Mapped, mapped_column

from clusterdesk.core.column_types import Date
from clusterdesk.core.model import TABLE_TITLES, Base, FidAndUuid, Relation
from clusterdesk.core.vocabulary import SURVEY_ROUND_BASELINE

SURVEY_ROUND_TABLE_TITLES = {"survey_rounds": "Survey rounds of relations"}
SURVEY_ROUND_TABLES = tuple(SURVEY_ROUND_TABLE_TITLES)
_FOLLOW_UP = re.compile(r"^follow_up_(\d+)$")


class SurveyRound(FidAndUuid, Base):
    __tablename__ = "survey_rounds"
    __table_args__ = ({"sqlite_autoincrement": True},)
    code: Mapped[str] = mapped_column(TEXT, unique=True)  # what relations.survey_round holds
    position: Mapped[int] = mapped_column(INTEGER, default=0)
    held_on: Mapped[dt.date | None] = mapped_column(Date)  # when the survey was taken (its last day)
    notes: Mapped[str | None] = mapped_column(TEXT)


def default_order_key(code: str) -> tuple[int, int, str]:
    """Where a round without a row of its own goes: baseline, follow-ups by number, then by name."""
    if code == SURVEY_ROUND_BASELINE:
        return (0, 0, code)
    match = _FOLLOW_UP.match(code)
    if match:
        return (1, int(match.group(1)), code)
    return (2, 0, code.casefold())


def round_order(connection) -> list[str]:
    """Every round code of the project (its table and its relations), earliest first."""
    table = SurveyRound.__table__
    listed_rows = connection.execute(select(table.c.code, table.c.position, table.c.held_on)).all()
    listed = [r[0] for r in sorted(listed_rows, key=lambda r: (r[1], r[2] or dt.date.max, r[0]))]
    relations = Relation.__table__
    used: set[str] = set()
    for column in (relations.c.survey_round, relations.c.last_observed_round, relations.c.ended_round):
        used.update(code for (code,) in connection.execute(select(column).distinct()) if code)
    extra = sorted(used - set(listed), key=default_order_key)
    return listed + extra  # unlisted codes after the listed rounds, in their default order


@dataclass(frozen=True)
class RoundTies:
    """The relation fids of one round's network, and how each tie stands in it."""

    round: str
    fids: frozenset[int]


def ranks(order: list[str]) -> dict[str, int]:
    return {code: index for index, code in enumerate(order)}


def in_round(first: str | None, ended: str | None, round_rank: int, rank: dict[str, int]) -> bool:
    """Whether a tie first observed in `first` and found ended in `ended` (or never) belongs to the network
    of the round of rank `round_rank` (see the module's rule)."""
    first_rank = rank.get(first or SURVEY_ROUND_BASELINE, 0)
    if first_rank > round_rank:
        return False
    return ended is None or rank.get(ended, len(rank)) > round_rank


def ties_of_round(connection, round_code: str) -> RoundTies:
    """The relations making up the network of `round_code`."""
    order = round_order(connection)
    rank = ranks(order)
    if round_code not in rank:
        return RoundTies(round_code, frozenset())
    relations = Relation.__table__
    rows = connection.execute(select(relations.c.fid, relations.c.survey_round, relations.c.ended_round))
    at = rank[round_code]
    fids = frozenset(fid for fid, first, ended in rows if in_round(first, ended, at, rank))
    return RoundTies(round_code, fids)


TABLE_TITLES.update(SURVEY_ROUND_TABLE_TITLES)
