"""Blocks of fids, so that rows added in different working copies never meet on the server.

Each project table has a sequence `<schema>."<table>_fid_block"` (created at publish, starting above the
highest published fid). A working copy reserves block b with nextval and gives its new rows of that table
the fids b*1000+1 ... b*1000+1000: every table is AUTOINCREMENT in the GeoPackage, so setting the table's
`sqlite_sequence` entry to the block's first fid minus one makes SQLite hand them out. SQLite gives
max(sequence, highest fid) + 1, so a block is usable only while it is above every row of the table (rows
pulled from others sit in earlier blocks, since the sequence only grows); otherwise, or when the block is
used up, `refresh` takes a new one. Offline, a table may outgrow its block: `renumber_overflow` moves
such rows (and the references to them) into freshly reserved blocks before they are sent.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from clusterdesk.io.server import ddl
from clusterdesk.io.server.change_log import applying
from clusterdesk.io.server.local_tables import CHANGES_TABLE, FID_BLOCKS_TABLE

BLOCK_SIZE = 1000


def block_range(block: int) -> tuple[int, int]:
    return block * BLOCK_SIZE + 1, block * BLOCK_SIZE + BLOCK_SIZE


def reserve_blocks(server, schema: str, tables: list[str], counts: list[int] | None = None) -> dict:
    """Reserve `counts[i]` (default one) blocks for each table in one round trip: {table: [blocks]}."""
    counts = counts or [1] * len(tables)
    if not tables:
        return {}
    calls = ", ".join(
        f"(SELECT array_agg(nextval(%s)) FROM generate_series(1, {int(count)}))" for count in counts
    )
    names = [ddl.qualified(schema, ddl.fid_block_sequence(table)) for table in tables]
    row = server.execute(f"SELECT {calls}", names).fetchone()
    return {table: list(blocks) for table, blocks in zip(tables, row, strict=True)}


def _state(local: sqlite3.Connection, tables: list[str]) -> dict[str, tuple[int, int | None, int | None]]:
    """{table: (next fid SQLite would give, block's next fid, block's last fid)}."""
    blocks = {
        table: (next_fid, last_fid)
        for table, next_fid, last_fid in local.execute(
            f'SELECT table_name, next_fid, last_fid FROM "{FID_BLOCKS_TABLE}"'
        )
    }
    sequences = dict(local.execute("SELECT name, seq FROM sqlite_sequence"))
    state = {}
    for table in tables:
        highest = local.execute(f"SELECT max(fid) FROM {ddl.quoted(table)}").fetchone()[0] or 0
        following = max(highest, sequences.get(table) or 0) + 1
        state[table] = (following, *blocks.get(table, (None, None)))
    return state


def _set_sequence(local: sqlite3.Connection, table: str, seq: int) -> None:
    updated = local.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = ?", (seq, table)).rowcount
    if not updated:
        local.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, seq))


def _use_block(local: sqlite3.Connection, table: str, first: int, last: int) -> None:
    local.execute(
        f'INSERT INTO "{FID_BLOCKS_TABLE}" (table_name, next_fid, last_fid) VALUES (?, ?, ?)'
        " ON CONFLICT (table_name) DO UPDATE SET next_fid = excluded.next_fid, last_fid = excluded.last_fid",
        (table, first, last),
    )
    _set_sequence(local, table, first - 1)


def refresh(
    local: sqlite3.Connection, server=None, schema: str | None = None, tables: Iterable[str] | None = None
) -> list[str]:
    """Make every table's next new row take a fid of a block of this working copy, reserving new blocks
    on the server where needed. Without a server, returns the tables that need one and have none."""
    names = list(tables) if tables is not None else [t.name for t in ddl.project_tables()]
    needing = []
    for table, (following, next_fid, last_fid) in _state(local, names).items():
        if last_fid is not None and last_fid - BLOCK_SIZE < following <= last_fid:
            if following != next_fid:
                local.execute(
                    f'UPDATE "{FID_BLOCKS_TABLE}" SET next_fid = ? WHERE table_name = ?', (following, table)
                )
            continue
        if last_fid is not None and following <= last_fid - BLOCK_SIZE:  # a fresh block above every row
            _set_sequence(local, table, last_fid - BLOCK_SIZE)
            continue
        needing.append(table)
    if needing and server is not None:
        for table, blocks in reserve_blocks(server, schema, needing).items():
            _use_block(local, table, *block_range(blocks[0]))
        return []
    return needing


def refresh_if_allowed(local: sqlite3.Connection, server, schema: str) -> list[str]:
    """`refresh` over an autocommit connection, for a role that may not take blocks (a viewer, who adds
    no rows) too: then nothing is reserved."""
    import psycopg

    try:
        return refresh(local, server, schema)
    except psycopg.errors.InsufficientPrivilege:
        return [t.name for t in ddl.project_tables()]


def renumber_overflow(local: sqlite3.Connection, server, schema: str) -> dict[str, dict[int, int]]:
    """Rows added here beyond their table's block (offline, or more than a block in one command) get fids
    of newly reserved blocks, with every reference to them; returns {table: {old fid: new fid}}."""
    limits = dict(local.execute(f'SELECT table_name, last_fid FROM "{FID_BLOCKS_TABLE}"'))
    overflow: dict[str, list[int]] = {}
    for table, fid in local.execute(
        f"SELECT table_name, fid FROM \"{CHANGES_TABLE}\" WHERE op = 'I' ORDER BY table_name, fid"
    ):
        if table in limits and fid > limits[table]:
            overflow.setdefault(table, []).append(fid)
    if not overflow:
        return {}
    tables = list(overflow)
    counts = [-(-len(overflow[table]) // BLOCK_SIZE) for table in tables]
    reserved = reserve_blocks(server, schema, tables, counts)
    moves = {}
    local.execute("PRAGMA defer_foreign_keys = ON")
    with applying(local):
        for table in tables:
            fresh = [fid for block in reserved[table] for fid in range(*_half_open(block))]
            moves[table] = dict(zip(overflow[table], fresh, strict=False))
            _move_rows(local, table, moves[table])
            last = moves[table][overflow[table][-1]]
            _use_block(local, table, last + 1, block_range(reserved[table][-1])[1])
            _set_sequence(local, table, last)
    return moves


def _half_open(block: int) -> tuple[int, int]:
    first, last = block_range(block)
    return first, last + 1


def _move_rows(local: sqlite3.Connection, table: str, moves: dict[int, int]) -> None:
    pairs = sorted(moves.items(), reverse=True)
    local.executemany(
        f"UPDATE {ddl.quoted(table)} SET fid = ? WHERE fid = ?", [(new, old) for old, new in pairs]
    )
    local.executemany(
        f'UPDATE "{CHANGES_TABLE}" SET fid = ? WHERE table_name = ? AND fid = ?',
        [(new, table, old) for old, new in pairs],
    )
    for child in ddl.project_tables():
        for key in child.foreign_keys:
            if key.column.table.name != table:
                continue
            column = ddl.quoted(key.parent.name)
            local.executemany(
                f"UPDATE {ddl.quoted(child.name)} SET {column} = ? WHERE {column} = ?",
                [(new, old) for old, new in pairs],
            )
