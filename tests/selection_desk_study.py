"""A small selection study worked out by hand, shared by the Selection panel and choropleth tests.

Four provinces in a 2x2 grid of one-degree squares, employment in 2022:

    area            14 garments  15 footwear  47 retail  total
    10 Imbabura          300          20         680     1000
    17 Pichincha         200          80        1720     2000
    09 Guayas            400         100        3500     4000
    18 Tungurahua        100         200         700     1000
    nation              1000         400        6600     8000

LQ of 14 (national share 0.125): Imbabura 2.4, the others 0.8. LQ of 15 (0.05): Imbabura 0.4,
Pichincha 0.8, Guayas 0.5, Tungurahua 4.0.

Criteria: specialisation (LQ, weight 3) and potential for joint action (by hand, weight 2).

    candidate                 LQ   norm   joint  norm   score = 100 (3 n1 + 2 n2) / 5
    GAR-IMB Garments Imbabura 2.4  0.5    5      1      70
    FOO-TUN Footwear Tungur.  4.0  1      2      0      60
    GAR-GUA Garments Guayas   0.8  0      4      2/3    26.67

Garments Imbabura stays first while the weight of specialisation is between 0 and 4 (where
100 (2 + 0.5 w) = 100 w against Footwear Tungurahua); above 4, Footwear Tungurahua leads.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from shapely.geometry import MultiPolygon, box

from clusterdesk.core import selection_edits as edits
from clusterdesk.core.project import Project
from clusterdesk.core.workspace import RecentFiles, Workspace

AREAS = {
    "10": ("Imbabura", (-80, 0, -79, 1)),
    "17": ("Pichincha", (-79, 0, -78, 1)),
    "09": ("Guayas", (-80, -1, -79, 0)),
    "18": ("Tungurahua", (-79, -1, -78, 0)),
}
EMPLOYMENT = {
    "10": {"14": 300, "15": 20, "47": 680},
    "17": {"14": 200, "15": 80, "47": 1720},
    "09": {"14": 400, "15": 100, "47": 3500},
    "18": {"14": 100, "15": 200, "47": 700},
}
HAND_ORDER = ["GAR-IMB", "FOO-TUN", "GAR-GUA"]
HAND_SCORES = {"GAR-IMB": 70.0, "FOO-TUN": 60.0, "GAR-GUA": 200 / 7.5}
LQ_14 = {"10": 2.4, "17": 0.8, "09": 0.8, "18": 0.8}


def build_selection_study(project: Project) -> None:
    push = project.stack.push
    push(edits.create_study(project, "Ecuador provinces 2022", "employment", 2022, None, "Province"))
    areas = [
        {"code": code, "name": name, "geom": MultiPolygon([box(*bounds)])}
        for code, (name, bounds) in AREAS.items()
    ]
    statistics = [
        {"area_code": area, "sector_code": sector, "year": 2022, "measure": "employment", "value": value}
        for area, sectors in EMPLOYMENT.items()
        for sector, value in sectors.items()
    ]
    push(edits.import_rows(project, {"selection_areas": areas, "selection_statistics": statistics}, "Import"))
    criteria = dict(project.connection.execute("SELECT key, fid FROM selection_criteria").fetchall())
    for key, fid in criteria.items():
        if key not in ("specialisation", "joint_action"):
            push(edits.delete_criterion(project, fid))
    push(edits.set_weights(project, {criteria["specialisation"]: 3, criteria["joint_action"]: 2}))
    for code, name, sector, area in (
        ("GAR-IMB", "Garments Imbabura", "14", "10"),
        ("FOO-TUN", "Footwear Tungurahua", "15", "18"),
        ("GAR-GUA", "Garments Guayas", "14", "09"),
    ):
        push(edits.add_candidate(project, code, name, sector, [area]))
    candidates = dict(project.connection.execute("SELECT code, fid FROM selection_candidates").fetchall())
    for code, score in (("GAR-IMB", 5), ("FOO-TUN", 2), ("GAR-GUA", 4)):
        push(edits.set_score(project, candidates[code], criteria["joint_action"], score))


def new_study_project(path) -> Project:
    project = Project.new(path, "Ecuador cluster mapping", country="EC", phase=1, language="en")
    build_selection_study(project)
    return project


@contextmanager
def study_workspace(folder: Path) -> Iterator[Workspace]:
    """A workspace with the study saved as folder/mapping.gpkg open in it, its changes discarded after."""
    path = folder / "mapping.gpkg"
    project = new_study_project(path)
    project.save()
    project.close()
    space = Workspace(RecentFiles(folder / "recent.json"))
    space.open(path)
    try:
        yield space
    finally:
        space.close(discard=True)
