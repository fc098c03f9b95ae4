"""Governance checks on hand-made data: representation, gender, chairs, terms, attendance, phase-out."""

from __future__ import annotations

import datetime as dt

from clusterdesk.analysis import governance_checks as checks
from clusterdesk.core.governance import GovernanceData

TODAY = dt.date(2025, 6, 30)
D = dt.date


def _body(fid, name, body_type, lead=None, parent=None, dissolved=None):
    return {
        "fid": fid,
        "name": name,
        "body_type": body_type,
        "lead_stakeholder_id": lead,
        "parent_id": parent,
        "established_on": D(2023, 1, 1),
        "dissolved_on": dissolved,
    }


def _member(fid, body, stakeholder=None, role="member", gender=None, start=None, end=None, **extra):
    return {
        "fid": fid,
        "body_id": body,
        "stakeholder_id": stakeholder,
        "contact_id": extra.get("contact"),
        "person_name": extra.get("name"),
        "role": role,
        "team_position": extra.get("position"),
        "interest_group": extra.get("group"),
        "gender": gender,
        "term_start": start,
        "term_end": end,
    }


def _data() -> GovernanceData:
    stakeholders = {
        1: {"fid": 1, "name": "Chamber", "kind": "business_association", "sector_code": None},
        2: {"fid": 2, "name": "Municipality", "kind": "public_authority", "sector_code": None},
        3: {"fid": 3, "name": "University", "kind": "training_institution", "sector_code": None},
        **{
            i: {"fid": i, "name": f"Firm {i}", "kind": "enterprise", "sector_code": "1410"}
            for i in range(10, 14)
        },
        **{
            i: {"fid": i, "name": f"Dyer {i}", "kind": "supplier", "sector_code": "1313"}
            for i in range(20, 24)
        },
    }
    members = [
        _member(1, 1, 1, "chair", "female", contact=7),
        _member(2, 1, 2, "vice_chair", "male", end=D(2024, 12, 31)),  # expired
        _member(3, 1, 10, "member", None, contact=8),  # gender from the contact person
        _member(4, 1, 11, "member", "male", start=D(2025, 3, 1)),  # joined after the first meetings
        _member(5, 2, None, "member", "female", name="Ana CDA", position="cda"),
        _member(6, 2, None, "member", "male", name="Luis Coordinator", position="project_coordinator"),
        _member(7, 3, 12, "member", "male"),
    ]
    meetings = [
        {"fid": 1, "body_id": 1, "held_on": D(2024, 9, 10), "cda_present": True},
        {"fid": 2, "body_id": 1, "held_on": D(2025, 2, 10), "cda_present": False},
        {"fid": 3, "body_id": 1, "held_on": D(2025, 5, 10), "cda_present": False},
        {"fid": 4, "body_id": 3, "held_on": D(2025, 5, 20), "cda_present": True},
        {"fid": 5, "body_id": 1, "held_on": D(2025, 6, 1), "cda_present": False},  # attendance not taken
    ]
    status = {(1, 1): "present", (1, 2): "present", (1, 3): "apologies",
              (2, 1): "present", (2, 3): "present",
              (3, 1): "present", (3, 3): "present", (3, 4): "apologies",
              (4, 7): "present"}  # fmt: skip
    attendance = [{"meeting_id": m, "member_id": p, "status": s} for (m, p), s in status.items()]
    return GovernanceData(
        bodies=[
            _body(1, "Cluster Commission", "cluster_commission", lead=1),
            _body(2, "Project team", "project_team"),
            _body(3, "Marketing group", "working_group", parent=1),
            _body(4, "Old network", "enterprise_network", dissolved=D(2024, 1, 1)),
        ],
        members=members,
        meetings=meetings,
        attendance=attendance,
        maturity=[
            {"period_start": D(2023, 1, 1), "period_end": D(2023, 12, 31), "leadership": "cda_led"},
            {"period_start": D(2024, 1, 1), "period_end": None, "leadership": "shared"},
        ],
        phase_out_items=[
            {"item": "tools_handed_over", "done": True, "done_on": D(2025, 4, 1), "notes": None}
        ],
        stakeholders=stakeholders,
        contacts={7: {"name": "Rosa", "gender": "female"}, 8: {"name": "Jorge", "gender": "male"}},
    )


def test_missing_interest_groups_lists_kinds_and_sectors_without_a_seat():
    gaps = checks.missing_interest_groups(_data(), TODAY)
    assert {(g.group, g.code, g.registry_count) for g in gaps} == {
        ("kind", "supplier", 4),
        ("kind", "training_institution", 1),
        ("kind", "public_authority", 1),  # the municipality's term has expired
        ("sector", "1313", 4),
    }
    no_commission = _data()
    no_commission.bodies = no_commission.bodies[1:]
    assert checks.missing_interest_groups(no_commission, TODAY) is None


def test_gender_balance_counts_current_members_with_contact_gender():
    balance = {b.body: b for b in checks.gender_balance(_data(), TODAY)}
    commission = balance["Cluster Commission"]
    assert (commission.female, commission.male, commission.unknown) == (1, 2, 0)
    assert commission.female_share == 1 / 3
    assert "Old network" not in balance  # dissolved


def test_chairs_and_expired_terms():
    data = _data()
    assert [b["name"] for b in checks.bodies_without_chair(data, TODAY)] == ["Marketing group"]
    assert [m["fid"] for m in checks.expired_terms(data, TODAY)] == [2]


def test_attendance_rates_count_only_meetings_within_the_term():
    rates = checks.attendance_by_member(_data())
    assert (rates[1].present, rates[1].meetings) == (3, 3)
    assert (rates[2].present, rates[2].meetings) == (1, 1)  # term ended before meetings 2 and 3
    assert (rates[3].present, rates[3].apologies, rates[3].rate) == (2, 1, 2 / 3)
    assert (rates[4].present, rates[4].apologies, rates[4].meetings) == (0, 1, 1)
    assert rates[5].rate is None  # the project team's meetings were not recorded

    by_year = dict(checks.attendance_by_body_over_time(_data())[1])
    assert (by_year[2024].present, by_year[2024].meetings) == (2, 3)
    assert (by_year[2025].present, by_year[2025].meetings) == (4, 5)


def test_maturity_and_phase_out_readiness():
    data = _data()
    assert [level for *_rest, level in checks.maturity_timeline(data)] == [1, 2]
    items = {i.code: i for i in checks.phase_out_readiness(data, TODAY)}
    assert items["meet_without_cda"].done is True
    assert items["meet_without_cda"].evidence.startswith("3 of 5 meetings")
    assert (
        items["lead_institutions"].done is False and "Marketing group" in items["lead_institutions"].evidence
    )
    assert items["locally_owned"].done is False
    assert items["tools_handed_over"].done is True and not items["tools_handed_over"].computed
    assert items["methods_handed_over"].done is False
    assert checks.readiness_score(list(items.values())) == (2, 6)
    empty = {i.code: i for i in checks.phase_out_readiness(GovernanceData(), TODAY)}
    assert empty["meet_without_cda"].done is None and empty["locally_owned"].done is None
