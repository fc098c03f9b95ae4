"""Recovery copies: what autosave leaves in the per-user recovery folder, and finding those of sessions
that ended without closing (a crash, a kill, a power cut)."""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from clusterdesk.core.processes import written_by_running_process
from clusterdesk.core.safe_write import remove_stale_temporaries_in
from clusterdesk.core.userdirs import recovery_dir


@dataclass(frozen=True)
class RecoveryCopy:
    path: Path
    original: Path | None
    cluster_name: str
    saved_at: str
    original_stamp: list[int] | None = None  # the original file as the crashed session last saw it

    def discard(self) -> None:
        for item in (self.path, self.path.with_suffix(".json")):
            item.unlink(missing_ok=True)


def write_sidecar(copy_path: Path, **facts) -> None:
    """Describe a recovery copy next to it; replaced atomically so a crash never leaves half a sidecar."""
    sidecar = copy_path.with_suffix(".json")
    staging = sidecar.with_name(f".{sidecar.name}.saving-{os.getpid()}")
    staging.write_text(json.dumps({**facts, "pid": os.getpid()}), encoding="utf-8")
    os.replace(staging, sidecar)


def _held_by_another_running_instance(sidecar: Path, pid: object) -> bool:
    """True when the copy belongs to another ClusterDesk that is still running (not a crash).

    The owner rewrites the sidecar at every autosave, so a live process with that id which started after
    the sidecar was written is not its owner (ids are reused, after a reboot most of all).
    """
    if not isinstance(pid, int) or pid == os.getpid():
        return False
    return written_by_running_process(sidecar, pid)


def _cluster_name_of(copy_path: Path) -> str:
    try:
        connection = sqlite3.connect(f"{copy_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT cluster_name FROM project_info ORDER BY fid LIMIT 1").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return ""
    return row[0] if row and row[0] else ""


def recovery_copies() -> list[RecoveryCopy]:
    """Recovery copies left by sessions that did not close normally, newest first."""
    folder = recovery_dir()
    remove_stale_temporaries_in(folder)  # a kill during autosave leaves its half-written copy
    found = []
    for sidecar in folder.glob("*.json"):
        copy_path = sidecar.with_suffix(".gpkg")
        if not copy_path.exists():
            sidecar.unlink(missing_ok=True)
            continue
        try:
            data = json.loads(sidecar.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError
        except (OSError, ValueError):
            data = {}  # a damaged sidecar must not hide the work: offer the copy with what it holds itself
        if _held_by_another_running_instance(sidecar, data.get("pid")):
            continue
        original = Path(data["original"]) if isinstance(data.get("original"), str) else None
        name = data.get("cluster_name") or _cluster_name_of(copy_path)
        saved_at = data.get("saved_at") or ""
        stamp = data.get("original_stamp") if isinstance(data.get("original_stamp"), list) else None
        found.append(RecoveryCopy(copy_path, original, str(name), str(saved_at), stamp))
    return sorted(found, key=lambda c: c.saved_at, reverse=True)
