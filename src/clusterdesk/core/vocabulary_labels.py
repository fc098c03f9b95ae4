"""Labels of the vocabulary codes in the reader's language, from the gettext catalogues (core.catalogue).

Codes are what files and the command line use; the English labels of `vocabulary`, `plan` and
`governance` are the catalogues' msgids, with the context "<vocabulary>:<code>" ("kind:supplier",
"body_type:other"). Qt-free, so the reports, the web map, the analysis and the CLI label things in the
project's language as well as the window.
"""

from __future__ import annotations

from clusterdesk.core.catalogue import SUPPORTED_LANGUAGES as SUPPORTED_LANGUAGES
from clusterdesk.core.catalogue import tr
from clusterdesk.core.governance import (
    ATTENDANCE_STATUSES,
    BODY_TYPES,
    GENDERS,
    LEADERSHIP_LEVELS,
    MANUAL_PHASE_OUT_ITEMS,
    MEMBER_ROLES,
    TEAM_POSITIONS,
)
from clusterdesk.core.plan import BUDGET_SOURCES, JOINT_ACTION_TYPES, TASK_KINDS, TASK_STATUSES
from clusterdesk.core.results import (
    DIRECTIONS,
    DISAGGREGATIONS,
    FIRM_SIZE_CLASSES,
    INDICATOR_UNITS,
    REPORTING_FREQUENCIES,
    RESULT_LEVELS,
    SEX_CATEGORIES,
    STATUS_REASONS,
    STATUSES,
    VALUE_KINDS,
)
from clusterdesk.core.results_formulas import FORMULAS
from clusterdesk.core.vocabulary import PHASES, RELATION_KINDS, STAKEHOLDER_KINDS, SURVEY_ROUND_BASELINE

# Every translated vocabulary by the name its contexts start with; tools/catalogues.py extracts them all
VOCABULARIES: dict[str, dict] = {
    "kind": STAKEHOLDER_KINDS,
    "relation": RELATION_KINDS,
    "phase": PHASES,
    "task_status": TASK_STATUSES,
    "task_kind": TASK_KINDS,
    "budget_source": BUDGET_SOURCES,
    "joint_action": JOINT_ACTION_TYPES,
    "body_type": BODY_TYPES,
    "member_role": MEMBER_ROLES,
    "team_position": TEAM_POSITIONS,
    "gender": GENDERS,
    "attendance": ATTENDANCE_STATUSES,
    "leadership": LEADERSHIP_LEVELS,
    "phase_out": MANUAL_PHASE_OUT_ITEMS,
    # results and monitoring
    "result_level": RESULT_LEVELS,
    "indicator_unit": INDICATOR_UNITS,
    "direction": DIRECTIONS,
    "disaggregation": DISAGGREGATIONS,
    "sex": SEX_CATEGORIES,
    "firm_size": FIRM_SIZE_CLASSES,
    "value_kind": VALUE_KINDS,
    "reporting_frequency": REPORTING_FREQUENCIES,
    "indicator_status": STATUSES,
    "status_reason": STATUS_REASONS,
    "formula": {key: formula.name for key, formula in FORMULAS.items()},
    "formula_rule": {key: formula.rule for key, formula in FORMULAS.items()},
}
# Governance vocabularies, in the order `governance_label` looks a code up in
_GOVERNANCE = ("body_type", "member_role", "team_position", "gender", "attendance", "leadership", "phase_out")


def label(vocabulary: str, code, language: str | None = "en") -> str:
    """The label of `code` in one of VOCABULARIES; an unknown code is printed as it is."""
    english = VOCABULARIES[vocabulary].get(code)
    return str(code) if english is None else tr(f"{vocabulary}:{code}", english, language)


def kind_label(code: str, language: str | None = "en") -> str:
    return label("kind", code, language)


def relation_label(code: str, language: str | None = "en") -> str:
    return label("relation", code, language)


def phase_label(phase: int, language: str | None = "en") -> str:
    return label("phase", phase, language)


def status_label(code: str, language: str | None = "en") -> str:
    """A task status: not_started, in_progress, completed, on_hold, cancelled."""
    return label("task_status", code, language)


def budget_source_label(code: str, language: str | None = "en") -> str:
    return label("budget_source", code, language)


def joint_action_label(code: str, language: str | None = "en") -> str:
    return label("joint_action", code, language)


def governance_label(code: str, english: str, language: str | None = "en") -> str:
    """A governance body type, member role, team position, gender, leadership level or phase-out item
    in `language`; `english` is the label core.governance gives it (it tells which vocabulary the code
    belongs to, as "other" is both a body type and a gender) and is printed for an unknown code."""
    for vocabulary in _GOVERNANCE:
        if VOCABULARIES[vocabulary].get(code) == english:
            return label(vocabulary, code, language)
    return english


def survey_round_label(code: str, language: str | None = "en") -> str:
    """'baseline' → 'Línea de base'; 'follow_up_2' → 'Seguimiento 2'; other codes unchanged."""
    if code == SURVEY_ROUND_BASELINE:
        return tr("survey_round:baseline", "Baseline", language)
    number = code.removeprefix("follow_up_")
    if code.startswith("follow_up_") and number.isdigit():
        return tr("survey_round:follow_up", "Follow-up {n}", language, n=number)
    return code


def category_label(dimension: str, category: str, language: str | None = "en") -> str:
    """A disaggregation category as shown: sex and size classes and stakeholder kinds translated, areas
    as the registry names them."""
    vocabulary = {"sex": "sex", "firm_size": "firm_size", "stakeholder_kind": "kind"}.get(dimension)
    return label(vocabulary, category, language) if vocabulary else category
