"""Health checks on dates that contradict each other: meetings and members outside their body's life, plan
tasks before the project starts, ties and memberships before an organisation was founded, a diagnostic
after the plan it should inform, and surveys dated out of their rounds' order."""

from __future__ import annotations

from collections.abc import Iterator

from clusterdesk.analysis.health_checks import CheckContext, Hit, health_check
from clusterdesk.core.catalogue import tr
from clusterdesk.core.survey_rounds import default_order_key
from clusterdesk.core.vocabulary_labels import survey_round_label

YEAR = "CAST(substr({0}, 1, 4) AS INTEGER)"
# bodies that are the organisation their lead stakeholder is: their members join that organisation
ORGANISATION_BODIES = ("association", "enterprise_network")


@health_check(
    "governance.meeting_before_body",
    "error",
    lambda language: tr(
        "check:meeting_before_body:fix",
        "Correct the meeting's date, or the date the body was established, in the Governance panel.",
        language,
    ),
)
def meeting_before_body(context: CheckContext) -> Iterator[Hit]:
    for fid, held_on, body, established in context.rows(
        "SELECT m.fid, m.held_on, b.name, b.established_on FROM governance_meetings m"
        " JOIN governance_bodies b ON b.fid = m.body_id"
        " WHERE b.established_on IS NOT NULL AND m.held_on < b.established_on ORDER BY m.fid"
    ):
        message = tr(
            "check:meeting_before_body",
            "The meeting of {body} on {date} is before {body} was established ({established}).",
            context.language,
            body=body,
            date=context.date(held_on),
            established=context.date(established),
        )
        yield Hit("governance_meetings", fid, message)
    # an association or enterprise network body is its lead organisation: it cannot meet before that exists
    types = ", ".join(f"'{t}'" for t in ORGANISATION_BODIES)
    for fid, held_on, body, organisation, founded in context.rows(
        "SELECT m.fid, m.held_on, b.name, s.name, s.year_founded FROM governance_meetings m"
        " JOIN governance_bodies b ON b.fid = m.body_id JOIN stakeholders s ON s.fid = b.lead_stakeholder_id"
        f" WHERE b.body_type IN ({types}) AND s.year_founded IS NOT NULL"
        f" AND {YEAR.format('m.held_on')} < s.year_founded"
        " AND (b.established_on IS NULL OR m.held_on >= b.established_on) ORDER BY m.fid"
    ):
        message = tr(
            "check:meeting_before_founding",
            "The meeting of {body} on {date} is before {organisation}, which the body is, was founded "
            "({year}).",
            context.language,
            body=body,
            date=context.date(held_on),
            organisation=organisation,
            year=founded,
        )
        yield Hit("governance_meetings", fid, message)


@health_check(
    "governance.meeting_after_dissolution",
    "error",
    lambda language: tr(
        "check:meeting_after_dissolution:fix",
        "Correct the meeting's date, or the date the body was dissolved, in the Governance panel.",
        language,
    ),
)
def meeting_after_dissolution(context: CheckContext) -> Iterator[Hit]:
    for fid, held_on, body, dissolved in context.rows(
        "SELECT m.fid, m.held_on, b.name, b.dissolved_on FROM governance_meetings m"
        " JOIN governance_bodies b ON b.fid = m.body_id"
        " WHERE b.dissolved_on IS NOT NULL AND m.held_on > b.dissolved_on ORDER BY m.fid"
    ):
        message = tr(
            "check:meeting_after_dissolution",
            "The meeting of {body} on {date} is after {body} was dissolved ({dissolved}).",
            context.language,
            body=body,
            date=context.date(held_on),
            dissolved=context.date(dissolved),
        )
        yield Hit("governance_meetings", fid, message)


@health_check(
    "governance.member_before_body",
    "error",
    lambda language: tr(
        "check:member_before_body:fix",
        "Start the member's term on or after the day the body was established, or correct that day.",
        language,
    ),
)
def member_before_body(context: CheckContext) -> Iterator[Hit]:
    for member in context.members:
        body = context.bodies[member["body_id"]]
        start, established = member["term_start"], body["established_on"]
        if start is not None and established is not None and str(start) < str(established):
            message = tr(
                "check:member_before_body",
                "{member}'s term in {body} starts on {start}, before {body} was established ({established}).",
                context.language,
                member=context.member_name(member),
                body=body["name"],
                start=context.date(start),
                established=context.date(established),
            )
            yield Hit("governance_members", member["fid"], message)


@health_check(
    "governance.membership_before_founding",
    "error",
    lambda language: tr(
        "check:governance_founding:fix",
        "Correct the organisation's year founded in the registry, or the body's and its members' dates.",
        language,
    ),
)
def membership_before_founding(context: CheckContext) -> Iterator[Hit]:
    """Members of an association or enterprise network body joining before the organisation that leads it
    (the body is that organisation) was founded; and such a body established before it."""
    founded: dict[int, tuple[str, int]] = {}
    for body in context.bodies.values():
        if body["body_type"] in ORGANISATION_BODIES and body["lead_stakeholder_id"] is not None:
            found = context.rows(
                "SELECT name, year_founded FROM stakeholders WHERE fid = ? AND year_founded IS NOT NULL",
                (body["lead_stakeholder_id"],),
            )
            if found:
                founded[body["fid"]] = found[0]
    for body_id, (organisation, year) in founded.items():
        body = context.bodies[body_id]
        established = body["established_on"]
        if established and int(str(established)[:4]) < year:
            message = tr(
                "check:body_before_founding",
                "{body} is established on {date}, before {organisation}, which the body is, was founded "
                "({year}).",
                context.language,
                body=body["name"],
                date=context.date(established),
                organisation=organisation,
                year=year,
            )
            yield Hit("governance_bodies", body_id, message)
    for member in context.members:
        if member["body_id"] in founded and member["term_start"]:
            organisation, year = founded[member["body_id"]]
            if int(str(member["term_start"])[:4]) < year:
                message = tr(
                    "check:member_before_founding",
                    "{member} is a member of {body} from {date}, before {organisation} was founded ({year}).",
                    context.language,
                    member=context.member_name(member),
                    body=member["body_name"],
                    date=context.date(member["term_start"]),
                    organisation=organisation,
                    year=year,
                )
                yield Hit("governance_members", member["fid"], message)


@health_check(
    "plan.task_before_project_start",
    "error",
    lambda language: tr(
        "check:task_before_start:fix",
        "Move the task to start on or after the project's start date, or correct the start date in "
        "File ▸ Project properties.",
        language,
    ),
)
def task_before_project_start(context: CheckContext) -> Iterator[Hit]:
    start = context.project_info.get("start_date")
    if not start:
        return
    for fid, name, task_start in context.rows(
        "SELECT fid, name, start FROM plan_tasks WHERE start IS NOT NULL AND start < ? ORDER BY start, fid",
        (str(start)[:10],),
    ):
        message = tr(
            "check:task_before_start",
            'The task "{task}" starts on {date}, before the project starts ({start}).',
            context.language,
            task=name,
            date=context.date(task_start),
            start=context.date(start),
        )
        yield Hit("plan_tasks", fid, message)


def _dated_ties(context: CheckContext) -> list[tuple]:
    """(fid, source, target, kind, since, year of since) of every dated tie whose year is before the founding
    of one of its ends. Founding years are read first and compared in Python: joining every tie to both
    stakeholder rows would read their wide rows (geometry included) twice per tie."""
    founded = dict(context.rows("SELECT fid, year_founded FROM stakeholders WHERE year_founded IS NOT NULL"))
    late = []
    for fid, source, target, kind, since in context.rows(
        "SELECT fid, source_id, target_id, kind, since FROM relations WHERE since IS NOT NULL"
    ):
        try:
            year = int(str(since)[:4])
        except ValueError:
            continue
        if year < founded.get(source, year) or year < founded.get(target, year):
            late.append((fid, source, target, kind, since, year, founded.get(source), founded.get(target)))
    return late


def _names(context: CheckContext, fids: set[int]) -> dict[int, str]:
    if not fids:
        return {}
    if len(fids) > 500:
        return dict(context.rows("SELECT fid, name FROM stakeholders"))
    listed = ", ".join(str(int(f)) for f in fids)
    return dict(context.rows(f"SELECT fid, name FROM stakeholders WHERE fid IN ({listed})"))


@health_check(
    "relations.since_before_founded",
    "error",
    lambda language: tr(
        "check:since_before_founded:fix",
        "Correct the relation's 'since' date or the stakeholder's year founded.",
        language,
    ),
)
def since_before_founded(context: CheckContext) -> Iterator[Hit]:
    """A tie dated before one of its ends was founded (for a member_of tie, before the member was founded;
    the association's side is relations.membership_before_founding)."""
    found = [
        t
        for t in context.shared("dated_ties", _dated_ties)
        if (t[6] is not None and t[5] < t[6]) or (t[3] != "member_of" and t[7] is not None and t[5] < t[7])
    ]
    names = _names(context, {t[1] for t in found} | {t[2] for t in found})
    for fid, source, target, _kind, since, year, source_year, target_year in found:
        late, founded = (
            (source, source_year) if source_year is not None and year < source_year else (target, target_year)
        )
        message = tr(
            "check:since_before_founded",
            "The relation {source} → {target} is dated {since}, before {late} was founded ({year}).",
            context.language,
            source=names.get(source, source),
            target=names.get(target, target),
            since=context.date(since),
            late=names.get(late, late),
            year=founded,
        )
        yield Hit("relations", fid, message)


@health_check(
    "relations.membership_before_founding",
    "error",
    lambda language: tr(
        "check:membership_before_founding:fix",
        "Correct the membership's 'since' date or the association's year founded.",
        language,
    ),
)
def membership_before_founding_relation(context: CheckContext) -> Iterator[Hit]:
    found = [
        t
        for t in context.shared("dated_ties", _dated_ties)
        if t[3] == "member_of" and t[7] is not None and t[5] < t[7]
    ]
    names = _names(context, {t[1] for t in found} | {t[2] for t in found})
    for fid, member, association, _kind, since, _year, _source_year, founded in found:
        message = tr(
            "check:membership_before_founding",
            "{member} is a member of {association} since {since}, before {association} was founded ({year}).",
            context.language,
            member=names.get(member, member),
            association=names.get(association, association),
            since=context.date(since),
            year=founded,
        )
        yield Hit("relations", fid, message)


@health_check(
    "diagnostic.after_plan_start",
    "warning",
    lambda language: tr(
        "check:diagnostic_after_plan:fix",
        "The diagnostic comes before the action plan: correct the report's date, or the plan's first "
        "start if the plan was drawn up after the diagnostic.",
        language,
    ),
)
def diagnostic_after_plan(context: CheckContext) -> Iterator[Hit]:
    first = context.rows(
        "SELECT start, name FROM plan_tasks WHERE start IS NOT NULL ORDER BY start, fid LIMIT 1"
    )
    if not first:
        return
    start, task = first[0]
    for fid, title, day in context.rows(
        "SELECT fid, title, report_date FROM diagnostic_reports WHERE report_date > ? ORDER BY fid",
        (str(start)[:10],),
    ):
        message = tr(
            "check:diagnostic_after_plan",
            'The diagnostic report "{report}" is dated {date}, after the action plan\'s first task '
            '("{task}") starts on {start}.',
            context.language,
            report=title,
            date=context.date(day),
            task=task,
            start=context.date(start),
        )
        yield Hit("diagnostic_reports", fid, message)


def _round_ranks(context: CheckContext) -> dict[str, int]:
    listed = context.rows("SELECT code, position, held_on FROM survey_rounds")
    ordered = [r[0] for r in sorted(listed, key=lambda r: (r[1], str(r[2] or "9999"), r[0]))]
    used = {r[0] for r in context.rows("SELECT DISTINCT round_code FROM surveys") if r[0]}
    ordered += sorted(used - set(ordered), key=default_order_key)
    return {code: index for index, code in enumerate(ordered)}


@health_check(
    "surveys.out_of_round_order",
    "error",
    lambda language: tr(
        "check:survey_order:fix",
        "Correct the survey's date or its round, or the order of the survey rounds.",
        language,
    ),
)
def surveys_out_of_order(context: CheckContext) -> Iterator[Hit]:
    """A survey of a later round dated before a survey of an earlier round; a survey round dated before a
    round placed before it."""
    rounds = context.rows(
        "SELECT fid, code, held_on FROM survey_rounds WHERE held_on IS NOT NULL ORDER BY position, fid"
    )
    latest: tuple | None = None
    for fid, code, held_on in rounds:
        if latest is not None and str(held_on) < str(latest[2]):
            message = tr(
                "check:round_order",
                "The survey round {round} is dated {date}, before the earlier round {earlier} "
                "({earlier_date}).",
                context.language,
                round=survey_round_label(code, context.language),
                date=context.date(held_on),
                earlier=survey_round_label(latest[1], context.language),
                earlier_date=context.date(latest[2]),
            )
            yield Hit("survey_rounds", fid, message)
        elif latest is None or str(held_on) > str(latest[2]):
            latest = (fid, code, held_on)
    rank = _round_ranks(context)
    surveys = [
        (rank.get(code, len(rank)), str(held_on), fid, name, code)
        for fid, name, code, held_on in context.rows(
            "SELECT fid, name, round_code, held_on FROM surveys WHERE held_on IS NOT NULL"
        )
    ]
    for later in surveys:
        earlier = [s for s in surveys if s[0] < later[0] and s[1] > later[1]]
        if earlier:
            first = max(earlier, key=lambda s: s[1])
            message = tr(
                "check:survey_order",
                'The survey "{survey}" of round {round} is dated {date}, before the survey "{earlier}" of '
                "the earlier round {earlier_round} ({earlier_date}).",
                context.language,
                survey=later[3],
                round=survey_round_label(later[4], context.language),
                date=context.date(later[1]),
                earlier=first[3],
                earlier_round=survey_round_label(first[4], context.language),
                earlier_date=context.date(first[1]),
            )
            yield Hit("surveys", later[2], message)
