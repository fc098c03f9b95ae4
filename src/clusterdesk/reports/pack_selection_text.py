"""The printed words of the pack's Cluster selection section: labels of the study's codes (measures,
criterion sources, directions, outcomes) and the sentences that tell the sensitivity of the ranking, in
the pack's language."""

from __future__ import annotations

import math

from clusterdesk.analysis.selection_ranking import StableRange
from clusterdesk.core.catalogue import tr
from clusterdesk.core.formatting import decimal


def measure_label(code: str, language: str) -> str:
    labels = {
        "employment": lambda: tr("pack_selection:measure_employment", "employment", language),
        "firms": lambda: tr("pack_selection:measure_firms", "number of firms", language),
        "value_added": lambda: tr("pack_selection:measure_value_added", "value added", language),
    }
    return labels[code]() if code in labels else code


def source_label(code: str, language: str) -> str:
    labels = {
        "location_quotient": lambda: tr(
            "pack_selection:source_lq", "Location quotient of the areas", language
        ),
        "national_share": lambda: tr(
            "pack_selection:source_share", "Share of the national sector total", language
        ),
        "size": lambda: tr("pack_selection:source_size", "Sector total in the areas", language),
        "growth": lambda: tr("pack_selection:source_growth", "Growth since the base year", language),
        "registry_firms": lambda: tr(
            "pack_selection:source_registry", "SMEs of the sector in the registry", language
        ),
        "manual": lambda: tr("pack_selection:source_manual", "Scored by hand, 0 to 5", language),
    }
    return labels[code]() if code in labels else code


def direction_label(higher_is_better: bool, language: str) -> str:
    if higher_is_better:
        return tr("pack_selection:higher", "higher is better", language)
    return tr("pack_selection:lower", "lower is better", language)


def outcome_label(code: str, language: str) -> str:
    labels = {
        "candidate": lambda: tr("pack_selection:status_candidate", "Candidate", language),
        "selected": lambda: tr("pack_selection:status_selected", "Selected", language),
        "reserve": lambda: tr("pack_selection:status_reserve", "Reserve", language),
        "rejected": lambda: tr("pack_selection:status_rejected", "Not selected", language),
    }
    return labels[code]() if code in labels else code


def outcomes_label(code: str, language: str) -> str:
    """The heading of a list of the candidates with one outcome (a plural in some languages)."""
    labels = {
        "selected": lambda: tr("pack_selection:list_selected", "Selected", language),
        "reserve": lambda: tr("pack_selection:list_reserve", "Reserve", language),
        "rejected": lambda: tr("pack_selection:list_rejected", "Not selected", language),
    }
    return labels[code]() if code in labels else outcome_label(code, language)


def sensitivity_sentence(
    criterion: str, weight: float, span: StableRange, names: dict[str, str], language: str
) -> str:
    """One criterion's weight range over which the leader stays first, said in a sentence that follows
    "How far each weight may move ... while <leader> stays first:"."""

    def number(value: float) -> str:
        return decimal(value, language, 2 if value < 10 else 1)

    fields = {"criterion": criterion, "weight": decimal(weight, language, 1)}
    below = names.get(span.overtaken_below_by or "", span.overtaken_below_by or "")
    above = names.get(span.overtaken_above_by or "", span.overtaken_above_by or "")
    bounded_above = math.isfinite(span.high)
    if span.low <= 0 and not bounded_above:
        return tr(
            "pack_selection:stable_always", "{criterion} (weight {weight}): any weight.", language, **fields
        )
    if span.low <= 0:
        return tr(
            "pack_selection:stable_up_to",
            "{criterion} (weight {weight}): up to {high}; above, {above} leads.",
            language,
            high=number(span.high),
            above=above,
            **fields,
        )
    if not bounded_above:
        return tr(
            "pack_selection:stable_from",
            "{criterion} (weight {weight}): from {low} up; below, {below} leads.",
            language,
            low=number(span.low),
            below=below,
            **fields,
        )
    return tr(
        "pack_selection:stable_between",
        "{criterion} (weight {weight}): from {low} to {high}; below, {below} leads; above, {above}.",
        language,
        low=number(span.low),
        high=number(span.high),
        below=below,
        above=above,
        **fields,
    )
