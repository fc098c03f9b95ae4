"""Geometries between GeoPackage blobs and PostGIS.

To the server: hex EWKB (WKB with SRID 4326), which PostGIS's geometry input reads, also inside COPY.
From the server: GeoPackage blobs as ClusterDesk writes them (`core.geometry.encode`), built by the server
itself: points as header + ST_AsBinary, without an envelope (`point_blob_sql`); other types with their XY
envelope (`checkout_rows`). The spatial index of a checkout reads the envelopes back out of the blobs.
"""

from __future__ import annotations

import numpy as np
import shapely

from clusterdesk.core import geometry
from clusterdesk.core.geometry import WGS84_SRS_ID

# The GeoPackage header of a little-endian point in EPSG:4326 (flags 0x01), and of an empty one (0x11)
_POINT_HEADER_HEX = "47500001e6100000"
_EMPTY_POINT_HEADER_HEX = "47500011e6100000"
_ENVELOPE_FLAGS = 0x03  # little-endian, with an XY envelope


def point_blob_sql(column: str) -> str:
    """SQL giving the GeoPackage blob of a POINT column, byte for byte what core.geometry.encode writes."""
    wkb = f"ST_AsBinary({column}, 'NDR')"
    return (
        f"CASE WHEN {column} IS NULL THEN NULL"
        f" WHEN ST_IsEmpty({column}) THEN '\\x{_EMPTY_POINT_HEADER_HEX}'::bytea || {wkb}"
        f" ELSE '\\x{_POINT_HEADER_HEX}'::bytea || {wkb} END"
    )


def to_ewkb_hex(blobs: list[bytes | None]) -> list[str | None]:
    """Hex EWKB (SRID 4326) of GeoPackage blobs; NULL and unreadable blobs give None."""
    shapes = np.array([geometry.decode(blob) for blob in blobs], dtype=object)
    present = np.array([shape is not None for shape in shapes], dtype=bool)
    result: list[str | None] = [None] * len(blobs)
    if present.any():
        found = shapely.set_srid(shapes[present], WGS84_SRS_ID)
        encoded = shapely.to_wkb(found, hex=True, include_srid=True, output_dimension=2, byte_order=1)
        for index, text in zip(np.flatnonzero(present), encoded, strict=True):
            result[index] = text
    return result


_POINT_BLOB_SIZE = 29  # header (8 bytes) + WKB point (byte order, type, x, y)
_NO_POINT = bytes(_POINT_BLOB_SIZE)  # stands for NULL: flags 0, never taken for a point


def point_envelopes(fids: list[int], blobs: list) -> tuple:
    """(fids, minx, maxx, miny, maxy) as arrays of the points among GeoPackage point blobs as the server
    builds them (`point_blob_sql`); NULL and empty points are left out, as ST_XMin leaves them out."""
    data = b"".join([_NO_POINT if blob is None else blob for blob in blobs] if None in blobs else blobs)
    if len(data) != _POINT_BLOB_SIZE * len(blobs):  # not all in the server's fixed form: read each one
        return _decoded_envelopes(fids, blobs)
    cells = np.frombuffer(data, dtype=np.uint8).reshape(-1, _POINT_BLOB_SIZE)
    points = cells[:, 3] == 0x01  # flags: little-endian, no envelope, not empty
    xs = cells[points, 13:21].copy().view("<f8").ravel().astype(np.float64)
    ys = cells[points, 21:29].copy().view("<f8").ravel().astype(np.float64)
    return np.asarray(fids, dtype=np.int64)[points], xs, xs, ys, ys


def _decoded_envelopes(fids: list[int], blobs: list) -> tuple:
    shapes = [None if blob is None else geometry.decode(bytes(blob)) for blob in blobs]
    kept = [
        (fid, shape)
        for fid, shape in zip(fids, shapes, strict=True)
        if shape is not None and not shape.is_empty
    ]
    xs = np.array([shape.x for _fid, shape in kept], dtype=np.float64)
    ys = np.array([shape.y for _fid, shape in kept], dtype=np.float64)
    return np.array([fid for fid, _shape in kept], dtype=np.int64), xs, xs, ys, ys


def header_envelopes(fids: list[int], blobs: list) -> tuple:
    """(fids, minx, maxx, miny, maxy) as arrays of the XY envelopes in the headers of GeoPackage blobs (as
    the server builds them for lines and polygons); NULL and empty geometries, which have none, are left
    out, as ST_XMin leaves them out."""
    chosen = [
        (fid, blob[8:40])
        for fid, blob in zip(fids, blobs, strict=True)
        if blob is not None and blob[3] == _ENVELOPE_FLAGS
    ]
    boxes = np.frombuffer(b"".join(box for _fid, box in chosen), dtype="<f8").reshape(-1, 4)
    return np.array([fid for fid, _box in chosen], dtype=np.int64), *boxes.T.astype(np.float64)
