"""Creating the ClusterDesk tables in a GeoPackage and migrating older files.

SCHEMA_VERSION rises with every change to the tables; each step has a migration in MIGRATIONS and an
old file under tests/data that proves it still opens.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from clusterdesk import __version__
from clusterdesk.core import (
    capacity,
    check_silences,
    cluster_selection,
    diagnostic,
    governance,
    gpkg,
    plan,
    presentations,
    results,
    survey_rounds,
    surveys,
)
from clusterdesk.core.errors import DamagedProjectError, damaged_project_message
from clusterdesk.core.model import FEATURE_TABLES, TABLE_TITLES, Base, CustomFieldDefinition, _in_list
from clusterdesk.core.qgis_styles import write_default_styles
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS

SCHEMA_VERSION = 11
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


def create_table(connection: sqlite3.Connection, name: str) -> None:
    """Create one table of the current schema, empty, and register it (a feature table with its spatial
    index); used to rebuild a table another program removed."""
    if name == "layer_styles":
        gpkg.create_layer_styles(connection)
        write_default_styles(connection)
        return
    connection.commit()
    engine = _engine_on(connection)
    Base.metadata.tables[name].create(engine)
    engine.dispose(close=False)
    register(connection, name)


def register(connection: sqlite3.Connection, name: str) -> None:
    """Record a table of the current schema in gpkg_contents (and a feature table's geometry column)."""
    if name in FEATURE_TABLES:
        column, geometry_type = FEATURE_TABLES[name]
        gpkg.register_features(
            connection, name, column, geometry_type, TABLE_TITLES.get(name, ""), with_rtree=False
        )
    else:
        gpkg.register_attributes(connection, name, TABLE_TITLES.get(name, ""))


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


def read_schema_marker(connection: sqlite3.Connection) -> object | None:
    """The raw `schema_version` value of clusterdesk_meta, or None when the table or the row is missing."""
    has_meta = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (META_TABLE,)
    ).fetchone()
    if not has_meta:
        return None
    row = connection.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'").fetchone()
    return None if row is None else row[0]


def parse_schema_version(marker: object) -> int | None:
    """The version a marker stands for: a whole number from 1 to 9999 in ASCII digits.

    Anything else ('0', '²', '4.0', a blob) gives None; str.isdigit would accept '²', which int() refuses.
    """
    text = marker if isinstance(marker, str) else str(marker) if isinstance(marker, int) else ""
    if not re.fullmatch(r"[0-9]{1,4}", text.strip()):
        return None
    version = int(text)
    return version if version >= 1 else None


def describe_bad_marker(marker: object) -> str:
    """How a bad schema_version marker is named in messages."""
    from clusterdesk.core.structure_problems import bad_marker

    return bad_marker(marker)


def read_schema_version(connection: sqlite3.Connection) -> int | None:
    """The file's schema version, or None when it is not a ClusterDesk project (no marker).

    A marker that is there but is not a version number raises DamagedProjectError naming the file.
    """
    marker = read_schema_marker(connection)
    if marker is None:
        return None
    version = parse_schema_version(marker)
    if version is None:
        raise DamagedProjectError(
            damaged_project_message(_file_name(connection), [describe_bad_marker(marker)])
        )
    return version


def _file_name(connection: sqlite3.Connection) -> str:
    for _seq, name, file in connection.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file).name if file else "the project"
    return "the project"


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


def _migrate_4_to_5(connection: sqlite3.Connection) -> None:
    """Version 5 added the result chain (results, indicators and their values per period, the plan tasks
    contributing to each result) and the project's reporting frequency and status thresholds."""
    connection.commit()
    engine = _engine_on(connection)
    tables = [Base.metadata.tables[name] for name in results.RESULTS_TABLES]
    Base.metadata.create_all(engine, tables=tables)
    engine.dispose(close=False)
    for name in results.RESULTS_TABLES:
        gpkg.register_attributes(connection, name, TABLE_TITLES[name])
    has_info = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'project_info'"
    ).fetchone()
    if not has_info:
        return  # a damaged file being repaired: the table is created whole afterwards
    connection.execute("ALTER TABLE project_info ADD COLUMN reporting_frequency TEXT DEFAULT 'quarter'")
    connection.execute(
        f"ALTER TABLE project_info ADD COLUMN status_on_track REAL DEFAULT {results.DEFAULT_ON_TRACK}"
    )
    connection.execute(
        f"ALTER TABLE project_info ADD COLUMN status_at_risk REAL DEFAULT {results.DEFAULT_AT_RISK}"
    )
    connection.execute(
        "UPDATE project_info SET reporting_frequency = 'quarter',"
        f" status_on_track = {results.DEFAULT_ON_TRACK}, status_at_risk = {results.DEFAULT_AT_RISK}"
    )


def _migrate_5_to_6(connection: sqlite3.Connection) -> None:
    """Version 6 added survey rounds in their order, and the round in which a relation was last observed
    or found ended; the rounds the relations already name become rows, in their default order."""
    connection.commit()
    engine = _engine_on(connection)
    Base.metadata.create_all(engine, tables=[Base.metadata.tables["survey_rounds"]])
    engine.dispose(close=False)
    gpkg.register_attributes(connection, "survey_rounds", TABLE_TITLES["survey_rounds"])
    has_relations = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'relations'"
    ).fetchone()
    if not has_relations:
        return  # a damaged file being repaired: the table is created whole afterwards
    connection.execute("ALTER TABLE relations ADD COLUMN last_observed_round TEXT")
    connection.execute("ALTER TABLE relations ADD COLUMN ended_round TEXT")
    codes = [row[0] for row in connection.execute("SELECT DISTINCT survey_round FROM relations") if row[0]]
    connection.executemany(
        "INSERT INTO survey_rounds (uuid, code, position) VALUES (?, ?, ?)",
        [
            (str(uuid.uuid4()), code, position)
            for position, code in enumerate(sorted(codes, key=survey_rounds.default_order_key))
        ],
    )


# Version 7 adds tables only: the diagnostic and the firm surveys.
TABLES_ADDED_IN_7 = (*diagnostic.DIAGNOSTIC_TABLES, *surveys.SURVEY_TABLES)


def _migrate_6_to_7(connection: sqlite3.Connection) -> None:
    """Version 7 added the diagnostic (reports, SWOT items, findings and leverage points with the
    stakeholders who raised them and the plan tasks answering them) and firm surveys (questions,
    responses, answers)."""
    connection.commit()
    engine = _engine_on(connection)
    Base.metadata.create_all(engine, tables=[Base.metadata.tables[name] for name in TABLES_ADDED_IN_7])
    engine.dispose(close=False)
    for name in TABLES_ADDED_IN_7:
        gpkg.register_attributes(connection, name, TABLE_TITLES[name])


def _migrate_7_to_8(connection: sqlite3.Connection) -> None:
    """Version 8 added the silenced health-check findings and the stakeholder kind for international
    organisations and donors. The kind widens the CHECK constraint of `stakeholders`: a change that leaves
    every stored row valid, made the way SQLite documents for such changes (the table's definition is
    rewritten in the schema, its schema version raised, and the file checked), so that a table other
    tables, the spatial index and its triggers refer to is not rebuilt."""
    connection.commit()
    engine = _engine_on(connection)
    Base.metadata.create_all(engine, tables=[Base.metadata.tables["check_silences"]])
    engine.dispose(close=False)
    gpkg.register_attributes(connection, "check_silences", TABLE_TITLES["check_silences"])
    connection.commit()
    widen_check(connection, "stakeholders", "kind", STAKEHOLDER_KINDS)


def _migrate_8_to_9(connection: sqlite3.Connection) -> None:
    """Version 9 added presentations to the steering committee and their slides."""
    connection.commit()
    engine = _engine_on(connection)
    tables = [Base.metadata.tables[name] for name in presentations.PRESENTATION_TABLES]
    Base.metadata.create_all(engine, tables=tables)
    engine.dispose(close=False)
    for name in presentations.PRESENTATION_TABLES:
        gpkg.register_attributes(connection, name, TABLE_TITLES[name])


def _migrate_9_to_10(connection: sqlite3.Connection) -> None:
    """Version 10 added the cluster selection study: areas (a feature table), statistics by area and
    sector, criteria with weights, candidate clusters with their areas and scores, and the decisions."""
    connection.commit()
    engine = _engine_on(connection)
    tables = [Base.metadata.tables[name] for name in cluster_selection.SELECTION_TABLES]
    Base.metadata.create_all(engine, tables=tables)
    engine.dispose(close=False)
    for name in cluster_selection.SELECTION_TABLES:
        if name in FEATURE_TABLES:
            column, geometry_type = FEATURE_TABLES[name]
            gpkg.register_features(connection, name, column, geometry_type, TABLE_TITLES[name])
        else:
            gpkg.register_attributes(connection, name, TABLE_TITLES[name])


def _migrate_10_to_11(connection: sqlite3.Connection) -> None:
    """Version 11 added the project's planned end date. A repaired file whose format marker was lost is
    taken for version 10 (the tables cannot tell 10 from 11), so the column may be there already; a
    file without project_info gets the table whole afterwards."""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(project_info)")}
    if columns and "end_date" not in columns:
        connection.execute("ALTER TABLE project_info ADD COLUMN end_date DATE")
        connection.commit()


def widen_check(connection: sqlite3.Connection, table: str, column: str, codes) -> None:
    """Let `column` of `table` take every code of `codes`: rewrite its `column IN (...)` constraint."""
    row = connection.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    if row is None:
        return  # a damaged file being repaired: the table is created whole afterwards
    definition = re.sub(rf"\b{column} IN \([^)]*\)", lambda _m: _in_list(column, codes), row[0], count=1)
    if definition == row[0]:
        return
    version = connection.execute("PRAGMA schema_version").fetchone()[0]
    connection.execute("PRAGMA writable_schema = ON")
    try:
        connection.execute(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (definition, table)
        )
        connection.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        connection.execute("PRAGMA writable_schema = OFF")
    connection.commit()
    problems = connection.execute("PRAGMA quick_check").fetchall()
    if problems != [("ok",)]:
        raise DamagedProjectError(
            damaged_project_message(_file_name(connection), [str(p[0]) for p in problems])
        )


# The tables each version added; a file of version N has those of every version up to N.
TABLES_ADDED: dict[int, tuple[str, ...]] = {
    1: ("layer_styles", META_TABLE, "project_info", "stakeholders", "relations", "cluster_boundaries",
        "contact_persons"),
    2: ("custom_field_definitions",),
    3: plan.PLAN_TABLES,
    4: TABLES_ADDED_IN_4,
    5: results.RESULTS_TABLES,
    6: survey_rounds.SURVEY_ROUND_TABLES,
    7: TABLES_ADDED_IN_7,
    8: check_silences.CHECK_SILENCE_TABLES,
    9: presentations.PRESENTATION_TABLES,
    10: cluster_selection.SELECTION_TABLES,
}  # fmt: skip


# Columns later versions added to tables that existed before them (the rest came with their table).
COLUMNS_ADDED: dict[int, dict[str, tuple[str, ...]]] = {
    2: {"contact_persons": ("gender",)},
    5: {"project_info": ("reporting_frequency", "status_on_track", "status_at_risk")},
    6: {"relations": ("last_observed_round", "ended_round")},
    11: {"project_info": ("end_date",)},
}


def columns_of_version(table: str, version: int) -> set[str]:
    """The columns `table` has in a file of `version` (the current columns less those added later)."""
    later = {c for step, added in COLUMNS_ADDED.items() if step > version for c in added.get(table, ())}
    return {c.name for c in Base.metadata.tables[table].columns} - later


def tables_of_version(version: int) -> tuple[str, ...]:
    """Every table a project file of `version` has (GeoPackage core tables and indexes aside)."""
    return tuple(name for step in range(1, version + 1) for name in TABLES_ADDED.get(step, ()))


def infer_schema_version(table_names: set[str]) -> int:
    """The newest version whose added tables the file has (at least one of them): the best guess of a
    file whose marker is lost."""
    found = 1
    for version, added in TABLES_ADDED.items():
        if version > 1 and any(name in table_names for name in added):
            found = max(found, version)
    return found


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _migrate_1_to_2,
    2: _migrate_2_to_3,
    3: _migrate_3_to_4,
    4: _migrate_4_to_5,
    5: _migrate_5_to_6,
    6: _migrate_6_to_7,
    7: _migrate_7_to_8,
    8: _migrate_8_to_9,
    9: _migrate_9_to_10,
    10: _migrate_10_to_11,
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
