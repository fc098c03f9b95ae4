"""Reading what a ClusterDesk project file holds, with the standard library only, before QGIS opens it.

The plugin must not depend on the ClusterDesk application, so the few facts it needs (cluster name,
format version, registered tables) are read here straight from the GeoPackage.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
META_TABLE = "clusterdesk_meta"
FEATURE_TABLE_ORDER = ("stakeholders", "relations", "cluster_boundaries")
# Tables that describe the file rather than the cluster; users have nothing to read or edit in them.
INTERNAL_TABLES = frozenset({"layer_styles", META_TABLE})


class NotAClusterDeskProject(Exception):
    """The file cannot be loaded as a ClusterDesk project; the message says why and what to do."""


@dataclass(frozen=True)
class RegisteredTable:
    name: str
    data_type: str  # "features" or "attributes"
    description: str


@dataclass(frozen=True)
class Reference:
    """A column of `table` holding the fid of a row of `parent` (a foreign key)."""

    table: str
    column: str
    parent: str
    nullable: bool


@dataclass(frozen=True)
class ProjectFacts:
    path: Path
    cluster_name: str
    schema_version: int
    feature_tables: tuple[RegisteredTable, ...]  # stakeholders, relations, boundaries, in drawing order
    attribute_tables: tuple[RegisteredTable, ...]  # every other registered non-spatial table
    references: tuple[Reference, ...] = ()
    language: str = "en"  # the project's, which its layer and group titles speak

    def references_to(self, parent: str) -> list[Reference]:
        return [reference for reference in self.references if reference.parent == parent]


def _table_exists(connection: sqlite3.Connection, name: str) -> bool:
    row = connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return row.fetchone() is not None


def read_project_facts(path: str | Path) -> ProjectFacts:
    """Check that `path` is a ClusterDesk project and read what the loader needs.

    Raises NotAClusterDeskProject with a message naming the file and the problem.
    """
    path = Path(path).expanduser().absolute()
    if not path.is_file():
        raise NotAClusterDeskProject(f"{path} does not exist or is not a file.")
    with open(path, "rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotAClusterDeskProject(
                f"{path.name} is not a ClusterDesk project: it is not a GeoPackage file."
            )
    # Read-only, so that looking at a file never changes it (not even its journal mode).
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return _read(connection, path)
    except sqlite3.DatabaseError as error:
        raise NotAClusterDeskProject(f"{path.name} cannot be read as a GeoPackage ({error}).") from error
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, path: Path) -> ProjectFacts:
    if not (_table_exists(connection, META_TABLE) and _table_exists(connection, "gpkg_contents")):
        raise NotAClusterDeskProject(
            f"{path.name} is a GeoPackage or SQLite file but not a ClusterDesk project. "
            "Add its layers with Layer > Add Layer instead."
        )
    version = connection.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'").fetchone()
    if version is None or not str(version[0]).isdigit():
        raise NotAClusterDeskProject(f"{path.name} has no ClusterDesk format version; it may be damaged.")
    cluster_name, language = path.stem, "en"
    if _table_exists(connection, "project_info"):
        row = connection.execute("SELECT cluster_name FROM project_info ORDER BY fid LIMIT 1").fetchone()
        if row and row[0] and str(row[0]).strip():
            cluster_name = str(row[0]).strip()
        try:
            row = connection.execute("SELECT language FROM project_info ORDER BY fid LIMIT 1").fetchone()
        except sqlite3.OperationalError:  # a file from before projects had a language
            row = None
        if row and row[0]:
            language = str(row[0])
    registered = [
        RegisteredTable(name, data_type, description or "")
        for name, data_type, description in connection.execute(
            "SELECT table_name, data_type, description FROM gpkg_contents ORDER BY table_name"
        )
    ]
    by_name = {table.name: table for table in registered}
    missing = [name for name in FEATURE_TABLE_ORDER if name not in by_name]
    if missing:
        raise NotAClusterDeskProject(
            f"{path.name} lacks the ClusterDesk table(s) {', '.join(missing)}; it may be damaged. "
            "Open it in ClusterDesk, which reports what is wrong."
        )
    features = tuple(by_name[name] for name in FEATURE_TABLE_ORDER)
    attributes = tuple(
        table for table in registered if table.data_type == "attributes" and table.name not in INTERNAL_TABLES
    )
    references = tuple(r for table in registered for r in _references_of(connection, table.name))
    return ProjectFacts(path, cluster_name, int(version[0]), features, attributes, references, language)


def _references_of(connection: sqlite3.Connection, table: str) -> list[Reference]:
    quoted = table.replace('"', '""')
    not_null = {row[1]: bool(row[3]) for row in connection.execute(f'PRAGMA table_info("{quoted}")')}
    return [
        Reference(table, column, parent, not not_null.get(column, False))
        for _id, _seq, parent, column, parent_column, *_rest in connection.execute(
            f'PRAGMA foreign_key_list("{quoted}")'
        )
        # GeoPackage rows are referenced by their fid, which is also the QGIS feature id
        if parent_column in (None, "fid")
    ]
