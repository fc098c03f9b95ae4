"""The blocks of an .osm.pbf file, as far as GDAL's OSM driver cares: how each one is compressed.

An .osm.pbf is a sequence of blocks, each a 4-byte length, a small header naming its type and size, and a
blob holding the data raw or compressed (zlib in every extract Geofabrik, BBBike or `osmium extract`
write; lz4 and zstd are newer options of libosmium). GDAL reads raw and zlib blocks only, and a block in
another compression reads as nothing, without an error. It also refuses, as a safeguard against damaged
files, a zlib block that would grow more than 100 times when uncompressed ("Excessive uncompressed vs
compressed ratio"); real data compress about 2:1, only machine-made grids of identical ways come near.
Reading the headers (a few bytes per block) tells a user which of these stops the conversion before GDAL
spends minutes on the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from clusterdesk.core.catalogue import tr

GDAL_MAX_RATIO = 100  # ogr/ogrsf_frmts/osm/osm_parser.cpp: nUncompressedSize / 100 > nZlibCompressedSize
_METHODS = {1: "raw", 3: "zlib", 4: "lzma", 5: "bzip2", 6: "lz4", 7: "zstd"}  # fileformat.proto, Blob
_HEADER_LIMIT = 64 * 1024  # the format's own limit for a block header
_BLOB_START = 64  # enough of a blob for its raw_size and the tag and length of its data


@dataclass(frozen=True)
class PbfBlock:
    kind: str  # "OSMHeader" or "OSMData"
    method: str  # "raw", "zlib", "lz4", "zstd", "lzma" or "bzip2"
    raw_size: int  # bytes once uncompressed (the stored size for a raw block)
    stored_size: int  # bytes of data in the file

    @property
    def ratio(self) -> float:
        return self.raw_size / self.stored_size if self.stored_size else 0.0


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if at >= len(data) or shift > 63:
            raise ValueError("truncated varint")
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def _fields(data: bytes, stop_at_bytes: bool = False):
    """(field number, value) of a protobuf message: ints for varints, (length, bytes so far) otherwise."""
    at = 0
    while at < len(data):
        key, at = _varint(data, at)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, at = _varint(data, at)
            yield number, value
        elif wire == 2:
            length, at = _varint(data, at)
            yield number, (length, data[at : at + length])
            if stop_at_bytes:
                return
            at += length
        else:
            raise ValueError(f"unexpected wire type {wire}")


def pbf_blocks(path: str | Path) -> list[PbfBlock] | None:
    """The blocks of `path`, or None when it is not an .osm.pbf (an .osm XML file, another format) or
    breaks off before its first data block. A file cut short later gives the blocks read until then."""
    blocks: list[PbfBlock] = []
    with Path(path).open("rb") as handle:
        while True:
            length_bytes = handle.read(4)
            if len(length_bytes) < 4:
                break
            header_length = int.from_bytes(length_bytes, "big")
            if not 0 < header_length <= _HEADER_LIMIT:
                return blocks or None
            try:
                header = dict(_fields(handle.read(header_length)))
                kind = header[1][1].decode("ascii")
                blob_size = header[3]
                start = handle.read(min(blob_size, _BLOB_START))
                raw_size, method, stored = 0, "", 0
                for number, value in _fields(start, stop_at_bytes=True):
                    if number == 2:
                        raw_size = value
                    elif number in _METHODS:
                        method, stored = _METHODS[number], value[0]
            except (KeyError, ValueError, UnicodeDecodeError, TypeError, IndexError):
                return blocks or None
            if kind not in ("OSMHeader", "OSMData") or not method:
                return blocks or None
            blocks.append(PbfBlock(kind, method, raw_size if method != "raw" else stored, stored))
            handle.seek(blob_size - len(start), 1)
    return blocks or None


def unreadable_blocks(blocks: list[PbfBlock]) -> tuple[str, list[PbfBlock]] | None:
    """("compression", blocks) when GDAL reads some blocks as nothing, ("ratio", blocks) when it refuses
    some for their compression ratio, None when it reads them all."""
    other = [b for b in blocks if b.method not in ("raw", "zlib")]
    if other:
        return "compression", other
    dense = [b for b in blocks if b.method == "zlib" and b.raw_size // GDAL_MAX_RATIO > b.stored_size]
    if dense:
        return "ratio", dense
    return None


def unreadable_reason(path: str | Path, language: str | None) -> str | None:
    """Why GDAL would not read all of the .osm.pbf `path`, with the osmium command that writes a copy it
    reads; None when it reads every block (or `path` is not an .osm.pbf: GDAL then says what it finds)."""
    path = Path(path)
    blocks = pbf_blocks(path)
    problem = unreadable_blocks(blocks) if blocks else None
    if problem is None:
        return None
    stem = path.name.removesuffix(".pbf").removesuffix(".osm")
    kind, found = problem
    if kind == "compression":
        return tr(
            "osm_extract:block_compression",
            "its blocks are compressed with {method}, which GDAL cannot read. Write it again with zlib "
            "compression (osmium cat {file} -o {copy} -f pbf).",
            language,
            method=found[0].method,
            file=path.name,
            copy=f"{stem}-zlib.osm.pbf",
        )
    return tr(
        "osm_extract:block_ratio",
        "its blocks are compressed more than 100 to 1, which GDAL refuses as a safeguard against damaged "
        "files. Write it again without compression "
        "(osmium cat {file} -o {copy} -f pbf,pbf_compression=none).",
        language,
        file=path.name,
        copy=f"{stem}-uncompressed.osm.pbf",
    )
