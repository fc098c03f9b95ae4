"""The governance checks as an HTML page for the panel's Checks tab; every text from the project is
escaped, so names and decisions show as typed."""

from __future__ import annotations

import datetime as dt
from html import escape

from clusterdesk.analysis import governance_checks as checks
from clusterdesk.core.governance import GovernanceData

OK, WARN, UNKNOWN = "#2e7d32", "#b0352c", "#757575"
BALANCE_RANGE = (0.3, 0.7)  # a female share outside this range is flagged


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{share:.0%}"


def _section(title: str, body: str) -> str:
    return f"<h3 style='margin-bottom:2px'>{escape(title)}</h3>{body}"


def _list(items: list[str], colour: str) -> str:
    return "".join(f"<div style='color:{colour}'>• {item}</div>" for item in items)


def checks_html(data: GovernanceData, today: dt.date) -> str:
    parts = [f"<p style='color:{UNKNOWN}'>As of {today.isoformat()}</p>"]
    gaps = checks.missing_interest_groups(data, today)
    if gaps is None:
        body = _list(["The cluster has no Cluster Commission yet."], WARN)
    elif not gaps:
        body = _list(["Every kind and sector of the registry has a seat."], OK)
    else:
        body = _list([f"{escape(g.label)} ({g.registry_count} in the registry)" for g in gaps], WARN)
    parts.append(_section("Interest groups absent from the Cluster Commission", body))

    rows = []
    for balance in checks.gender_balance(data, today):
        share = balance.female_share
        flagged = share is not None and not BALANCE_RANGE[0] <= share <= BALANCE_RANGE[1]
        colour = WARN if flagged else OK if share is not None else UNKNOWN
        unknown = f", {balance.unknown} unknown" if balance.unknown else ""
        rows.append(
            f"<tr><td>{escape(balance.body)}</td><td style='color:{colour}'>{_percent(share)} women</td>"
            f"<td>{balance.female} women, {balance.male} men{unknown}</td></tr>"
        )
    parts.append(
        _section("Gender balance of current members", f"<table cellspacing=4>{''.join(rows)}</table>")
    )

    without = checks.bodies_without_chair(data, today)
    body = (
        _list([escape(b["name"]) for b in without], WARN)
        if without
        else _list(["Every body has a chair."], OK)
    )
    parts.append(_section("Bodies without a chair", body))
    expired = checks.expired_terms(data, today)
    names = {b["fid"]: b["name"] for b in data.bodies}
    items = [
        f"{escape(data.member_name(m))} — {escape(names[m['body_id']])}, until {escape(str(m['term_end']))}"
        for m in expired
    ]
    parts.append(_section("Expired terms", _list(items, WARN) if items else _list(["No expired terms."], OK)))

    rows = []
    for body_id, years in checks.attendance_by_body_over_time(data).items():
        cells = " ".join(f"{year}: <b>{_percent(rate.rate)}</b>" for year, rate in years)
        rows.append(f"<tr><td>{escape(names[body_id])}</td><td>{cells}</td></tr>")
    attendance = (
        f"<table cellspacing=4>{''.join(rows)}</table>"
        if rows
        else _list(["No attendance taken yet."], UNKNOWN)
    )
    parts.append(_section("Attendance by body and year", attendance))

    follow_ups = checks.decision_follow_up(data)
    rows = []
    for item in follow_ups[-12:]:  # the latest decisions; older ones are in the Meetings tab
        progress = "" if item.percent_complete is None else f" ({item.percent_complete:.0f} %)"
        rows.append(
            f"<tr><td>{escape(str(item.meeting['held_on']))}</td><td>{escape(item.body)}</td>"
            f"<td>{escape(item.decision['text'])}</td><td>{escape(item.status)}{progress}</td></tr>"
        )
    decisions = (
        f"<table cellspacing=4>{''.join(rows)}</table>" if rows else _list(["No decisions yet."], UNKNOWN)
    )
    parts.append(_section("Latest decisions and their follow-up", decisions))

    timeline = checks.maturity_timeline(data)
    items = [
        f"{escape(str(start))} – {escape(str(end or 'now'))}: <b>{escape(label)}</b>"
        for start, end, label, _level in timeline
    ]
    parts.append(
        _section(
            "Governance maturity (who leads joint actions)",
            _list(items, "#263238") if items else _list(["No periods recorded."], UNKNOWN),
        )
    )

    readiness = checks.phase_out_readiness(data, today)
    done, judged = checks.readiness_score(readiness)
    items = []
    for item in readiness:
        mark, colour = ("✔", OK) if item.done else ("?", UNKNOWN) if item.done is None else ("✘", WARN)
        how = "" if item.computed else " <i>(ticked by hand)</i>"
        items.append(
            f"<span style='color:{colour}'>{mark}</span> {escape(item.label)}{how} — {escape(item.evidence)}"
        )
    parts.append(_section(f"Phase-out readiness: {done} of {judged}", _list(items, "#263238")))
    return "".join(parts)
