"""The undoable command that adds imported stakeholders, their contact persons and new custom fields.

It writes through the driver's executemany with values prepared once (geometry blobs, timestamps, UUIDs),
so 100,000 rows go in within about a second and a half (benchmarks/import_csv.py); undo removes exactly
the rows it added, and redo puts back the same rows with the same fids and UUIDs.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from clusterdesk.core.catalogue import count_text, messages_language, tr_plural
from clusterdesk.core.column_types import format_datetime, utc_now
from clusterdesk.core.geometry import encode_points

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

STAKEHOLDER_COLUMNS = (
    "fid", "geom", "uuid", "name", "kind", "address", "admin_area", "sector_code", "products", "employees",
    "women_employees", "year_founded", "legal_form", "phone", "email", "website", "tags", "notes",
    "custom_fields", "created_at", "modified_at",
)  # fmt: skip
_VALUE_COLUMNS = STAKEHOLDER_COLUMNS[3:-3]  # name .. notes
# Page cache for the bulk insert, in KiB. SQLite only takes pages as it needs them, so a small import never
# holds the whole allowance. More did not make a million rows faster (the working copy is written without
# disk syncs, so pages leaving the cache cost little) but raised the import's peak memory by 200 MB.
_BULK_CACHE_KIB = 64 * 1024
# Rows are prepared and inserted this many at a time, so that a million rows never exist as tuples at once
_INSERT_BATCH_ROWS = 50_000
_RTREE_TABLE = "rtree_stakeholders_geom"
_RTREE_INSERT_TRIGGER = "rtree_stakeholders_geom_insert"
_CONTACT_COLUMNS = ("uuid", "stakeholder_id", "name", "role", "gender", "phone", "email")


def sorted_random_uuids(count: int) -> list[str]:
    """`count` version-4 UUIDs in ascending order, made from one call to the system's random source."""
    raw = np.frombuffer(os.urandom(16 * count), dtype=np.uint8).reshape(count, 16).copy()
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40  # version 4
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80  # RFC 4122 variant
    text = raw.tobytes().hex()
    return sorted(
        "-".join(
            (
                text[i : i + 8],
                text[i + 8 : i + 12],
                text[i + 12 : i + 16],
                text[i + 16 : i + 20],
                text[i + 20 : i + 32],
            )
        )
        for i in range(0, 32 * count, 32)
    )


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


@dataclass
class ImportStakeholders:
    """Add the checked rows of an import as one undoable step."""

    values: dict[str, list]  # stakeholder field -> one value per row
    lon: np.ndarray
    lat: np.ndarray
    custom: list[dict | None]  # custom field values per row (None: none)
    contacts: list[list[dict]]  # contact persons per row
    custom_labels: dict[str, str] = field(default_factory=dict)  # custom key -> column header
    # UUIDs the file gives its rows (None: make one); kept so that importing the file again is recognised
    file_uuids: list[str | None] | None = None
    label: str = ""
    tables: frozenset[str] = frozenset({"stakeholders", "contact_persons", "custom_field_definitions"})
    added_fids: range = range(0)
    _uuids: list[str] = field(default_factory=list)
    _contact_rows: list[tuple] = field(default_factory=list)
    _added_custom_keys: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.count = len(self.lon)
        if not self.label:
            language = messages_language()
            self.label = tr_plural(
                "undo:import_stakeholders",
                "Import {count} stakeholder",
                "Import {count} stakeholders",
                self.count,
                language,
                count=count_text(self.count, language),
            )
        # Random UUIDs handed out in sorted order: the unique index then grows at its end, which makes a
        # 100,000-row insert several times faster than inserting at random places in the B-tree
        self._uuids = sorted_random_uuids(self.count)
        if self.file_uuids is not None:
            self._uuids = [given or made for given, made in zip(self.file_uuids, self._uuids, strict=True)]
        self._stamp = format_datetime(utc_now())

    def do(self, project: Project) -> None:
        connection = project.session.connection()
        if not project.connection.in_transaction:
            # The sqlite3 module opens a transaction only before a row is written, so the DROP TRIGGER of
            # the bulk insert would otherwise be committed at once and outlive a rollback
            project.connection.execute("BEGIN")
        if not self.added_fids:
            start = connection.exec_driver_sql(
                "SELECT max(coalesce((SELECT max(fid) FROM stakeholders), 0), "
                "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'stakeholders'), 0))"
            ).scalar()
            self.added_fids = range(start + 1, start + 1 + self.count)
        if self.count:
            # A larger page cache for the bulk insert only: the table, its indexes and the RTree grow together
            previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
            connection.exec_driver_sql(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")  # negative: KiB
            try:
                self._insert_stakeholders(connection)
            finally:
                connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")
        contact_rows = self._contacts_for(self.added_fids)
        if contact_rows:
            connection.exec_driver_sql(_insert_sql("contact_persons", _CONTACT_COLUMNS), contact_rows)
        self._add_custom_definitions(connection)

    def _insert_stakeholders(self, connection) -> None:
        """Insert the rows and their spatial index entries.

        GDAL's bulk-load approach: the RTree insert trigger (which calls back into Python four times per
        row) is dropped for the insert and recreated unchanged in the same transaction, and the index
        entries are inserted from the coordinates directly. A failure rolls all of it back.
        """
        trigger = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (_RTREE_INSERT_TRIGGER,),
        ).first()
        if trigger is not None:
            connection.exec_driver_sql(f'DROP TRIGGER "{trigger.name}"')
        insert = _insert_sql("stakeholders", STAKEHOLDER_COLUMNS)
        for start in range(0, self.count, _INSERT_BATCH_ROWS):
            connection.exec_driver_sql(insert, self._stakeholder_rows(start, start + _INSERT_BATCH_ROWS))
        located = np.flatnonzero(~(np.isnan(self.lon) | np.isnan(self.lat)))
        if trigger is not None and len(located):
            all_fids = np.asarray(self.added_fids)
            for start in range(0, len(located), _INSERT_BATCH_ROWS):
                batch = located[start : start + _INSERT_BATCH_ROWS]
                fids = all_fids[batch].tolist()
                lon, lat = self.lon[batch].tolist(), self.lat[batch].tolist()
                connection.exec_driver_sql(
                    f'INSERT INTO "{_RTREE_TABLE}" VALUES (?, ?, ?, ?, ?)',
                    list(zip(fids, lon, lon, lat, lat, strict=True)),
                )
        if trigger is not None:
            connection.exec_driver_sql(trigger.sql)

    def _stakeholder_rows(self, start: int, stop: int) -> list[tuple]:
        """The rows from position `start` up to `stop`, ready for executemany."""
        stop = min(stop, self.count)
        geoms = encode_points(self.lon[start:stop], self.lat[start:stop])
        custom = [json.dumps(c, ensure_ascii=False) if c else None for c in self.custom[start:stop]]
        empty = [None] * (stop - start)
        columns = [
            self.values[name][start:stop] if self.values.get(name) else empty for name in _VALUE_COLUMNS
        ]
        stamps = [self._stamp] * (stop - start)
        fids, uuids = self.added_fids[start:stop], self._uuids[start:stop]
        return list(zip(fids, geoms, uuids, *columns, custom, stamps, stamps, strict=True))

    def _contacts_for(self, fids: range) -> list[tuple]:
        if not self._contact_rows:
            self._contact_rows = [
                (
                    str(uuid.uuid4()),
                    fid,
                    p["name"],
                    p.get("role"),
                    p.get("gender"),
                    p.get("phone"),
                    p.get("email"),
                )
                for fid, people in zip(fids, self.contacts, strict=True)
                for p in people
            ]
        return self._contact_rows

    def _add_custom_definitions(self, connection) -> None:
        keys = list(dict.fromkeys(k for row in self.custom if row for k in row))
        if not keys:
            return
        known = {r[0] for r in connection.exec_driver_sql("SELECT key FROM custom_field_definitions")}
        position = connection.exec_driver_sql(
            "SELECT coalesce(max(position), -1) FROM custom_field_definitions"
        ).scalar()
        self._added_custom_keys = [k for k in keys if k not in known]
        rows = [
            (key, self.custom_labels.get(key, key), "text", position + 1 + offset)
            for offset, key in enumerate(self._added_custom_keys)
        ]
        if rows:
            connection.exec_driver_sql(
                "INSERT INTO custom_field_definitions (key, label, value_type, position) VALUES (?, ?, ?, ?)",
                rows,
            )

    def undo(self, project: Project) -> None:
        remove_imported(project, self.added_fids, self._added_custom_keys)


def remove_imported(project: Project, added_fids: range | None, added_custom_keys) -> None:
    """Undo an import: the stakeholders it added (a run of fids) with their contacts, and the custom
    fields it defined."""
    connection = project.session.connection()
    if added_fids:
        bounds = (added_fids.start, added_fids.stop - 1)
        connection.exec_driver_sql("DELETE FROM contact_persons WHERE stakeholder_id BETWEEN ? AND ?", bounds)
        connection.exec_driver_sql("DELETE FROM stakeholders WHERE fid BETWEEN ? AND ?", bounds)
    for key in added_custom_keys:
        connection.exec_driver_sql("DELETE FROM custom_field_definitions WHERE key = ?", (key,))
