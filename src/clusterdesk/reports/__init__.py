"""Handouts for steering committees: the printed action-plan pack (ReportLab) and the offline web map
(folium). `build_pack` and `export_webmap` are plain functions taking progress and cancel, ready to run on
a worker thread."""

from __future__ import annotations

from typing import Any

__all__ = ["build_pack", "export_webmap"]


def __getattr__(name: str) -> Any:
    # Imported on first use: the pack does not need folium, nor the web map ReportLab
    if name == "build_pack":
        from clusterdesk.reports.pack import build_pack

        return build_pack
    if name == "export_webmap":
        from clusterdesk.reports.webmap import export_webmap

        return export_webmap
    raise AttributeError(f"module 'clusterdesk.reports' has no attribute {name!r}")
