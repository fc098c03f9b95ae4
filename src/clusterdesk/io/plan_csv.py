"""The action plan as CSV in one locale-independent format (docs/plan_csv_format.md): UTF-8, comma
separated, ISO dates, dot decimals, the outline given by WBS numbers and dependencies written as
WBS number + type + lag, e.g. `1.2FS+3`."""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
import uuid as uuid_module
from pathlib import Path

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.plan import BUDGET_SOURCES, JOINT_ACTION_TYPES, TASK_STATUSES
from clusterdesk.io.output_file import written_atomically
from clusterdesk.io.plan_records import LinkRecord, PlanDocument, PlanFileError, TaskRecord
from clusterdesk.io.spreadsheet_text import csv_cell, text_from_csv_cell

COLUMNS = (
    "wbs",
    "name",
    "start",
    "finish",
    "duration_days",
    "milestone",
    "status",
    "percent_complete",
    "joint_action_type",
    "cda_in_charge",
    *(f"budget_{s}" for s in BUDGET_SOURCES),
    "responsible",
    "firms",
    "predecessors",
    "description",
    "notes",
    "uuid",
)
REQUIRED = ("wbs", "name")
_WBS = re.compile(r"^\d+(\.\d+)*$")
_PREDECESSOR = re.compile(
    r"^(?P<wbs>\d+(?:\.\d+)*)(?P<type>FS|SS|FF|SF)?(?:(?P<lag>[+-]\d+)d?)?$", re.IGNORECASE
)
_ROLE = re.compile(r"^(?P<name>.*?)\s*\((?P<role>lead|support)\)$", re.IGNORECASE)
TRUE_WORDS = {"yes", "true", "1", "y"}
FALSE_WORDS = {"no", "false", "0", "n", ""}


def _wbs_numbers(document: PlanDocument) -> list[str]:
    counters: list[int] = []
    numbers = []
    for task in document.tasks:
        del counters[task.level :]
        counters.extend([0] * (task.level - len(counters)))
        counters[task.level - 1] += 1
        numbers.append(".".join(map(str, counters)))
    return numbers


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") if value else "0"


def write_plan_csv(document: PlanDocument, path: str | Path) -> Path:
    path = Path(path)
    numbers = _wbs_numbers(document)
    wbs_of = {task.key: number for task, number in zip(document.tasks, numbers, strict=True)}
    predecessors: dict[str, list[str]] = {}
    for link in document.links:
        lag = f"{link.lag_days:+d}" if link.lag_days else ""
        predecessors.setdefault(link.successor, []).append(f"{wbs_of[link.predecessor]}{link.link_type}{lag}")
    # the byte-order mark lets spreadsheets detect UTF-8
    with (
        written_atomically(path) as temporary,
        open(temporary, "w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for task, number in zip(document.tasks, numbers, strict=True):
            writer.writerow(_cells(task, number, predecessors.get(task.key, [])))
    return path


def _cells(task: TaskRecord, number: str, predecessors: list[str]) -> list[object]:
    # Text a spreadsheet would run as a formula gets a quote (csv_cell), which reading takes off again
    text = {
        "name": task.name,
        "status": task.status,
        "joint_action_type": task.joint_action_type or "",
        "cda_in_charge": task.cda_in_charge or "",
        "responsible": "; ".join(f"{name} ({role})" for name, role in task.responsible),
        "firms": "; ".join(task.firms),
        "predecessors": "; ".join(predecessors),
        "description": task.description or "",
        "notes": task.notes or "",
        "uuid": task.uuid or "",
    }
    values = {
        "wbs": number,
        "start": task.start.isoformat() if task.start else "",
        "finish": task.finish.isoformat() if task.finish else "",
        "duration_days": "" if task.duration_days is None else task.duration_days,
        "milestone": "yes" if task.milestone else "no",
        "percent_complete": _number(task.percent_complete),
        **{f"budget_{source}": _number(task.budget.get(source, 0.0)) for source in BUDGET_SOURCES},
        **{column: csv_cell(value) for column, value in text.items()},
    }
    return [values[column] for column in COLUMNS]


class _Row:
    """One data row with the helpers that turn its cells into values or clear errors."""

    def __init__(self, source: str, line: int, cells: dict[str, str]):
        self.source, self.line, self.cells = source, line, cells

    def fail(self, column: str, message: str) -> PlanFileError:
        return PlanFileError(
            tr(
                "plancsv:at",
                "{file}, row {row}, column {column}: {message}",
                messages_language(),
                file=self.source,
                row=self.line,
                column=column,
                message=message,
            )
        )

    def text(self, column: str) -> str:
        return text_from_csv_cell((self.cells.get(column) or "").strip())

    def date(self, column: str) -> dt.date | None:
        value = self.text(column)
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self.fail(
                column,
                tr(
                    "plancsv:not_date",
                    "{value} is not a date; write it as YYYY-MM-DD, e.g. 2027-03-01.",
                    messages_language(),
                    value=repr(value),
                ),
            ) from None

    def number(self, column: str, default: float | None = 0.0) -> float | None:
        value = self.text(column)
        if not value:
            return default
        try:
            number = float(value)
            if not math.isfinite(number):
                raise ValueError(value)
            return number
        except ValueError:
            message = tr(
                "plancsv:not_number", "{value} is not a number.", messages_language(), value=repr(value)
            )
            if "," in value:
                message += " " + tr(
                    "plancsv:decimal_dot",
                    "Use a dot for decimals and no thousands separators.",
                    messages_language(),
                )
            raise self.fail(column, message) from None

    def choice(self, column: str, codes, default: str | None) -> str | None:
        value = self.text(column)
        if not value:
            return default
        if value not in codes:
            raise self.fail(
                column,
                tr(
                    "plancsv:not_one_of",
                    "{value} is not one of: {codes}.",
                    messages_language(),
                    value=repr(value),
                    codes=", ".join(codes),
                ),
            )
        return value


def read_plan_csv(path: str | Path) -> PlanDocument:
    """Read a plan CSV; raises PlanFileError naming the row and column of the first problem."""
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            table = list(csv.reader(handle))
    except UnicodeDecodeError:
        raise PlanFileError(
            tr(
                "plancsv:not_utf8",
                "{file} is not UTF-8 text; save it as 'CSV UTF-8' and import again.",
                messages_language(),
                file=path.name,
            )
        ) from None
    except OSError as error:
        raise PlanFileError(
            tr(
                "plancsv:unreadable",
                "{file} cannot be read ({error}).",
                messages_language(),
                file=path.name,
                error=error.strerror,
            )
        ) from None
    if not table:
        raise PlanFileError(
            tr(
                "plancsv:empty",
                "{file} is empty; it needs a header row with at least: {columns}.",
                messages_language(),
                file=path.name,
                columns=", ".join(REQUIRED),
            )
        )
    header = [h.strip().lower() for h in table[0]]
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise PlanFileError(
            tr(
                "plancsv:unknown_columns",
                "{file}: unknown column(s) {unknown}; the columns are described in the plan CSV format: "
                "{columns}.",
                messages_language(),
                file=path.name,
                unknown=", ".join(unknown),
                columns=", ".join(COLUMNS),
            )
        )
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise PlanFileError(
            tr(
                "plancsv:missing_columns",
                "{file}: the header lacks the column(s) {columns}.",
                messages_language(),
                file=path.name,
                columns=", ".join(missing),
            )
        )
    document = PlanDocument(path.stem)
    pending: list[tuple[_Row, str]] = []
    seen: dict[str, int] = {}
    for line, cells in enumerate(table[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            raise PlanFileError(
                tr(
                    "plancsv:too_many_cells",
                    "{file}, row {row}: {cells} cells but {columns} columns; "
                    "put text containing commas in double quotes.",
                    messages_language(),
                    file=path.name,
                    row=line,
                    cells=len(cells),
                    columns=len(header),
                )
            )
        row = _Row(path.name, line, dict(zip(header, cells, strict=False)))
        task = _task(row, seen)
        seen[task.key] = line
        document.tasks.append(task)
        pending.append((row, task.key))
    document.tasks.sort(key=lambda t: tuple(int(p) for p in t.key.split(".")))
    for row, key in pending:
        for item in filter(None, (p.strip() for p in row.text("predecessors").split(";"))):
            match = _PREDECESSOR.match(item.replace(" ", ""))
            if match is None:
                raise row.fail(
                    "predecessors",
                    tr(
                        "plancsv:bad_dependency",
                        "{value} is not a dependency such as 1.2, 1.2SS or 1.2FS+3.",
                        messages_language(),
                        value=repr(item),
                    ),
                )
            if match["wbs"] not in seen:
                raise row.fail(
                    "predecessors",
                    tr(
                        "plancsv:unknown_wbs",
                        "{value} refers to WBS {wbs}, which is not in the file.",
                        messages_language(),
                        value=repr(item),
                        wbs=match["wbs"],
                    ),  # fmt: skip
                )
            link_type = (match["type"] or "FS").upper()
            document.links.append(LinkRecord(match["wbs"], key, link_type, int(match["lag"] or 0)))
    return document


def _task(row: _Row, seen: dict[str, int]) -> TaskRecord:
    wbs = row.text("wbs")
    if not _WBS.match(wbs):
        raise row.fail(
            "wbs",
            tr(
                "plancsv:bad_wbs",
                "{value} is not an outline number such as 1, 1.2 or 1.2.3.",
                messages_language(),
                value=repr(wbs),
            ),
        )
    if wbs in seen:
        raise row.fail(
            "wbs",
            tr(
                "plancsv:wbs_used",
                "{wbs} is already used on row {row}; each task needs its own number.",
                messages_language(),
                wbs=wbs,
                row=seen[wbs],
            ),
        )
    parent = wbs.rpartition(".")[0]
    if parent and parent not in seen:
        raise row.fail(
            "wbs",
            tr(
                "plancsv:wbs_order",
                "{wbs} comes before its parent {parent}; list a parent above its children.",
                messages_language(),
                wbs=wbs,
                parent=parent,
            ),
        )
    name = row.text("name")
    if not name:
        raise row.fail("name", tr("plancsv:no_name", "every task needs a name.", messages_language()))
    start, finish = row.date("start"), row.date("finish")
    if start and finish and finish < start:
        raise row.fail(
            "finish",
            tr(
                "plancsv:finish_before_start",
                "{finish} is before the start {start}.",
                messages_language(),
                finish=finish,
                start=start,
            ),
        )
    duration = row.number("duration_days", None)
    if duration is not None and (duration < 0 or duration != int(duration)):
        raise row.fail(
            "duration_days",
            tr(
                "plancsv:bad_duration",
                "{value} is not a whole number of working days.",
                messages_language(),
                value=repr(row.text("duration_days")),
            ),
        )
    milestone_text = row.text("milestone").lower()
    if milestone_text not in TRUE_WORDS | FALSE_WORDS:
        raise row.fail(
            "milestone",
            tr(
                "plancsv:bad_milestone",
                "{value}: write yes or no.",
                messages_language(),
                value=repr(row.text("milestone")),
            ),
        )
    percent = row.number("percent_complete")
    if not 0 <= percent <= 100:
        raise row.fail(
            "percent_complete",
            tr(
                "plancsv:bad_percent",
                "{percent} is outside 0 to 100.",
                messages_language(),
                percent=f"{percent:g}",
            ),
        )
    budget = {}
    for source in BUDGET_SOURCES:
        amount = row.number(f"budget_{source}")
        if amount < 0:
            raise row.fail(
                f"budget_{source}",
                tr("plancsv:negative_budget", "a budget cannot be negative.", messages_language()),
            )
        budget[source] = amount
    responsible = []
    for item in filter(None, (p.strip() for p in row.text("responsible").split(";"))):
        match = _ROLE.match(item)
        responsible.append((match["name"], match["role"].lower()) if match else (item, "lead"))
    return TaskRecord(
        key=wbs,
        name=name,
        level=wbs.count(".") + 1,
        start=start,
        finish=finish,
        duration_days=None if duration is None else int(duration),
        milestone=milestone_text in TRUE_WORDS,
        percent_complete=percent,
        status=row.choice("status", TASK_STATUSES, "not_started"),
        joint_action_type=row.choice("joint_action_type", JOINT_ACTION_TYPES, None),
        cda_in_charge=row.text("cda_in_charge") or None,
        budget=budget,
        responsible=responsible,
        firms=[f.strip() for f in row.text("firms").split(";") if f.strip()],
        description=row.text("description") or None,
        notes=row.text("notes") or None,
        uuid=_uuid(row),
    )


def _uuid(row: _Row) -> str | None:
    value = row.text("uuid")
    if not value:
        return None
    try:
        return str(uuid_module.UUID(value))
    except ValueError:
        raise row.fail(
            "uuid",
            tr(
                "plancsv:bad_uuid",
                "{value} is not a UUID; leave the cell empty for a new task.",
                messages_language(),
                value=repr(value),
            ),
        ) from None
