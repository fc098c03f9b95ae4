"""A real second SQLite program for the tests: the sqlite3 command-line shell, kept open on a file and
fed statements one at a time, the way QGIS or a user's shell holds a GeoPackage while ClusterDesk works."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SQLITE3 = shutil.which("sqlite3")
needs_sqlite3_shell = pytest.mark.skipif(SQLITE3 is None, reason="the sqlite3 shell is not installed")


class SqliteShell:
    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen(
            [SQLITE3, "-batch", str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self._count = 0
        self.pid = self.process.pid

    def run(self, sql: str) -> list[str]:
        """Run `sql` and return the lines it printed (the shell stays open afterwards)."""
        self._count += 1
        marker = f"--done-{self._count}--"
        self.process.stdin.write(f"{sql}\nSELECT '{marker}';\n")
        self.process.stdin.flush()
        lines = []
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise AssertionError(f"the sqlite3 shell ended; it printed: {lines}")
            if line.strip() == marker:
                return lines
            lines.append(line.rstrip("\n"))

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.write(".quit\n")
            self.process.stdin.flush()
            self.process.wait(timeout=30)

    def __enter__(self) -> SqliteShell:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
