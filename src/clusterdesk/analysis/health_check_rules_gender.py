"""Health checks on gender figures that contradict themselves.

- gender.women_exceed_employees (error): a firm with more women employees than employees, in the registry
  (the project file refuses it, but a file edited elsewhere may hold it) or in a survey response (the
  answers to the standard questions women_employees and employees of one response).
- A women's association is a stakeholder of kind business association or NGO (or the lead of an
  association or enterprise network body) whose name or tags say women (women, mujeres, femmes, женщин …),
  or such a body itself. Its people are its contact persons and the members of the bodies it leads (or of
  the body itself), each counted once, by the gender recorded:
  gender.womens_association_mostly_men (error) when more of them are men than women;
  gender.men_in_womens_association (warning) when some are men, but fewer than women.
- gender.womens_association_sends_man (warning): a man sits in another body as the representative of a
  women's association.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from clusterdesk.analysis.health_checks import CheckContext, Hit, health_check, person_key
from clusterdesk.core.catalogue import tr

WOMEN_WORDS = re.compile(
    r"\bwom[ae]n|\bmujer(es)?\b|\bfemmes?\b|\bf[ée]minin|\bmulheres\b|женщин|женск|\bkad[ıi]n",
    re.IGNORECASE,
)
ASSOCIATION_KINDS = ("business_association", "ngo_other")
ORGANISATION_BODIES = ("association", "enterprise_network")


@health_check(
    "gender.women_exceed_employees",
    "error",
    lambda language: tr(
        "check:women_exceed:fix",
        "Correct the number of women employees or of employees (in the registry, or the survey answer).",
        language,
    ),
)
def women_exceed_employees(context: CheckContext) -> Iterator[Hit]:
    for fid, name, women, employees in context.rows(
        "SELECT fid, name, women_employees, employees FROM stakeholders"
        " WHERE women_employees IS NOT NULL AND employees IS NOT NULL AND women_employees > employees"
    ):
        message = tr(
            "check:women_exceed",
            "{firm} has {women} women employees but {employees} employees in all.",
            context.language,
            firm=name,
            women=women,
            employees=employees,
        )
        yield Hit("stakeholders", fid, message)
    if not context.has_table("survey_answers"):
        return
    for fid, stakeholder, name, survey, women, employees in context.rows(
        "SELECT r.fid, r.stakeholder_id, s.name, v.name, w.value_number, e.value_number"
        " FROM survey_questions qw JOIN survey_questions qe"
        " ON qe.survey_id = qw.survey_id AND qe.standard = 'employees'"
        " JOIN survey_answers w ON w.question_id = qw.fid"
        " JOIN survey_answers e ON e.question_id = qe.fid AND e.response_id = w.response_id"
        " JOIN survey_responses r ON r.fid = w.response_id JOIN surveys v ON v.fid = r.survey_id"
        " LEFT JOIN stakeholders s ON s.fid = r.stakeholder_id"
        " WHERE qw.standard = 'women_employees' AND w.value_number > e.value_number ORDER BY r.fid"
    ):
        message = tr(
            "check:women_exceed_survey",
            'In the survey "{survey}", {firm} answers {women} women employees but {employees} employees '
            "in all.",
            context.language,
            survey=survey,
            firm=name or f"#{stakeholder}",
            women=f"{women:g}",
            employees=f"{employees:g}",
        )
        yield Hit("survey_responses", fid, message, ("stakeholders", stakeholder) if name else None)


def _womens_stakeholders(context: CheckContext) -> dict[int, str]:
    leads = {
        b["lead_stakeholder_id"] for b in context.bodies.values() if b["body_type"] in ORGANISATION_BODIES
    }
    leads.discard(None)
    kinds = ", ".join(f"'{k}'" for k in ASSOCIATION_KINDS)
    lead_list = ", ".join(str(int(fid)) for fid in leads)
    where = f"kind IN ({kinds})" + (f" OR fid IN ({lead_list})" if lead_list else "")
    rows = context.rows(f"SELECT fid, name, tags FROM stakeholders WHERE {where}")
    return {fid: name for fid, name, tags in rows if WOMEN_WORDS.search(f"{name} {tags or ''}")}


def _people(context: CheckContext, stakeholder: int | None, bodies: set[int]) -> dict[str, str]:
    """Person -> gender ('female' or 'male') of a women's association's contacts and body members."""
    people: dict[str, str] = {}
    if stakeholder is not None:
        for name, gender in context.rows(
            "SELECT name, gender FROM contact_persons"
            " WHERE stakeholder_id = ? AND gender IN ('female', 'male')",
            (stakeholder,),
        ):
            people[person_key(name) or f"contact {name}"] = gender
    for member in context.members:
        if member["body_id"] in bodies and member["gender"] in ("female", "male"):
            people[person_key(member["person"]) or f"member {member['fid']}"] = member["gender"]
    return people


def womens_associations(context: CheckContext) -> list[dict[str, Any]]:
    """Each women's association: its stakeholder (or None), its bodies, its name, its people."""
    return context.shared("womens_associations", _read_womens_associations)


def _read_womens_associations(context: CheckContext) -> list[dict[str, Any]]:
    stakeholders = _womens_stakeholders(context)
    found = []
    for fid, name in sorted(stakeholders.items()):
        bodies = {b["fid"] for b in context.bodies.values() if b["lead_stakeholder_id"] == fid}
        found.append(
            {"table": "stakeholders", "fid": fid, "name": name, "stakeholder": fid, "bodies": bodies}
        )
    for body in context.bodies.values():
        if (
            body["body_type"] in ORGANISATION_BODIES
            and body["lead_stakeholder_id"] not in stakeholders
            and WOMEN_WORDS.search(body["name"] or "")
        ):
            found.append({"table": "governance_bodies", "fid": body["fid"], "name": body["name"],
                          "stakeholder": body["lead_stakeholder_id"], "bodies": {body["fid"]}})  # fmt: skip
    for association in found:
        association["people"] = _people(context, association["stakeholder"], association["bodies"])
    return found


def _share_hits(context: CheckContext, mostly: bool) -> Iterator[Hit]:
    for association in womens_associations(context):
        genders = list(association["people"].values())
        men, women = genders.count("male"), genders.count("female")
        if men == 0 or (men > women) != mostly:
            continue
        message = tr(
            "check:womens_association_men",
            "{association} is a women's association, yet {men} of its {people} people on record are men.",
            context.language,
            association=association["name"],
            men=men,
            people=men + women,
        )
        yield Hit(association["table"], association["fid"], message)


@health_check(
    "gender.womens_association_mostly_men",
    "error",
    lambda language: tr(
        "check:mostly_men:fix",
        "Check the gender recorded for the association's contact persons and members, or whether it is "
        "really a women's association (its name and tags).",
        language,
    ),
)
def womens_association_mostly_men(context: CheckContext) -> Iterator[Hit]:
    yield from _share_hits(context, mostly=True)


@health_check(
    "gender.men_in_womens_association",
    "warning",
    lambda language: tr(
        "check:some_men:fix",
        "Check the gender recorded for the men among the association's contact persons and members; if "
        "they are staff or advisers rather than members, record them so.",
        language,
    ),
)
def men_in_womens_association(context: CheckContext) -> Iterator[Hit]:
    yield from _share_hits(context, mostly=False)


@health_check(
    "gender.womens_association_sends_man",
    "warning",
    lambda language: tr(
        "check:sends_man:fix",
        "Check who represents the women's association in that body, and the gender recorded for them.",
        language,
    ),
)
def womens_association_sends_man(context: CheckContext) -> Iterator[Hit]:
    associations = {a["stakeholder"]: a for a in womens_associations(context) if a["stakeholder"] is not None}
    for member in context.members:
        association = associations.get(member["stakeholder_id"])
        if association is None or member["body_id"] in association["bodies"] or member["gender"] != "male":
            continue
        message = tr(
            "check:sends_man",
            "{association}, a women's association, is represented in {body} by a man, {person}.",
            context.language,
            association=association["name"],
            body=member["body_name"],
            person=member["person"] or context.member_name(member),
        )
        yield Hit("governance_members", member["fid"], message)
