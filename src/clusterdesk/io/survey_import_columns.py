"""What each column of a KoboToolbox or ODK Central data export holds, from its heading.

- Questions are named with their group path or without it: "answers/employees" (KoboToolbox),
  "answers-employees" (ODK Central), "employees" (either, with group names left out).
- A select-multiple question has one column of space-separated choices and/or one 0/1 column per
  choice: "cooperation/f_…" (both tools), "cooperation.f_…" (some downloads and R/Stata tools).
- A geopoint is one column "lat lon altitude accuracy" and/or split columns: KoboToolbox
  "_location_latitude", "_longitude", "_altitude", "_precision" (after the group path, if any); ODK Central
  "location-Latitude", "-Longitude", "-Altitude", "-Accuracy".
- Submission: `_uuid`, `meta/instanceID` or `meta-instanceID`, `KEY` (ODK, "uuid:…"); submitted:
  `_submission_time`, `SubmissionDate`. Other columns the tools add (`_id`, `_index`, `start`, `SubmitterID`,
  `ReviewState` …) are read past.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clusterdesk.core.survey_reader import Question
from clusterdesk.io.field_names import field_for_header
from clusterdesk.io.xlsform_firms import FIRM_QUESTION

SUBMISSION_COLUMNS = ("_uuid", "meta/instanceID", "meta-instanceID", "instanceID", "KEY")  # by preference
SUBMITTED_COLUMNS = ("_submission_time", "SubmissionDate")
TOOL_COLUMNS = frozenset(
    "_id _index _validation_status _notes _status _submitted_by __version__ _tags _attachments _geolocation "
    "_xform_id_string _bamboo_dataset_id _duration start end today deviceid username phonenumber audit "
    "SubmitterID SubmitterName AttachmentsPresent AttachmentsExpected Status ReviewState DeviceID Edits "
    "FormVersion PARENT_KEY meta/rootUuid meta-rootUuid meta/deprecatedID meta-deprecatedID formhub/uuid "
    "meta/instanceName meta-instanceName".casefold().split()
)
_KOBO_GEO = {"latitude": 0, "longitude": 1, "altitude": 2, "precision": 3}
_ODK_GEO = {"latitude": 0, "longitude": 1, "altitude": 2, "accuracy": 3}
GROUP_SEPARATORS = ("/", "-")


@dataclass
class ExportColumns:
    """The columns of an export that the import reads, by what they hold."""

    firm: str | None = None  # the firm question
    name: str | None = None  # a stakeholder name, when there is no firm question
    submission: str | None = None
    submitted: str | None = None
    values: dict[str, str] = field(default_factory=dict)  # question name -> column of its answers
    choices: dict[str, dict[str, str]] = field(default_factory=dict)  # question -> choice -> 0/1 column
    geo_parts: dict[str, dict[int, str]] = field(default_factory=dict)  # question -> part -> column
    unknown: list[str] = field(default_factory=list)  # columns that are neither the form's nor the tools'


def _path_end(header: str, name: str) -> bool:
    """Whether `header` is `name` after a group path ("answers/employees", "a-b-employees")."""
    if header == name:
        return True
    return any(header.endswith(sep + name) for sep in GROUP_SEPARATORS)


def _question_of(header: str, by_name: dict[str, Question]) -> Question | None:
    for name, question in by_name.items():
        if _path_end(header, name):
            return question
    return None


def _split_choice(header: str, question: Question, names: set[str]) -> str | None:
    """The choice a 0/1 column of a select-multiple question stands for, or None."""
    for sep in ("/", "."):
        mark = question.name + sep
        at = header.rfind(mark)
        if at < 0:
            continue
        before, choice = header[:at], header[at + len(mark) :]
        if (not before or before.endswith(GROUP_SEPARATORS)) and choice in names:
            return choice
    return None


def _geo_part(header: str, question: Question) -> int | None:
    """Which part of a geopoint a split column holds (0 latitude … 3 accuracy), or None."""
    last = header.rsplit("/", 1)[-1]
    for part, index in _KOBO_GEO.items():
        if last == f"_{question.name}_{part}":
            return index
    for part, index in _ODK_GEO.items():
        suffix = f"-{part.capitalize()}"
        if header.endswith(suffix) and _path_end(header[: -len(suffix)], question.name):
            return index
    return None


def resolve_columns(
    headers: list[str], questions: list[Question], choice_names: dict[str, set[str]]
) -> ExportColumns:
    """Sort the export's columns; `choice_names` gives each select-multiple question's known choices."""
    found = ExportColumns()
    by_name = {q.name: q for q in questions}
    multiple = [q for q in questions if q.type == "select_multiple"]
    points = [q for q in questions if q.type == "geopoint"]
    submission_rank = len(SUBMISSION_COLUMNS)
    for header in headers:
        plain = header.strip()
        if plain in SUBMISSION_COLUMNS:
            rank = SUBMISSION_COLUMNS.index(plain)
            if rank < submission_rank:
                found.submission, submission_rank = header, rank
            continue
        if plain in SUBMITTED_COLUMNS:
            found.submitted = found.submitted or header
            continue
        if _path_end(plain, FIRM_QUESTION) and found.firm is None:
            found.firm = header
            continue
        choice = next(
            ((q, c) for q in multiple if (c := _split_choice(plain, q, choice_names.get(q.name, set())))),
            None,
        )
        if choice is not None:
            found.choices.setdefault(choice[0].name, {})[choice[1]] = header
            continue
        part = next(((q, p) for q in points if (p := _geo_part(plain, q)) is not None), None)
        if part is not None:
            found.geo_parts.setdefault(part[0].name, {})[part[1]] = header
            continue
        question = _question_of(plain, by_name)
        if question is not None and question.name not in found.values:
            found.values[question.name] = header
            continue
        if plain.casefold() in TOOL_COLUMNS or plain.startswith("_"):
            continue
        if found.name is None and field_for_header(plain) == "name":
            found.name = header
            continue
        found.unknown.append(header)
    return found
