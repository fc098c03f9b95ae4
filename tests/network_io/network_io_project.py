"""A small project for the network exchange tests: hostile names, two stakeholders sharing a name, one
without a location, ties over two survey rounds (one carried, one ended, one undirected)."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from clusterdesk.core import edits
from clusterdesk.core.model import Relation, Stakeholder
from clusterdesk.core.project import Project

HOSTILE_NAMES = ('=HYPERLINK("x")', "</title><script>alert(1)</script>", '"quoted", comma')
NAMES = (*HOSTILE_NAMES, "Curtiembre Andina", "Duplicado", "Duplicado", "Sin Lugar")


def build_network_project(path: Path) -> Path:
    """Save the project at `path` and return it."""
    project = Project.new(path, "Red de prueba", country="EC", sector_code="1520")
    rows = []
    for number, name in enumerate(NAMES):
        located = name != "Sin Lugar"
        rows.append(
            {
                "name": name,
                "kind": "supplier" if number == 3 else "enterprise",
                "lon": -78.6 + number * 0.01 if located else None,
                "lat": -1.2 - number * 0.01 if located else None,
                "employees": 10 + number if number % 2 == 0 else None,
                "admin_area": "Tungurahua",
                "sector_code": "1520",
            }
        )
    project.stack.push(edits.AddStakeholders(rows))
    fids = [fid for (fid,) in project.session.execute(select(Stakeholder.fid).order_by(Stakeholder.fid))]
    ties = [
        (3, 0, "supplies", True, 4, "baseline", "follow_up_1", None),
        (3, 1, "supplies", True, 2, "baseline", None, "follow_up_1"),
        (0, 1, "joint_action", False, 3, "follow_up_1", None, None),
        (2, 6, "advises", True, 5, "baseline", None, None),
        (4, 5, "buys_from", True, 1, "follow_up_1", None, None),
    ]
    project.stack.push(
        edits.AddRelations(
            [
                {
                    "source_id": fids[s], "target_id": fids[t], "kind": kind, "directed": directed,
                    "strength": strength, "survey_round": first, "last_observed_round": last,
                    "ended_round": ended,
                }
                for s, t, kind, directed, strength, first, last, ended in ties
            ]
        )
    )  # fmt: skip
    project.save()
    project.close()
    return path


def without_relations(source: Path, target: Path) -> Path:
    """A copy of the project at `source` whose relations are all deleted."""
    shutil.copy(source, target)
    with Project.open(target) as project:
        fids = [fid for (fid,) in project.session.execute(select(Relation.fid))]
        if fids:
            project.stack.push(edits.DeleteRelations(fids))
        project.save()
    return target


def tie_records(path: Path) -> set[tuple]:
    """Every relation of the project at `path` as (source uuid, target uuid, kind, strength, directed,
    first round, last observed round, ended round)."""
    with Project.open(path) as project:
        uuid_of = dict(project.session.execute(select(Stakeholder.fid, Stakeholder.uuid)).all())
        rows = project.session.execute(
            select(
                Relation.source_id, Relation.target_id, Relation.kind, Relation.strength, Relation.directed,
                Relation.survey_round, Relation.last_observed_round, Relation.ended_round,
            )
        ).all()  # fmt: skip
    return {
        (uuid_of[s], uuid_of[t], kind, strength, bool(directed), first, last, ended)
        for s, t, kind, strength, directed, first, last, ended in rows
    }
