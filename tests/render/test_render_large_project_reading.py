"""The shortcuts that keep a million-stakeholder map fast give what the plain ways give: relations read as
joined columns equal a row-by-row reading, positions of gapless fids equal a search, and the head of
the label order found without sorting everything equals the head of the whole sort."""

from __future__ import annotations

import numpy as np
import pytest

from clusterdesk.core import edits, gpkg
from clusterdesk.core.project import Project
from clusterdesk.core.relation_ends import read_relation_ends
from clusterdesk.core.stakeholder_points import StakeholderPoints
from clusterdesk.render.points import lexsort_head
from clusterdesk.render.project_data import RELATION_CODES, PointData, ProjectData


def _row_by_row(connection) -> list[tuple]:
    other = len(RELATION_CODES) - 1
    return [
        (fid, source, target, RELATION_CODES.index(kind) if kind in RELATION_CODES else other, bool(directed))
        for fid, source, target, kind, directed in connection.execute(
            "SELECT fid, source_id, target_id, kind, directed FROM relations ORDER BY fid"
        )
    ]


def test_relations_read_joined_equal_a_row_by_row_reading(tmp_path):
    project = Project.new(tmp_path / "ties.gpkg", "Ties", country="EC")
    add = edits.AddStakeholders([{"name": f"F{i}", "lon": -78.2 + i / 100, "lat": 0.3} for i in range(30)])
    project.stack.push(add)
    fids = add.added_fids
    ties = [{"source_id": fids[i], "target_id": fids[(i * 7 + 1) % 30], "kind": RELATION_CODES[i % 7],
             "directed": i % 3 == 0, "strength": 2, "survey_round": "2024"} for i in range(25)]  # fmt: skip
    project.stack.push(edits.AddRelations(ties))
    connection = project.connection
    gpkg.register_functions(connection)
    connection.execute("PRAGMA ignore_check_constraints = ON")
    connection.execute("DELETE FROM relations WHERE fid IN (3, 4)")  # fids with a gap
    connection.execute("UPDATE relations SET kind = 'sponsors' WHERE fid = 5")  # unknown to this version
    connection.execute("UPDATE relations SET fid = 900 WHERE fid = 1")  # out of the table's first order
    connection.commit()
    ends = read_relation_ends(connection)
    fid, source, target, kind, directed = ends.fid, ends.source, ends.target, ends.kind, ends.directed
    got = list(
        zip(fid.tolist(), source.tolist(), target.tolist(), kind.tolist(), directed.tolist(), strict=True)
    )
    assert got == _row_by_row(connection)
    relations = ProjectData(project).relations
    points = ProjectData(project).points.points
    assert points.fid[relations.source].tolist() == source.tolist()
    project.close()


@pytest.mark.parametrize("fids", [np.arange(5, 105), np.array([2, 3, 5, 8, 13, 21, 34]), np.zeros(0, int)])
def test_positions_of_fids_equal_a_search(fids):
    count = len(fids)
    zeros = np.zeros(count)
    points = StakeholderPoints(fids.astype(np.int64), zeros, zeros, np.zeros(count, np.int8), zeros)
    data = PointData(points, np.zeros(count), np.zeros(count))
    asked = np.array([-1, 0, 2, 4, 5, 6, 13, 50, 104, 105, 200], dtype=np.int64)
    expected = [int(np.flatnonzero(fids == f)[0]) if f in fids else -1 for f in asked.tolist()]
    assert data.index_of(asked).tolist() == expected
    assert data.index_of(asked.tolist()).tolist() == expected
    assert data.index_of([]).tolist() == []


def test_the_head_of_the_label_order_equals_the_head_of_the_whole_sort():
    rng = np.random.default_rng(7)
    for _trial in range(300):
        count = int(rng.integers(1, 2000))
        keys = tuple(rng.integers(0, int(rng.integers(1, 6)), count).astype(float) for _key in range(3))
        wanted = int(rng.integers(1, count + 3))
        assert lexsort_head(keys, wanted).tolist() == np.lexsort(keys)[:wanted].tolist()
