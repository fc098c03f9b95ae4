"""A working copy's live link to its project on the server, for a Project the desktop or a script keeps
open in team mode: one server connection held open, a push after every command, a pull when the
Listener hears others' saves, fid blocks kept ready for the next command.

Core stays free of psycopg: `ServerLink.attach(project)` connects the project's command stack to the
link; the caller runs `link.pull()` when `link.listener()` wakes and refreshes the tables it names. When
rows added here had to move to new fids (a command added more rows than a block holds), the undo history
is cleared, since its commands name the old fids.
"""

from __future__ import annotations

import sqlite3

from clusterdesk.io.server import fid_blocks, sync
from clusterdesk.io.server.address import ServerAddress, connect, parse_address
from clusterdesk.io.server.listener import Listener
from clusterdesk.io.server.local_tables import read_state


def address_of(local: sqlite3.Connection) -> ServerAddress:
    """The server address a working copy was checked out from (its password, if any, comes from libpq's
    files or the keyring)."""
    state = read_state(local)
    return parse_address(state["server"]).with_project(state["schema"])


class ServerLink:
    def __init__(self, local: sqlite3.Connection, address: ServerAddress | None = None, stack=None) -> None:
        self.local = local
        self.stack = stack  # core.commands.CommandStack of the project, when attached
        self.session = None  # the project's ORM session, when attached: expired after a pull
        self.address = address or address_of(local)
        self.schema = sync.schema_of(local)
        self.server = connect(self.address, autocommit=True)
        self.conflicts: list[sync.Conflict] = []  # left by the last push or pull
        self._bringing_in = False  # a pull announcing its tables: nothing to send back
        fid_blocks.refresh_if_allowed(local, self.server, self.schema)
        local.commit()

    @classmethod
    def attach(cls, project, address: ServerAddress | None = None) -> ServerLink:
        """A link for an open Project: every command, undo and redo is pushed as soon as it is done."""
        link = cls(project.connection, address, project.stack)
        link.session = project.session
        project.stack.changed.connect(link.after_command)
        return link

    def push(self) -> sync.PushResult:
        result = sync.push(self.local, self.server, self.schema)
        self.conflicts = result.conflicts
        if result.renumbered and self.stack is not None:
            self.stack.clear()
        fid_blocks.refresh_if_allowed(self.local, self.server, self.schema)
        self.local.commit()
        return result

    def after_command(self, tables: set[str]) -> None:
        """For CommandStack.changed: send what the command (or undo, redo) changed."""
        if tables and not self._bringing_in:
            self.push()

    def pull(self) -> sync.PullResult:
        """Bring in others' saves; an attached project's views and caches hear of the tables changed
        (CommandStack.changed), as after a command. Call it on the thread that owns the project."""
        result = sync.pull(self.local, self.server, self.schema)
        self.conflicts = result.conflicts
        fid_blocks.refresh_if_allowed(self.local, self.server, self.schema)
        self.local.commit()
        self._announce(result.tables)
        return result

    def synchronise(self, keep: str | None = None) -> sync.SyncReport:
        report = sync.synchronise_over(self.local, self.server, keep)
        self.conflicts = report.conflicts
        self._announce(report.tables)
        return report

    def resolve(self, conflict: sync.Conflict, keep: str) -> sync.Conflict | None:
        again = sync.resolve(self.local, self.server, conflict, keep, self.schema)
        if keep == "theirs":
            self._announce({table for table, _fid in conflict.row_keys()})
        return again

    def _announce(self, tables: set[str]) -> None:
        if self.session is not None and tables:
            self.session.expire_all()  # objects read before the pull are read again
        if self.stack is None or not tables:
            return
        self._bringing_in = True
        try:
            self.stack.changed.emit(set(tables))
        finally:
            self._bringing_in = False

    def listener(self) -> Listener:
        return Listener(self.address, self.schema)

    def close(self) -> None:
        self.server.close()
