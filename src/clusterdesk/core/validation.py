"""Checks of a saved project file: SQLite integrity, foreign keys, the project's structure (tables,
registrations, spatial indexes, project row, format marker, geometries; see `structure`), RTree indexes
in step with their tables, and GDAL's GeoPackage validator when installed."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from clusterdesk.core import gpkg, schema
from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.model import FEATURE_TABLES
from clusterdesk.core.structure import (
    INTERNAL_PREFIXES,
    StructureReport,
    count_geometries,
    geometries_out_of_range,
    inspect_structure,
)


@dataclass
class ValidationReport:
    path: Path
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    gdal_validator_ran: bool = False
    repairable: bool = False  # some errors are of the kind `clusterdesk repair` fixes

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class GdalFindings:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def run_gdal_validator(path: Path) -> list[str] | None:
    """Errors from GDAL's validate_gpkg.py (PyPI gdal-utils), or None when it is not installed."""
    findings = gdal_findings(path)
    return None if findings is None else findings.errors


def gdal_findings(path: Path) -> GdalFindings | None:
    """Errors and warnings of GDAL's validator, checking everything rather than stopping at the first.

    `check(..., abort_at_first_error=False)` returns the list of (requirement, message) it found instead
    of raising; the validator itself can fail on a damaged file (a registered table that is gone), which
    is reported as an error too.
    """
    try:
        from osgeo_utils.samples import validate_gpkg
    except ImportError:
        return None
    findings = GdalFindings()
    try:
        found = validate_gpkg.check(
            str(path), abort_at_first_error=False, warning_as_error=False, myprint=findings.warnings.append
        )
    except Exception as error:  # noqa: BLE001 - any failure of the validator is a finding about the file
        findings.errors.append(
            tr(
                "validate:gdal_failed",
                "the validator could not finish ({error})",
                messages_language(),
                error=f"{type(error).__name__}: {error}",
            )
        )
        return findings
    for requirement, message in found:
        findings.errors.append(f"Req {requirement}: {message}" if requirement else str(message))
    return findings


def validate_file(path: str | Path, *, gdal: bool = True) -> ValidationReport:
    path = Path(path)
    report = ValidationReport(path)
    for companion in ("-wal", "-journal"):
        if Path(str(path) + companion).exists():
            report.warnings.append(
                tr(
                    "validate:companion",
                    "{file} exists next to the file (an unfinished write?)",
                    messages_language(),
                    file=path.name + companion,
                )
            )
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    gpkg.register_functions(connection)
    try:
        _check_sqlite(connection, report)
        structure = inspect_structure(connection)
        report.errors.extend(structure.problems())
        report.repairable = structure.is_project and not structure.ok
        _check_version(structure, report)
        _check_registration(connection, structure, report)
        _check_rtrees(connection, structure, report)
        _check_coordinates(connection, report)
    except sqlite3.DatabaseError as error:
        report.errors.append(
            tr(
                "validate:unreadable",
                "SQLite cannot read the file: {error}",
                messages_language(),
                error=error,
            )
        )
    finally:
        connection.close()
    if gdal:
        findings = gdal_findings(path)
        if findings is not None:
            report.gdal_validator_ran = True
            said = tr("validate:gdal", "GeoPackage validator: {finding}", messages_language(), finding="{}")
            report.errors.extend(said.replace("{}", e, 1) for e in findings.errors)
            report.warnings.extend(said.replace("{}", w, 1) for w in findings.warnings)
    return report


def _check_sqlite(connection: sqlite3.Connection, report: ValidationReport) -> None:
    integrity = [r[0] for r in connection.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        report.errors.extend(f"integrity_check: {line}" for line in integrity)
    for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
        report.errors.append(
            tr(
                "validate:foreign_key",
                "foreign_key_check: {table} row {row} refers to a missing {parent} row",
                messages_language(),
                table=table,
                row=rowid,
                parent=parent,
            )
        )


def _check_version(structure: StructureReport, report: ValidationReport) -> None:
    if not structure.is_project:
        report.errors.append(
            tr(
                "validate:not_project",
                "not a ClusterDesk project: clusterdesk_meta has no schema_version",
                messages_language(),
            )
        )
    elif structure.marker_missing or structure.bad_marker is not None:
        return  # named among the structure's problems
    elif structure.version > schema.SCHEMA_VERSION:
        report.errors.append(
            tr(
                "validate:newer",
                "written by a newer ClusterDesk (format {version})",
                messages_language(),
                version=structure.version,
            )
        )
    elif structure.version < schema.SCHEMA_VERSION:
        report.warnings.append(
            tr(
                "validate:older",
                "older project format {version}: it is upgraded when saved",
                messages_language(),
                version=structure.version,
            )
        )


def _check_registration(
    connection: sqlite3.Connection, structure: StructureReport, report: ValidationReport
) -> None:
    """Tables that are not ours must be registered too (ours are checked by `structure`)."""
    try:
        registered = {r[0] for r in connection.execute("SELECT table_name FROM gpkg_contents")}
    except sqlite3.OperationalError:
        return  # gpkg_contents itself is missing: named among the structure's problems
    ours = set()
    if structure.is_project and structure.version <= schema.SCHEMA_VERSION:
        ours = set(schema.tables_of_version(structure.version))
    for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        if name.startswith(INTERNAL_PREFIXES) or name in registered or name in ours:
            continue
        report.errors.append(
            tr(
                "validate:unregistered",
                "table {table} is not registered in gpkg_contents (QGIS would not show it)",
                messages_language(),
                table=name,
            )
        )


def _check_rtrees(
    connection: sqlite3.Connection, structure: StructureReport, report: ValidationReport
) -> None:
    """Each spatial index holds exactly its table's boxes (where the index and geometries are sound)."""
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, (column, _type) in FEATURE_TABLES.items():
        if (
            table not in tables
            or f"rtree_{table}_{column}" not in tables
            or table in structure.bad_geometries
        ):
            continue
        try:
            bad = gpkg.rtree_mismatches(connection, table, column)
        except (ClusterDeskError, ValueError) as error:
            report.errors.append(
                tr(
                    "validate:index_unreadable",
                    "spatial index of {table} could not be compared with the table ({error})",
                    messages_language(),
                    table=table,
                    error=error,
                )
            )
            continue
        if bad:
            report.errors.append(
                tr(
                    "validate:index_out_of_step",
                    "spatial index of {table} is out of step with the table ({count} entries)",
                    messages_language(),
                    table=table,
                    count=bad,
                )
            )
            report.repairable = True


def _check_coordinates(connection: sqlite3.Connection, report: ValidationReport) -> None:
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, (column, _type) in FEATURE_TABLES.items():
        if table not in tables or column not in {
            r[1] for r in connection.execute(f'PRAGMA table_info("{table}")')
        }:
            continue
        outside = geometries_out_of_range(connection, table, column)
        if outside:
            report.repairable = True
            report.errors.append(
                tr(
                    "validate:outside",
                    "{geometries} of {table} with coordinates that are not numbers or lie outside "
                    "longitude -180..180, latitude -90..90 (fid {fids})",
                    messages_language(),
                    geometries=count_geometries(len(outside)),
                    table=table,
                    fids=", ".join(map(str, outside[:5])) + (", ..." if len(outside) > 5 else ""),
                )
            )
