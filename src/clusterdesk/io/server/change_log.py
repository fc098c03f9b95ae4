"""The local change log of a checked-out working copy: SQLite triggers that note every row inserted,
changed or deleted in a project table, so the synchronisation knows what to send.

A change is kept once per row (`clusterdesk_sync_changes`, unique on table and fid) with the operation the
server needs: 'I' for a row the server has never had (no server version in `clusterdesk_sync_versions`),
'U' for a row it has, 'D' for a server row deleted here. A row added and deleted again before it was
sent leaves nothing; a server row deleted and added again is an update. While pulled rows are applied,
`clusterdesk_sync_applying` holds 1 and the triggers stay quiet.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

from clusterdesk.io.server.ddl import project_tables, quoted
from clusterdesk.io.server.local_tables import (
    APPLYING_TABLE,
    CHANGES_TABLE,
    VERSIONS_TABLE,
    create_local_tables,
)

_PREFIX = "clusterdesk_sync_"
_QUIET = f'(SELECT applying FROM "{APPLYING_TABLE}" WHERE id = 1) = 0'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _on_server(table: str, fid: str) -> str:
    return f'EXISTS (SELECT 1 FROM "{VERSIONS_TABLE}" WHERE table_name = {_literal(table)} AND fid = {fid})'


def triggers_sql(table: str) -> list[str]:
    name = quoted(table)
    literal = _literal(table)
    new_op = f"CASE WHEN {_on_server(table, 'NEW.fid')} THEN 'U' ELSE 'I' END"
    changes = f'"{CHANGES_TABLE}"'
    return [
        f"""CREATE TRIGGER IF NOT EXISTS "{_PREFIX}{table}_insert" AFTER INSERT ON {name} WHEN {_QUIET}
BEGIN
  INSERT INTO {changes} (table_name, fid, op) VALUES ({literal}, NEW.fid, {new_op})
    ON CONFLICT (table_name, fid) DO UPDATE SET op = excluded.op;
END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{_PREFIX}{table}_update" AFTER UPDATE ON {name} WHEN {_QUIET}
BEGIN
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
    for table in project_tables():
        for statement in triggers_sql(table.name):
            connection.execute(statement)


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
