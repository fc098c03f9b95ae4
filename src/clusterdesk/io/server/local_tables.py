"""The synchronisation's bookkeeping inside a checked-out GeoPackage.

- `clusterdesk_sync_state` (key, value): server address without password, schema, last change pulled,
  when it was checked out;
- `clusterdesk_sync_versions` (table_name, fid, row_version): the server version each local row is based on;
- `clusterdesk_sync_changes` (table_name, fid, op): local changes not yet sent (filled by triggers);
- `clusterdesk_sync_fid_blocks` (table_name, next_fid, last_fid): the block of fids new local rows take;
- `clusterdesk_sync_applying` (one row, `applying` 0 or 1): set while pulled rows are applied, so the
  change triggers stay quiet.

They are registered as GeoPackage attributes tables, which GDAL's validator accepts only with one INTEGER
PRIMARY KEY column: each has `id INTEGER PRIMARY KEY`, and the key the synchronisation looks rows up by
(key; table_name and fid; table_name) is a UNIQUE constraint, so `INSERT ... ON CONFLICT (table_name, fid)`
and `INSERT OR REPLACE` work on it as on a primary key.
"""

from __future__ import annotations

import sqlite3

from clusterdesk.core import gpkg

STATE_TABLE = "clusterdesk_sync_state"
VERSIONS_TABLE = "clusterdesk_sync_versions"
CHANGES_TABLE = "clusterdesk_sync_changes"
FID_BLOCKS_TABLE = "clusterdesk_sync_fid_blocks"
APPLYING_TABLE = "clusterdesk_sync_applying"

LOCAL_TABLES = {
    STATE_TABLE: "id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, value TEXT",
    VERSIONS_TABLE: "id INTEGER PRIMARY KEY, table_name TEXT NOT NULL, fid INTEGER NOT NULL,"
    " row_version INTEGER NOT NULL, UNIQUE (table_name, fid)",
    CHANGES_TABLE: "id INTEGER PRIMARY KEY, table_name TEXT NOT NULL, fid INTEGER NOT NULL,"
    " op TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')), UNIQUE (table_name, fid)",
    FID_BLOCKS_TABLE: "id INTEGER PRIMARY KEY, table_name TEXT NOT NULL UNIQUE, next_fid INTEGER NOT NULL,"
    " last_fid INTEGER NOT NULL",
    APPLYING_TABLE: "id INTEGER PRIMARY KEY CHECK (id = 1), applying INTEGER NOT NULL DEFAULT 0",
}
TITLES = {
    STATE_TABLE: "Team mode: server and last synchronisation",
    VERSIONS_TABLE: "Team mode: server versions of the rows",
    CHANGES_TABLE: "Team mode: changes not yet sent",
    FID_BLOCKS_TABLE: "Team mode: identifiers reserved for new rows",
    APPLYING_TABLE: "Team mode: applying the server's changes",
}


def create_local_tables(connection: sqlite3.Connection) -> None:
    """Create and register the bookkeeping tables (those already there are kept)."""
    for table, columns in LOCAL_TABLES.items():
        connection.execute(f'CREATE TABLE IF NOT EXISTS "{table}" ({columns})')
        gpkg.register_attributes(connection, table, TITLES[table])
    connection.execute(f'INSERT OR IGNORE INTO "{APPLYING_TABLE}" (id, applying) VALUES (1, 0)')


def write_state(connection: sqlite3.Connection, values: dict[str, str]) -> None:
    connection.executemany(
        f'INSERT INTO "{STATE_TABLE}" (key, value) VALUES (?, ?)'
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        list(values.items()),
    )


def read_state(connection: sqlite3.Connection) -> dict[str, str]:
    return dict(connection.execute(f'SELECT key, value FROM "{STATE_TABLE}"'))
