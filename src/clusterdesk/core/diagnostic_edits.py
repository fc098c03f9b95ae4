"""Commands that change the diagnostic: reports, SWOT items, findings and leverage points, the
stakeholders who raised an item and the plan objectives and actions that answer it. Each has a label and
undoes exactly what it did; adding and removing rows goes through the general InsertRows and DeleteRows.

Positions order the items of one category within one report. Moving an item (the SWOT's drag and drop)
renumbers both categories it touches in one command, and undo puts every position back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, func, insert, select, update

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.commands import CommandGroup, UpdateRow
from clusterdesk.core.diagnostic import (
    ITEM_CATEGORIES,
    DiagnosticItem,
    DiagnosticItemStakeholder,
    DiagnosticItemTask,
    DiagnosticReport,
)
from clusterdesk.core.diagnostic_data import category_label
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.governance_rows import DeleteRows, InsertRows, _connection, _one, _where_in
from clusterdesk.core.model import Stakeholder, new_uuid

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

REPORTS: Table = DiagnosticReport.__table__
ITEMS: Table = DiagnosticItem.__table__
RAISED_BY: Table = DiagnosticItemStakeholder.__table__
ANSWERED_BY: Table = DiagnosticItemTask.__table__
ORDER = (REPORTS, ITEMS, RAISED_BY, ANSWERED_BY)  # parents first
TABLES = frozenset(t.name for t in ORDER)
ITEM_FIELDS = ("report_id", "category", "text", "evidence", "notes")
REPORT_FIELDS = ("title", "report_date", "authors", "summary")


def _text(values: Mapping[str, Any], name: str) -> str:
    return str(values.get(name) or "").strip()


def _optional(value: Any) -> str | None:
    text = str(value or "").strip()
    return text or None


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- reports ------------------------------------------------------------------------------------------
def authors_text(authors: str | Iterable[str] | None) -> str | None:
    """Authors as stored: names separated by "; " (a list or a typed text with stray spaces)."""
    names = authors.split(";") if isinstance(authors, str) or authors is None else list(authors)
    cleaned = [str(name).strip() for name in names or [] if str(name).strip()]
    return "; ".join(cleaned) or None


def _report_row(values: Mapping[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    if "title" in values:
        row["title"] = _text(values, "title")
        if not row["title"]:
            raise ValidationError(
                "title", tr("diagnostic:no_title", "a diagnostic report needs a title", messages_language())
            )
    if "report_date" in values:
        row["report_date"] = _date(values["report_date"])
    if "authors" in values:
        row["authors"] = authors_text(values["authors"])
    if "summary" in values:
        row["summary"] = _optional(values["summary"])
    return row


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date) or value is None:
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            "report_date",
            tr(
                "diagnostic:bad_date",
                "{value} is not a date such as 2025-03-31",
                messages_language(),
                value=repr(value),
            ),
        ) from None


def add_report(project: Project, values: Mapping[str, Any]) -> InsertRows:
    """Add a diagnostic report: title, date, authors ("name; name" or a list) and summary."""
    row = _report_row({"title": values.get("title"), **values})
    label = tr(
        "undo:add_diagnostic_report",
        "Add diagnostic report {title}",
        messages_language(),
        title=_short(row["title"]),
    )
    return InsertRows({REPORTS.name: [row]}, label=label, order=ORDER)


def update_report(project: Project, fid: int, changes: Mapping[str, Any]) -> UpdateRow:
    current = _one(project, REPORTS, fid, "report")
    row = _report_row(changes)
    label = tr(
        "undo:edit_diagnostic_report",
        "Edit diagnostic report {title}",
        messages_language(),
        title=_short(current["title"]),
    )
    return UpdateRow(REPORTS, fid, row, label=label)


def delete_report(project: Project, fid: int) -> DeleteRows:
    """Remove a report with its items and their links."""
    current = _one(project, REPORTS, fid, "report")

    def collect(project: Project) -> dict[str, list[dict[str, Any]]]:
        items = _where_in(project, ITEMS, ITEMS.c.report_id, [fid])
        return _with_links(project, {REPORTS.name: _where_in(project, REPORTS, REPORTS.c.fid, [fid])}, items)

    label = tr(
        "undo:delete_diagnostic_report",
        "Delete diagnostic report {title}",
        messages_language(),
        title=_short(current["title"]),
    )
    return DeleteRows(collect, label=label, tables=TABLES, order=ORDER)


def _with_links(project: Project, rows: dict, items: list[dict[str, Any]]) -> dict[str, list[dict]]:
    fids = [item["fid"] for item in items]
    return {
        **rows,
        ITEMS.name: items,
        RAISED_BY.name: _where_in(project, RAISED_BY, RAISED_BY.c.item_id, fids),
        ANSWERED_BY.name: _where_in(project, ANSWERED_BY, ANSWERED_BY.c.item_id, fids),
    }


# -- items --------------------------------------------------------------------------------------------
def _check_category(category: Any) -> None:
    if category not in ITEM_CATEGORIES:
        raise ValidationError(
            "category",
            tr(
                "diagnostic:unknown_category",
                "{value} is not a diagnostic category; choose one of: {codes}",
                messages_language(),
                value=repr(category),
                codes=", ".join(ITEM_CATEGORIES),
            ),
        )


def _check_item(project: Project, values: Mapping[str, Any]) -> None:
    if "text" in values and not _text(values, "text"):
        raise ValidationError(
            "text",
            tr(
                "diagnostic:no_text",
                "a diagnostic item needs a text saying what was found",
                messages_language(),
            ),
        )
    if "category" in values:
        _check_category(values["category"])
    if values.get("report_id") is not None:
        _one(project, REPORTS, values["report_id"], "report")


def _check_stakeholders(project: Project, fids: Sequence[int]) -> list[int]:
    unique = list(dict.fromkeys(fids))
    table = Stakeholder.__table__
    known = {r[0] for r in _connection(project).execute(select(table.c.fid).where(table.c.fid.in_(unique)))}
    unknown = [fid for fid in unique if fid not in known]
    if unknown:
        raise ValidationError(
            "stakeholder_ids",
            tr(
                "diagnostic:unknown_stakeholder",
                "stakeholder {fid} does not exist (it may have been deleted)",
                messages_language(),
                fid=unknown[0],
            ),
        )
    return unique


def _check_tasks(project: Project, uuids: Sequence[str]) -> list[str]:
    from clusterdesk.core.plan import PlanTask

    unique = list(dict.fromkeys(uuids))
    table = PlanTask.__table__
    known = {r[0] for r in _connection(project).execute(select(table.c.uuid).where(table.c.uuid.in_(unique)))}
    unknown = [uuid for uuid in unique if uuid not in known]
    if unknown:
        raise ValidationError(
            "task_uuids",
            tr(
                "diagnostic:unknown_task",
                "the plan has no objective or action {uuid} (it may have been deleted)",
                messages_language(),
                uuid=unknown[0],
            ),
        )
    return unique


def _next_position(project: Project, report_id: int | None, category: str) -> int:
    condition = ITEMS.c.report_id.is_(None) if report_id is None else ITEMS.c.report_id == report_id
    highest = (
        _connection(project)
        .execute(select(func.max(ITEMS.c.position)).where(condition, ITEMS.c.category == category))
        .scalar()
    )
    return 0 if highest is None else highest + 1


def add_item(project: Project, values: Mapping[str, Any]) -> InsertRows:
    """Add an item at the end of its category, with the stakeholders who raised it (`stakeholder_ids`)
    and the plan tasks answering it (`task_uuids`)."""
    row = {name: values[name] for name in ITEM_FIELDS if name in values}
    row.setdefault("category", None)
    row.setdefault("text", "")
    _check_item(project, row)
    stakeholders = _check_stakeholders(project, values.get("stakeholder_ids") or [])
    tasks = _check_tasks(project, values.get("task_uuids") or [])
    row["text"] = row["text"].strip()
    row["evidence"] = _optional(row.get("evidence"))
    row["notes"] = _optional(row.get("notes"))
    row["position"] = _next_position(project, row.get("report_id"), row["category"])
    rows = {
        ITEMS.name: [row],
        RAISED_BY.name: [{"stakeholder_id": fid} for fid in stakeholders],
        ANSWERED_BY.name: [{"task_uuid": uuid} for uuid in tasks],
    }
    links = ((RAISED_BY.name, "item_id", ITEMS.name), (ANSWERED_BY.name, "item_id", ITEMS.name))
    label = tr(
        "undo:add_diagnostic_item",
        "Add {category}: {text}",
        messages_language(),
        category=category_label(row["category"], messages_language()),
        text=_short(row["text"]),
    )
    return InsertRows(rows, label=label, links=links, order=ORDER)


def update_item(project: Project, fid: int, changes: Mapping[str, Any]):
    """Change an item's texts, report, category, stakeholders (`stakeholder_ids`) or plan tasks
    (`task_uuids`) in one step. A new category or report puts the item at the end of its list there."""
    current = _one(project, ITEMS, fid, "item")
    fields = {name: changes[name] for name in ITEM_FIELDS if name in changes}
    _check_item(project, fields)
    for name in ("evidence", "notes"):
        if name in fields:
            fields[name] = _optional(fields[name])
    if "text" in fields:
        fields["text"] = fields["text"].strip()
    label = tr(
        "undo:edit_diagnostic_item",
        "Edit {category}: {text}",
        messages_language(),
        category=category_label(current["category"], messages_language()),
        text=_short(current["text"]),
    )
    commands: list = []
    moved = (
        fields.get("category", current["category"]) != current["category"]
        or fields.get("report_id", current["report_id"]) != current["report_id"]
    )
    if moved:
        category = fields.pop("category", current["category"])
        report_id = fields.pop("report_id", current["report_id"])
        commands.append(_move(project, current, category, None, report_id, label))
    if fields:
        commands.append(UpdateRow(ITEMS, fid, fields, label=label))
    if "stakeholder_ids" in changes:
        commands.append(set_item_stakeholders(project, fid, changes["stakeholder_ids"]))
    if "task_uuids" in changes:
        commands.append(set_item_tasks(project, fid, changes["task_uuids"]))
    if len(commands) == 1 and isinstance(commands[0], UpdateRow):
        return commands[0]
    return CommandGroup(commands, label=label)


def delete_item(project: Project, fid: int) -> DeleteRows:
    """Remove an item with its stakeholders and plan links."""
    current = _one(project, ITEMS, fid, "item")

    def collect(project: Project) -> dict[str, list[dict[str, Any]]]:
        return _with_links(project, {}, _where_in(project, ITEMS, ITEMS.c.fid, [fid]))

    label = tr(
        "undo:delete_diagnostic_item",
        "Delete {category}: {text}",
        messages_language(),
        category=category_label(current["category"], messages_language()),
        text=_short(current["text"]),
    )
    return DeleteRows(collect, label=label, tables=TABLES, order=ORDER)


@dataclass
class MoveItem:
    """Put an item at `position` of a category (of its report), renumbering the category it leaves and
    the one it joins 0, 1, 2 ...; undo puts back every category and position it changed."""

    fid: int
    category: str
    position: int | None  # None: at the end
    report_id: int | None
    label: str
    tables: frozenset[str] = frozenset({ITEMS.name})
    _before: list[tuple[int, str, int, int | None]] = field(default_factory=list)

    def do(self, project: Project) -> None:
        connection = _connection(project)
        moving = _one(project, ITEMS, self.fid, "item")
        groups = {(moving["report_id"], moving["category"]), (self.report_id, self.category)}
        rows = []
        for report_id, category in groups:
            condition = ITEMS.c.report_id.is_(None) if report_id is None else ITEMS.c.report_id == report_id
            query = select(ITEMS.c.fid, ITEMS.c.category, ITEMS.c.position, ITEMS.c.report_id).where(
                condition, ITEMS.c.category == category
            )
            rows += [tuple(r) for r in connection.execute(query)]
        self._before = rows

        def ordered(report_id, category) -> list[int]:
            members = [r for r in rows if r[3] == report_id and r[1] == category and r[0] != self.fid]
            return [r[0] for r in sorted(members, key=lambda r: (r[2], r[0]))]

        target = ordered(self.report_id, self.category)
        at = len(target) if self.position is None else max(0, min(self.position, len(target)))
        target.insert(at, self.fid)
        plan = {fid: (self.category, self.report_id, n) for n, fid in enumerate(target)}
        if (moving["report_id"], moving["category"]) != (self.report_id, self.category):
            for n, fid in enumerate(ordered(moving["report_id"], moving["category"])):
                plan[fid] = (moving["category"], moving["report_id"], n)
        for fid, (category, report_id, position) in plan.items():
            connection.execute(
                update(ITEMS)
                .where(ITEMS.c.fid == fid)
                .values(category=category, report_id=report_id, position=position)
            )

    def undo(self, project: Project) -> None:
        connection = _connection(project)
        for fid, category, position, report_id in self._before:
            connection.execute(
                update(ITEMS)
                .where(ITEMS.c.fid == fid)
                .values(category=category, report_id=report_id, position=position)
            )


def _move(
    project: Project, current: dict, category: str, position: int | None, report_id, label: str
) -> MoveItem:
    return MoveItem(current["fid"], category, position, report_id, label=label)


def move_item(project: Project, fid: int, category: str, position: int | None = None) -> MoveItem:
    """Move an item to `position` (0 first, None last) of `category` within its report."""
    _check_category(category)
    current = _one(project, ITEMS, fid, "item")
    language = messages_language()
    if category == current["category"]:
        label = tr(
            "undo:reorder_diagnostic_item",
            "Reorder {category}: {text}",
            language,
            category=category_label(category, language),
            text=_short(current["text"]),
        )
    else:
        label = tr(
            "undo:move_diagnostic_item",
            "Move {text} to {category}",
            language,
            category=category_label(category, language),
            text=_short(current["text"]),
        )
    return _move(project, current, category, position, current["report_id"], label)


# -- links --------------------------------------------------------------------------------------------
@dataclass
class SetItemLinks:
    """Make `values` the stakeholders (or plan tasks) of one item; redo writes the same rows."""

    table: Table
    column: str
    item_id: int
    values: list[Any]
    label: str
    tables: frozenset[str] = frozenset()
    _before: list[dict[str, Any]] = field(default_factory=list)
    _after: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.tables = frozenset({self.table.name})

    def do(self, project: Project) -> None:
        connection = _connection(project)
        self._before = _where_in(project, self.table, self.table.c.item_id, [self.item_id])
        connection.execute(delete(self.table).where(self.table.c.item_id == self.item_id))
        kept = {r[self.column]: r for r in self._before}
        if not self._after:  # a link that stays keeps its row; redo writes the same rows
            self._after = [
                dict(kept[v]) if v in kept else {"uuid": new_uuid(), "item_id": self.item_id, self.column: v}
                for v in self.values
            ]
        for row in self._after:
            row["fid"] = connection.execute(insert(self.table).values(**row)).inserted_primary_key[0]

    def undo(self, project: Project) -> None:
        connection = _connection(project)
        connection.execute(delete(self.table).where(self.table.c.item_id == self.item_id))
        if self._before:
            connection.execute(insert(self.table), self._before)


def set_item_stakeholders(project: Project, item_id: int, stakeholder_ids: Iterable[int]) -> SetItemLinks:
    """Make `stakeholder_ids` the stakeholders who raised an item."""
    current = _one(project, ITEMS, item_id, "item")
    fids = _check_stakeholders(project, list(stakeholder_ids))
    label = tr(
        "undo:diagnostic_item_stakeholders",
        "Set who raised {text}",
        messages_language(),
        text=_short(current["text"]),
    )
    return SetItemLinks(RAISED_BY, "stakeholder_id", item_id, fids, label=label)


def set_item_tasks(project: Project, item_id: int, task_uuids: Iterable[str]) -> SetItemLinks:
    """Make `task_uuids` the plan objectives and actions that answer an item."""
    current = _one(project, ITEMS, item_id, "item")
    uuids = _check_tasks(project, list(task_uuids))
    label = tr(
        "undo:diagnostic_item_tasks",
        "Link plan actions to {text}",
        messages_language(),
        text=_short(current["text"]),
    )
    return SetItemLinks(ANSWERED_BY, "task_uuid", item_id, uuids, label=label)


# -- stakeholders deleted or merged -------------------------------------------------------------------
def detach_stakeholders(project: Project, fids: Sequence[int]) -> Callable[[Project], None]:
    """Remove the mentions of stakeholders about to be deleted from the items that name them; return
    the undo, which puts them back."""
    rows = _where_in(project, RAISED_BY, RAISED_BY.c.stakeholder_id, fids)
    if rows:
        _connection(project).execute(delete(RAISED_BY).where(RAISED_BY.c.fid.in_([r["fid"] for r in rows])))

    def restore(project: Project) -> None:
        if rows:
            _connection(project).execute(insert(RAISED_BY), rows)

    return restore


def repoint_stakeholders(project: Project, merged: Sequence[int], survivor: int) -> Callable[[Project], None]:
    """When duplicates merge, the items they raised name the survivor; where the survivor is already
    named on an item, the merged-away stakeholder's row goes (an item names a stakeholder once)."""
    connection = _connection(project)
    rows = sorted(_where_in(project, RAISED_BY, RAISED_BY.c.stakeholder_id, merged), key=lambda r: r["fid"])
    taken = {
        r[0]
        for r in connection.execute(select(RAISED_BY.c.item_id).where(RAISED_BY.c.stakeholder_id == survivor))
    }
    moved, dropped = [], []
    for row in rows:
        (dropped if row["item_id"] in taken else moved).append(row)
        taken.add(row["item_id"])
    if dropped:
        connection.execute(delete(RAISED_BY).where(RAISED_BY.c.fid.in_([r["fid"] for r in dropped])))
    if moved:
        connection.execute(
            update(RAISED_BY)
            .where(RAISED_BY.c.fid.in_([r["fid"] for r in moved]))
            .values(stakeholder_id=survivor)
        )

    def restore(project: Project) -> None:
        connection = _connection(project)
        for row in moved:
            connection.execute(
                update(RAISED_BY)
                .where(RAISED_BY.c.fid == row["fid"])
                .values(stakeholder_id=row["stakeholder_id"])
            )
        if dropped:
            connection.execute(insert(RAISED_BY), dropped)

    return restore
