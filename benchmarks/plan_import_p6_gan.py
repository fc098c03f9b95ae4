"""Reading and importing large Primavera P6 XML and GanttProject plans.

The P6 plan: 5,000 activities under 250 WBS elements two levels deep, a Finish to Start relationship with
a lag from each activity to the next, a calendar with 15 holidays a year over five years, a resource
assignment and a UDF per activity. The GanttProject plan: the same 5,000 tasks nested under 250
summaries, a dependency from each to the next, weekends and 15 yearly holidays. Prints the in-process
read (median of five) and `clusterdesk plan import` as a whole process (median of three) for each.
Target: read ≤ 1 s, whole import ≤ 5 s.

    python benchmarks/plan_import_p6_gan.py
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from clusterdesk.core.project import Project  # noqa: E402
from clusterdesk.io.plan_import_readers import read_plan_file  # noqa: E402

ACTIVITIES, PER_WBS, READS, IMPORTS = 5_000, 20, 5, 3
START = dt.date(2027, 1, 4)


def p6_file(path: Path) -> None:
    work = "<WorkTime><Start>08:00:00</Start><Finish>16:59:00</Finish></WorkTime>"
    weekdays = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    days = "".join(
        f"<StandardWorkHours><DayOfWeek>{d}</DayOfWeek>{work if index < 5 else ''}</StandardWorkHours>"
        for index, d in enumerate(weekdays)
    )
    dates = [(1, 1), (5, 1), (12, 25)] + [(month, 10) for month in range(2, 13)]
    holidays = "".join(
        f"<HolidayOrException><Date>{year}-{month:02}-{day:02}T00:00:00</Date></HolidayOrException>"
        for year in range(2027, 2032)
        for month, day in dates
    )
    parts = [
        "<?xml version='1.0' encoding='UTF-8'?><APIBusinessObjects>",
        f"<Calendar><ObjectId>1</ObjectId><Name>Standard</Name><HoursPerDay>8</HoursPerDay>"
        f"<StandardWorkWeek>{days}</StandardWorkWeek><HolidayOrExceptions>{holidays}</HolidayOrExceptions></Calendar>",
        "<Resource><ObjectId>1</ObjectId><Name>Consultant</Name></Resource>",
        "<Project><ObjectId>1</ObjectId><Id>BIG</Id><Name>Large plan</Name>"
        "<ActivityDefaultCalendarObjectId>1</ActivityDefaultCalendarObjectId>",
    ]
    groups = ACTIVITIES // PER_WBS
    for group in range(groups):
        parent = 1 if group % 10 == 0 else 100_000 + group - group % 10
        parts.append(
            f"<WBS><ObjectId>{100_000 + group}</ObjectId><ParentObjectId>{parent}</ParentObjectId>"
            f"<Name>Action {group}</Name><SequenceNumber>{group}</SequenceNumber></WBS>"
        )
    for index in range(ACTIVITIES):
        start = START + dt.timedelta(days=index // 3)
        parts.append(
            f"<Activity><ObjectId>{index + 1}</ObjectId><Id>A{index}</Id><Name>Activity {index}</Name>"
            f"<WBSObjectId>{100_000 + index // PER_WBS}</WBSObjectId><StartDate>{start}T08:00:00</StartDate>"
            f"<FinishDate>{start + dt.timedelta(days=2)}T17:00:00</FinishDate><PercentCompleteType>Physical"
            f"</PercentCompleteType><PhysicalPercentComplete>0.3</PhysicalPercentComplete>"
            f"<UDF><TypeObjectId>1</TypeObjectId><TextValue>x</TextValue></UDF></Activity>"
        )
        if index:
            parts.append(f"<Relationship><PredecessorActivityObjectId>{index}</PredecessorActivityObjectId>"
                         f"<SuccessorActivityObjectId>{index + 1}</SuccessorActivityObjectId>"
                         "<Type>Finish to Start</Type><Lag>8</Lag></Relationship>")  # fmt: skip
        parts.append(
            f"<ResourceAssignment><ActivityObjectId>{index + 1}</ActivityObjectId></ResourceAssignment>"
        )
    parts.append("</Project></APIBusinessObjects>")
    path.write_text("".join(parts), encoding="utf-8")


def gan_file(path: Path) -> None:
    parts = [
        "<?xml version='1.0' encoding='UTF-8'?><project name='Large plan'><calendars><day-types>"
        "<default-week id='1' sun='1' mon='0' tue='0' wed='0' thu='0' fri='0' sat='1'/></day-types>",
        *(f"<date year='' month='{m}' date='{d}' type='HOLIDAY'/>" for m, d in [(1, 1), (5, 1), (12, 25)]),
        *(f"<date year='' month='{m}' date='10' type='HOLIDAY'/>" for m in range(2, 13)),
        "</calendars><tasks>",
    ]
    for group in range(ACTIVITIES // PER_WBS):
        parts.append(f"<task id='s{group}' name='Action {group}' start='{START}' duration='1' complete='0'>")
        for member in range(PER_WBS):
            index = group * PER_WBS + member
            start = START + dt.timedelta(days=index // 3)
            follow = f"<depend id='{index + 1}' type='2' difference='1'/>" if index + 1 < ACTIVITIES else ""
            parts.append(
                f"<task id='{index}' name='Activity {index}' start='{start}' duration='3' "
                f"complete='30'>{follow}</task>"
            )
        parts.append("</task>")
    parts.append("</tasks></project>")
    path.write_text("".join(parts), encoding="utf-8")


def measure(source: Path, folder: Path) -> None:
    reads = []
    for _ in range(READS):
        began = time.perf_counter()
        document = read_plan_file(source)
        reads.append(time.perf_counter() - began)
    imports = []
    for run in range(IMPORTS):
        target = folder / f"{source.stem}-{run}.gpkg"
        Project.new(target, "Benchmark", country="EC").save()
        began = time.perf_counter()
        command = [
            str(Path(sys.executable).parent / "clusterdesk"),
            "plan",
            "import",
            str(target),
            str(source),
        ]
        subprocess.run(command, check=True, capture_output=True)
        imports.append(time.perf_counter() - began)
    size = source.stat().st_size / 1e6
    print(f"{source.name}: {len(document.tasks):,} tasks, {len(document.links):,} links, {size:.1f} MB; "
          f"read {statistics.median(reads):.2f} s, whole `clusterdesk plan import` "
          f"{statistics.median(imports):.2f} s (medians)")  # fmt: skip


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        p6, gan = folder / "large_p6.xml", folder / "large.gan"
        p6_file(p6)
        gan_file(gan)
        measure(p6, folder)
        measure(gan, folder)


if __name__ == "__main__":
    main()
