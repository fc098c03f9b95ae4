"""GEXF, GraphML and edge-list files of every sample and of a project with hostile names, read back by
networkx and by ClusterDesk's own readers: every stakeholder a node, exactly the ties of the round's
network (core.survey_rounds rule), attributes present and typed, coordinates where known, rounds as spells;
the GEXF file judged by the GEXF 1.3 schema when it is at hand."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree
from network_io_project import HOSTILE_NAMES, build_network_project
from sqlalchemy import select

from clusterdesk.core.model import Relation, Stakeholder
from clusterdesk.core.project import Project
from clusterdesk.core.survey_rounds import round_order, ties_of_round
from clusterdesk.io.network_export import NetworkChoiceError, write_network
from clusterdesk.io.network_gexf import GEXF_NAMESPACE
from clusterdesk.io.network_titles import edge_headings, edge_titles, node_titles
from conftest import REPO, SAMPLES

SAMPLE_FILES = sorted(SAMPLES.glob("*.gpkg"))
# The GEXF 1.3 schema (gexf.xsd with dynamics.xsd and viz.xsd beside it, from the format's specification)
SCHEMA = REPO / "tests" / "data" / "gexf-1.3" / "gexf.xsd"


def expected(project: Project, round_code: str | None) -> dict:
    """What an export must hold: stakeholders by UUID and the relation UUIDs of the round's network (every
    round's network together when None), with the rounds of each relation."""
    connection = project.session.connection()
    stakeholders = {
        uuid: (name, geom)
        for uuid, name, geom in project.session.execute(
            select(Stakeholder.uuid, Stakeholder.name, Stakeholder.geom)
        )
    }
    uuid_of = dict(project.session.execute(select(Relation.fid, Relation.uuid)).all())
    rounds = round_order(connection)
    members = {code: {uuid_of[fid] for fid in ties_of_round(connection, code).fids} for code in rounds}
    if round_code is not None:
        relations = members[round_code]
    else:
        relations = set().union(*members.values()) if members else set()
    return {"stakeholders": stakeholders, "relations": relations, "members": members, "rounds": rounds}


def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory) -> Path:
    return build_network_project(tmp_path_factory.mktemp("hostile") / "red.gpkg")


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.stem)
def test_gexf_of_every_sample(sample, tmp_path):
    with Project.open(sample) as project:
        language = project.info().language
        cases = [None, *round_order(project.session.connection())]
        for round_code in cases:
            out = tmp_path / f"{round_code or 'all'}.gexf"
            written = write_network(project, out, round_text=round_code)
            want = expected(project, round_code)
            graph = nx.read_gexf(out)
            assert graph.number_of_nodes() == len(want["stakeholders"]) == written.nodes
            ids = {data["id"] for _, _, data in graph.edges(data=True)}
            assert ids == want["relations"] and written.ties == len(ids)
            titles, edge = node_titles(language), edge_titles(language)
            for uuid, data in graph.nodes(data=True):
                name, geom = want["stakeholders"][uuid]
                assert data["label"] == name
                assert isinstance(data[titles["kind"]], str)
                if geom is None:
                    assert "latitude" not in data and "longitude" not in data
                else:
                    assert (data["longitude"], data["latitude"]) == pytest.approx((geom.x, geom.y))
                    assert isinstance(data["latitude"], float)
                if titles["employees"] in data:
                    assert isinstance(data[titles["employees"]], int)
            for _, _, data in graph.edges(data=True):
                assert isinstance(data[edge["strength"]], int) and 1 <= data[edge["strength"]] <= 5
                assert data["weight"] == float(data[edge["strength"]])
                assert isinstance(data[edge["directed"]], bool)
                assert data[edge["first_round"]] in want["rounds"]
            if round_code is None:  # each round's network is the edges whose spell covers its number
                assert graph.graph["mode"] == "dynamic"
                for number, code in enumerate(want["rounds"], 1):
                    alive = {
                        data["id"]
                        for _, _, data in graph.edges(data=True)
                        if any(start <= number <= end for start, end in data["spells"])
                    }
                    assert alive == want["members"][code], code
            else:
                assert graph.graph["mode"] == "static"
            document = etree.parse(str(out))
            assert document.getroot().tag == f"{{{GEXF_NAMESPACE}}}gexf"
            assert document.getroot().get("version") == "1.3"
            checker = schema()
            assert checker.validate(document), [str(e) for e in checker.error_log][:5]


def test_the_schema_check_rejects_a_broken_gexf(tmp_path):
    with Project.open(SAMPLE_FILES[0]) as project:
        write_network(project, tmp_path / "net.gexf")
    document = etree.parse(str(tmp_path / "net.gexf"))
    assert schema().validate(document)
    graph = document.getroot().find(f"{{{GEXF_NAMESPACE}}}graph")
    edge = graph.find(f"{{{GEXF_NAMESPACE}}}edges")[0]
    del edge.attrib["target"]  # an edge without its target end is not GEXF
    assert not schema().validate(document)


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.stem)
def test_graphml_of_every_sample(sample, tmp_path):
    with Project.open(sample) as project:
        for round_code in (None, round_order(project.session.connection())[-1]):
            out = tmp_path / "net.graphml"
            write_network(project, out, round_text=round_code)
            want = expected(project, round_code)
            graph = nx.read_graphml(out, force_multigraph=True)  # relations are keyed by their UUID
            assert graph.number_of_nodes() == len(want["stakeholders"])
            assert {key for _, _, key in graph.edges(keys=True)} == want["relations"]
            for uuid, data in graph.nodes(data=True):
                name, geom = want["stakeholders"][uuid]
                assert data["label"] == name
                assert ("latitude" in data) == (geom is not None)
                if geom is not None:
                    assert data["latitude"] == pytest.approx(geom.y)
            for _, _, key, data in graph.edges(keys=True, data=True):
                assert isinstance(data["strength"], int) and data["weight"] == float(data["strength"])
                assert isinstance(data["directed"], bool)
                present = data["rounds"].split("; ")
                assert all(key in want["members"][code] for code in present)
                if round_code is not None:
                    assert round_code in present


def test_round_by_label_and_kinds(hostile_file, tmp_path):
    with Project.open(hostile_file) as project:
        written = write_network(
            project, tmp_path / "e.csv", round_text="Follow-up 1", kinds=["Supplies", "joint_action"]
        )
        assert written.round == "follow_up_1"
        with pytest.raises(NetworkChoiceError, match="no survey round 'midline'"):
            write_network(project, tmp_path / "x.csv", round_text="midline")
        with pytest.raises(NetworkChoiceError, match="'partners' is not a relation kind"):
            write_network(project, tmp_path / "x.csv", kinds=["partners"])
    assert not (tmp_path / "x.csv").exists()
    with open(tmp_path / "e.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(edge_headings("en").values())
    # follow_up_1: the carried supply tie and the new joint action; the ended supply tie is gone
    assert sorted((r[4], r[5], r[7], r[8], r[9]) for r in rows[1:]) == [
        ("joint_action", "3", "follow_up_1", "", ""),
        ("supplies", "4", "baseline", "follow_up_1", ""),
    ]


def test_hostile_names_survive(hostile_file, tmp_path):
    with Project.open(hostile_file) as project:
        for suffix in (".gexf", ".graphml", ".csv"):
            write_network(project, tmp_path / f"net{suffix}")
    names = {data["label"] for _, data in nx.read_gexf(tmp_path / "net.gexf").nodes(data=True)}
    assert set(HOSTILE_NAMES) <= names
    names = {data["label"] for _, data in nx.read_graphml(tmp_path / "net.graphml").nodes(data=True)}
    assert set(HOSTILE_NAMES) <= names
    raw = (tmp_path / "net.csv").read_text(encoding="utf-8-sig")
    assert '\'=HYPERLINK(""x"")' in raw  # a spreadsheet reads it as text, not as a formula
    assert '"""quoted"", comma"' in raw
    assert "<script>" not in (tmp_path / "net.gexf").read_text(encoding="utf-8")  # escaped as markup
    # undirected ties keep the direction they were stored with, and say they have none
    graph = nx.read_gexf(tmp_path / "net.gexf")
    joint = [d for _, _, d in graph.edges(data=True) if d["Relation kind"] == "joint_action"]
    assert [d["Directed"] for d in joint] == [False]


def test_spanish_titles(tmp_path):
    sample = SAMPLES / "ambato_footwear.gpkg"
    with Project.open(sample) as project:
        assert project.info().language == "es"
        write_network(project, tmp_path / "net.gexf", round_text="baseline")
        write_network(project, tmp_path / "net.csv")
    document = etree.parse(str(tmp_path / "net.gexf"))
    titles = {a.get("id"): a.get("title") for a in document.iter(f"{{{GEXF_NAMESPACE}}}attribute")}
    assert titles["admin_area"] == node_titles("es")["admin_area"] != node_titles("en")["admin_area"]
    assert titles["latitude"] == "latitude"  # the name Gephi's geographic layout looks for
    assert "Línea de base" in document.findtext(f".//{{{GEXF_NAMESPACE}}}description")
    first = (tmp_path / "net.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert first.split(",") == list(edge_headings("es").values())
