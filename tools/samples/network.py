"""A cluster network that grows between the baseline survey and the first follow-up.

The pattern follows what cluster development initiatives report: at baseline firms buy inputs and sell to
buyers but seldom cooperate; after a year or two of facilitation more of them join the association, use
business services and credit, and start joint actions (joint purchasing, shared stands at fairs).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from .common import SampleBuilder, pick


@dataclass
class ClusterActors:
    firms: list[int]
    suppliers: list[int] = field(default_factory=list)
    buyers: list[int] = field(default_factory=list)
    associations: list[int] = field(default_factory=list)  # the firms' own associations and chambers
    advisors: list[int] = field(default_factory=list)  # BDS providers and training institutions
    financiers: list[int] = field(default_factory=list)
    public: list[int] = field(default_factory=list)  # municipalities, ministries, agencies
    ngos: list[int] = field(default_factory=list)

    @classmethod
    def by_kind(
        cls,
        firms: list[int],
        suppliers: list[int],
        buyers: list[int],
        institutions: dict[str, list[int]],
        associations: list[int] | None = None,
    ) -> ClusterActors:
        """The actors of a cluster whose institutions are grouped by stakeholder kind
        (`associations` replaces the kind's list when one association has a story of its own)."""
        return cls(
            firms=firms,
            suppliers=suppliers,
            buyers=buyers,
            associations=institutions["business_association"] if associations is None else associations,
            advisors=institutions["bds_provider"] + institutions["training_institution"],
            financiers=institutions["financial_institution"],
            public=institutions["public_authority"],
            ngos=institutions["ngo_other"],
        )


@dataclass
class GrowthRates:
    """Shares of firms gaining each kind of tie at baseline and (newly) at follow-up 1."""

    supplier: tuple[float, float] = (0.75, 0.30)
    buyer: tuple[float, float] = (0.40, 0.25)
    subcontract: tuple[float, float] = (0.10, 0.10)
    membership: tuple[float, float] = (0.30, 0.25)
    advice: tuple[float, float] = (0.15, 0.35)
    credit: tuple[float, float] = (0.15, 0.15)
    joint_actions_per_firm: tuple[float, float] = (0.05, 0.30)


ROUNDS = ("baseline", "follow_up_1")


def grow_network(
    builder: SampleBuilder, rng: random.Random, actors: ClusterActors, rates: GrowthRates
) -> None:
    """Add market, membership, support and cooperation ties for both survey rounds."""
    for index, survey_round in enumerate(ROUNDS):
        _market_ties(builder, rng, actors, rates, index, survey_round)
        _support_ties(builder, rng, actors, rates, index, survey_round)
        _joint_actions(builder, rng, actors, rates.joint_actions_per_firm[index], survey_round)
        _institutional_ties(builder, rng, actors, survey_round)


def _closeness(builder: SampleBuilder, first: int, second: int) -> float:
    """A weight that falls with distance: most trade is with partners in the same valley."""
    a, b = builder.rows[first], builder.rows[second]
    if "lon" not in a or "lon" not in b:
        return 0.5
    km = math.hypot((a["lon"] - b["lon"]) * math.cos(math.radians(a["lat"])), a["lat"] - b["lat"]) * 111.32
    return 1.0 / (1.0 + km / 10.0)


def _nearby(builder: SampleBuilder, rng: random.Random, candidates: list[int], firm: int) -> int:
    return rng.choices(candidates, [_closeness(builder, firm, c) for c in candidates])[0]


def _market_ties(builder, rng, actors, rates, index, survey_round) -> None:
    if actors.suppliers:
        for firm in pick(rng, actors.firms, rates.supplier[index]):
            for _ in range(rng.randint(1, 3 - index)):
                builder.relate(
                    rng, _nearby(builder, rng, actors.suppliers, firm), firm, "supplies", survey_round
                )
    if actors.buyers:
        for firm in pick(rng, actors.firms, rates.buyer[index]):
            builder.relate(rng, _nearby(builder, rng, actors.buyers, firm), firm, "buys_from", survey_round)
    for firm in pick(rng, actors.firms, rates.subcontract[index]):
        partner = rng.choice(actors.firms)
        builder.relate(rng, partner, firm, "supplies", survey_round, notes=_SUBCONTRACT_NOTE)


_SUBCONTRACT_NOTE = "subcontracting"


def _support_ties(builder, rng, actors, rates, index, survey_round) -> None:
    members = {r["source"] for r in builder.relations if r["kind"] == "member_of"}
    if actors.associations:
        for firm in pick(rng, [f for f in actors.firms if f not in members], rates.membership[index]):
            builder.relate(rng, firm, rng.choice(actors.associations), "member_of", survey_round)
    if actors.advisors:
        for firm in pick(rng, actors.firms, rates.advice[index]):
            builder.relate(rng, rng.choice(actors.advisors), firm, "advises", survey_round)
    if actors.financiers:
        for firm in pick(rng, actors.firms, rates.credit[index]):
            builder.relate(rng, rng.choice(actors.financiers), firm, "finances", survey_round)


def _joint_actions(builder, rng, actors, per_firm: float, survey_round: str) -> None:
    """Joint actions mostly between firms of the same municipality, which is how they start."""
    by_area: dict[str, list[int]] = {}
    for firm in actors.firms:
        by_area.setdefault(builder.rows[firm].get("admin_area", ""), []).append(firm)
    wanted = round(len(actors.firms) * per_firm)
    added = 0
    for _attempt in range(wanted * 5):
        if added >= wanted:
            break
        first = rng.choice(actors.firms)
        neighbours = by_area[builder.rows[first].get("admin_area", "")]
        second = rng.choice(neighbours if rng.random() < 0.8 and len(neighbours) > 1 else actors.firms)
        added += builder.relate(rng, first, second, "joint_action", survey_round, directed=False)


def _institutional_ties(builder, rng, actors, survey_round: str) -> None:
    """Support institutions work with the associations; more of them do after the facilitation starts."""
    share = 0.4 if survey_round == "baseline" else 0.6
    for association in actors.associations:
        for institution in pick(rng, actors.public + actors.advisors + actors.ngos, share):
            kind = "advises" if institution not in actors.public or rng.random() < 0.5 else "finances"
            builder.relate(rng, institution, association, kind, survey_round)
        for financier in pick(rng, actors.financiers, share / 2):
            builder.relate(rng, financier, association, "finances", survey_round)
    if survey_round != "baseline":
        institutions = actors.public + actors.advisors + actors.associations + actors.ngos
        for first in pick(rng, institutions, 0.3):
            builder.relate(rng, first, rng.choice(institutions), "joint_action", survey_round, directed=False)


def add_institutions(builder, rng, rows, radius_km: float) -> dict[str, list[int]]:
    """Add (name, kind, town) rows; their handles grouped by kind, in the order given."""
    institutions: dict[str, list[int]] = {}
    for name, kind, town in rows:
        institutions.setdefault(kind, []).append(builder.add(rng, name, kind, town, radius_km=radius_km))
    return institutions
