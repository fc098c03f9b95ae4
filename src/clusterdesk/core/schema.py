"""Creating the ClusterDesk tables in a GeoPackage and migrating older files.

SCHEMA_VERSION rises with every change to the tables; each step has a migration in MIGRATIONS and an
old file under tests/data that proves it still opens.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from clusterdesk import __version__
from clusterdesk.core import capacity, governance, gpkg, plan
from clusterdesk.core.model import FEATURE_TABLES, TABLE_TITLES, Base, CustomFieldDefinition
from clusterdesk.core.qgis_styles import write_default_styles

SCHEMA_VERSION = 4
META_TABLE = "clusterdesk_meta"


def _engine_on(connection: sqlite3.Connection):
    return create_engine("sqlite://", creator=lambda: connection, poolclass=StaticPool)


def create_tables(connection: sqlite3.Connection) -> None:
    """Create every ClusterDesk table on an initialised GeoPackage and register it."""
    connection.commit()  # SQLAlchemy rolls back whatever is pending when it returns the connection
    engine = _engine_on(connection)
    # in name-then-dependency order: the order modules happen to be imported in must not change the file
    Base.metadata.create_all(engine, tables=Base.metadata.sorted_tables)
    engine.dispose(close=False)
    for table in Base.metadata.sorted_tables:
        name = table.name
        if name in FEATURE_TABLES:
            column, geometry_type = FEATURE_TABLES[name]
            gpkg.register_features(connection, name, column, geometry_type, TABLE_TITLES.get(name, ""))
        else:
            gpkg.register_attributes(connection, name, TABLE_TITLES.get(name, ""))
    write_meta(connection, SCHEMA_VERSION)
    write_default_styles(connection)


def write_meta(connection: sqlite3.Connection, version: int) -> None:
    connection.executemany(
        f"INSERT INTO {META_TABLE} (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [
            ("application", "ClusterDesk"),
            ("schema_version", str(version)),
            ("written_by", f"ClusterDesk {__version__}"),
        ],
    )


def read_schema_version(connection: sqlite3.Connection) -> int | None:
    """The file's schema version, or None when it is not a ClusterDesk project."""
    has_meta = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (META_TABLE,)
    ).fetchone()
    if not has_meta:
        return None
    row = connection.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'").fetchone()
    if row is None or not str(row[0]).isdigit():
        return None
    return int(row[0])


def _migrate_1_to_2(connection: sqlite3.Connection) -> None:
    """Version 2 added project-defined stakeholder fields and a gender for contact persons."""
    connection.commit()
    engine = _engine_on(connection)
    CustomFieldDefinition.__table__.create(engine)
    engine.dispose(close=False)
    gpkg.register_attributes(connection, "custom_field_definitions", TABLE_TITLES["custom_field_definitions"])
    connection.execute("ALTER TABLE contact_persons ADD COLUMN gender TEXT")


def _migrate_2_to_3(connection: sqlite3.Connection) -> None:
    """Version 3 added the vision, the action plan, its calendar and baselines."""
    connection.commit()
    engine = _engine_on(connection)
    tables = [Base.metadata.tables[name] for name in plan.PLAN_TABLES]
    Base.metadata.create_all(engine, tables=tables)
    engine.dispose(close=False)
    for name in plan.PLAN_TABLES:
        gpkg.register_attributes(connection, name, TABLE_TITLES[name])


# Version 4 adds tables only; every feature that adds tables in this version lists them here.
TABLES_ADDED_IN_4 = (*governance.GOVERNANCE_TABLES, *capacity.CAPACITY_TABLES)


def _migrate_3_to_4(connection: sqlite3.Connection) -> None:
    """Version 4 added the governance structure (bodies, members, meetings, maturity, phase-out) and
    institutional capacity assessments (frameworks, assessments, scores, targets)."""
    connection.commit()
    engine = _engine_on(connection)
    Base.metadata.create_all(engine, tables=[Base.metadata.tables[name] for name in TABLES_ADDED_IN_4])
    engine.dispose(close=False)
    for name in TABLES_ADDED_IN_4:
        gpkg.register_attributes(connection, name, TABLE_TITLES[name])


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _migrate_1_to_2,
    2: _migrate_2_to_3,
    3: _migrate_3_to_4,
}


def migrate(connection: sqlite3.Connection, from_version: int) -> list[int]:
    """Bring a working copy up to SCHEMA_VERSION; returns the versions passed through."""
    steps = []
    version = from_version
    while version < SCHEMA_VERSION:
        MIGRATIONS[version](connection)
        version += 1
        steps.append(version)
    write_meta(connection, SCHEMA_VERSION)
    if steps:
        write_default_styles(connection)  # styles follow the current symbology and fields
    return steps
