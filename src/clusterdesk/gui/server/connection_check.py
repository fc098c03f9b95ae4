"""Testing a server address for the connection dialog: connect, check PostGIS, list the ClusterDesk
projects, and say in plain words what is wrong when something is (wrong password, server down, no such
database, no PostGIS, no projects). Runs on a worker thread: no widgets here."""

from __future__ import annotations

from dataclasses import dataclass, field

from clusterdesk.gui.i18n import translate
from clusterdesk.io.server.address import ServerAddress, connect
from clusterdesk.io.server.listing import ServerProject, list_projects

CHECK_TIMEOUT_SECONDS = 5


@dataclass
class ConnectionReport:
    ok: bool
    message: str
    projects: list[ServerProject] = field(default_factory=list)
    details: str = ""


def check_connection(address: ServerAddress) -> ConnectionReport:
    try:
        with connect(address, autocommit=True, connect_timeout=CHECK_TIMEOUT_SECONDS) as server:
            postgis = server.execute(
                "SELECT extversion FROM pg_extension WHERE extname = 'postgis'"
            ).fetchone()
    except Exception as error:  # noqa: BLE001 - every failure becomes a message
        return ConnectionReport(False, explain_failure(error), details=_reason(error))
    if postgis is None:
        return ConnectionReport(
            False,
            translate(
                "ServerConnection",
                "The database has no PostGIS: ask its administrator to run CREATE EXTENSION postgis.",
            ),
        )
    try:
        projects = list_projects(address)
    except Exception as error:  # noqa: BLE001
        return ConnectionReport(False, explain_failure(error), details=_reason(error))
    if not projects:
        return ConnectionReport(
            False,
            translate(
                "ServerConnection",
                "Connected, but this database holds no ClusterDesk projects yet. Publish one with "
                "clusterdesk server publish PROJECT.gpkg ADDRESS.",
            ),
        )
    return ConnectionReport(
        True,
        translate("ServerConnection", "Connected: PostGIS {version}.").format(version=postgis[0]),
        projects,
    )


def _reason(error: BaseException) -> str:
    cause = error.__cause__ or error
    return str(cause).strip()


def explain_failure(error: BaseException) -> str:
    """What a failed connection means for the user, from libpq's message."""
    text = _reason(error).lower()
    if "password authentication failed" in text:
        return translate("ServerConnection", "The user name or password is wrong.")
    if "no password supplied" in text or "fe_sendauth" in text:
        return translate("ServerConnection", "The server asks for a password: enter it.")
    if "database" in text and "does not exist" in text:
        return translate("ServerConnection", "There is no database of that name on the server.")
    if "role" in text and "does not exist" in text:
        return translate("ServerConnection", "The server knows no user of that name.")
    if "could not translate host name" in text or "name or service not known" in text:
        return translate("ServerConnection", "The server's name cannot be found: check the host.")
    if "definition of service" in text or "service file" in text:
        return translate("ServerConnection", "There is no service of that name in the pg service file.")
    if (
        "connection refused" in text
        or "timeout expired" in text
        or "could not connect" in text
        or "no route to host" in text
        or "connection to server" in text
    ):
        return translate(
            "ServerConnection",
            "The server does not answer: check the host and port, and that PostgreSQL is running there.",
        )
    if "permission denied" in text:
        return translate("ServerConnection", "This user may not use that database.")
    return translate("ServerConnection", "Cannot connect to the server.")
