"""Project.stakeholder_points reads every stakeholder's fid, kind, employees and point in one joined query;
what it gives must equal a row-by-row reading for every kind of value a file can hold, including values
other programs write (real and text employees, unknown kinds, blobs with an envelope, empty points)."""

from __future__ import annotations

import numpy as np
import shapely

from clusterdesk.core import edits
from clusterdesk.core.geometry import decode, encode
from clusterdesk.core.project import KIND_CODES, Project, _point_rows_joined
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS


def _row_by_row(connection) -> tuple[np.ndarray, ...]:
    rows = connection.execute(
        "SELECT fid, kind, CAST(employees AS REAL), geom FROM stakeholders ORDER BY fid"
    )
    fids, kinds, employees, lons, lats = [], [], [], [], []
    for fid, kind, count, blob in rows:
        fids.append(fid)
        kinds.append(KIND_CODES.index(kind) if kind in KIND_CODES else len(KIND_CODES) - 1)
        employees.append(np.nan if count is None else count)
        point = decode(blob) if blob is not None else None
        ok = point is not None and point.geom_type == "Point" and not point.is_empty
        lons.append(point.x if ok else np.nan)
        lats.append(point.y if ok else np.nan)
    return tuple(np.array(values, dtype=float) for values in (fids, kinds, employees, lons, lats))


def _assert_same(points, expected) -> None:
    for got, want in zip(
        (points.fid, points.kind, points.employees, points.lon, points.lat), expected, strict=True
    ):
        assert np.array_equal(got.astype(float), want, equal_nan=True)


def test_joined_reading_equals_row_by_row_for_odd_values(tmp_path):
    project = Project.new(tmp_path / "odd.gpkg", "Odd values", country="EC")
    kinds = list(STAKEHOLDER_KINDS)
    rows = [
        {"name": f"Firm {i}", "kind": kinds[i % len(kinds)], "lon": -78.2 + i / 1000, "lat": 0.3 + i / 1000,
         "employees": i * 3}
        for i in range(40)
    ]  # fmt: skip
    project.stack.push(edits.AddStakeholders(rows))
    connection = project.connection
    fids = [fid for (fid,) in connection.execute("SELECT fid FROM stakeholders ORDER BY fid")]
    connection.execute("UPDATE stakeholders SET employees = NULL WHERE fid = ?", (fids[0],))
    connection.execute("UPDATE stakeholders SET employees = 4.5 WHERE fid = ?", (fids[1],))
    connection.execute("UPDATE stakeholders SET geom = NULL WHERE fid = ?", (fids[2],))
    with_envelope = encode(shapely.Point(-78.5, 0.1).buffer(0.0))  # an empty geometry written with flags
    connection.execute("UPDATE stakeholders SET geom = ? WHERE fid = ?", (with_envelope, fids[3]))
    polygon_blob = encode(shapely.Point(-78.5, 0.1).buffer(0.01))  # not a point: no location
    connection.execute("UPDATE stakeholders SET geom = ? WHERE fid = ?", (polygon_blob, fids[4]))
    big_endian = (
        b"GP\x00\x00" + (4326).to_bytes(4, "big") + shapely.to_wkb(shapely.Point(-78.9, 0.4), byte_order=0)
    )
    connection.execute("UPDATE stakeholders SET geom = ? WHERE fid = ?", (big_endian, fids[5]))
    connection.execute("PRAGMA ignore_check_constraints = ON")
    connection.execute("UPDATE stakeholders SET kind = 'cooperative_x' WHERE fid = ?", (fids[6],))
    connection.commit()
    expected = _row_by_row(connection)
    assert _point_rows_joined(connection, len(fids)) is not None  # the joined reading was the one used
    _assert_same(project.stakeholder_points(), expected)
    assert np.isnan(project.stakeholder_points().lon[[2, 3, 4]]).all()
    assert project.stakeholder_points().lon[5] == -78.9
    project.close()


def test_text_in_the_employees_column_falls_back_to_row_by_row(tmp_path):
    project = Project.new(tmp_path / "text.gpkg", "Text employees", country="EC")
    project.stack.push(edits.AddStakeholders([{"name": f"F{i}", "lon": -78.2, "lat": 0.3} for i in range(5)]))
    connection = project.connection
    connection.execute("PRAGMA ignore_check_constraints = ON")
    connection.execute(
        "UPDATE stakeholders SET employees = 'unknown' WHERE fid = (SELECT min(fid) FROM stakeholders)"
    )
    connection.commit()
    assert _point_rows_joined(connection, 5) is None
    points = project.stakeholder_points()
    _assert_same(points, _row_by_row(connection))
    assert points.employees[0] == 0.0  # SQLite reads the text as the number 0, as before
    project.close()


def test_rows_out_of_fid_order_are_sorted(tmp_path):
    project = Project.new(tmp_path / "order.gpkg", "Order", country="EC")
    project.stack.push(
        edits.AddStakeholders([{"name": f"F{i}", "lon": -78.2 + i, "lat": 0.3} for i in range(6)])
    )
    connection = project.connection
    connection.execute(
        "UPDATE stakeholders SET fid = fid + 1000 WHERE fid = (SELECT min(fid) FROM stakeholders)"
    )
    connection.commit()
    points = project.stakeholder_points()
    assert list(points.fid) == sorted(points.fid)
    _assert_same(points, _row_by_row(connection))
    project.close()
