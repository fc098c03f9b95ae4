"""Capacity assessments in Excel: an export for reading and sharing, and a fill-in template for field teams
that imports back.

Both workbooks carry the same "Scores" sheet (one row per institution, round and indicator), so an
exported workbook can be corrected and imported again with `capacity_xlsx_import.read_assessments`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from clusterdesk.analysis.capacity_scores import (
    Assessment,
    Framework,
    load_assessments,
    load_framework,
    round_name,
    score_assessment,
)
from clusterdesk.core import capacity_framework_labels as labels
from clusterdesk.core.capacity import SCALE_MAX, SCALE_MIN, is_valid_round
from clusterdesk.core.catalogue import tr
from clusterdesk.core.model import Stakeholder
from clusterdesk.core.vocabulary import SUPPORT_INSTITUTION_KINDS
from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.io.capacity_xlsx_headings import column_titles, level_title, sheet_names
from clusterdesk.io.errors import ExportError
from clusterdesk.io.spreadsheet_text import xlsx_row

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

SCORES_SHEET = "Scores"
KEY_SHEET = "clusterdesk"  # hidden: says which framework the workbook belongs to
COLUMNS = (
    "Institution",
    "Round",
    "Assessment date",
    "Assessor",
    "Dimension",
    "Indicator code",
    "Indicator",
    "Score",
    "Evidence",
    "Institution ID",
)
REQUIRED = ("Institution", "Round", "Indicator code", "Score")
WIDTHS = (42, 12, 16, 22, 34, 14, 40, 8, 60, 38)


def _stakeholders(project: Project, fids: Iterable[int] | None = None) -> list[Any]:
    table = Stakeholder.__table__
    query = select(table.c.fid, table.c.uuid, table.c.name, table.c.kind).order_by(table.c.name)
    if fids is not None:
        query = query.where(table.c.fid.in_(list(fids)))
    return project.session.connection().execute(query).all()


def support_institutions(project: Project) -> list[Any]:
    return [s for s in _stakeholders(project) if s.kind in SUPPORT_INSTITUTION_KINDS]


def _require_framework(project: Project, framework_id: int | None) -> Framework:
    framework = load_framework(project, framework_id)
    if framework is None:
        raise ExportError("The project has no capacity assessment framework yet. Add the default one first.")
    return framework


# -- writing ---------------------------------------------------------------------------------------
def _workbook():
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    return workbook


def _header(sheet, columns: Iterable[str], widths: Iterable[int], language: str | None = "en") -> None:
    """The bold first row: the known English headings in `language`, other columns (dimension names,
    levels) as given."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    titles = column_titles(language)
    sheet.append(xlsx_row(sheet, [titles.get(column, column) for column in columns]))
    for position, width in enumerate(widths, start=1):
        cell = sheet.cell(row=1, column=position)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="34495E")
        sheet.column_dimensions[get_column_letter(position)].width = width
    sheet.freeze_panes = "B2"


def _scores_sheet(
    workbook, framework: Framework, rows: list[tuple[Any, str, Assessment | None]], language: str | None
) -> None:
    """One row per (institution, round, indicator); `rows` gives (stakeholder, round, assessment or None).
    Rounds stay codes (baseline, 2025-06-30), which the import reads back."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    sheet = workbook.create_sheet(sheet_names(language)[SCORES_SHEET])
    _header(sheet, COLUMNS, WIDTHS, language)
    to_fill = PatternFill("solid", fgColor="FFF5CC")
    wrapped, grey = Alignment(wrap_text=True, vertical="top"), Font(color="999999")
    row = 1  # counted here: openpyxl's max_row scans every cell, which made large exports quadratic
    for institution, round_code, assessment in rows:
        for dimension in framework.dimensions:
            for indicator in dimension.indicators:
                score = assessment.scores.get(indicator.fid) if assessment else None
                evidence = assessment.evidence.get(indicator.fid) if assessment else None
                day = assessment.assessed_on if assessment else None
                assessor = assessment.assessor if assessment else None
                sheet.append(
                    xlsx_row(
                        sheet,
                        [
                            institution.name,
                            round_code,
                            day,
                            assessor,
                            labels.dimension_name(dimension.code, dimension.name, language),
                            indicator.code,
                            labels.indicator_name(indicator.code, indicator.name, language),
                            score,
                            evidence,
                            institution.uuid,
                        ],
                    )
                )
                row += 1
                sheet.cell(row=row, column=3).number_format = "yyyy-mm-dd"
                for column in (3, 4, 8, 9):
                    sheet.cell(row=row, column=column).fill = to_fill
                sheet.cell(row=row, column=9).alignment = wrapped
                sheet.cell(row=row, column=10).font = grey
    rule = DataValidation(
        type="whole",
        operator="between",
        formula1=str(SCALE_MIN),
        formula2=str(SCALE_MAX),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=column_titles(language)["Score"],
        error=tr(
            "capacity_xlsx:score_rule",
            "Enter a whole number from {low} to {high}, or leave it empty.",
            language,
            low=SCALE_MIN,
            high=SCALE_MAX,
        ),
    )
    sheet.add_data_validation(rule)
    rule.add(f"H2:H{max(row, 2)}")
    sheet.auto_filter.ref = sheet.dimensions


def _rubric_sheet(workbook, framework: Framework, language: str | None) -> None:
    """What each level means for each indicator: the default framework's texts in `language` while they
    are unchanged, as the reports print them; texts a user wrote as written."""
    from openpyxl.styles import Alignment

    sheet = workbook.create_sheet(sheet_names(language)["Rubric"])
    levels = range(SCALE_MIN, SCALE_MAX + 1)
    _header(
        sheet,
        ["Dimension", "Indicator code", "Indicator", *(level_title(n, language) for n in levels)],
        [30, 12, 30, *(36 for _ in levels)],
        language,
    )
    wrapped = Alignment(wrap_text=True, vertical="top")
    for row, indicator_of in enumerate(((d, i) for d in framework.dimensions for i in d.indicators), start=2):
        dimension, indicator = indicator_of
        texts = [labels.rubric_text(indicator.code, n, indicator.levels.get(n, ""), language) for n in levels]
        names = [
            labels.dimension_name(dimension.code, dimension.name, language),
            indicator.code,
            labels.indicator_name(indicator.code, indicator.name, language),
        ]
        sheet.append(xlsx_row(sheet, [*names, *texts]))
        for column in range(1, 4 + len(levels)):
            sheet.cell(row=row, column=column).alignment = wrapped


def _instructions_sheet(workbook, framework: Framework, round_code: str, language: str | None) -> None:
    sheet = workbook.create_sheet(sheet_names(language)["Instructions"])
    name = labels.framework_name(framework.name, language)
    for line in (
        tr(
            "capacity_xlsx:title",
            "Capacity assessment: {framework}, round {round}",
            language,
            framework=name,
            round=round_name(round_code, language),
        ),
        "",
        tr(
            "capacity_xlsx:fill",
            "On the Scores sheet, fill in the yellow cells for each institution you assess:",
            language,
        ),
        tr(
            "capacity_xlsx:score_help",
            "Score: a whole number from {low} to {high} (the Rubric sheet says what each means).",
            language,
            low=SCALE_MIN,
            high=SCALE_MAX,
        ),
        tr(
            "capacity_xlsx:evidence_help",
            "Evidence: what you saw or were told that supports the score (documents, records, interviews).",
            language,
        ),
        tr(
            "capacity_xlsx:date_help",
            "Assessment date and Assessor: on at least one row of each institution.",
            language,
        ),
        tr(
            "capacity_xlsx:empty_help",
            "Leave a score empty when it could not be assessed; the assessment is then shown as incomplete.",
            language,
        ),
        tr(
            "capacity_xlsx:keep_help",
            "Do not change the Institution, Round or Indicator code columns; delete the rows of institutions "
            "you did not visit, or leave them empty.",
            language,
        ),
    ):
        sheet.append(xlsx_row(sheet, [line]))
    sheet.column_dimensions["A"].width = 110


def _key_sheet(workbook, project: Project, framework: Framework) -> None:
    from clusterdesk.core.capacity_edits import FRAMEWORKS

    uuid = (
        project.session.connection()
        .execute(select(FRAMEWORKS.c.uuid).where(FRAMEWORKS.c.fid == framework.fid))
        .scalar()
    )
    sheet = workbook.create_sheet(KEY_SHEET)
    sheet.append(xlsx_row(sheet, ["framework_uuid", uuid]))
    sheet.append(xlsx_row(sheet, ["framework_name", framework.name]))
    sheet.sheet_state = "hidden"


def _save(workbook, path: Path) -> Path:
    path = Path(path)
    try:
        workbook.save(path)
    except OSError as error:
        raise ExportError(
            f"Cannot write {path.name}: {error.strerror or error}. Choose another folder."
        ) from error
    return path


def write_template(
    project: Project,
    path: Path,
    round_code: str,
    *,
    institution_ids: Iterable[int] | None = None,
    framework_id: int | None = None,
) -> Path:
    """A workbook to fill in for one round: a row per indicator for each institution (the support
    institutions when none are given), with the rubric on its own sheet."""
    if not is_valid_round(round_code):
        raise ExportError(
            f"{round_code!r} is not a round: use baseline, mid_term, final or a date YYYY-MM-DD."
        )
    framework = _require_framework(project, framework_id)
    institutions = (
        _stakeholders(project, institution_ids)
        if institution_ids is not None
        else support_institutions(project)
    )
    if not institutions:
        raise ExportError(
            "The project has no support institutions to assess. Add them to the registry first."
        )
    language = project.info().language
    workbook = _workbook()
    _scores_sheet(workbook, framework, [(i, round_code, None) for i in institutions], language)
    _rubric_sheet(workbook, framework, language)
    _instructions_sheet(workbook, framework, round_code, language)
    _key_sheet(workbook, project, framework)
    return _save(workbook, path)


def export_assessments(project: Project, path: Path, *, framework_id: int | None = None) -> Path:
    """Every assessment with its dimension scores, completeness and overall score, the scores and
    evidence per indicator (importable again) and the rubric."""
    framework = _require_framework(project, framework_id)
    assessments = load_assessments(project, framework)
    language = project.info().language
    workbook = _workbook()
    summary = workbook.create_sheet(sheet_names(language)["Summary"])
    dimension_names = [labels.dimension_name(d.code, d.name, language) for d in framework.dimensions]
    _header(
        summary,
        [
            "Institution",
            "Kind",
            "Round",
            "Assessment date",
            "Assessor",
            "Indicators scored",
            "Complete",
            *dimension_names,
            "Overall",
        ],
        [42, 24, 12, 16, 22, 12, 10, *(16 for _ in dimension_names), 10],
        language,
    )
    yes, no = tr("capacity_xlsx:yes", "yes", language), tr("capacity_xlsx:no", "no", language)
    kinds = {s.fid: s.kind for s in _stakeholders(project, {a.institution_id for a in assessments})}
    for row, assessment in enumerate(assessments, start=2):
        result = score_assessment(framework, assessment)
        scores = [None if d.score is None else round(d.score, 2) for d in result.dimensions]
        summary.append(
            xlsx_row(
                summary,
                [
                    assessment.institution_name,
                    kind_label(kinds[assessment.institution_id], language),
                    round_name(assessment.round, language),
                    assessment.assessed_on,
                    assessment.assessor,
                    f"{result.scored}/{result.total}",
                    yes if result.complete else no,
                    *scores,
                    None if result.overall is None else round(result.overall, 2),
                ],
            )
        )
        summary.cell(row=row, column=4).number_format = "yyyy-mm-dd"
    by_uuid = {s.fid: s for s in _stakeholders(project, {a.institution_id for a in assessments})}
    _scores_sheet(
        workbook, framework, [(by_uuid[a.institution_id], a.round, a) for a in assessments], language
    )
    _rubric_sheet(workbook, framework, language)
    _key_sheet(workbook, project, framework)
    return _save(workbook, path)
