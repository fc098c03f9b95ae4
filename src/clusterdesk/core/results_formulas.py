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


FORMULAS: dict[str, Formula] = {
    f.key: f
    for f in (
        Formula(
            "joint_actions_completed",
            "Joint actions completed",
            "number",
            "Plan actions with a joint action type whose status is Completed and whose finish date is on or"
            " before the end of the period.",
        ),
        Formula(
            "firms_in_joint_actions",
            "Firms taking part in joint actions",
            "number",
            "Distinct enterprises listed as participating firms of joint actions that had started by the end"
            " of the period and were not cancelled.",
            ("firm_size", "area"),
        ),
        Formula(
            "women_share",
            "Share of women among employees of registry firms",
            "percentage",
            "100 × women employees ÷ employees, summed over the registry's enterprises that report both;"
            " the registry as it is now, reported for the current period.",
            ("firm_size", "area"),
        ),
        Formula(
            "relations_per_round",
            "Relations recorded per survey round",
            "number",
            "Relations recorded in each survey round, reported in the period of the round's latest"
            " 'since' date (the baseline round in the first reporting period when it has none).",
        ),
        Formula(
            "capacity_mean",
            "Mean capacity score of support institutions",
            "score",
            "Mean over the institutions assessed in a round of each assessment's mean indicator score (1-5),"
            " reported in the period of the round's latest assessment date.",
        ),
        Formula(
            "governance_maturity",
            "Governance maturity level",
            "score",
            "The leadership level recorded for the end of the period: 1 CDA-led, 2 shared, 3 locally owned.",
        ),
        Formula(
            "private_cofinancing",
            "Share of the budget co-financed by enterprises",
            "percentage",
            "100 × the enterprises' budget ÷ the whole budget (enterprises, public, donors, other) of the"
            " plan's actions that had started by the end of the period.",
        ),
    )
}
