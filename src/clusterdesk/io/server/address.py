"""Server addresses: libpq URLs or key=value strings with ClusterDesk's own `project` parameter.

`postgresql://ana@gis.agency.org:5432/clusters?project=ambato_footwear` and
`service=agency project=ambato_footwear` (a pg service file entry) name the same kind of thing: where the
server is, and which project (schema) on it. libpq does not know `project`, so it is taken out before the
connection string reaches psycopg. Passwords are looked up in this order: the address itself, libpq's
password and service files (libpq reads them itself), then the system keyring. Addresses are printed
without their password.
"""

from __future__ import annotations

import getpass
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, urlencode

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.io.server.errors import ServerError

KEYRING_SERVICE = "ClusterDesk PostgreSQL"
PROJECT_PARAMETER = "project"
_PROJECT_NAME = re.compile(r"[a-z0-9_]{1,48}")
_KEY_VALUE = re.compile(r"""(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)""")
_URL_SCHEMES = ("postgresql://", "postgres://")


@dataclass(frozen=True)
class ServerAddress:
    """A server (libpq connection string, possibly holding a password) and the project on it, if any."""

    conninfo: str
    project: str | None = None

    def parameters(self) -> dict[str, str]:
        """The libpq parameters the connection string gives (password included, when it has one)."""
        from psycopg.conninfo import conninfo_to_dict

        return {key: str(value) for key, value in conninfo_to_dict(self.conninfo).items()}

    def with_project(self, project: str | None) -> ServerAddress:
        return ServerAddress(self.conninfo, project)

    def display(self) -> str:
        """The address as a URL without its password, for messages and the bookkeeping of a checkout."""
        params = self.parameters()
        params.pop("password", None)
        user = params.pop("user", "")
        host = params.pop("host", "")
        port = params.pop("port", "")
        dbname = params.pop("dbname", "")
        query = dict(sorted(params.items()))
        netloc = ""
        if host and not host.startswith("/"):
            netloc = quote(host, safe=".-_:[]")
        elif host:
            query["host"] = host  # a Unix socket folder goes in the query, as libpq allows
        if user:
            netloc = f"{quote(user, safe='')}@{netloc}"
        if port:
            netloc = f"{netloc}:{port}"
        if self.project:
            query[PROJECT_PARAMETER] = self.project
        path = "/" + quote(dbname, safe="") if dbname else "/"
        text = f"postgresql://{netloc}{path}"  # urlunsplit would drop the // of an empty host
        return f"{text}?{urlencode(query, safe='/')}" if query else text

    def keyring_user(self) -> str:
        """The keyring's name for this login: user@host:port/db, with libpq's defaults filled in."""
        params = self.parameters()
        user = params.get("user") or getpass.getuser()
        host = params.get("host") or "localhost"
        port = params.get("port") or "5432"
        return f"{user}@{host}:{port}/{params.get('dbname') or user}"


def parse_address(text: str) -> ServerAddress:
    """Read an address; ServerError when it is neither a postgresql:// URL nor key=value pairs, or
    names an unusable project."""
    text = text.strip()
    if text.lower().startswith(_URL_SCHEMES):
        base, _mark, query_text = text.partition("?")  # urlunsplit would drop the // of postgresql:///db
        query = parse_qsl(query_text, keep_blank_values=True)
        projects = [value for key, value in query if key == PROJECT_PARAMETER]
        rest = urlencode([(key, value) for key, value in query if key != PROJECT_PARAMETER], safe="/")
        conninfo = f"{base}?{rest}" if rest else base
    elif "=" in text:
        pairs = _KEY_VALUE.findall(text)
        projects = [value.strip("'") for key, value in pairs if key == PROJECT_PARAMETER]
        conninfo = " ".join(f"{key}={value}" for key, value in pairs if key != PROJECT_PARAMETER)
    else:
        raise ServerError(
            tr(
                "server:bad_address",
                "{address} is not a server address: write postgresql://user@host:port/database?project=NAME "
                "or service=NAME project=NAME.",
                messages_language(),
                address=text,
            )
        )
    address = ServerAddress(conninfo, projects[-1] if projects else None)
    try:
        address.parameters()
    except Exception as error:  # psycopg.ProgrammingError: libpq could not parse it
        raise ServerError(
            tr(
                "server:unreadable_address",
                "{address} is not a valid server address ({reason}).",
                messages_language(),
                address=_without_password(text),
                reason=str(error).strip(),
            )
        ) from error
    if address.project is not None:
        check_project_name(address.project)
    return address


def _without_password(text: str) -> str:
    text = re.sub(r"(://[^:/@]*):[^@/]*@", r"\1@", text)
    return re.sub(r"password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)", "password=…", text)


def check_project_name(name: str) -> str:
    """The project name as the schema name it becomes; ServerError when PostgreSQL or ClusterDesk could
    not use it."""
    if not _PROJECT_NAME.fullmatch(name) or name.startswith("pg_"):
        raise ServerError(
            tr(
                "server:bad_project_name",
                "{name} cannot be a project name on the server: use lower-case letters, digits and "
                "underscores (at most 48), not starting with pg_.",
                messages_language(),
                name=name,
            )
        )
    return name


def require_project(address: ServerAddress) -> str:
    if not address.project:
        raise ServerError(
            tr(
                "server:no_project",
                "{address} names no project: add ?project=NAME to the address.",
                messages_language(),
                address=address.display(),
            )
        )
    return address.project


def keyring_password(address: ServerAddress) -> str | None:
    """The password the system keyring keeps for this login, or None (also when there is no keyring)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        return keyring.get_password(KEYRING_SERVICE, address.keyring_user())
    except (ImportError, KeyringError, RuntimeError):
        return None


def store_password(address: ServerAddress, password: str) -> None:
    """Keep the login's password in the system keyring (never in settings files)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, address.keyring_user(), password)
    except (KeyringError, RuntimeError) as error:
        raise ServerError(
            tr(
                "server:no_keyring",
                "The system keyring cannot keep the password ({reason}): use a pg password file "
                "(~/.pgpass) or a pg service file instead.",
                messages_language(),
                reason=str(error).strip() or type(error).__name__,
            )
        ) from error


def _asks_for_password(error: Exception) -> bool:
    text = str(error).lower()
    return "no password supplied" in text or "password authentication failed" in text


def connect(address: ServerAddress, **options):
    """A psycopg connection to the server; the keyring's password is tried when libpq found none."""
    import psycopg

    try:
        return psycopg.connect(address.conninfo, **options)
    except psycopg.OperationalError as error:
        if "password" not in address.parameters() and _asks_for_password(error):
            password = keyring_password(address)
            if password is not None:
                try:
                    return psycopg.connect(address.conninfo, password=password, **options)
                except psycopg.OperationalError as second:
                    error = second
        raise ServerError(
            tr(
                "server:cannot_connect",
                "Cannot connect to {address}: {reason}",
                messages_language(),
                address=address.display(),
                reason=str(error).strip(),
            )
        ) from error
