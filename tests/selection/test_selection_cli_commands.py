"""`clusterdesk selection …` from start to decision: what each command prints, the JSON other programs read,
refusals that leave the project file as it was, and the cluster project started from the chosen candidate."""

from __future__ import annotations

import json

import geopandas as gpd
import pytest
from shapely.geometry import Point, box

from clusterdesk.cli.main import main
from clusterdesk.core import edits
from clusterdesk.core.project import Project
from conftest import assert_valid_project

# employment 2020 by province and ISIC division (2015 for growth), worked out by hand in the assertions
FIGURES = """area,sector,year,value
10,14,2020,300
10,15,2020,50
10,10,2020,150
18,14,2020,100
18,15,2020,200
18,10,2020,200
17,14,2020,100
17,15,2020,50
17,10,2020,850
10,14,2015,200
18,15,2015,250
"""
PROVINCES = {
    "10": ("Imbabura", box(-78.9, 0.1, -77.8, 0.9)),
    "18": ("Tungurahua", box(-78.9, -1.6, -78.2, -0.9)),
    "17": ("Pichincha", box(-79.2, -0.8, -78.0, 0.1)),
}


def run(capsys, *words: str) -> tuple[int, str, str]:
    code = main([str(w) for w in words])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def study(tmp_path, capsys):
    path = tmp_path / "ecuador.gpkg"
    with Project.new(path, "Ecuador", country="EC", phase=1) as project:
        firms = [{"name": "Textiles Atuntaqui", "lon": -78.22, "lat": 0.33, "sector_code": "1410"},
                 {"name": "Calzado Ambato", "lon": -78.62, "lat": -1.25, "sector_code": "1520"}]  # fmt: skip
        project.stack.push(edits.AddStakeholders(firms))
        project.save()
    areas = tmp_path / "provincias.geojson"
    gpd.GeoDataFrame(
        {"DPA": list(PROVINCES), "NOMBRE": [n for n, _ in PROVINCES.values()]},
        geometry=[s for _, s in PROVINCES.values()],
        crs=4326,
    ).to_crs(32717).to_file(areas, driver="GeoJSON")
    figures = tmp_path / "empleo.csv"
    figures.write_text(FIGURES, encoding="utf-8")
    assert (
        run(
            capsys, "selection", "new", path, "--name", "Mapeo 2020", "--year", "2020", "--base-year", "2015"
        )[0]
        == 0
    )
    code, out, _ = run(
        capsys, "selection", "import-areas", path, areas, "--code-column", "DPA", "--name-column", "NOMBRE"
    )
    assert code == 0 and out.splitlines()[0] == "Import 3 areas from provincias.geojson"
    code, out, _ = run(capsys, "selection", "import-statistics", path, figures)
    assert code == 0 and out.splitlines()[0] == "Import 11 figures from empleo.csv"
    return path


def test_lq_prints_a_table_sorted_by_lq_and_json_for_programs(study, capsys):
    code, out, _ = run(capsys, "selection", "lq", study)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == [
        "Area",
        "Sector",
        "Value",
        "Area",
        "total",
        "LQ",
        "National",
        "share",
        "Growth",
    ]
    # (200/500)/(300/2000) = 2.67, (300/500)/(500/2000) = 2.40, (850/1000)/(1200/2000) = 1.42
    assert lines[2].split()[:6] == ["18", "Tungurahua", "15", "200", "500", "2.67"]
    assert lines[3].split()[:6] == ["10", "Imbabura", "14", "300", "500", "2.40"]
    assert lines[4].split()[:6] == ["17", "Pichincha", "10", "850", "1,000", "1.42"]
    assert lines[3].split()[-1] == "50.0%"  # 300 / 200 - 1
    code, out, _ = run(capsys, "selection", "lq", study, "--sector", "14", "--json")
    data = json.loads(out)
    assert (data["measure"], data["year"]) == ("employment", 2020)
    rows = {r["area_code"]: r for r in data["rows"]}
    assert list(rows) == ["10", "18", "17"]  # highest LQ first: 2.4, 0.8, 0.4
    assert rows["10"]["lq"] == pytest.approx(2.4) and rows["10"]["growth"] == pytest.approx(0.5)
    assert rows["17"]["growth"] is None and rows["18"]["area_name"] == "Tungurahua"
    code, _, err = run(capsys, "selection", "lq", study, "--year", "2019")
    assert code == 2 and "no figures for 2019 (they have 2015, 2020)" in err


def test_candidates_scores_ranking_decision_and_the_started_project(study, tmp_path, capsys):
    add = ("selection", "candidate", "add", study)
    assert (
        run(
            capsys, *add, "--code", "TX", "--name", "Textiles de Imbabura", "--sector", "14", "--areas", "10"
        )[0]
        == 0
    )
    assert (
        run(
            capsys, *add, "--code", "CZ", "--name", "Calzado de Tungurahua", "--sector", "15", "--areas", "18"
        )[0]
        == 0
    )
    code, _, err = run(capsys, *add, "--code", "XX", "--name", "X", "--sector", "14", "--areas", "10,99")
    assert code == 2 and "no area with the code 99" in err
    code, out, _ = run(capsys, "selection", "score", study, "TX", "joint_action", "4")
    assert code == 0 and out.strip() == "Score Textiles de Imbabura on Potential for joint action"
    code, _, err = run(capsys, "selection", "score", study, "TX", "specialisation", "4")
    assert code == 2 and "computed from the statistics" in err

    code, out, _ = run(capsys, "selection", "rank", study, "--json")
    ranking = json.loads(out)
    first, second = ranking["candidates"]
    assert (first["code"], first["rank"], second["code"]) == ("TX", 1, "CZ")
    assert first["values"]["specialisation"] == pytest.approx(2.4)
    assert first["values"]["growth"] == pytest.approx(0.5) and second["values"]["growth"] == pytest.approx(
        -0.2
    )
    # Textiles Atuntaqui (1410) lies in Imbabura, Calzado Ambato (1520) in Tungurahua
    assert first["values"]["smes"] == 1 and second["values"]["smes"] == 1
    criteria = {c["key"]: c for c in ranking["criteria"]}
    # normalised TX / CZ: LQ 0 / 1, size 1 / 0, growth 1 / 0, SMEs 1 / 1 (equal), joint action 1 / 0
    # (missing); weights 3, 2, 2, 1, 1, 2, 1: TX 7/12, CZ 4/12
    assert [first["score"], second["score"]] == pytest.approx([700 / 12, 400 / 12], abs=1e-4)
    # without LQ TX has 7 and CZ 1, and CZ gains 1 per unit of LQ weight: TX stays first up to 6
    assert criteria["specialisation"]["leader_stays_first"] == {
        "low": 0.0, "high": pytest.approx(6.0), "overtaken_below_by": None, "overtaken_above_by": "CZ"
    }  # fmt: skip
    assert criteria["size"]["leader_stays_first"]["high"] is None
    code, out, _ = run(capsys, "selection", "rank", study)
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["Rank", "Code", "Name", "Score"]
    assert lines[2].split()[:2] == ["1", "TX"] and "TX stays first with the weight" in out
    assert "C6  Potential for joint action" in out

    code, out, _ = run(capsys, "selection", "decide", study, "--by", "Comité Directivo", "--grounds",
                       "Especialización y acción conjunta", "--date", "2020-09-01", "--selected", "TX",
                       "--reserve", "CZ")  # fmt: skip
    assert code == 0 and out.strip() == "Record the selection decision of 2020-09-01"
    with Project.open(study) as project:
        statuses = dict(project.connection.execute("SELECT code, status FROM selection_candidates"))
        basis = json.loads(project.connection.execute("SELECT basis FROM selection_decisions").fetchone()[0])
    assert statuses == {"TX": "selected", "CZ": "reserve"}
    assert basis["weights"]["specialisation"] == 3.0 and basis["ranking"][0]["code"] in ("CZ", "TX")

    output = tmp_path / "textiles_imbabura.gpkg"
    code, out, _ = run(capsys, "selection", "start-project", study, "TX", output)
    assert code == 0 and "with 1 stakeholder of the registry" in out
    assert run(capsys, "validate", output)[0] == 0
    assert_valid_project(output)
    with Project.open(output) as started:
        assert [r[0] for r in started.connection.execute("SELECT name FROM stakeholders")] == [
            "Textiles Atuntaqui"
        ]
        assert started.info().sector_code == "14" and started.info().phase == 2
        boundary = started.connection.execute("SELECT count(*) FROM cluster_boundaries").fetchone()[0]
        assert boundary == 1
    with Project.open(study) as project:
        recorded = project.connection.execute(
            "SELECT project_file FROM selection_candidates WHERE code = 'TX'"
        )
        assert recorded.fetchone() == (str(output),)
    code, _, err = run(capsys, "selection", "start-project", study, "TX", output)
    assert code == 2 and "already exists" in err


def test_a_refused_import_leaves_the_project_file_as_it_was(study, tmp_path, capsys):
    before = study.read_bytes()
    bad = tmp_path / "malas.csv"
    bad.write_text(
        "area,sector,year,value\n10,14,2021,1.234,5\n99,14,2021,7\n10,14,2021,8\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "selection", "import-statistics", study, bad)
    assert code == 2 and out == ""
    assert "row 3, area: no area of the study has the code 99" in err
    assert "row 4, sector: the same area, sector, year and measure as row 2" in err
    again = tmp_path / "empleo_otra_vez.csv"
    again.write_text("area,sector,year,value\n10,14,2020,301\n", encoding="utf-8")
    code, _, err = run(capsys, "selection", "import-statistics", study, again)
    assert code == 2 and "already holds 1 of these figures" in err
    shapefile = tmp_path / "rotas.shp"
    gpd.GeoDataFrame({"DPA": ["10"]}, geometry=[Point(0, 0).buffer(1)], crs=4326).to_file(shapefile)
    shapefile.with_suffix(".dbf").unlink()
    code, _, err = run(capsys, "selection", "import-areas", study, shapefile, "--code-column", "DPA",
                       "--name-column", "DPA")  # fmt: skip
    assert code == 2 and "rotas.dbf is missing" in err
    assert study.read_bytes() == before


def test_messages_and_tables_in_the_users_language(study, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    code, out, _ = run(capsys, "selection", "lq", study, "--sector", "15")
    assert out.splitlines()[0].split()[:4] == ["Área", "Sector", "Valor", "Total"]
    assert "2,67" in out and "-20,0\xa0%" in out
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    code, _, err = run(capsys, "selection", "rank", study)
    assert code == 2 and "в исследовании пока нет кластеров-кандидатов" in err
