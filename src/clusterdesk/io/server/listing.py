"""The ClusterDesk projects of a server: every schema holding a clusterdesk_server_meta table."""

from __future__ import annotations

from dataclasses import dataclass

from clusterdesk.io.server.address import ServerAddress, connect
from clusterdesk.io.server.ddl import SERVER_META_TABLE, qualified


@dataclass
class ServerProject:
    name: str
    cluster_name: str | None  # None when this login may not read the project
    schema_version: str | None
    published_at: str | None


def list_projects(address: ServerAddress) -> list[ServerProject]:
    with connect(address, autocommit=True) as connection:
        schemas = [
            row[0]
            for row in connection.execute(
                "SELECT table_schema FROM information_schema.tables WHERE table_name = %s ORDER BY 1",
                (SERVER_META_TABLE,),
            )
        ]
        return [_describe(connection, schema) for schema in schemas]


def _describe(connection, schema: str) -> ServerProject:
    import psycopg

    try:
        meta = dict(connection.execute(f"SELECT key, value FROM {qualified(schema, SERVER_META_TABLE)}"))
        row = connection.execute(
            f"SELECT cluster_name FROM {qualified(schema, 'project_info')} ORDER BY fid LIMIT 1"
        ).fetchone()
    except psycopg.errors.InsufficientPrivilege:
        return ServerProject(schema, None, None, None)
    return ServerProject(
        schema, row[0] if row else None, meta.get("schema_version"), meta.get("published_at")
    )
