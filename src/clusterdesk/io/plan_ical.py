"""iCalendar (RFC 5545) of the plan's milestones and of the governance bodies' meetings, for the
calendars of CDAs and steering committee members. Milestones are all-day events; each event's UID comes
from the record's UUID, so a calendar program updates an event instead of duplicating it when the file
is imported again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from clusterdesk import __version__
from clusterdesk.core.governance import GovernanceBody, GovernanceMeeting
from clusterdesk.core.project import Project
from clusterdesk.io.output_file import written_atomically
from clusterdesk.io.plan_records import PlanDocument

LINE_LIMIT = 75  # octets per line before folding (RFC 5545, 3.1)


@dataclass(frozen=True)
class Meeting:
    """A meeting (e.g. of a governance body), exported next to the milestones: a whole day when its
    start is a date, or a time span when start and end are datetimes (naive ones meaning UTC)."""

    uuid: str
    title: str
    start: dt.date | dt.datetime
    end: dt.date | dt.datetime | None = None
    location: str | None = None
    description: str | None = None


def read_meetings(project: Project) -> list[Meeting]:
    """The governance bodies' meetings of the project, oldest first."""
    query = (
        select(GovernanceMeeting, GovernanceBody.name)
        .join(GovernanceBody, GovernanceBody.fid == GovernanceMeeting.body_id)
        .order_by(GovernanceMeeting.held_on, GovernanceMeeting.fid)
    )
    return [
        Meeting(meeting.uuid, f"{body}: meeting", meeting.held_on, None, meeting.place, meeting.agenda)
        for meeting, body in project.session.execute(query)
    ]


def _when(name: str, moment: dt.date | dt.datetime) -> str:
    if isinstance(moment, dt.datetime):
        return f"{name}:{_utc(moment)}"
    return f"{name};VALUE=DATE:{moment:%Y%m%d}"


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545, 3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, never inside a UTF-8 character; each
    continuation starts with a space."""
    pieces: list[str] = []
    current, size = "", 0
    limit = LINE_LIMIT
    for character in line:
        width = len(character.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
            limit = LINE_LIMIT - 1  # the leading space counts
        current += character
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def _utc(moment: dt.datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def calendar_lines(
    document: PlanDocument, meetings: Iterable[Meeting] = (), *, stamp: dt.datetime | None = None
) -> list[str]:
    """Unfolded content lines of the calendar."""
    stamp_text = _utc(stamp or dt.datetime.now(dt.timezone.utc))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//ClusterDesk//ClusterDesk {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(document.name)}",
    ]
    parents: list[str] = []
    for task in document.tasks:
        del parents[task.level - 1 :]
        parents.append(task.name)
        if not task.milestone or task.start is None:
            continue
        details = [f"Part of: {' / '.join(parents[:-1])}"] if len(parents) > 1 else []
        if task.responsible:
            details.append("Responsible: " + ", ".join(name for name, _role in task.responsible))
        if task.notes:
            details.append(task.notes)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{task.uuid or task.key}@clusterdesk",
            f"DTSTAMP:{stamp_text}",
            f"DTSTART;VALUE=DATE:{task.start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{task.start + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape_text(task.name)}",
            "CATEGORIES:Milestone",
            "TRANSP:TRANSPARENT",
            f"STATUS:{'CANCELLED' if task.status == 'cancelled' else 'CONFIRMED'}",
        ]
        if details:
            lines.append(f"DESCRIPTION:{escape_text(chr(10).join(details))}")
        lines.append("END:VEVENT")
    for meeting in meetings:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{meeting.uuid}@clusterdesk",
            f"DTSTAMP:{stamp_text}",
            _when("DTSTART", meeting.start),
            _when("DTEND", meeting.end or meeting.start + dt.timedelta(days=1)),
            f"SUMMARY:{escape_text(meeting.title)}",
            "CATEGORIES:Meeting",
        ]
        if meeting.location:
            lines.append(f"LOCATION:{escape_text(meeting.location)}")
        if meeting.description:
            lines.append(f"DESCRIPTION:{escape_text(meeting.description)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return lines


def write_plan_ical(
    document: PlanDocument,
    path: str | Path,
    meetings: Iterable[Meeting] = (),
    *,
    stamp: dt.datetime | None = None,
) -> Path:
    path = Path(path)
    text = "".join(fold(line) + "\r\n" for line in calendar_lines(document, meetings, stamp=stamp))
    with written_atomically(path) as temporary:
        temporary.write_bytes(text.encode("utf-8"))
    return path
