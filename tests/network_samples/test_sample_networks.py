"""Every sample's network tells its story between the baseline survey and the follow-up: two dated
rounds, ties that ended, and measures of analysis.network that change as the case tells."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys

import networkx as nx
import pytest

from clusterdesk.analysis.network import network_measures
from clusterdesk.core.project import Project
from clusterdesk.core.survey_rounds import round_order, ties_of_round
from conftest import REPO, SAMPLES

sys.path.insert(0, str(REPO / "tools"))
from samples import SAMPLES as DEFINITIONS  # noqa: E402

KEYS = sorted(DEFINITIONS)


def _read(key: str, sql: str, *params) -> list[tuple]:
    connection = sqlite3.connect(f"{(SAMPLES / f'{key}.gpkg').resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def measured():
    """(baseline, follow-up) whole-network measures of each sample."""
    found = {}
    for key in KEYS:
        with Project.open(SAMPLES / f"{key}.gpkg") as project:
            found[key] = tuple(
                network_measures(project.connection, code).whole for code in ("baseline", "follow_up_1")
            )
    return found


@pytest.mark.parametrize("key", KEYS)
def test_two_rounds_dated_on_the_samples_timeline(key):
    rounds = DEFINITIONS[key].rounds
    rows = _read(key, "SELECT code, position, held_on FROM survey_rounds ORDER BY position")
    assert [(code, position) for code, position, _held in rows] == [("baseline", 0), ("follow_up_1", 1)]
    held = [dt.date.fromisoformat(str(h)[:10]) for _c, _p, h in rows]
    # the follow-up is the sample's "today", the date its result chain reports to
    assert held == [rounds.baseline, rounds.follow_up_1]
    with Project.open(SAMPLES / f"{key}.gpkg") as project:
        assert round_order(project.session.connection()) == ["baseline", "follow_up_1"]


@pytest.mark.parametrize("key", KEYS)
def test_some_baseline_ties_ended_most_were_observed_again(key):
    rows = _read(key, "SELECT survey_round, last_observed_round, ended_round FROM relations")
    baseline = [r for r in rows if r[0] == "baseline"]
    ended = [r for r in baseline if r[2] == "follow_up_1"]
    again = [r for r in baseline if r[1] == "follow_up_1"]
    carried = [r for r in baseline if r[1] is None and r[2] is None]
    assert 0.05 <= len(ended) / len(baseline) <= 0.25, (len(ended), len(baseline))
    assert len(again) / len(baseline) > 0.65 and carried  # a few were not asked about, and carried
    assert not [r for r in rows if r[0] == "follow_up_1" and r[2] is not None]  # new ties cannot have ended
    assert not [r for r in ended if r[1] is not None]


@pytest.mark.parametrize("key", KEYS)
def test_the_network_grows_denser_and_more_connected(key, measured):
    before, after = measured[key]
    assert before["nodes"] == after["nodes"]  # density over all the project's stakeholders
    assert after["ties"] > before["ties"] * 1.4
    assert after["density"] > before["density"]
    assert after["mean_degree"] > before["mean_degree"]
    assert after["largest_component_share"] >= before["largest_component_share"]
    assert after["components"] <= before["components"] and after["isolates"] <= before["isolates"]
    assert after["clustering"] > before["clustering"]


@pytest.mark.parametrize("key", KEYS)
def test_round_networks_follow_the_rule(key):
    """The follow-up's network is the baseline's less its ended ties plus the new ones."""
    with Project.open(SAMPLES / f"{key}.gpkg") as project:
        baseline = ties_of_round(project.session.connection(), "baseline").fids
        follow_up = ties_of_round(project.session.connection(), "follow_up_1").fids
    ended = {f for (f,) in _read(key, "SELECT fid FROM relations WHERE ended_round = 'follow_up_1'")}
    new = {f for (f,) in _read(key, "SELECT fid FROM relations WHERE survey_round = 'follow_up_1'")}
    assert ended and ended <= baseline and not ended & follow_up
    assert follow_up == (baseline - ended) | new


def test_bosawas_families_work_together_in_their_networks(measured):
    before, after = measured["bosawas_cocoa"]
    assert (
        before["isolates"] >= 30 and after["isolates"] <= 2
    )  # families that joined a network after the baseline
    assert (
        before["clustering"] < 0.05 and after["clustering"] > 0.5
    )  # families in nursery and fermentation groups
    # families that sold one by one to intermediaries sell through the networks now
    intermediary = _read(
        "bosawas_cocoa",
        "SELECT count(*), sum(r.ended_round IS NOT NULL) FROM relations r JOIN stakeholders s"
        " ON s.fid = r.source_id"
        " WHERE s.name = 'Intermediarios de cacao en baba' AND r.survey_round = 'baseline'",
    )[0]
    assert intermediary[0] >= 30 and intermediary[1] / intermediary[0] > 0.7


def _graph(key: str, code: str) -> nx.Graph:
    with Project.open(SAMPLES / f"{key}.gpkg") as project:
        fids = ties_of_round(project.session.connection(), code).fids
    graph = nx.Graph()
    graph.add_nodes_from(f for (f,) in _read(key, "SELECT fid FROM stakeholders"))
    graph.add_edges_from(
        (s, t) for f, s, t in _read(key, "SELECT fid, source_id, target_id FROM relations") if f in fids
    )
    return graph


def test_samara_slovenian_partners_join_through_the_club():
    slovenian = {
        f
        for (f,) in _read(
            "samara_automotive", "SELECT fid FROM stakeholders WHERE admin_area LIKE '%Словения'"
        )
    }
    assert len(slovenian) == 4 and all(
        geom is None
        for (geom,) in _read(
            "samara_automotive", "SELECT geom FROM stakeholders WHERE admin_area LIKE '%Словения'"
        )
    )
    before, after = _graph("samara_automotive", "baseline"), _graph("samara_automotive", "follow_up_1")
    largest_before = max(nx.connected_components(before), key=len)
    largest_after = max(nx.connected_components(after), key=len)
    assert not slovenian & largest_before and slovenian <= largest_after
    club = _read(
        "samara_automotive", "SELECT fid FROM stakeholders WHERE name = 'Российско-словенский деловой клуб'"
    )[0][0]
    # the club brokers between the Samara firms and the Slovenian partners
    betweenness = nx.betweenness_centrality(after)
    assert betweenness[club] > sorted(betweenness.values())[-10]


def test_turkish_clusters_grow_inside_each_province_with_few_bridges():
    key = "adiyaman_kahramanmaras_textiles"
    province = {
        fid: area.rsplit(", ", 1)[-1]
        for fid, area in _read(key, "SELECT fid, admin_area FROM stakeholders WHERE kind = 'enterprise'")
    }
    maras = sum(1 for p in province.values() if p == "Kahramanmaraş") / len(province)
    at_random = 2 * maras * (1 - maras)  # the share of pairs across the provinces if partners were random
    within = {}
    for code in ("baseline", "follow_up_1"):
        firm_ties = [(a, b) for a, b in _graph(key, code).edges if a in province and b in province]
        across = sum(1 for a, b in firm_ties if province[a] != province[b])
        within[code] = len(firm_ties) - across
    # at the follow-up the firms' ties lie almost all inside a province, far from what chance would give
    assert across / len(firm_ties) < min(0.15, at_random / 3), (across, len(firm_ties))
    assert within["follow_up_1"] > 2 * within["baseline"]


def test_ethiopian_mills_all_joined_the_share_company():
    key = "ethiopia_edible_oil"
    company = _read(
        key, "SELECT fid FROM stakeholders WHERE name = 'Right Edible Oil Producers (REOP) plc'"
    )[0][0]
    mills = {f for (f,) in _read(key, "SELECT fid FROM stakeholders WHERE tags = 'MSME'")}
    before, after = _graph(key, "baseline"), _graph(key, "follow_up_1")
    assert not set(before.neighbors(company)) & mills and mills <= set(after.neighbors(company))


@pytest.mark.parametrize("key", ["atuntaqui_garments", "ambato_footwear"])
def test_ecuadorian_firms_move_from_trading_to_collaborating(key):
    firms = {f for (f,) in _read(key, "SELECT fid FROM stakeholders WHERE kind = 'enterprise'")}

    def collaborating(code: str) -> float:
        graph = _graph(key, code)
        return sum(1 for f in firms if any(n in firms for n in graph.neighbors(f))) / len(firms)

    assert collaborating("follow_up_1") > collaborating("baseline") + 0.2
