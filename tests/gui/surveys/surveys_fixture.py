"""A small project with two surveys of the same questions (a baseline and a follow-up) for the Surveys tab,
the chart, the completeness figures and the map colouring; every figure the tests expect is worked out
here by hand.

Firms A to E are enterprises, F a supplier and G a business association. The baseline (round baseline)
has responses from A, B, C and D, the follow-up (round follow_up_1) from A, B and E.

    question      baseline                      follow-up
    employees     A 10, B 20, C -, D 40         A 12, B 0, E 30      (B's 0 is an answer; "-" is none)
    sales         A 100, B 300, C 200, D -      A 150, B -, E -
    main_market   A local, B export, C local    A national, B export, E -
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import numpy as np

from clusterdesk.core import edits, survey_edits
from clusterdesk.core.project import Project
from clusterdesk.core.workspace import RecentFiles, Workspace

FIRMS = (
    "Textiles Imbabura",
    "Hilados del Norte",
    "Confecciones Andrade",
    "Tejidos Cotacachi",
    "Moda Otavalo",
)
SUPPLIER = "Tintorería San Roque"
ASSOCIATION = "Cámara de Comercio"
NAMES = (*FIRMS, SUPPLIER, ASSOCIATION)
BASELINE, FOLLOW_UP = "Baseline 2023", "Follow-up 2024"
MARKET_CHOICES = [
    {"name": "local", "labels": {"en": "Local", "ru": "Местный"}},
    {"name": "national", "labels": {"en": "National", "ru": "Национальный"}},
    {"name": "export", "labels": {"en": "Export", "ru": "Экспорт"}},
]
# answers by survey: firm letter -> {question: value}
ANSWERS = {
    BASELINE: {
        "A": {"employees": 10, "sales": 100, "main_market": "local"},
        "B": {"employees": 20, "sales": 300, "main_market": "export"},
        "C": {"sales": 200, "main_market": "local"},
        "D": {"employees": 40},
    },
    FOLLOW_UP: {
        "A": {"employees": 12, "sales": 150, "main_market": "national"},
        "B": {"employees": 0, "main_market": "export"},
        "E": {"employees": 30},
    },
}
LETTERS = "ABCDEFG"


def add_market_question(project: Project, survey_id: int) -> None:
    project.stack.push(
        survey_edits.add_question(
            project,
            survey_id,
            {
                "name": "main_market",
                "type": "select_one",
                "labels": {"en": "Main market", "ru": "Основной рынок"},
                "choices": MARKET_CHOICES,
            },
        )  # fmt: skip
    )


def add_responses(project: Project, survey_id: int, answers: dict, fids: dict[str, int]) -> None:
    questions = {
        name: fid
        for fid, name in project.connection.execute(
            "SELECT fid, name FROM survey_questions WHERE survey_id = ?", (survey_id,)
        )
    }
    responses, response_index, question_ids, numbers, texts = [], [], [], [], []
    for position, (letter, values) in enumerate(answers.items()):
        responses.append({"stakeholder_id": fids[letter], "submission_id": f"{survey_id}-{letter}",
                          "submitted_at": "2023-03-10T10:00:00", "source": "entered"})  # fmt: skip
        for name, value in values.items():
            response_index.append(position)
            question_ids.append(questions[name])
            numeric = not isinstance(value, str)
            numbers.append(float(value) if numeric else np.nan)
            texts.append(None if numeric else value)
    columns = survey_edits.AnswerColumns(
        np.array(response_index, dtype=np.int64),
        np.array(question_ids, dtype=np.int64),
        np.array(numbers),
        texts,
    )
    project.stack.push(survey_edits.AddSurveyResponses(survey_id, responses, columns))


def survey_fid(project: Project, name: str) -> int:
    return project.connection.execute("SELECT fid FROM surveys WHERE name = ?", (name,)).fetchone()[0]


def build_survey_project(path: Path, language: str = "en") -> Path:
    """The project described above; `language` is the project's (the standard questions' labels)."""
    project = Project.new(path, "Atuntaqui garments", country="EC", sector_code="1410", language=language)
    rows = [{"name": name, "lon": -78.21 + 0.02 * i, "lat": 0.33 - 0.015 * i} for i, name in enumerate(FIRMS)]
    rows.append({"name": SUPPLIER, "kind": "supplier", "lon": -78.13, "lat": 0.36})
    rows.append({"name": ASSOCIATION, "kind": "business_association", "lon": -78.26, "lat": 0.25})
    add = edits.AddStakeholders(rows)
    project.stack.push(add)
    fids = dict(zip(LETTERS, add.added_fids, strict=True))
    for name, round_code, day in ((BASELINE, "baseline", dt.date(2023, 3, 15)),
                                  (FOLLOW_UP, "follow_up_1", dt.date(2024, 3, 15))):  # fmt: skip
        project.stack.push(survey_edits.create_survey(project, name, round_code, day))
        survey_id = survey_fid(project, name)
        add_market_question(project, survey_id)
        add_responses(project, survey_id, ANSWERS[name], fids)
    project.save()
    project.close()
    return path


def stakeholder_fids(project: Project) -> dict[str, int]:
    names = dict(project.connection.execute("SELECT name, fid FROM stakeholders"))
    return {letter: names[name] for letter, name in zip(LETTERS, NAMES, strict=True)}


def open_copy(template: Path, folder: Path) -> Workspace:
    path = folder / "surveys.gpkg"
    shutil.copy(template, path)
    workspace = Workspace(RecentFiles(folder / "recent.json"))
    workspace.open(path)
    return workspace


def labels_json(text: str) -> str:
    return json.dumps({"en": text})
