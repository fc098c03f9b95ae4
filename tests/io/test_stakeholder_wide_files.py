"""A file with very many columns that match no field: not made into as many custom fields without the user
choosing (--map, --unmapped ignore or --unmapped custom)."""

from __future__ import annotations

import pytest

from clusterdesk.cli.main import main
from clusterdesk.core.project import Project
from clusterdesk.io.column_mapping import MAX_UNASKED_CUSTOM_FIELDS, TooManyCustomFieldsError
from clusterdesk.io.field_names import CUSTOM_PREFIX, IGNORE
from clusterdesk.io.stakeholder_import import build_import_plan


def _wide_file(path, extra_columns: int):
    header = ["Nombre", "Latitud", "Longitud", *(f"P{n:05d}" for n in range(extra_columns))]
    rows = [
        ["Textiles Imbabura", "0,3345", "-78,2201", *(["1"] * extra_columns)],
        ["Hilados del Norte", "0,3512", "-78,1302", *(["2"] * extra_columns)],
    ]
    path.write_text("\n".join(";".join(row) for row in [header, *rows]) + "\n", encoding="utf-8")
    return path


def test_more_unrecognised_columns_than_the_limit_are_not_kept_without_asking(tmp_path):
    source = _wide_file(tmp_path / "censo.csv", MAX_UNASKED_CUSTOM_FIELDS + 1)
    with pytest.raises(TooManyCustomFieldsError, match="201 columns match no stakeholder field"):
        build_import_plan(source)
    kept = build_import_plan(source, custom_field_limit=None)
    assert sum(t.startswith(CUSTOM_PREFIX) for t in kept.mapping.values()) == 201
    chosen = build_import_plan(source, keep_unmapped=False, mapping={"P00007": "custom:quality"})
    assert [t for t in chosen.mapping.values() if t.startswith(CUSTOM_PREFIX)] == ["custom:quality"]
    assert list(chosen.mapping.values()).count(IGNORE) == 200


def test_the_cli_refuses_and_says_how_to_choose(tmp_path, new_project, capsys):
    source = _wide_file(tmp_path / "censo.csv", 1_000)
    before = new_project.path.read_bytes()
    assert main(["import-stakeholders", str(new_project.path), str(source)]) == 2
    err = capsys.readouterr().err
    assert "1,000 columns match no stakeholder field; keeping them would add 1,000 custom fields" in err
    assert "--map COLUMN=FIELD" in err and "--unmapped ignore" in err and "--unmapped custom" in err
    assert new_project.path.read_bytes() == before

    args = ["import-stakeholders", str(new_project.path), str(source), "--unmapped", "ignore"]
    assert main([*args, "--map", "P00042=custom:quality"]) == 0
    out = capsys.readouterr().out
    assert "... and 979 more columns → ignore" in out
    assert len(out.splitlines()) < 60
    with Project.open(new_project.path) as project:
        keys = [key for (key,) in project.connection.execute("SELECT key FROM custom_field_definitions")]
        assert keys == ["quality"]
        assert project.counts()["stakeholders"] == 2
