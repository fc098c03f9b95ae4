"""Firms classified by their answer to one survey question, for the map option "colour firms by a survey
answer" (no Qt: the renderer turns classes into colours).

Who is classified: the firms the survey forms list (enterprises) and every stakeholder that responded to
the survey. A firm that did not respond, or responded without answering the question, is NO_ANSWER, never
the lowest class: "no answer" is not zero.

A number question gets up to MAX_CLASSES classes of about equal counts (quantiles of the answers; equal
answers always share a class), or one class per value when there are no more values than classes. A
one-choice question gets one class per choice, in the question's order, then any other value answered.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from clusterdesk.core.survey_reader import Question, read_questions

MAX_CLASSES = 5
NO_ANSWER = -1
NOT_CLASSIFIED = -2  # not a firm and no response: keeps its kind's symbol
FIRM_KINDS = ("enterprise",)  # the registry's firms, as the survey forms list them (io.xlsform_firms)
COLOURABLE_TYPES = ("integer", "decimal", "select_one")


@dataclass(frozen=True)
class AnswerClass:
    """One class of the legend: a range of numbers (low..high as answered) or a choice."""

    low: float | None = None
    high: float | None = None
    choice: str | None = None  # the choice's name
    label: str = ""  # the choice's label in the language asked for; numbers are formatted by the caller
    count: int = 0  # classified stakeholders in the class


@dataclass
class AnswerColouring:
    survey_id: int
    question: str
    numeric: bool
    fids: np.ndarray  # classified stakeholders, sorted
    classes: np.ndarray  # class index per fid; NO_ANSWER where none
    legend: list[AnswerClass]

    @property
    def no_answer(self) -> int:
        return int((self.classes == NO_ANSWER).sum())

    def class_of(self, fid: int) -> int:
        """The class of one stakeholder; NOT_CLASSIFIED when it is neither a firm nor a respondent."""
        position = int(np.searchsorted(self.fids, fid))
        if position < len(self.fids) and self.fids[position] == fid:
            return int(self.classes[position])
        return NOT_CLASSIFIED

    def classes_of(self, fids: np.ndarray) -> np.ndarray:
        """Classes aligned with `fids` (any order), NOT_CLASSIFIED for those not classified."""
        fids = np.asarray(fids, dtype=np.int64)
        if not len(self.fids):
            return np.full(len(fids), NOT_CLASSIFIED, dtype=np.int64)
        position = np.clip(np.searchsorted(self.fids, fids), 0, len(self.fids) - 1)
        found = self.fids[position] == fids
        return np.where(found, self.classes[position], NOT_CLASSIFIED).astype(np.int64)


def colourable(question: Question) -> bool:
    """Whether the map can colour firms by this question: numbers and one choice from the form's own
    list (a choice among the registry's firms names a firm, not a class of firms)."""
    return question.type in COLOURABLE_TYPES and question.choices_from is None


def number_breaks(values: np.ndarray, max_classes: int = MAX_CLASSES) -> np.ndarray:
    """Upper bounds of the classes but the last: a value v belongs to the first class whose bound is
    >= v. With values 1..10 and five classes: [2, 4, 6, 8]."""
    distinct = np.unique(values)
    if len(distinct) <= max_classes:
        return distinct[:-1]
    shares = np.arange(1, max_classes) / max_classes
    return np.unique(np.quantile(values, shares, method="lower"))


def classify_numbers(
    values: np.ndarray, max_classes: int = MAX_CLASSES
) -> tuple[np.ndarray, list[AnswerClass]]:
    """Class per value (NaN: NO_ANSWER) and the classes as answered (lowest and highest value in each)."""
    values = np.asarray(values, dtype=float)
    answered = ~np.isnan(values)
    classes = np.full(len(values), NO_ANSWER, dtype=np.int64)
    if not answered.any():
        return classes, []
    breaks = number_breaks(values[answered], max_classes)
    classes[answered] = np.searchsorted(breaks, values[answered], side="left")
    legend = []
    for index in range(len(breaks) + 1):
        members = values[classes == index]
        if len(members):
            legend.append(AnswerClass(float(members.min()), float(members.max()), count=len(members)))
    # every bound is an answered value, so only the last class can be empty and legend rows keep the
    # classes' numbers
    return classes, legend


def classify_choices(
    texts: np.ndarray, question: Question, language: str = "en"
) -> tuple[np.ndarray, list[AnswerClass]]:
    """Class per answer (None or empty: NO_ANSWER), one class per choice of the question in its order,
    then values answered that the question does not list."""
    names = [c.name for c in question.choices]
    labels = {c.name: c.label(language) for c in question.choices}
    answers = [(t or "").strip() if isinstance(t, str) or t is None else str(t) for t in texts]
    for answer in answers:
        if answer and answer not in labels:
            names.append(answer)
            labels[answer] = answer
    index = {name: i for i, name in enumerate(names)}
    classes = np.array([index[a] if a else NO_ANSWER for a in answers], dtype=np.int64).reshape(-1)
    counts = np.bincount(classes[classes >= 0], minlength=len(names)) if len(names) else []
    legend = [AnswerClass(choice=n, label=labels[n], count=int(counts[i])) for i, n in enumerate(names)]
    return classes, legend


@dataclass
class QuestionAnswers:
    """Every response of a survey with its answer to one question (NaN or None where it has none)."""

    stakeholder_ids: np.ndarray  # one per response, in the order responses were added
    values: np.ndarray  # float with NaN for a number question, object with None otherwise


def question_answers(connection, survey_id: int, question: Question) -> QuestionAnswers:
    """The answers to one question, read alone (the question's index): a 20,000-firm survey of sixty
    questions is not read whole to colour the map or chart one question."""
    responses = connection.execute(
        "SELECT fid, stakeholder_id FROM survey_responses WHERE survey_id = ? ORDER BY fid", (survey_id,)
    ).fetchall()
    response_ids = np.fromiter((r[0] for r in responses), np.int64, len(responses))
    stakeholders = np.fromiter((r[1] for r in responses), np.int64, len(responses))
    values = (
        np.full(len(responses), np.nan) if question.numeric else np.full(len(responses), None, dtype=object)
    )
    rows = connection.execute(
        "SELECT response_id, value_number, value_text FROM survey_answers WHERE question_id = ?",
        (question.fid,),
    ).fetchall()
    if rows and len(responses):
        ids = np.fromiter((r[0] for r in rows), np.int64, len(rows))
        positions = np.searchsorted(response_ids, ids)
        found = (positions < len(response_ids)) & (
            response_ids[np.minimum(positions, len(response_ids) - 1)] == ids
        )
        if question.numeric:
            numbers = np.array([np.nan if r[1] is None else r[1] for r in rows], dtype=float)
            values[positions[found]] = numbers[found]
        else:
            texts = np.array([r[2] for r in rows], dtype=object)
            values[positions[found]] = texts[found]
    return QuestionAnswers(stakeholders, values)


def answer_colouring(
    connection, survey_id: int, question_name: str, language: str = "en", max_classes: int = MAX_CLASSES
) -> AnswerColouring | None:
    """Firms and respondents of the survey classified by their answer to `question_name`; None when the
    survey has no such question or it cannot colour the map. `connection` is sqlite3's."""
    question = next((q for q in read_questions(connection, survey_id) if q.name == question_name), None)
    if question is None or not colourable(question):
        return None
    answers = question_answers(connection, survey_id, question)
    marks = ",".join("?" * len(FIRM_KINDS))
    firms = [
        r[0] for r in connection.execute(f"SELECT fid FROM stakeholders WHERE kind IN ({marks})", FIRM_KINDS)
    ]
    fids = np.union1d(np.asarray(firms, dtype=np.int64), answers.stakeholder_ids.astype(np.int64))
    position = np.searchsorted(fids, answers.stakeholder_ids)
    column = answers.values
    if question.numeric:
        values = np.full(len(fids), np.nan)
        values[position] = column
        classes, legend = classify_numbers(values, max_classes)
    else:
        texts = np.full(len(fids), None, dtype=object)
        texts[position] = column
        classes, legend = classify_choices(texts, question, language)
    return AnswerColouring(survey_id, question.name, question.numeric, fids, classes, legend)
