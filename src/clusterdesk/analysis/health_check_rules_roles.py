"""Health checks on people in incompatible roles and on the governance structure the methodology sets out.

The reference text (UNIDO, "Actors"): the project team (a Project Coordinator, the Cluster Development
Agents, specialists) works for the project; the Cluster Commission is the forum of the cluster's own
stakeholders, who formulate the vision and the strategic objectives; the Steering Committee of national
institutions, with UNIDO and the donor, promotes and supervises the project from above. So a CDA does not
sit on the Steering Committee for a stakeholder, the Steering Committee is not chaired by a firm, one
person does not chair a body and the body that supervises it, the Steering Committee is not the parent of
the Commission or the team, and it does not agree the cluster's vision for the stakeholders.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from clusterdesk.analysis.health_checks import CheckContext, Hit, health_check, person_key
from clusterdesk.core.catalogue import tr

FIRM_KINDS = ("enterprise", "supplier", "buyer")
# bodies a Steering Committee supervises even where the structure does not make it their parent
SUPERVISED_BY_STEERING = ("cluster_commission", "project_team")
STEERING_WORDS = re.compile(
    r"steering|comit[ée] (directivo|de direcci[óo]n|directeur|de pilotage|rector)|руководящ|наблюдательн",
    re.IGNORECASE,
)


def team_cdas(context: CheckContext) -> list[dict[str, Any]]:
    return [m for m in context.members if m["body_type"] == "project_team" and m["team_position"] == "cda"]


def _same_person(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["contact_id"] is not None and a["contact_id"] == b["contact_id"]:
        return True
    return bool(person_key(a["person"])) and person_key(a["person"]) == person_key(b["person"])


@health_check(
    "roles.cda_on_steering_committee",
    "error",
    lambda language: tr(
        "check:cda_on_steering:fix",
        "The CDA works for the project and cannot speak for a stakeholder: name another representative of "
        "the stakeholder on the Steering Committee, or record the CDA there without a stakeholder, as the "
        "project's secretary or observer.",
        language,
    ),
)
def cda_on_steering_committee(context: CheckContext) -> Iterator[Hit]:
    cdas = team_cdas(context)
    for member in context.members:
        if member["body_type"] != "steering_committee" or member["stakeholder_id"] is None:
            continue
        cda = next((c for c in cdas if _same_person(c, member)), None)
        if cda is None or cda["stakeholder_id"] == member["stakeholder_id"]:
            continue
        message = tr(
            "check:cda_on_steering",
            "{person} is a Cluster Development Agent of {team} and sits on {committee} for {stakeholder}.",
            context.language,
            person=member["person"],
            team=cda["body_name"],
            committee=member["body_name"],
            stakeholder=member["stakeholder_name"],
        )
        yield Hit("governance_members", member["fid"], message)


@health_check(
    "roles.steering_committee_chaired_by_enterprise",
    "warning",
    lambda language: tr(
        "check:steering_chair:fix",
        "The Steering Committee gathers national institutions (ministries, promotion agencies, banks) with "
        "UNIDO and the donor: give the chair to one of them; firms lead the Cluster Commission.",
        language,
    ),
)
def steering_committee_chaired_by_enterprise(context: CheckContext) -> Iterator[Hit]:
    for member in context.members:
        if (
            member["body_type"] == "steering_committee"
            and member["role"] == "chair"
            and member["stakeholder_kind"] in FIRM_KINDS
        ):
            message = tr(
                "check:steering_chair",
                "{committee} is chaired by {member}, an enterprise.",
                context.language,
                committee=member["body_name"],
                member=context.member_name(member),
            )
            yield Hit("governance_members", member["fid"], message)


def _supervisors(context: CheckContext, body_id: int) -> set[int]:
    """The bodies above `body_id`: its ancestors and, for the Commission and the team, every Steering
    Committee."""
    found: set[int] = set()
    parent = context.bodies[body_id]["parent_id"]
    while parent in context.bodies and parent not in found:
        found.add(parent)
        parent = context.bodies[parent]["parent_id"]
    if context.bodies[body_id]["body_type"] in SUPERVISED_BY_STEERING:
        found.update(f for f, b in context.bodies.items() if b["body_type"] == "steering_committee")
    found.discard(body_id)
    return found


@health_check(
    "roles.chair_of_supervising_bodies",
    "warning",
    lambda language: tr(
        "check:two_chairs:fix",
        "A body cannot hold to account the body its own chair leads: give one of the two chairs to "
        "someone else.",
        language,
    ),
)
def chair_of_supervising_bodies(context: CheckContext) -> Iterator[Hit]:
    chairs = [m for m in context.members if m["role"] == "chair"]
    by_body: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for chair in chairs:
        by_body[chair["body_id"]].append(chair)
    for chair in chairs:
        for above in sorted(_supervisors(context, chair["body_id"])):
            other = next((c for c in by_body.get(above, []) if _same_person(c, chair)), None)
            if other is not None:
                message = tr(
                    "check:two_chairs",
                    "{person} chairs both {body} and {supervisor}, which supervises it.",
                    context.language,
                    person=chair["person"] or context.member_name(chair),
                    body=chair["body_name"],
                    supervisor=other["body_name"],
                )
                yield Hit("governance_members", chair["fid"], message)
                break


@health_check(
    "plan.cda_not_in_team",
    "error",
    lambda language: tr(
        "check:cda_not_in_team:fix",
        "Choose one of the project team's Cluster Development Agents as the task's CDA, or add the person "
        "to the project team with the position Cluster Development Agent.",
        language,
    ),
)
def cda_not_in_team(context: CheckContext) -> Iterator[Hit]:
    cdas = team_cdas(context)
    contacts = {c["contact_id"] for c in cdas if c["contact_id"] is not None}
    names = {person_key(c["person"]) for c in cdas if c["person"]}
    listed = "; ".join(sorted({c["person"] for c in cdas if c["person"]}))
    none = tr("check:no_team_cdas", "none recorded", context.language)
    for fid, task, cda, contact_id, contact in context.rows(
        "SELECT t.fid, t.name, t.cda_in_charge, t.cda_contact_id, c.name FROM plan_tasks t"
        " LEFT JOIN contact_persons c ON c.fid = t.cda_contact_id"
        " WHERE (t.cda_in_charge IS NOT NULL AND trim(t.cda_in_charge) <> '') OR t.cda_contact_id IS NOT NULL"
        " ORDER BY t.fid"
    ):
        if contact_id is not None and contact_id in contacts:
            continue
        who = contact or cda
        if person_key(who) in names or person_key(cda) in names:
            continue
        message = tr(
            "check:cda_not_in_team",
            'The CDA in charge of "{task}", {cda}, is not a Cluster Development Agent of the project team '
            "(its CDAs: {cdas}).",
            context.language,
            task=task,
            cda=who,
            cdas=listed or none,
        )
        yield Hit("plan_tasks", fid, message)


@health_check(
    "methodology.steering_committee_parent",
    "warning",
    lambda language: tr(
        "check:steering_parent:fix",
        "The Cluster Commission is the stakeholders' own forum and the project team works for the project; "
        "the Steering Committee supervises from outside: leave the parent of the Commission and of the team "
        "empty (or another local body) in the Governance panel.",
        language,
    ),
)
def steering_committee_parent(context: CheckContext) -> Iterator[Hit]:
    for body in context.bodies.values():
        parent = context.bodies.get(body["parent_id"])
        if (
            body["body_type"] in SUPERVISED_BY_STEERING
            and parent
            and parent["body_type"] == "steering_committee"
        ):
            message = tr(
                "check:steering_parent",
                "{body} is placed under {committee}.",
                context.language,
                body=body["name"],
                committee=parent["name"],
            )
            yield Hit("governance_bodies", body["fid"], message)


@health_check(
    "methodology.vision_agreed_by_steering_committee",
    "warning",
    lambda language: tr(
        "check:vision_by_steering:fix",
        "The cluster's stakeholders formulate the vision, in the Cluster Commission or a workshop: record "
        "who agreed it (e.g. the Cluster Commission); the Steering Committee may endorse it.",
        language,
    ),
)
def vision_agreed_by_steering_committee(context: CheckContext) -> Iterator[Hit]:
    found = context.rows(
        "SELECT fid, version, agreed_by FROM vision_statements WHERE agreed_by IS NOT NULL"
        " ORDER BY version DESC LIMIT 1"
    )
    if not found:
        return
    fid, version, agreed_by = found[0]
    committees = [b["name"] for b in context.bodies.values() if b["body_type"] == "steering_committee"]
    text = agreed_by.casefold()
    if STEERING_WORDS.search(agreed_by) or any(name and name.casefold() in text for name in committees):
        message = tr(
            "check:vision_by_steering",
            "Vision version {version} is recorded as agreed by {who}, a Steering Committee.",
            context.language,
            version=version,
            who=agreed_by,
        )
        yield Hit("vision_statements", fid, message)
