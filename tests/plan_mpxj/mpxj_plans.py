"""MPXJ, the reference reader and writer of MS Project and Primavera files, run in a process of its own.

    python mpxj_plans.py REQUEST.json

REQUEST holds {"write": FOLDER or null, "convert": [[SOURCE, TARGET], ...], "read": [FILE, ...]}. With
"write", MPXJ builds a cluster plan of
its own (nested tasks, every link type with lags, a milestone, progress, a calendar with a holiday and a
yearly recurring exception, a resource with an assignment, a custom text field) and saves it in FOLDER as
MS Project XML (MSPDIWriter, mspdi.xml) and Primavera P6 XML (PrimaveraPMFileWriter, p6.xml); variants:
one lag as a percentage (mspdi_percent_lag.xml), and recurring exceptions of every kind in the calendar
(mspdi_recurrences.xml, p6_recurrences.xml). MPXJ writes no GanttProject files (its writers: MPX, MSPDI,
Planner, PMXML, XER, SDEF, JSON).

Each SOURCE of "convert" is then read and saved in its TARGET: as Primavera P6 XML when the name ends in
.p6.xml (as a P6 user given an MS Project file would), else as MS Project XML (as a program built on MPXJ
saves a plan). Last, every file of "read" is read with UniversalProjectReader. One JSON document goes to
standard output: {"written": {kind: path}, "read": {path: plan as MPXJ sees it, or {"error": message}}}.

The Java virtual machine starts once per process (JPype cannot start a second one), which is why the
tests run this script in a subprocess instead of importing MPXJ beside Qt and the other tests. The plan's
contents below import without Java, for the tests to compare against.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

# A short run: the quick compiler only, which saves starting the optimising one
JVM_OPTIONS = ["-XX:TieredStopAtLevel=1"]
WRITTEN = ("mspdi", "p6", "mspdi_percent_lag", "mspdi_recurrences", "p6_recurrences")  # files of "write"
LINK_TYPES = {"FINISH_START": "FS", "START_START": "SS", "FINISH_FINISH": "FF", "START_FINISH": "SF"}

# The plan MPXJ writes: (outline path, name, start, finish, working days, percent complete, milestone).
# Dates follow the calendar below (Monday to Friday; 3-4 March 2025 Carnaval, 1 May every year).
MPXJ_TASKS = [
    ("1", "Diagnóstico", "2025-02-03", "2025-03-07", 22, 45, False),
    ("1.1", "Encuesta a las empresas", "2025-02-03", "2025-02-14", 10, 100, False),
    ("1.2", "Informe de diagnóstico", "2025-02-17", "2025-02-28", 10, 50, False),
    ("1.3", "Diagnóstico validado", "2025-03-07", "2025-03-07", 0, 0, True),
    ("2", "Acciones conjuntas", "2025-03-05", "2025-04-04", 23, 10, False),
    ("2.1", "Compra conjunta de cuero", "2025-03-10", "2025-04-04", 20, 25, False),
    ("2.2", "Convocatoria a las empresas", "2025-03-05", "2025-03-11", 5, 0, False),
    ("2.3", "Ferias comerciales", "2025-03-13", "2025-03-21", 7, 0, False),
    ("2.3.1", "Stand en la feria FICCE", "2025-03-13", "2025-03-19", 5, 0, False),
    ("2.3.2", "Seguimiento a compradores", "2025-03-17", "2025-03-21", 5, 0, False),
]
# (predecessor, successor, type, lag in working days)
PERCENT_LAG = 15  # of the 20 days of "Compra conjunta de cuero": the start-to-start lag of 3 days
MPXJ_LINKS = [
    ("Encuesta a las empresas", "Informe de diagnóstico", "FINISH_START", 0),
    ("Informe de diagnóstico", "Diagnóstico validado", "FINISH_START", 2),
    ("Compra conjunta de cuero", "Stand en la feria FICCE", "START_START", 3),
    ("Stand en la feria FICCE", "Seguimiento a compradores", "FINISH_FINISH", 2),
    ("Compra conjunta de cuero", "Convocatoria a las empresas", "START_FINISH", 1),
]


def _iso(value) -> str | None:
    return None if value is None else str(value.toString())


def _local_date(text: str):
    from java.time import LocalDate

    day = dt.date.fromisoformat(text)
    return LocalDate.of(day.year, day.month, day.day)


def _recurring(
    calendar,
    name: str,
    kind: str,
    start: str,
    occurrences: int | None = None,
    end: str | None = None,
    every: int = 1,
    day: int | None = None,
    month: int | None = None,
    weekday: str | None = None,
    relative: bool = False,
) -> None:
    """Add a recurring non-working exception: `day` is the day of the month, or with `relative` the
    position of `weekday` in the month (1 first to 4 fourth, 5 last)."""
    import jpype
    from java.time import DayOfWeek
    from org.mpxj import RecurrenceType, RecurringData

    data = RecurringData()
    data.setRecurrenceType(RecurrenceType.valueOf(kind))
    data.setStartDate(_local_date(start))
    data.setFrequency(jpype.JInt(every))
    data.setRelative(relative)
    data.setUseEndDate(end is not None)
    if end is not None:
        data.setFinishDate(_local_date(end))
    else:
        data.setOccurrences(jpype.JInt(occurrences))
    if day is not None:
        data.setDayNumber(jpype.JInt(day))
    if month is not None:
        data.setMonthNumber(jpype.JInt(month))
    if weekday is not None:
        if kind == "WEEKLY":
            data.setWeeklyDay(DayOfWeek.valueOf(weekday), True)
        else:
            data.setDayOfWeek(DayOfWeek.valueOf(weekday))
    calendar.addCalendarException(data).setName(name)


# Recurring exceptions of every kind MS Project offers, for the calendar of the *_recurrences files, with
# the days each one makes free (worked out by hand).
RECURRENCES = [
    (dict(name="Jornadas de capacitación", kind="DAILY", start="2025-08-04", occurrences=3, every=2),
     ["2025-08-04", "2025-08-06", "2025-08-08"]),
    (dict(name="Cierre quincenal", kind="WEEKLY", start="2025-07-07", end="2025-08-01", every=2,
          weekday="FRIDAY"), ["2025-07-11", "2025-07-25"]),
    (dict(name="Cierre de mes", kind="MONTHLY", start="2025-01-31", occurrences=4, day=31),
     ["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30"]),
    (dict(name="Asamblea bimestral", kind="MONTHLY", start="2025-01-01", occurrences=3, every=2, day=3,
          weekday="WEDNESDAY", relative=True), ["2025-01-15", "2025-03-19", "2025-05-21"]),
    (dict(name="Cierre anual", kind="YEARLY", start="2025-01-01", occurrences=3, day=5, month=11,
          weekday="FRIDAY", relative=True), ["2025-11-28", "2026-11-27", "2027-11-26"]),
]  # fmt: skip


def _calendar(project, recurrences: bool = False):
    calendar = project.addDefaultBaseCalendar()
    calendar.setName("Agencia")
    project.setDefaultCalendar(calendar)
    carnaval = calendar.addCalendarException(_local_date("2025-03-03"), _local_date("2025-03-04"))
    carnaval.setName("Carnaval")
    _recurring(calendar, "Día del Trabajo", "YEARLY", "2025-05-01", occurrences=3, day=1, month=5)
    for recurrence, _free_days in RECURRENCES if recurrences else []:
        _recurring(calendar, **recurrence)
    return calendar


def _task_times(task, start: str, finish: str, days: int, percent: float, milestone: bool) -> None:
    from java.lang import Double
    from java.time import LocalTime
    from org.mpxj import Duration, TimeUnit

    task.setStart(_local_date(start).atTime(LocalTime.of(8, 0)))
    task.setFinish(_local_date(finish).atTime(LocalTime.of(8 if milestone else 17, 0)))
    task.setDuration(Duration.getInstance(days, TimeUnit.DAYS))
    task.setPercentageComplete(Double(float(percent)))
    task.setMilestone(milestone)
    if percent:
        task.setActualStart(task.getStart())
    if percent == 100:
        task.setActualFinish(task.getFinish())


def build_plan(percent_lag: bool = False, recurrences: bool = False):
    """The plan above as an MPXJ ProjectFile; with `percent_lag`, the start-to-start link's lag of 3 days
    is written as 15% of its predecessor's 20 days (MS Project's "SS+15%"); with `recurrences`, the
    calendar has the RECURRENCES too."""
    import jpype
    from org.mpxj import ActivityType, Duration, ProjectFile, Relation, RelationType, TaskField, TimeUnit

    project = ProjectFile()
    properties = project.getProjectProperties()
    properties.setName("Clúster del calzado de Tungurahua")
    properties.setProjectTitle("Clúster del calzado de Tungurahua")
    properties.setStartDate(_local_date("2025-02-03").atStartOfDay().plusHours(8))
    _calendar(project, recurrences)
    budget_source = project.getCustomFields().getOrCreate(TaskField.TEXT1)
    budget_source.setAlias("Fuente de financiamiento")
    by_path, by_name = {}, {}
    for path, name, start, finish, days, percent, milestone in MPXJ_TASKS:
        parent = by_path.get(path.rpartition(".")[0])
        task = (parent or project).addTask()
        task.setName(name)
        task.setOutlineLevel(jpype.JInt(path.count(".") + 1))
        if start is not None:
            _task_times(task, start, finish, days, percent, milestone)
        by_path[path] = by_name[name] = task
    for task in by_path.values():  # P6's writer makes a WBS element of a task without an activity type
        task.setSummary(bool(list(task.getChildTasks())))
        if not task.getSummary():
            milestone = task.getMilestone()
            task.setActivityType(ActivityType.FINISH_MILESTONE if milestone else ActivityType.TASK_DEPENDENT)
    for predecessor, successor, kind, lag in MPXJ_LINKS:
        builder = Relation.Builder().predecessorTask(by_name[predecessor]).type(RelationType.valueOf(kind))
        duration = Duration.getInstance(lag, TimeUnit.DAYS)
        if percent_lag and kind == "START_START":
            duration = Duration.getInstance(PERCENT_LAG, TimeUnit.PERCENT)
        by_name[successor].addPredecessor(builder.lag(duration))
    by_name["Compra conjunta de cuero"].setText(jpype.JInt(1), "BID")
    consultant = project.addResource()
    consultant.setName("Consultor de calzado")
    by_name["Encuesta a las empresas"].addResourceAssignment(consultant)
    return project


def write_plans(folder: Path) -> dict[str, str]:
    from org.mpxj.mspdi import MSPDIWriter
    from org.mpxj.primavera import PrimaveraPMFileWriter

    folder.mkdir(parents=True, exist_ok=True)
    plans = {
        "mspdi": (MSPDIWriter, build_plan()),
        "p6": (PrimaveraPMFileWriter, build_plan()),
        "mspdi_percent_lag": (MSPDIWriter, build_plan(percent_lag=True)),
        "mspdi_recurrences": (MSPDIWriter, build_plan(recurrences=True)),
        "p6_recurrences": (PrimaveraPMFileWriter, build_plan(recurrences=True)),
    }
    written = {kind: folder / f"{kind}.xml" for kind in WRITTEN}
    for kind, (writer, plan) in plans.items():
        writer().write(plan, str(written[kind]))
    return {kind: str(path) for kind, path in written.items()}


def _days(duration, properties) -> float | None:
    from org.mpxj import TimeUnit

    if duration is None or str(duration.getUnits().name()).endswith("PERCENT"):
        return None
    return round(float(duration.convertUnits(TimeUnit.DAYS, properties).getDuration()), 3)


def _holidays(calendar) -> list[str]:
    """Every non-working day of the calendar's exceptions, recurring ones expanded."""
    days = set()
    for exception in calendar.getExpandedCalendarExceptions():
        if exception.getWorking():
            continue
        day = dt.date.fromisoformat(str(exception.getFromDate().toString()))
        last = dt.date.fromisoformat(str(exception.getToDate().toString()))
        while day <= last:
            days.add(day.isoformat())
            day += dt.timedelta(days=1)
    return sorted(days)


def read_plan(path: str) -> dict:
    """The plan of a file as MPXJ reads it: tasks in file order, links, the default calendar."""
    from org.mpxj.reader import UniversalProjectReader

    project = UniversalProjectReader().read(path)
    if project is None:
        return {"error": "UniversalProjectReader recognised no plan"}
    properties = project.getProjectProperties()
    tasks = []
    for task in project.getTasks():
        if task.getName() is None or task.getOutlineLevel() in (None, 0):
            continue  # the project summary task MPXJ may add
        percent = task.getPercentageComplete()
        tasks.append(
            {
                "uid": int(task.getUniqueID()),
                "name": str(task.getName()),
                "outline_level": int(task.getOutlineLevel()),
                "summary": bool(task.getSummary()),
                "milestone": bool(task.getMilestone()),
                "start": _iso(task.getStart()),
                "finish": _iso(task.getFinish()),
                "duration_days": _days(task.getDuration(), properties),
                "percent_complete": None if percent is None else float(percent.doubleValue()),
            }
        )
    links = [
        {
            "predecessor": str(r.getPredecessorTask().getName()),
            "successor": str(r.getSuccessorTask().getName()),
            "type": LINK_TYPES[str(r.getType().name())],
            "lag_days": _days(r.getLag(), properties),
            "lag": str(r.getLag()),
        }
        for r in project.getRelations()
    ]
    calendar = project.getDefaultCalendar()
    return {
        "title": _iso(properties.getProjectTitle()),
        "tasks": tasks,
        "links": links,
        "calendar": None if calendar is None else _iso(calendar.getName()),
        "holidays": [] if calendar is None else _holidays(calendar),
        "resources": [str(r.getName()) for r in project.getResources() if r.getName() is not None],
    }


def main(request_path: str) -> int:
    import jpype
    import mpxj  # noqa: F401  (puts MPXJ's jars on the class path)

    request = json.loads(Path(request_path).read_text(encoding="utf-8"))
    jpype.startJVM(*JVM_OPTIONS, convertStrings=False)
    import java.lang

    result: dict = {"written": {}, "read": {}}
    if request.get("write"):
        result["written"] = write_plans(Path(request["write"]))
    for source, target in request.get("convert", []):
        from org.mpxj.mspdi import MSPDIWriter
        from org.mpxj.primavera import PrimaveraPMFileWriter
        from org.mpxj.reader import UniversalProjectReader

        writer = PrimaveraPMFileWriter if target.endswith(".p6.xml") else MSPDIWriter
        writer().write(UniversalProjectReader().read(source), target)
    for path in request.get("read", []):
        try:
            result["read"][path] = read_plan(path)
        except java.lang.Exception as error:  # a file MPXJ cannot read is a finding, not a crash
            result["read"][path] = {"error": f"{error.getClass().getName()}: {error.getMessage()}"}
    json.dump(result, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
