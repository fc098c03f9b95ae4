"""Commands that silence a health-check finding with the team's reason, and lift a silence; both undo.

A finding is named by its check id and target (core.check_silences); silencing it again replaces nothing
and is refused, so the reason on record stays the one the team gave first until the silence is lifted.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, select

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.check_silences import CheckSilence
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.governance_rows import DeleteRows, InsertRows, _connection

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

SILENCES: Table = CheckSilence.__table__
ORDER = (SILENCES,)


def _existing(project: Project, check_id: str, target: str) -> dict[str, Any] | None:
    row = (
        _connection(project)
        .execute(select(SILENCES).where(SILENCES.c.check_id == check_id, SILENCES.c.target == target))
        .first()
    )
    return None if row is None else dict(row._mapping)


def silence_finding(
    project: Project, check_id: str, target: str, reason: str, today: dt.date | None = None
) -> InsertRows:
    """The command that silences the finding `check_id` on `target` ("table:fid" or "") because of
    `reason`, which may not be empty."""
    language = messages_language()
    reason = (reason or "").strip()
    if not reason:
        message = tr(
            "silence:no_reason", "Say why this finding is silenced: the reason may not be empty.", language
        )
        raise ValidationError("reason", message)
    if not check_id:
        raise ValidationError("check_id", tr("silence:no_check", "Name the check to silence.", language))
    target = target or ""
    if _existing(project, check_id, target) is not None:
        message = tr(
            "silence:already",
            "This finding of {check} is already silenced.",
            language,
            check=check_id,
        )
        raise ValidationError("check_id", message)
    row = {"check_id": check_id, "target": target, "reason": reason, "silenced_on": today or dt.date.today()}
    label = tr("silence:label", "Silence {check}", language, check=check_id)
    return InsertRows({SILENCES.name: [row]}, label=label, order=ORDER)


def lift_silence(project: Project, check_id: str, target: str) -> DeleteRows:
    """The command that reports the finding `check_id` on `target` again."""
    language = messages_language()
    target = target or ""
    if _existing(project, check_id, target) is None:
        message = tr(
            "silence:not_silenced", "This finding of {check} is not silenced.", language, check=check_id
        )
        raise ValidationError("check_id", message)

    def collect(project: Project) -> dict[str, list[dict[str, Any]]]:
        row = _existing(project, check_id, target)
        return {SILENCES.name: [row] if row else []}

    label = tr("silence:lift_label", "Report {check} again", language, check=check_id)
    return DeleteRows(collect, label=label, tables=frozenset({SILENCES.name}), order=ORDER)
