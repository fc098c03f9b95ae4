"""One question compared across survey rounds, as the Surveys tab charts it (plain Python, no Qt): every
survey that asks a question of that name, in the order of its round, with the answers it got.

Figures count answers only: a firm that did not answer is left out of the mean, the median and the
shares, never taken as zero, and each round says how many of its respondents answered.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from clusterdesk.analysis.survey_colours import question_answers
from clusterdesk.core.survey_reader import Choice, Question, read_questions, read_surveys

CHARTED_TYPES = ("integer", "decimal", "select_one", "select_multiple")


@dataclass
class RoundAnswers:
    survey_id: int
    survey_name: str
    round_code: str
    held_on: dt.date | None
    respondents: int
    answered: int
    numbers: np.ndarray = field(default_factory=lambda: np.zeros(0))  # the numbers answered
    counts: dict[str, int] = field(default_factory=dict)  # choice name -> respondents who chose it

    def share(self, choice: str) -> float | None:
        """Of the respondents who answered, the share who chose `choice`; None without answers."""
        return self.counts.get(choice, 0) / self.answered if self.answered else None

    @property
    def mean(self) -> float | None:
        return float(self.numbers.mean()) if len(self.numbers) else None

    @property
    def median(self) -> float | None:
        return float(np.median(self.numbers)) if len(self.numbers) else None

    def box(self) -> tuple[float, float, float, float, float, np.ndarray] | None:
        """A Tukey box: whisker ends (the most extreme answers within 1.5 times the box's height of it), the
        quartiles and median, and the answers beyond the whiskers; None without answers."""
        figures = self.quartiles()
        if figures is None:
            return None
        _low, q1, median, q3, _high = figures
        reach = 1.5 * (q3 - q1)
        inside = self.numbers[(self.numbers >= q1 - reach) & (self.numbers <= q3 + reach)]
        outside = self.numbers[(self.numbers < q1 - reach) | (self.numbers > q3 + reach)]
        return float(inside.min()), q1, median, q3, float(inside.max()), outside

    def quartiles(self) -> tuple[float, float, float, float, float] | None:
        """Lowest, first quartile, median, third quartile and highest answer; None without answers."""
        if not len(self.numbers):
            return None
        low, q1, median, q3, high = np.quantile(self.numbers, [0, 0.25, 0.5, 0.75, 1])
        return float(low), float(q1), float(median), float(q3), float(high)


@dataclass
class QuestionRounds:
    name: str
    type: str
    numeric: bool
    choices: tuple[Choice, ...]  # of the latest survey, then choices only earlier ones had
    rounds: list[RoundAnswers]
    labels: dict[str, str] = field(default_factory=dict)  # the latest survey's labels

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("en") or self.name


def charted(question: Question) -> bool:
    """Whether the tab can chart a question across rounds (numbers and choices of the form's own list)."""
    return question.type in CHARTED_TYPES and question.choices_from is None


def compare_rounds(connection, question_name: str, round_codes: list[str]) -> QuestionRounds | None:
    """The answers to `question_name` in every survey that asks it, in the order of `round_codes`
    (core.survey_rounds.round_order), then by date; None when no survey asks a chartable question of that
    name. `connection` is sqlite3's."""
    order = {code: rank for rank, code in enumerate(round_codes)}
    surveys = sorted(
        read_surveys(connection),
        key=lambda s: (order.get(s.round_code, len(order)), s.held_on or dt.date.max, s.name.casefold()),
    )
    found: list[tuple] = []
    for survey in surveys:
        question = next((q for q in read_questions(connection, survey.fid) if q.name == question_name), None)
        if question is not None and charted(question):
            found.append((survey, question))
    if not found:
        return None
    latest = found[-1][1]
    numeric = latest.numeric
    choices = list(latest.choices)
    for _survey, question in reversed(found[:-1]):
        known = {c.name for c in choices}
        choices += [c for c in question.choices if c.name not in known]
    rounds = []
    for survey, question in found:
        column = question_answers(connection, survey.fid, question).values
        entry = RoundAnswers(survey.fid, survey.name, survey.round_code, survey.held_on, survey.responses, 0)
        if question.numeric and numeric:
            values = column[~np.isnan(column)]
            entry.numbers, entry.answered = values, len(values)
        elif not question.numeric and not numeric:
            for text in column:
                names = (text or "").split()
                if not names:
                    continue
                entry.answered += 1
                for name in dict.fromkeys(names):
                    entry.counts[name] = entry.counts.get(name, 0) + 1
        rounds.append(entry)
    known = {c.name for c in choices}
    extra = sorted({n for r in rounds for n in r.counts} - known)
    choices += [Choice(n, {}) for n in extra]
    return QuestionRounds(latest.name, latest.type, numeric, tuple(choices), rounds, dict(latest.labels))
