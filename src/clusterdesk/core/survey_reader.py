"""Reading firm surveys without Qt and without the ORM: the surveys with their response counts, the
questions with their labels and choices parsed, the answers of a survey as one column per question, and
how complete each question is. Fast enough for 20,000 responses × 60 questions (one query, numpy)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import numpy as np

from clusterdesk.core.surveys import NUMERIC_TYPES


@dataclass(frozen=True)
class Choice:
    name: str
    labels: dict[str, str]

    def label(self, language: str) -> str:
        return (
            self.labels.get(language) or self.labels.get("en") or next(iter(self.labels.values()), self.name)
        )


@dataclass(frozen=True)
class Question:
    fid: int
    survey_id: int
    position: int
    name: str
    type: str
    labels: dict[str, str]
    hints: dict[str, str]
    choices: tuple[Choice, ...]
    choices_from: str | None
    relation_kind: str | None
    standard: str | None
    required: bool

    def label(self, language: str) -> str:
        return (
            self.labels.get(language) or self.labels.get("en") or next(iter(self.labels.values()), self.name)
        )

    @property
    def numeric(self) -> bool:
        return self.type in NUMERIC_TYPES

    @property
    def roster(self) -> bool:
        return self.relation_kind is not None


@dataclass(frozen=True)
class SurveySummary:
    fid: int
    uuid: str
    name: str
    round_code: str
    held_on: dt.date | None
    form_id: str
    form_version: str | None
    description: str | None
    responses: int


@dataclass
class SurveyAnswers:
    """The answers of one survey: one row per response, one column per question (numbers as float with
    NaN for no answer, other answers as object arrays with None)."""

    response_ids: np.ndarray
    stakeholder_ids: np.ndarray
    columns: dict[str, np.ndarray] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.response_ids)


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _parsed(text: str | None, default):
    if not text:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


def read_surveys(connection) -> list[SurveySummary]:
    """Every survey with its number of responses, in the order of their rounds' dates, then names.
    `connection` is a DB-API (sqlite3) connection of the project."""
    rows = connection.execute(
        "SELECT s.fid, s.uuid, s.name, s.round_code, s.held_on, s.form_id, s.form_version, s.description, "
        "(SELECT count(*) FROM survey_responses r WHERE r.survey_id = s.fid) FROM surveys s"
    ).fetchall()
    surveys = [SurveySummary(r[0], r[1], r[2], r[3], _date(r[4]), r[5], r[6], r[7], r[8]) for r in rows]
    return sorted(surveys, key=lambda s: (s.held_on or dt.date.max, s.name.casefold()))


def find_survey(connection, text: str) -> SurveySummary | None:
    """The survey named `text` (or whose form_id it is), case-insensitive."""
    wanted = text.strip().casefold()
    surveys = read_surveys(connection)
    return next((s for s in surveys if s.name.casefold() == wanted), None) or next(
        (s for s in surveys if s.form_id.casefold() == wanted), None
    )


def read_questions(connection, survey_id: int) -> list[Question]:
    rows = connection.execute(
        "SELECT fid, survey_id, position, name, type, labels, hints, choices, choices_from, relation_kind, "
        "standard, required FROM survey_questions WHERE survey_id = ? ORDER BY position, fid",
        (survey_id,),
    ).fetchall()
    questions = []
    for r in rows:
        choices = tuple(
            Choice(str(c.get("name")), {k: str(v) for k, v in (c.get("labels") or {}).items()})
            for c in _parsed(r[7], [])
        )
        questions.append(
            Question(r[0], r[1], r[2], r[3], r[4], _parsed(r[5], {}), _parsed(r[6], {}) or {}, choices, r[8],
                     r[9], r[10], bool(r[11]))
        )  # fmt: skip
    return questions


def read_answers(connection, survey_id: int) -> SurveyAnswers:
    """The survey's answers as columns, responses in the order they were added."""
    questions = read_questions(connection, survey_id)
    responses = connection.execute(
        "SELECT fid, stakeholder_id FROM survey_responses WHERE survey_id = ? ORDER BY fid", (survey_id,)
    ).fetchall()
    response_ids = np.array([r[0] for r in responses], dtype=np.int64)
    stakeholders = np.array([r[1] for r in responses], dtype=np.int64)
    result = SurveyAnswers(response_ids, stakeholders)
    count = len(response_ids)
    by_fid = {q.fid: q for q in questions}
    for q in questions:
        result.columns[q.name] = np.full(count, np.nan) if q.numeric else np.full(count, None, dtype=object)
    if not count:
        return result
    rows = connection.execute(
        "SELECT a.response_id, a.question_id, a.value_number, a.value_text FROM survey_answers a "
        "JOIN survey_responses r ON r.fid = a.response_id WHERE r.survey_id = ?",
        (survey_id,),
    ).fetchall()
    if not rows:
        return result
    response_col, question_col, numbers, texts = zip(*rows, strict=True)
    positions = np.searchsorted(response_ids, np.fromiter(response_col, np.int64, len(rows)))
    question_ids = np.fromiter(question_col, np.int64, len(rows))
    numbers = np.array([np.nan if n is None else n for n in numbers], dtype=float)
    texts = np.array(texts, dtype=object)
    for fid, question in by_fid.items():
        mask = question_ids == fid
        if not mask.any():
            continue
        column = result.columns[question.name]
        column[positions[mask]] = numbers[mask] if question.numeric else texts[mask]
    return result


def completeness(connection, survey_id: int) -> dict[str, int]:
    """How many responses answered each question (by question name)."""
    rows = connection.execute(
        "SELECT q.name, count(a.fid) FROM survey_questions q "
        "LEFT JOIN survey_answers a ON a.question_id = q.fid "
        "AND (a.value_number IS NOT NULL OR (a.value_text IS NOT NULL AND a.value_text <> '')) "
        "WHERE q.survey_id = ? GROUP BY q.fid ORDER BY q.position, q.fid",
        (survey_id,),
    ).fetchall()
    return {name: count for name, count in rows}
