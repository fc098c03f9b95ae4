"""Checks and figures on the governance structure: representation, gender balance, chairs, terms,
attendance, the follow-up of decisions, maturity over time and readiness for the CDA's withdrawal.

Every function works on a `GovernanceData` (see core.governance.load_governance) and a reference day, so
the same answers come out in the panel, in reports and in tests. Functions that return texts to read take
the reader's language (English by default) and word them from the catalogues (core.catalogue).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from clusterdesk.core.catalogue import tr, tr_plural
from clusterdesk.core.formatting import integer, short_date
from clusterdesk.core.governance import LEADERSHIP_LEVELS, MANUAL_PHASE_OUT_ITEMS, GovernanceData
from clusterdesk.core.vocabulary_labels import kind_label, status_label
from clusterdesk.core.vocabulary_labels import label as label_of

# Bodies that should outlive the project, as opposed to the project team and national committees.
LOCAL_BODY_TYPES = ("cluster_commission", "working_group", "enterprise_network", "association")
RECENT_DAYS = 365  # "recently" for phase-out evidence: the last twelve months
MIN_SECTOR_FIRMS = 3  # a sector with fewer firms in the registry is not counted as an interest group


def is_active(record: dict[str, Any], today: dt.date, start: str, end: str) -> bool:
    began = record.get(start)
    ended = record.get(end)
    return (began is None or began <= today) and (ended is None or ended >= today)


def active_bodies(data: GovernanceData, today: dt.date) -> list[dict[str, Any]]:
    return [b for b in data.bodies if is_active(b, today, "established_on", "dissolved_on")]


def active_members(data: GovernanceData, body_id: int, today: dt.date) -> list[dict[str, Any]]:
    return [m for m in data.members_of(body_id) if is_active(m, today, "term_start", "term_end")]


@dataclass(frozen=True)
class InterestGroupGap:
    group: str  # "kind" or "sector"
    code: str
    label: str
    registry_count: int  # stakeholders of this group in the registry


def missing_interest_groups(
    data: GovernanceData, today: dt.date, language: str | None = "en"
) -> list[InterestGroupGap] | None:
    """Stakeholder kinds and sectors found in the registry that no current member of the Cluster
    Commission represents; None when the cluster has no Cluster Commission."""
    commissions = [b for b in active_bodies(data, today) if b["body_type"] == "cluster_commission"]
    if not commissions:
        return None
    kinds = Counter(s["kind"] for s in data.stakeholders.values())
    sectors = Counter(s["sector_code"] for s in data.stakeholders.values() if s["sector_code"])
    covered_kinds: set[str] = set()
    covered_sectors: set[str] = set()
    for body in commissions:
        for member in active_members(data, body["fid"], today):
            if member["interest_group"]:
                covered_kinds.add(member["interest_group"])
            stakeholder = data.stakeholders.get(member["stakeholder_id"])
            if stakeholder is not None:
                covered_kinds.add(stakeholder["kind"])
                covered_sectors.add(stakeholder["sector_code"])
    gaps = [
        InterestGroupGap("kind", kind, kind_label(kind, language), count)
        for kind, count in kinds.most_common()
        if kind not in covered_kinds
    ]
    gaps += [
        InterestGroupGap(
            "sector", code, tr("interest_group:sector", "Sector {code}", language, code=code), count
        )
        for code, count in sectors.most_common()
        if count >= MIN_SECTOR_FIRMS and code not in covered_sectors
    ]
    return gaps


@dataclass(frozen=True)
class GenderBalance:
    body_id: int
    body: str
    female: int
    male: int
    other: int
    unknown: int

    @property
    def known(self) -> int:
        return self.female + self.male + self.other

    @property
    def female_share(self) -> float | None:
        return self.female / self.known if self.known else None


def gender_balance(data: GovernanceData, today: dt.date) -> list[GenderBalance]:
    """Current members of each active body by gender (the member's own, else their contact person's)."""
    balances = []
    for body in active_bodies(data, today):
        counts: Counter[str] = Counter()
        for member in active_members(data, body["fid"], today):
            contact = data.contacts.get(member["contact_id"]) or {}
            counts[member["gender"] or contact.get("gender") or "unknown"] += 1
        balances.append(
            GenderBalance(
                body["fid"],
                body["name"],
                counts["female"],
                counts["male"],
                counts["other"],
                counts["unknown"],
            )  # fmt: skip
        )
    return balances


def bodies_without_chair(data: GovernanceData, today: dt.date) -> list[dict[str, Any]]:
    """Active bodies with no current chair (a project team is led by its Project Coordinator)."""
    missing = []
    for body in active_bodies(data, today):
        members = active_members(data, body["fid"], today)
        led = any(m["role"] == "chair" or m["team_position"] == "project_coordinator" for m in members)
        if not led:
            missing.append(body)
    return missing


def expired_terms(data: GovernanceData, today: dt.date) -> list[dict[str, Any]]:
    """Members of active bodies whose term has ended and who were neither renewed nor replaced."""
    bodies = {b["fid"] for b in active_bodies(data, today)}
    return [m for m in data.members if m["body_id"] in bodies and m["term_end"] and m["term_end"] < today]


@dataclass(frozen=True)
class AttendanceRate:
    present: int
    apologies: int
    meetings: int  # meetings with attendance recorded that the member (or body) was expected at

    @property
    def rate(self) -> float | None:
        return self.present / self.meetings if self.meetings else None


def _recorded_meetings(data: GovernanceData) -> dict[int, dict[int, str]]:
    """meeting fid -> {member fid: status} for meetings whose attendance was taken."""
    taken: dict[int, dict[int, str]] = defaultdict(dict)
    for row in data.attendance:
        taken[row["meeting_id"]][row["member_id"]] = row["status"]
    return taken


def _expected(member: dict[str, Any], meeting: dict[str, Any]) -> bool:
    day = meeting["held_on"]
    return (member["term_start"] is None or member["term_start"] <= day) and (
        member["term_end"] is None or member["term_end"] >= day
    )


def attendance_by_member(data: GovernanceData) -> dict[int, AttendanceRate]:
    """Member fid -> share of the body's recorded meetings during the member's term attended.
    A member without a row for a recorded meeting counts as absent."""
    taken = _recorded_meetings(data)
    recorded: dict[int, list[dict[str, Any]]] = defaultdict(list)  # body fid -> its recorded meetings
    for meeting in data.meetings:
        if meeting["fid"] in taken:
            recorded[meeting["body_id"]].append(meeting)
    rates = {}
    for member in data.members:
        present = apologies = expected = 0
        for meeting in recorded[member["body_id"]]:
            if not _expected(member, meeting):
                continue
            expected += 1
            status = taken[meeting["fid"]].get(member["fid"], "absent")
            present += status == "present"
            apologies += status == "apologies"
        rates[member["fid"]] = AttendanceRate(present, apologies, expected)
    return rates


def attendance_by_body_over_time(data: GovernanceData) -> dict[int, list[tuple[int, AttendanceRate]]]:
    """Body fid -> [(year, attendance over that year's recorded meetings)], oldest year first."""
    taken = _recorded_meetings(data)
    members_by_body: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for member in data.members:
        members_by_body[member["body_id"]].append(member)
    per_year: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for meeting in data.meetings:
        if meeting["fid"] not in taken:
            continue
        tally = per_year[meeting["body_id"]][meeting["held_on"].year]
        for member in members_by_body[meeting["body_id"]]:
            if _expected(member, meeting):
                status = taken[meeting["fid"]].get(member["fid"], "absent")
                tally[0] += status == "present"
                tally[1] += status == "apologies"
                tally[2] += 1
    return {
        body: [(year, AttendanceRate(*tally)) for year, tally in sorted(years.items())]
        for body, years in per_year.items()
    }


@dataclass(frozen=True)
class DecisionFollowUp:
    decision: dict[str, Any]
    meeting: dict[str, Any]
    body: str
    task_name: str | None
    status: str  # "No task", "Task deleted" or the task's status label
    percent_complete: float | None


def decision_follow_up(data: GovernanceData, language: str | None = "en") -> list[DecisionFollowUp]:
    """Every decision with the state of the action-plan task it created."""
    meetings = {m["fid"]: m for m in data.meetings}
    bodies = {b["fid"]: b["name"] for b in data.bodies}
    result = []
    for decision in data.decisions:
        meeting = meetings[decision["meeting_id"]]
        task = data.tasks.get(decision["task_uuid"]) if decision["task_uuid"] else None
        if decision["task_uuid"] is None:
            status, name, percent = tr("decision:no_task", "No task", language), None, None
        elif task is None:
            status, name, percent = tr("decision:task_deleted", "Task deleted", language), None, None
        else:
            status = status_label(task["status"], language)
            name, percent = task["name"], task["percent_complete"]
        result.append(DecisionFollowUp(decision, meeting, bodies[meeting["body_id"]], name, status, percent))
    return result


def maturity_timeline(
    data: GovernanceData, language: str | None = "en"
) -> list[tuple[dt.date, dt.date | None, str, int]]:
    """[(period start, period end, leadership label, level 1-3)] oldest first; the level rises as
    leadership of joint actions passes from the CDA to local actors."""
    levels = list(LEADERSHIP_LEVELS)
    return [
        (
            m["period_start"],
            m["period_end"],
            label_of("leadership", m["leadership"], language),
            levels.index(m["leadership"]) + 1,
        )
        for m in data.maturity
    ]


@dataclass(frozen=True)
class ReadinessItem:
    code: str
    label: str
    done: bool | None  # None: the project holds no data to tell
    evidence: str
    computed: bool


def _meetings_without_cda(data: GovernanceData, today: dt.date, language: str | None) -> ReadinessItem:
    local = {b["fid"] for b in data.bodies if b["body_type"] in LOCAL_BODY_TYPES}
    since = today - dt.timedelta(days=RECENT_DAYS)
    recent = [m for m in data.meetings if m["body_id"] in local and since <= m["held_on"] <= today]
    label = tr("check:meet_without_cda", "Local bodies meet without the CDA", language)
    if not recent:
        evidence = tr(
            "evidence:no_local_meetings", "no meetings of local bodies in the last 12 months", language
        )
        return ReadinessItem("meet_without_cda", label, None, evidence, True)
    alone = sum(not m["cda_present"] for m in recent)
    evidence = tr_plural(
        "evidence:meetings_without_cda",
        "{alone} of {count} meeting of local bodies in the last 12 months without the CDA",
        "{alone} of {count} meetings of local bodies in the last 12 months without the CDA",
        len(recent),
        language,
        alone=integer(alone, language),
        count=integer(len(recent), language),
    )
    return ReadinessItem("meet_without_cda", label, alone * 2 >= len(recent), evidence, True)


def _lead_institutions(data: GovernanceData, today: dt.date, language: str | None) -> ReadinessItem:
    local = [b for b in active_bodies(data, today) if b["body_type"] in LOCAL_BODY_TYPES]
    label = tr("check:lead_institutions", "Lead institutions named for the local bodies", language)
    if not local:
        evidence = tr("evidence:no_local_bodies", "no local bodies recorded", language)
        return ReadinessItem("lead_institutions", label, None, evidence, True)
    unnamed = [b["name"] for b in local if b["lead_stakeholder_id"] is None]
    if unnamed:
        evidence = tr("evidence:none_named", "none named for {bodies}", language, bodies=", ".join(unnamed))
        return ReadinessItem("lead_institutions", label, False, evidence, True)
    leads = sorted({data.stakeholders[b["lead_stakeholder_id"]]["name"] for b in local})
    return ReadinessItem("lead_institutions", label, True, "; ".join(leads), True)


def _local_leadership(data: GovernanceData, language: str | None) -> ReadinessItem:
    label = tr("check:locally_owned", "Joint actions locally owned", language)
    if not data.maturity:
        evidence = tr("evidence:no_maturity", "no maturity periods recorded", language)
        return ReadinessItem("locally_owned", label, None, evidence, True)
    latest = data.maturity[-1]
    evidence = tr(
        "evidence:leadership_since",
        "since {date}: {leadership}",
        language,
        date=short_date(latest["period_start"], language),
        leadership=label_of("leadership", latest["leadership"], language),
    )
    return ReadinessItem("locally_owned", label, latest["leadership"] == "locally_owned", evidence, True)


def _ticked_evidence(row: dict | None, language: str | None) -> str:
    if not (row and row["done"]):
        return tr("evidence:not_yet", "not yet", language)
    if row["done_on"]:
        evidence = tr("evidence:done_on", "done {date}", language, date=short_date(row["done_on"], language))
    else:
        evidence = tr("evidence:done", "done", language)
    return evidence + (f" — {row['notes']}" if row["notes"] else "")


def phase_out_readiness(
    data: GovernanceData, today: dt.date, language: str | None = "en"
) -> list[ReadinessItem]:
    """The checklist for the CDA's withdrawal: items computed from the data, then the manual ones."""
    items = [
        _meetings_without_cda(data, today, language),
        _lead_institutions(data, today, language),
        _local_leadership(data, language),
    ]
    ticked = {row["item"]: row for row in data.phase_out_items}
    for code in MANUAL_PHASE_OUT_ITEMS:
        row = ticked.get(code)
        done = bool(row and row["done"])
        items.append(
            ReadinessItem(
                code, label_of("phase_out", code, language), done, _ticked_evidence(row, language), False
            )
        )
    return items


def readiness_score(items: list[ReadinessItem]) -> tuple[int, int]:
    """(items done, items that can be judged)."""
    judged = [i for i in items if i.done is not None]
    return sum(bool(i.done) for i in judged), len(judged)


def body_type_label(code: str, language: str | None = "en") -> str:
    return label_of("body_type", code, language)
