"""The formulas a results indicator may take its actuals from, by key: what each is called, its unit, and
the rule shown to the user beside the numbers. The computing itself is `analysis.results_computed`; this
list lives in core because commands check an indicator's formula key. Texts are English, translated
where shown (`core.catalogue`, context "formula:<key>" and "formula_rule:<key>").

An indicator's `computed` value is the formula key, or for a survey formula "<key>:<question>", the name
of a survey question (the same in every survey of the project, so that rounds compare):
"survey_mean:exports". A share of a choice question names the choice too: "survey_share:certified=yes".
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from clusterdesk.core.catalogue import tr


@dataclass(frozen=True)
class Formula:
    key: str
    name: str
    unit: str  # one of core.results.INDICATOR_UNITS; "" when the indicator's own unit applies
    rule: str  # how the value is computed, in words a coordinator can check by hand
    disaggregations: tuple[str, ...] = ()  # what it can be broken down by
    question: str = ""  # survey formulas: "number" (a numeric question) or "share" (numeric or a choice)


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
_SURVEY_PERIOD = (
    " Each survey is reported in the period of its date (held on; without one, the date of its round), in"
    " the first reporting period when earlier, not when after today; when surveys fall in the same period,"
    " the latest counts. A firm without an answer to the question does not count: a missing answer is never"
    " taken for 0. By size class (the registry's employees) and by area where such firms answered."
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
        Formula(
            "survey_mean",
            "Mean of a survey answer",
            "",
            "Mean of the answers to the indicator's numeric question over the firms that answered it, per"
            " survey." + _SURVEY_PERIOD,
            ("firm_size", "area"),
            "number",
        ),
        Formula(
            "survey_total",
            "Total of a survey answer",
            "",
            "Sum of the answers to the indicator's numeric question over the firms that answered it, per"
            " survey; no value when nobody answered." + _SURVEY_PERIOD,
            ("firm_size", "area"),
            "number",
        ),
        Formula(
            "survey_share",
            "Share of firms giving an answer",
            "percentage",
            "100 × firms whose answer is the indicator's choice (a choice question: one of the choices they"
            " ticked) or above 0 (a numeric question) ÷ firms that answered the question, per survey."
            + _SURVEY_PERIOD,
            ("firm_size", "area"),
            "share",
        ),
        Formula(
            "survey_mean_participants",
            "Mean of a survey answer of firms in joint actions",
            "",
            "Mean of the answers to the indicator's numeric question over the firms that answered it and are"
            " listed as participating firms of a plan task with a joint action type that had started by the"
            " survey's date and is not cancelled, per survey; no value when none of them answered."
            + _SURVEY_PERIOD,
            ("firm_size", "area"),
            "number",
        ),
    )
}
NUMERIC_QUESTION_TYPES = ("integer", "decimal")
CHOICE_QUESTION_TYPES = ("select_one", "select_multiple")


def split_computed(computed: str | None) -> tuple[str | None, str | None, str | None]:
    """(formula key, question name, choice) of an indicator's `computed` value: "survey_share:certified=yes"
    → ("survey_share", "certified", "yes"); "women_share" → ("women_share", None, None)."""
    if not computed:
        return None, None, None
    key, _, question = str(computed).partition(":")
    name, _, choice = question.partition("=")
    return key, name or None, choice or None


@dataclass(frozen=True)
class SurveyQuestion:
    """A question as the survey formulas see it: by name, across the project's surveys (the latest
    survey's wording)."""

    name: str
    type: str
    labels: dict[str, str]
    choices: tuple[tuple[str, dict[str, str]], ...] = ()  # (choice name, labels)

    def label(self, language: str | None) -> str:
        return (
            self.labels.get(language or "en")
            or self.labels.get("en")
            or next(iter(self.labels.values()), self.name)
        )

    def choice_label(self, choice: str, language: str | None) -> str:
        for name, labels in self.choices:
            if name == choice:
                return labels.get(language or "en") or labels.get("en") or next(iter(labels.values()), name)
        return choice


def survey_questions(connection) -> dict[str, SurveyQuestion]:
    """The questions of every survey of the project by name, the latest survey's wording first (by its
    date, then by its number). `connection` is a SQLAlchemy connection or a sqlite3 connection."""
    sql = (
        "SELECT q.name, q.type, q.labels, q.choices FROM survey_questions q"
        " JOIN surveys s ON s.fid = q.survey_id"
        " ORDER BY s.held_on DESC, s.fid DESC, q.position"
    )
    if hasattr(connection, "exec_driver_sql"):
        rows = connection.exec_driver_sql(sql).all()
    else:
        rows = connection.execute(sql).fetchall()
    found: dict[str, SurveyQuestion] = {}
    for name, kind, labels, choices in rows:
        if name in found:
            continue
        found[name] = SurveyQuestion(
            name, kind, _json_dict(labels),
            tuple((str(c.get("name")), _json_dict(c.get("labels"))) for c in _json_list(choices)),
        )  # fmt: skip
    return found


def _json_dict(value) -> dict[str, str]:
    try:
        found = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def _json_list(value) -> list[dict]:
    try:
        found = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return []
    return [c for c in found if isinstance(c, dict)] if isinstance(found, list) else []


def question_fits(formula: Formula, question: SurveyQuestion | None, choice: str | None) -> bool:
    """Whether a survey formula can use this question (and choice): numeric questions for means and
    totals; a numeric question without a choice, or a choice question with one of its choices, for shares."""
    if question is None:
        return False
    if question.type in NUMERIC_QUESTION_TYPES:
        return choice is None
    if formula.question == "share" and question.type in CHOICE_QUESTION_TYPES:
        return choice in {name for name, _labels in question.choices}
    return False


def usable_questions(formula: Formula, questions: dict[str, SurveyQuestion]) -> list[str]:
    """What may follow "<key>:" for this formula: question names, and "name=choice" for each choice of a
    choice question when the formula is a share."""
    usable = []
    for name, question in questions.items():
        if question_fits(formula, question, None):
            usable.append(name)
        elif formula.question == "share" and question.type in CHOICE_QUESTION_TYPES:
            usable += [f"{name}={choice}" for choice, _labels in question.choices]
    return usable


def computed_name(computed: str | None, language: str | None, questions: dict[str, SurveyQuestion]) -> str:
    """What an indicator's formula is called, with its question: "Mean of a survey answer: Exports …"."""
    key, name, choice = split_computed(computed)
    formula = FORMULAS.get(key or "")
    if formula is None:
        return str(computed or "")
    text = tr(f"formula:{key}", formula.name, language)
    if name is None:
        return text
    question = questions.get(name)
    asked = question.label(language) if question else name
    if choice is not None:
        asked = f"{asked} = {question.choice_label(choice, language) if question else choice}"
    return f"{text}: {asked}"


def computed_rule(computed: str | None, language: str | None, questions: dict[str, SurveyQuestion]) -> str:
    """The rule of an indicator's formula in words, with the label of its question and choice."""
    key, name, choice = split_computed(computed)
    formula = FORMULAS.get(key or "")
    if formula is None:
        return ""
    rule = tr(f"formula_rule:{key}", formula.rule, language)
    if name is None:
        return rule
    question = questions.get(name)
    asked = question.label(language) if question else name
    if choice is None:
        return rule + " " + tr("formula:the_question", "The question: «{question}» ({name}).", language,
                               question=asked, name=name)  # fmt: skip
    return (
        rule
        + " "
        + tr(
            "formula:the_question_choice",
            "The question: «{question}» ({name}); the choice: «{choice}».",
            language,
            question=asked,
            name=name,
            choice=question.choice_label(choice, language) if question else choice,
        )
    )
