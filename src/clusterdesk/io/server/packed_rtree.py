"""Filling an empty GeoPackage RTree index in one pass, for a checkout's hundred thousand features.

SQLite's R*-tree inserts one entry at a time (about 9 µs each: most of a checkout of 100,000 stakeholders
went there). A checkout knows every box at once, so it packs the tree instead (sort-tile-recursive, as
spatial databases bulk-load their indexes) and writes the R*-tree's own storage directly, in the format
SQLite's rtree module documents in its source (rtree.c): `<name>_node` holds nodes as blobs of the tree's
node size (2 bytes: depth, in the root only; 2 bytes: cell count; cells of a 64-bit id and four 32-bit
floats, big-endian, min rounded down and max up as SQLite rounds them), root node 1; `<name>_rowid`
maps each id to its leaf, `<name>_parent` each node but the root to its parent. SQLite's `rtreecheck()`
accepts the result, and queries and later inserts use it as any other tree.
"""

from __future__ import annotations

import math
import sqlite3

import numpy as np

_CELL = np.dtype([("id", ">i8"), ("minx", ">f4"), ("maxx", ">f4"), ("miny", ">f4"), ("maxy", ">f4")])
_HEADER = 4


# SQLite's rtree rounds a double that float32 cannot hold outwards by scaling it (rtreeValueDown/Up)
_TOWARDS, _AWAY = 1.0 - 1.0 / 8388608.0, 1.0 + 1.0 / 8388608.0


def _rounded_down(values: np.ndarray) -> np.ndarray:
    single = values.astype(np.float32)
    scaled = (values * np.where(values < 0, _AWAY, _TOWARDS)).astype(np.float32)
    return np.where(single.astype(np.float64) > values, scaled, single)


def _rounded_up(values: np.ndarray) -> np.ndarray:
    single = values.astype(np.float32)
    scaled = (values * np.where(values < 0, _TOWARDS, _AWAY)).astype(np.float32)
    return np.where(single.astype(np.float64) < values, scaled, single)


def _tiles(cells: np.ndarray, capacity: int) -> tuple[np.ndarray, np.ndarray]:
    """Sort-tile-recursive grouping of cells into nodes of at most `capacity` cells: the order of the
    cells, node by node, and where each node starts in that order."""
    count = len(cells)
    nodes = math.ceil(count / capacity)
    slices = math.ceil(math.sqrt(nodes))
    centre_x = cells["minx"].astype(np.float64) + cells["maxx"]
    centre_y = cells["miny"].astype(np.float64) + cells["maxy"]
    by_x = np.argsort(centre_x, kind="stable")
    per_slice = slices * capacity
    order = np.empty(count, dtype=np.int64)
    starts = []
    for start in range(0, count, per_slice):
        part = by_x[start : start + per_slice]
        order[start : start + len(part)] = part[np.argsort(centre_y[part], kind="stable")]
        starts.append(np.arange(start, start + len(part), capacity))
    return order, np.concatenate(starts)


def _parents(ordered: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """One cell per node, numbered by its position, with the box around the node's cells."""
    boxes = np.empty(len(starts), dtype=_CELL)
    boxes["id"] = np.arange(len(starts))
    for edge, reduce in (
        ("minx", np.minimum),
        ("maxx", np.maximum),
        ("miny", np.minimum),
        ("maxy", np.maximum),
    ):
        boxes[edge] = reduce.reduceat(ordered[edge], starts)
    return boxes


def pack(connection: sqlite3.Connection, rtree: str, ids, minx, maxx, miny, maxy) -> None:
    """Fill the empty RTree `rtree` with one box per id (coordinates as float64 arrays)."""
    node_size = connection.execute(f'SELECT length(data) FROM "{rtree}_node" WHERE nodeno = 1').fetchone()[0]
    capacity = (node_size - _HEADER) // _CELL.itemsize
    cells = np.empty(len(ids), dtype=_CELL)
    cells["id"] = np.asarray(ids, dtype=np.int64)
    cells["minx"], cells["maxx"] = _rounded_down(np.asarray(minx)), _rounded_up(np.asarray(maxx))
    cells["miny"], cells["maxy"] = _rounded_down(np.asarray(miny)), _rounded_up(np.asarray(maxy))
    if len(cells) == 0:
        return
    levels = []  # (cells in node order, where each node starts), from the leaves up to the root
    while True:
        order, starts = _tiles(cells, capacity)
        ordered = cells[order]
        levels.append((ordered, starts))
        if len(starts) == 1:
            break
        cells = _parents(ordered, starts)
    # Number the nodes: the root is 1, then level by level from the top
    first, following = [0] * len(levels), 1
    for height in reversed(range(len(levels))):
        first[height] = following
        following += len(levels[height][1])
    depth = len(levels) - 1
    node_rows, rowid_rows, parent_rows = [], [], []
    for height, (ordered, starts) in enumerate(levels):
        sizes = np.diff(np.append(starts, len(ordered)))
        nodenos = np.repeat(np.arange(first[height], first[height] + len(starts)), sizes)
        if height > 0:
            # an inner node's cells carry the number of their node in the level below
            ordered["id"] += first[height - 1]
            parent_rows += zip(ordered["id"].tolist(), nodenos.tolist(), strict=True)
        else:
            by_id = np.argsort(ordered["id"], kind="stable")  # appended in key order: no page splits
            rowid_rows = list(zip(ordered["id"][by_id].tolist(), nodenos[by_id].tolist(), strict=True))
        data = ordered.tobytes()
        for index, (start, size) in enumerate(zip(starts.tolist(), sizes.tolist(), strict=True)):
            nodeno = first[height] + index
            header = (depth if nodeno == 1 else 0).to_bytes(2, "big") + size.to_bytes(2, "big")
            cells_data = data[start * _CELL.itemsize : (start + size) * _CELL.itemsize]
            node_rows.append((nodeno, header + cells_data + bytes(node_size - _HEADER - len(cells_data))))
    connection.execute(f'DELETE FROM "{rtree}_node"')
    connection.executemany(f'INSERT INTO "{rtree}_node" (nodeno, data) VALUES (?, ?)', node_rows)
    connection.executemany(f'INSERT INTO "{rtree}_rowid" (rowid, nodeno) VALUES (?, ?)', rowid_rows)
    connection.executemany(f'INSERT INTO "{rtree}_parent" (nodeno, parentnode) VALUES (?, ?)', parent_rows)
