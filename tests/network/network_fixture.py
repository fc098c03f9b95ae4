"""Small projects for the network tests, built with the application's own commands."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert

from clusterdesk.core import edits
from clusterdesk.core.commands import UpdateRow
from clusterdesk.core.model import Relation
from clusterdesk.core.survey_rounds import SurveyRound


def add_people(project, people) -> dict[str, int]:
    """people: (name, kind) or (name, kind, lon, lat); returns fid by name."""
    rows = []
    for person in people:
        name, kind, *point = person
        row = {"name": name, "kind": kind}
        if point:
            row["lon"], row["lat"] = point
        rows.append(row)
    command = edits.AddStakeholders(rows)
    project.stack.push(command)
    return dict(zip((p[0] for p in people), command.added_fids, strict=True))


def add_ties(project, fid: dict[str, int], ties) -> list[int]:
    """ties: (source, target) or dicts with source/target names and any relation fields; undirected
    "other" ties of the baseline by default. Returns the relation fids in order."""
    rows = []
    for tie in ties:
        values = dict(tie) if isinstance(tie, dict) else {"source": tie[0], "target": tie[1]}
        row = {"kind": "other", "directed": False, "survey_round": "baseline", "strength": 3}
        row.update({k: v for k, v in values.items() if k not in ("source", "target")})
        row["source_id"], row["target_id"] = fid[values["source"]], fid[values["target"]]
        rows.append(row)
    command = edits.AddRelations(rows)
    project.stack.push(command)
    return [row["fid"] for row in command.rows]


def set_relation(project, relation_fid: int, **changes) -> None:
    project.stack.push(UpdateRow(Relation.__table__, relation_fid, changes, "Edit relation"))


def add_rounds(project, rounds) -> None:
    """rounds: (code, position, held_on or None). The survey rounds table has no command of its own
    yet: rows go in through the project's session, as the relation dialog's round list reads them."""
    connection = project.session.connection()
    for code, position, held_on in rounds:
        connection.execute(
            insert(SurveyRound.__table__).values(code=code, position=position, held_on=held_on)
        )
    project.session.commit()


D = dt.date
