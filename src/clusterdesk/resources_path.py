"""Locating the bundled resources/ and ui/ folders in an installed wheel or a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parents[1]


def _locate(name: str) -> Path:
    for candidate in (_PACKAGE / name, _CHECKOUT / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"ClusterDesk's {name}/ folder is missing; reinstall ClusterDesk.")


def resources_dir() -> Path:
    return _locate("resources")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def ui_dir() -> Path:
    return _locate("ui")
