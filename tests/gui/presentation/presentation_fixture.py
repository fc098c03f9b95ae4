"""A small project with a presentation of map and ready-made slides, for the presentation tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from clusterdesk.core import edits as core_edits
from clusterdesk.core import presentation_edits as edits
from clusterdesk.core.project import Project
from clusterdesk.core.workspace import Workspace

WHOLE = (-78.4, 0.1, -78.0, 0.5)
CLOSE = (-78.25, 0.30, -78.18, 0.36)


def build_presentation_project(path: Path) -> Path:
    project = Project.new(path, "Atuntaqui garments", country="EC", sector_code="1410")
    try:
        project.stack.push(core_edits.AddStakeholders([
            {"name": "Textiles Imbabura", "lon": -78.214, "lat": 0.332, "employees": 40},
            {"name": "Hilados del Norte", "kind": "supplier", "lon": -78.130, "lat": 0.360},
            {"name": "Cámara de Comercio", "kind": "business_association", "lon": -78.262, "lat": 0.234},
        ]))  # fmt: skip
        project.stack.push(edits.add_presentation(project, "Committee"))
        fid = project.connection.execute("SELECT max(fid) FROM presentations").fetchone()[0]
        uuid = project.connection.execute("SELECT uuid FROM stakeholders ORDER BY fid LIMIT 1").fetchone()[0]
        push = project.stack.push
        push(edits.add_map_slide(project, fid, WHOLE, "The cluster", caption="Firms and their ties",
                                 speaker_notes="Start here"))  # fmt: skip
        push(edits.add_map_slide(project, fid, CLOSE, "Textiles Imbabura", highlighted=[uuid]))
        push(edits.add_slide(project, fid, {"kind": "key_figures"}))
        push(edits.add_map_slide(project, fid, WHOLE, "Again the cluster"))
        project.save()
    finally:
        project.close()
    return path


def open_copy(template: Path, folder: Path) -> Workspace:
    copy = folder / template.name
    shutil.copy(template, copy)
    workspace = Workspace()
    workspace.open(copy)
    return workspace
