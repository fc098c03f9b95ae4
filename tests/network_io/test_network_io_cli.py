"""`clusterdesk network measures` as text and JSON (stable keys, the analysis's own numbers, brokers and
isolates, the change between two rounds) and `clusterdesk network export` exit codes, through main()."""

from __future__ import annotations

import json

import pytest
from network_io_project import NAMES, build_network_project
from sqlalchemy import select

from clusterdesk.analysis.network import WHOLE_MEASURES, compare_rounds, network_measures
from clusterdesk.cli.main import main
from clusterdesk.core.model import Stakeholder
from clusterdesk.core.project import Project
from clusterdesk.core.vocabulary import RELATION_KINDS
from conftest import SAMPLES

ROUND_KEYS = {"round", "label", "whole", "per_kind", "sampled", "brokers", "isolates"}
CHANGE_KEYS = {
    "first", "second", "new_relations", "kept_relations", "ended_relations", "whole_change",
    "per_kind_change", "betweenness_change",
}  # fmt: skip


@pytest.fixture(scope="module")
def network_file(tmp_path_factory):
    return build_network_project(tmp_path_factory.mktemp("cli") / "red.gpkg")


def measures_json(capsys, *args) -> dict:
    assert main(["network", "measures", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_keys_and_numbers(network_file, capsys):
    document = measures_json(capsys, str(network_file), "--compare", "baseline", "follow_up_1")
    assert set(document) == {"kinds", "rounds", "change"} and document["kinds"] is None
    assert [entry["round"] for entry in document["rounds"]] == ["baseline", "follow_up_1"]
    with Project.open(network_file) as project:
        connection = project.session.connection()
        for entry in document["rounds"]:
            assert set(entry) == ROUND_KEYS
            assert set(entry["whole"]) == set(WHOLE_MEASURES)
            measures = network_measures(connection, entry["round"])
            assert entry["whole"] == pytest.approx(measures.whole)
        change = compare_rounds(connection, "baseline", "follow_up_1")
        names = dict(project.session.execute(select(Stakeholder.uuid, Stakeholder.name)).all())
    baseline, follow_up = document["rounds"]
    # baseline: 3 supplies 0 and 1, 2 advises 6; follow-up: tie to 1 ended, joint action 0–1, 4 buys from 5
    assert baseline["whole"]["nodes"] == 7 and baseline["whole"]["ties"] == 3
    assert follow_up["whole"]["ties"] == 4 and follow_up["whole"]["relations"] == 4
    assert baseline["whole"]["density"] == pytest.approx(3 / 21)
    assert [names[i["uuid"]] for i in baseline["isolates"]] == sorted(["Duplicado", "Duplicado"])
    assert [b["name"] for b in baseline["brokers"]] == ["Curtiembre Andina"]  # between 0 and 1
    # the supplier's tie to 1 ended; 0 now stands between the supplier and 1: one pair of 15
    assert [(b["name"], b["betweenness"]) for b in follow_up["brokers"]] == [
        ('=HYPERLINK("x")', pytest.approx(1 / 15))
    ]
    assert set(document["change"]) == CHANGE_KEYS
    assert document["change"]["new_relations"] == len(change.new_relations) == 2
    assert document["change"]["ended_relations"] == 1 and document["change"]["kept_relations"] == 2
    assert document["change"]["whole_change"]["ties"] == 1
    assert sorted(document["rounds"][0]["per_kind"]) == sorted(
        ["supplies", "advises", "joint_action", "buys_from"]
    )


def test_text_in_english(network_file, capsys):
    assert main(["network", "measures", str(network_file), "--round", "Baseline", "--kind", "supplies"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Survey round Baseline (baseline)"
    assert lines[1].startswith("  Whole network: stakeholders 7; relations 2; ties (pairs) 2; density 0.095;")
    assert "  Brokers (highest betweenness):" in lines
    assert any(line.startswith("    1. Curtiembre Andina (Supplier): betweenness 0.067") for line in lines), (
        lines
    )
    assert lines[-1].startswith("  Isolates (4): ")


def test_text_in_spanish_numbers(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "es_EC.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    sample = SAMPLES / "ambato_footwear.gpkg"
    try:
        assert main(["network", "measures", str(sample), "--round", "baseline", "--top", "2"]) == 0
    finally:
        from clusterdesk.cli.argparse_texts import install_argparse_texts
        from clusterdesk.core.catalogue import set_messages_language

        set_messages_language("en")
        install_argparse_texts("en")
    out = capsys.readouterr().out
    with Project.open(sample) as project:
        stakeholders = project.counts()["stakeholders"]
    heading = "Ronda de encuesta Línea de base (baseline)\n  Red completa: actores"
    assert out.startswith(f"{heading} {stakeholders};")
    assert "densidad 0,0" in out  # a decimal comma
    assert "Intermediarios (mayor centralidad de intermediación):" in out


def test_compare_text(network_file, capsys):
    assert (
        main(
            [
                "network",
                "measures",
                str(network_file),
                "--round",
                "follow_up_1",
                "--compare",
                "baseline",
                "follow_up_1",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Change from Baseline to Follow-up 1: 2 relations new, 2 kept, 1 ended" in out
    assert "Whole network: stakeholders ±0; relations +1; ties (pairs) +1;" in out
    assert "Curtiembre Andina: betweenness −0.067, degree −1" in out


def test_refusals(network_file, tmp_path, capsys):
    assert main(["network", "measures", str(network_file), "--round", "midline"]) == 2
    assert "no survey round 'midline'" in capsys.readouterr().err
    assert main(["network", "measures", str(network_file), "--kind", "friends"]) == 2
    assert "'friends' is not a relation kind" in capsys.readouterr().err
    assert main(["network", "export", str(network_file), "-o", str(tmp_path / "net.pdf")]) == 2
    assert "the network file must end in .gexf, .graphml, .csv" in capsys.readouterr().err
    assert main(["network", "export", str(network_file), "-o", str(tmp_path / "no" / "net.gexf")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["network", "export", str(network_file), "-o", str(tmp_path / "n.gexf"), "--round", "x"]) == 2
    assert not (tmp_path / "n.gexf").exists()
    assert (
        main(["network", "export", str(network_file), "-o", str(tmp_path / "n.gexf"), "--kind", "advises"])
        == 0
    )
    assert capsys.readouterr().out == f"Wrote 7 stakeholders and 1 ties to {tmp_path / 'n.gexf'}\n"


def test_measures_and_refusals_in_russian(network_file, tmp_path):
    from test_cli_languages import assert_russian, run

    shown = run(
        "network", "measures", str(network_file), "--compare", "baseline", "follow_up_1", cwd=tmp_path
    )
    assert shown.returncode == 0, shown.stderr
    assert "Раунд обследования «Исходный уровень» (baseline)" in shown.stdout
    assert "плотность 0,143" in shown.stdout  # 3 ties of 21 pairs, with a decimal comma
    assert_russian(shown.stdout, *NAMES, "baseline", "follow_up_1")
    bad = tmp_path / "bad.csv"
    bad.write_text("Source,Target,Kind,Strength,Round\nSin Lugar,Sin Lugar,partners,9,\n", encoding="utf-8")
    refused = run("network", "import", str(network_file), str(bad), cwd=tmp_path)
    assert refused.returncode == 2
    assert "строка 2, Target: участник не может быть связан сам с собой" in refused.stderr
    headings = ("Source", "Target", "Kind", "Strength", "Round")
    assert_russian(refused.stderr, "bad.csv", "Sin Lugar", "partners", *headings, *RELATION_KINDS)
