"""The spatial part of `clusterdesk repair`: geometries that cannot be used become NULL, and spatial
indexes that are missing, lack their triggers or no longer match their table are made again."""

from __future__ import annotations

import sqlite3

from clusterdesk.core import gpkg
from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.model import FEATURE_TABLES
from clusterdesk.core.structure import (
    StructureReport,
    bad_geometry_fids,
    count_geometries,
    geometries_out_of_range,
)


def spatial_repair_needed(connection: sqlite3.Connection) -> bool:
    """True when a spatial index no longer matches its table (another program wrote rows without the
    triggers) or a geometry lies outside the coordinate range, in a file whose structure is sound. A file
    of an earlier version lacks the feature tables later versions added: they have nothing to check."""
    present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return any(
        gpkg.rtree_mismatches(connection, table, column) or geometries_out_of_range(connection, table, column)
        for table, (column, _type) in FEATURE_TABLES.items()
        if table in present
    )


def repair_spatial_data(
    connection: sqlite3.Connection, report: StructureReport, created: set[str]
) -> list[str]:
    """Unreadable geometries to NULL, then every spatial index that is missing, lacks its triggers or
    no longer matches its table made again from the table."""
    language = messages_language()
    actions = []
    for table, (column, geometry_type) in FEATURE_TABLES.items():
        rtree = f"rtree_{table}_{column}"
        if column in report.missing_columns.get(table, ()):
            continue  # a feature table without its geometry column: there is nothing to index
        if table in created:
            connection.execute(f'DROP TABLE IF EXISTS "{rtree}"')
            gpkg.create_rtree(connection, table, column)
            continue
        bad = report.bad_geometries.get(table, 0)
        outside = geometries_out_of_range(connection, table, column)
        if table in report.missing_rtrees or table in report.missing_rtree_triggers or bad or outside:
            gpkg.drop_rtree_triggers(connection, table, column)
        if bad:
            fids = bad_geometry_fids(connection, table, column, geometry_type)
            connection.executemany(
                f'UPDATE "{table}" SET "{column}" = NULL WHERE fid = ?', [(f,) for f in fids]
            )
            actions.append(
                tr(
                    "repair:unreadable_geometries",
                    "set {geometries} of {table} to NULL that could not be read or were not {type} "
                    "(those rows now have no location)",
                    language,
                    geometries=count_geometries(bad),
                    table=table,
                    type=geometry_type,
                )
            )
        if outside:
            connection.executemany(
                f'UPDATE "{table}" SET "{column}" = NULL WHERE fid = ?', [(f,) for f in outside]
            )
            actions.append(
                tr(
                    "repair:outside_geometries",
                    "set {geometries} of {table} to NULL whose coordinates were not numbers or lay outside "
                    "longitude -180..180, latitude -90..90",
                    language,
                    geometries=count_geometries(len(outside)),
                    table=table,
                )
            )
        if table in report.missing_rtrees:
            gpkg.create_rtree(connection, table, column)
            actions.append(
                tr("repair:rebuilt_index", "rebuilt the spatial index {index}", language, index=rtree)
            )
        elif table in report.missing_rtree_triggers or bad or outside:
            gpkg.restore_rtree_triggers(connection, table, column)
            if table in report.missing_rtree_triggers:
                actions.append(
                    tr(
                        "repair:restored_triggers",
                        "restored the triggers of the spatial index {index}",
                        language,
                        index=rtree,
                    )
                )
        elif gpkg.rtree_mismatches(connection, table, column):
            gpkg.rebuild_rtree(connection, table, column)
            actions.append(
                tr(
                    "repair:resynced_index",
                    "brought the spatial index {index} in step with {table}",
                    language,
                    index=rtree,
                    table=table,
                )
            )
        gpkg.update_extent(connection, table, column)
    return actions
