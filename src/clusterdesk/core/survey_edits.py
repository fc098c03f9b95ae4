"""Commands that change firm surveys (docs/surveys.md): create a survey with the standard questions, add,
edit, reorder and delete questions, add responses with their answers in bulk, delete a survey; and the
hooks that keep responses right when stakeholders are deleted or merged.

Rows are added and removed through the general InsertRows and DeleteRows (governance_rows) with the
survey tables' own order, parents first. Answers are the one table that grows to millions of rows (20,000
firms × 60 questions), so they never become one dictionary per row: they travel as columns and go in and
out with executemany.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import Table, func, select

from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.core.commands import CommandGroup, UpdateRow
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.governance_rows import DeleteRows, InsertRows, _connection, _next_fid, _one
from clusterdesk.core.model import ProjectInfo, new_uuid
from clusterdesk.core.survey_rounds import SurveyRound
from clusterdesk.core.surveys import (
    QUESTION_TYPES,
    STANDARD_QUESTIONS,
    STANDARD_ROSTER_KIND,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)
from clusterdesk.core.vocabulary import RELATION_KINDS

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

ROUNDS: Table = SurveyRound.__table__
SURVEYS: Table = Survey.__table__
QUESTIONS: Table = SurveyQuestion.__table__
RESPONSES: Table = SurveyResponse.__table__
ANSWERS: Table = SurveyAnswer.__table__
ORDER = (ROUNDS, SURVEYS, QUESTIONS, RESPONSES)  # parents first; answers travel as columns
SURVEY_TABLE_NAMES = frozenset({"surveys", "survey_questions", "survey_responses", "survey_answers"})

# A letter, then letters, digits and underscores: a valid XLSForm (XML) name that no group path of a
# KoboToolbox or ODK export ("answers/employees", "answers-employees") can make ambiguous
QUESTION_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
CHOICE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
# Names the form itself uses: the firm question, the group of the questions, the form's metadata
RESERVED_NAMES = frozenset({"firm", "answers", "meta", "start", "end", "today", "deviceid", "instanceid",
                            "key", "submissiondate"})  # fmt: skip
CHOICE_TYPES = ("select_one", "select_multiple")
REGISTRY = "registry"


def standard_label(name: str, language: str) -> str:
    """The label of a standard question in `language` (English where untranslated)."""
    labels = {
        "sales": tr(
            "survey_question:sales", "Sales in the last 12 months (in the project's currency)", language
        ),
        "exports": tr(
            "survey_question:exports", "Exports in the last 12 months (in the project's currency)", language
        ),
        "employees": tr("survey_question:employees", "Employees today", language),
        "women_employees": tr("survey_question:women_employees", "Women among the employees today", language),
        "new_products": tr(
            "survey_question:new_products", "New products or models launched in the last 12 months", language
        ),
        "cooperation": tr(
            "survey_question:cooperation",
            "Which of these firms did you work with in the last 12 months?",
            language,
        ),
    }
    return labels[name]


def labels_in(text: Callable[[str], str], project_language: str) -> dict[str, str]:
    """A text in English and in the project's language (once when that is English)."""
    return {
        "en": text("en"),
        **({project_language: text(project_language)} if project_language != "en" else {}),
    }


def project_language(project: Project) -> str:
    row = _connection(project).execute(select(ProjectInfo.__table__.c.language)).first()
    return (row[0] if row else None) or "en"


def form_id_for(name: str, taken: Sequence[str] = ()) -> str:
    """A safe XLSForm form_id made from a survey's name: ASCII letters, digits and underscores, starting with
    a letter ("Línea de base 2023" → "linea_de_base_2023"), made unique among `taken`."""
    ascii_name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    words = re.sub(r"[^a-z0-9]+", "_", ascii_name.casefold()).strip("_")
    if not words or not words[0].isalpha():
        words = f"survey_{words}".rstrip("_")
    candidate, number = words, 1
    while candidate in taken:
        number += 1
        candidate = f"{words}_{number}"
    return candidate


def _problem(field_name: str, message: str) -> ValidationError:
    return ValidationError(field_name, message)


def _survey_names(project: Project) -> dict[str, int]:
    return {name: fid for fid, name in _connection(project).execute(select(SURVEYS.c.fid, SURVEYS.c.name))}


# -- surveys --------------------------------------------------------------------------------------------
def create_survey(
    project: Project,
    name: str,
    round_code: str,
    held_on=None,
    form_version: str | None = None,
    *,
    standard: bool = True,
) -> InsertRows:
    """A new survey of round `round_code` with the standard questions; the round is added after the
    project's rounds when it is new."""
    language = messages_language()
    name = (name or "").strip()
    round_code = (round_code or "").strip()
    if not name:
        raise _problem("name", tr("surveys:no_name", "a survey needs a name, e.g. Baseline 2024", language))
    if name in _survey_names(project):
        raise _problem(
            "name",
            tr("surveys:name_taken", "the project already has a survey named {name}", language, name=name),
        )
    if not round_code:
        raise _problem(
            "round_code",
            tr("surveys:no_round", "a survey belongs to a survey round, e.g. baseline", language),
        )
    connection = _connection(project)
    taken = [r[0] for r in connection.execute(select(SURVEYS.c.form_id))]
    survey = {
        "fid": _next_fid(project, SURVEYS),
        "uuid": new_uuid(),
        "name": name,
        "round_code": round_code,
        "held_on": held_on,
        "form_id": form_id_for(name, taken),
        "form_version": form_version or "1",
    }
    rows: dict[str, list[dict[str, Any]]] = {SURVEYS.name: [survey], QUESTIONS.name: []}
    listed = dict(connection.execute(select(ROUNDS.c.code, ROUNDS.c.position)).all())
    if round_code not in listed:
        position = max(listed.values(), default=-1) + 1
        rows[ROUNDS.name] = [{"code": round_code, "position": position, "held_on": held_on}]
    if standard:
        own = project_language(project)
        for position, (key, (kind, _english)) in enumerate(STANDARD_QUESTIONS.items()):
            rows[QUESTIONS.name].append(
                {
                    "survey_id": survey["fid"],
                    "position": position,
                    "name": key,
                    "type": kind,
                    "labels": json.dumps(labels_in(lambda lang, k=key: standard_label(k, lang), own)),
                    "choices_from": REGISTRY if key == "cooperation" else None,
                    "relation_kind": STANDARD_ROSTER_KIND if key == "cooperation" else None,
                    "standard": key,
                    "required": False,
                }
            )
    label = tr("undo:add_survey", "Add survey {name}", language, name=name)
    return InsertRows(rows, label=label, tables=frozenset(t.name for t in ORDER), order=ORDER)


def update_survey(project: Project, fid: int, changes: dict[str, Any]) -> UpdateRow:
    """Change a survey's name, date, form version or description (its round and form_id stay)."""
    language = messages_language()
    current = _one(project, SURVEYS, fid, "survey")
    unknown = set(changes) - {"name", "held_on", "form_version", "description"}
    if unknown:
        raise _problem(
            sorted(unknown)[0], tr("surveys:fixed_field", "this field of a survey cannot change", language)
        )
    if "name" in changes:
        name = (changes["name"] or "").strip()
        other = _survey_names(project).get(name)
        if not name:
            raise _problem(
                "name", tr("surveys:no_name", "a survey needs a name, e.g. Baseline 2024", language)
            )
        if other is not None and other != fid:
            raise _problem(
                "name",
                tr(
                    "surveys:name_taken", "the project already has a survey named {name}", language, name=name
                ),
            )
        changes = {**changes, "name": name}
    label = tr("undo:edit_survey", "Edit survey {name}", language, name=current["name"])
    return UpdateRow(SURVEYS, fid, changes, label=label)


@dataclass
class DeleteSurvey:
    """Remove a survey with its questions, responses and answers; undo puts every row back. Relations that
    its roster question added stay: they are the round's network."""

    fid: int
    label: str = ""
    tables: frozenset[str] = SURVEY_TABLE_NAMES
    _rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    _answers: list[tuple] = field(default_factory=list)

    def do(self, project: Project) -> None:
        survey = _one(project, SURVEYS, self.fid, "survey")
        self.label = self.label or tr(
            "undo:delete_survey", "Delete survey {name}", messages_language(), name=survey["name"]
        )
        connection = _connection(project)
        self._rows = {
            SURVEYS.name: [survey],
            QUESTIONS.name: _where(connection, QUESTIONS, QUESTIONS.c.survey_id, self.fid),
            RESPONSES.name: _where(connection, RESPONSES, RESPONSES.c.survey_id, self.fid),
        }
        raw = _raw(project)
        self._answers = raw.execute(
            "SELECT fid, response_id, question_id, value_number, value_text FROM survey_answers WHERE "
            "response_id IN (SELECT fid FROM survey_responses WHERE survey_id = ?)",
            (self.fid,),
        ).fetchall()
        raw.execute(
            "DELETE FROM survey_answers WHERE response_id IN "
            "(SELECT fid FROM survey_responses WHERE survey_id = ?)",
            (self.fid,),
        )
        raw.execute("DELETE FROM survey_responses WHERE survey_id = ?", (self.fid,))
        raw.execute("DELETE FROM survey_questions WHERE survey_id = ?", (self.fid,))
        raw.execute("DELETE FROM surveys WHERE fid = ?", (self.fid,))

    def undo(self, project: Project) -> None:
        connection = _connection(project)
        for table in (SURVEYS, QUESTIONS, RESPONSES):
            if self._rows.get(table.name):
                connection.execute(table.insert(), self._rows[table.name])
        _raw(project).executemany(
            "INSERT INTO survey_answers (fid, response_id, question_id, value_number, value_text) "
            "VALUES (?, ?, ?, ?, ?)",
            self._answers,
        )


def _where(connection, table: Table, column, value) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in connection.execute(select(table).where(column == value))]


def _raw(project: Project):
    """The DB-API connection under the project's session, inside the command's transaction."""
    return _connection(project).connection.driver_connection


# -- questions ------------------------------------------------------------------------------------------
def _check_question(project: Project, survey_id: int, values: Mapping[str, Any], fid: int | None) -> None:
    language = messages_language()
    name = values.get("name") or ""
    if not QUESTION_NAME.match(name) or name.casefold() in RESERVED_NAMES:
        raise _problem(
            "name",
            tr(
                "surveys:bad_question_name",
                "{name} cannot name a question: use a letter, then letters, digits or _ (e.g. "
                "machines_bought), and none of {reserved}",
                language,
                name=repr(name),
                reserved=", ".join(sorted(RESERVED_NAMES)),
            ),
        )
    others = _connection(project).execute(
        select(QUESTIONS.c.fid, QUESTIONS.c.name).where(QUESTIONS.c.survey_id == survey_id)
    )
    if any(other.casefold() == name.casefold() and other_fid != fid for other_fid, other in others):
        raise _problem(
            "name",
            tr(
                "surveys:question_taken",
                "the survey already has a question named {name}",
                language,
                name=name,
            ),
        )
    kind = values.get("type")
    if kind not in QUESTION_TYPES:
        raise _problem(
            "type",
            tr("surveys:bad_type", "{type} is not one of: {types}", language, type=repr(kind),
               types=", ".join(QUESTION_TYPES)),
        )  # fmt: skip
    labels = _json(values.get("labels"))
    if not isinstance(labels, dict) or not any(str(text).strip() for text in labels.values()):
        raise _problem("labels", tr("surveys:no_label", "a question needs a label", language))
    choices = _json(values.get("choices")) or []
    from_registry = values.get("choices_from") == REGISTRY
    if kind in CHOICE_TYPES and not from_registry:
        if not choices:
            raise _problem(
                "choices", tr("surveys:no_choices", "a choice question needs its choices", language)
            )
        seen: set[str] = set()
        for choice in choices:
            choice_name = str(choice.get("name") or "")
            if not CHOICE_NAME.match(choice_name) or choice_name in seen:
                raise _problem(
                    "choices",
                    tr(
                        "surveys:bad_choice_name",
                        "{name} cannot name a choice: each choice needs its own name of letters, digits, "
                        "_ . or - (e.g. yes, 1, small_firm)",
                        language,
                        name=repr(choice_name),
                    ),
                )
            seen.add(choice_name)
            if not any(str(t).strip() for t in (choice.get("labels") or {}).values()):
                raise _problem(
                    "choices",
                    tr("surveys:choice_label", "the choice {name} needs a label", language, name=choice_name),
                )
    if (from_registry or choices) and kind not in CHOICE_TYPES:
        raise _problem(
            "choices",
            tr(
                "surveys:choices_of_type",
                "only select_one and select_multiple questions have choices",
                language,
            ),
        )
    relation_kind = values.get("relation_kind")
    if relation_kind is not None and (
        relation_kind not in RELATION_KINDS or kind != "select_multiple" or not from_registry
    ):
        raise _problem(
            "relation_kind",
            tr(
                "surveys:bad_roster",
                "only a select_multiple question with the registry's firms as choices can make relations, of "
                "one of the kinds: {kinds}",
                language,
                kinds=", ".join(RELATION_KINDS),
            ),
        )


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _question_row(values: Mapping[str, Any]) -> dict[str, Any]:
    row = dict(values)
    for key in ("labels", "hints", "choices"):
        if row.get(key) is not None and not isinstance(row[key], str):
            row[key] = json.dumps(row[key], ensure_ascii=False)
    return row


def add_question(project: Project, survey_id: int, values: dict[str, Any]) -> InsertRows:
    """Add a question at the end of the survey (or at `position`). `labels`, `hints` and `choices` may be
    given as dicts and lists: {"en": "...", "es": "..."}, [{"name": "yes", "labels": {"en": "Yes"}}]."""
    survey = _one(project, SURVEYS, survey_id, "survey")
    _check_question(project, survey_id, values, None)
    count = (
        _connection(project)
        .execute(select(func.count()).select_from(QUESTIONS).where(QUESTIONS.c.survey_id == survey_id))
        .scalar()
    )
    row = _question_row({"position": count, "required": False, **values, "survey_id": survey_id})
    label = tr(
        "undo:add_question", "Add question {name} to {survey}", messages_language(), name=row["name"],
        survey=survey["name"],
    )  # fmt: skip
    return InsertRows({QUESTIONS.name: [row]}, label=label, tables=frozenset({QUESTIONS.name}), order=ORDER)


def update_question(project: Project, fid: int, changes: dict[str, Any]) -> UpdateRow:
    """Change a question; its type cannot change once answers exist (they would no longer fit)."""
    language = messages_language()
    current = _one(project, QUESTIONS, fid, "survey question")
    merged = {**current, **changes}
    _check_question(project, current["survey_id"], _question_row(merged), fid)
    answered = (
        _connection(project)
        .execute(select(func.count()).select_from(ANSWERS).where(ANSWERS.c.question_id == fid))
        .scalar()
    )
    if answered and any(k in changes and changes[k] != current[k] for k in ("type", "name")):
        raise _problem(
            "type",
            tr(
                "surveys:answered",
                "{name} has answers: its name and type cannot change any more",
                language,
                name=current["name"],
            ),
        )
    label = tr("undo:edit_question", "Edit question {name}", language, name=current["name"])
    changed = {k: v for k, v in _question_row(changes).items()}
    return UpdateRow(QUESTIONS, fid, changed, label=label)


def delete_question(project: Project, fid: int) -> DeleteRows:
    """Remove a question with its answers."""
    current = _one(project, QUESTIONS, fid, "survey question")

    def collect(project: Project) -> dict[str, list[dict[str, Any]]]:
        connection = _connection(project)
        return {
            QUESTIONS.name: _where(connection, QUESTIONS, QUESTIONS.c.fid, fid),
            ANSWERS.name: _where(connection, ANSWERS, ANSWERS.c.question_id, fid),
        }

    label = tr("undo:delete_question", "Delete question {name}", messages_language(), name=current["name"])
    order = (QUESTIONS, ANSWERS)
    return DeleteRows(collect, label=label, tables=frozenset({QUESTIONS.name, ANSWERS.name}), order=order)


def reorder_questions(project: Project, survey_id: int, fids: Sequence[int]) -> CommandGroup:
    """Put the survey's questions in the order of `fids` (every question of the survey, once)."""
    language = messages_language()
    survey = _one(project, SURVEYS, survey_id, "survey")
    current = dict(
        _connection(project)
        .execute(select(QUESTIONS.c.fid, QUESTIONS.c.position).where(QUESTIONS.c.survey_id == survey_id))
        .all()
    )
    if sorted(fids) != sorted(current):
        raise _problem(
            "position",
            tr("surveys:reorder", "list every question of the survey once to reorder them", language),
        )
    label = tr("undo:reorder_questions", "Reorder the questions of {survey}", language, survey=survey["name"])
    steps = [
        UpdateRow(QUESTIONS, fid, {"position": position}, label=label)
        for position, fid in enumerate(fids)
        if current[fid] != position
    ]
    return CommandGroup(steps, label)


# -- responses and answers ------------------------------------------------------------------------------
@dataclass
class AnswerColumns:
    """Answers as columns: the response (its position in the responses added together), the question, the
    number (NaN when none) and the text (None when none)."""

    response: np.ndarray  # int, index into the responses
    question: np.ndarray  # int, survey_questions.fid
    number: np.ndarray  # float
    text: list[str | None]

    def __len__(self) -> int:
        return len(self.response)

    @classmethod
    def empty(cls) -> AnswerColumns:
        return cls(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), [])


@dataclass
class AddSurveyResponses:
    """Add the responses of many stakeholders to a survey with all their answers in one step.

    `responses` are dicts with stakeholder_id, submission_id, submitted_at and source; `answers` refer to
    them by position. Responses get fids and UUIDs on the first run and keep them; answers take a block of
    consecutive fids, so undo removes them with one statement."""

    survey_id: int
    responses: list[dict[str, Any]]
    answers: AnswerColumns
    label: str = ""
    tables: frozenset[str] = frozenset({"survey_responses", "survey_answers"})
    _first_answer: int | None = None

    def __post_init__(self) -> None:
        if not self.label:
            language = messages_language()
            self.label = tr_plural(
                "undo:add_responses",
                "Add {count} survey response",
                "Add {count} survey responses",
                len(self.responses),
                language,
            )

    def do(self, project: Project) -> None:
        raw = _raw(project)
        if self._first_answer is None:
            # by response, then question: the unique (response, question) index is then written in order
            order = np.lexsort((self.answers.question, self.answers.response))
            text = self.answers.text
            self.answers = AnswerColumns(
                self.answers.response[order], self.answers.question[order], self.answers.number[order],
                [text[i] for i in order.tolist()],
            )  # fmt: skip
            next_fid = _next_fid(project, RESPONSES)
            for row in self.responses:
                row.setdefault("uuid", new_uuid())
                row["survey_id"] = self.survey_id
                row["fid"], next_fid = next_fid, next_fid + 1
            self._first_answer = _next_fid(project, ANSWERS)
        raw.executemany(
            "INSERT INTO survey_responses (fid, uuid, survey_id, stakeholder_id, submission_id, "
            "submitted_at, source) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (r["fid"], r["uuid"], r["survey_id"], r["stakeholder_id"], r["submission_id"],
                 r.get("submitted_at"), r.get("source"))
                for r in self.responses
            ],
        )  # fmt: skip
        response_fids = np.fromiter((r["fid"] for r in self.responses), np.int64, len(self.responses))
        first = self._first_answer
        answers = self.answers
        fids = response_fids[answers.response].tolist() if len(answers) else []
        questions = answers.question.tolist()
        numbers = [None if n != n else n for n in answers.number.tolist()]  # NaN is no number
        raw.executemany(
            "INSERT INTO survey_answers (fid, response_id, question_id, value_number, value_text) "
            "VALUES (?, ?, ?, ?, ?)",
            zip(range(first, first + len(answers)), fids, questions, numbers, answers.text, strict=True),
        )

    def undo(self, project: Project) -> None:
        raw = _raw(project)
        if len(self.answers):
            raw.execute(
                "DELETE FROM survey_answers WHERE fid BETWEEN ? AND ?",
                (self._first_answer, self._first_answer + len(self.answers) - 1),
            )
        raw.executemany("DELETE FROM survey_responses WHERE fid = ?", [(r["fid"],) for r in self.responses])


# -- stakeholders deleted or merged ---------------------------------------------------------------------
def _responses_of(project: Project, fids: Sequence[int]) -> list[dict[str, Any]]:
    connection = _connection(project)
    found: list[dict[str, Any]] = []
    fids = list(fids)
    for start in range(0, len(fids), 500):
        chunk = fids[start : start + 500]
        found.extend(
            dict(r._mapping)
            for r in connection.execute(select(RESPONSES).where(RESPONSES.c.stakeholder_id.in_(chunk)))
        )
    return found


def _remove_responses(project: Project, responses: list[dict[str, Any]]) -> Callable[[Project], None]:
    raw = _raw(project)
    fids = [(r["fid"],) for r in responses]
    answers: list[tuple] = []
    for start in range(0, len(fids), 500):
        chunk = [f[0] for f in fids[start : start + 500]]
        marks = ",".join("?" * len(chunk))
        answers.extend(
            raw.execute(
                "SELECT fid, response_id, question_id, value_number, value_text FROM survey_answers "
                f"WHERE response_id IN ({marks})",
                chunk,
            ).fetchall()
        )
    raw.executemany("DELETE FROM survey_answers WHERE response_id = ?", fids)
    raw.executemany("DELETE FROM survey_responses WHERE fid = ?", fids)

    def restore(project: Project) -> None:
        if responses:
            _connection(project).execute(RESPONSES.insert(), responses)
        _raw(project).executemany(
            "INSERT INTO survey_answers (fid, response_id, question_id, value_number, value_text) "
            "VALUES (?, ?, ?, ?, ?)",
            answers,
        )

    return restore


def detach_stakeholders(project: Project, fids: Sequence[int]) -> Callable[[Project], None]:
    """Remove the survey responses (with their answers) of stakeholders about to be deleted; return the
    undo. (core.edits.STAKEHOLDER_REFERENCE_HOOKS)"""
    return _remove_responses(project, _responses_of(project, fids))


def repoint_stakeholders(project: Project, merged: Sequence[int], survivor: int) -> Callable[[Project], None]:
    """Move the responses of merged-away stakeholders to the survivor. A survey answers once per firm, so
    where the survivor already answered a survey its own answers are kept and the merged-away response of
    that survey stays behind, to be removed with the stakeholder (undo brings it back); between merged-away
    stakeholders, the first in `merged` order keeps its response. (registry_edits.STAKEHOLDER_MERGE_HOOKS)"""
    connection = _connection(project)
    answered = {
        r[0]
        for r in connection.execute(
            select(RESPONSES.c.survey_id).where(RESPONSES.c.stakeholder_id == survivor)
        )
    }
    order = {fid: index for index, fid in enumerate(merged)}
    moved: list[dict[str, Any]] = []
    for response in sorted(
        _responses_of(project, merged), key=lambda r: (order[r["stakeholder_id"]], r["fid"])
    ):
        if response["survey_id"] not in answered:
            answered.add(response["survey_id"])
            moved.append(response)
    raw = _raw(project)
    raw.executemany(
        "UPDATE survey_responses SET stakeholder_id = ? WHERE fid = ?", [(survivor, r["fid"]) for r in moved]
    )

    def restore(project: Project) -> None:
        _raw(project).executemany(
            "UPDATE survey_responses SET stakeholder_id = ? WHERE fid = ?",
            [(r["stakeholder_id"], r["fid"]) for r in moved],
        )

    return restore
