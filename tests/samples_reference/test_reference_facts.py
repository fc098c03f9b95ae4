"""The sample projects tell the cases of the UNIDO reference text (The UNIDO approach to cluster
development, 2013) faithfully: the counts, dates and actors it gives, and the methodology's bodies."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from clusterdesk.analysis.health_checks import run_checks
from conftest import SAMPLES

KEYS = ["atuntaqui_garments", "ambato_footwear", "bosawas_cocoa", "samara_automotive",
        "adiyaman_kahramanmaras_textiles", "ethiopia_edible_oil"]  # fmt: skip
SAMARA_ASSOCIATION = "Ассоциация поставщиков автокомпонентов Самарской области"
SAMARA_CLUB = "Российско-словенский деловой клуб"
REOP = "Right Edible Oil Producers (REOP) plc"
WEAVERS = "Asociación de Mujeres Tejedoras de San Roque"


def _path(key: str) -> Path:
    path = SAMPLES / f"{key}.gpkg"
    if not path.exists():
        pytest.skip(f"{path.name} is not built (python tools/build_samples.py)")
    return path


def _rows(key: str, sql: str, *params) -> list[tuple]:
    connection = sqlite3.connect(f"{_path(key).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def _day(value) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


def _members_of(key: str, name: str) -> list[tuple]:
    """(member fid, since, survey_round) of the member_of relations to the stakeholder `name`."""
    return _rows(
        key,
        "SELECT r.source_id, r.since, r.survey_round FROM relations r"
        " JOIN stakeholders t ON t.fid = r.target_id"
        " WHERE r.kind = 'member_of' AND t.name = ?",
        name,
    )


def _body(key: str, name: str) -> tuple:
    rows = _rows(
        key, "SELECT fid, established_on, body_type, parent_id FROM governance_bodies WHERE name = ?", name
    )
    assert len(rows) == 1, f"{key}: one body called {name!r}"
    return rows[0]


# -- Samara ------------------------------------------------------------------------------------------


def test_samara_association_formed_by_the_initiative_in_2021_with_17_members():
    key = "samara_automotive"
    start = _day(_rows(key, "SELECT start_date FROM project_info")[0][0])
    founded = _rows(key, "SELECT year_founded FROM stakeholders WHERE name = ?", SAMARA_ASSOCIATION)[0][0]
    members = _members_of(key, SAMARA_ASSOCIATION)
    assert founded == 2021 and start.year == 2021
    assert len({m for m, _s, _r in members}) == 17  # "originally established with 17 members"
    first = min(_day(since) for _m, since, _r in members)
    assert first.year == 2021 and first >= start, "the initiative formed it, after the project started"
    _fid, established, _type, _parent = _body(key, SAMARA_ASSOCIATION)
    assert _day(established) == first


def test_samara_twinning_gave_a_43_member_club_and_three_joint_ventures():
    key = "samara_automotive"
    assert (
        _rows(key, "SELECT count(*) FROM stakeholders WHERE name = 'Автомобильный кластер Словении'")[0][0]
        == 1
    )
    club_founded = _rows(key, "SELECT year_founded FROM stakeholders WHERE name = ?", SAMARA_CLUB)[0][0]
    club = _members_of(key, SAMARA_CLUB)
    assert len({m for m, _s, _r in club}) == 43
    assert all(_day(since).year >= club_founded for _m, since, _r in club)
    ventures = _rows(
        key, "SELECT fid, year_founded FROM stakeholders WHERE tags = 'совместное предприятие' ORDER BY fid"
    )
    assert len(ventures) == 3 and all(year for _fid, year in ventures)
    for fid, year in ventures:
        founders = _rows(
            key,
            "SELECT s.admin_area, r.since FROM relations r JOIN stakeholders s ON s.fid = r.source_id"
            " WHERE r.kind = 'member_of' AND r.target_id = ?",
            fid,
        )
        # one Russian and one Slovenian founder, both from the venture's founding day
        assert sorted(area.endswith("Словения") for area, _since in founders) == [False, True]
        assert {_day(since).year for _area, since in founders} == {year}


# -- Bosawas -----------------------------------------------------------------------------------------


def test_bosawas_project_organised_266_families_into_18_networks_after_the_baseline():
    key = "bosawas_cocoa"
    baseline = _day(_rows(key, "SELECT held_on FROM survey_rounds WHERE code = 'baseline'")[0][0])
    networks = _rows(
        key, "SELECT name, year_founded FROM stakeholders WHERE name LIKE 'Red de Productores de Cacao %'"
    )
    assert len(networks) == 18
    memberships = [m for name, _year in networks for m in _members_of(key, name)]
    families = _rows(key, "SELECT count(*) FROM stakeholders WHERE name LIKE 'Familia %'")[0][0]
    assert families == 266 and len(memberships) == 266 and len({m for m, _s, _r in memberships}) == 266
    # the memberships arise with the project: first observed by the follow-up, after the baseline survey
    assert {r for _m, _s, r in memberships} == {"follow_up_1"}
    assert all(_day(since) > baseline for _m, since, _r in memberships)
    network_ties_at_baseline = _rows(
        key,
        "SELECT count(*) FROM relations r JOIN stakeholders s ON s.fid IN (r.source_id, r.target_id)"
        " WHERE s.name LIKE 'Red de Productores de Cacao %' AND r.survey_round = 'baseline'",
    )[0][0]
    assert network_ties_at_baseline == 0


def test_bosawas_networks_are_governance_bodies_with_leaders_and_territorial_leaders():
    key = "bosawas_cocoa"
    bodies = _rows(
        key,
        "SELECT b.fid, b.parent_id, b.established_on FROM governance_bodies b JOIN stakeholders s"
        " ON s.fid = b.lead_stakeholder_id WHERE s.name LIKE 'Red de Productores de Cacao %'"
        " AND b.body_type = 'enterprise_network'",
    )
    assert len(bodies) == 18  # "each producer community (or network) has its leader who represents them"
    for fid, parent, established in bodies:
        chairs = _rows(
            key, "SELECT stakeholder_id FROM governance_members WHERE body_id = ? AND role = 'chair'", fid
        )
        assert len(chairs) == 1
        # ... and the leaders of one territory represent their networks at a higher level
        leaders = {
            s
            for (s,) in _rows(key, "SELECT stakeholder_id FROM governance_members WHERE body_id = ?", parent)
        }
        assert chairs[0][0] in leaders
        first_meeting = _rows(key, "SELECT min(held_on) FROM governance_meetings WHERE body_id = ?", fid)[0][
            0
        ]
        assert first_meeting is None or _day(first_meeting) > _day(established)
    territories = {parent for _f, parent, _e in bodies}
    assert len(territories) >= 3


def test_bosawas_steering_committee_has_national_counterparts_and_the_donor():
    key = "bosawas_cocoa"
    kinds = [kind for (kind,) in _steering_kinds(key)]
    assert kinds.count("public_authority") >= 2 and kinds.count("international_organisation") == 2
    assert any(
        "Ministerio" in name for (name,) in _rows(
            key,
            "SELECT s.name FROM governance_members m JOIN governance_bodies b ON b.fid = m.body_id"
            " JOIN stakeholders s ON s.fid = m.stakeholder_id WHERE b.body_type = 'steering_committee'",
        )
    )  # fmt: skip


# -- Ethiopia ----------------------------------------------------------------------------------------


def test_ethiopia_reop_plc_founded_in_may_2011_meets_after_it_exists():
    key = "ethiopia_edible_oil"
    start = _day(_rows(key, "SELECT start_date FROM project_info")[0][0])
    assert start.year == 2010  # "initiated in 2010"
    assert _rows(key, "SELECT year_founded FROM stakeholders WHERE name = ?", REOP) == [(2011,)]
    shareholders = _members_of(key, REOP)
    assert len(shareholders) == 50
    assert {(_day(s).year, _day(s).month) for _m, s, _r in shareholders} == {(2011, 5)}
    fid, established, _type, _parent = _body(key, REOP)
    assert (_day(established).year, _day(established).month) == (2011, 5)
    meetings = [
        _day(d) for (d,) in _rows(key, "SELECT held_on FROM governance_meetings WHERE body_id = ?", fid)
    ]
    assert meetings and min(meetings) > _day(established)
    assert _rows(key, "SELECT count(*) FROM stakeholders WHERE name LIKE '%Hibret%'")[0][0] == 0


def test_ethiopia_refinery_loan_counted_once():
    key = "ethiopia_edible_oil"
    # actions carry the budget (activities carry none): the bank's 25 M ETB loan is in one action only
    with_loan = _rows(key, "SELECT name FROM plan_tasks WHERE budget_other >= 25000000")
    assert len(with_loan) == 1 and "loan" in with_loan[0][0].lower()
    assert _rows(key, "SELECT sum(budget_other) FROM plan_tasks")[0][0] == 25_000_000


# -- Turkey ------------------------------------------------------------------------------------------


def test_turkey_two_clusters_each_with_its_commission_and_cda():
    key = "adiyaman_kahramanmaras_textiles"
    commissions = [
        n for (n,) in _rows(key, "SELECT name FROM governance_bodies WHERE body_type = 'cluster_commission'")
    ]
    assert sorted(commissions) == ["Adıyaman Cluster Commission", "Kahramanmaraş Cluster Commission"]
    cdas = _rows(
        key,
        "SELECT m.person_name, m.notes FROM governance_members m"
        " JOIN governance_bodies b ON b.fid = m.body_id"
        " WHERE b.body_type = 'project_team' AND m.team_position = 'cda'",
    )
    assert len(cdas) == 2
    assert sorted(notes for _n, notes in cdas) == [
        "CDA of the Adıyaman cluster",
        "CDA of the Kahramanmaraş cluster",
    ]
    in_charge = {
        c
        for (c,) in _rows(
            key, "SELECT DISTINCT cda_in_charge FROM plan_tasks WHERE cda_in_charge IS NOT NULL"
        )
    }
    assert in_charge == {name for name, _notes in cdas}, "each CDA is in charge of tasks of the plan"


@pytest.mark.parametrize(
    ("words", "reference"),
    [
        ("İŞKUR ile 10 firma", "the state organization for employment ... for 10 companies"),
        ("ortak kesim tesisi", "a joint facility for cutting of garments"),
        (
            "100 KOBİ, 10 alıcı ve 10 destek kuruluşunda",
            "environmental conduct of 100 SMEs, 10 buyers, 10 BSOs",
        ),
        ("kurumsal sosyal sorumluluk", "pilot SMEs ... introducing CSR principles"),
    ],
)
def test_turkey_plan_has_the_four_actions_of_the_case_with_their_results(words, reference):
    key = "adiyaman_kahramanmaras_textiles"
    tasks = _rows(
        key, "SELECT uuid FROM plan_tasks WHERE kind = 'action' AND instr(lower(name), lower(?)) > 0", words
    )
    assert len(tasks) == 1, reference
    linked = _rows(key, "SELECT count(*) FROM result_task_links WHERE task_uuid = ?", tasks[0][0])[0][0]
    assert linked >= 1, f"{reference}: an output of the result chain"


# -- everywhere --------------------------------------------------------------------------------------


def _steering_kinds(key: str) -> list[tuple]:
    return _rows(
        key,
        "SELECT s.kind FROM governance_members m JOIN governance_bodies b ON b.fid = m.body_id"
        " JOIN stakeholders s ON s.fid = m.stakeholder_id WHERE b.body_type = 'steering_committee'",
    )


@pytest.mark.parametrize("key", KEYS)
def test_task_cdas_are_the_project_team_s_cdas(key):
    team_cdas = {
        n
        for (n,) in _rows(
            key,
            "SELECT m.person_name FROM governance_members m JOIN governance_bodies b ON b.fid = m.body_id"
            " WHERE b.body_type = 'project_team' AND m.team_position = 'cda'",
        )
    }
    in_charge = {
        c for (c,) in _rows(key, "SELECT cda_in_charge FROM plan_tasks WHERE cda_in_charge IS NOT NULL")
    }
    assert team_cdas and in_charge and in_charge <= team_cdas
    # and no CDA sits anywhere else for a stakeholder (a bank's seat on the Steering Committee ...)
    elsewhere = _rows(
        key,
        "SELECT m.fid FROM governance_members m LEFT JOIN contact_persons c ON c.fid = m.contact_id"
        " WHERE m.team_position IS NULL AND coalesce(c.name, m.person_name) IN ({})".format(
            ",".join("?" * len(team_cdas))
        ),
        *team_cdas,
    )
    assert elsewhere == []


@pytest.mark.parametrize("key", KEYS)
def test_steering_committee_supervises_and_the_commission_agrees_the_vision(key):
    bodies = _rows(key, "SELECT fid, body_type, parent_id, name FROM governance_bodies")
    steering = [fid for fid, kind, _p, _n in bodies if kind == "steering_committee"]
    assert len(steering) == 1
    # the Commission (the local stakeholders' forum) and the project team are no children of the committee
    for _fid, kind, parent, _name in bodies:
        if kind in ("cluster_commission", "project_team", "steering_committee"):
            assert parent is None, kind
    assert not [fid for fid, _k, parent, _n in bodies if parent in steering]
    commissions = [name for _f, kind, _p, name in bodies if kind == "cluster_commission"]
    (agreed_by,) = _rows(key, "SELECT agreed_by FROM vision_statements")[0]
    assert commissions and all(name in agreed_by for name in commissions)
    # UNIDO and the donor, international organisations, on the Steering Committee
    assert [k for (k,) in _steering_kinds(key)].count("international_organisation") == 2
    assert any(
        name.startswith(("UNIDO", "ONUDI", "ЮНИДО"))
        for (name,) in _rows(key, "SELECT name FROM stakeholders WHERE kind = 'international_organisation'")
    )


def test_atuntaqui_women_weavers_are_women_and_send_a_woman_to_the_commission():
    key = "atuntaqui_garments"
    fid, _established, _type, _parent = _body(key, WEAVERS)
    genders = [g for (g,) in _rows(key, "SELECT gender FROM governance_members WHERE body_id = ?", fid)]
    assert len(genders) >= 10 and set(genders) == {"female"}
    delegate = _rows(
        key,
        "SELECT m.gender FROM governance_members m JOIN governance_bodies b ON b.fid = m.body_id"
        " JOIN stakeholders s ON s.fid = m.stakeholder_id"
        " WHERE b.body_type = 'cluster_commission' AND s.name = ?",
        WEAVERS,
    )
    assert delegate == [("female",)]


@pytest.mark.parametrize("key", KEYS)
def test_sample_passes_every_health_check(key):
    """No error, warning or note: phase and plan progress agree, dates follow one another, and so on."""
    connection = sqlite3.connect(f"{_path(key).resolve().as_uri()}?mode=ro", uri=True)
    try:
        report = run_checks(connection)
    finally:
        connection.close()
    assert [(f.check, f.message) for f in report.findings] == []
