"""The layering rules of docs/architecture.md, checked on the source: the import-linter contracts in
pyproject.toml, plus the two rules import-linter cannot express because they concern submodules of an
external package (QtWidgets only in clusterdesk.gui) or code outside the package (the QGIS plugin)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from conftest import REPO

PACKAGE = REPO / "src" / "clusterdesk"
QGIS_PLUGIN = REPO / "plugins" / "clusterdesk_qgis"


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, dotted name) of everything a file imports; `from X import Y` counts as X.Y."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
    return found


def offending_imports(files: list[Path], forbidden: tuple[str, ...], root: Path = REPO) -> list[str]:
    """`file:line imports module` for every import of a forbidden module or one of its submodules."""
    problems = []
    for path in files:
        for line, module in imported_modules(path):
            if any(module == name or module.startswith(name + ".") for name in forbidden):
                problems.append(f"{path.relative_to(root)}:{line} imports {module}")
    return problems


def test_import_linter_contracts_are_kept():
    # In a subprocess so that modules imported by other tests do not matter, without the cache so that
    # nothing is written into the checkout.
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True))",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "0 broken" in output, output


def test_only_gui_uses_qt_widgets():
    outside_gui = [p for p in PACKAGE.rglob("*.py") if (PACKAGE / "gui") not in p.parents]
    assert outside_gui, "no source files found"
    assert offending_imports(outside_gui, ("PySide6.QtWidgets",)) == []


def test_qgis_plugin_uses_only_qgis_qt_bindings():
    # QGIS runs its own Qt; PySide6 or a direct PyQt import would clash with it or break on QGIS 4.
    plugin_files = list(QGIS_PLUGIN.rglob("*.py"))
    assert offending_imports(plugin_files, ("PySide6", "shiboken6", "PyQt5", "PyQt6")) == []


def test_import_scan_finds_forbidden_imports(tmp_path):
    """The scanner itself catches every spelling of a widgets import."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import PySide6.QtWidgets\nfrom PySide6 import QtWidgets\nfrom PySide6.QtWidgets import QLabel\n"
        "from PySide6 import QtGui\n",
        encoding="utf-8",
    )
    assert offending_imports([sample], ("PySide6.QtWidgets",), root=tmp_path) == [
        "sample.py:1 imports PySide6.QtWidgets",
        "sample.py:2 imports PySide6.QtWidgets",
        "sample.py:3 imports PySide6.QtWidgets.QLabel",
    ]
