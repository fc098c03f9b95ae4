"""The evidence behind each item of the phase-out checklist, in the interface language.

analysis.governance_checks judges the items and words their evidence in English; the panel says the same
from the same data in the interface language (tests compare both in English, so they cannot drift apart).
"""

from __future__ import annotations

import datetime as dt

from clusterdesk.analysis import governance_checks as checks
from clusterdesk.core.governance import GovernanceData
from clusterdesk.gui.governance.labels import label
from clusterdesk.gui.i18n import translate, translate_n


def _meetings_without_cda(data: GovernanceData, today: dt.date) -> str:
    local = {b["fid"] for b in data.bodies if b["body_type"] in checks.LOCAL_BODY_TYPES}
    since = today - dt.timedelta(days=checks.RECENT_DAYS)
    recent = [m for m in data.meetings if m["body_id"] in local and since <= m["held_on"] <= today]
    if not recent:
        return translate("GovernanceReadiness", "no meetings of local bodies in the last 12 months")
    alone = sum(not m["cda_present"] for m in recent)
    text = translate_n(
        "GovernanceReadiness",
        "{alone} of %n meetings of local bodies in the last 12 months without the CDA",
        len(recent),
    )
    return text.format(alone=alone)


def _lead_institutions(item: checks.ReadinessItem, data: GovernanceData, today: dt.date) -> str:
    local = [b for b in checks.active_bodies(data, today) if b["body_type"] in checks.LOCAL_BODY_TYPES]
    if not local:
        return translate("GovernanceReadiness", "no local bodies recorded")
    unnamed = [b["name"] for b in local if b["lead_stakeholder_id"] is None]
    if unnamed:
        return translate("GovernanceReadiness", "none named for {bodies}").format(bodies=", ".join(unnamed))
    return item.evidence  # the names of the lead institutions, as entered


def _local_leadership(data: GovernanceData) -> str:
    if not data.maturity:
        return translate("GovernanceReadiness", "no maturity periods recorded")
    latest = data.maturity[-1]
    return translate("GovernanceReadiness", "since {day}: {level}").format(
        day=latest["period_start"], level=label("leadership", latest["leadership"])
    )


def _ticked(code: str, data: GovernanceData) -> str:
    row = {r["item"]: r for r in data.phase_out_items}.get(code)
    if row and row["done"]:
        done = (
            translate("GovernanceReadiness", "done {day}").format(day=row["done_on"])
            if row["done_on"]
            else translate("GovernanceReadiness", "done")
        )
    else:
        done = translate("GovernanceReadiness", "not yet")
    return f"{done} — {row['notes']}" if row and row["notes"] else done


def evidence(item: checks.ReadinessItem, data: GovernanceData, today: dt.date) -> str:
    """What shows whether `item` is done, worded in the interface language."""
    if item.code == "meet_without_cda":
        return _meetings_without_cda(data, today)
    if item.code == "lead_institutions":
        return _lead_institutions(item, data, today)
    if item.code == "locally_owned":
        return _local_leadership(data)
    if not item.computed:
        return _ticked(item.code, data)
    return item.evidence  # an item analysis added later: its English evidence until it is worded here
