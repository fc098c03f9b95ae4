"""`clusterdesk network measures`: the measures of each survey round's network as text or JSON.

Text speaks the messages language, numbers written as that language writes them (`core.formatting`);
JSON keeps codes and plain numbers under stable keys: `rounds` (one entry per round with `whole`,
`per_kind`, `brokers`, `isolates`) and, with --compare, `change`.
"""

from __future__ import annotations

import argparse
import json
import math
from typing import Any

from sqlalchemy import select

from clusterdesk.analysis.network import WHOLE_MEASURES, compare_rounds, network_measures
from clusterdesk.cli.refusals import refuse
from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.formatting import decimal, integer, percent
from clusterdesk.core.model import Stakeholder
from clusterdesk.core.project import Project
from clusterdesk.core.survey_rounds import round_order
from clusterdesk.core.vocabulary_labels import kind_label, relation_label, survey_round_label
from clusterdesk.io.network_export import NetworkChoiceError, project_round, relation_kinds

MAX_LISTED_ISOLATES = 20
# How each whole-network measure is written: whole numbers, decimals (with digits) or a share
_FORMATS = {
    "nodes": ("integer", 0),
    "relations": ("integer", 0),
    "ties": ("integer", 0),
    "density": ("decimal", 3),
    "mean_degree": ("decimal", 2),
    "components": ("integer", 0),
    "largest_component": ("integer", 0),
    "largest_component_share": ("percent", 0),
    "isolates": ("integer", 0),
    "clustering": ("decimal", 3),
    "centralisation": ("decimal", 3),
}


def measure_names(language: str) -> dict[str, str]:
    """Whole-network measure code → its name in `language`."""
    return {
        "nodes": tr("network_cli:nodes", "stakeholders", language),
        "relations": tr("network_cli:relations", "relations", language),
        "ties": tr("network_cli:ties", "ties (pairs)", language),
        "density": tr("network_cli:density", "density", language),
        "mean_degree": tr("network_cli:mean_degree", "mean degree", language),
        "components": tr("network_cli:components", "components", language),
        "largest_component": tr("network_cli:largest_component", "largest component", language),
        "largest_component_share": tr(
            "network_cli:largest_component_share", "firms in the largest component", language
        ),
        "isolates": tr("network_cli:isolates", "isolates", language),
        "clustering": tr("network_cli:clustering", "clustering coefficient", language),
        "centralisation": tr("network_cli:centralisation", "degree centralisation", language),
    }


def role_names(language: str) -> dict[str, str]:
    """Gould–Fernandez brokerage role → its name in `language`."""
    return {
        "coordinator": tr("network_cli:coordinator", "coordinator", language),
        "gatekeeper": tr("network_cli:gatekeeper", "gatekeeper", language),
        "representative": tr("network_cli:representative", "representative", language),
        "itinerant": tr("network_cli:itinerant", "itinerant broker", language),
        "liaison": tr("network_cli:liaison", "liaison", language),
    }


def _plain(value: Any) -> Any:
    """A number for JSON: Python int or float, None for undefined."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _shown(code: str, value: Any, language: str, signed: bool = False) -> str:
    if value is None:
        return tr("network_cli:undefined", "undefined", language)
    style, digits = _FORMATS.get(code, ("decimal", 3))
    if style == "percent":
        text = percent(abs(value) if signed else value, language, digits)
    elif style == "integer":
        text = integer(abs(value) if signed else value, language)
    else:
        text = decimal(abs(value) if signed else value, language, digits)
    if signed:  # a change: its sign always shown
        text = ("+" if value > 0 else "−" if value < 0 else "±") + text
    return text


def _measures_line(values: dict[str, Any], language: str, signed: bool = False) -> str:
    names = measure_names(language)
    return "; ".join(
        f"{names[code]} {_shown(code, values.get(code), language, signed)}"
        for code in WHOLE_MEASURES
        if code in values
    )


def round_entry(connection, code: str, kinds, top: int, uuids: dict[int, str], language: str) -> dict:
    """One round's measures as the JSON shows them (codes, plain numbers)."""
    measures = network_measures(connection, code, kinds)
    frame = measures.per_stakeholder
    brokers = frame[frame["betweenness"] > 0].sort_values(
        ["betweenness", "degree", "name"], ascending=[False, False, True]
    )
    isolates = frame[frame["degree"] == 0].sort_values("name")
    return {
        "round": code,
        "label": survey_round_label(code, language),
        "whole": {key: _plain(value) for key, value in measures.whole.items()},
        "per_kind": {
            kind: {key: _plain(value) for key, value in values.items()}
            for kind, values in measures.per_kind.items()
        },
        "sampled": bool(measures.sampled),
        "brokers": [
            {
                "uuid": uuids[fid],
                "name": row["name"],
                "kind": row["kind"],
                "betweenness": _plain(row["betweenness"]),
                "degree": _plain(row["degree"]),
                "role": row["role"],
            }
            for fid, row in brokers.head(top).iterrows()
        ],
        "isolates": [
            {"uuid": uuids[fid], "name": row["name"], "kind": row["kind"]} for fid, row in isolates.iterrows()
        ],
    }


def change_entry(connection, first: str, second: str, kinds, top: int, uuids: dict[int, str]) -> dict:
    """How the network changed from `first` to `second`, as the JSON shows it."""
    change = compare_rounds(connection, first, second, kinds)
    frame = change.per_stakeholder_change
    movers = frame.reindex(frame["betweenness"].abs().sort_values(ascending=False).index)
    movers = movers[movers["betweenness"] != 0]
    return {
        "first": first,
        "second": second,
        "new_relations": len(change.new_relations),
        "kept_relations": len(change.kept_relations),
        "ended_relations": len(change.ended_relations),
        "whole_change": {key: _plain(value) for key, value in change.whole_change.items()},
        "per_kind_change": {
            kind: {key: _plain(value) for key, value in values.items()}
            for kind, values in change.per_kind_change.items()
        },
        "betweenness_change": [
            {
                "uuid": uuids[fid],
                "name": row["name"],
                "kind": row["kind"],
                "betweenness": _plain(row["betweenness"]),
                "degree": _plain(row["degree"]),
                "role_first": row["role_first"],
                "role_second": row["role_second"],
            }
            for fid, row in movers.head(top).iterrows()
        ],
    }


def _print_round(entry: dict, language: str) -> None:
    roles = role_names(language)
    print(
        tr(
            "network_cli:round_heading",
            "Survey round {label} ({code})",
            language,
            label=entry["label"],
            code=entry["round"],
        )
    )
    print(
        "  "
        + tr(
            "network_cli:whole",
            "Whole network: {measures}",
            language,
            measures=_measures_line(entry["whole"], language),
        )
    )
    for kind, values in entry["per_kind"].items():
        print(f"  {relation_label(kind, language)}: {_measures_line(values, language)}")
    if entry["sampled"]:
        print(
            "  " + tr("network_cli:sampled", "(betweenness and closeness estimated from a sample)", language)
        )
    if entry["brokers"]:
        print("  " + tr("network_cli:brokers", "Brokers (highest betweenness):", language))
        for place, broker in enumerate(entry["brokers"], 1):
            role = roles.get(broker["role"]) if broker["role"] else None
            print(
                f"    {place}. "
                + tr(
                    "network_cli:broker",
                    "{name} ({kind}): betweenness {betweenness}, degree {degree}, role {role}",
                    language,
                    name=broker["name"],
                    kind=kind_label(broker["kind"], language),
                    betweenness=decimal(broker["betweenness"], language, 3),
                    degree=integer(broker["degree"], language),
                    role=role or tr("network_cli:no_role", "none", language),
                )
            )
    else:
        print(
            "  "
            + tr("network_cli:no_brokers", "Brokers: none (no stakeholder lies between two others)", language)
        )
    isolates = entry["isolates"]
    names = ", ".join(i["name"] for i in isolates[:MAX_LISTED_ISOLATES])
    if len(isolates) > MAX_LISTED_ISOLATES:
        names += ", " + tr(
            "network_cli:more", "… and {count} more", language, count=len(isolates) - MAX_LISTED_ISOLATES
        )
    print(
        "  "
        + tr(
            "network_cli:isolates_line",
            "Isolates ({count}): {names}",
            language,
            count=integer(len(isolates), language),
            names=names or tr("network_cli:no_isolates", "none", language),
        )
    )


def _print_change(entry: dict, language: str) -> None:
    print(
        tr(
            "network_cli:change_heading",
            "Change from {first} to {second}: {new} relations new, {kept} kept, {ended} ended",
            language,
            first=survey_round_label(entry["first"], language),
            second=survey_round_label(entry["second"], language),
            new=integer(entry["new_relations"], language),
            kept=integer(entry["kept_relations"], language),
            ended=integer(entry["ended_relations"], language),
        )
    )
    print(
        "  "
        + tr(
            "network_cli:whole",
            "Whole network: {measures}",
            language,
            measures=_measures_line(entry["whole_change"], language, signed=True),
        )
    )
    for kind, values in entry["per_kind_change"].items():
        print(f"  {relation_label(kind, language)}: {_measures_line(values, language, signed=True)}")
    if entry["betweenness_change"]:
        print("  " + tr("network_cli:movers", "Largest changes of betweenness:", language))
        for mover in entry["betweenness_change"]:
            print(
                "    "
                + tr(
                    "network_cli:mover",
                    "{name}: betweenness {betweenness}, degree {degree}",
                    language,
                    name=mover["name"],
                    betweenness=_shown("betweenness", mover["betweenness"], language, signed=True),
                    degree=_shown("components", mover["degree"], language, signed=True),
                )
            )


def run_measures(args: argparse.Namespace) -> int:
    language = messages_language()
    if args.top < 0:
        return refuse(tr("cli:network:bad_top", "--top must be 0 or more.", language))
    with Project.open(args.path) as project:
        connection = project.session.connection()
        order = round_order(connection)
        try:
            kinds = relation_kinds(args.kind)
            rounds = [project_round(connection, args.round, order)] if args.round else order
            compare = [project_round(connection, text, order) for text in args.compare or ()]
        except NetworkChoiceError as error:
            return refuse(str(error))
        table = Stakeholder.__table__
        uuids = dict(connection.execute(select(table.c.fid, table.c.uuid)).all())
        entries = [round_entry(connection, code, kinds, args.top, uuids, language) for code in rounds]
        change = change_entry(connection, *compare, kinds, args.top, uuids) if compare else None
    if args.json:
        document = {"kinds": list(kinds) if kinds else None, "rounds": entries}
        if change is not None:
            document["change"] = change
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print(tr("network_cli:no_rounds", "The project has no relations and no survey rounds yet.", language))
    for position, entry in enumerate(entries):
        if position:
            print()
        _print_round(entry, language)
    if change is not None:
        print()
        _print_change(entry=change, language=language)
    return 0
