"""Project health checks: contradictions and methodological slips a project file can hold, each found by
whole-table SQL and reported with what to do about it (docs/health_checks.md lists every check).

A check has a stable id ("governance.meeting_before_body"), a severity (error, warning or info), a text
saying how to fix what it finds, and a function that reads the project and yields hits: the row a finding
is about ("table:fid", or "" for the whole project), a message naming that row, and where the desktop
should go to show it. The rules live in `health_check_rules_*` modules and register themselves here with
`health_check`. A project silences a finding (check id + target) with a reason (core.check_silences); a
silenced finding is still reported, apart, with its reason, and never counts as an error.

Qt-free: the window runs `run_checks` on its worker thread with a read-only connection of its own, the
command line and the tests call it directly.
"""

from __future__ import annotations

import datetime as dt
import importlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from clusterdesk.core.formatting import short_date

SEVERITIES = ("error", "warning", "info")  # most serious first
RULE_MODULES = (
    "health_check_rules_dates",
    "health_check_rules_roles",
    "health_check_rules_plan",
    "health_check_rules_gender",
    "health_check_rules_links",
)


@dataclass(frozen=True)
class Hit:
    """What a rule found: the row it is about, the message naming it, and the row to show for it (the row
    itself unless another one shows it better, e.g. a meeting's body)."""

    table: str
    fid: int | None
    message: str
    go_to: tuple[str, int] | None = None

    @property
    def target(self) -> str:
        return "" if not self.table or self.fid is None else f"{self.table}:{self.fid}"


@dataclass(frozen=True)
class HealthCheck:
    id: str
    severity: str
    find: Callable[[CheckContext], Iterable[Hit]]
    fix: Callable[[str | None], str]  # how to fix it, in a language


@dataclass(frozen=True)
class Finding:
    check: str
    severity: str
    target: str  # "table:fid" or "" for the whole project
    message: str
    fix: str
    go_to: tuple[str, int] | None  # (table, fid) of the row the desktop shows for it
    reason: str | None = None  # why the project silenced it; None when it is not silenced

    @property
    def silenced(self) -> bool:
        return self.reason is not None

    def as_json(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "severity": self.severity,
            "target": self.target,
            "message": self.message,
            "fix": self.fix,
            "go_to": None if self.go_to is None else {"table": self.go_to[0], "fid": self.go_to[1]},
            "silenced": self.silenced,
            "reason": self.reason,
        }


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)  # not silenced, most serious first
    silenced: list[Finding] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def errors(self) -> int:
        return self.count("error")


CHECKS: dict[str, HealthCheck] = {}


def health_check(check_id: str, severity: str, fix: Callable[[str | None], str]):
    """Register the decorated function `find(context) -> Iterable[Hit]` as a check."""
    if severity not in SEVERITIES:
        raise ValueError(f"unknown severity {severity!r}")

    def register(find: Callable[[CheckContext], Iterable[Hit]]):
        CHECKS[check_id] = HealthCheck(check_id, severity, find, fix)
        return find

    return register


def registered_checks() -> dict[str, HealthCheck]:
    for name in RULE_MODULES:
        importlib.import_module(f"clusterdesk.analysis.{name}")
    return CHECKS


class CheckContext:
    """The project as the rules read it: plain SQL on a sqlite3 connection (or an SQLAlchemy one), and the
    facts several rules share, read once."""

    def __init__(self, connection, language: str | None = "en") -> None:
        self._connection = connection
        self.language = language
        self._shared: dict[str, Any] = {}

    def shared(self, key: str, read: Callable[[CheckContext], Any]) -> Any:
        """What `read` returns for this project, read once for all the rules that need it."""
        if key not in self._shared:
            self._shared[key] = read(self)
        return self._shared[key]

    def rows(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        if isinstance(self._connection, sqlite3.Connection):
            return self._connection.execute(sql, parameters).fetchall()
        return [tuple(r) for r in self._connection.exec_driver_sql(sql, parameters)]

    def has_table(self, name: str) -> bool:
        return bool(self.rows("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)))

    def date(self, text: str | None) -> str:
        """A stored ISO date as the reader's language writes it."""
        return _date_text(str(text) if text else "", self.language)

    @cached_property
    def project_info(self) -> dict[str, Any]:
        found = self.rows("SELECT fid, phase, start_date FROM project_info ORDER BY fid LIMIT 1")
        return dict(zip(("fid", "phase", "start_date"), found[0], strict=True)) if found else {}

    @cached_property
    def members(self) -> list[dict[str, Any]]:
        """Every governance member with its body, its person's name and gender and its stakeholder."""
        names = (
            "fid", "body_id", "body_name", "body_type", "parent_id", "stakeholder_id", "stakeholder_name",
            "stakeholder_kind", "contact_id", "person", "role", "team_position", "gender", "term_start",
        )  # fmt: skip
        rows = self.rows(
            "SELECT m.fid, m.body_id, b.name, b.body_type, b.parent_id, m.stakeholder_id, s.name, s.kind,"
            " m.contact_id, COALESCE(c.name, m.person_name), m.role, m.team_position,"
            " COALESCE(m.gender, c.gender), m.term_start"
            " FROM governance_members m JOIN governance_bodies b ON b.fid = m.body_id"
            " LEFT JOIN stakeholders s ON s.fid = m.stakeholder_id"
            " LEFT JOIN contact_persons c ON c.fid = m.contact_id ORDER BY m.fid"
        )
        return [dict(zip(names, row, strict=True)) for row in rows]

    @cached_property
    def bodies(self) -> dict[int, dict[str, Any]]:
        names = ("fid", "name", "body_type", "parent_id", "lead_stakeholder_id", "established_on")
        rows = self.rows(f"SELECT {', '.join(names)} FROM governance_bodies ORDER BY fid")
        return {row[0]: dict(zip(names, row, strict=True)) for row in rows}

    def member_name(self, member: dict[str, Any]) -> str:
        person, organisation = member["person"], member["stakeholder_name"]
        if person and organisation:
            return f"{person} ({organisation})"
        return person or organisation or f"#{member['fid']}"


@lru_cache(maxsize=4096)
def _date_text(text: str, language: str | None) -> str:
    if not text:
        return "–"
    try:
        return short_date(dt.date.fromisoformat(text[:10]), language)
    except ValueError:
        return text


def person_key(name: str | None) -> str:
    """A person's name compared loosely: case, spacing and an '(Organisation)' suffix do not count."""
    if not name:
        return ""
    text = name.split(" (", 1)[0] if name.rstrip().endswith(")") else name
    return " ".join(text.casefold().split())


def _ordered(findings: list[Finding]) -> list[Finding]:
    rank = {severity: index for index, severity in enumerate(SEVERITIES)}

    def target_key(target: str) -> tuple[str, int]:
        table, _, fid = target.partition(":")
        return (table, int(fid) if fid.isdigit() else 0)

    return sorted(findings, key=lambda f: (rank[f.severity], f.check, target_key(f.target)))


def read_silences(context: CheckContext) -> dict[tuple[str, str], str]:
    if not context.has_table("check_silences"):
        return {}
    return {(check, target or ""): reason for check, target, reason in
            context.rows("SELECT check_id, target, reason FROM check_silences")}  # fmt: skip


def iter_findings(context: CheckContext, only: Iterable[str] | None = None) -> Iterator[Finding]:
    wanted = set(only) if only is not None else None
    for check in registered_checks().values():
        if wanted is not None and check.id not in wanted:
            continue
        fix = check.fix(context.language)
        for hit in check.find(context):
            go_to = hit.go_to or ((hit.table, hit.fid) if hit.table and hit.fid is not None else None)
            yield Finding(check.id, check.severity, hit.target, hit.message, fix, go_to)


def run_checks(connection, language: str | None = "en", only: Iterable[str] | None = None) -> CheckReport:
    """Every check (or those of `only`) on the project behind `connection`, findings in `language`."""
    import time

    began = time.perf_counter()
    context = CheckContext(connection, language)
    silences = read_silences(context)
    report = CheckReport()
    for finding in iter_findings(context, only):
        reason = silences.get((finding.check, finding.target))
        if reason is None:
            report.findings.append(finding)
        else:
            report.silenced.append(
                Finding(finding.check, finding.severity, finding.target, finding.message, finding.fix,
                        finding.go_to, reason)
            )  # fmt: skip
    report.findings = _ordered(report.findings)
    report.silenced = _ordered(report.silenced)
    report.seconds = time.perf_counter() - began
    return report
