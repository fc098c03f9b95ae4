"""`clusterdesk check PROJECT [--json] [--all]`: the project's health checks (docs/health_checks.md), grouped
by severity with how to fix each; exit 1 when an error that is not silenced is found."""

from __future__ import annotations

import argparse
import json

from clusterdesk.core.catalogue import messages_language, tr, tr_plural

EXIT_PROBLEMS = 1


def register(subparsers) -> None:
    language = messages_language()
    check = subparsers.add_parser(
        "check",
        help=tr(
            "cli:check:help",
            "check the project for contradictions (dates, roles, budgets, phase, gender figures, deleted "
            "stakeholders, indicators) and say how to fix each; exit status 1 when an error is found",
            language,
        ),
    )
    check.add_argument("path", help=tr("cli:project_file", "project file (.gpkg)", language))
    check.add_argument(
        "--json", action="store_true", help=tr("cli:info:json", "print JSON instead of text", language)
    )
    check.add_argument(
        "--all",
        action="store_true",
        help=tr("cli:check:all", "also list the findings the project silenced, with their reasons", language),
    )
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    from clusterdesk.analysis.health_checks import run_checks
    from clusterdesk.core.project import Project

    language = messages_language()
    with Project.open(args.path) as project:
        report = run_checks(project.connection, language)
    if args.json:
        print(json.dumps(_as_json(report, args.all), ensure_ascii=False, indent=2))
    else:
        print(_as_text(report, args.all, language))
    return EXIT_PROBLEMS if report.errors else 0


def _as_json(report, with_silenced: bool) -> dict:
    found = {
        "errors": report.count("error"),
        "warnings": report.count("warning"),
        "notes": report.count("info"),
        "silenced": len(report.silenced),
        "findings": [f.as_json() for f in report.findings],
    }
    if with_silenced:
        found["silenced_findings"] = [f.as_json() for f in report.silenced]
    return found


def _heading(severity: str, count: int, language: str) -> str:
    if severity == "error":
        return tr("cli:check:errors", "Errors ({count})", language, count=count)
    if severity == "warning":
        return tr("cli:check:warnings", "Warnings ({count})", language, count=count)
    return tr("cli:check:infos", "Notes ({count})", language, count=count)


def _grouped(findings) -> dict[str, list]:
    groups: dict[str, list] = {}
    for finding in findings:
        groups.setdefault(finding.check, []).append(finding)
    return groups


def _as_text(report, with_silenced: bool, language: str) -> str:
    counts = [
        tr_plural("cli:check:n_errors", "{count} error", "{count} errors", report.count("error"), language),
        tr_plural(
            "cli:check:n_warnings", "{count} warning", "{count} warnings", report.count("warning"), language
        ),
        tr_plural("cli:check:n_infos", "{count} note", "{count} notes", report.count("info"), language),
        tr_plural(
            "cli:check:n_silenced", "{count} silenced", "{count} silenced", len(report.silenced), language
        ),
    ]
    lines = [", ".join(counts) + "."]
    for severity in ("error", "warning", "info"):
        findings = [f for f in report.findings if f.severity == severity]
        if not findings:
            continue
        lines += ["", _heading(severity, len(findings), language)]
        for check, group in _grouped(findings).items():
            lines.append(f"  {check}")
            for finding in group:
                where = f"[{finding.target}] " if finding.target else ""
                lines.append(f"    - {where}{finding.message}")
            lines.append("    " + tr("cli:check:fix", "How to fix: {fix}", language, fix=group[0].fix))
    if with_silenced and report.silenced:
        lines += ["", tr("cli:check:silenced", "Silenced ({count})", language, count=len(report.silenced))]
        for finding in report.silenced:
            where = f"[{finding.target}] " if finding.target else ""
            lines.append(f"  {finding.check}")
            lines.append(f"    - {where}{finding.message}")
            lines.append("    " + tr("cli:check:reason", "Reason: {reason}", language, reason=finding.reason))
    if not report.findings:
        lines += ["", tr("cli:check:clean", "No problems found.", language)]
    return "\n".join(lines)
