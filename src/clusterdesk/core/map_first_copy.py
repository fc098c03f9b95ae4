"""Opening for the map first: the working copy is made on another thread while this one reads the
stakeholders' points from the file, so a large project is on the map in the time of the longer of the
two rather than of both. The other thread then reads the relations' ends from the copy.

Nothing is written meanwhile: `Project.open` returns only once the copy is complete, and the geometry
part of the structure check is done by then too, so a file with unreadable geometries is refused in the
same words as before. The points are those of the copy: both are read in read transactions that begin
while the file's commit marks (`FileLink.marks`) stay the same; when another program commits in between,
the points read are dropped and the project reads them from its copy when first asked.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from clusterdesk.core.file_link import FileLink
from clusterdesk.core.model import FEATURE_TABLES
from clusterdesk.core.relation_ends import RelationEnds, read_relation_ends
from clusterdesk.core.stakeholder_points import StakeholderPoints, read_checking_geometries
from clusterdesk.core.structure import bad_geometry_counts

POINT_TABLE = "stakeholders"


@dataclass
class MapFirstCopy:
    """What the copy and the reading found: the points (None when they must be read from the copy), the
    relations' ends (read from the copy) and the unreadable geometries per feature table (tables that
    hold some only)."""

    points: StakeholderPoints | None
    relation_ends: RelationEnds | None
    bad_geometries: dict[str, int] = field(default_factory=dict)


def copy_reading_points(link: FileLink, source: sqlite3.Connection, working: Path) -> MapFirstCopy:
    """Copy `link`'s file to the new file `working` on another thread while the points are read from
    `source`, a read-only connection to the file on this thread; each side checks the geometries of its
    tables. Errors of the copy are raised here, after the reading is done."""
    before = link.marks()
    locked = threading.Event()
    copied: Future = Future()
    thread = threading.Thread(
        target=_copy_and_check, args=(link, working, locked, copied), name="working-copy", daemon=True
    )
    thread.start()
    try:
        source.execute("BEGIN")  # one version of the file for every query of the reading
        try:
            points, bad_points = read_checking_geometries(source)
        finally:
            source.commit()
        locked.wait()
        unchanged = link.marks() == before
    finally:
        bad, ends = copied.result()  # waits for the copy, and raises what stopped it
    if not unchanged:  # another program committed meanwhile: the copy alone says what the project holds
        with _read_only(working) as copy:
            return MapFirstCopy(None, ends, bad_geometry_counts(copy, FEATURE_TABLES))
    counts = {**bad, POINT_TABLE: bad_points} if bad_points else bad
    return MapFirstCopy(points, ends, {table: counts[table] for table in FEATURE_TABLES if table in counts})


def _copy_and_check(link: FileLink, working: Path, locked: threading.Event, copied: Future) -> None:
    try:
        link.copy_into(working, on_locked=locked.set)
        locked.set()
        with _read_only(working) as copy:  # closed before the project opens its own connection
            counts = bad_geometry_counts(copy, [t for t in FEATURE_TABLES if t != POINT_TABLE])
            ends = read_relation_ends(copy)
        copied.set_result((counts, ends))
    except BaseException as error:  # noqa: BLE001 - raised on the opening thread
        copied.set_exception(error)
    finally:
        locked.set()


def _read_only(path: Path) -> contextlib.closing[sqlite3.Connection]:
    return contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True))
