"""The governance section of the pack, read back with pypdf: present with a sample's governance data and
saying what the analysis says; left out, heading and contents line included, without such data."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from report_fixtures import flat_text, open_sample_copy

from clusterdesk.analysis import governance_checks as checks
from clusterdesk.cli.main import main
from clusterdesk.core.formatting import percent, short_date
from clusterdesk.core.governance import load_governance
from clusterdesk.reports.pack import SECTIONS, build_pack


def _text(path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)



@pytest.fixture
def sample(tmp_path):
    project = open_sample_copy(tmp_path, "atuntaqui_garments")
    yield project
    project.close()


def test_governance_section_prints_bodies_members_and_checks(sample, tmp_path):
    result = build_pack(sample, tmp_path / "pack.pdf", sections=["governance"], language="en")
    assert result.sections == ["governance"]
    text = _text(result.path)
    flat = flat_text(text)
    today = dt.date.today()
    data = load_governance(sample.session)
    for heading in ("Governance", "Bodies", "Representation checks", "Gender balance of current members",
                    "Bodies without a chair", "Expired terms", "Meetings and attendance",
                    "Maturity and phase-out readiness"):  # fmt: skip
        assert heading in text, heading
    for body in checks.active_bodies(data, today):
        assert f"Members: {body['name']}" in flat, body["name"]
        if body["purpose"]:
            assert flat_text(body["purpose"]) in flat
    chair = next(m for m in data.members if m["role"] == "chair")
    assert data.member_name(chair).split(" (")[0] in flat
    gaps = checks.missing_interest_groups(data, today)
    assert gaps, "the sample leaves interest groups out of its commission"
    for gap in gaps:
        assert f"{gap.label} ({gap.registry_count} in the registry)" in flat
    for member in checks.expired_terms(data, today):
        assert f"term ended {short_date(member['term_end'], 'en')}" in flat
    done, judged = checks.readiness_score(checks.phase_out_readiness(data, today))
    assert f"{done} of {judged} conditions for the Cluster Development Agent's withdrawal are met" in flat
    # Attendance per body: the rate over the years equals the analysis' present / expected
    commission = next(b for b in data.bodies if b["body_type"] == "cluster_commission")
    years = checks.attendance_by_body_over_time(data)[commission["fid"]]
    rate = sum(r.present for _y, r in years) / sum(r.meetings for _y, r in years)
    meetings = sum(m["body_id"] == commission["fid"] for m in data.meetings)
    assert f"{commission['name']} {meetings} {percent(rate, 'en')}" in flat


def test_governance_is_listed_in_the_contents_before_the_vision(sample, tmp_path):
    result = build_pack(
        sample, tmp_path / "pack.pdf", sections=["relations", "governance", "vision"], language="en"
    )
    contents = PdfReader(result.path).pages[1].extract_text()
    assert "Governance" in contents
    assert result.sections.index("governance") == 1


def test_no_governance_section_without_bodies(cluster_project, tmp_path):
    result = build_pack(cluster_project, tmp_path / "pack.pdf")
    assert "governance" not in result.sections
    text = _text(result.path)
    assert "Representation checks" not in text and "Governance" not in text


def test_governance_is_a_section_name_of_the_command(capsys):
    assert main(["report", "unused.gpkg", "-o", "unused.pdf", "--list-sections"]) == 0
    listed = capsys.readouterr().out
    assert "governance" in listed and "capacity" in listed
    assert list(SECTIONS).index("governance") < list(SECTIONS).index("vision")
