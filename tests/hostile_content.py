"""A project whose texts are markup and script: every output must show them literally and run nothing.

Names, products, notes, contacts, boundary names, plan tasks, the vision and the project's own titles
all hold HTML that would close the page title, run a script, or (inside innerHTML, where <script> does
not run) fire an image's error handler that marks the page. Tests look for the literal text and for the
mark."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from shapely.geometry import Polygon

from clusterdesk.core.edits import AddBoundary, AddRelations, AddStakeholders
from clusterdesk.core.project import Project

MARK = "clusterdeskInjected"  # set on <html> by any payload that runs
TITLE_BREAKER = "</title><script>alert(1)</script>"
MARKUP = '<b>x</b> & "q"'
IMAGE = f"<img src=x onerror=\"document.documentElement.dataset.{MARK}='1'\">"
SCRIPT = f"<script>document.documentElement.dataset.{MARK}='1'</script>"

CLUSTER = f"Knitwear {TITLE_BREAKER}"
AGENCY = f"Agency {MARKUP}"
STAKEHOLDER = f"Firm {MARKUP} {IMAGE}"
PRODUCTS = f"Yarn {SCRIPT} {IMAGE}"
NOTES = f"Notes {MARKUP} {TITLE_BREAKER}"
CONTACT = f"Contact {IMAGE}"
BOUNDARY = f"Area {IMAGE} {MARKUP}"
TASK = f"Task {MARKUP} {IMAGE}"
VISION = f"Vision {MARKUP} {SCRIPT}"


def build_hostile_project(path: Path) -> Project:
    """A saved project full of hostile texts, left open for the caller to close."""
    project = Project.new(
        path,
        CLUSTER,
        country="EC",
        sector_code="1410",
        sector_label=f"Sector {MARKUP}",
        region=f"Region {IMAGE}",
        agency_name=AGENCY,
        description=f"About {MARKUP} {SCRIPT}",
    )
    add = AddStakeholders(
        [
            {"name": STAKEHOLDER, "kind": "enterprise", "lon": -78.21, "lat": 0.33, "employees": 40,
             "products": PRODUCTS, "notes": NOTES, "address": f"Street {MARKUP}", "admin_area": MARKUP},
            {"name": f"Chamber {TITLE_BREAKER}", "kind": "business_association", "lon": -78.2, "lat": 0.34},
        ]
    )  # fmt: skip
    project.stack.push(add)
    first, second = add.added_fids
    project.stack.push(
        AddRelations([{"source_id": first, "target_id": second, "kind": "member_of", "notes": NOTES}])
    )
    project.stack.push(
        AddBoundary(BOUNDARY, Polygon([(-78.23, 0.32), (-78.18, 0.32), (-78.18, 0.36), (-78.23, 0.36)]))
    )
    project.connection.execute(
        "INSERT INTO contact_persons (uuid, stakeholder_id, name, role, phone, email) "
        "VALUES ('hostile-contact', ?, ?, ?, '+593 6 290 6000', 'x@example.org')",
        (first, CONTACT, MARKUP),
    )
    project.connection.commit()
    _add_plan(project, first)
    project.save()
    return project


def _add_plan(project: Project, lead: int) -> None:
    from clusterdesk.core.plan import PlanTask, PlanTaskResponsible, VisionStatement

    session = project.session
    session.add(VisionStatement(version=1, text=VISION, agreed_on=dt.date(2026, 3, 12), agreed_by=AGENCY))
    objective = PlanTask(kind="objective", name=f"Objective {MARKUP}", position=0, duration_days=0)
    session.add(objective)
    session.flush()
    action = PlanTask(
        kind="action", parent_id=objective.fid, position=0, name=TASK, start=dt.date(2026, 2, 2),
        finish=dt.date(2026, 3, 2), duration_days=20, status="in_progress", budget_public=500.0,
        notes=NOTES, description=f"Description {MARKUP}",
    )  # fmt: skip
    session.add(action)
    session.flush()
    session.add(PlanTaskResponsible(task_id=action.fid, stakeholder_id=lead, role="lead"))
    session.commit()
