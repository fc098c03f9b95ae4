"""Export to every format, and exported files import again unchanged."""

from __future__ import annotations

import pyogrio
import pytest
from stakeholder_files import write_text_table

from clusterdesk.core.validation import run_gdal_validator
from clusterdesk.io.errors import ExportError
from clusterdesk.io.stakeholder_export import export_stakeholders, shapefile_field_names
from clusterdesk.io.stakeholder_import import build_import_plan

ROWS = [
    ["name", "kind", "lat", "lon", "employees", "women_employees", "year_founded", "email", "tags",
     "contact person", "Certificación"],
    ["Textiles Imbabura", "enterprise", "0.3345", "-78.2201", "40", "31", "1994", "info@ti.ec",
     "export; women",
     "Ana Pérez", "ISO 9001"],
    ["Волжские детали", "supplier", "53.2", "50.1", "", "", "", "", "", "", ""],
    ["Travelling trader", "buyer", "", "", "2", "", "", "", "", "", ""],
]  # fmt: skip


@pytest.fixture
def filled_project(tmp_path, new_project):
    plan = build_import_plan(write_text_table(tmp_path / "in.csv", ROWS, delimiter=","), new_project)
    assert not plan.problems
    new_project.stack.push(plan.command())
    return new_project


@pytest.mark.parametrize("extension", [".csv", ".xlsx", ".geojson", ".gpkg", ".shp"])
def test_round_trip(tmp_path, filled_project, extension):
    out = tmp_path / f"export{extension}"
    assert export_stakeholders(filled_project, out) == 3
    plan = build_import_plan(out)
    assert not plan.problems, plan.problems
    values = plan.checked.values
    assert values["name"] == ["Textiles Imbabura", "Волжские детали", "Travelling trader"]
    assert values["kind"] == ["enterprise", "supplier", "buyer"]
    assert values["employees"] == [40, None, 2]
    assert values["women_employees"][0] == 31 and values["year_founded"][0] == 1994
    assert values["tags"][0] == "export; women"
    assert plan.checked.lat[1] == pytest.approx(53.2) and plan.checked.lon[0] == pytest.approx(-78.2201)
    assert plan.checked.lon[2] != plan.checked.lon[2]  # NaN: still without a location
    assert plan.checked.contacts[0][0]["name"] == "Ana Pérez"
    # dBASE field names hold 10 characters, so a shapefile shortens long custom field keys
    key = "certificac" if extension == ".shp" else "certificacion"
    assert plan.checked.custom[0] == {key: "ISO 9001"}
    if extension == ".gpkg":
        assert run_gdal_validator(out) == []


def test_csv_has_a_bom_for_excel(tmp_path, filled_project):
    out = tmp_path / "firms.csv"
    export_stakeholders(filled_project, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_shapefile_field_names_and_cpg(tmp_path, filled_project):
    out = tmp_path / "firms.shp"
    export_stakeholders(filled_project, out, [1, 2])
    assert out.with_suffix(".cpg").read_text().strip().upper() in ("UTF-8", "UTF8")
    fields = pyogrio.read_info(out)["fields"].tolist()
    assert all(len(f) <= 10 for f in fields)
    assert {"women_emp", "year_found", "cont_name"} <= set(fields)
    assert pyogrio.read_info(out)["features"] == 2
    assert not list(tmp_path.glob(".firms*"))  # no staging folder left behind


def test_unique_short_names():
    names = shapefile_field_names(["certification_a", "certification_b", "name"])
    assert names == {"certification_a": "certificat", "certification_b": "certific_2", "name": "name"}
    # dBASE counts bytes: five Cyrillic letters fill the ten
    cyrillic = shapefile_field_names(["Сертификация", "Сертификат"])
    assert cyrillic == {"Сертификация": "Серти", "Сертификат": "Серт_2"}


def test_export_refuses_bad_targets(tmp_path, filled_project):
    with pytest.raises(ExportError, match="cannot export to .pdf"):
        export_stakeholders(filled_project, tmp_path / "firms.pdf")
    with pytest.raises(ExportError, match="does not exist"):
        export_stakeholders(filled_project, tmp_path / "missing" / "firms.csv")
    with pytest.raises(ExportError, match="open project itself"):
        export_stakeholders(filled_project, filled_project.path)
    filled_project.save(tmp_path / "other.gpkg")
    with pytest.raises(ExportError, match="open project itself"):
        export_stakeholders(filled_project, tmp_path / "other.gpkg")


def test_control_characters_and_cancel(tmp_path, filled_project):
    from clusterdesk.core.edits import UpdateStakeholder
    from clusterdesk.io.errors import Cancelled

    filled_project.stack.push(UpdateStakeholder(1, {"notes": "line\x0bbreak from a typewriter\x1f"}))
    out = tmp_path / "firms.xlsx"
    export_stakeholders(filled_project, out)
    assert build_import_plan(out).checked.values["notes"][0] == "linebreak from a typewriter"
    with pytest.raises(Cancelled):
        export_stakeholders(filled_project, tmp_path / "cancelled.xlsx", cancel=lambda: True)
    assert not (tmp_path / "cancelled.xlsx").exists()
    assert not list(tmp_path.glob(".cancelled*"))
