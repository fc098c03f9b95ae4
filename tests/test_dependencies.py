"""The packages pyproject.toml declares are the ones the code imports: an import of an undeclared
package works only while another package happens to bring it along, and a declared package nothing
imports is a needless install."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys

import pytest

from conftest import REPO

tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")

PACKAGE = REPO / "src" / "clusterdesk"
# Imported only when installed; the code works without them
OPTIONAL_IMPORTS = {"osgeo_utils": "gdal-utils runs GDAL's GeoPackage validator when it is installed"}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared_distributions() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_normal(re.match(r"[A-Za-z0-9._-]+", spec).group()) for spec in project["dependencies"]}


def imported_top_level_names() -> set[str]:
    names = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"clusterdesk"} - set(OPTIONAL_IMPORTS)


def imported_distributions() -> dict[str, str]:
    """Distribution (normalised) of each imported third-party name."""
    providers = importlib.metadata.packages_distributions()
    return {name: _normal(providers[name][0]) for name in imported_top_level_names()}


def test_every_imported_package_is_declared():
    declared = declared_distributions()
    undeclared = {name: dist for name, dist in imported_distributions().items() if dist not in declared}
    assert not undeclared, f"imported but not in pyproject.toml's dependencies: {undeclared}"


def test_every_declared_package_is_imported():
    unused = declared_distributions() - set(imported_distributions().values())
    assert not unused, f"declared in pyproject.toml but imported nowhere in src/clusterdesk: {unused}"
