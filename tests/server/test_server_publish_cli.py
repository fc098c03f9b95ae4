"""`clusterdesk server …` end to end against the test server, addresses (passwords never printed, the
keyring asked when libpq found no password) and the command's messages in Russian."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from clusterdesk.cli.main import main as cli_main
from clusterdesk.io.server.address import KEYRING_SERVICE, ServerAddress, connect, parse_address
from clusterdesk.io.server.errors import ServerError
from conftest import REPO, SAMPLES, assert_valid_project

sys.path.insert(0, str(Path(__file__).parent))
from server_projects import content_differences, drop_project, unique_project  # noqa: E402


def test_addresses_keep_the_project_apart_and_never_print_the_password():
    url = parse_address("postgresql://ana:s3cret@gis.agency.org:5433/clusters?sslmode=require&project=ambato")
    assert url.project == "ambato"
    assert url.parameters() == {
        "user": "ana", "password": "s3cret", "host": "gis.agency.org", "port": "5433", "dbname": "clusters",
        "sslmode": "require",
    }  # fmt: skip
    assert url.display() == "postgresql://ana@gis.agency.org:5433/clusters?sslmode=require&project=ambato"
    assert url.keyring_user() == "ana@gis.agency.org:5433/clusters"
    service = parse_address("service=agency project=samara_auto")
    assert (service.conninfo, service.project) == ("service=agency", "samara_auto")
    assert service.display() == "postgresql:///?service=agency&project=samara_auto"
    local = parse_address("postgresql:///clusters?host=/var/run/postgresql")
    assert local.project is None and local.display() == "postgresql:///clusters?host=/var/run/postgresql"
    for bad in (
        "gis.agency.org/clusters",
        "postgresql://h/db?project=Ambato",
        "postgresql://h/db?project=pg_x",
    ):
        with pytest.raises(ServerError) as refused:
            parse_address(bad)
        assert "s3cret" not in str(refused.value)
    with pytest.raises(ServerError) as refused:
        parse_address("postgresql://ana:s3cret@h/db?sslmode=nonsense&bogus=1")
    assert "s3cret" not in str(refused.value)


class MemoryKeyring(KeyringBackend):
    """A keyring backend keeping passwords in memory, as the system's would for this process."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


@pytest.fixture
def login_with_password(postgres_database):
    """A login that can only come in over TCP with its password; removed afterwards."""
    user, password = f"keyring_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    with psycopg.connect(postgres_database, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'")
    params = conninfo_to_dict(postgres_database)
    params.update(host="localhost", user=user)
    yield ServerAddress(make_conninfo(**params)), password
    with psycopg.connect(postgres_database, autocommit=True) as admin:
        admin.execute(f"DROP ROLE {user}")


def test_the_keyring_gives_the_password_libpq_did_not_find(login_with_password, monkeypatch, tmp_path):
    address, password = login_with_password
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))  # the user's own ~/.pgpass stays out
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        with pytest.raises(ServerError, match="Cannot connect") as refused:
            connect(address)
        assert password not in str(refused.value)
        memory.set_password(KEYRING_SERVICE, address.keyring_user(), password)
        with connect(address) as connection:
            assert connection.execute("SELECT current_user").fetchone()[0] == address.parameters()["user"]
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def project_name(postgres_database):
    name = unique_project("cli")
    yield name
    drop_project(postgres_database, name)


def test_publish_list_checkout_and_grant_from_the_command_line(
    postgres_database, project_name, tmp_path, capsys
):
    sample = SAMPLES / "atuntaqui_garments.gpkg"
    target = f"{postgres_database} project={project_name}"
    assert cli_main(["server", "publish", str(sample), target]) == 0
    assert f"as project {project_name}" in capsys.readouterr().out
    assert cli_main(["server", "publish", str(sample), target]) == 1
    assert "already has a project" in capsys.readouterr().err
    assert cli_main(["server", "list", postgres_database]) == 0
    listed = capsys.readouterr().out
    assert project_name in listed and "Atuntaqui" in listed
    output = tmp_path / "field.gpkg"
    assert cli_main(["server", "checkout", target, str(output)]) == 0
    assert "156 stakeholders" in capsys.readouterr().out
    assert_valid_project(output)
    assert content_differences(sample, output) == []
    colleague = f"cda_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(postgres_database, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {colleague} LOGIN")
    try:
        assert cli_main(["server", "grant", target, colleague, "editor"]) == 0
        with psycopg.connect(postgres_database) as admin:
            member = admin.execute(
                "SELECT pg_has_role(%s, %s, 'MEMBER')", (colleague, f"{project_name}_editor")
            )
            assert member.fetchone()[0]
    finally:
        with psycopg.connect(postgres_database, autocommit=True) as admin:
            admin.execute(f"REVOKE {project_name}_editor FROM {colleague}")
            admin.execute(f"DROP ROLE {colleague}")


def test_the_server_command_speaks_russian(tmp_path):
    environment = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    environment.update(LANG="ru_RU.UTF-8", PYTHONPATH=str(REPO / "src"))
    run = [sys.executable, "-m", "clusterdesk.cli.main", "server"]
    shown = subprocess.run([*run, "--help"], env=environment, capture_output=True, text=True, timeout=120)
    assert "Публикует проект на сервере PostgreSQL/PostGIS" in shown.stdout
    refused = subprocess.run(
        [*run, "publish", "x.gpkg", "postgresql://ana:s3cret@h/db?project=Bad"],
        env=environment, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert refused.returncode == 1
    assert "не может быть именем проекта" in refused.stderr and "s3cret" not in refused.stderr
