"""The table of stakeholders that every exporter writes, read straight from the project's SQLite file."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from clusterdesk.core.geometry import decode_points

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

FIELD_COLUMNS = (
    "name", "kind", "address", "admin_area", "sector_code", "products", "employees", "women_employees",
    "year_founded", "legal_form", "phone", "email", "website", "tags", "notes",
)  # fmt: skip
CONTACT_COLUMNS = ("contact_name", "contact_role", "contact_phone", "contact_email")
_INTEGER_COLUMNS = ("employees", "women_employees", "year_founded")


def _selected_rows(project: Project, fids: Sequence[int] | None) -> list[tuple]:
    columns = ", ".join(("fid", "geom", "uuid", "custom_fields", *FIELD_COLUMNS))
    connection = project.connection
    if fids is None:
        return connection.execute(f"SELECT {columns} FROM stakeholders ORDER BY fid").fetchall()
    rows: list[tuple] = []
    wanted = sorted({int(f) for f in fids})
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        rows.extend(connection.execute(f"SELECT {columns} FROM stakeholders WHERE fid IN ({marks})", chunk))
    return sorted(rows)


def _contacts(project: Project) -> dict[int, list[tuple]]:
    people: dict[int, list[tuple]] = {}
    query = "SELECT stakeholder_id, name, role, phone, email FROM contact_persons ORDER BY fid"
    for stakeholder_id, *values in project.connection.execute(query):
        people.setdefault(stakeholder_id, []).append(values)
    return people


def stakeholder_frame(project: Project, fids: Sequence[int] | None = None) -> pd.DataFrame:
    """One row per stakeholder: fields, coordinates, contacts, custom fields, uuid and a geometry column."""
    import shapely

    rows = _selected_rows(project, fids)
    frame = pd.DataFrame(rows, columns=["fid", "geom", "uuid", "custom_fields", *FIELD_COLUMNS])
    for column in _INTEGER_COLUMNS:
        frame[column] = pd.array(frame[column].tolist(), dtype="Int64")
    lon, lat = decode_points(frame["geom"].tolist())
    frame.insert(frame.columns.get_loc("address"), "latitude", lat)
    frame.insert(frame.columns.get_loc("address"), "longitude", lon)
    people = _contacts(project)
    for index, column in enumerate(CONTACT_COLUMNS):
        frame[column] = [
            "; ".join(p[index] or "" for p in people[fid]) if fid in people else None for fid in frame["fid"]
        ]
    custom = [json.loads(text) if isinstance(text, str) and text else {} for text in frame["custom_fields"]]
    keys = list(dict.fromkeys(k for values in custom for k in values))
    labels = dict(project.connection.execute("SELECT key, label FROM custom_field_definitions"))
    taken = set(frame.columns)
    for key in keys:
        # The label the user gave the field reads better and imports back to the same key
        header = labels.get(key) or key
        header = header if header not in taken else f"custom_{key}"
        taken.add(header)
        frame[header] = [values.get(key) for values in custom]
    located = ~(np.isnan(lon) | np.isnan(lat))
    geometry = np.full(len(frame), None, dtype=object)
    geometry[located] = shapely.points(lon[located], lat[located])
    frame["geometry"] = geometry
    uuid = frame.pop("uuid")
    frame["uuid"] = uuid
    return frame.drop(columns=["fid", "geom", "custom_fields"])
