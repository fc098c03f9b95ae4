"""Synchronising a working copy with its project on the server.

- push: every change noted by the working copy's triggers goes to the server in one transaction (parents
  first), updates and deletes with the server version the local row was based on. A row the server
  changed or deleted meanwhile is a Conflict, listed with both values and never overwritten; the other
  changes are saved.
- pull: the rows others changed since the last pull are written into the working copy with their new
  versions (the triggers stay quiet); a row also changed here becomes a Conflict instead.
- resolve: keep mine (written over the server's row, based on its current version) or theirs (the server's
  row replaces the local one and the local change is dropped).
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.io.server import fid_blocks, log_pruning, sync_rows
from clusterdesk.io.server.change_log import applying
from clusterdesk.io.server.errors import ServerError
from clusterdesk.io.server.local_tables import CHANGES_TABLE, VERSIONS_TABLE, read_state, write_state
from clusterdesk.io.server.server_triggers import CHANGE_LOG_TABLE

BOTH_CHANGED = "both_changed"
CHANGED_HERE_DELETED_THERE = "changed_here_deleted_there"
DELETED_HERE_CHANGED_THERE = "deleted_here_changed_there"
KEEP_CHOICES = ("mine", "theirs")


@dataclass
class Conflict:
    table: str
    fid: int
    kind: str
    mine: dict | None  # the working copy's row (None: deleted here)
    theirs: dict | None  # the server's row (None: deleted there)
    their_version: int | None = None

    def differences(self) -> list[tuple[str, object, object]]:
        """(column, mine, theirs) for every column whose values differ."""
        mine, theirs = self.mine or {}, self.theirs or {}
        columns = list(mine or theirs)
        return [(c, mine.get(c), theirs.get(c)) for c in columns if mine.get(c) != theirs.get(c)]


@dataclass
class PushResult:
    pushed: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
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


def _pending(
    local: sqlite3.Connection, only: tuple[str, int] | None = None
) -> dict[str, list[tuple[int, str]]]:
    changes: dict[str, list[tuple[int, str]]] = {}
    for table, fid, op in local.execute(f'SELECT table_name, fid, op FROM "{CHANGES_TABLE}"'):
        if only is None or only == (table, fid):
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
def _refusals(sending: bool):
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
    local: sqlite3.Connection, server, schema: str | None = None, only: tuple[str, int] | None = None
) -> PushResult:
    """Send the working copy's pending changes (or only that of the row `only`, (table, fid));
    `server` is a psycopg connection in autocommit mode. ServerError when the server refuses them."""
    try:
        with _refusals(sending=True):
            return _push(local, server, schema, only)
    except BaseException:
        local.rollback()
        raise


def _push(local: sqlite3.Connection, server, schema: str | None, only: tuple[str, int] | None) -> PushResult:
    schema = schema or schema_of(local)
    result = PushResult(renumbered=fid_blocks.renumber_overflow(local, server, schema))
    pending = _pending(local, only)
    if not pending:
        return result
    order = sync_rows.table_order()
    done: list[tuple[str, int, int | None]] = []  # (table, fid, new version; None: gone)
    with server.transaction():
        planned = []  # (table, fid, op, sql, parameters)
        for table in sorted(pending, key=order.__getitem__):
            planned += _plan_table(local, server, schema, table, pending[table], result, done)
        with server.pipeline():  # one round trip for all the statements
            sent = [(table, fid, op, server.execute(sql, values)) for table, fid, op, sql, values in planned]
        for table, fid, op, cursor in sent:
            row = cursor.fetchone()
            if row is None:  # a row added there with this fid since our read (rows read were locked)
                result.conflicts.append(_conflict_now(local, server, schema, table, fid, op))
            else:
                done.append((table, fid, None if op == "D" else row[0]))
    _record_done(local, done)
    result.pushed = len(done)
    result.tables = {table for table, _fid, _version in done}
    local.commit()
    return result


def _plan_table(local, server, schema, table, changes, result, done) -> list:
    """The statements that send a table's changes; rows changed there since they were read become
    conflicts, rows already as here are done. The server's rows are locked until the commit."""
    fids = [fid for fid, _op in changes]
    mine = sync_rows.local_rows(local, table, fids)
    bases = _versions(local, table, fids)
    theirs = sync_rows.server_rows(server, schema, table, fids, lock=True)
    statements = []
    for fid, op in changes:
        row, base = mine.get(fid), bases.get(fid)
        server_row, their_version = theirs.get(fid, (None, None))
        if op == "D" or row is None:
            if server_row is None:  # deleted on both sides
                done.append((table, fid, None))
            elif their_version != base:
                result.conflicts.append(
                    Conflict(table, fid, DELETED_HERE_CHANGED_THERE, None, server_row, their_version)
                )
            else:
                statements.append((table, fid, "D", sync_rows.delete_sql(schema, table), (fid, base)))
            continue
        if server_row is None:
            if base is not None:  # the server had it and someone deleted it
                result.conflicts.append(Conflict(table, fid, CHANGED_HERE_DELETED_THERE, row, None))
                continue
            values = sync_rows.to_server(table, row)
            sql = sync_rows.insert_sql(schema, table, list(values))
            statements.append((table, fid, "I", sql, list(values.values())))
            continue
        differing = sync_rows.differing_columns(row, server_row)
        if not differing:  # the server already has these values (also when both made the same change)
            done.append((table, fid, their_version))
        elif their_version != base:
            result.conflicts.append(Conflict(table, fid, BOTH_CHANGED, row, server_row, their_version))
        else:
            values = sync_rows.to_server(table, {name: row[name] for name in differing})
            sql = sync_rows.update_sql(schema, table, differing)
            statements.append((table, fid, "U", sql, [*values.values(), fid, base]))
    return statements


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


def _record_done(local: sqlite3.Connection, done: list[tuple[str, int, int | None]]) -> None:
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
        with _refusals(sending=False):
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
        _record_done(local, [(t, f, v) for t, f, _r, v in upserts + deletes])
    write_state(local, {"last_change_id": str(result.last_change_id)})
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
            _record_done(local, [(table, fid, None)])
            return None
        return Conflict(table, fid, CHANGED_HERE_DELETED_THERE, mine, None)
    if mine is None:
        return Conflict(table, fid, DELETED_HERE_CHANGED_THERE, None, server_row, version)
    if not sync_rows.differing_columns(mine, server_row):  # the same change on both sides
        _record_done(local, [(table, fid, version)])
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
    local.commit()
    return conflicts


def resolve(local: sqlite3.Connection, server, conflict: Conflict, keep: str, schema: str | None = None):
    """Settle one conflict: keep "mine" (the server takes the local row, or its deletion) or "theirs"
    (the working copy takes the server's row, or its deletion). Returns a new Conflict when the row
    changed on the server again meanwhile, else None."""
    if keep not in KEEP_CHOICES:
        raise ValueError(f"keep must be one of {KEEP_CHOICES}, not {keep!r}")
    schema = schema or schema_of(local)
    table, fid = conflict.table, conflict.fid
    with _refusals(sending=False):
        theirs, version = sync_rows.server_rows(server, schema, table, [fid]).get(fid, (None, None))
    if keep == "theirs":
        local.execute("PRAGMA defer_foreign_keys = ON")
        with applying(local):
            from clusterdesk.io.server import ddl

            if theirs is None:
                local.execute(f"DELETE FROM {ddl.quoted(table)} WHERE fid = ?", (fid,))
            else:
                sync_rows.write_local(local, table, theirs)
            _record_done(local, [(table, fid, version)])
        local.commit()
        return None
    # mine: base the pending change on the server's current state, then send it
    local.execute(f'DELETE FROM "{VERSIONS_TABLE}" WHERE table_name = ? AND fid = ?', (table, fid))
    if version is not None:
        _record_done(local, [(table, fid, version)])
    mine = sync_rows.local_rows(local, table, [fid]).get(fid)
    op = "D" if mine is None else ("U" if version is not None else "I")
    local.execute(
        f'INSERT INTO "{CHANGES_TABLE}" (table_name, fid, op) VALUES (?, ?, ?)'
        " ON CONFLICT (table_name, fid) DO UPDATE SET op = excluded.op",
        (table, fid, op),
    )
    if op == "D" and version is None:
        _record_done(local, [(table, fid, None)])
    local.commit()
    result = push(local, server, schema, only=(table, fid))
    return result.conflicts[0] if result.conflicts else None


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
    conflicts = {(c.table, c.fid): c for c in pushed.conflicts + pulled.conflicts}
    tables = pushed.tables | pulled.tables
    settled = 0
    if keep is not None:
        left = {}
        for key, conflict in conflicts.items():
            again = resolve(local, server, conflict, keep, schema)
            tables.add(conflict.table)
            if again is not None:
                left[key] = again
            else:
                settled += 1
        conflicts = left
    fid_blocks.refresh_if_allowed(local, server, schema)
    local.commit()
    return SyncReport(pushed.pushed, pulled.pulled, list(conflicts.values()), tables, settled)


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
