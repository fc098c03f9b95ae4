"""Which programs have a file open, where the system tells (Linux /proc), for messages such as
"QGIS (process 4242) is writing to it"."""

from __future__ import annotations

import os
from pathlib import Path

from clusterdesk.core.catalogue import messages_language, tr

KNOWN_PROGRAMS = {
    "qgis": "QGIS",
    "qgis-bin": "QGIS",
    "sqlite3": "the sqlite3 shell",
    "clusterdesk": "ClusterDesk",
}


def programs_using(path: Path) -> list[tuple[int, str]]:
    """(process id, program name) of other processes with `path` open; empty where unknown."""
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    wanted = os.path.realpath(path)
    found = []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            descriptors = list((entry / "fd").iterdir())
        except OSError:
            continue  # gone, or another user's process
        for descriptor in descriptors:
            try:
                if os.readlink(descriptor) == wanted:
                    found.append((int(entry.name), _program_name(entry)))
                    break
            except OSError:
                continue
    return found


def _program_name(entry: Path) -> str:
    try:
        command = (entry / "cmdline").read_bytes().split(b"\0")
        executable = Path(command[0].decode(errors="replace")).name
        if executable.startswith("python") and len(command) > 1:  # ClusterDesk started as "python -m ..."
            executable = Path(command[1].decode(errors="replace")).name or executable
        if "clusterdesk" in b" ".join(command).decode(errors="replace").lower():
            executable = "clusterdesk"
        return KNOWN_PROGRAMS.get(executable.lower(), executable)
    except (OSError, IndexError):
        return "another program"


def describe_users(path: Path) -> str:
    """'QGIS (process 4242)' or 'another program' for a message."""
    users = programs_using(path)
    language = messages_language()
    if not users:
        return tr("users:another_program", "another program", language)
    shell = tr("users:sqlite3_shell", "the sqlite3 shell", language)
    return ", ".join(
        tr(
            "users:program",
            "{name} (process {pid})",
            language,
            pid=pid,
            name=shell if name == KNOWN_PROGRAMS["sqlite3"] else name,
        )
        for pid, name in users[:3]
    )
