"""Synchronising a working copy with its project on the server.

The unit is the user's command (one undo step, a step of the change log): all of a command's rows go
in one server transaction, or none of them.

- push: every change noted by the working copy's triggers goes to the server in one transaction (parents
  first), updates and deletes with the server version the local row was based on. A command one of whose
  rows the server changed or deleted meanwhile is a Conflict, listed with both values of each such row
  and never overwritten; none of its rows is sent. The other commands are saved.
- pull: the rows others changed since the last pull are written into the working copy with their new
  versions (the triggers stay quiet); a row also changed here makes its command a Conflict instead.
- resolve: keep mine (the command's rows written over the server's, based on the versions shown) or
  theirs (the server's rows replace every row of the command, and the command's changes are dropped).
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.io.server import fid_blocks, log_pruning, sync_rows
from clusterdesk.io.server.change_log import applying, ensure_command_steps, pending_steps, seal
from clusterdesk.io.server.errors import ServerError
from clusterdesk.io.server.local_tables import CHANGES_TABLE, VERSIONS_TABLE, read_state, write_state
from clusterdesk.io.server.server_triggers import CHANGE_LOG_TABLE
from clusterdesk.io.server.sync_conflicts import (  # noqa: F401 - the synchronisation's vocabulary
    BOTH_CHANGED,
    CHANGED_HERE_DELETED_THERE,
    DELETED_HERE_CHANGED_THERE,
    KEEP_CHOICES,
    Conflict,
    by_command,
)


@dataclass
class PushResult:
    pushed: int = 0
    conflicts: list[Conflict] = field(default_factory=list)  # one per command held back
    tables: set[str] = field(default_factory=set)
    renumbered: dict[str, dict[int, int]] = field(default_factory=dict)  # rows moved into new fid blocks


@dataclass
class PullResult:
    pulled: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    tables: set[str] = field(default_factory=set)
    last_change_id: int = 0


@dataclass
class SyncReport:
    pushed: int
    pulled: int
    conflicts: list[Conflict]  # left for a decision
    tables: set[str] = field(default_factory=set)
    settled: int = 0  # conflicts settled as `keep` said


def schema_of(local: sqlite3.Connection) -> str:
    return read_state(local)["schema"]


def _pending(local: sqlite3.Connection) -> dict[str, list[tuple[int, str]]]:
    changes: dict[str, list[tuple[int, str]]] = {}
    for table, fid, op in local.execute(f'SELECT table_name, fid, op FROM "{CHANGES_TABLE}"'):
        changes.setdefault(table, []).append((fid, op))
    return changes


def _versions(local: sqlite3.Connection, table: str, fids: list[int]) -> dict[int, int]:
    found = {}
    for start in range(0, len(fids), 500):
        chunk = fids[start : start + 500]
        found.update(
            local.execute(
                f'SELECT fid, row_version FROM "{VERSIONS_TABLE}" WHERE table_name = ?'
                f" AND fid IN ({', '.join('?' * len(chunk))})",
                [table, *chunk],
            )
        )
    return found


@contextmanager
def refusals(sending: bool):
    """The server's refusals (a role without the right, a broken rule, a lost connection) as a
    ServerError; the working copy is rolled back, so what was not sent stays pending."""
    import psycopg

    try:
        yield
    except psycopg.Error as error:
        language = messages_language()
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        if sending:
            message = tr(
                "server:push_refused",
                "The server refused the changes: {reason}. Nothing was sent; the changes stay in this copy.",
                language,
                reason=reason,
            )
        else:
            message = tr(
                "server:pull_failed",
                "Could not bring in the server's changes: {reason}. This copy is unchanged.",
                language,
                reason=reason,
            )
        raise ServerError(message) from error


def push(
    local: sqlite3.Connection, server, schema: str | None = None, steps: set[int] | None = None
) -> PushResult:
    """Send the working copy's pending changes (or only those of the commands `steps`), each command
    whole or not at all; `server` is a psycopg connection in autocommit mode. ServerError when the server
    refuses them."""
    try:
        with refusals(sending=True):
            return _push(local, server, schema, steps)
    except BaseException:
        local.rollback()
        raise


class _Raced(Exception):
    """Rows added on the server with the fids of rows added here, after they were read: the transaction
    is rolled back and sent again without their commands."""

    def __init__(self, rows: list[tuple[str, int, str]]) -> None:
        super().__init__(rows)
        self.rows = rows


def _push(local: sqlite3.Connection, server, schema: str | None, steps: set[int] | None) -> PushResult:
    schema = schema or schema_of(local)
    ensure_command_steps(local)
    if seal(local):  # changes nobody sealed (another program's) are one command
        local.commit()
    result = PushResult(renumbered=fid_blocks.renumber_overflow(local, server, schema))
    commands = pending_steps(local)
    if steps is not None:
        commands = {step: rows for step, rows in commands.items() if step in steps}
    if not commands:
        local.commit()
        return result
    raced: list[Conflict] = []
    while True:
        try:
            done, held = _send(local, server, schema, commands, raced)
            break
        except _Raced as race:  # rare: a retry, the commands of those rows held back
            raced += [_conflict_now(local, server, schema, table, fid, op) for table, fid, op in race.rows]
    record_done(local, done)
    result.pushed = len(done)
    result.tables = {table for table, _fid, _version in done}
    result.conflicts = by_command(local, held)
    local.commit()
    return result


def _send(local, server, schema, commands: dict[int, list], raced: list[Conflict]):
    """One server transaction sending every command none of whose rows conflicts; returns the rows done
    (table, fid, new version or None: gone) and the conflicting rows of the commands held back."""
    step_of = {(table, fid): step for step, rows in commands.items() for table, fid, _op in rows}
    by_table: dict[str, list[tuple[int, str]]] = {}
    for rows in commands.values():
        for table, fid, op in rows:
            by_table.setdefault(table, []).append((fid, op))
    order = sync_rows.table_order()
    with server.transaction():
        planned = []  # (table, fid, op, outcome), outcome as _plan_table says
        for table in sorted(by_table, key=order.__getitem__):
            planned += _plan_table(local, server, schema, table, by_table[table])
        conflicts = [outcome[1] for *_row, outcome in planned if outcome[0] == "conflict"] + raced
        held_steps = {step_of[(c.table, c.fid)] for c in conflicts}
        going = [(t, f, op, outcome) for t, f, op, outcome in planned if step_of[(t, f)] not in held_steps]
        to_send = [(t, f, op, outcome) for t, f, op, outcome in going if outcome[0] == "send"]
        with server.pipeline():  # one round trip for all the statements
            sent = [(t, f, op, server.execute(sql, values)) for t, f, op, (_send, sql, values) in to_send]
        done = [(t, f, outcome[1]) for t, f, _op, outcome in going if outcome[0] == "done"]
        lost = []
        for table, fid, op, cursor in sent:
            row = cursor.fetchone()
            if row is None:  # a row added there with this fid since our read (rows read were locked)
                lost.append((table, fid, op))
            else:
                done.append((table, fid, None if op == "D" else row[0]))
        if lost:
            raise _Raced(lost)
    return done, conflicts


def _plan_table(local, server, schema, table, changes) -> list:
    """What to do with each change of a table: ("send", sql, values), ("done", version) for rows the
    server already has as here (or deleted on both sides), ("conflict", Conflict) for rows changed there
    since they were read. The server's rows are locked until the commit."""
    fids = [fid for fid, _op in changes]
    mine = sync_rows.local_rows(local, table, fids)
    bases = _versions(local, table, fids)
    theirs = sync_rows.server_rows(server, schema, table, fids, lock=True)
    planned = []
    for fid, op in changes:
        row, base = mine.get(fid), bases.get(fid)
        server_row, their_version = theirs.get(fid, (None, None))
        if op == "D" or row is None:
            if server_row is None:  # deleted on both sides
                outcome = ("done", None)
            elif their_version != base:
                conflict = Conflict(table, fid, DELETED_HERE_CHANGED_THERE, None, server_row, their_version)
                outcome = ("conflict", conflict)
            else:
                outcome = ("send", sync_rows.delete_sql(schema, table), (fid, base))
            planned.append((table, fid, "D", outcome))
            continue
        if server_row is None:
            if base is not None:  # the server had it and someone deleted it
                outcome = ("conflict", Conflict(table, fid, CHANGED_HERE_DELETED_THERE, row, None))
            else:
                values = sync_rows.to_server(table, row)
                outcome = ("send", sync_rows.insert_sql(schema, table, list(values)), list(values.values()))
            planned.append((table, fid, "I", outcome))
            continue
        differing = sync_rows.differing_columns(row, server_row)
        if not differing:  # the server already has these values (also when both made the same change)
            outcome = ("done", their_version)
        elif their_version != base:
            outcome = ("conflict", Conflict(table, fid, BOTH_CHANGED, row, server_row, their_version))
        else:
            values = sync_rows.to_server(table, {name: row[name] for name in differing})
            sql = sync_rows.update_sql(schema, table, differing)
            outcome = ("send", sql, [*values.values(), fid, base])
        planned.append((table, fid, "U", outcome))
    return planned


def _conflict_now(local, server, schema, table, fid, op) -> Conflict:
    mine = sync_rows.local_rows(local, table, [fid]).get(fid)
    theirs, version = sync_rows.server_rows(server, schema, table, [fid]).get(fid, (None, None))
    if mine is None:
        kind = DELETED_HERE_CHANGED_THERE
    elif theirs is None:
        kind = CHANGED_HERE_DELETED_THERE
    else:
        kind = BOTH_CHANGED
    return Conflict(table, fid, kind, mine, theirs, version)


def record_done(local: sqlite3.Connection, done: list[tuple[str, int, int | None]]) -> None:
    local.executemany(
        f'DELETE FROM "{CHANGES_TABLE}" WHERE table_name = ? AND fid = ?', [(t, f) for t, f, _v in done]
    )
    local.executemany(
        f'INSERT INTO "{VERSIONS_TABLE}" (table_name, fid, row_version) VALUES (?, ?, ?)'
        " ON CONFLICT (table_name, fid) DO UPDATE SET row_version = excluded.row_version",
        [(t, f, v) for t, f, v in done if v is not None],
    )
    local.executemany(
        f'DELETE FROM "{VERSIONS_TABLE}" WHERE table_name = ? AND fid = ?',
        [(t, f) for t, f, v in done if v is None],
    )


def pull(local: sqlite3.Connection, server, schema: str | None = None) -> PullResult:
    """Bring others' changes since the last pull into the working copy."""
    try:
        with refusals(sending=False):
            return _pull(local, server, schema)
    except BaseException:
        local.rollback()
        raise


def _pull(local: sqlite3.Connection, server, schema: str | None) -> PullResult:
    from clusterdesk.io.server import ddl

    state = read_state(local)
    schema = schema or state["schema"]
    last = int(state.get("last_change_id") or 0)
    result = PullResult(last_change_id=last)
    with server.transaction():
        server.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        server.execute("SET LOCAL timezone = 'UTC'")
        log_pruning.require_reach(server, schema, last, _address_text(state, schema))
        latest = server.execute(
            f"SELECT DISTINCT ON (table_name, fid) table_name, fid, op, row_version, change_id"
            f" FROM {ddl.qualified(schema, CHANGE_LOG_TABLE)} WHERE change_id > %s"
            " ORDER BY table_name, fid, change_id DESC",
            (last,),
        ).fetchall()
        pending = {(t, fid): op for t, ops in _pending(local).items() for fid, op in ops}
        changed = _rows_to_read(local, latest, pending)
        rows = {table: sync_rows.server_rows(server, schema, table, fids) for table, fids in changed.items()}
    if not latest:
        return result
    result.last_change_id = max(change_id for *_rest, change_id in latest)
    order = sync_rows.table_order()
    local.execute("PRAGMA defer_foreign_keys = ON")
    with applying(local):
        upserts, deletes = [], []
        for table in sorted(changed, key=order.__getitem__):
            fids = changed[table]
            bases = _versions(local, table, fids)
            for fid in sorted(fids):
                server_row, version = rows[table].get(fid, (None, None))
                if version is not None and bases.get(fid) == version:
                    continue  # we have this version (our own push, or pulled before)
                if server_row is None and fid not in bases and (table, fid) not in pending:
                    continue  # added and deleted there, never seen here
                if (table, fid) in pending:
                    conflict = _pull_conflict(local, table, fid, pending[(table, fid)], server_row, version)
                    if conflict is not None:
                        result.conflicts.append(conflict)
                    continue
                (upserts if server_row is not None else deletes).append((table, fid, server_row, version))
        for table, _fid, server_row, _version in upserts:
            sync_rows.write_local(local, table, server_row)
        for table, fid, _row, _version in reversed(deletes):
            local.execute(f"DELETE FROM {ddl.quoted(table)} WHERE fid = ?", (fid,))
        record_done(local, [(t, f, v) for t, f, _r, v in upserts + deletes])
    write_state(local, {"last_change_id": str(result.last_change_id)})
    result.conflicts = by_command(local, result.conflicts)
    local.commit()
    result.pulled = len(upserts) + len(deletes)
    result.tables = {table for table, *_rest in upserts + deletes}
    return result


def _address_text(state: dict[str, str], schema: str) -> str:
    from clusterdesk.io.server.address import parse_address

    try:
        return f'"{parse_address(state["server"]).with_project(schema).display()}"'
    except Exception:  # an address this ClusterDesk cannot read back: the message names the project
        return schema


def _rows_to_read(local: sqlite3.Connection, latest: list[tuple], pending: dict) -> dict[str, list[int]]:
    """{table: fids} of the rows whose latest change the working copy lacks (the rest it sent itself
    or pulled before)."""
    by_table: dict[str, list[tuple]] = {}
    for table, fid, op, version, _change_id in latest:
        by_table.setdefault(table, []).append((fid, op, version))
    needed = {}
    for table, changes in by_table.items():
        bases = _versions(local, table, [fid for fid, _op, _version in changes])
        fids = [
            fid
            for fid, op, version in changes
            if (table, fid) in pending or (bases.get(fid) != version if op != "D" else fid in bases)
        ]
        if fids:
            needed[table] = fids
    return needed


def _pull_conflict(local, table, fid, op, server_row, version) -> Conflict | None:
    mine = sync_rows.local_rows(local, table, [fid]).get(fid)
    if server_row is None:
        if mine is None:  # deleted on both sides
            record_done(local, [(table, fid, None)])
            return None
        return Conflict(table, fid, CHANGED_HERE_DELETED_THERE, mine, None)
    if mine is None:
        return Conflict(table, fid, DELETED_HERE_CHANGED_THERE, None, server_row, version)
    if not sync_rows.differing_columns(mine, server_row):  # the same change on both sides
        record_done(local, [(table, fid, version)])
        return None
    return Conflict(table, fid, BOTH_CHANGED, mine, server_row, version)


def pending_conflicts(local: sqlite3.Connection, server, schema: str | None = None) -> list[Conflict]:
    """The pending changes the server would refuse now (their rows changed there since they were read)."""
    schema = schema or schema_of(local)
    conflicts = []
    for table, changes in _pending(local).items():
        fids = [fid for fid, _op in changes]
        bases = _versions(local, table, fids)
        theirs = sync_rows.server_rows(server, schema, table, fids)
        for fid, op in changes:
            server_row, version = theirs.get(fid, (None, None))
            if op == "I" and server_row is None:
                continue
            if version is not None and version == bases.get(fid):
                continue
            conflict = _pull_conflict(local, table, fid, op, server_row, version)
            if conflict is not None:
                conflicts.append(conflict)
    conflicts = by_command(local, conflicts)
    local.commit()
    return conflicts


def resolve(local: sqlite3.Connection, server, conflict: Conflict, keep: str, schema: str | None = None):
    """Settle a command's conflict as a whole, keeping "mine" or "theirs" (`sync_settle.settle`).
    Returns a new Conflict when a row of the command changed on the server again meanwhile, else None."""
    from clusterdesk.io.server.sync_settle import settle

    return settle(local, server, conflict, keep, schema)


def synchronise(local: sqlite3.Connection, address, keep: str | None = None) -> SyncReport:
    """Push, pull and (with `keep`) settle the conflicts, over one connection to `address`."""
    from clusterdesk.io.server.address import connect

    with connect(address, autocommit=True) as server:
        return synchronise_over(local, server, keep)


def synchronise_over(local: sqlite3.Connection, server, keep: str | None = None) -> SyncReport:
    schema = schema_of(local)
    pushed = push(local, server, schema)
    try:
        pulled = pull(local, server, schema)
    except log_pruning.CheckoutRequired as error:
        # pushing compares row versions, not the log: what could be sent is on the server, and the
        # conflicts are settled as asked; the copy can only not learn what it missed
        error.report = _settle_before_checkout(local, server, schema, pushed, keep)
        raise
    conflicts = by_command(local, [row for c in pushed.conflicts + pulled.conflicts for row in c.rows])
    tables = pushed.tables | pulled.tables
    settled = 0
    if keep is not None:
        left = []
        for conflict in conflicts:
            again = resolve(local, server, conflict, keep, schema)
            tables |= {table for table, _fid in conflict.row_keys()}
            if again is not None:
                left.append(again)
            else:
                settled += 1
        conflicts = left
    fid_blocks.refresh_if_allowed(local, server, schema)
    local.commit()
    return SyncReport(pushed.pushed, pulled.pulled, conflicts, tables, settled)


def _settle_before_checkout(local, server, schema: str, pushed: PushResult, keep: str | None) -> SyncReport:
    left, settled = [], 0
    for conflict in pushed.conflicts:
        again = resolve(local, server, conflict, keep, schema) if keep is not None else conflict
        if again is None:
            settled += 1
        else:
            left.append(again)
    local.commit()
    return SyncReport(pushed.pushed, 0, left, pushed.tables, settled)
