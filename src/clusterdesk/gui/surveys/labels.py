"""Texts of the Surveys tab shared by its parts: a survey's round and date, numbers and shares as the
interface's locale writes them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from clusterdesk.core.vocabulary_labels import survey_round_label


def round_text(code: str, language: str) -> str:
    return survey_round_label(code, language)


def date_text(day: dt.date | None) -> str:
    """A date in a table cell as the plan's tables write it, unambiguous in every language: 2024-06-15."""
    return "" if day is None else day.isoformat()


def number_text(value: float | None, digits: int = 1) -> str:
    """A figure of the chart: whole numbers without decimals, others with `digits`."""
    if value is None:
        return ""
    locale = QLocale()
    if float(value).is_integer() and abs(value) < 1e15:
        return locale.toString(int(value))
    return locale.toString(float(value), "f", digits)


def percent_text(share: float | None) -> str:
    if share is None:
        return ""
    return QLocale().toString(round(share * 100)) + "\u00a0%"


def question_label(question, language: str) -> str:
    """A question's label in `language`: its own, else a standard question's label in that language (the
    standard questions are asked the same way everywhere), else its label in English."""
    own = question.labels.get(language)
    if own:
        return own
    if question.standard:
        from clusterdesk.core.survey_edits import STANDARD_QUESTIONS, standard_label

        if question.standard in STANDARD_QUESTIONS:
            return standard_label(question.standard, language)
    return question.label(language)
