"""Roles are enforced by PostgreSQL itself: logged in as a viewer, an editor or a coordinator, raw SQL can
do exactly what the role allows (privileges and row-level security), whatever the client."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.errors import InsufficientPrivilege

from clusterdesk.io.server.errors import ServerError
from clusterdesk.io.server.roles import ROLE_NAMES, editor_writes, grant
from conftest import SAMPLES

sys.path.insert(0, str(Path(__file__).parent))
from server_projects import address, drop_project, unique_project  # noqa: E402

PASSWORD = "cluster-test-password"


@pytest.fixture(scope="module")
def published(postgres_database):
    """The Ambato sample published, and a login of each role on it (removed afterwards)."""
    from clusterdesk.io.server.publish import publish

    name = unique_project("roles")
    publish(SAMPLES / "ambato_footwear.gpkg", address(postgres_database, name))
    logins = {role: f"login_{role}_{uuid.uuid4().hex[:8]}" for role in ROLE_NAMES}
    with psycopg.connect(postgres_database, autocommit=True) as admin:
        for login in logins.values():
            admin.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{PASSWORD}'")
    for role, login in logins.items():
        grant(address(postgres_database, name), login, role)
    yield postgres_database, name, logins
    drop_project(postgres_database, name)
    with psycopg.connect(postgres_database, autocommit=True) as admin:
        for login in logins.values():
            admin.execute(f"DROP ROLE IF EXISTS {login}")


def _login(database_url: str, user: str):
    """A connection as `user` over TCP with its password, as a colleague's ClusterDesk would log in."""
    params = conninfo_to_dict(database_url)
    params.update(host="localhost", user=user, password=PASSWORD)
    try:
        return psycopg.connect(make_conninfo(**params), autocommit=True)
    except psycopg.OperationalError as error:
        pytest.skip(f"the test server does not accept password logins over TCP: {error}")


def _first_fid(connection, schema: str, table: str) -> int:
    return connection.execute(f'SELECT min(fid) FROM "{schema}"."{table}"').fetchone()[0]


NEW_STAKEHOLDER = (
    "INSERT INTO {s}.stakeholders (fid, uuid, name, kind, created_at, modified_at)"
    " VALUES ({fid}, '{uuid}', 'Calzado Nuevo', 'enterprise', now(), now())"
)


def test_a_viewer_reads_but_cannot_write_anything_even_with_raw_sql(published):
    url, schema, logins = published
    with _login(url, logins["viewer"]) as viewer:
        assert viewer.execute(f"SELECT count(*) FROM {schema}.stakeholders").fetchone()[0] == 132
        fid = _first_fid(viewer, schema, "stakeholders")
        statements = [
            NEW_STAKEHOLDER.format(s=schema, fid=900001, uuid=uuid.uuid4()),
            f"UPDATE {schema}.stakeholders SET name = 'changed' WHERE fid = {fid}",
            f"DELETE FROM {schema}.stakeholders WHERE fid = {fid}",
            f"UPDATE {schema}.project_info SET cluster_name = 'changed'",
            f"DELETE FROM {schema}.governance_members",
            f"SELECT nextval('{schema}.stakeholders_fid_block')",
        ]
        for statement in statements:
            with pytest.raises(InsufficientPrivilege):
                viewer.execute(statement)
    with psycopg.connect(url) as admin:
        row = admin.execute(f"SELECT name FROM {schema}.stakeholders WHERE fid = %s", (fid,)).fetchone()
    assert row[0] != "changed"


def test_an_editor_adds_stakeholders_but_cannot_write_governance_or_budgets(published):
    url, schema, logins = published
    with _login(url, logins["editor"]) as editor:
        editor.execute(NEW_STAKEHOLDER.format(s=schema, fid=910001, uuid=uuid.uuid4()))
        task = _first_fid(editor, schema, "plan_tasks")
        editor.execute(f"UPDATE {schema}.plan_tasks SET percent_complete = 40 WHERE fid = {task}")
        member = _first_fid(editor, schema, "governance_members")
        refused = [
            f"UPDATE {schema}.governance_members SET role = 'chair' WHERE fid = {member}",
            f"DELETE FROM {schema}.governance_members WHERE fid = {member}",
            f"UPDATE {schema}.project_info SET cluster_name = 'changed'",
            f"UPDATE {schema}.plan_tasks SET budget_donor = 99999 WHERE fid = {task}",
            # a new task with a budget: the row-level policy of editors demands none
            f"INSERT INTO {schema}.plan_tasks (fid, uuid, position, kind, name, duration_days, milestone,"
            " status, percent_complete, budget_enterprises, budget_public, budget_donor, budget_other,"
            f" created_at, modified_at) VALUES (910002, '{uuid.uuid4()}', 99, 'action', 'New', 5, false,"
            " 'not_started', 0, 0, 0, 5000, 0, now(), now())",
        ]
        for statement in refused:
            with pytest.raises(InsufficientPrivilege):
                editor.execute(statement)
    with psycopg.connect(url) as admin:
        assert admin.execute(f"SELECT name FROM {schema}.stakeholders WHERE fid = 910001").fetchone() == (
            "Calzado Nuevo",
        )
        assert (
            admin.execute(f"SELECT percent_complete FROM {schema}.plan_tasks WHERE fid = {task}").fetchone()[
                0
            ]
            == 40
        )


def test_a_coordinator_writes_governance_budgets_and_project_details(published):
    url, schema, logins = published
    with _login(url, logins["coordinator"]) as coordinator:
        task = _first_fid(coordinator, schema, "plan_tasks")
        member = _first_fid(coordinator, schema, "governance_members")
        coordinator.execute(f"UPDATE {schema}.plan_tasks SET budget_donor = 12345 WHERE fid = {task}")
        coordinator.execute(f"UPDATE {schema}.governance_members SET role = 'chair' WHERE fid = {member}")
        coordinator.execute(f"UPDATE {schema}.project_info SET description = 'Coordinated'")
        block = coordinator.execute(f"SELECT nextval('{schema}.stakeholders_fid_block')").fetchone()[0]
        published_rows = f"SELECT max(fid) FROM {schema}.stakeholders WHERE fid < 900000"
        highest = coordinator.execute(published_rows).fetchone()[0]
    assert block * 1000 + 1 > highest  # a block never meets a published row
    with psycopg.connect(url) as admin:
        assert (
            admin.execute(f"SELECT budget_donor FROM {schema}.plan_tasks WHERE fid = {task}").fetchone()[0]
            == 12345
        )


def test_every_table_is_read_by_viewers_and_written_by_coordinators(published):
    url, schema, _logins = published
    with psycopg.connect(url) as admin:
        tables = [
            r[0]
            for r in admin.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = %s AND rowsecurity", (schema,)
            )
        ]
        forced = admin.execute(
            "SELECT bool_and(relforcerowsecurity) FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = %s AND c.relkind = 'r' AND c.relrowsecurity",
            (schema,),
        ).fetchone()[0]
        for table in tables:
            for role, privilege in (("viewer", "SELECT"), ("coordinator", "UPDATE")):
                assert admin.execute(
                    "SELECT has_table_privilege(%s, %s, %s)",
                    (f"{schema}_{role}", f"{schema}.{table}", privilege),
                ).fetchone()[0], (role, table)
    assert len(tables) >= 50 and forced
    assert not editor_writes("governance_bodies") and not editor_writes("project_info")
    assert editor_writes("stakeholders") and editor_writes("plan_tasks") and editor_writes("indicator_values")


def test_grant_names_what_is_wrong(published):
    url, schema, _logins = published
    with pytest.raises(ServerError, match="not a project role"):
        grant(address(url, schema), "somebody", "owner")
    with pytest.raises(ServerError, match="no user nobody_here"):
        grant(address(url, schema), "nobody_here", "viewer")
    with pytest.raises(ServerError, match="no project"):
        grant(address(url, "not_published"), "somebody", "viewer")


def test_a_login_that_is_no_superuser_publishes_and_coordinates(published):
    """An agency's coordinator publishes with a login of her own (CREATEROLE, CREATE on the database),
    once the administrator let her write QGIS's style table; she is then bound by the policies as a
    coordinator, like everyone else."""
    from clusterdesk.io.server.publish import publish

    url, _schema, _logins = published
    publisher, name = f"publisher_{uuid.uuid4().hex[:8]}", unique_project("own")
    database = conninfo_to_dict(url)["dbname"]
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {publisher} LOGIN CREATEROLE PASSWORD '{PASSWORD}'")
        admin.execute(f'GRANT CREATE ON DATABASE "{database}" TO {publisher}')
    params = conninfo_to_dict(url)
    params.update(host="localhost", user=publisher, password=PASSWORD)
    own = make_conninfo(**params)
    try:
        _login(url, publisher).close()
        with pytest.raises(ServerError, match="GRANT SELECT, INSERT, DELETE ON public.layer_styles"):
            publish(SAMPLES / "bosawas_cocoa.gpkg", address(own, name))
        with psycopg.connect(url, autocommit=True) as admin:
            assert admin.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (name,)).fetchone() is None
            admin.execute(f"GRANT SELECT, INSERT, DELETE ON public.layer_styles TO {publisher}")
            admin.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {publisher}")
        publish(SAMPLES / "bosawas_cocoa.gpkg", address(own, name))
        with psycopg.connect(own, autocommit=True) as connection:
            member = _first_fid(connection, name, "governance_members")
            connection.execute(f"UPDATE {name}.governance_members SET role = 'chair' WHERE fid = {member}")
            logged = connection.execute(f"SELECT count(*), min(changed_by) FROM {name}.clusterdesk_changes")
            assert logged.fetchone() == (1, publisher)
            styles = connection.execute(
                "SELECT count(*) FROM public.layer_styles WHERE f_table_schema = %s", (name,)
            ).fetchone()[0]
        assert styles > 3
    finally:
        drop_project(url, name)
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"DROP OWNED BY {publisher}")
            admin.execute(f"DROP ROLE {publisher}")


def test_a_viewer_checks_out_a_copy_to_read_without_taking_fid_blocks(published, tmp_path):
    import sqlite3

    from clusterdesk.io.server.address import ServerAddress
    from clusterdesk.io.server.checkout import checkout
    from conftest import assert_valid_project

    url, schema, logins = published
    _login(url, logins["viewer"]).close()  # skips where the server takes no password logins
    params = conninfo_to_dict(url)
    params.update(host="localhost", user=logins["viewer"], password=PASSWORD)
    target = tmp_path / "read-only.gpkg"
    result = checkout(ServerAddress(make_conninfo(**params), schema), target)
    assert result.rows["stakeholders"] >= 132
    assert_valid_project(target)
    connection = sqlite3.connect(target)
    try:
        blocks = connection.execute("SELECT count(*) FROM clusterdesk_sync_fid_blocks").fetchone()[0]
        server = connection.execute(
            "SELECT value FROM clusterdesk_sync_state WHERE key = 'server'"
        ).fetchone()[0]
    finally:
        connection.close()
    assert blocks == 0
    assert PASSWORD not in server and logins["viewer"] in server
