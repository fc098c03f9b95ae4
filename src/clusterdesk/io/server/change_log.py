"""The local change log of a checked-out working copy: SQLite triggers that note every row inserted,
changed or deleted in a project table, so the synchronisation knows what to send.

A change is kept once per row (`clusterdesk_sync_changes`, unique on table and fid) with the operation the
server needs: 'I' for a row the server has never had (no server version in `clusterdesk_sync_versions`),
'U' for a row it has, 'D' for a server row deleted here. A row added and deleted again before it was
sent leaves nothing; a server row deleted and added again is an update. While pulled rows are applied,
`clusterdesk_sync_applying` holds 1 and the triggers stay quiet.

Each change also carries the `step` it belongs to: the user's command (one undo step) that made it, the
unit the synchronisation sends or holds back as a whole. The triggers give new changes step 0, the open
step; `seal` closes it after each command by giving its changes the next free number. A command that
changes a row already waiting in an earlier, sealed step joins that step (both go back to 0): the row now
holds both commands' values, so neither can be sent without the other. Changes nobody sealed (made by
another program, or by ClusterDesk without `follow_commands`) are one step together.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import contextmanager

from clusterdesk.io.server.ddl import project_tables, quoted
from clusterdesk.io.server.local_tables import (
    APPLYING_TABLE,
    CHANGES_TABLE,
    VERSIONS_TABLE,
    create_local_tables,
)

_PREFIX = "clusterdesk_sync_"
STEP_INDEX = "clusterdesk_sync_changes_step"
_QUIET = f'(SELECT applying FROM "{APPLYING_TABLE}" WHERE id = 1) = 0'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _on_server(table: str, fid: str) -> str:
    return f'EXISTS (SELECT 1 FROM "{VERSIONS_TABLE}" WHERE table_name = {_literal(table)} AND fid = {fid})'


def _join_open_step(table: str, fid: str) -> str:
    """SQL moving the sealed step that already holds a change of this row back into the open step."""
    changes = f'"{CHANGES_TABLE}"'
    return (
        f"UPDATE {changes} SET step = 0 WHERE step <> 0 AND step = (SELECT step FROM {changes}"
        f" WHERE table_name = {_literal(table)} AND fid = {fid});"
    )


def triggers_sql(table: str) -> list[str]:
    name = quoted(table)
    literal = _literal(table)
    new_op = f"CASE WHEN {_on_server(table, 'NEW.fid')} THEN 'U' ELSE 'I' END"
    changes = f'"{CHANGES_TABLE}"'
    return [
        f"""CREATE TRIGGER IF NOT EXISTS "{_PREFIX}{table}_insert" AFTER INSERT ON {name} WHEN {_QUIET}
BEGIN
  {_join_open_step(table, "NEW.fid")}
  INSERT INTO {changes} (table_name, fid, op) VALUES ({literal}, NEW.fid, {new_op})
    ON CONFLICT (table_name, fid) DO UPDATE SET op = excluded.op;
END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{_PREFIX}{table}_update" AFTER UPDATE ON {name} WHEN {_QUIET}
BEGIN
  {_join_open_step(table, "NEW.fid")}
  {_join_open_step(table, "OLD.fid")}
  INSERT INTO {changes} (table_name, fid, op) VALUES ({literal}, NEW.fid, {new_op})
    ON CONFLICT (table_name, fid) DO NOTHING;
  INSERT INTO {changes} (table_name, fid, op)
    SELECT {literal}, OLD.fid, 'D' WHERE OLD.fid <> NEW.fid AND {_on_server(table, "OLD.fid")}
    ON CONFLICT (table_name, fid) DO UPDATE SET op = 'D';
  DELETE FROM {changes} WHERE table_name = {literal} AND fid = OLD.fid AND OLD.fid <> NEW.fid
    AND NOT {_on_server(table, "OLD.fid")};
END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{_PREFIX}{table}_delete" AFTER DELETE ON {name} WHEN {_QUIET}
BEGIN
  {_join_open_step(table, "OLD.fid")}
  INSERT INTO {changes} (table_name, fid, op)
    SELECT {literal}, OLD.fid, 'D' WHERE {_on_server(table, "OLD.fid")}
    ON CONFLICT (table_name, fid) DO UPDATE SET op = 'D';
  DELETE FROM {changes} WHERE table_name = {literal} AND fid = OLD.fid
    AND NOT {_on_server(table, "OLD.fid")};
END""",
    ]


def install_local_triggers(connection: sqlite3.Connection) -> None:
    """Create the bookkeeping tables (when missing) and the change triggers on every project table."""
    create_local_tables(connection)
    _add_steps(connection)
    for table in project_tables():
        for statement in triggers_sql(table.name):
            connection.execute(statement)


def _has_steps(connection: sqlite3.Connection) -> bool:
    return any(row[1] == "step" for row in connection.execute(f'PRAGMA table_info("{CHANGES_TABLE}")'))


def _add_steps(connection: sqlite3.Connection) -> None:
    if not _has_steps(connection):
        connection.execute(f'ALTER TABLE "{CHANGES_TABLE}" ADD COLUMN step INTEGER NOT NULL DEFAULT 0')
    connection.execute(f'CREATE INDEX IF NOT EXISTS "{STEP_INDEX}" ON "{CHANGES_TABLE}" (step)')


def ensure_command_steps(connection: sqlite3.Connection) -> None:
    """Give a working copy checked out by an earlier ClusterDesk the steps (its waiting changes become
    one step) and the triggers that fill them; nothing to do for a current one."""
    if _has_steps(connection):
        return
    remove_local_triggers(connection)
    install_local_triggers(connection)
    connection.commit()


def seal(connection: sqlite3.Connection) -> int:
    """Close the open step: the changes made since the last seal become one step of their own, the
    unit the next push sends or holds back as a whole. Returns its number (0: there were none)."""
    changes = f'"{CHANGES_TABLE}"'
    if connection.execute(f"SELECT 1 FROM {changes} WHERE step = 0 LIMIT 1").fetchone() is None:
        return 0
    step = connection.execute(f"SELECT coalesce(max(step), 0) + 1 FROM {changes}").fetchone()[0]
    connection.execute(f"UPDATE {changes} SET step = ? WHERE step = 0", (step,))
    return step


def follow_commands(project) -> Callable[[set[str]], None]:
    """Seal a step after every command, undo and redo of an open core Project, so that each is sent
    (or held back) as a whole; returns the listener, for `project.stack.changed.disconnect`."""
    connection = project.connection
    ensure_command_steps(connection)

    def after_command(tables: set[str]) -> None:
        if tables and seal(connection):
            connection.commit()

    project.stack.changed.connect(after_command)
    return after_command


def remove_local_triggers(connection: sqlite3.Connection) -> None:
    for table in project_tables():
        for kind in ("insert", "update", "delete"):
            connection.execute(f'DROP TRIGGER IF EXISTS "{_PREFIX}{table.name}_{kind}"')


@contextmanager
def applying(connection: sqlite3.Connection):
    """Within the block the change triggers stay quiet: rows written there came from the server."""
    connection.execute(f'UPDATE "{APPLYING_TABLE}" SET applying = 1 WHERE id = 1')
    try:
        yield
    finally:
        connection.execute(f'UPDATE "{APPLYING_TABLE}" SET applying = 0 WHERE id = 1')


def pending(connection: sqlite3.Connection) -> list[tuple[str, int, str]]:
    """The changes not yet sent: (table, fid, op)."""
    return list(connection.execute(f'SELECT table_name, fid, op FROM "{CHANGES_TABLE}" ORDER BY id'))


def pending_steps(connection: sqlite3.Connection) -> dict[int, list[tuple[str, int, str]]]:
    """The changes not yet sent by step: {step: [(table, fid, op)]}."""
    steps: dict[int, list[tuple[str, int, str]]] = {}
    for step, table, fid, op in connection.execute(
        f'SELECT step, table_name, fid, op FROM "{CHANGES_TABLE}" ORDER BY step, id'
    ):
        steps.setdefault(step, []).append((table, fid, op))
    return steps
