"""Reading filled-in capacity assessment workbooks (the template or an earlier export) back into a project.

Every row is checked before anything is stored, and nothing is stored when any row is wrong: each problem
names the spreadsheet row, the column and what to do. Scores may be left empty (the assessment is then
incomplete); institution rounds left entirely empty are skipped, so a template prepared for every
institution can come back with only the ones the team visited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from clusterdesk.analysis.capacity_scores import Framework, load_framework
from clusterdesk.core.capacity import NAMED_ROUNDS, SCALE_MAX, SCALE_MIN, is_valid_round, round_sort_key
from clusterdesk.core.capacity_edits import FRAMEWORKS, AssessmentInput, SaveAssessments
from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.io.capacity_xlsx import COLUMNS, SCORES_SHEET, _stakeholders
from clusterdesk.io.capacity_xlsx_headings import read_rows
from clusterdesk.io.cell_refusal import CellProblemsError
from clusterdesk.io.cell_text import cell_text
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.row_checks import Problem

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

REQUIRED = ("Institution", "Round", "Indicator code", "Score")
_ROUND_WORDS = {label.casefold(): code for code, label in NAMED_ROUNDS.items()}


class CapacityImportError(CellProblemsError):
    """The workbook has bad rows; nothing was imported."""

    listed = 12


@dataclass
class ImportedAssessments:
    """Checked assessments from a workbook, ready to store as one undoable step."""

    file_name: str
    framework: Framework
    items: list[AssessmentInput] = field(default_factory=list)
    skipped: int = 0  # institution rounds left entirely empty in the workbook

    def command(self) -> SaveAssessments:
        label = tr(
            "undo:import_assessments",
            "Import capacity assessments from {file}",
            messages_language(),
            file=self.file_name,
        )
        return SaveAssessments(self.items, label=label)

    def describe(self) -> str:
        language = messages_language()
        text = tr_plural(
            "capacity_import:assessments",
            "{count} assessment from {file}",
            "{count} assessments from {file}",
            len(self.items),
            language,
            file=self.file_name,
        )
        if not self.skipped:
            return text
        return text + tr_plural(
            "capacity_import:skipped",
            "; {count} left empty and skipped",
            "; {count} left empty and skipped",
            self.skipped,
            language,
        )


def _framework_for(project: Project, framework_uuid: str | None, file_name: str) -> Framework:
    fid = None
    if framework_uuid:
        query = select(FRAMEWORKS.c.fid).where(FRAMEWORKS.c.uuid == framework_uuid)
        fid = project.session.connection().execute(query).scalar()
        if fid is None:
            raise ImportFileError(
                f"{file_name} was made for an assessment framework this project does not have. "
                "Make a new template from this project."
            )
    framework = load_framework(project, fid)
    if framework is None:
        raise ImportFileError("The project has no capacity assessment framework. Add the default one first.")
    return framework


def _parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(cell_text(value)[:10])


class _RowChecker:
    """Turns rows of the Scores sheet into (institution, round, indicator, score, …), collecting problems."""

    def __init__(self, project: Project, framework: Framework, header: list[str]) -> None:
        self.framework = framework
        self.at = {name: header.index(name) for name in COLUMNS if name in header}
        stakeholders = _stakeholders(project)
        self.by_uuid = {s.uuid: s for s in stakeholders}
        self.by_name: dict[str, list[Any]] = {}
        for s in stakeholders:
            self.by_name.setdefault(s.name.strip().casefold(), []).append(s)
        self.indicators = {i.code.casefold(): i for i in framework.indicators}
        self.problems: list[Problem] = []
        self.row = 0
        self.values: list[Any] = []

    def cell(self, column: str) -> Any:
        position = self.at.get(column)
        return self.values[position] if position is not None and position < len(self.values) else None

    def problem(self, column: str, reason: str) -> None:
        self.problems.append(Problem(self.row, column, cell_text(self.cell(column)), reason))

    def institution(self) -> Any:
        found = self.by_uuid.get(cell_text(self.cell("Institution ID")))
        if found is not None:
            return found
        name = cell_text(self.cell("Institution"))
        matches = self.by_name.get(name.casefold(), [])
        if len(matches) == 1:
            return matches[0]
        if not name:
            self.problem("Institution", "empty; write the institution's name as in the project registry")
        elif matches:
            self.problem("Institution", "several stakeholders have this name; keep the template's ID column")
        else:
            self.problem(
                "Institution",
                "no stakeholder of this project has this name; check the spelling or "
                "add the institution to the registry first",
            )
        return None

    def round(self) -> str | None:
        text = cell_text(self.cell("Round"))
        code = _ROUND_WORDS.get(text.casefold(), text)
        if is_valid_round(code):
            return code
        self.problem("Round", "use baseline, mid_term, final or a date written YYYY-MM-DD")
        return None

    def indicator(self) -> Any:
        code = cell_text(self.cell("Indicator code"))
        found = self.indicators.get(code.casefold())
        if not code:
            self.problem("Indicator code", "missing; copy the indicator's code from the Rubric sheet")
        elif found is None:
            self.problem("Indicator code", f"not an indicator of {self.framework.name}; see the Rubric sheet")
        return found

    def score(self) -> int | None:
        text = cell_text(self.cell("Score")).replace(",", ".")
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            value = None
        if value is None or value != int(value) or not SCALE_MIN <= value <= SCALE_MAX:
            self.problem("Score", f"must be a whole number from {SCALE_MIN} to {SCALE_MAX}, or empty")
            return None
        return int(value)

    def day(self) -> dt.date | None:
        if not cell_text(self.cell("Assessment date")):
            return None
        try:
            return _parse_date(self.cell("Assessment date"))
        except ValueError:
            self.problem("Assessment date", "not a date; write it as YYYY-MM-DD")
            return None


def read_assessments(project: Project, path: Path) -> ImportedAssessments:
    """Check a filled-in workbook. Raises CapacityImportError listing every bad cell; writes nothing."""
    path = Path(path)
    rows, framework_uuid = read_rows(path)  # sheet and headings in any of the four languages
    framework = _framework_for(project, framework_uuid, path.name)
    header = [cell_text(c) for c in rows[0]] if rows else []
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ImportFileError(
            f"{path.name}: the first row of the {SCORES_SHEET} sheet has no column {', '.join(missing)}. "
            "Keep the template's column headers."
        )
    check = _RowChecker(project, framework, header)
    groups: dict[tuple[int, str], dict[str, Any]] = {}
    first_row: dict[tuple[int, str, int], int] = {}
    for number, values in enumerate(rows[1:], start=2):
        if all(cell_text(v) == "" for v in values):
            continue
        check.row, check.values = number, values
        before = len(check.problems)
        institution, round_code, indicator = check.institution(), check.round(), check.indicator()
        score, day = check.score(), check.day()
        if len(check.problems) > before:
            continue
        earlier = first_row.setdefault((institution.fid, round_code, indicator.fid), number)
        if earlier != number:
            check.problem(
                "Indicator code",
                f"{institution.name} has this indicator for this round in row "
                f"{earlier} already; keep one row",
            )
            continue
        group = groups.setdefault(
            (institution.fid, round_code), {"scores": {}, "day": None, "assessor": None}
        )
        evidence = cell_text(check.cell("Evidence")) or None
        if score is not None or evidence:
            group["scores"][indicator.fid] = (score, evidence)
        group["day"] = group["day"] or day
        group["assessor"] = group["assessor"] or (cell_text(check.cell("Assessor")) or None)
    if check.problems:
        raise CapacityImportError(path.name, check.problems)
    imported = ImportedAssessments(path.name, framework)
    in_order = sorted(groups.items(), key=lambda g: (g[0][0], round_sort_key(g[0][1])))
    for (institution_id, round_code), group in in_order:
        if not group["scores"]:
            imported.skipped += 1
            continue
        item = AssessmentInput(
            framework.fid,
            institution_id,
            round_code,
            group["scores"],
            assessed_on=group["day"],
            assessor=group["assessor"],
        )
        imported.items.append(item)
    return imported
