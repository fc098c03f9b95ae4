"""Hearing other users' saves as they happen: a connection of its own that LISTENs on the project's
channel (`clusterdesk_<schema>`, notified by the server's change log triggers at each commit)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from clusterdesk.io.server.server_triggers import channel


@dataclass(frozen=True)
class ChangeNotice:
    change_id: int
    table: str
    fid: int
    op: str
    version: int
    by: str


class Listener:
    """`wait(timeout)` returns the changes notified since the last call (waiting up to `timeout` seconds
    for the first one), an empty list when nobody saved meanwhile."""

    def __init__(self, address, schema: str) -> None:
        from clusterdesk.io.server.address import connect
        from clusterdesk.io.server.ddl import quoted

        self.schema = schema
        self._connection = connect(address, autocommit=True)
        self._connection.execute(f"LISTEN {quoted(channel(schema))}")

    def wait(self, timeout: float) -> list[ChangeNotice]:
        notices = [_notice(n.payload) for n in self._connection.notifies(timeout=timeout, stop_after=1)]
        if notices:  # the rest of that commit, and any others already arrived
            notices += [_notice(n.payload) for n in self._connection.notifies(timeout=0.01)]
        return notices

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> Listener:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _notice(payload: str) -> ChangeNotice:
    values = json.loads(payload)
    return ChangeNotice(
        values["change_id"], values["table"], values["fid"], values["op"], values["version"], values["by"]
    )


def tables_of(notices: list[ChangeNotice]) -> set[str]:
    return {notice.table for notice in notices}
