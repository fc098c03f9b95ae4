"""A simple agency logo for each sample, drawn with numpy and written as PNG without image libraries.

The emblem is a coloured disc carrying a small network of three linked nodes, the usual picture of a
cluster. It is anti-aliased by drawing at four times the size and averaging, and the PNG bytes depend on
nothing but the colour, so the samples stay reproducible.
"""

from __future__ import annotations

import struct
import zlib

import numpy as np

SIZE = 240
_SUPERSAMPLE = 4
_NODES = ((0.50, 0.27), (0.29, 0.65), (0.71, 0.65))  # fractions of the width, y downwards
_NODE_RADIUS = 0.085
_LINK_HALF_WIDTH = 0.022
_DISC_RADIUS = 0.47


def _segment_distance(
    x: np.ndarray, y: np.ndarray, a: tuple[float, float], b: tuple[float, float]
) -> np.ndarray:
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    t = np.clip(((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy), 0.0, 1.0)
    return np.hypot(x - (ax + t * dx), y - (ay + t * dy))


def _coverage(size: int) -> tuple[np.ndarray, np.ndarray]:
    """(disc, emblem) coverage in 0..1 at `size` pixels."""
    fine = size * _SUPERSAMPLE
    centres = (np.arange(fine) + 0.5) / fine
    x, y = np.meshgrid(centres, centres)
    disc = np.hypot(x - 0.5, y - 0.5) <= _DISC_RADIUS
    emblem = np.zeros_like(disc)
    for i, node in enumerate(_NODES):
        emblem |= np.hypot(x - node[0], y - node[1]) <= _NODE_RADIUS
        emblem |= _segment_distance(x, y, node, _NODES[(i + 1) % len(_NODES)]) <= _LINK_HALF_WIDTH

    def shrink(mask: np.ndarray) -> np.ndarray:
        return mask.reshape(size, _SUPERSAMPLE, size, _SUPERSAMPLE).mean(axis=(1, 3))

    return shrink(disc), shrink(emblem & disc)


def _png(rgba: np.ndarray) -> bytes:
    height, width, _channels = rgba.shape

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + rgba[row].tobytes() for row in range(height))  # filter type 0 per row
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA, no interlace
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def agency_logo(colour: str, size: int = SIZE) -> bytes:
    """PNG bytes of the emblem in `colour` ('#rrggbb') on a transparent background."""
    red, green, blue = (int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    disc, emblem = _coverage(size)
    rgba = np.zeros((size, size, 4), dtype=np.float64)
    for channel, value in enumerate((red, green, blue)):
        rgba[..., channel] = value * (1 - emblem) + 255 * emblem  # the network is white on the disc
    rgba[..., 3] = 255 * disc
    return _png(np.round(rgba).astype(np.uint8))
