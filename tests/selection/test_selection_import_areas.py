"""Administrative areas imported from the user's own boundaries: any coordinate system, repaired outlines,
problems named by feature, nothing written on refusal, one undoable step, replacement only when asked."""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import LineString, Point, Polygon, box

from clusterdesk.core import selection_edits
from clusterdesk.core.project import Project
from clusterdesk.io.cell_refusal import CellProblemsError
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.selection_areas import areas_import_command, read_areas

# Two provinces of the Ecuadorian highlands as rough boxes in WGS 84, and a town inside each
IMBABURA = box(-78.9, 0.1, -77.8, 0.9)
TUNGURAHUA = box(-78.9, -1.6, -78.2, -0.9)
IBARRA, AMBATO = Point(-78.12, 0.35), Point(-78.62, -1.25)


def _frame(crs="EPSG:4326", **extra) -> gpd.GeoDataFrame:
    frame = gpd.GeoDataFrame(
        {"DPA_PROV": ["10", "18"], "NOMBRE": ["Imbabura", "Tungurahua"], "PAIS": ["EC", "EC"], **extra},
        geometry=[IMBABURA, TUNGURAHUA],
        crs="EPSG:4326",
    )
    return frame.to_crs(crs) if crs else frame.set_crs(None, allow_override=True)


@pytest.fixture
def project():
    project = Project.new(None, "Mapa nacional", phase=1, language="es")
    project.stack.push(selection_edits.create_study(project, "Mapeo 2020"))
    yield project
    project.close()


def _areas(project: Project) -> dict[str, tuple]:
    rows = project.connection.execute(
        "SELECT code, name, parent_code, geom FROM selection_areas ORDER BY code"
    )
    from clusterdesk.core import geometry

    return {code: (name, parent, geometry.decode(blob)) for code, name, parent, blob in rows}


def test_areas_in_utm_17s_land_where_they_should_in_wgs84(tmp_path, project):
    path = tmp_path / "provincias.gpkg"
    _frame("EPSG:32717").to_file(path, layer="provincias")
    read = read_areas(path, "dpa_prov", "NOMBRE", parent_column="PAIS")
    assert any("UTM zone 17S" in note for note in read.notes)
    project.stack.push(areas_import_command(project, read))
    areas = _areas(project)
    name, parent, shape = areas["10"]
    assert (name, parent, shape.geom_type) == ("Imbabura", "EC", "MultiPolygon")
    assert shape.contains(IBARRA) and not shape.contains(AMBATO)
    assert areas["18"][2].contains(AMBATO)
    # the corners come back to within a few centimetres of the original degrees
    assert shape.hausdorff_distance(IMBABURA) < 1e-6
    assert shape.bounds == pytest.approx(IMBABURA.bounds, abs=1e-6)


def test_a_geojson_file_and_a_chosen_layer_of_a_geopackage(tmp_path, project):
    geojson = tmp_path / "provincias.geojson"
    _frame().to_file(geojson, driver="GeoJSON")
    assert [row["code"] for row in read_areas(geojson, "DPA_PROV", "NOMBRE").rows] == ["10", "18"]
    gpkg = tmp_path / "two.gpkg"
    _frame().to_file(gpkg, layer="provincias")
    _frame().iloc[:1].to_file(gpkg, layer="cantones")
    with pytest.raises(ImportFileError) as refused:
        read_areas(gpkg, "DPA_PROV", "NOMBRE")
    assert "two.gpkg" in str(refused.value) and "provincias" in str(refused.value)
    assert len(read_areas(gpkg, "DPA_PROV", "NOMBRE", layer="cantones").rows) == 1


def test_a_file_without_a_coordinate_system_is_refused_unless_it_is_in_degrees(tmp_path):
    projected = tmp_path / "utm.shp"
    frame = _frame("EPSG:32717")
    with pytest.warns(UserWarning, match="crs"):
        frame.set_crs(None, allow_override=True).to_file(projected)
    assert not projected.with_suffix(".prj").exists()
    with pytest.raises(ImportFileError) as refused:
        read_areas(projected, "DPA_PROV", "NOMBRE")
    assert "utm.shp" in str(refused.value) and "utm.prj" in str(refused.value)
    degrees = tmp_path / "grados.shp"
    with pytest.warns(UserWarning, match="crs"):
        _frame(crs=None).to_file(degrees)
    read = read_areas(degrees, "DPA_PROV", "NOMBRE")
    assert any("grados.prj" in note for note in read.notes)
    assert read.rows[0]["geom"].bounds == pytest.approx(IMBABURA.bounds)


@pytest.mark.parametrize("part", [".shx", ".dbf"])
def test_a_broken_shapefile_is_refused_naming_the_missing_part(tmp_path, part):
    path = tmp_path / "provincias.shp"
    _frame().to_file(path)
    path.with_suffix(part).unlink()
    with pytest.raises(ImportFileError) as refused:
        read_areas(path, "DPA_PROV", "NOMBRE")
    assert f"provincias{part} is missing" in str(refused.value)


def test_invalid_outlines_are_repaired_and_bad_features_named_by_row(tmp_path):
    bowtie = Polygon([(-78.5, 0.0), (-78.0, 0.5), (-78.0, 0.0), (-78.5, 0.5)])  # crosses itself
    good = gpd.GeoDataFrame(
        {"code": ["10", "11"], "name": ["Imbabura", "Pichincha"]}, geometry=[bowtie, TUNGURAHUA], crs=4326
    )
    path = tmp_path / "repaired.gpkg"
    good.to_file(path)
    read = read_areas(path, "code", "name")
    repaired = read.rows[0]["geom"]
    assert repaired.is_valid and repaired.geom_type == "MultiPolygon" and len(repaired.geoms) == 2
    assert repaired.area == pytest.approx(0.125)
    assert any("repaired" in note for note in read.notes)

    bad = gpd.GeoDataFrame(
        {"code": ["10", "", "10", "12"], "name": ["Imbabura", "Carchi", "Otra", "Río"]},
        geometry=[IMBABURA, TUNGURAHUA, box(0, 0, 1, 1), LineString([(0, 0), (1, 1)])],
        crs=4326,
    )
    path = tmp_path / "bad.gpkg"
    bad.to_file(path)
    with pytest.raises(CellProblemsError) as refused:
        read_areas(path, "code", "name")
    message = str(refused.value)
    assert "bad.gpkg: 3 problems, nothing was imported" in message
    assert "row 2, code: the code is empty" in message
    assert "row 3, code: the code 10 is also that of feature 1" in message
    assert "row 4, shape: the shape is a LineString, not a polygon" in message


def test_unknown_columns_are_named_with_the_columns_there_are(tmp_path):
    path = tmp_path / "provincias.geojson"
    _frame().to_file(path, driver="GeoJSON")
    with pytest.raises(ImportFileError) as refused:
        read_areas(path, "CODIGO", "NOMBRE")
    assert "no column 'CODIGO'" in str(refused.value) and "DPA_PROV, NOMBRE, PAIS" in str(refused.value)


def test_an_import_is_one_undoable_step_and_replaces_only_when_asked(tmp_path, project):
    path = tmp_path / "provincias.geojson"
    _frame().to_file(path, driver="GeoJSON")
    project.stack.push(areas_import_command(project, read_areas(path, "DPA_PROV", "NOMBRE")))
    renamed = tmp_path / "renamed.geojson"
    _frame(NOMBRE2=["Imbabura (nueva)", "Tungurahua (nueva)"]).iloc[:1].to_file(renamed, driver="GeoJSON")
    again = read_areas(renamed, "DPA_PROV", "NOMBRE2")
    with pytest.raises(ImportFileError) as refused:
        areas_import_command(project, again)
    assert "already has 1 area with a code of the file (10)" in str(refused.value)
    assert _areas(project)["10"][0] == "Imbabura"
    project.stack.push(areas_import_command(project, again, replace=True))
    assert {code: row[0] for code, row in _areas(project).items()} == {
        "10": "Imbabura (nueva)",
        "18": "Tungurahua",
    }
    project.stack.undo()
    assert {code: row[0] for code, row in _areas(project).items()} == {"10": "Imbabura", "18": "Tungurahua"}
    project.stack.undo()
    assert _areas(project) == {}
    project.stack.redo()
    assert len(_areas(project)) == 2
