"""A real PostgreSQL/PostGIS server for the team mode tests.

The server is named by CLUSTERDESK_TEST_POSTGRES (a libpq address of a database the tests may connect
to as a role allowed to create databases and roles, e.g. postgresql:///postgres); each test module gets a
database of its own with PostGIS, dropped afterwards. Without a server the tests are skipped, except where
CLUSTERDESK_REQUIRE_POSTGRES is set (continuous integration starts one), where they fail.
"""

from __future__ import annotations

import os
import uuid

import pytest

ADMIN_URL = os.environ.get("CLUSTERDESK_TEST_POSTGRES", "postgresql:///postgres")


def _admin_connection():
    import psycopg

    try:
        return psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        if os.environ.get("CLUSTERDESK_REQUIRE_POSTGRES"):
            pytest.fail(f"no PostgreSQL server at {ADMIN_URL}: {error}")
        pytest.skip(f"no PostgreSQL server at {ADMIN_URL} (set CLUSTERDESK_TEST_POSTGRES)")


def _with_database(url: str, database: str) -> str:
    """`url` pointing at another database (libpq URLs name it in the path)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(url)
    params["dbname"] = database
    return make_conninfo(**params)


@pytest.fixture(scope="module")
def postgres_database():
    """The libpq connection string of a fresh database with PostGIS, dropped after the module."""
    name = f"clusterdesk_test_{uuid.uuid4().hex[:12]}"
    with _admin_connection() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = _with_database(ADMIN_URL, name)
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    yield url
    with _admin_connection() as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
