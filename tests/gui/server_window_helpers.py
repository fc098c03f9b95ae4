"""Helpers of the team mode window tests: the real PostgreSQL server of tests/server (its
postgres_database fixture, loaded under a name of its own), a sample published there, windows opened
from it, and logins with a project role."""

from __future__ import annotations

import importlib.util
import sys
import uuid
from pathlib import Path

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

SERVER_TESTS = Path(__file__).resolve().parents[1] / "server"
sys.path.insert(0, str(SERVER_TESTS))
from server_sync_helpers import local_value, published_sample, server_execute, server_value  # noqa: E402

_spec = importlib.util.spec_from_file_location("server_tests_conftest", SERVER_TESTS / "conftest.py")
server_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(server_conftest)
postgres_database = server_conftest.postgres_database  # the fixture, for modules that import it

PASSWORD = "cluster-window-password"
__all__ = ["local_value", "published_sample", "server_execute", "server_value", "postgres_database"]


def open_in_window(qtbot, window, address):
    """Open `address` in `window` as File ▸ Open from Server does, and wait until it is open."""
    task = window.team.open_address(address)
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    assert task.error is None, task.error
    qtbot.waitUntil(lambda: window.team.session is not None, timeout=5000)
    session = window.team.session
    qtbot.waitUntil(session.listener.listening.is_set, timeout=10000)
    return session


def make_login(database_url: str, project: str, role: str):
    """A login role holding the project role `role`, and its libpq address over TCP with a password;
    returns (login name, conninfo)."""
    from clusterdesk.io.server.address import ServerAddress
    from clusterdesk.io.server.roles import grant

    login = f"window_{role}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(database_url, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{PASSWORD}'")
    grant(ServerAddress(database_url, project), login, role)
    params = conninfo_to_dict(database_url)
    params.update(host="localhost", user=login, password=PASSWORD)
    return login, make_conninfo(**params)


def drop_login(database_url: str, login: str) -> None:
    with psycopg.connect(database_url, autocommit=True) as admin:
        admin.execute(f"DROP OWNED BY {login}")
        admin.execute(f"DROP ROLE IF EXISTS {login}")
