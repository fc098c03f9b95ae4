"""A survey as an XLSForm workbook (xlsform.org) that KoboToolbox and ODK Central accept: the survey,
choices and settings sheets, labels in English and in the project's language (`label::English (en)`,
`label::Español (es)`), the registry's firms as the choice list of the firm question and of roster
questions. docs/surveys.md shows the mapping.

- The firm question comes first: select_one from the "firms" list, required; the survey's questions
  follow in a group "answers", so exports name them "answers/employees" (KoboToolbox) or
  "answers-employees" (ODK Central).
- Standard numbers must be 0 or more, and women employees not more than the employees.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.survey_edits import project_language
from clusterdesk.core.survey_reader import Question, SurveySummary, read_questions
from clusterdesk.core.vocabulary import LANGUAGES
from clusterdesk.io.output_file import written_atomically
from clusterdesk.io.spreadsheet_text import xlsx_row
from clusterdesk.io.xlsform_firms import ANSWERS_GROUP, FIRM_QUESTION, FIRMS_LIST, registry_firms

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

STANDARD_NUMBERS = ("sales", "exports", "employees", "women_employees", "new_products")


class FormError(ClusterDeskError):
    """The survey cannot be written as a form (no firms to list)."""


@dataclass(frozen=True)
class WrittenForm:
    path: Path
    questions: int
    firms: int


def language_column(code: str) -> str:
    """The language part of an XLSForm column: "English (en)", "Español (es)"."""
    return f"{LANGUAGES.get(code, code)} ({code})"


def form_languages(project: Project) -> list[str]:
    own = project_language(project)
    return ["en"] if own == "en" else ["en", own]


def _texts(make: Callable[[str], str], languages: list[str]) -> list[str]:
    return [make(language) for language in languages]


def _question_texts(question: Question, languages: list[str]) -> tuple[list[str], list[str]]:
    fallback = question.label("en")
    labels = [question.labels.get(lang) or fallback for lang in languages]
    hint_fallback = question.hints.get("en") or next(iter(question.hints.values()), "")
    hints = [question.hints.get(lang) or hint_fallback for lang in languages]
    return labels, hints


def _constraint(question: Question, names: set[str]) -> tuple[str, Callable[[str], str] | None]:
    """The XLSForm constraint of a question and the function giving its message per language."""
    if question.standard == "women_employees" and "employees" in names:
        return (
            ". >= 0 and (string(${employees}) = '' or . <= ${employees})",
            lambda lang: tr(
                "xlsform:women_constraint", "Enter 0 or more, and not more than the employees.", lang
            ),
        )
    if question.standard in STANDARD_NUMBERS:
        return ". >= 0", lambda lang: tr("xlsform:not_negative", "Enter 0 or more.", lang)
    return "", None


def survey_rows(project: Project, survey: SurveySummary) -> tuple[list[list], list[list], list[list]]:
    """The rows of the survey, choices and settings sheets, headers first."""
    languages = form_languages(project)
    connection = project.connection
    questions = read_questions(connection, survey.fid)
    firms = registry_firms(connection)
    if not firms:
        raise FormError(
            tr(
                "xlsform:no_firms",
                "The registry has no enterprises, so the form would have no firms to choose from: add the "
                "cluster's firms first.",
                messages_language(),
            )
        )
    columns = [f"::{language_column(lang)}" for lang in languages]
    survey_header = [
        "type", "name", *(f"label{c}" for c in columns), *(f"hint{c}" for c in columns),
        "required", "appearance", "constraint", *(f"constraint_message{c}" for c in columns),
    ]  # fmt: skip
    blank = [""] * len(languages)

    def row(kind, name, labels, hints=blank, required="", appearance="", constraint="", messages=blank):
        return [kind, name, *labels, *hints, required, appearance, constraint, *messages]

    firm_label = _texts(lambda lang: tr("xlsform:firm", "Which firm is answering?", lang), languages)
    group_label = _texts(lambda lang: tr("xlsform:answers_group", "Answers of the firm", lang), languages)
    rows = [
        survey_header,
        row("start", "start", blank),
        row("end", "end", blank),
        row(f"select_one {FIRMS_LIST}", FIRM_QUESTION, firm_label, required="yes", appearance="autocomplete"),
        row("begin_group", ANSWERS_GROUP, group_label),
    ]
    choices = [["list_name", "name", *(f"label{c}" for c in columns)]]
    choices.extend(
        [FIRMS_LIST, firm.choice, *([firm.name or firm.choice] * len(languages))] for firm in firms
    )
    names = {q.name for q in questions}
    for question in questions:
        kind = question.type
        appearance = ""
        if kind in ("select_one", "select_multiple"):
            if question.choices_from == "registry":
                list_name = FIRMS_LIST
                appearance = "minimal" if kind == "select_multiple" else "autocomplete"
            else:
                list_name = f"{question.name}_choices"
                for choice in question.choices:
                    fallback = choice.label("en")
                    choices.append(
                        [list_name, choice.name, *(choice.labels.get(lang) or fallback for lang in languages)]
                    )
            kind = f"{kind} {list_name}"
        labels, hints = _question_texts(question, languages)
        constraint, message = _constraint(question, names)
        required = "yes" if question.required else ""
        messages = _texts(message, languages) if message else blank
        rows.append(row(kind, question.name, labels, hints, required, appearance, constraint, messages))
    rows.append(row("end_group", "", blank))
    settings = [
        ["form_title", "form_id", "version", "default_language"],
        [survey.name, survey.form_id, survey.form_version or "1", language_column(languages[-1])],
    ]
    return rows, choices, settings


def write_form(project: Project, survey: SurveySummary, path: str | Path) -> WrittenForm:
    """Write the XLSForm of `survey` to `path` (.xlsx), atomically."""
    from openpyxl import Workbook

    survey_sheet, choices_sheet, settings_sheet = survey_rows(project, survey)
    workbook = Workbook(write_only=True)
    for title, rows in (("survey", survey_sheet), ("choices", choices_sheet), ("settings", settings_sheet)):
        sheet = workbook.create_sheet(title)
        for values in rows:
            sheet.append(xlsx_row(sheet, [None if v == "" else v for v in values]))
    with written_atomically(path) as temporary:
        workbook.save(temporary)
    firms = sum(1 for r in choices_sheet[1:] if r[0] == FIRMS_LIST)
    return WrittenForm(Path(path), len(survey_sheet) - 6, firms)
