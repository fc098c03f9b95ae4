"""Checks on the parts of a shapefile before GDAL reads it.

GDAL reads what it can: a shapefile without its .dbf loses every attribute and a truncated .shp quietly
loses its last features. Both would import the wrong stakeholders without a word, so the parts are
checked against the lengths their own headers declare.
"""

from __future__ import annotations

import struct
from pathlib import Path

from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.io.errors import ImportFileError

_SHAPEFILE_CODE = 9994


def sibling(path: Path, extension: str) -> Path | None:
    """The part of a shapefile with `extension` (any letter case), or None when it is missing."""
    for candidate in (path.with_suffix(extension.lower()), path.with_suffix(extension.upper())):
        if candidate.exists():
            return candidate
    folder_match = [p for p in path.parent.glob(f"{path.stem}.*") if p.suffix.lower() == extension.lower()]
    return folder_match[0] if folder_match else None


def _declared_length(part: Path) -> int:
    with open(part, "rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or struct.unpack(">i", header[0:4])[0] != _SHAPEFILE_CODE:
        raise ImportFileError(
            tr(
                "shapefile:bad_header",
                "{file} is not a valid shapefile part: its header is missing or damaged.",
                messages_language(),
                file=part.name,
            )
        )
    return struct.unpack(">i", header[24:28])[0] * 2


def _dbf_layout(part: Path) -> tuple[int, int]:
    """(number of records, expected file size) declared by a .dbf header."""
    with open(part, "rb") as handle:
        header = handle.read(32)
    if len(header) < 32:
        raise ImportFileError(
            tr("shapefile:short_header", "{file} is damaged: its header is incomplete.", messages_language(),
               file=part.name)
        )  # fmt: skip
    records, header_length, record_length = struct.unpack("<IHH", header[4:12])
    return records, header_length + records * record_length


def check_shapefile(path: Path) -> list[str]:
    """Raise ImportFileError when a required part is missing or truncated; return notes for the user."""
    language = messages_language()
    missing = [path.stem + ext for ext in (".shx", ".dbf") if sibling(path, ext) is None]
    if missing:
        raise ImportFileError(
            tr_plural(
                "shapefile:incomplete",
                "{file} is incomplete: {parts} is missing. A shapefile is several files with the same name "
                "(.shp, .shx, .dbf, .prj, .cpg); copy all of them into the same folder.",
                "{file} is incomplete: {parts} are missing. A shapefile is several files with the same name "
                "(.shp, .shx, .dbf, .prj, .cpg); copy all of them into the same folder.",
                len(missing),
                language,
                file=path.name,
                parts=missing[0]
                if len(missing) == 1
                else tr("decoding:and", "{head} and {last}", language, head=missing[0], last=missing[1]),
            )
        )
    for part in (path, sibling(path, ".shx")):
        declared, actual = _declared_length(part), part.stat().st_size
        if actual < declared:
            raise ImportFileError(
                tr(
                    "shapefile:truncated",
                    "{file} is truncated ({actual} of {declared} bytes): the copy was interrupted. "
                    "Copy the shapefile again from its source.",
                    language,
                    file=part.name,
                    actual=actual,
                    declared=declared,
                )
            )
    dbf = sibling(path, ".dbf")
    records, expected = _dbf_layout(dbf)
    if dbf.stat().st_size < expected:
        raise ImportFileError(
            tr(
                "shapefile:dbf_truncated",
                "{file} is truncated ({actual} of {declared} bytes): some attribute rows are missing. "
                "Copy the shapefile again from its source.",
                language,
                file=dbf.name,
                actual=dbf.stat().st_size,
                declared=expected,
            )
        )
    shapes = (sibling(path, ".shx").stat().st_size - 100) // 8
    if shapes != records:
        raise ImportFileError(
            tr(
                "shapefile:disagree",
                "{file} and {dbf} disagree: {shapes} shapes but {records} attribute rows. "
                "The parts come from different versions of the layer; copy them again together.",
                language,
                file=path.name,
                dbf=dbf.name,
                shapes=shapes,
                records=records,
            )
        )
    notes = []
    if sibling(path, ".cpg") is None:
        notes.append(
            tr(
                "shapefile:no_cpg",
                "{file} is missing: attribute text read with the encoding the .dbf declares",
                language,
                file=f"{path.stem}.cpg",
            )
        )
    return notes
