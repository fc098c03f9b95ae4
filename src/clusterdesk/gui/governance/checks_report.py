"""The governance checks as an HTML page for the panel's Checks tab, in the interface language; every text
from the project is escaped, so names and decisions show as typed."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QLocale

from clusterdesk.analysis import governance_checks as checks
from clusterdesk.core.governance import GovernanceData
from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.gui.governance.labels import READINESS_ITEMS, follow_up_status, label
from clusterdesk.gui.governance.readiness import evidence
from clusterdesk.gui.i18n import interface_language, translate

OK, WARN, UNKNOWN = "#2e7d32", "#b0352c", "#757575"
BALANCE_RANGE = (0.3, 0.7)  # a female share outside this range is flagged


def percent(share: float | None) -> str:
    """'45%' as the interface language writes it; '—' without a share."""
    if share is None:
        return "—"
    return translate("GovernanceChecks", "{percent}%").format(percent=QLocale().toString(round(share * 100)))


def _section(title: str, body: str) -> str:
    return f"<h3 style='margin-bottom:2px'>{escape(title)}</h3>{body}"


def _list(items: list[str], colour: str) -> str:
    return "".join(f"<div style='color:{colour}'>• {item}</div>" for item in items)


def _note(text: str, colour: str) -> str:
    """One line that says the check found nothing to list (or nothing to check)."""
    return _list([escape(text)], colour)


def _table(rows: list[str]) -> str:
    return f"<table cellspacing=4>{''.join(rows)}</table>"


def _interest_groups(data: GovernanceData, today: dt.date) -> str:
    gaps = checks.missing_interest_groups(data, today)
    if gaps is None:
        return _note(translate("GovernanceChecks", "The cluster has no Cluster Commission yet."), WARN)
    if not gaps:
        return _note(translate("GovernanceChecks", "Every kind and sector of the registry has a seat."), OK)
    language = interface_language()
    seats = translate("GovernanceChecks", "{group} ({count} in the registry)")
    items = []
    for gap in gaps:
        if gap.group == "kind":
            group = kind_label(gap.code, language)
        else:
            group = translate("GovernanceChecks", "Sector {code}").format(code=gap.code)
        items.append(escape(seats.format(group=group, count=gap.registry_count)))
    return _list(items, WARN)


def _gender_balance(data: GovernanceData, today: dt.date) -> str:
    rows = []
    for balance in checks.gender_balance(data, today):
        share = balance.female_share
        flagged = share is not None and not BALANCE_RANGE[0] <= share <= BALANCE_RANGE[1]
        colour = WARN if flagged else OK if share is not None else UNKNOWN
        women = translate("GovernanceChecks", "{percent} women").format(percent=percent(share))
        if balance.unknown:
            counts = translate("GovernanceChecks", "women: {female}, men: {male}, unknown: {unknown}")
        else:
            counts = translate("GovernanceChecks", "women: {female}, men: {male}")
        counts = counts.format(female=balance.female, male=balance.male, unknown=balance.unknown)
        rows.append(
            f"<tr><td>{escape(balance.body)}</td><td style='color:{colour}'>{escape(women)}</td>"
            f"<td>{escape(counts)}</td></tr>"
        )
    return _table(rows)


def _chairs_and_terms(data: GovernanceData, today: dt.date, names: dict[int, str]) -> list[tuple[str, str]]:
    without = checks.bodies_without_chair(data, today)
    if without:
        chairs = _list([escape(b["name"]) for b in without], WARN)
    else:
        chairs = _note(translate("GovernanceChecks", "Every body has a chair."), OK)
    expired = [
        translate("GovernanceChecks", "{member} — {body}, until {day}").format(
            member=data.member_name(m), body=names[m["body_id"]], day=m["term_end"]
        )
        for m in checks.expired_terms(data, today)
    ]
    terms = (
        _list([escape(t) for t in expired], WARN)
        if expired
        else _note(translate("GovernanceChecks", "No expired terms."), OK)
    )
    return [
        (translate("GovernanceChecks", "Bodies without a chair"), chairs),
        (translate("GovernanceChecks", "Expired terms"), terms),
    ]


def _attendance(data: GovernanceData, names: dict[int, str]) -> str:
    rows = []
    for body_id, years in checks.attendance_by_body_over_time(data).items():
        cells = " ".join(f"{year}: <b>{escape(percent(rate.rate))}</b>" for year, rate in years)
        rows.append(f"<tr><td>{escape(names[body_id])}</td><td>{cells}</td></tr>")
    return _table(rows) if rows else _note(translate("GovernanceChecks", "No attendance taken yet."), UNKNOWN)


def _decisions(data: GovernanceData) -> str:
    rows = []
    for item in checks.decision_follow_up(data)[-12:]:  # the latest decisions; older ones are in Meetings
        status = follow_up_status(data, item.decision)
        if item.percent_complete is not None:
            done = QLocale().toString(round(item.percent_complete))
            status = translate("GovernanceChecks", "{status} ({percent}%)").format(
                status=status, percent=done
            )
        rows.append(
            f"<tr><td>{escape(str(item.meeting['held_on']))}</td><td>{escape(item.body)}</td>"
            f"<td>{escape(item.decision['text'])}</td><td>{escape(status)}</td></tr>"
        )
    return _table(rows) if rows else _note(translate("GovernanceChecks", "No decisions yet."), UNKNOWN)


def _maturity(data: GovernanceData) -> str:
    period = escape(translate("GovernanceChecks", "{start} – {end}: {level}"))
    now = translate("GovernanceChecks", "now")
    items = [
        period.format(
            start=escape(str(row["period_start"])),
            end=escape(str(row["period_end"] or now)),
            level=f"<b>{escape(label('leadership', row['leadership']))}</b>",
        )
        for row in data.maturity
    ]
    return (
        _list(items, "#263238")
        if items
        else _note(translate("GovernanceChecks", "No periods recorded."), UNKNOWN)
    )


def _readiness(data: GovernanceData, today: dt.date) -> tuple[str, str]:
    readiness = checks.phase_out_readiness(data, today)
    done, judged = checks.readiness_score(readiness)
    items = []
    for item in readiness:
        mark, colour = ("✔", OK) if item.done else ("?", UNKNOWN) if item.done is None else ("✘", WARN)
        by_hand = translate("GovernanceChecks", "(ticked by hand)")
        how = "" if item.computed else f" <i>{escape(by_hand)}</i>"
        shown = escape(label("readiness", item.code) if item.code in READINESS_ITEMS else item.label)
        proof = escape(evidence(item, data, today))
        items.append(f"<span style='color:{colour}'>{mark}</span> {shown}{how} — {proof}")
    title = translate("GovernanceChecks", "Phase-out readiness: {done} of {judged}").format(
        done=done, judged=judged
    )
    return title, _list(items, "#263238")


def checks_html(data: GovernanceData, today: dt.date) -> str:
    names = {b["fid"]: b["name"] for b in data.bodies}
    as_of = translate("GovernanceChecks", "As of {day}")
    sections = (
        (translate("GovernanceChecks", "Interest groups absent from the Cluster Commission"),
         _interest_groups(data, today)),
        (translate("GovernanceChecks", "Gender balance of current members"), _gender_balance(data, today)),
        *_chairs_and_terms(data, today, names),
        (translate("GovernanceChecks", "Attendance by body and year"), _attendance(data, names)),
        (translate("GovernanceChecks", "Latest decisions and their follow-up"), _decisions(data)),
        (translate("GovernanceChecks", "Governance maturity (who leads joint actions)"), _maturity(data)),
        _readiness(data, today),
    )  # fmt: skip
    heading = f"<p style='color:{UNKNOWN}'>{escape(as_of.format(day=today.isoformat()))}</p>"
    return heading + "".join(_section(title, body) for title, body in sections)
