"""The one confirmation shown before stakeholders are deleted, from the registry or the window."""

from __future__ import annotations

from clusterdesk.core.project import Project
from clusterdesk.core.registry_edits import references_of

SINGULAR = {
    "relations": "relation",
    "contact persons": "contact person",
    "plan responsibilities": "plan responsibility",
    "plan participations": "plan participation",
}


def delete_question(project: Project, fids: list[int]) -> tuple[str, str]:
    """The question and its detail, naming everything else the delete removes."""
    if len(fids) == 1:
        query = "SELECT name FROM stakeholders WHERE fid = ?"
        name = project.connection.execute(query, (fids[0],)).fetchone()
        what = f"“{name[0]}”" if name else "this stakeholder"
    else:
        what = f"{len(fids):,} stakeholders"
    others = [f"{count:,} {SINGULAR.get(noun, noun) if count == 1 else noun}"
              for noun, count in references_of(project, fids).items() if count]  # fmt: skip
    detail = ("Also removed: " + ", ".join(others) + ". " if others else "") + "You can undo this."
    return f"Delete {what}?", detail
