"""Firm surveys (baseline, follow-up ...) with their questions and the answers of each stakeholder, as
GeoPackage attributes tables.

A survey belongs to a survey round (`survey_rounds.code`), so that the ties a roster question collects
become relations of that round. A question has a name (the XLSForm name, stable across rounds so answers
compare), a type, labels per language and, for choice questions, its choices; a choice question can take
its choices from the registry (`choices_from` = "registry": the firms), and a roster question (firms from
the registry, several answers) names the relation kind its answers become. Standard firm indicators are
predefined questions (`standard`), so that every round and every project asks them the same way.

Responses are one per stakeholder and survey, keyed by the submission's own identifier (KoboToolbox `_uuid`,
ODK `instanceID`) so that importing the same export again adds nothing. Answers keep numbers as numbers
(`value_number`) and everything else as text (`value_text`: choice names separated by spaces for several
choices, ISO dates, "lat lon altitude accuracy" for a geopoint).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BOOLEAN, INTEGER, REAL, TEXT, CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clusterdesk.core.column_types import Date
from clusterdesk.core.model import TABLE_TITLES, Base, FidAndUuid, _in_list

QUESTION_TYPES: dict[str, str] = {
    "integer": "Whole number",
    "decimal": "Decimal number",
    "text": "Text",
    "select_one": "One choice",
    "select_multiple": "Several choices",
    "date": "Date",
    "geopoint": "Location (GPS)",
}
NUMERIC_TYPES = ("integer", "decimal")


# The standard firm indicators every survey can ask in the same way: name -> (type, English label)
STANDARD_QUESTIONS: dict[str, tuple[str, str]] = {
    "sales": ("decimal", "Sales in the last 12 months (in the project's currency)"),
    "exports": ("decimal", "Exports in the last 12 months (in the project's currency)"),
    "employees": ("integer", "Employees today"),
    "women_employees": ("integer", "Women among the employees today"),
    "new_products": ("integer", "New products or models launched in the last 12 months"),
    "cooperation": ("select_multiple", "Which of these firms did you work with in the last 12 months?"),
}
# the standard roster question becomes relations of this kind
STANDARD_ROSTER_KIND = "joint_action"

SURVEY_TABLE_TITLES: dict[str, str] = {
    "surveys": "Firm surveys",
    "survey_questions": "Survey questions",
    "survey_responses": "Survey responses (one per stakeholder and survey)",
    "survey_answers": "Survey answers",
}
SURVEY_TABLES = tuple(SURVEY_TABLE_TITLES)


class Survey(FidAndUuid, Base):
    __tablename__ = "surveys"
    __table_args__ = ({"sqlite_autoincrement": True},)
    name: Mapped[str] = mapped_column(TEXT, unique=True)  # e.g. "Baseline 2023", also the form's title
    round_code: Mapped[str] = mapped_column(TEXT, default="baseline")  # survey_rounds.code
    held_on: Mapped[dt.date | None] = mapped_column(Date)  # when the survey closed
    form_id: Mapped[str] = mapped_column(TEXT)  # the XLSForm form_id, unique per survey
    form_version: Mapped[str | None] = mapped_column(TEXT)
    description: Mapped[str | None] = mapped_column(TEXT)


class SurveyQuestion(FidAndUuid, Base):
    __tablename__ = "survey_questions"
    __table_args__ = (
        CheckConstraint(_in_list("type", QUESTION_TYPES), name="ck_question_type"),
        CheckConstraint("choices_from IS NULL OR choices_from = 'registry'", name="ck_question_choices_from"),
        UniqueConstraint("survey_id", "name", name="uq_question_name"),
        {"sqlite_autoincrement": True},
    )
    survey_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("surveys.fid"), index=True)
    position: Mapped[int] = mapped_column(INTEGER, default=0)
    name: Mapped[str] = mapped_column(TEXT)  # XLSForm name: a letter, then letters, digits, _ . -
    type: Mapped[str] = mapped_column(TEXT)
    labels: Mapped[str] = mapped_column(TEXT)  # JSON {"en": "...", "es": "..."}
    hints: Mapped[str | None] = mapped_column(TEXT)  # JSON like labels
    choices: Mapped[str | None] = mapped_column(TEXT)  # JSON [{"name": "...", "labels": {"en": "..."}}]
    choices_from: Mapped[str | None] = mapped_column(TEXT)  # "registry": the registry's firms
    relation_kind: Mapped[str | None] = mapped_column(TEXT)  # a roster question's answers become these ties
    standard: Mapped[str | None] = mapped_column(TEXT)  # a key of STANDARD_QUESTIONS
    required: Mapped[bool] = mapped_column(BOOLEAN, default=False)


class SurveyResponse(FidAndUuid, Base):
    __tablename__ = "survey_responses"
    __table_args__ = (
        UniqueConstraint("survey_id", "stakeholder_id", name="uq_response_stakeholder"),
        UniqueConstraint("survey_id", "submission_id", name="uq_response_submission"),
        {"sqlite_autoincrement": True},
    )
    survey_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("surveys.fid"), index=True)
    stakeholder_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("stakeholders.fid"), index=True)
    submission_id: Mapped[str] = mapped_column(TEXT)  # KoboToolbox _uuid, ODK instanceID, or our own UUID
    submitted_at: Mapped[str | None] = mapped_column(TEXT)  # ISO 8601 as the collecting tool wrote it
    source: Mapped[str | None] = mapped_column(TEXT)  # the file it was imported from, or "entered"


class SurveyAnswer(Base):
    """One answer; no UUID of its own (a response has a million of them), its response and question are
    the key."""

    __tablename__ = "survey_answers"
    __table_args__ = (
        UniqueConstraint("response_id", "question_id", name="uq_answer"),
        {"sqlite_autoincrement": True},
    )
    fid: Mapped[int] = mapped_column(INTEGER, primary_key=True)
    response_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("survey_responses.fid"))
    question_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("survey_questions.fid"), index=True)
    value_number: Mapped[float | None] = mapped_column(REAL)
    value_text: Mapped[str | None] = mapped_column(TEXT)


TABLE_TITLES.update(SURVEY_TABLE_TITLES)
