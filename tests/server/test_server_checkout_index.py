"""The checkout's own building blocks, without a server: the packed spatial index answers as SQLite's
R*-tree does, point envelopes come from the blobs as from decoding them, row versions are stored
whether most rows share one or not, columns NULL in the whole table are neither read nor inserted while
the values of the others keep their types, a large chunk goes through its staging table unchanged, and
the finished database reaches its file page for page."""

from __future__ import annotations

import sqlite3

import numpy as np
import shapely

from clusterdesk.core import geometry
from clusterdesk.io.server import checkout_rows, ddl
from clusterdesk.io.server.checkout import _empty_project_image, write_image
from clusterdesk.io.server.checkout_rows import TableCopy, quick_binding
from clusterdesk.io.server.geometries import _decoded_envelopes, point_envelopes
from clusterdesk.io.server.local_tables import VERSIONS_TABLE
from clusterdesk.io.server.packed_rtree import pack


def _rtree(connection: sqlite3.Connection, name: str) -> None:
    connection.execute(f"CREATE VIRTUAL TABLE {name} USING rtree(id, minx, maxx, miny, maxy)")


def test_packed_index_answers_as_sqlite_builds_it():
    rng = np.random.default_rng(7)
    count = 7_000  # three levels of nodes
    ids = np.arange(1, count + 1) * 3
    minx, miny = rng.uniform(-81, -75, count), rng.uniform(-5, 2, count)
    maxx, maxy = minx + rng.uniform(0, 0.2, count), miny + rng.uniform(0, 0.2, count)
    connection = sqlite3.connect(":memory:")
    _rtree(connection, "packed")
    _rtree(connection, "grown")
    pack(connection, "packed", ids, minx, maxx, miny, maxy)
    rows = zip(ids.tolist(), minx.tolist(), maxx.tolist(), miny.tolist(), maxy.tolist(), strict=True)
    connection.executemany("INSERT INTO grown VALUES (?, ?, ?, ?, ?)", rows)
    assert connection.execute("SELECT rtreecheck('packed')").fetchone()[0] == "ok"
    assert connection.execute("SELECT count(*) FROM packed_rowid").fetchone()[0] == count
    assert (
        connection.execute("SELECT * FROM packed ORDER BY id").fetchall()
        == connection.execute("SELECT * FROM grown ORDER BY id").fetchall()
    )
    for x, y in rng.uniform((-81, -5), (-75, 2), (20, 2)):
        window = "minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ? ORDER BY id"
        box = (x + 0.5, x, y + 0.5, y)
        found = connection.execute(f"SELECT id FROM packed WHERE {window}", box).fetchall()
        assert found == connection.execute(f"SELECT id FROM grown WHERE {window}", box).fetchall()
        assert found  # the windows are large enough to hold some boxes


def test_point_envelopes_leave_out_null_and_empty_points():
    empty = bytes.fromhex("47500011e6100000") + shapely.to_wkb(shapely.Point(), byte_order=1)
    blobs = [geometry.encode(shapely.Point(-78.5, -0.25)), None, empty, geometry.encode(shapely.Point(1, 2))]
    fids = [4, 7, 9, 12]
    fast, decoded = point_envelopes(fids, blobs), _decoded_envelopes(fids, blobs)
    assert (
        fast[0].tolist() == [4, 12] and fast[1].tolist() == [-78.5, 1.0] and fast[3].tolist() == [-0.25, 2.0]
    )
    for ours, theirs in zip(fast, decoded, strict=True):
        assert ours.tolist() == theirs.tolist()
    odd = [geometry.encode(shapely.Point(5, 6)), geometry.encode(shapely.Point(5, 6, 7))]  # a 3D point
    assert [values.tolist() for values in point_envelopes([1, 2], odd)] == [
        [1, 2],
        [5, 5],
        [5, 5],
        [6, 6],
        [6, 6],
    ]


def _rows(table, fids, versions, columns=None):
    """Rows as the server's select gives them: row_version, then the table's columns (those named in
    `columns` when given)."""
    rows = []
    for fid, version in zip(fids, versions, strict=True):
        values = []
        for column in table.columns:
            if columns is not None and column.name not in columns:
                continue
            kind = ddl.column_kind(column)
            if column.name == "fid":
                values.append(fid)
            elif kind == ddl.KIND_INTEGER or kind == ddl.KIND_BOOLEAN:
                values.append(0)
            elif kind == ddl.KIND_REAL:
                values.append(0.5)
            else:
                values.append(None if column.nullable else f"{column.name}-{fid}")
        rows.append((version, *values))
    return rows


def test_row_versions_stored_for_shared_and_scattered_versions():
    (table,) = [table for table in ddl.project_tables() if table.name == "check_silences"]
    local = sqlite3.connect(":memory:")
    local.deserialize(_empty_project_image()[0])
    local.execute("PRAGMA ignore_check_constraints = ON")
    copy = TableCopy(table, None)
    shared = [1] * 40 + [3, 1, 1, 7] + [1] * 20  # most rows share a version
    scattered = list(range(1, 30))  # every row its own
    expected = {}
    for fids, versions in ((list(range(1, 65)), shared), (list(range(100, 129)), scattered)):
        copy.store(local, _rows(table, fids, versions))
        expected.update(zip(fids, versions, strict=True))
    stored = local.execute(
        f'SELECT fid, row_version, table_name FROM "{VERSIONS_TABLE}" ORDER BY id'
    ).fetchall()
    assert [(fid, version) for fid, version, _name in stored] == sorted(expected.items())
    assert {name for _fid, _version, name in stored} == {"check_silences"}
    assert copy.copied == 64 + 29


def test_columns_null_in_the_whole_table_are_left_out_and_values_keep_their_types():
    (table,) = [table for table in ddl.project_tables() if table.name == "stakeholders"]
    quick_binding()
    local = sqlite3.connect(":memory:")
    local.deserialize(_empty_project_image()[0])
    local.execute("PRAGMA ignore_check_constraints = ON")
    filled = {"geom", "notes", "website", "employees"}  # the optional columns holding a value somewhere
    copy = TableCopy(table, "geom", filled)
    copied = [column.name for column in table.columns if column.name in filled or not column.nullable]
    assert '"address"' not in copy.select and '"women_employees"' not in copy.select
    rows = [list(row) for row in _rows(table, [4, 5, 6], [1, 1, 2], copied)]
    rows[0][1 + copied.index("geom")] = geometry.encode(shapely.Point(-78.5, -0.25))
    rows[1][1 + copied.index("notes")] = ""  # an empty text is a value, not NULL
    rows[2][1 + copied.index("website")] = "https://example.org"
    rows[2][1 + copied.index("employees")] = None
    copy.store(local, [tuple(row) for row in rows])
    stored = local.execute(f"SELECT {', '.join(copied)} FROM stakeholders ORDER BY fid").fetchall()
    assert stored == [tuple(row[1:]) for row in rows]
    kinds = "typeof(geom), typeof(notes), typeof(website), typeof(employees), typeof(address)"
    assert local.execute(f"SELECT {kinds} FROM stakeholders ORDER BY fid").fetchall() == [
        ("blob", "null", "null", "integer", "null"),
        ("null", "text", "null", "integer", "null"),
        ("null", "null", "text", "null", "null"),
    ]
    versions = local.execute(f'SELECT fid, row_version FROM "{VERSIONS_TABLE}" ORDER BY fid').fetchall()
    assert versions == [(4, 1), (5, 1), (6, 2)]
    assert local.execute("SELECT ?, ?", (None, b"\x00GP")).fetchone() == (None, b"\x00GP")
    assert copy.envelopes()[0].tolist() == [4]


def test_a_large_chunk_goes_through_its_staging_table_unchanged(monkeypatch):
    (table,) = [table for table in ddl.project_tables() if table.name == "stakeholders"]
    count = checkout_rows._STAGED_FROM + 500
    rows = [list(row) for row in _rows(table, range(1, count + 1), [1] * count)]
    names = [column.name for column in table.columns]
    for i, row in enumerate(rows):
        row[1 + names.index("geom")] = None if i % 7 == 0 else geometry.encode(shapely.Point(i / 1000, 1))
        row[1 + names.index("employees")] = None if i % 5 == 0 else i
        row[1 + names.index("notes")] = None if i % 3 == 0 else f"note {i} ñ"
    rows = [tuple(row) for row in rows]
    stored = []
    for staged_from in (checkout_rows._STAGED_FROM, count + 1):  # through the staging table, then not
        monkeypatch.setattr(checkout_rows, "_STAGED_FROM", staged_from)
        local = sqlite3.connect(":memory:")
        local.deserialize(_empty_project_image()[0])
        local.execute("PRAGMA ignore_check_constraints = ON")
        copy = TableCopy(table, "geom")
        copy.store(local, rows)
        kinds = ", ".join(f"typeof({name})" for name in names)
        stored.append(local.execute(f"SELECT *, {kinds} FROM stakeholders ORDER BY fid").fetchall())
        staging = local.execute("SELECT name FROM temp.sqlite_master WHERE type = 'table'").fetchall()
        if staged_from <= count:  # left empty, in the connection's temporary database only
            assert staging == [("checkout_stakeholders",)]
            assert local.execute("SELECT count(*) FROM temp.checkout_stakeholders").fetchone()[0] == 0
        else:
            assert staging == []
    assert stored[0] == stored[1]
    assert [row[: len(names)] for row in stored[0]] == [row[1:] for row in rows]


def test_the_finished_database_is_written_page_for_page(tmp_path):
    local = sqlite3.connect(":memory:")
    local.deserialize(_empty_project_image()[0])
    local.execute("PRAGMA application_id = 1196444487")  # 'GPKG', kept in the file's header
    local.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)")
    local.executemany("INSERT INTO filler (text) VALUES (?)", [(f"row {i} " * 20,) for i in range(5000)])
    local.commit()
    target = tmp_path / "written.gpkg"
    write_image(local, target)
    image, written = local.serialize(), target.read_bytes()
    assert len(written) == len(image)
    # only counters of the header may differ: changes, schema changes and the version they are valid for
    counters = {*range(24, 28), *range(40, 44), *range(92, 96)}
    assert {i for i in range(len(image)) if image[i] != written[i]} <= counters
    assert sorted(path.name for path in tmp_path.iterdir()) == ["written.gpkg"]  # no journal left
    reread = sqlite3.connect(target)
    assert reread.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert reread.execute("PRAGMA application_id").fetchone()[0] == 1196444487
    assert reread.execute("SELECT count(*) FROM filler").fetchone()[0] == 5000
    reread.close()
