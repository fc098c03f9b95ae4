"""Which OpenStreetMap extract a project uses as its offline street basemap, remembered per user.

Kept in `osm_extracts.json` of the user's data folder, keyed by the project's UUID (its path for a project
without one), so a moved or renamed project, and the snapshot a report is built from, find it again; the
project file itself is never changed for it. Each entry names the extract and its cache
(`io.osm_extract.cache_path_for`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.userdirs import data_dir

FILE_NAME = "osm_extracts.json"


@dataclass(frozen=True)
class ExtractChoice:
    extract: Path
    cache: Path


def project_key(project) -> str:
    """The project's UUID, or its absolute path when it has none."""
    try:
        uuid = project.info().uuid
    except ClusterDeskError:
        uuid = None
    if uuid:
        return f"uuid:{uuid}"
    return f"path:{Path(project.path).absolute()}" if project.path else "untitled"


def _store() -> Path:
    return data_dir() / FILE_NAME


def _read() -> dict[str, dict[str, str]]:
    try:
        found = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _write(entries: dict[str, dict[str, str]]) -> None:
    target = _store()
    partial = target.with_name(f".{target.name}.{os.getpid()}")
    partial.write_text(json.dumps(entries, indent=1, ensure_ascii=False), encoding="utf-8")
    partial.replace(target)


def remember_extract(project, extract: str | Path, cache: str | Path) -> None:
    entries = _read()
    entries[project_key(project)] = {
        "extract": str(Path(extract).absolute()),
        "cache": str(Path(cache).absolute()),
    }
    _write(entries)


def forget_extract(project) -> None:
    entries = _read()
    if entries.pop(project_key(project), None) is not None:
        _write(entries)


def remembered_extract(project) -> ExtractChoice | None:
    entry = _read().get(project_key(project))
    if not isinstance(entry, dict) or not entry.get("extract") or not entry.get("cache"):
        return None
    return ExtractChoice(Path(entry["extract"]), Path(entry["cache"]))
