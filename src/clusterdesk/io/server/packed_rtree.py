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


def _tiles(cells: np.ndarray, capacity: int) -> list[np.ndarray]:
    """Sort-tile-recursive grouping of cells into nodes of at most `capacity` cells."""
    count = len(cells)
    nodes = math.ceil(count / capacity)
    slices = math.ceil(math.sqrt(nodes))
    centre_x = cells["minx"].astype(np.float64) + cells["maxx"]
    centre_y = cells["miny"].astype(np.float64) + cells["maxy"]
    by_x = np.argsort(centre_x, kind="stable")
    per_slice = slices * capacity
    groups = []
    for start in range(0, count, per_slice):
        part = by_x[start : start + per_slice]
        part = part[np.argsort(centre_y[part], kind="stable")]
        groups += [cells[part[i : i + capacity]] for i in range(0, len(part), capacity)]
    return groups


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
    levels = [_tiles(cells, capacity)]
    while len(levels[-1]) > 1:
        boxes = np.empty(len(levels[-1]), dtype=_CELL)
        for i, group in enumerate(levels[-1]):
            boxes[i] = (i, group["minx"].min(), group["maxx"].max(), group["miny"].min(), group["maxy"].max())
        levels.append(_tiles(boxes, capacity))
    # Number the nodes: the root is 1, then level by level from the top
    numbers: list[list[int]] = []
    following = 1
    for level in reversed(levels):
        numbers.insert(0, list(range(following, following + len(level))))
        following += len(level)
    depth = len(levels) - 1
    node_rows, rowid_rows, parent_rows = [], [], []
    for height, level in enumerate(levels):
        for index, group in enumerate(level):
            nodeno = numbers[height][index]
            group = group.copy()
            if height > 0:
                # an inner node's cells carry the position of their node in the level below
                group["id"] = [numbers[height - 1][child] for child in group["id"]]
                parent_rows += [(int(child), nodeno) for child in group["id"]]
            else:
                rowid_rows += [(int(fid), nodeno) for fid in group["id"]]
            header = (depth if nodeno == 1 else 0).to_bytes(2, "big") + len(group).to_bytes(2, "big")
            blob = header + group.tobytes()
            node_rows.append((nodeno, blob + bytes(node_size - len(blob))))
    connection.execute(f'DELETE FROM "{rtree}_node"')
    connection.executemany(f'INSERT INTO "{rtree}_node" (nodeno, data) VALUES (?, ?)', node_rows)
    connection.executemany(f'INSERT INTO "{rtree}_rowid" (rowid, nodeno) VALUES (?, ?)', rowid_rows)
    connection.executemany(f'INSERT INTO "{rtree}_parent" (nodeno, parentnode) VALUES (?, ?)', parent_rows)
