"""`clusterdesk server sync CHECKEDOUT.gpkg [--keep mine|theirs]`: send a checked-out project's changes
to the server, bring in the others' and list the conflicts with both values: one per edit held back,
with each of its rows that changed on the server."""

from __future__ import annotations

import argparse

from clusterdesk.core.catalogue import messages_language, tr

EXIT_CONFLICTS = 3  # the synchronisation ran, and conflicts wait for a decision
_WIDTH = 60
_HELD_SHOWN = 12  # rows named after a held-back edit's conflicts; the rest are counted
_NAMING_COLUMNS = ("name", "title", "label", "modified_at", "updated_at")


def add_sync_parser(commands) -> None:
    language = messages_language()
    sync = commands.add_parser(
        "sync",
        help=tr(
            "cli:server_sync:help",
            "synchronise a checked-out project file with the server (exit code 3: conflicts left)",
            language,
        ),
        description=tr(
            "cli:server_sync:description",
            "Sends the changes made in a checked-out project file to the server and brings in those "
            "others saved meanwhile. Each edit is sent whole or not at all: an edit that changed a row "
            "changed on the server meanwhile is a conflict. It is listed with both values of each such "
            "row and none of its rows is sent, unless --keep says which side wins for the whole edit. The "
            "exit code is 3 when conflicts are left.",
            language,
        ),
    )
    sync.add_argument(
        "path", help=tr("cli:server_sync:path", "the checked-out project file (.gpkg)", language)
    )
    sync.add_argument(
        "--keep",
        choices=("mine", "theirs"),
        help=tr(
            "cli:server_sync:keep",
            "settle every conflict: mine keeps this file's edits, theirs takes the server's rows",
            language,
        ),
    )
    sync.set_defaults(handler=run_sync)


def run_sync(args: argparse.Namespace) -> int:
    from clusterdesk.core.project import Project
    from clusterdesk.io.server.log_pruning import CheckoutRequired
    from clusterdesk.io.server.server_link import address_of
    from clusterdesk.io.server.sync import synchronise

    language = messages_language()
    with Project.open(args.path) as project:
        _require_checkout(project, args.path)
        address = address_of(project.connection)
        try:
            report = synchronise(project.connection, address, keep=args.keep)
        except CheckoutRequired as error:  # what could be sent was: keep that in the file, then say so
            project.save()
            sent = error.report
            print(
                tr(
                    "cli:server_sync:sent_before_checkout",
                    "{file}: changes sent to {address}: {sent}; changes left in this file: {left}.",
                    language,
                    file=args.path,
                    sent=sent.pushed,
                    left=len(sent.conflicts),
                    address=address.display(),
                )
            )
            raise
        project.save()
    print(
        tr(
            "cli:server_sync:done",
            "{file}: changes sent to {address}: {sent}; changes received: {received}.",
            language,
            file=args.path,
            sent=report.pushed,
            received=report.pulled,
            address=address.display(),
        )
    )
    if report.settled:
        print(
            tr(
                "cli:server_sync:settled_mine",
                "Conflicts settled by keeping this file's rows: {count}.",
                language,
                count=report.settled,
            )
            if args.keep == "mine"
            else tr(
                "cli:server_sync:settled_theirs",
                "Conflicts settled by taking the server's rows: {count}.",
                language,
                count=report.settled,
            )
        )
    for conflict in report.conflicts:
        _print_conflict(conflict, language)
    if report.conflicts:
        print(
            tr(
                "cli:server_sync:left",
                "Conflicts are left as they are (values: this file | server). Run again with --keep mine "
                "or --keep theirs to settle them.",
                language,
            )
        )
        return EXIT_CONFLICTS
    return 0


def _print_conflict(conflict, language: str) -> None:
    """A command held back: its conflicting rows with both values; when it changed more rows, a line
    before them saying so and one after naming the others, which wait with it."""
    from clusterdesk.core.catalogue import tr_plural

    size = len(conflict.command_rows)
    indent = ""
    if size > 1:
        print(
            tr_plural(
                "cli:server_sync:command",
                "One edit of {count} row, none of it sent:",
                "One edit of {count} rows, none of them sent:",
                size,
                language,
                count=size,
            )
        )
        indent = "  "
    for row in conflict.rows:
        print(indent + _conflict_heading(row, language))
        for column, mine, theirs in _shown(row):
            mine_text = _value(mine, language, deleted=row.mine is None)
            theirs_text = _value(theirs, language, deleted=row.theirs is None)
            column_text = _column(row.table, column, language)
            print(
                indent
                + "    "
                + tr(
                    "cli:server_sync:values",
                    "{column}: {mine}  |  {theirs}",
                    language,
                    column=column_text,
                    mine=mine_text,
                    theirs=theirs_text,
                )
            )
    held = conflict.held_rows()
    if held:
        rows = ", ".join(_held_row(table, fid, op, language) for table, fid, op in held[:_HELD_SHOWN])
        if len(held) > _HELD_SHOWN:
            rows += " " + tr(
                "cli:server_sync:held_more", "and {count} more", language, count=len(held) - _HELD_SHOWN
            )
        print(indent + tr("cli:server_sync:held", "Also in this edit: {rows}", language, rows=rows))


def _held_row(table: str, fid: int, op: str, language: str) -> str:
    from clusterdesk.core.table_titles import table_title

    title = table_title(table, language) or table
    if op == "D":
        what = tr("cli:server_sync:held_deleted", "deleted", language)
    elif op == "I":
        what = tr("cli:server_sync:held_added", "added", language)
    else:
        what = tr("cli:server_sync:held_changed", "changed", language)
    return f"{title} {fid} ({what})"


def _require_checkout(project, path) -> None:
    from clusterdesk.io.server.errors import ServerError
    from clusterdesk.io.server.local_tables import STATE_TABLE

    found = project.connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (STATE_TABLE,)
    ).fetchone()
    if not found:
        raise ServerError(
            tr(
                "cli:server_sync:not_checked_out",
                "{path} was not checked out of a server: use clusterdesk server checkout first.",
                messages_language(),
                path=path,
            )
        )


def _conflict_heading(conflict, language: str) -> str:
    from clusterdesk.core.table_titles import table_title
    from clusterdesk.io.server.sync import BOTH_CHANGED, CHANGED_HERE_DELETED_THERE

    row = conflict.mine or conflict.theirs or {}
    name = row.get("name") or row.get("title") or ""
    title = table_title(conflict.table, language) or conflict.table
    what = f"{title} {conflict.fid}" + (f" ({name})" if name else "")
    if conflict.kind == BOTH_CHANGED:
        return tr("cli:server_sync:both_changed", "{row}: changed here and on the server", language, row=what)
    if conflict.kind == CHANGED_HERE_DELETED_THERE:
        return tr(
            "cli:server_sync:deleted_there", "{row}: changed here, deleted on the server", language, row=what
        )
    return tr(
        "cli:server_sync:deleted_here", "{row}: deleted here, changed on the server", language, row=what
    )


def _shown(conflict) -> list[tuple[str, object, object]]:
    """The differing columns; for a row deleted on one side, only what names it and when it changed."""
    differences = conflict.differences()
    if conflict.mine is not None and conflict.theirs is not None:
        return differences
    naming = [d for d in differences if d[0] in _NAMING_COLUMNS]
    return naming or [d for d in differences if d[0] not in ("fid", "uuid")][:3]


def _column(table: str, column: str, language: str) -> str:
    from clusterdesk.core.field_titles import column_title
    from clusterdesk.io.server import ddl
    from clusterdesk.io.server.sync_rows import tables_by_name

    if ddl.column_kind(tables_by_name()[table].c[column]) == ddl.KIND_GEOMETRY:
        return tr("cli:server_sync:geometry", "Geometry", language)
    return column_title(table, column, language) or column


def _value(value, language: str, deleted: bool = False) -> str:
    if deleted:
        return tr("cli:server_sync:deleted", "(deleted)", language)
    if value is None:
        return tr("cli:server_sync:empty", "(empty)", language)
    if isinstance(value, bytes):
        from clusterdesk.core import geometry

        shape = geometry.decode(value)
        text = shape.wkt if shape is not None else f"<{len(value)} bytes>"
    else:
        text = str(value)
    text = text.replace("\n", " ")
    return text if len(text) <= _WIDTH else text[: _WIDTH - 1] + "…"
