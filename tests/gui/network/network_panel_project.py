"""A small project with two survey rounds for the Network panel tests: five stakeholders, ties that are
kept, new and ended between the baseline and the follow-up."""

from __future__ import annotations

import shutil
from pathlib import Path

from clusterdesk.core import edits
from clusterdesk.core.project import Project
from clusterdesk.core.workspace import RecentFiles, Workspace

NAMES = (
    "Textiles Imbabura",
    "Hilados del Norte",
    "Confecciones Andrade",
    "Tintorería San Roque",
    "Cámara de Comercio",
)


def build_rounds_project(path: Path) -> Path:
    project = Project.new(path, "Atuntaqui garments", country="EC", sector_code="1410")
    add = edits.AddStakeholders(
        [
            {"name": NAMES[0], "lon": -78.214, "lat": 0.332},
            {"name": NAMES[1], "kind": "supplier", "lon": -78.130, "lat": 0.360},
            {"name": NAMES[2], "lon": -78.200, "lat": 0.300},
            {"name": NAMES[3], "kind": "supplier"},  # no coordinates: still a node of the network
            {"name": NAMES[4], "kind": "business_association", "lon": -78.262, "lat": 0.234},
        ]
    )
    project.stack.push(add)
    a, b, c, d, e = add.added_fids
    ties = [
        {"source_id": b, "target_id": a, "kind": "supplies", "survey_round": "baseline"},  # kept
        {"source_id": b, "target_id": c, "kind": "supplies", "survey_round": "baseline",
         "ended_round": "follow_up_1"},  # ended
        {"source_id": d, "target_id": c, "kind": "supplies", "survey_round": "follow_up_1",
         "strength": 5},  # new
        {"source_id": a, "target_id": e, "kind": "member_of", "survey_round": "baseline"},
    ]  # fmt: skip
    project.stack.push(edits.AddRelations(ties))
    project.save()
    project.close()
    return path


def open_copy(template: Path, folder: Path) -> Workspace:
    path = folder / "rounds.gpkg"
    shutil.copyfile(template, path)
    space = Workspace(RecentFiles(folder / "recent.json"))
    space.open(path)
    return space


def fids_by_name(workspace: Workspace) -> dict[str, int]:
    rows = workspace.project.connection.execute("SELECT name, fid FROM stakeholders")
    return dict(rows.fetchall())
