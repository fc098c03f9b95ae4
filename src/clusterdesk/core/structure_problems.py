"""The phrases that name what is wrong with a project file's structure, in the messages language.

`StructureReport.problems()` lists them; opening puts them into its "is damaged" message, `validate` and
`repair` print them. Table, column and index names stay as the file spells them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.core.catalogue import count_text, messages_language, tr, tr_plural
from clusterdesk.core.model import FEATURE_TABLES

if TYPE_CHECKING:
    from clusterdesk.core.structure import StructureReport


def bad_marker(marker: object) -> str:
    return tr(
        "structure:bad_marker",
        "its project format marker (clusterdesk_meta.schema_version = {marker}) is not a version number",
        messages_language(),
        marker=repr(marker),
    )


def describe(report: StructureReport) -> list[str]:
    """One phrase per kind of problem of `report`."""
    language = messages_language()
    found = []
    if report.marker_missing:
        found.append(
            tr(
                "structure:no_marker",
                "the project format marker (clusterdesk_meta.schema_version) is missing",
                language,
            )
        )
    if report.bad_marker is not None:
        found.append(bad_marker(report.bad_marker))
    if report.missing_geopackage_tables:
        names = report.missing_geopackage_tables
        found.append(
            tr_plural(
                "structure:no_geopackage_tables",
                "GeoPackage table {names} is missing",
                "GeoPackage table {names} are missing",
                len(names),
                language,
                names=", ".join(names),
            )
        )
    for table in report.missing_tables:
        if table in report.renamed:
            found.append(
                tr(
                    "structure:renamed",
                    "table {table} is missing (it looks renamed to {name})",
                    language,
                    table=table,
                    name=report.renamed[table],
                )
            )
        else:
            found.append(tr("structure:missing_table", "table {table} is missing", language, table=table))
    others = [t for t in report.unknown_tables if t not in report.renamed.values()]
    if report.missing_tables and others:
        found.append(
            tr_plural(
                "structure:unknown_tables",
                "table {names} is not part of a ClusterDesk project",
                "table {names} are not part of a ClusterDesk project",
                len(others),
                language,
                names=", ".join(others),
            )
        )
    for table, columns in report.missing_columns.items():
        found.append(
            tr_plural(
                "structure:missing_columns",
                "{table} lacks column {names}",
                "{table} lacks columns {names}",
                len(columns),
                language,
                table=table,
                names=", ".join(columns),
            )
        )
    found += _registration(report, language)
    if report.no_project_info_row:
        found.append(
            tr("structure:no_info_row", "project_info has no row (the project's name and details)", language)
        )
    for table, count in report.bad_geometries.items():
        found.append(
            tr_plural(
                "structure:bad_geometries",
                "{count} geometry is unreadable or of the wrong type in {table}",
                "{count} geometries are unreadable or of the wrong type in {table}",
                count,
                language,
                count=count_text(count, language),
                table=table,
            )
        )
    return found


def _registration(report: StructureReport, language: str) -> list[str]:
    """What is wrong with the GeoPackage registrations and spatial indexes."""
    found = []
    if report.unregistered:
        found.append(
            tr_plural(
                "structure:unregistered",
                "table {names} is not registered in gpkg_contents",
                "table {names} are not registered in gpkg_contents",
                len(report.unregistered),
                language,
                names=", ".join(report.unregistered),
            )
        )
    for table, data_type in report.misregistered.items():
        expected = "features" if table in FEATURE_TABLES else "attributes"
        found.append(
            tr(
                "structure:misregistered",
                "gpkg_contents records {table} as {recorded} instead of {expected}",
                language,
                table=table,
                recorded=repr(data_type),
                expected=repr(expected),
            )
        )
    if report.unregistered_geometry:
        found.append(
            tr_plural(
                "structure:unregistered_geometry",
                "table {names} is not registered in gpkg_geometry_columns",
                "table {names} are not registered in gpkg_geometry_columns",
                len(report.unregistered_geometry),
                language,
                names=", ".join(report.unregistered_geometry),
            )
        )
    if report.missing_rtrees:
        indexes = [f"rtree_{t}_{FEATURE_TABLES[t][0]}" for t in report.missing_rtrees]
        found.append(
            tr_plural(
                "structure:no_rtree",
                "spatial index {names} is missing",
                "spatial index {names} are missing",
                len(indexes),
                language,
                names=", ".join(indexes),
            )
        )
    if report.missing_rtree_triggers:
        found.append(
            tr(
                "structure:no_rtree_triggers",
                "the spatial index triggers of {names} are missing",
                language,
                names=", ".join(report.missing_rtree_triggers),
            )
        )
    return found
