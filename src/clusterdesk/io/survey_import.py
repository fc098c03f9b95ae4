"""Reading a KoboToolbox or ODK Central data export (CSV or XLSX, as those tools write it) into the
responses of a survey, as one undoable step. docs/surveys.md lists the conventions read and the rules.

- Columns are found by question name with or without group paths (`survey_import_columns`).
- A response belongs to the stakeholder the firm question names (choice name → stakeholder UUID, or the
  firm's name in a label export) or, in an export without it, the stakeholder whose name a name column
  holds, compared as the duplicate finder compares names.
- Every row is checked before anything is stored; unknown firms, answers that do not fit their question,
  women employees above the employees, a firm or submission twice in the file, and a firm that already
  answered the survey with another submission are named by row and column, and nothing is stored (or, with
  `skip_invalid`, those rows are left out and listed).
- A submission already imported (same `_uuid` / instanceID) is skipped, so importing an export again adds
  nothing.
- Roster answers become relations of the survey's round (`survey_import_ties`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.core.commands import CommandGroup
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.survey_edits import REGISTRY, AddSurveyResponses, AnswerColumns
from clusterdesk.core.survey_reader import Question, SurveySummary, find_survey, read_questions, read_surveys
from clusterdesk.io import survey_import_values as values_of
from clusterdesk.io.cell_refusal import CellProblemsError
from clusterdesk.io.duplicates import name_key
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.readers import read_table
from clusterdesk.io.survey_import_columns import ExportColumns, resolve_columns
from clusterdesk.io.survey_import_ties import roster_ties
from clusterdesk.io.xlsform_firms import registry_firms, uuid_of_choice

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

MAX_LISTED = 10


@dataclass(frozen=True)
class Problem:
    row: int
    column: str
    reason: str


class SurveyChoiceError(ClusterDeskError):
    """The survey named does not exist."""


@dataclass
class ImportedSurvey:
    """A checked export and the step that stores it; `command` is None when it adds nothing."""

    file_name: str
    survey: SurveySummary
    command: CommandGroup | None
    added: int
    already: int  # submissions imported before
    ties_added: int = 0
    ties_observed: int = 0
    skipped: list[Problem] = field(default_factory=list)  # rows left out (skip_invalid)
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        language = messages_language()
        lines = [
            tr_plural(
                "survey_import:added", "{file}: {count} response added to {survey}",
                "{file}: {count} responses added to {survey}", self.added, language,
                file=self.file_name, survey=self.survey.name,
            )
        ]  # fmt: skip
        if self.already:
            lines.append(
                tr_plural(
                    "survey_import:already", "{count} submission was imported before and is skipped",
                    "{count} submissions were imported before and are skipped", self.already, language,
                )
            )  # fmt: skip
        if self.ties_added or self.ties_observed:
            lines.append(
                tr(
                    "survey_import:ties",
                    "relations of the round: {added} new, {observed} observed again",
                    language,
                    added=self.ties_added,
                    observed=self.ties_observed,
                )
            )
        if self.skipped:
            rows = sorted({p.row for p in self.skipped})
            lines.append(
                tr_plural(
                    "survey_import:skipped", "{count} row left out because of its problems:",
                    "{count} rows left out because of their problems:", len(rows), language,
                )
            )  # fmt: skip
            for problem in self.skipped[:MAX_LISTED]:
                lines.append(
                    "  " + tr(
                        "import:problem_at", "row {row}, {column}: {reason}", language,
                        row=problem.row, column=problem.column, reason=problem.reason,
                    )
                )  # fmt: skip
            if len(self.skipped) > MAX_LISTED:
                more = len(self.skipped) - MAX_LISTED
                lines.append("  " + tr("import:more_problems", "… and {count} more", language, count=more))
        lines.extend(self.notes)
        return "\n".join(lines)


def choose_survey(project: Project, text: str) -> SurveySummary:
    survey = find_survey(project.connection, text)
    if survey is None:
        names = ", ".join(s.name for s in read_surveys(project.connection))
        language = messages_language()
        raise SurveyChoiceError(
            tr(
                "survey_import:no_survey",
                "The project has no survey named {name}. Its surveys: {names}.",
                language,
                name=text,
                names=names or tr("survey_import:none", "none yet (clusterdesk survey new)", language),
            )
        )
    return survey


class _Registry:
    """The stakeholders as the form lists them: by firm choice name, and by name as the duplicate finder
    compares names (a name two stakeholders share names neither)."""

    def __init__(self, connection) -> None:
        everyone = registry_firms(connection, kinds=None)
        self.by_uuid = {s.uuid: s for s in everyone}
        self.names = {s.choice for s in everyone}
        keys: dict[str, list] = {}
        for s in everyone:
            keys.setdefault(name_key(s.name), []).append(s)
        self.by_key = keys
        unique_names = {s.name: s.choice for s in everyone if len(keys[name_key(s.name)]) == 1}
        self.choices = values_of.ChoiceReader(self.names, unique_names)

    def fid_of_choice(self, name: str) -> int | None:
        stakeholder_uuid = uuid_of_choice(name)
        found = self.by_uuid.get(stakeholder_uuid) if stakeholder_uuid else None
        return found.fid if found else None


def _choice_reader(question: Question, registry: _Registry) -> values_of.ChoiceReader:
    if question.choices_from == REGISTRY:
        return registry.choices
    labels = {text: c.name for c in question.choices for text in c.labels.values() if text}
    return values_of.ChoiceReader({c.name for c in question.choices}, labels)


def read_survey_export(
    project: Project, path: str | Path, survey_text: str, *, skip_invalid: bool = False
) -> ImportedSurvey:
    """Check the export at `path` against the survey named `survey_text`; raises CellProblemsError listing
    every bad cell (unless `skip_invalid`), ImportFileError when the file is no export of the form. Changes
    nothing: push `command` to import."""
    path = Path(path)
    survey = choose_survey(project, survey_text)
    table = read_table(path, header_row=1)
    connection = project.connection
    questions = read_questions(connection, survey.fid)
    registry = _Registry(connection)
    readers = {
        q.name: _choice_reader(q, registry) for q in questions if q.type in ("select_one", "select_multiple")
    }
    choice_names = {name: reader.names for name, reader in readers.items()}
    columns = resolve_columns(table.columns, questions, choice_names)
    language = messages_language()
    if columns.firm is None and columns.name is None:
        raise ImportFileError(
            tr(
                "survey_import:no_firm_column",
                "{file} has neither the form's firm question nor a column of stakeholder names, so its "
                "answers cannot be matched to firms. Export the data of the form that clusterdesk survey "
                "form wrote.",
                language,
                file=path.name,
            )
        )
    frame = table.frame
    rows = len(frame)
    numbers = table.row_numbers
    problems: list[Problem] = [Problem(int(numbers[f.position]), f.column, f.reason) for f in table.findings]

    def problem(position: int, column: str, reason: str) -> None:
        problems.append(Problem(int(numbers[position]), column, reason))

    fids = _respondents(frame, columns, registry, problem)
    submissions = _submission_ids(frame, columns)
    submitted = frame[columns.submitted].str.strip().tolist() if columns.submitted else [None] * rows
    keep, already = _repeats(connection, survey, numbers, columns, fids, submissions, registry, problem)
    answers = _answers(frame, columns, questions, readers, problem)
    bad_rows = {p.row for p in problems}
    if problems and not skip_invalid:
        raise CellProblemsError(path.name, sorted(problems, key=lambda p: p.row))
    kept = [i for i in range(rows) if keep[i] and int(numbers[i]) not in bad_rows]
    given = tr("source:given_header", "header row {row} as given", language, row=1)
    notes = [note for note in table.notes if note != given]
    if columns.unknown:
        notes.append(
            tr(
                "survey_import:unknown_columns",
                "columns read past, not questions of the survey: {columns}",
                language,
                columns=", ".join(columns.unknown[:MAX_LISTED])
                + (" …" if len(columns.unknown) > MAX_LISTED else ""),
            )
        )
    return _imported(project, path.name, survey, questions, kept, fids, submissions, submitted, answers,
                     registry, already, sorted(problems, key=lambda p: p.row), notes)  # fmt: skip


def _respondents(
    frame: pd.DataFrame, columns: ExportColumns, registry: _Registry, problem
) -> list[int | None]:
    """The stakeholder fid of each row (None after reporting the row)."""
    language = messages_language()
    found: list[int | None] = []
    column = columns.firm or columns.name
    cells = frame[column].tolist()
    cache: dict[str, tuple[int | None, str | None]] = {}
    for position, cell in enumerate(cells):
        text = str(cell).strip()
        if text not in cache:
            cache[text] = _respondent(text, columns.firm is not None, registry, language)
        fid, reason = cache[text]
        if reason:
            problem(position, column, reason)
        found.append(fid)
    return found


def _respondent(
    text: str, by_choice: bool, registry: _Registry, language: str
) -> tuple[int | None, str | None]:
    if not text:
        return None, tr("survey_import:no_firm", "the firm that answered is missing", language)
    if by_choice:
        choice = registry.choices.one(text)
        fid = registry.fid_of_choice(choice) if choice else None
        if fid is not None:
            return fid, None
    matches = registry.by_key.get(name_key(text), [])
    if len(matches) == 1 and (not by_choice or uuid_of_choice(text) is None):
        return matches[0].fid, None
    if len(matches) > 1:
        return None, tr(
            "survey_import:ambiguous", "{value} names {count} stakeholders of the registry", language,
            value=repr(text), count=len(matches),
        )  # fmt: skip
    return None, tr(
        "survey_import:unknown_firm", "{value} is not a firm of the registry", language, value=repr(text)
    )


def _submission_ids(frame: pd.DataFrame, columns: ExportColumns) -> list[str]:
    """Each row's submission identifier without the "uuid:" ODK puts before it; a row without one gets a
    digest of its cells, so that the same row imported again is still recognised."""
    given = frame[columns.submission].str.strip().tolist() if columns.submission else [""] * len(frame)
    ids = []
    for position, text in enumerate(given):
        text = text.removeprefix("uuid:")
        if not text:
            cells = "\x1f".join(frame.iloc[position].tolist())
            text = "sha1:" + hashlib.sha1(cells.encode("utf-8")).hexdigest()
        ids.append(text)
    return ids


def _repeats(
    connection, survey, row_numbers, columns, fids, submissions, registry, problem
) -> tuple[list[bool], int]:
    """Which rows to store: not imported before, not repeating an earlier row or another submission of
    the same firm. Returns the flags and how many rows were imported before."""
    language = messages_language()
    existing = connection.execute(
        "SELECT submission_id, stakeholder_id FROM survey_responses WHERE survey_id = ?", (survey.fid,)
    ).fetchall()
    imported = dict(existing)
    answered = {fid: submission for submission, fid in existing}
    names = {s.fid: s.name for s in registry.by_uuid.values()}
    firm_column = columns.firm or columns.name
    id_column = columns.submission or firm_column
    keep = [True] * len(fids)
    already = 0
    first_row_of_id: dict[str, int] = {}
    first_row_of_firm: dict[int, int] = {}
    for position, (fid, submission) in enumerate(zip(fids, submissions, strict=True)):
        if submission in imported:
            keep[position] = False
            already += 1
            continue
        if submission in first_row_of_id:
            keep[position] = False
            problem(
                position, id_column,
                tr("survey_import:repeated_submission", "the submission {id} repeats row {row}", language,
                   id=submission, row=first_row_of_id[submission]),
            )  # fmt: skip
            continue
        first_row_of_id[submission] = int(row_numbers[position])
        if fid is None:
            continue
        if fid in answered:
            keep[position] = False
            problem(
                position, firm_column,
                tr("survey_import:answered_before",
                   "{firm} already answered this survey (submission {id}); delete that response first to "
                   "replace it", language, firm=names.get(fid, fid), id=answered[fid]),
            )  # fmt: skip
        elif fid in first_row_of_firm:
            keep[position] = False
            problem(
                position, firm_column,
                tr("survey_import:repeated_firm", "{firm} answered already in row {row}", language,
                   firm=names.get(fid, fid), row=first_row_of_firm[fid]),
            )  # fmt: skip
        else:
            first_row_of_firm[fid] = int(row_numbers[position])
    return keep, already


@dataclass
class _Answered:
    """One question's answers for every row: numbers or texts (None where unanswered); roster names."""

    question: Question
    numbers: np.ndarray | None = None
    texts: list | None = None


def _answers(frame, columns: ExportColumns, questions, readers, problem) -> list[_Answered]:
    language = messages_language()
    rows = len(frame)
    results: list[_Answered] = []
    by_name: dict[str, _Answered] = {}
    for question in questions:
        column = columns.values.get(question.name)
        cells = frame[column] if column else None
        if question.numeric:
            if cells is None:
                continue
            found, reasons = values_of.numbers(cells, question)
            if question.standard in ("sales", "exports", "employees", "women_employees", "new_products"):
                for position in values_of.negative(found):
                    reasons.setdefault(
                        int(position),
                        tr("survey_import:negative", "a negative number cannot be an answer here", language),
                    )
            answered = _Answered(question, numbers=found)
        elif question.type == "select_one":
            if cells is None:
                continue
            texts, reasons = values_of.select_one(cells, readers[question.name])
            answered = _Answered(question, texts=texts)
        elif question.type == "select_multiple":
            split = {c: frame[h] for c, h in columns.choices.get(question.name, {}).items()}
            if cells is None and not split:
                continue
            chosen, reasons = values_of.select_multiple(cells, split, readers[question.name], rows)
            column = column or next(iter(columns.choices[question.name].values()))
            answered = _Answered(question, texts=chosen)
        elif question.type == "date":
            if cells is None:
                continue
            texts, reasons = values_of.dates(cells)
            answered = _Answered(question, texts=texts)
        elif question.type == "geopoint":
            parts = {i: frame[h] for i, h in columns.geo_parts.get(question.name, {}).items()}
            if cells is None and not parts:
                continue
            texts, reasons = values_of.geopoints(cells, parts, rows)
            column = column or next(iter(columns.geo_parts[question.name].values()))
            answered = _Answered(question, texts=texts)
        else:
            if cells is None:
                continue
            stripped = cells.str.strip()
            answered = _Answered(question, texts=stripped.where(stripped != "", None).tolist())
            reasons = {}
        for position, reason in reasons.items():
            problem(position, column, reason)
        results.append(answered)
        by_name[question.name] = answered
    women, employees = by_name.get("women_employees"), by_name.get("employees")
    if (
        women is not None
        and employees is not None
        and women.question.standard
        and employees.question.standard
    ):
        over = np.flatnonzero(
            np.nan_to_num(women.numbers, nan=-1) > np.nan_to_num(employees.numbers, nan=np.inf)
        )
        for position in over:
            problem(
                int(position), columns.values["women_employees"],
                tr("survey_import:women_over", "{women} women employees but {employees} employees in all",
                   language, women=_number(women.numbers[position]),
                   employees=_number(employees.numbers[position])),
            )  # fmt: skip
    return results


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _imported(project, file_name, survey, questions, kept, fids, submissions, submitted, answers, registry,
              already, problems, notes) -> ImportedSurvey:  # fmt: skip
    language = messages_language()
    responses = [
        {"stakeholder_id": fids[i], "submission_id": submissions[i], "submitted_at": submitted[i] or None,
         "source": file_name}
        for i in kept
    ]  # fmt: skip
    kept_array = np.array(kept, dtype=np.int64)
    parts_response, parts_question, parts_number, parts_text = [], [], [], []
    pairs_by_kind: dict[str, list[tuple[int, int]]] = {}
    for answered in answers:
        question = answered.question
        if answered.numbers is not None:
            values = answered.numbers[kept_array] if len(kept) else np.zeros(0)
            present = np.flatnonzero(~np.isnan(values))
            parts_response.append(present)
            parts_question.append(np.full(len(present), question.fid))
            parts_number.append(values[present])
            parts_text.append([None] * len(present))
            continue
        texts = [answered.texts[i] for i in kept]
        present = [index for index, value in enumerate(texts) if value]
        parts_response.append(np.array(present, dtype=np.int64))
        parts_question.append(np.full(len(present), question.fid))
        parts_number.append(np.full(len(present), np.nan))
        if question.type == "select_multiple":
            parts_text.append([" ".join(texts[index]) for index in present])
            if question.relation_kind:
                pairs = pairs_by_kind.setdefault(question.relation_kind, [])
                for index in present:
                    respondent = fids[kept[index]]
                    for choice in texts[index]:
                        other = registry.fid_of_choice(choice)
                        if other is not None:
                            pairs.append((respondent, other))
        else:
            parts_text.append([texts[index] for index in present])
    if parts_response:
        columns = AnswerColumns(
            np.concatenate(parts_response).astype(np.int64),
            np.concatenate(parts_question).astype(np.int64),
            np.concatenate(parts_number).astype(float),
            [text for part in parts_text for text in part],
        )
    else:
        columns = AnswerColumns.empty()
    result = ImportedSurvey(file_name, survey, None, len(responses), already, skipped=problems, notes=notes)
    if not responses:
        return result
    steps: list = [AddSurveyResponses(survey.fid, responses, columns)]
    connection = project.session.connection()
    for kind, pairs in pairs_by_kind.items():
        ties = roster_ties(connection, survey.round_code, kind, pairs)
        steps.extend(ties.commands(survey.round_code))
        result.ties_added += len(ties.add)
        result.ties_observed += len(ties.observed) + len(ties.reopened)
    label = tr_plural(
        "survey_import:undo", "Import {count} response to {survey}", "Import {count} responses to {survey}",
        len(responses), language, survey=survey.name,
    )  # fmt: skip
    result.command = CommandGroup(steps, label)
    return result
