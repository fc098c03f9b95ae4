"""The answers of a roster question ("which of these firms did you work with?") as relations of the
survey's round, by the round rule of core.survey_rounds:

- a tie the round's network does not have becomes a relation first observed in the round;
- a tie the round's network has already, carried from an earlier round, is marked observed again in the
  round (`last_observed_round`) instead of being doubled; one first observed in the round is left as it is;
- a tie an earlier survey of this round found ended is taken back into the network (as the roster does);
- a tie of an undirected kind (joint action) named by both firms is one relation.

Ties the answers do not name are not ended: an export may hold only part of the round's firms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from shapely.geometry import LineString

from clusterdesk.core import geometry, gpkg
from clusterdesk.core.edits import AddRelations
from clusterdesk.core.model import new_uuid
from clusterdesk.core.survey_rounds import ranks, round_order, ties_of_round
from clusterdesk.core.symbology import relation_style

if TYPE_CHECKING:
    from clusterdesk.core.project import Project


@dataclass
class ObserveTies:
    """Set `last_observed_round` (and clear `ended_round` where asked) on many relations in one step."""

    observed: list[int]  # relation fids observed again in the round
    reopened: list[int]  # relation fids the round had found ended, observed again
    round_code: str
    label: str = ""
    tables: frozenset[str] = frozenset({"relations"})
    _before: list[tuple] = field(default_factory=list)

    def do(self, project: Project) -> None:
        raw = project.session.connection().connection.driver_connection
        fids = self.observed + self.reopened
        self._before = []
        for start in range(0, len(fids), 500):
            chunk = fids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            self._before.extend(
                raw.execute(
                    f"SELECT last_observed_round, ended_round, fid FROM relations WHERE fid IN ({marks})",
                    chunk,
                ).fetchall()
            )
        raw.executemany(
            "UPDATE relations SET last_observed_round = ? WHERE fid = ?",
            [(self.round_code, f) for f in self.observed],
        )
        raw.executemany(
            "UPDATE relations SET last_observed_round = ?, ended_round = NULL WHERE fid = ?",
            [(self.round_code, f) for f in self.reopened],
        )

    def undo(self, project: Project) -> None:
        raw = project.session.connection().connection.driver_connection
        raw.executemany(
            "UPDATE relations SET last_observed_round = ?, ended_round = ? WHERE fid = ?", self._before
        )


class AddRelationsInBulk(AddRelations):
    """AddRelations for the thousands of ties a roster of a large cluster names: the ends' points are read
    once, the lines built and every row written with one executemany (AddRelations reads and writes one
    tie at a time). Rows keep their fids and UUIDs for redo; undo is AddRelations'."""

    _COLUMNS = (
        "fid",
        "uuid",
        "geom",
        "source_id",
        "target_id",
        "kind",
        "directed",
        "strength",
        "survey_round",
    )

    def do(self, project: Project) -> None:
        raw = project.session.connection().connection.driver_connection
        if any("fid" not in row for row in self.rows):
            start = raw.execute(
                "SELECT max(coalesce((SELECT max(fid) FROM relations), 0), "
                "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'relations'), 0))"
            ).fetchone()[0]
            for offset, row in enumerate(self.rows, start=1):
                row["fid"] = start + offset
                row.setdefault("uuid", new_uuid())
        ends = sorted({row[end] for row in self.rows for end in ("source_id", "target_id")})
        points: dict[int, tuple[float, float]] = {}
        for first in range(0, len(ends), 500):
            chunk = ends[first : first + 500]
            marks = ",".join("?" * len(chunk))
            found = raw.execute(
                f"SELECT fid, geom FROM stakeholders WHERE fid IN ({marks})", chunk
            ).fetchall()
            lons, lats = geometry.decode_points([r[1] for r in found])
            points.update(
                (r[0], (x, y)) for r, x, y in zip(found, lons, lats, strict=True) if x == x and y == y
            )
        for row in self.rows:
            start, end = points.get(row["source_id"]), points.get(row["target_id"])
            row["geom"] = geometry.encode(LineString([start, end])) if start and end else None
        marks = ", ".join("?" * len(self._COLUMNS))
        # the spatial index is filled in one pass rather than by a trigger calling back into Python per row
        gpkg.drop_rtree_triggers(raw, "relations", "geom")
        raw.executemany(
            f"INSERT INTO relations ({', '.join(self._COLUMNS)}) VALUES ({marks})",
            [tuple(row[name] for name in self._COLUMNS) for row in self.rows],
        )
        gpkg.restore_rtree_triggers(raw, "relations", "geom")


@dataclass
class RosterTies:
    add: list[dict]
    observed: list[int]
    reopened: list[int]

    def commands(self, round_code: str) -> list:
        steps: list = []
        if self.add:
            steps.append(AddRelationsInBulk(self.add))
        if self.observed or self.reopened:
            steps.append(ObserveTies(self.observed, self.reopened, round_code))
        return steps


def roster_ties(connection, round_code: str, kind: str, pairs: list[tuple[int, int]]) -> RosterTies:
    """What the (respondent fid, named fid) `pairs` of a roster question change in the relations.
    `connection` is the SQLAlchemy connection of the project."""
    directed = relation_style(kind).arrow
    rank = ranks(round_order(connection) + [round_code])
    now = rank[round_code]
    in_round = ties_of_round(connection, round_code).fids
    rows = connection.exec_driver_sql(
        "SELECT fid, source_id, target_id, survey_round, last_observed_round, ended_round FROM relations "
        "WHERE kind = ?",
        (kind,),
    ).fetchall()

    def key(source: int, target: int) -> tuple[int, int]:
        return (source, target) if directed else (min(source, target), max(source, target))

    present: dict[tuple[int, int], tuple] = {}
    ended_here: dict[tuple[int, int], tuple] = {}
    for row in rows:
        fid, source, target, first, last, ended = row
        if fid in in_round:
            present.setdefault(key(source, target), row)
        elif ended == round_code and rank.get(first or "baseline", 0) < now:
            ended_here.setdefault(key(source, target), row)
    result = RosterTies([], [], [])
    seen: set[tuple[int, int]] = set()
    for source, target in pairs:
        tie = key(source, target)
        if tie in seen or source == target:
            continue
        seen.add(tie)
        if tie in present:
            fid, _s, _t, first, last, _ended = present[tie]
            if (first or "baseline") != round_code and rank.get(last or first or "baseline", 0) < now:
                result.observed.append(fid)
        elif tie in ended_here:
            result.reopened.append(ended_here[tie][0])
        else:
            result.add.append(
                {"source_id": source, "target_id": target, "kind": kind, "directed": directed, "strength": 3,
                 "survey_round": round_code}
            )  # fmt: skip
    return result
