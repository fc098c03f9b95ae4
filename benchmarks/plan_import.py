"""Reading and importing a large MS Project XML plan written by another program.

The plan: 5,000 tasks in 250 summaries, each task with four of the agency's own custom fields, a cost, a
baseline and a link to the task before it; 200 work and 20 material resources with an assignment per
task; a calendar with 15 national holidays repeated yearly until 2149 and a weekly exception over 14
months. Prints the in-process read (read_mspdi) and `clusterdesk plan import` as a whole process, median
of five runs each. Target: read ≤ 1 s, whole import ≤ 5 s.

    python benchmarks/plan_import.py
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from clusterdesk.core.project import Project  # noqa: E402
from clusterdesk.io.plan_mspdi_reader import read_mspdi  # noqa: E402

TASKS, PER_SUMMARY, RUNS = 5_000, 20, 5


def holiday(name: str, month: int, day: int) -> str:
    return (
        "<Exception><EnteredByOccurrences>0</EnteredByOccurrences><TimePeriod>"
        f"<FromDate>2027-{month:02}-{day:02}T00:00:00</FromDate><ToDate>2149-{month:02}-{day:02}T23:59:00</ToDate>"
        f"</TimePeriod><Name>{name}</Name><Type>2</Type><Month>{month - 1}</Month><MonthDay>{day}</MonthDay>"
        "<DayWorking>0</DayWorking></Exception>"
    )


def write_plan(path: Path) -> None:
    start = dt.date(2027, 1, 4)
    parts = [
        "<?xml version='1.0' encoding='UTF-8'?><Project xmlns='http://schemas.microsoft.com/project'>",
        "<Name>Large agency plan</Name><StartDate>2027-01-04T08:00:00</StartDate>",
        "<CalendarUID>1</CalendarUID>",
        "<MinutesPerDay>480</MinutesPerDay><ExtendedAttributes>",
        *(
            f"<ExtendedAttribute><FieldID>{fid}</FieldID><FieldName>{name}</FieldName><Alias>{alias}</Alias>"
            "</ExtendedAttribute>"
            for fid, name, alias in [
                (188743731, "Text1", "Municipio"),
                (188743740, "Text4", "Línea presupuestaria"),
                (188743767, "Number1", "Hectáreas"),
                (188743752, "Flag1", "Aprobado"),
            ]
        ),  # fmt: skip
        "</ExtendedAttributes><Calendars><Calendar><UID>1</UID><Name>Estándar</Name><WeekDays>",
        *(
            f"<WeekDay><DayType>{d}</DayType><DayWorking>{int(2 <= d <= 6)}</DayWorking></WeekDay>"
            for d in range(1, 8)
        ),
        "</WeekDays><Exceptions>",
        *(holiday(f"Feriado {n}", 1 + n % 12, 1 + n) for n in range(15)),
        "<Exception><TimePeriod><FromDate>2027-01-01T00:00:00</FromDate><ToDate>2028-02-29T23:59:00</ToDate>"
        "</TimePeriod><Name>Viernes de campo</Name><Type>6</Type><Period>1</Period>"
        "<DaysOfWeek>32</DaysOfWeek>"
        "<DayWorking>0</DayWorking></Exception>",
        "</Exceptions></Calendar></Calendars><Tasks>",
    ]
    uid = 0
    for index in range(TASKS):
        if index % PER_SUMMARY == 0:
            uid += 1
            parts.append(f"<Task><UID>{uid}</UID><Name>Objetivo {uid}</Name><OutlineLevel>1</OutlineLevel>"
                         "<Summary>1</Summary></Task>")  # fmt: skip
        uid += 1
        day = start + dt.timedelta(days=index // 10)
        link = (f"<PredecessorLink><PredecessorUID>{uid - 1}</PredecessorUID><Type>1</Type></PredecessorLink>"
                if index % PER_SUMMARY else "")  # fmt: skip
        parts.append(
            f"<Task><UID>{uid}</UID><Name>Acción {index}</Name><OutlineLevel>2</OutlineLevel>"
            f"<Start>{day}T08:00:00</Start><Finish>{day}T17:00:00</Finish><Duration>PT8H0M0S</Duration>"
            f"<Cost>{index * 100}</Cost><ConstraintType>{index % 8}</ConstraintType>"
            f"<ExtendedAttribute><FieldID>188743731</FieldID><Value>Estelí</Value></ExtendedAttribute>"
            f"<ExtendedAttribute><FieldID>188743740</FieldID><Value>{index % 40}</Value></ExtendedAttribute>"
            f"<ExtendedAttribute><FieldID>188743767</FieldID><Value>{index / 7:.2f}</Value>"
            "</ExtendedAttribute>"
            f"<ExtendedAttribute><FieldID>188743752</FieldID><Value>{index % 2}</Value></ExtendedAttribute>"
            f"<Baseline><Number>0</Number><Start>{day}T08:00:00</Start></Baseline>{link}</Task>"
        )
    parts.append("</Tasks><Resources>")
    parts += [f"<Resource><UID>{r}</UID><Name>Institución {r}</Name><Type>{0 if r > 200 else 1}</Type>"
              "</Resource>" for r in range(1, 221)]  # fmt: skip
    parts.append("</Resources><Assignments>")
    parts += [f"<Assignment><UID>{a}</UID><TaskUID>{a + 1}</TaskUID><ResourceUID>{1 + a % 220}</ResourceUID>"
              "<Units>1</Units><Work>PT8H0M0S</Work></Assignment>" for a in range(1, uid)]  # fmt: skip
    parts.append("</Assignments></Project>")
    path.write_text("".join(parts), encoding="utf-8")


def median_seconds(run) -> float:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        plan = Path(folder) / "large_plan.xml"
        write_plan(plan)
        document = read_mspdi(plan)
        print(f"plan: {len(document.tasks):,} tasks, {len(document.links):,} links, "
              f"{len(document.holiday_names)} holidays, {len(document.not_understood)} summary lines, "
              f"{plan.stat().st_size / 1e6:.1f} MB")  # fmt: skip
        print(f"read_mspdi, in process: {median_seconds(lambda: read_mspdi(plan)):.2f} s (target ≤ 1 s)")
        environment = {**os.environ, "PYTHONPATH": str(REPO / "src"), "LANG": "C"}

        def whole_import() -> None:
            target = Path(folder) / "target.gpkg"
            target.unlink(missing_ok=True)
            project = Project.new(target, "Benchmark", country="NI")
            project.save()
            project.close()
            began = time.perf_counter()
            command = [sys.executable, "-m", "clusterdesk.cli.main", "plan", "import", str(target), str(plan)]
            done = subprocess.run(command, env=environment, capture_output=True, text=True)
            whole_import.seconds.append(time.perf_counter() - began)
            if done.returncode:
                raise SystemExit(done.stderr)

        whole_import.seconds = []
        for _ in range(RUNS):
            whole_import()
        print(f"clusterdesk plan import, whole process: {statistics.median(whole_import.seconds):.2f} s "
              "(target ≤ 5 s)")  # fmt: skip
    print("Measured on a machine shared with other work; quiet-machine figures are lower.")


if __name__ == "__main__":
    main()
