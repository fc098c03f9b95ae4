"""The formulas a results indicator may take its actuals from, by key: what each is called, its unit, and
the rule shown to the user beside the numbers. The computing itself is `analysis.results_computed`; this
list lives in core because commands check an indicator's formula key. Texts are English, translated
where shown (`core.catalogue`, context "formula:<key>" and "formula_rule:<key>")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Formula:
    key: str
    name: str
    unit: str  # one of core.results.INDICATOR_UNITS
    rule: str  # how the value is computed, in words a coordinator can check by hand
    disaggregations: tuple[str, ...] = ()  # what it can be broken down by


# Terms the rules share (docs/results.md): "the end of the period" is its last day, or today for the current
# period; plan-based values are reported for every period from the project's start to the plan's last finish
# or today, whichever is earlier; a summary task without dates of its own takes the earliest start and latest
# finish of the tasks under it. Where a rule gives no value there is none (a project without plan tasks has no
# plan-based values): nothing is filled in.
# When a survey-round formula reports each round (docs/results.md, docs/network_analysis.md)
_ROUND_PERIOD = (
    "Each round is reported in the period of its survey date; a round without one in the period of the"
    " latest 'since' date of the relations first observed in it, in the first reporting period when that"
    " date is earlier, and a baseline round without dates in the first reporting period. Another round"
    " without dates, or dated after today, is not reported. When rounds fall in the same period, the"
    " latest round counts."
)
FORMULAS: dict[str, Formula] = {
    f.key: f
    for f in (
        Formula(
            "joint_actions_completed",
            "Joint actions completed",
            "number",
            "Plan tasks with a joint action type whose status is Completed and whose finish date is on or"
            " before the end of the period (today for the current period); every period from the project's"
            " start to the plan's last finish or today, whichever is earlier.",
        ),
        Formula(
            "firms_in_joint_actions",
            "Firms taking part in joint actions",
            "number",
            "Distinct enterprises listed as participating firms of plan tasks with a joint action type that"
            " had started by the end of the period (today for the current period) and are not cancelled;"
            " every period from the project's start to the plan's last finish or today, whichever is earlier."
            " By size class (employees) and by area, every class and every area of the registry's"
            " enterprises, 0 where none took part.",
            ("firm_size", "area"),
        ),
        Formula(
            "women_share",
            "Share of women among employees of registry firms",
            "percentage",
            "100 × women employees ÷ employees, both summed over the registry's enterprises that report both;"
            " the registry as it is now, reported for the current period only. By size class and by area"
            " where such enterprises have employees.",
            ("firm_size", "area"),
        ),
        Formula(
            "relations_per_round",
            "Relations in the network of each survey round",
            "number",
            "Relations in the network of each survey round: every relation first observed in that round or"
            " an earlier one and not found ended in that round or an earlier one. " + _ROUND_PERIOD,
        ),
        Formula(
            "network_density",
            "Network density per survey round",
            "percentage",
            "100 × ties ÷ (n × (n − 1) ÷ 2) in the network of each survey round, where n is the number of"
            " stakeholders in the registry (with ties or without) and ties the pairs of stakeholders joined"
            " by at least one relation of the round's network (every relation first observed in that round or"
            " an earlier one and not found ended in that round or an earlier one), whatever its kind or"
            " direction. " + _ROUND_PERIOD,
        ),
        Formula(
            "firms_in_largest_component",
            "Share of firms in the largest connected component",
            "percentage",
            "100 × enterprises in the largest connected component of the network of each survey round ÷ all"
            " enterprises of the registry. The round's network holds every relation first observed in that"
            " round or an earlier one and not found ended in that round or an earlier one, of any kind and"
            " in either direction; the largest component is the one with the most stakeholders (of equal"
            " ones, the one with more enterprises). No value without enterprises. " + _ROUND_PERIOD,
        ),
        Formula(
            "firms_mean_degree",
            "Mean degree of firms",
            "number",
            "Mean over the registry's enterprises of the number of other stakeholders each is tied to in the"
            " network of each survey round (every relation first observed in that round or an earlier one"
            " and not found ended in that round or an earlier one, of any kind and in either direction);"
            " enterprises without ties count with 0. No value without enterprises. " + _ROUND_PERIOD,
        ),
        Formula(
            "capacity_mean",
            "Mean capacity score of support institutions",
            "score",
            "Mean of the overall scores (1-5) of the institutions whose assessment in a round is complete,"
            " with the project's first capacity framework; incomplete assessments do not count. Reported in"
            " the period of the round's latest assessment date (a round named by a date without assessment"
            " dates: that date), in the first reporting period when earlier, not when after today; when"
            " rounds share a period, the latest round counts.",
        ),
        Formula(
            "governance_maturity",
            "Governance maturity level",
            "score",
            "The leadership level of the maturity record covering the end of the period (today for the"
            " current period): 1 CDA-led, 2 shared, 3 locally owned. A record without an end date lasts"
            " until a later one starts; no record covering that day, no value.",
        ),
        Formula(
            "private_cofinancing",
            "Share of the budget co-financed by enterprises",
            "percentage",
            "100 × the enterprises' budget ÷ the whole budget (enterprises, public, donors, other) of the"
            " plan tasks that had started by the end of the period (today for the current period) and are"
            " not cancelled; every period from the project's start to the plan's last finish or today,"
            " whichever is earlier, while that budget is not 0.",
        ),
    )
}
