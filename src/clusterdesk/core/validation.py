"""Checks of a saved project file: SQLite integrity, foreign keys, registration of every table in
gpkg_contents, RTree indexes in step with their tables, and GDAL's GeoPackage validator when installed."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from clusterdesk.core import gpkg, schema
from clusterdesk.core.model import FEATURE_TABLES

_INTERNAL_PREFIXES = ("gpkg_", "rtree_", "sqlite_")


@dataclass
class ValidationReport:
    path: Path
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    gdal_validator_ran: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


def run_gdal_validator(path: Path) -> list[str] | None:
    """Errors from GDAL's validate_gpkg.py (PyPI gdal-utils), or None when it is not installed."""
    try:
        from osgeo_utils.samples import validate_gpkg
    except ImportError:
        return None
    try:
        validate_gpkg.check(str(path), abort_at_first_error=False, warning_as_error=False)
    except validate_gpkg.GPKGCheckException as error:
        return [str(error)]
    return []


def validate_file(path: str | Path, *, gdal: bool = True) -> ValidationReport:
    path = Path(path)
    report = ValidationReport(path)
    for companion in ("-wal", "-journal"):
        if Path(str(path) + companion).exists():
            report.warnings.append(f"{path.name}{companion} exists next to the file (an unfinished write?)")
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    gpkg.register_functions(connection)
    try:
        _check_sqlite(connection, report)
        _check_registration(connection, report)
        _check_rtrees(connection, report)
    except sqlite3.DatabaseError as error:
        report.errors.append(f"SQLite cannot read the file: {error}")
    finally:
        connection.close()
    if gdal:
        gdal_errors = run_gdal_validator(path)
        if gdal_errors is not None:
            report.gdal_validator_ran = True
            report.errors.extend(f"GeoPackage validator: {e}" for e in gdal_errors)
    return report


def _check_sqlite(connection: sqlite3.Connection, report: ValidationReport) -> None:
    integrity = [r[0] for r in connection.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        report.errors.extend(f"integrity_check: {line}" for line in integrity)
    for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
        report.errors.append(f"foreign_key_check: {table} row {rowid} refers to a missing {parent} row")
    version = schema.read_schema_version(connection)
    if version is None:
        report.errors.append("not a ClusterDesk project: clusterdesk_meta has no schema_version")
    elif version > schema.SCHEMA_VERSION:
        report.errors.append(f"written by a newer ClusterDesk (format {version})")
    elif version < schema.SCHEMA_VERSION:
        report.warnings.append(f"older project format {version}: it is upgraded when saved")


def _check_registration(connection: sqlite3.Connection, report: ValidationReport) -> None:
    registered = {r[0] for r in connection.execute("SELECT table_name FROM gpkg_contents")}
    for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        if name.startswith(_INTERNAL_PREFIXES) or name in registered:
            continue
        report.errors.append(f"table {name} is not registered in gpkg_contents (QGIS would not show it)")


def _check_rtrees(connection: sqlite3.Connection, report: ValidationReport) -> None:
    for table, (column, _type) in FEATURE_TABLES.items():
        exists = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE name = ?", (f"rtree_{table}_{column}",)
        ).fetchone()
        if not exists:
            report.errors.append(f"spatial index rtree_{table}_{column} is missing")
            continue
        bad = gpkg.rtree_mismatches(connection, table, column)
        if bad:
            report.errors.append(f"spatial index of {table} is out of step with the table ({bad} entries)")
