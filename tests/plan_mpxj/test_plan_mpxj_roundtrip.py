"""MPXJ judges ClusterDesk's plans, and writes the third-party plans ClusterDesk imports.

MPXJ (mpxj.org) reads and writes MS Project, Primavera and many other plan formats; it runs on Java, in a
subprocess (`mpxj_plans.py`), one virtual machine per run and two runs in all. The checks:
1. every sample plan exported as MS Project XML (`clusterdesk plan export`) is read by MPXJ's
   UniversalProjectReader with the same tasks, links and holidays as the project holds; saved again by
   MPXJ as MS Project XML and as Primavera P6 XML, it imports as MPXJ reads it;
2. a plan MPXJ builds and writes as MS Project XML (MSPDIWriter) and as Primavera P6 XML
   (PrimaveraPMFileWriter) imports with `clusterdesk plan import`: tasks, nesting, links, holidays, and a
   summary of the resource, assignment and custom field the plan does not keep; variants carry a lag
   given as a percentage and recurring calendar exceptions of every kind (MPXJ writes no GanttProject
   files, so .gan is covered by the hand-written files of tests/plan_foreign);
3. that P6 plan, imported and exported again as MS Project XML, reads in MPXJ as MPXJ read the P6 file.

Without Java or MPXJ the tests are skipped, except where CLUSTERDESK_REQUIRE_JAVA is set (continuous
integration installs both), where they fail.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mpxj_plans import LINK_TYPES, MPXJ_LINKS, MPXJ_TASKS, PERCENT_LAG, RECURRENCES, WRITTEN

from clusterdesk.cli.main import main
from clusterdesk.core.plan import load_calendar
from clusterdesk.core.project import Project
from clusterdesk.io.plan_import_readers import read_plan_file
from clusterdesk.io.plan_records import read_plan
from conftest import SAMPLES, assert_valid_project

SCRIPT = Path(__file__).with_name("mpxj_plans.py")
SAMPLE_PLANS = ["adiyaman_kahramanmaras_textiles", "ambato_footwear", "atuntaqui_garments", "bosawas_cocoa",
                "ethiopia_edible_oil", "samara_automotive"]  # fmt: skip
CONVERSIONS = (".p6.xml", ".resaved.xml")  # the sample exports saved by MPXJ as P6 XML and MS Project XML
HOLIDAYS = ["2025-03-03", "2025-03-04", "2025-05-01", "2026-05-01", "2027-05-01"]  # Carnaval; 1 May, 3 years


def _missing_component() -> str | None:
    if shutil.which("java") is None:
        return "no Java runtime (install default-jre-headless)"
    for module, package in (("jpype", "JPype1"), ("mpxj", "mpxj")):
        if importlib.util.find_spec(module) is None:
            return f"{package} is not installed (pip install -e '.[test]')"
    return None


def _require_mpxj() -> None:
    missing = _missing_component()
    if missing:
        if os.environ.get("CLUSTERDESK_REQUIRE_JAVA"):
            pytest.fail(f"MPXJ cannot run: {missing}")
        pytest.skip(f"MPXJ cannot run: {missing} (set CLUSTERDESK_REQUIRE_JAVA to make this a failure)")


def run_mpxj(request: dict, folder: Path) -> dict:
    """Run MPXJ in a process of its own on `request` (see mpxj_plans.py) and return what it reports."""
    _require_mpxj()
    request_file = folder / "mpxj_request.json"
    request_file.write_text(json.dumps(request), encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCRIPT), str(request_file)], capture_output=True,
                          text=True, encoding="utf-8", timeout=180)  # fmt: skip
    assert done.returncode == 0, f"MPXJ run failed:\n{done.stderr[-4000:]}"
    return json.loads(done.stdout)


def _clusterdesk(*arguments: str) -> None:
    assert main(list(arguments)) == 0, f"clusterdesk {' '.join(arguments)} failed"


@pytest.fixture(scope="module")
def mpxj_run(tmp_path_factory):
    """ClusterDesk's export of every sample plan and MPXJ's own plans, all read by MPXJ in one run."""
    _require_mpxj()
    folder = tmp_path_factory.mktemp("mpxj")
    with pytest.MonkeyPatch.context() as patch:  # the CLI keeps its settings away from the user's
        patch.setenv("CLUSTERDESK_DATA_DIR", str(folder / "userdata"))
        for name in SAMPLE_PLANS:
            _clusterdesk("plan", "export", str(SAMPLES / f"{name}.gpkg"), str(folder / f"{name}.xml"))
    own = {kind: str(folder / "written" / f"{kind}.xml") for kind in WRITTEN}
    exports = [str(folder / f"{name}.xml") for name in SAMPLE_PLANS]
    converted = [(export, export.replace(".xml", suffix)) for export in exports for suffix in CONVERSIONS]
    reads = exports + [target for _source, target in converted] + list(own.values())
    run = run_mpxj({"write": str(folder / "written"), "convert": converted, "read": reads}, folder)
    assert run["written"] == own
    return folder, run


def _seen(run: dict, path: Path | str) -> dict:
    seen = run["read"][str(path)]
    assert "error" not in seen, f"MPXJ could not read {Path(path).name}: {seen['error']}"
    return seen


def _sample_plan(name: str):
    project = Project.open(SAMPLES / f"{name}.gpkg")
    try:
        return read_plan(project)
    finally:
        project.close()


def _date(stamp: str | None) -> str | None:
    return stamp[:10] if stamp else None


def _links(document) -> list[tuple[str, str, str, int]]:
    """(predecessor, successor, type, lag in days) of a ClusterDesk plan, by task name."""
    names = {task.key: task.name for task in document.tasks}
    return sorted((names[k.predecessor], names[k.successor], k.link_type, k.lag_days) for k in document.links)


# 1. ClusterDesk's MS Project XML, read by MPXJ


@pytest.mark.parametrize("name", SAMPLE_PLANS)
def test_mpxj_reads_the_exported_sample_plan_task_by_task(mpxj_run, name):
    folder, run = mpxj_run
    seen = _seen(run, folder / f"{name}.xml")
    document = _sample_plan(name)
    calendar = document.calendar
    assert document.tasks, f"the sample {name} has no plan"
    expected = []
    for index, task in enumerate(document.tasks):
        summary = document.is_summary(index)
        finish = task.start if task.milestone else task.finish
        days = 0 if task.milestone else task.duration_days
        if summary:
            days = calendar.duration_between(task.start, finish)
        expected.append((task.name, task.level, summary, task.milestone, task.start.isoformat(),
                         finish.isoformat(), days, round(task.percent_complete)))  # fmt: skip
    found = [(t["name"], t["outline_level"], t["summary"], t["milestone"], _date(t["start"]),
              _date(t["finish"]), t["duration_days"], t["percent_complete"])
             for t in seen["tasks"]]  # fmt: skip
    assert found == expected
    assert seen["title"] == document.name


@pytest.mark.parametrize("name", SAMPLE_PLANS)
def test_mpxj_reads_the_exported_links_and_holidays(mpxj_run, name):
    folder, run = mpxj_run
    seen = _seen(run, folder / f"{name}.xml")
    document = _sample_plan(name)
    found = sorted((k["predecessor"], k["successor"], k["type"], k["lag_days"]) for k in seen["links"])
    assert document.links and found == _links(document)
    assert seen["holidays"] == [day.isoformat() for day in document.calendar.holidays]


@pytest.mark.parametrize("name", SAMPLE_PLANS)
def test_the_sample_plan_converted_to_p6_by_mpxj_imports_as_mpxj_reads_it(mpxj_run, name):
    """MS Project XML from ClusterDesk, saved as Primavera P6 XML by MPXJ: summaries become WBS elements,
    and MPXJ keeps a summary's links by the WBS element's ObjectId."""
    folder, run = mpxj_run
    converted = folder / f"{name}.p6.xml"
    seen, document = _seen(run, converted), read_plan_file(converted)
    found = sorted((t.name, t.level, t.start and t.start.isoformat(), t.finish and t.finish.isoformat())
                   for t in document.tasks if not t.key.startswith("wbs:"))  # fmt: skip
    assert found == sorted((t["name"], t["outline_level"], _date(t["start"]), _date(t["finish"]))
                           for t in seen["tasks"] if not t["summary"])  # fmt: skip
    assert _links(document) == sorted((k["predecessor"], k["successor"], k["type"], k["lag_days"])
                                      for k in seen["links"])  # fmt: skip
    assert [day.isoformat() for day in document.calendar.holidays] == seen["holidays"]


@pytest.mark.parametrize("name", SAMPLE_PLANS)
def test_the_sample_plan_saved_again_by_mpxj_keeps_clusterdesks_fields(mpxj_run, name):
    """A program built on MPXJ opens ClusterDesk's MS Project XML and saves it: the plan reads back with
    its tasks, dates, progress, links, calendar and ClusterDesk's own fields (Text1-Text5 by their alias)."""
    folder, run = mpxj_run
    original, resaved = read_plan_file(folder / f"{name}.xml"), read_plan_file(folder / f"{name}.resaved.xml")
    assert not resaved.not_understood

    def fields(document):
        return [dataclasses.replace(task, key="", responsible=[]) for task in document.tasks]

    assert fields(resaved) == fields(original)
    # MS Project allows no commas in resource names, and MPXJ writes them as semicolons (the import matches
    # a semicolon to a comma: tests/plan/test_plan_foreign_fields.py)
    parties = [[(who.replace(",", ";"), role) for who, role in t.responsible] for t in original.tasks]
    assert [t.responsible for t in resaved.tasks] == parties
    assert _links(resaved) == _links(original)
    assert resaved.calendar == original.calendar


# 2. Plans MPXJ writes, imported by ClusterDesk


def _imported(tmp_path: Path, source: str, capsys) -> tuple[Path, list[str], str]:
    path = tmp_path / "tungurahua.gpkg"
    Project.new(path, "Calzado de Tungurahua", country="EC").save()
    _clusterdesk("plan", "import", str(path), source)
    printed = capsys.readouterr()
    assert_valid_project(path)
    return path, printed.out.splitlines(), printed.err


def _project_plan(path: Path):
    project = Project.open(path)
    try:
        return read_plan(project), load_calendar(project.session.connection())
    finally:
        project.close()


def _assert_mpxj_plan(path: Path) -> None:
    """The project holds the plan MPXJ wrote: nesting, dates, durations, progress, milestone, links,
    holidays; summaries follow their tasks."""
    document, calendar = _project_plan(path)
    tasks = {task.name: task for task in document.tasks}
    assert sorted(tasks) == sorted(row[1] for row in MPXJ_TASKS)
    open_by_level, parents = {}, {}
    for task in document.tasks:  # outline order: a task follows the summary it belongs to
        open_by_level[task.level] = task.name
        parents[task.name] = open_by_level[task.level - 1] if task.level > 1 else None
    for outline, name, start, finish, days, percent, milestone in MPXJ_TASKS:
        task = tasks[name]
        parent = next((row[1] for row in MPXJ_TASKS if row[0] == outline.rpartition(".")[0]), None)
        assert (task.level, parents[name]) == (outline.count(".") + 1, parent), name
        assert (task.start.isoformat(), task.finish.isoformat()) == (start, finish), name
        assert task.milestone == milestone, name
        if not document.is_summary(document.tasks.index(task)):
            assert (task.duration_days, task.percent_complete) == (days, percent), name
    assert _links(document) == sorted((p, s, LINK_TYPES[kind], lag) for p, s, kind, lag in MPXJ_LINKS)
    assert [day.isoformat() for day in calendar.holidays] == HOLIDAYS
    assert calendar.working_days == "1111100"


def test_mpxj_reads_its_own_plans_as_built(mpxj_run):
    """The reference for what follows: MPXJ reads back every file it wrote."""
    folder, run = mpxj_run
    for kind, written in run["written"].items():
        seen = _seen(run, written)
        assert [t["name"] for t in seen["tasks"]] == [row[1] for row in MPXJ_TASKS]
        assert len(seen["links"]) == len(MPXJ_LINKS)
        if "recurrences" not in kind:
            assert seen["holidays"] == HOLIDAYS


def test_an_mpxj_written_ms_project_plan_imports_with_a_summary(mpxj_run, tmp_path, capsys):
    _folder, run = mpxj_run
    path, out, err = _imported(tmp_path, run["written"]["mspdi"], capsys)
    assert out[0] == f"Imported {len(MPXJ_TASKS)} tasks and {len(MPXJ_LINKS)} dependencies into {path}"
    assert out[2:] == [
        "  - 1 custom field is not ClusterDesk's; its values were kept in the task notes: Text1 (Fuente de "
        "financiamiento).",
        # one: MS Project's placeholders for tasks without a resource (UID -65535) are no assignments
        "  - The work and cost of 1 resource assignment were not imported; each assigned resource became a "
        "responsible party: the lead institution at 100% units, otherwise a supporting one.",
    ]
    assert "'Consultor de calzado'" in err  # the resource is no stakeholder of this project
    _assert_mpxj_plan(path)
    document, _calendar = _project_plan(path)
    notes = {task.name: task.notes for task in document.tasks}
    assert notes["Compra conjunta de cuero"] == "Text1 (Fuente de financiamiento): BID"


def test_an_mpxj_written_primavera_p6_plan_imports_with_a_summary(mpxj_run, tmp_path, capsys):
    _folder, run = mpxj_run
    path, out, _err = _imported(tmp_path, run["written"]["p6"], capsys)
    assert out[0] == f"Imported {len(MPXJ_TASKS)} tasks and {len(MPXJ_LINKS)} dependencies into {path}"
    assert out[2:] == [
        "  - 1 resource was not imported ('Consultor de calzado'); name the parties responsible for a task "
        "in ClusterDesk.",
        "  - 1 resource assignment was not imported, with its units and costs.",
        "  - 1 user-defined field value was not imported; the plan has no place for P6's UDFs.",
    ]
    _assert_mpxj_plan(path)


def test_a_lag_written_as_a_percentage_of_the_predecessor_becomes_working_days(mpxj_run):
    """MSPDI's LagFormat % holds a percentage in LinkLag, not tenths of a minute: 15% of 20 days is 3."""
    _folder, run = mpxj_run
    path = run["written"]["mspdi_percent_lag"]
    assert [k["lag"] for k in _seen(run, path)["links"] if k["type"] == "SS"] == [f"{PERCENT_LAG:.1f}%"]
    document = read_plan_file(path)
    assert _links(document) == _links(read_plan_file(run["written"]["mspdi"]))
    assert ("Compra conjunta de cuero", "Stand en la feria FICCE", "SS", 3) in _links(document)


@pytest.mark.parametrize("kind", ["mspdi_recurrences", "p6_recurrences"])
def test_recurring_exceptions_of_every_kind_free_the_days_mpxj_expands(mpxj_run, kind):
    """Daily every 2 days, weekly every 2 weeks until a date, monthly on day 31, monthly and yearly on a
    position ("third Wednesday", "last Friday of November"): MPXJ writes MSPDI recurrences, and expands
    them into dates for P6."""
    _folder, run = mpxj_run
    expected = sorted({*HOLIDAYS, *(day for _recurrence, days in RECURRENCES for day in days)})
    assert _seen(run, run["written"][kind])["holidays"] == expected
    assert [day.isoformat() for day in read_plan_file(run["written"][kind]).calendar.holidays] == expected


# 3. Primavera P6 -> ClusterDesk -> MS Project XML -> MPXJ


def test_a_p6_plan_keeps_names_dates_and_links_through_clusterdesk_to_ms_project(mpxj_run, tmp_path, capsys):
    _folder, run = mpxj_run
    path, _out, _err = _imported(tmp_path, run["written"]["p6"], capsys)
    exported = tmp_path / "tungurahua.xml"
    _clusterdesk("plan", "export", str(path), str(exported))
    seen = _seen(run_mpxj({"read": [str(exported)]}, tmp_path), exported)
    original = _seen(run, run["written"]["p6"])

    def tasks(plan):
        return sorted((t["name"], t["outline_level"], t["milestone"], _date(t["start"]), _date(t["finish"]))
                      for t in plan["tasks"])  # fmt: skip

    def links(plan):
        return sorted((k["predecessor"], k["successor"], k["type"], k["lag_days"]) for k in plan["links"])

    assert tasks(seen) == tasks(original)
    assert links(seen) == links(original)
    assert seen["holidays"] == original["holidays"] == HOLIDAYS
