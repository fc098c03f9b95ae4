"""Start a cluster project (phase 2 on) from a candidate cluster of a selection study.

The new project file takes the study project's country, language, agency and currency; its cluster is the
candidate (name, ISIC sector and its title in the project's language); its boundary is the union of the
candidate's areas; and it receives the registry stakeholders located inside that boundary (points on its
edge count as inside), with their contact persons, the custom field definitions and the relations among
them. The study records the new file on the candidate, as one undoable step of its own stack. An existing
target file is refused: starting a project never overwrites one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from clusterdesk.core import isic
from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.commands import UpdateRow
from clusterdesk.core.errors import ProjectFileError, ValidationError
from clusterdesk.core.model import ContactPerson, CustomFieldDefinition, Relation, Stakeholder
from clusterdesk.core.selection_edits import AREAS, CANDIDATE_AREAS, CANDIDATES

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

STAKEHOLDERS = Stakeholder.__table__
CONTACTS = ContactPerson.__table__
RELATIONS = Relation.__table__
CUSTOM_FIELDS = CustomFieldDefinition.__table__
_RELATION_FIELDS = ("kind", "directed", "strength", "since", "survey_round", "notes", "last_observed_round",
                    "ended_round", "uuid")  # fmt: skip


@dataclass
class StartedProject:
    path: Path
    stakeholders: int
    relations: int
    record: UpdateRow  # sets project_file on the candidate; push it on the study's stack


def candidate_fid(study: Project, code: str) -> int:
    connection = study.session.connection()
    fid = connection.execute(select(CANDIDATES.c.fid).where(CANDIDATES.c.code == code)).scalar()
    if fid is None:
        codes = [c for (c,) in connection.execute(select(CANDIDATES.c.code).order_by(CANDIDATES.c.code))]
        raise ValidationError(
            "code",
            tr(
                "selection_project:no_candidate",
                "the study has no candidate cluster with the code {code} (its candidates: {codes})",
                messages_language(),
                code=code,
                codes=", ".join(codes) or "-",
            ),
        )
    return fid


def candidate_boundary(study: Project, fid: int):
    """(MultiPolygon union of the candidate's areas, area names)."""
    import shapely
    from shapely.geometry import MultiPolygon

    connection = study.session.connection()
    codes = [
        c
        for (c,) in connection.execute(
            select(CANDIDATE_AREAS.c.area_code)
            .where(CANDIDATE_AREAS.c.candidate_id == fid)
            .order_by(CANDIDATE_AREAS.c.fid)
        )
    ]
    found = {
        code: (name, shape)
        for code, name, shape in connection.execute(
            select(AREAS.c.code, AREAS.c.name, AREAS.c.geom).where(AREAS.c.code.in_(codes))
        )
    }
    lacking = [code for code in codes if found.get(code, (None, None))[1] is None]
    if lacking or not codes:
        raise ValidationError(
            "area_code",
            tr(
                "selection_project:no_boundary",
                "the areas {codes} of this candidate have no boundary in the study: import the areas "
                "with their shapes first",
                messages_language(),
                codes=", ".join(lacking) or "-",
            ),
        )
    union = shapely.union_all([found[code][1] for code in codes])
    polygons = [p for p in shapely.get_parts(union) if p.geom_type == "Polygon"]
    return MultiPolygon(polygons), [found[code][0] for code in codes]


def _inside(study: Project, boundary) -> list[dict[str, Any]]:
    import numpy as np
    import shapely

    connection = study.session.connection()
    rows = [dict(r._mapping) for r in connection.execute(select(STAKEHOLDERS).order_by(STAKEHOLDERS.c.fid))]
    located = [r for r in rows if r["geom"] is not None and not r["geom"].is_empty]
    if not located:
        return []
    lons = np.array([r["geom"].x for r in located])
    lats = np.array([r["geom"].y for r in located])
    shapely.prepare(boundary)
    inside = shapely.intersects_xy(boundary, lons, lats)
    return [r for r, keep in zip(located, inside, strict=True) if keep]


def _rows(study: Project, table, column, values: list[int]) -> list[dict[str, Any]]:
    connection = study.session.connection()
    found: list[dict[str, Any]] = []
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        found.extend(dict(r._mapping) for r in connection.execute(select(table).where(column.in_(chunk))))
    return found


def start_project(study: Project, code: str, target: str | Path) -> StartedProject:
    """Write the phase-2 project of candidate `code` to `target` (which must not exist)."""
    from clusterdesk.core.edits import AddBoundary, AddRelations, AddStakeholders
    from clusterdesk.core.governance_rows import InsertRows
    from clusterdesk.core.project import Project

    language = messages_language()
    target = Path(target).expanduser().absolute()
    if target.exists():
        raise ProjectFileError(
            tr("new:exists", "{path} already exists. Choose another name or open it instead.", language,
               path=target)
        )  # fmt: skip
    fid = candidate_fid(study, code)
    candidate = dict(
        study.session.connection().execute(select(CANDIDATES).where(CANDIDATES.c.fid == fid)).one()._mapping
    )
    boundary, area_names = candidate_boundary(study, fid)
    chosen = _inside(study, boundary)
    old_fids = [r["fid"] for r in chosen]
    contacts = _rows(study, CONTACTS, CONTACTS.c.stakeholder_id, old_fids)
    relations = [
        r for r in _rows(study, RELATIONS, RELATIONS.c.source_id, old_fids) if r["target_id"] in set(old_fids)
    ]
    custom_fields = [dict(r._mapping) for r in study.session.connection().execute(select(CUSTOM_FIELDS))]
    info = study.info()
    sector = candidate["sector_code"]
    project = Project.new(
        None,
        candidate["name"],
        country=info.country,
        sector_code=sector,
        sector_label=isic.title(sector, info.language),
        language=info.language,
        agency_name=info.agency_name,
        agency_logo=info.agency_logo,
        agency_logo_mime=info.agency_logo_mime,
        currency=info.currency,
        region=", ".join(area_names),
        phase=2,
    )
    try:
        project.stack.push(AddBoundary(candidate["name"], boundary, ", ".join(area_names)))
        if custom_fields:
            rows = [{k: v for k, v in r.items() if k != "fid"} for r in custom_fields]
            project.stack.push(InsertRows({CUSTOM_FIELDS.name: rows}, "", order=(CUSTOM_FIELDS,)))
        if chosen:
            add = AddStakeholders([{k: v for k, v in r.items() if k != "fid"} for r in chosen])
            project.stack.push(add)
            new_fid = dict(zip(old_fids, add.added_fids, strict=True))
            if contacts:
                rows = [
                    {k: v for k, v in r.items() if k != "fid"}
                    | {"stakeholder_id": new_fid[r["stakeholder_id"]]}
                    for r in contacts
                ]
                project.stack.push(InsertRows({CONTACTS.name: rows}, "", order=(CONTACTS,)))
            if relations:
                rows = [
                    {k: r[k] for k in _RELATION_FIELDS}
                    | {"source_id": new_fid[r["source_id"]], "target_id": new_fid[r["target_id"]]}
                    for r in relations
                ]
                project.stack.push(AddRelations(rows))
        project.save(target)  # a new file: written whole or not at all
    finally:
        project.close()
    label = tr(
        "undo:selection_start_project",
        "Start the cluster project of {name}",
        language,
        name=candidate["name"],
    )
    record = UpdateRow(CANDIDATES, fid, {"project_file": str(target)}, label=label)
    return StartedProject(target, len(chosen), len(relations), record)
