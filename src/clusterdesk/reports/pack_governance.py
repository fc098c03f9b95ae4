"""The governance section of the pack: bodies with their purpose and place in the structure, members, the
representation checks, meetings and attendance, maturity and readiness for the CDA's withdrawal.

Every figure comes from `analysis.governance_checks`, so the pack says what the Governance panel says.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from clusterdesk.analysis import governance_checks as checks
from clusterdesk.core.governance import GovernanceData, load_governance
from clusterdesk.core.vocabulary_labels import kind_label, label
from clusterdesk.reports.pack_context import PackContext
from clusterdesk.reports.pack_sections import heading
from clusterdesk.reports.pack_style import MUTED, data_table_style

# A body whose share of women lies outside this range is flagged, as in the Governance panel's checks.
BALANCE_RANGE = (0.3, 0.7)
WARNING = colors.HexColor("#b0352c")
GOOD = colors.HexColor("#2e7d32")


def _mark(done: bool | None) -> tuple[str, colors.Color]:
    if done is None:
        return "?", MUTED
    return ("✔", GOOD) if done else ("✘", WARNING)


def _tree_order(bodies: list[dict]) -> list[tuple[dict, int]]:
    """Bodies depth first from the top of the structure, each with its depth, so indents show the tree."""
    children: dict[int | None, list[dict]] = defaultdict(list)
    known = {b["fid"] for b in bodies}
    for body in bodies:
        parent = body["parent_id"] if body["parent_id"] in known else None
        children[parent].append(body)
    ordered: list[tuple[dict, int]] = []
    seen: set[int] = set()

    def visit(parent: int | None, depth: int) -> None:
        for body in children.get(parent, []):
            if body["fid"] not in seen:  # a cycle in damaged data must not loop for ever
                seen.add(body["fid"])
                ordered.append((body, depth))
                visit(body["fid"], depth + 1)

    visit(None, 0)
    ordered += [(b, 0) for b in bodies if b["fid"] not in seen]
    return ordered


def _cell(context: PackContext, text: str, right: bool = False) -> Paragraph:
    return Paragraph(text, context.styles.cell_right if right else context.styles.cell)


def _bodies_table(context: PackContext, data: GovernanceData, today: dt.date) -> Table:
    width = context.frame_width
    names = {b["fid"]: b["name"] for b in data.bodies}
    meetings = defaultdict(int)
    for meeting in data.meetings:
        meetings[meeting["body_id"]] += 1
    t = context.t
    rows = [[t("col_body"), t("col_purpose"), t("col_reports_to"), t("col_members"), t("col_meetings")]]
    for body, depth in _tree_order(data.bodies):
        label = f"<b>{escape(body['name'])}</b><br/><font color='#616e7c'>"
        label += escape(checks.body_type_label(body["body_type"], context.language))
        if body["dissolved_on"] and body["dissolved_on"] <= today:
            label += escape(t("dissolved", date=context.date(body["dissolved_on"])))
        label += "</font>"
        # the place in the structure as an indent of the whole cell, wrapped lines included
        indented = ParagraphStyle(f"body_depth_{depth}", parent=context.styles.cell, leftIndent=7 * depth)
        members = len(checks.active_members(data, body["fid"], today))
        rows.append(
            [
                Paragraph(label, indented),
                _cell(context, escape(body["purpose"] or "–")),
                _cell(context, escape(names.get(body["parent_id"], "–"))),
                context.number(members),
                context.number(meetings[body["fid"]]),
            ]
        )
    table = Table(
        rows, colWidths=[width * 0.28, width * 0.32, width * 0.18, width * 0.11, width * 0.11], repeatRows=1
    )
    table.setStyle(data_table_style(numeric_from_column=3))
    return table


def _term(context: PackContext, member: dict, today: dt.date) -> str:
    start, end = member["term_start"], member["term_end"]
    day = context.date
    if end and end < today:
        return f"<font color='#b0352c'>{escape(context.t('term_ended_on', date=day(end)))}</font>"
    if end:
        return escape(context.t("term_until", date=day(end)))
    return escape(context.t("term_since", date=day(start))) if start else "–"


def _member_tables(context: PackContext, data: GovernanceData, today: dt.date) -> list:
    width = context.frame_width
    story: list = []
    for body, _depth in _tree_order(checks.active_bodies(data, today)):
        members = data.members_of(body["fid"])
        if not members:
            continue
        t = context.t
        rows = [[t("col_member"), t("col_role"), t("col_interest"), t("col_gender"), t("col_term")]]
        for member in members:
            contact = data.contacts.get(member["contact_id"]) or {}
            gender = member["gender"] or contact.get("gender")
            language = context.language
            role = label("member_role", member["role"], language)
            if member["team_position"]:
                role = label("team_position", member["team_position"], language)
            group = member["interest_group"]
            term = _term(context, member, today)
            rows.append(
                [
                    _cell(context, escape(data.member_name(member))),
                    _cell(context, escape(role)),
                    _cell(context, escape(kind_label(group, language) if group else "–")),
                    label("gender", gender, language) if gender else "–",
                    _cell(context, term),
                ]
            )
        table = Table(
            rows,
            colWidths=[width * 0.4, width * 0.17, width * 0.18, width * 0.08, width * 0.17],
            repeatRows=1,
        )
        table.setStyle(data_table_style())
        title = Paragraph(escape(context.t("h_members", body=body["name"])), context.styles.h2)
        story += [CondPageBreak(30 * mm), title, table]
    return story


def _check_list(context: PackContext, title: str, items: list[str], ok_text: str) -> list:
    styles = context.styles
    lines = items or [ok_text]
    colour = "#b0352c" if items else "#2e7d32"
    mark = "✘" if items else "✔"
    paragraphs = [Paragraph(f"<font color='{colour}'>{mark}</font> {line}", styles.body) for line in lines]
    return [KeepTogether([Paragraph(escape(title), styles.h2), *paragraphs])]


def _representation(context: PackContext, data: GovernanceData, today: dt.date) -> list:
    styles, width = context.styles, context.frame_width
    t = context.t
    story: list = [CondPageBreak(60 * mm), Paragraph(escape(t("h_representation")), styles.h2)]
    story.append(Paragraph(escape(t("as_of", date=context.long_date(today))), styles.small))
    gaps = checks.missing_interest_groups(data, today, context.language)
    if gaps is None:
        story += _check_list(
            context, t("h_absent"), [escape(t("no_commission"))], "",
        )  # fmt: skip
    else:
        story += _check_list(
            context,
            t("h_absent"),
            [escape(t("in_registry", label=g.label, count=context.number(g.registry_count))) for g in gaps],
            escape(t("every_seat")),
        )
    head = ParagraphStyle("cell_head_right", parent=context.styles.cell_head, alignment=TA_RIGHT)
    rows = [
        [
            t("col_body"),
            t("col_women_count"),
            t("col_men"),
            t("col_other"),
            Paragraph(escape(t("col_not_recorded")), head),
            Paragraph(escape(t("col_women_share")), head),
        ]  # fmt: skip
    ]
    flagged_rows = []
    for balance in checks.gender_balance(data, today):
        share = balance.female_share
        if share is not None and not BALANCE_RANGE[0] <= share <= BALANCE_RANGE[1]:
            flagged_rows.append(len(rows))
        rows.append(
            [
                _cell(context, escape(balance.body)),
                context.number(balance.female),
                context.number(balance.male),
                context.number(balance.other),
                context.number(balance.unknown),
                context.percent(share),
            ]
        )
    if len(rows) > 1:
        table = Table(rows, colWidths=[width * 0.4] + [width * 0.12] * 5, repeatRows=1)
        table.setStyle(data_table_style(numeric_from_column=1))
        table.setStyle(TableStyle([("TEXTCOLOR", (5, r), (5, r), WARNING) for r in flagged_rows]))
        low, high = (context.percent(b) for b in BALANCE_RANGE)
        note = Paragraph(escape(t("shares_red", low=low, high=high)), styles.small)
        story += [KeepTogether([Paragraph(escape(t("h_gender")), styles.h2), table, note])]
    without = checks.bodies_without_chair(data, today)
    story += _check_list(
        context, t("h_chairless"), [escape(b["name"]) for b in without], escape(t("every_chair"))
    )
    names = {b["fid"]: b["name"] for b in data.bodies}
    expired = [
        f"{escape(data.member_name(m))}, {escape(names[m['body_id']])}: "
        + escape(t("term_ended", date=context.date(m["term_end"])))
        for m in checks.expired_terms(data, today)
    ]
    story += _check_list(context, t("h_expired"), expired, escape(t("no_expired")))
    return story


def _attendance(context: PackContext, data: GovernanceData) -> list:
    styles, width = context.styles, context.frame_width
    counts = defaultdict(int)
    for meeting in data.meetings:
        counts[meeting["body_id"]] += 1
    by_year = checks.attendance_by_body_over_time(data)
    t = context.t
    rows = [[t("col_body"), t("col_meetings"), t("col_attendance"), t("col_by_year")]]
    for body, _depth in _tree_order(data.bodies):
        if not counts[body["fid"]]:
            continue
        years = by_year.get(body["fid"], [])
        present = sum(rate.present for _year, rate in years)
        expected = sum(rate.meetings for _year, rate in years)
        overall = checks.AttendanceRate(present, 0, expected).rate
        yearly = ", ".join(f"{year}: {context.percent(rate.rate)}" for year, rate in years) or t("not_taken")
        rows.append(
            [
                _cell(context, escape(body["name"])),
                context.number(counts[body["fid"]]),
                context.percent(overall),
                _cell(context, yearly),
            ]
        )
    if len(rows) == 1:
        return []
    table = Table(rows, colWidths=[width * 0.36, width * 0.11, width * 0.13, width * 0.4], repeatRows=1)
    table.setStyle(data_table_style())
    table.setStyle(TableStyle([("ALIGN", (1, 0), (2, -1), "RIGHT")]))
    note = Paragraph(escape(t("attendance_note")), styles.small)
    return [CondPageBreak(40 * mm), Paragraph(escape(t("h_meetings")), styles.h2), table, note]


def _maturity(context: PackContext, data: GovernanceData, today: dt.date) -> list:
    styles, width = context.styles, context.frame_width
    t = context.t
    story: list = [CondPageBreak(50 * mm), Paragraph(escape(t("h_maturity")), styles.h2)]
    timeline = checks.maturity_timeline(data, context.language)
    if timeline:
        rows = [[t("col_period"), t("col_led_by")]]
        for start, end, label, _level in timeline:
            rows.append(
                [
                    f"{context.date(start)} – " + (context.date(end) if end else t("now")),
                    label,
                ]
            )
        table = Table(rows, colWidths=[width * 0.35, width * 0.65], repeatRows=1)
        table.setStyle(data_table_style())
        story += [table, Spacer(1, 3 * mm)]
    items = checks.phase_out_readiness(data, today, context.language)
    done, judged = checks.readiness_score(items)
    unjudged = len(items) - judged
    met = t("conditions_met", done=context.number(done), judged=context.number(judged))
    met += escape(context.plural("conditions_unjudged", unjudged)) if unjudged else "."
    story.append(Paragraph(met, styles.body))
    rows = [["", t("col_condition"), t("col_evidence")]]
    marks = []
    for item in items:
        mark, colour = _mark(item.done)
        marks.append(("TEXTCOLOR", (0, len(rows)), (0, len(rows)), colour))
        how = "" if item.computed else f" <i>{escape(t('ticked_by_hand'))}</i>"
        condition = escape(item.label) + how
        rows.append([mark, _cell(context, condition), _cell(context, escape(item.evidence))])
    table = Table(rows, colWidths=[width * 0.05, width * 0.5, width * 0.45], repeatRows=1)
    table.setStyle(data_table_style())
    table.setStyle(
        TableStyle([("FONTSIZE", (0, 1), (0, -1), 10), ("ALIGN", (0, 0), (0, -1), "CENTER"), *marks])
    )
    story.append(table)
    return story


def governance(context: PackContext, today: dt.date | None = None) -> list:
    """The governance section, or nothing when the project records no governance body."""
    if not context.has_table("governance_bodies"):
        return []
    if context.count("SELECT count(*) FROM governance_bodies") == 0:
        return []
    today = today or dt.date.today()
    data = load_governance(context.project.session)
    active = checks.active_bodies(data, today)
    members = sum(len(checks.active_members(data, b["fid"], today)) for b in active)
    summary = context.t(
        "gov_summary",
        bodies=context.number(len(active)),
        members=context.number(members),
        meetings=context.number(len(data.meetings)),
    )
    story = [
        heading(context, context.t("governance"), "governance"),
        Paragraph(escape(summary), context.styles.lead),
        Paragraph(escape(context.t("h_bodies")), context.styles.h2),
        _bodies_table(context, data, today),
    ]
    story += _member_tables(context, data, today)
    story += _representation(context, data, today)
    story += _attendance(context, data)
    story += _maturity(context, data, today)
    return story
