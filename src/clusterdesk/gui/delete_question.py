"""The one confirmation shown before stakeholders are deleted, from the registry or the window."""

from __future__ import annotations

from clusterdesk.core.project import Project
from clusterdesk.core.registry_edits import references_of
from clusterdesk.gui.i18n import translate, translate_n


def _count(noun: str, count: int) -> str:
    """`count` rows of what references_of calls `noun`, in the interface language. English has no
    catalogue, so one is a text of its own and Qt's plural forms serve the other counts."""
    if noun == "relations":
        one = translate("DeleteQuestion", "1 relation")
        many = translate_n("DeleteQuestion", "%Ln relations", count)
    elif noun == "contact persons":
        one = translate("DeleteQuestion", "1 contact person")
        many = translate_n("DeleteQuestion", "%Ln contact persons", count)
    elif noun == "plan responsibilities":
        one = translate("DeleteQuestion", "1 plan responsibility")
        many = translate_n("DeleteQuestion", "%Ln plan responsibilities", count)
    elif noun == "plan participations":
        one = translate("DeleteQuestion", "1 plan participation")
        many = translate_n("DeleteQuestion", "%Ln plan participations", count)
    else:  # a kind of reference added in core but not yet here: shown as core names it
        return f"{count:,} {noun}"
    return one if count == 1 else many


def delete_question(project: Project, fids: list[int]) -> tuple[str, str]:
    """The question and its detail, naming everything else the delete removes."""
    if len(fids) == 1:
        query = "SELECT name FROM stakeholders WHERE fid = ?"
        name = project.connection.execute(query, (fids[0],)).fetchone()
        if name:
            question = translate("DeleteQuestion", "Delete “{name}”?").format(name=name[0])
        else:
            question = translate("DeleteQuestion", "Delete this stakeholder?")
    else:
        question = translate_n("DeleteQuestion", "Delete %Ln stakeholders?", len(fids))
    others = [_count(noun, count) for noun, count in references_of(project, fids).items() if count]
    undo = translate("DeleteQuestion", "You can undo this.")
    if not others:
        return question, undo
    removed = translate("DeleteQuestion", "Also removed: {items}.").format(items=", ".join(others))
    return question, f"{removed} {undo}"
