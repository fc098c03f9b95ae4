"""Whatever a plan file holds, reading it gives a plan or a PlanFileError naming the file, never
another exception (which would reach the user as a traceback)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clusterdesk.core.project import Project
from clusterdesk.io.plan_csv import COLUMNS, read_plan_csv
from clusterdesk.io.plan_mspdi_reader import read_mspdi
from clusterdesk.io.plan_records import PlanFileError, plan_import_command

HEADERS = st.lists(st.sampled_from(COLUMNS[2:]), max_size=6, unique=True).map(lambda c: ["wbs", "name", *c])
imported = 0  # CSV files that read and imported, to check the strategy does reach that far
FIXTURE = (Path(__file__).parent / "data" / "bosawas_msproject.xml").read_text(encoding="utf-8")
cells = st.one_of(
    st.sampled_from(["", "1", "1.1", "2027-02-30", "2027-03-01", "yes", "maybe", "-3", "12,5", "1.2FS+3",
                     "1.9SS", "x(lead)", "completed", "training", "2.5", "1e3", "nan", "0243b49f-zz"]),
    st.text(max_size=12),
)  # fmt: skip


@pytest.fixture(scope="module")
def target():
    project = Project.new(None, "Fuzzing target")
    yield project
    project.close()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header=HEADERS, rows=st.lists(st.lists(cells, max_size=9), max_size=6))
def test_any_csv_reads_or_fails_with_a_plan_file_error(target, header, rows):
    global imported
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.csv"
        lines = [",".join(header)] + [
            ",".join(f'"{c.replace(chr(34), chr(34) * 2)}"' for c in row) for row in rows
        ]
        path.write_text("\n".join(lines), encoding="utf-8")
        try:
            document = read_plan_csv(path)
        except PlanFileError as error:
            assert str(error).startswith("plan.csv")
        else:
            assert all(task.name for task in document.tasks)
            command, _warnings = plan_import_command(target, document)
            target.stack.push(command)
            target.stack.undo()
            imported += 1


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_damaged_ms_project_file_reads_or_fails_with_a_plan_file_error(target, data):
    elements = ["Start", "Finish", "Duration", "OutlineLevel", "PercentComplete", "LinkLag", "Type", "UID",
                "PredecessorUID", "DayType", "FromDate", "MinutesPerDay", "Units", "Name"]  # fmt: skip
    element = data.draw(st.sampled_from(elements))
    value = data.draw(cells)
    text = FIXTURE
    occurrence = text.find(f"<{element}>")
    end = text.find(f"</{element}>", occurrence)
    text = text[: occurrence + len(element) + 2] + value.replace("<", "").replace("&", "") + text[end:]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xml"
        path.write_text(text, encoding="utf-8")
        try:
            document = read_mspdi(path)
        except PlanFileError as error:
            assert str(error).startswith("plan.xml")
            return
    command, _warnings = plan_import_command(target, document)
    target.stack.push(command)  # what reads also fits the project's tables
    target.stack.undo()


def test_the_csv_strategy_reaches_successful_imports():
    assert imported > 5
