"""The one refusal of the workbook and table importers (capacity assessments, logframes, edge lists,
survey exports): a file with bad cells imports nothing, and the message names each problem by sheet (where
the file has several), row and column, the first few of them, and how many more there are."""

from __future__ import annotations

from typing import Protocol

from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.core.errors import ClusterDeskError


class CellProblem(Protocol):
    row: int
    column: str
    reason: str


def problem_line(problem: CellProblem, language: str | None) -> str:
    """ "row 7, Employees: not a number" or, with a sheet, "Values, row 7, Value: not a number"."""
    sheet = getattr(problem, "sheet", None)
    if sheet:
        return tr(
            "import:problem_in_sheet", "{sheet}, row {row}, {column}: {reason}", language,
            sheet=sheet, row=problem.row, column=problem.column, reason=problem.reason,
        )  # fmt: skip
    return tr(
        "import:problem_at", "row {row}, {column}: {reason}", language,
        row=problem.row, column=problem.column, reason=problem.reason,
    )  # fmt: skip


class CellProblemsError(ClusterDeskError):
    """A file with bad cells; nothing was imported. `problems` keeps every problem for the callers that
    show them all (the import wizard, a rejected-rows file)."""

    listed = 20  # how many problems the message names

    def __init__(self, file_name: str, problems: list) -> None:
        language = messages_language()
        lines = ["  " + problem_line(p, language) for p in problems[: self.listed]]
        if len(problems) > self.listed:
            more = len(problems) - self.listed
            lines.append("  " + tr("import:more_problems", "… and {count} more", language, count=more))
        heading = tr_plural(
            "import:problems",
            "{file}: {count} problem, nothing was imported. Correct this cell and import again:",
            "{file}: {count} problems, nothing was imported. Correct these cells and import again:",
            len(problems),
            language,
            file=file_name,
        )
        super().__init__(heading + "\n" + "\n".join(lines))
        self.problems = problems
