"""Row checks, coordinates, column mapping and duplicates."""

from __future__ import annotations

import math

import numpy as np
import pytest
from stakeholder_files import write_text_table

from clusterdesk.core import edits
from clusterdesk.io.column_mapping import guess_mapping, parse_overrides
from clusterdesk.io.coordinates import parse_coordinate
from clusterdesk.io.duplicates import name_key
from clusterdesk.io.errors import MappingError
from clusterdesk.io.stakeholder_import import build_import_plan


@pytest.mark.parametrize(
    ("text", "axis", "expected"),
    [
        ("-0.3376", "lat", -0.3376),
        ("-0,3376", "lat", -0.3376),
        ("0°20'15.6\"N", "lat", 0.3376667),
        ("0°20'15.6\"S", "lat", -0.3376667),
        ("78 13 20 W", "lon", -78.2222222),
        ("-78°13'20\"", "lon", -78.2222222),
        ("78°13'20\" O", "lon", -78.2222222),
        ("W 78° 13.5'", "lon", -78.225),
        ("53°12′ С", "lat", 53.2),
        ("1°30' Ю", "lat", -1.5),
        ("50 08 В", "lon", 50 + 8 / 60),
        ("37 30 З", "lon", -37.5),
        ("55,75 с.ш.", "lat", 55.75),
        ("37.62 в. д.", "lon", 37.62),
        ("4º 30' 0'' E", "lon", 4.5),
    ],
)
def test_coordinates_in_every_notation(text, axis, expected):
    value, reason = parse_coordinate(text, axis)
    assert reason is None
    assert value == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize(
    ("text", "axis", "reason"),
    [
        ("12 N", "lon", "belongs to a latitude"),
        ("0 75 0 N", "lat", "below 60"),
        ("north", "lat", "not a latitude"),
        ("1.5 20 3", "lat", "only the last part"),
        ("", "lat", "not a latitude"),
    ],
)
def test_bad_coordinates_say_why(text, axis, reason):
    value, message = parse_coordinate(text, axis)
    assert math.isnan(value)
    assert reason in message


def _plan(tmp_path, rows, **options):
    return build_import_plan(write_text_table(tmp_path / "firms.csv", rows, delimiter=","), **options)


def test_every_rule_reports_row_column_value_and_reason(tmp_path):
    rows = [
        ["name", "kind", "lat", "lon", "employees", "women_employees", "year_founded", "email"],
        ["Ok", "enterprise", "0.3", "-78.2", "10", "5", "1990", "a@b.ec"],
        ["", "enterprise", "0.3", "-78.2", "", "", "", ""],
        ["Bad kind", "alien", "", "", "", "", "", ""],
        ["Swapped", "", "120.5", "15.2", "", "", "", ""],
        ["Far", "", "10", "190", "", "", "", ""],
        ["Half", "", "0.3", "", "", "", "", ""],
        ["Counts", "", "", "", "ten", "2.5", "1700", "nobody"],
        ["Women", "", "", "", "4", "9", "", ""],
        ["Zero", "", "0", "0", "-1", "", "", "x@y"],
        ["Listed", "", "", "", "1.200", "", "", "a@b.ec; c@d.org"],
        ["Subtotal Atuntaqui", "", "", "", "1210", "", "", ""],
    ]
    plan = _plan(tmp_path, rows)
    found = [(p.row, p.column, p.value, p.reason.split(";")[0]) for p in plan.problems]
    assert found == [
        (3, "name", "", "the name is required"),
        (4, "kind", "alien", "unknown kind"),
        (5, "lat", "120.5", "latitude must be between -90 and 90"),
        (6, "lon", "190", "longitude must be between -180 and 180"),
        (7, "lon", "", "the longitude is missing while the latitude is given"),
        (8, "employees", "ten", "not a number"),
        (8, "women_employees", "2.5", "must be a whole number"),
        (8, "year_founded", "1700", "year founded must be between 1800 and " + found[7][3][-4:]),
        (8, "email", "nobody", "not an e-mail address (expected name@example.org)"),
        (9, "women_employees", "9", "women employees (9) exceed employees (4)"),
        (10, "lat", "0", "0, 0 is in the open sea: probably a missing location written as zero"),
        (10, "employees", "-1", "must not be negative"),
        (10, "email", "x@y", "not an e-mail address (expected name@example.org)"),
        (12, "name", "Subtotal Atuntaqui", "a total or subtotal row, not a stakeholder"),
    ]
    assert "look swapped" in plan.problems[2].reason
    projected = _plan(tmp_path, [["name", "X", "Y"], ["UTM firm", "812345.6", "36987.2"]])
    assert [p.column for p in projected.problems] == ["X", "Y"]
    assert all("projected coordinates in metres" in p.reason for p in projected.problems)
    assert plan.rejected_rows == [3, 4, 5, 6, 7, 8, 9, 10, 12]
    assert plan.checked.values["name"] == ["Ok", "Listed"]
    assert plan.checked.values["employees"] == [10, 1200]
    assert plan.checked.values["email"] == ["a@b.ec", "a@b.ec; c@d.org"]


def test_kind_default_and_labels_in_four_languages(tmp_path):
    rows = [["name", "type"], ["A", "Institución financiera"], ["B", "Autorité publique"], ["C", "Поставщик"],
            ["D", "BDS provider"], ["E", ""]]  # fmt: skip
    plan = _plan(tmp_path, rows, default_kind="buyer")
    assert plan.checked.values["kind"] == [
        "financial_institution", "public_authority", "supplier", "bds_provider", "buyer",
    ]  # fmt: skip
    with pytest.raises(MappingError, match="not a kind"):
        _plan(tmp_path, rows, default_kind="alien")


def test_map_overrides_custom_fields_and_contacts(tmp_path):
    rows = [
        ["Empresa", "Gerente", "Cargo", "Sexo", "Certificación", "Etiquetas", "Código interno"],
        ["Textiles Imbabura", "Ana Pérez; Luis Mora", "Gerente; Jefe de planta", "F; M", "ISO 9001",
         "exporta, mujeres", "T-01"],
    ]  # fmt: skip
    plan = _plan(
        tmp_path, rows, mapping=parse_overrides(["Código interno=ignore", "Certificación=custom:cert"])
    )
    assert plan.mapping["Empresa"] == "name"
    assert plan.mapping["Código interno"] == "ignore"
    assert plan.checked.custom == [{"cert": "ISO 9001"}]
    assert plan.checked.values["tags"] == ["exporta; mujeres"]
    assert plan.checked.contacts == [[
        {"name": "Ana Pérez", "role": "Gerente", "gender": "female"},
        {"name": "Luis Mora", "role": "Jefe de planta", "gender": "male"},
    ]]  # fmt: skip


def test_mapping_errors_name_the_columns():
    with pytest.raises(MappingError, match="No column holds the stakeholder names"):
        guess_mapping(["Foo", "Bar"])
    with pytest.raises(MappingError, match="no column holds the longitude"):
        guess_mapping(["Nombre", "Latitud"])
    with pytest.raises(MappingError, match="does not have. Its columns are: Foo, Bar"):
        guess_mapping(["Foo", "Bar"], {"Baz": "name"})
    with pytest.raises(MappingError, match="not a stakeholder field"):
        guess_mapping(["Foo"], {"Foo": "colour"})
    with pytest.raises(MappingError, match="gives both 'Foo' and 'Bar' to name"):
        guess_mapping(["Foo", "Bar"], {"Foo": "name", "Bar": "Nombre"})
    with pytest.raises(MappingError, match="is not COLUMN=FIELD"):
        parse_overrides(["Foo"])
    mapping, notes = guess_mapping(["Nombre", "Razón social", "Y", "X"])
    assert mapping == {"Nombre": "name", "Razón social": "custom:razon_social", "Y": "lat", "X": "lon"}
    assert "also looks like name" in notes[0]


def test_name_keys_ignore_case_accents_and_legal_forms():
    assert name_key("Textiles Imbabura S.A.") == name_key("TEXTILES  IMBABURA") == "textiles imbabura"
    assert name_key("Calzado Ambato Cía. Ltda.") == "calzado ambato"
    assert name_key("ООО «Волга»") == name_key("Волга")
    assert name_key("Señor Café") == "senor cafe"


def test_duplicates_within_the_file_and_against_the_project(tmp_path, new_project):
    new_project.stack.push(
        edits.AddStakeholders([{"name": "Hilados del Norte Cía. Ltda.", "lon": -78.13, "lat": 0.35}])
    )
    rows = [
        ["name", "lat", "lon"],
        ["Textiles Imbabura S.A.", "0.3345", "-78.2201"],
        ["TEXTILES IMBABURA", "0.3349", "-78.2203"],  # ~50 m away
        ["Textiles Imbabura", "0.3500", "-78.2201"],  # 1.7 km away: another branch
        ["Hilados del Norte", "0.3502", "-78.1301"],
        ["Sin Lugar", "", ""],
        ["sin lugar", "", ""],
    ]
    plan = _plan(tmp_path, rows, project=new_project)
    described = [(d.row, d.other_row, d.other_fid) for d in plan.duplicates]
    assert described == [(3, 2, None), (5, None, 1), (7, 6, None)]
    assert plan.duplicates[0].distance_m == pytest.approx(50, abs=10)
    assert "both without location" in plan.duplicates[2].describe()


def test_planning_again_from_the_same_table_with_another_mapping(tmp_path):
    from clusterdesk.io.readers import read_table
    from clusterdesk.io.stakeholder_import import plan_from_table

    rows = [["Firma", "Notas"], ["Textiles Imbabura", "visitada"]]
    source = write_text_table(tmp_path / "firms.csv", rows, delimiter=",")
    table = read_table(source)
    with pytest.raises(MappingError):
        plan_from_table(source, table)
    plan = plan_from_table(source, table, mapping={"Firma": "name"})
    assert plan.checked.values["name"] == ["Textiles Imbabura"]
    assert plan.checked.values["notes"] == ["visitada"]


def test_many_namesakes_are_matched_without_comparing_every_pair():
    from clusterdesk.io.duplicates import find_duplicates

    count = 20_000
    lon = np.full(count, -85.0)
    lat = np.full(count, 13.5)
    lon[1::2] = np.nan  # half of them without a location
    lon[2] = -85.002  # about 216 m east of the others: not a duplicate of them
    found = find_duplicates(["Productor"] * count, lon, lat, np.arange(2, count + 2), None)
    assert len(found) == count - 3
    assert {d.other_row for d in found} == {2, 3}
