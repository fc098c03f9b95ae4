"""The record of the selection decisions as plain text: when, by whom, on what grounds, and the outcome
of each candidate, newest first."""

from __future__ import annotations

import datetime as dt

from clusterdesk.core import formatting
from clusterdesk.gui.i18n import interface_language, translate
from clusterdesk.gui.selection.labels import status_label
from clusterdesk.gui.selection.study_data import StudyPicture


def decisions_text(picture: StudyPicture) -> str:
    if not picture.decisions:
        return translate(
            "SelectionDecisions",
            "No decision recorded yet. When the candidates have been "
            "discussed, record who decided, when and why with Decision….",
        )
    language = interface_language()
    blocks = []
    for decision in picture.decisions:
        try:
            day = formatting.long_date(dt.date.fromisoformat(decision.decided_on[:10]), language)
        except ValueError:
            day = decision.decided_on
        lines = [
            translate("SelectionDecisions", "{date} — decided by {who}").format(
                date=day, who=decision.decided_by
            ),
            translate("SelectionDecisions", "Grounds: {grounds}").format(grounds=decision.grounds),
        ]
        lines += [f"  • {name}: {status_label(status)}" for name, status in decision.outcomes]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
