"""A window's live link to its project on the server (Qt-free): one connection, a push after every
command, pulls when others save, and reconnection after the server was unreachable.

Unlike `io.server.server_link.ServerLink` it also serves a viewer (who may not reserve fid blocks: it
writes nothing) and it can lose its connection and take a new one while the window keeps working on the
working copy; the changes made meanwhile wait in the working copy's change log."""

from __future__ import annotations

import sqlite3

from clusterdesk.gui.server.server_roles import VIEWER
from clusterdesk.io.server import fid_blocks, sync
from clusterdesk.io.server.address import ServerAddress, connect
from clusterdesk.io.server.change_log import ensure_command_steps, seal
from clusterdesk.io.server.local_tables import CHANGES_TABLE

CONNECT_TIMEOUT_SECONDS = 5


class LiveLink:
    def __init__(self, local: sqlite3.Connection, address: ServerAddress, role: str | None) -> None:
        self.local = local
        self.address = address
        self.schema = sync.schema_of(local)
        self.role = role
        self.server = None
        ensure_command_steps(local)  # a copy cached by an earlier ClusterDesk

    @property
    def writes(self) -> bool:
        return self.role is not None and self.role != VIEWER

    @property
    def connected(self) -> bool:
        return self.server is not None and not self.server.closed

    def connect(self) -> None:
        """(Re)connect; raises ServerError when the server cannot be reached."""
        self.close()
        self.server = connect(self.address, autocommit=True, connect_timeout=CONNECT_TIMEOUT_SECONDS)
        if self.writes:
            fid_blocks.refresh(self.local, self.server, self.schema)
            self.local.commit()

    def seal(self) -> None:
        """After a command (reachable or not): its changes are sent, or held back, as a whole."""
        if seal(self.local):
            self.local.commit()

    def push(self) -> sync.PushResult:
        """Send the pending changes; raises psycopg errors (InsufficientPrivilege: the role may not)."""
        self._require_connection()
        result = sync.push(self.local, self.server, self.schema)
        if self.writes:
            fid_blocks.refresh(self.local, self.server, self.schema)
        self.local.commit()
        return result

    def pull(self) -> sync.PullResult:
        self._require_connection()
        result = sync.pull(self.local, self.server, self.schema)
        if self.writes:
            fid_blocks.refresh(self.local, self.server, self.schema)
        self.local.commit()
        return result

    def resolve(self, conflict: sync.Conflict, keep: str) -> sync.Conflict | None:
        self._require_connection()
        return sync.resolve(self.local, self.server, conflict, keep, self.schema)

    def forget_unchanged(self) -> int:
        """Drop the pending changes whose rows equal the server's (after a refused change was undone:
        the server may not even let this role lock those rows to compare them); returns how many."""
        from clusterdesk.io.server import sync_rows

        self._require_connection()
        pending: dict[str, list[int]] = {}
        for table, fid in self.local.execute(f'SELECT table_name, fid FROM "{CHANGES_TABLE}"'):
            pending.setdefault(table, []).append(fid)
        moot = []
        for table, fids in pending.items():
            mine = sync_rows.local_rows(self.local, table, fids)
            theirs = sync_rows.server_rows(self.server, self.schema, table, fids)
            for fid in fids:
                row, (their_row, _version) = mine.get(fid), theirs.get(fid, (None, None))
                same = (
                    row is None
                    and their_row is None
                    or (
                        row is not None
                        and their_row is not None
                        and not sync_rows.differing_columns(row, their_row)
                    )
                )
                if same:
                    moot.append((table, fid))
        self.local.executemany(f'DELETE FROM "{CHANGES_TABLE}" WHERE table_name = ? AND fid = ?', moot)
        self.local.commit()
        return len(moot)

    def pending_count(self) -> int:
        return self.local.execute(f'SELECT count(*) FROM "{CHANGES_TABLE}"').fetchone()[0]

    def _require_connection(self) -> None:
        if not self.connected:
            self.connect()

    def close(self) -> None:
        if self.server is not None:
            try:
                self.server.close()
            finally:
                self.server = None
