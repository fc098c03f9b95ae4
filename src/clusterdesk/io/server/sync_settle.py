"""Settling a conflict of the synchronisation, for the whole command (one undo step) it holds back:
keep mine sends every row of the command, the conflicting ones based on the server's versions the
conflict showed; take theirs gives every row of the command the server's values (or its absence) and
drops the command's changes."""

from __future__ import annotations

import sqlite3

from clusterdesk.io.server import sync_rows
from clusterdesk.io.server.change_log import applying, ensure_command_steps, pending_steps
from clusterdesk.io.server.local_tables import CHANGES_TABLE, VERSIONS_TABLE
from clusterdesk.io.server.sync import KEEP_CHOICES, Conflict, push, record_done, refusals, schema_of
from clusterdesk.io.server.sync_conflicts import steps_of


def settle(local: sqlite3.Connection, server, conflict: Conflict, keep: str, schema: str | None = None):
    """Settle a command's conflict as a whole: keep "mine" (the server takes every row of the command,
    its conflicting rows written over the versions the conflict showed) or "theirs" (every row of the
    command becomes the server's again, and the command's changes are dropped). Returns a new Conflict
    when a row of the command changed on the server again meanwhile, else None."""
    if keep not in KEEP_CHOICES:
        raise ValueError(f"keep must be one of {KEEP_CHOICES}, not {keep!r}")
    schema = schema or schema_of(local)
    ensure_command_steps(local)
    steps = _steps_holding(local, conflict)
    members = [row for step, rows in pending_steps(local).items() if step in steps for row in rows]
    if keep == "theirs":
        _take_theirs(local, server, schema, {(t, f) for t, f, _op in members} | conflict.row_keys())
        return None
    step = min(steps) if steps else _next_step(local)
    for row in conflict.rows:
        _rebase(local, row, step)
    local.commit()
    result = push(local, server, schema, steps=steps | {step})
    return result.conflicts[0] if result.conflicts else None


def _steps_holding(local: sqlite3.Connection, conflict: Conflict) -> set[int]:
    """The steps the conflict's rows wait in now (later commands may have joined them)."""
    waiting = steps_of(local)
    return {waiting[key] for key in conflict.row_keys() if key in waiting}


def _next_step(local: sqlite3.Connection) -> int:
    return local.execute(f'SELECT coalesce(max(step), 0) + 1 FROM "{CHANGES_TABLE}"').fetchone()[0]


def _rebase(local: sqlite3.Connection, row: Conflict, step: int) -> None:
    """Base a conflicting row's change on the server's version the conflict showed."""
    table, fid, version = row.table, row.fid, row.their_version
    local.execute(f'DELETE FROM "{VERSIONS_TABLE}" WHERE table_name = ? AND fid = ?', (table, fid))
    if version is not None:
        local.execute(
            f'INSERT INTO "{VERSIONS_TABLE}" (table_name, fid, row_version) VALUES (?, ?, ?)',
            (table, fid, version),
        )
    mine = sync_rows.local_rows(local, table, [fid]).get(fid)
    if mine is None and version is None:  # deleted on both sides: nothing left to send
        record_done(local, [(table, fid, None)])
        return
    op = "D" if mine is None else ("U" if version is not None else "I")
    local.execute(
        f'INSERT INTO "{CHANGES_TABLE}" (table_name, fid, op, step) VALUES (?, ?, ?, ?)'
        " ON CONFLICT (table_name, fid) DO UPDATE SET op = excluded.op",
        (table, fid, op, step),
    )


def _take_theirs(local: sqlite3.Connection, server, schema: str, keys: set[tuple[str, int]]) -> None:
    """The server's current rows (or their absence) replace the working copy's for `keys`, whose
    changes are dropped."""
    from clusterdesk.io.server import ddl

    by_table: dict[str, list[int]] = {}
    for table, fid in keys:
        by_table.setdefault(table, []).append(fid)
    with refusals(sending=False):
        theirs = {t: sync_rows.server_rows(server, schema, t, fids) for t, fids in by_table.items()}
    order = sync_rows.table_order()
    upserts, deletes = [], []
    for table in sorted(by_table, key=order.__getitem__):
        for fid in sorted(by_table[table]):
            row, version = theirs[table].get(fid, (None, None))
            (upserts if row is not None else deletes).append((table, fid, row, version))
    local.execute("PRAGMA defer_foreign_keys = ON")
    with applying(local):
        for table, _fid, row, _version in upserts:  # parents first
            sync_rows.write_local(local, table, row)
        for table, fid, _row, _version in reversed(deletes):  # children first
            local.execute(f"DELETE FROM {ddl.quoted(table)} WHERE fid = ?", (fid,))
        record_done(local, [(table, fid, version) for table, fid, _row, version in upserts + deletes])
    local.commit()
