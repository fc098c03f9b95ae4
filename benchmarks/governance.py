"""Time the governance record of a very large initiative: 200 bodies, 5,000 members, 2,400 meetings with
about 60,000 attendance rows and 2,400 decisions, on 5,000 stakeholders.

Targets: writing it as one command ≤ 3 s, loading it ≤ 1 s, all checks ≤ 0.5 s, refreshing the
governance panel ≤ 2 s.

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/governance.py
"""

from __future__ import annotations

import datetime as dt
import os
import random
import tempfile
import time
from pathlib import Path

from clusterdesk.analysis import governance_checks as checks
from clusterdesk.core import edits
from clusterdesk.core.governance import BODY_TYPES, load_governance
from clusterdesk.core.governance_rows import InsertRows
from clusterdesk.core.project import Project

BODIES, MEMBERS_PER_BODY, MEETINGS_PER_BODY, STAKEHOLDERS = 200, 25, 12, 5_000


def governance_rows(stakeholders: list[int], rng: random.Random) -> dict[str, list[dict]]:
    kinds = list(BODY_TYPES)
    bodies = [
        {
            "fid": b,
            "name": f"Body {b}",
            "body_type": kinds[b % len(kinds)],
            "parent_id": None if b <= 5 else rng.randint(1, b - 1),
        }
        for b in range(1, BODIES + 1)
    ]
    members, meetings, attendance, decisions = [], [], [], []
    for body in range(1, BODIES + 1):
        seats = []
        for seat in range(MEMBERS_PER_BODY):
            fid = len(members) + 1
            members.append(
                {
                    "fid": fid,
                    "body_id": body,
                    "stakeholder_id": rng.choice(stakeholders),
                    "person_name": f"Person {fid}",
                    "role": "chair" if seat == 0 else "member",
                    "gender": rng.choice(("female", "male")),
                    "term_start": dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 700)),
                }
            )
            seats.append(fid)
        for number in range(MEETINGS_PER_BODY):
            meeting = len(meetings) + 1
            day = dt.date(2020, 3, 1) + dt.timedelta(days=90 * number + rng.randint(0, 20))
            meetings.append(
                {"fid": meeting, "body_id": body, "held_on": day, "cda_present": rng.random() < 0.6}
            )
            for seat in seats:
                if rng.random() < 0.2:
                    continue
                status = "present" if rng.random() < 0.85 else "apologies"
                attendance.append({"meeting_id": meeting, "member_id": seat, "status": status})
            decisions.append({"meeting_id": meeting, "text": f"Decision of meeting {meeting}", "position": 0})
    return {
        "governance_bodies": bodies,
        "governance_members": members,
        "governance_meetings": meetings,
        "governance_attendance": attendance,
        "governance_decisions": decisions,
    }


def timed(label: str, target: float, function):
    start = time.perf_counter()
    result = function()
    took = time.perf_counter() - start
    print(f"{label:<44} {took:7.3f} s   (target ≤ {target} s)")
    return result


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("CLUSTERDESK_DATA_DIR", tempfile.mkdtemp(prefix="clusterdesk-bench-"))
    rng = random.Random(3)
    folder = Path(tempfile.mkdtemp(prefix="clusterdesk-governance-"))
    project = Project.new(folder / "big.gpkg", "Benchmark cluster")
    people = edits.AddStakeholders(
        [{"name": f"Firm {i}", "lon": -78.2, "lat": 0.3} for i in range(STAKEHOLDERS)]
    )
    project.stack.push(people)
    rows = governance_rows(people.added_fids, rng)
    print(
        f"{len(rows['governance_members'])} members, {len(rows['governance_meetings'])} meetings, "
        f"{len(rows['governance_attendance'])} attendance rows"
    )
    timed(
        "write as one undoable command",
        3.0,
        lambda: project.stack.push(InsertRows(rows, "Import governance")),
    )
    data = timed("load_governance", 1.0, lambda: load_governance(project.session))
    today = dt.date(2023, 6, 30)

    def every_check():
        checks.missing_interest_groups(data, today)
        checks.gender_balance(data, today)
        checks.bodies_without_chair(data, today)
        checks.expired_terms(data, today)
        checks.attendance_by_member(data)
        checks.attendance_by_body_over_time(data)
        checks.decision_follow_up(data)
        checks.phase_out_readiness(data, today)

    timed("all checks", 0.5, every_check)

    from PySide6.QtWidgets import QApplication

    from clusterdesk.core.workspace import RecentFiles, Workspace
    from clusterdesk.gui.governance import GovernancePanel

    app = QApplication.instance() or QApplication([])
    project.save()
    project.close()
    workspace = Workspace(RecentFiles(folder / "recent.json"))
    workspace.open(folder / "big.gpkg")
    panel = timed("open the governance panel", 2.0, lambda: GovernancePanel(workspace))
    timed("refresh the governance panel", 2.0, panel.reload)
    app.processEvents()
    workspace.close(discard=True)


if __name__ == "__main__":
    main()
