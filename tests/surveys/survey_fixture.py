"""Surveys in copies of the samples, and data exports of their forms written the way KoboToolbox (formpack:
";" separated, group paths with "/", select-multiple as a summary column and one 0/1 column per choice,
geopoints as a column and "_name_latitude" … columns, `_uuid`, `_submission_time`, `_index`) and ODK Central
(group paths with "-", SubmissionDate first, split select-multiple "name/choice" columns, geopoints as
"-Latitude" … columns, `meta-instanceID` and `KEY` as "uuid:…", the reviewer's columns at the end) write
them."""

from __future__ import annotations

import csv
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from clusterdesk.core.project import Project
from clusterdesk.core.survey_edits import add_question, create_survey
from clusterdesk.core.survey_reader import read_questions, read_surveys
from clusterdesk.io.xlsform_firms import registry_firms

SAMPLES = Path(__file__).resolve().parents[2] / "sample_projects"
SURVEY = "Firm survey 2025"
ROUND = "follow_up_2"
KOBO_META = ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by",
             "__version__", "_tags", "_index"]  # fmt: skip
ODK_TAIL = ["meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent",
            "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion"]  # fmt: skip


def survey_project(tmp_path: Path, sample: str = "atuntaqui_garments") -> Path:
    """A copy of a sample with the survey SURVEY (standard questions, a size class and a location)."""
    path = tmp_path / f"{sample}.gpkg"
    shutil.copy(SAMPLES / f"{sample}.gpkg", path)
    with Project.open(path) as project:
        project.stack.push(create_survey(project, SURVEY, ROUND))
        survey = read_surveys(project.connection)[-1]
        size = {
            "name": "size_class",
            "type": "select_one",
            "labels": {"en": "Size of the firm", "es": "Tamaño de la empresa"},
            "choices": [
                {"name": "micro", "labels": {"en": "Micro (1-9)", "es": "Micro (1-9)"}},
                {"name": "small", "labels": {"en": "Small (10-49)", "es": "Pequeña (10-49)"}},
                {"name": "medium", "labels": {"en": "Medium (50+)", "es": "Mediana (50+)"}},
            ],
        }
        project.stack.push(add_question(project, survey.fid, size))
        place = {"name": "workshop", "type": "geopoint", "labels": {"en": "Where is the workshop?"}}
        project.stack.push(add_question(project, survey.fid, place))
        project.save()
    return path


@dataclass
class Answer:
    """One submission: the firm's choice name and its answers by question name."""

    firm: str
    values: dict[str, object]
    submission: str = ""

    def __post_init__(self) -> None:
        self.submission = self.submission or str(uuid.uuid4())


def firm_choices(project: Project) -> list[str]:
    return [firm.choice for firm in registry_firms(project.connection)]


def _value(answer: Answer, name: str) -> str:
    value = answer.values.get(name, "")
    if isinstance(value, list | tuple):
        return " ".join(value)
    return str(value)


def _point(answer: Answer) -> list[str]:
    text = _value(answer, "workshop")
    return (text.split() + ["", "", "", ""])[:4]


def write_kobo(project: Project, answers: list[Answer], path: Path) -> Path:
    survey = read_surveys(project.connection)[-1]
    questions = read_questions(project.connection, survey.fid)
    choices = firm_choices(project)
    header = ["start", "end", "firm"]
    for q in questions:
        header.append(f"answers/{q.name}")
        if q.type == "select_multiple":
            header.extend(f"answers/{q.name}/{c}" for c in choices)
        if q.type == "geopoint":
            header.extend(
                f"answers/_{q.name}_{part}" for part in ("latitude", "longitude", "altitude", "precision")
            )
    header.extend(KOBO_META)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        for index, answer in enumerate(answers, start=1):
            row = ["2025-03-01T09:00:00.000-05:00", "2025-03-01T09:20:00.000-05:00", answer.firm]
            for q in questions:
                row.append(_value(answer, q.name))
                if q.type == "select_multiple":
                    chosen = set(answer.values.get(q.name) or [])
                    row.extend("1" if c in chosen else "0" for c in choices)
                if q.type == "geopoint":
                    row.extend(_point(answer))
            submitted = f"2025-03-0{1 + index % 8}T14:{index % 60:02d}:00"
            row.extend([str(1000 + index), answer.submission, submitted, "", "[]", "submitted_via_web", "",
                        "vHrmcL4xTnw9F2q", "[]", str(index)])  # fmt: skip
            writer.writerow(row)
    return path


def write_odk(project: Project, answers: list[Answer], path: Path) -> Path:
    survey = read_surveys(project.connection)[-1]
    questions = read_questions(project.connection, survey.fid)
    choices = firm_choices(project)
    header = ["SubmissionDate", "start", "end", "firm"]
    for q in questions:
        if q.type == "geopoint":
            header.extend(
                f"answers-{q.name}-{part}" for part in ("Latitude", "Longitude", "Altitude", "Accuracy")
            )
            continue
        header.append(f"answers-{q.name}")
        if q.type == "select_multiple":
            header.extend(f"answers-{q.name}/{c}" for c in choices)
    header.extend(ODK_TAIL)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for index, answer in enumerate(answers, start=1):
            row = [f"2025-03-0{1 + index % 8}T14:{index % 60:02d}:00.000Z", "2025-03-01T09:00:00.000-05:00",
                   "2025-03-01T09:20:00.000-05:00", answer.firm]  # fmt: skip
            for q in questions:
                if q.type == "geopoint":
                    row.extend(_point(answer))
                    continue
                row.append(_value(answer, q.name))
                if q.type == "select_multiple":
                    chosen = set(answer.values.get(q.name) or [])
                    row.extend("1" if c in chosen else "0" for c in choices)
            key = f"uuid:{answer.submission}"
            row.extend([key, key, "7", "Encuestador 1", "0", "0", "", "", "collect:abc123", "0", "1"])
            writer.writerow(row)
    return path
