"""GeoJSON, Shapefile and GeoPackage import: reprojection, encodings, missing and truncated parts."""

from __future__ import annotations

import pyogrio
import pytest
from stakeholder_files import firms_frame

from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.stakeholder_import import build_import_plan


def _assert_firms(plan):
    assert not plan.problems, plan.problems
    assert plan.checked.values["name"] == ["Coopérative Ségou", "Atelier Mopti", "Banque Régionale"]
    assert plan.checked.values["kind"] == ["enterprise", "supplier", "financial_institution"]
    assert plan.checked.values["employees"] == [25, 8, 40]
    assert plan.checked.lon[0] == pytest.approx(-6.2649, abs=1e-7)
    assert plan.checked.lat[1] == pytest.approx(14.4843, abs=1e-7)


def test_geojson(tmp_path):
    source = tmp_path / "acteurs.geojson"
    firms_frame().to_file(source, driver="GeoJSON")
    _assert_firms(build_import_plan(source))


def test_geopackage_layer_in_utm_is_reprojected(tmp_path):
    source = tmp_path / "acteurs.gpkg"
    firms_frame("EPSG:32630").to_file(source, layer="acteurs", driver="GPKG")
    firms_frame().iloc[:1].to_file(source, layer="autre", driver="GPKG")
    plan = build_import_plan(source, sheet="acteurs")
    _assert_firms(plan)
    assert any("reprojected" in note for note in plan.notes)
    with pytest.raises(ImportFileError, match="no layer named 'x'. Its layers are: acteurs, autre"):
        build_import_plan(source, sheet="x")


def test_shapefile_honours_cpg(tmp_path):
    source = tmp_path / "acteurs.shp"
    pyogrio.write_dataframe(firms_frame(), source, encoding="cp1252")
    assert source.with_suffix(".cpg").exists()
    _assert_firms(build_import_plan(source))


def test_shapefile_in_cp1251_with_russian_names(tmp_path):
    frame = firms_frame()
    frame["nom"] = ["ООО Волга", "АвтоДеталь", "Сбербанк"]
    frame = frame.rename(columns={"nom": "Название"})
    source = tmp_path / "samara.shp"
    pyogrio.write_dataframe(frame, source, encoding="cp1251")
    plan = build_import_plan(source)
    assert plan.checked.values["name"] == ["ООО Волга", "АвтоДеталь", "Сбербанк"]


@pytest.mark.parametrize("part", [".dbf", ".shx"])
def test_shapefile_missing_part(tmp_path, part):
    source = tmp_path / "acteurs.shp"
    pyogrio.write_dataframe(firms_frame(), source)
    source.with_suffix(part).unlink()
    with pytest.raises(ImportFileError, match=f"acteurs{part} is missing"):
        build_import_plan(source)


def test_shapefile_without_prj(tmp_path):
    source = tmp_path / "acteurs.shp"
    pyogrio.write_dataframe(firms_frame(), source)
    source.with_suffix(".prj").unlink()
    plan = build_import_plan(source)  # degrees: read as WGS84, and the user is told
    assert any(".prj" in note for note in plan.notes)
    _assert_firms(plan)

    projected = tmp_path / "utm.shp"
    pyogrio.write_dataframe(firms_frame("EPSG:32630"), projected)
    projected.with_suffix(".prj").unlink()
    with pytest.raises(ImportFileError, match="no coordinate system"):
        build_import_plan(projected)


@pytest.mark.parametrize("part", [".shp", ".shx", ".dbf"])
def test_truncated_shapefile_parts(tmp_path, part):
    source = tmp_path / "acteurs.shp"
    pyogrio.write_dataframe(firms_frame(), source)
    target = source.with_suffix(part)
    target.write_bytes(target.read_bytes()[:-20])
    with pytest.raises(ImportFileError, match="truncated"):
        build_import_plan(source)


def test_truncated_geojson_and_geopackage(tmp_path):
    source = tmp_path / "acteurs.geojson"
    firms_frame().to_file(source, driver="GeoJSON")
    source.write_bytes(source.read_bytes()[:-40])
    with pytest.raises(ImportFileError, match="cannot be read as GeoJSON"):
        build_import_plan(source)
    package = tmp_path / "acteurs.gpkg"
    firms_frame().to_file(package, driver="GPKG")
    package.write_bytes(package.read_bytes()[:3000])
    with pytest.raises(ImportFileError):
        build_import_plan(package)


def test_lat_lon_columns_fill_features_without_geometry(tmp_path):
    frame = firms_frame()
    frame.loc[2, "geometry"] = None
    frame["lat"] = ["", "", "13,44"]
    frame["lon"] = ["", "", "-6,27"]
    source = tmp_path / "acteurs.geojson"
    frame.to_file(source, driver="GeoJSON")
    plan = build_import_plan(source)
    assert not plan.problems
    assert plan.checked.lat[2] == pytest.approx(13.44)


def test_attribute_types_become_plain_text():
    import numpy as np
    import pandas as pd

    from clusterdesk.io.cell_text import column_text

    assert column_text(pd.Series([1.0, np.nan, 40.0])).tolist() == ["1", "", "40"]
    assert column_text(pd.Series([1.5, np.nan])).tolist() == ["1.5", ""]
    assert column_text(pd.Series(pd.array([3, None], dtype="Int64"))).tolist() == ["3", ""]
    assert column_text(pd.Series(pd.to_datetime(["2024-01-02", None]))).tolist() == ["2024-01-02", ""]
    assert column_text(pd.Series([" Ségou ", None], dtype=object)).tolist() == ["Ségou", ""]
