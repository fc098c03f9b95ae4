"""Adding the survey rounds an imported edge list names but the project does not know yet, after the
project's rounds, as part of the import's one undoable step. Qt-free.

A round code used by relations but missing from the survey_rounds table is placed by its code
(`survey_rounds.default_order_key`), which could put a new round before an existing one ("2023 survey"
sorts after "follow_up_2" by name, "follow_up_1" before a custom round). So the command writes a row for
every round in the order wanted: the project's rounds first, as they are ordered now, then the new ones
(baseline, follow-ups by number, others by name). Undo deletes the rows it added and puts back the
positions it changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select, update

from clusterdesk.core.model import new_uuid
from clusterdesk.core.survey_rounds import SurveyRound, default_order_key

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

ROUNDS = SurveyRound.__table__


def ordered_rounds(known: list[str], new: set[str]) -> list[str]:
    """The project's rounds, then the new ones in their default order."""
    return [*known, *sorted(new - set(known), key=default_order_key)]


@dataclass
class PlaceSurveyRounds:
    """Make the survey_rounds table list `order` in that order, adding rows for rounds it lacks."""

    order: list[str]
    label: str = ""
    tables: frozenset[str] = frozenset({"survey_rounds"})
    _added: list[str] = field(default_factory=list)
    _positions: dict[str, int] = field(default_factory=dict)

    def do(self, project: Project) -> None:
        connection = project.session.connection()
        listed = dict(connection.execute(select(ROUNDS.c.code, ROUNDS.c.position)).all())
        self._positions = listed
        self._added = []
        for position, code in enumerate(self.order):
            if code in listed:
                if listed[code] != position:
                    connection.execute(update(ROUNDS).where(ROUNDS.c.code == code).values(position=position))
            else:
                connection.execute(insert(ROUNDS).values(uuid=new_uuid(), code=code, position=position))
                self._added.append(code)

    def undo(self, project: Project) -> None:
        connection = project.session.connection()
        if self._added:
            connection.execute(delete(ROUNDS).where(ROUNDS.c.code.in_(self._added)))
        for code, position in self._positions.items():
            connection.execute(update(ROUNDS).where(ROUNDS.c.code == code).values(position=position))
