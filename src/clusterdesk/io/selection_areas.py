"""Administrative areas of a selection study read from the user's own boundaries (Shapefile, GeoPackage,
GeoJSON) with the code and name columns the user chose.

Shapes of any coordinate system are reprojected to WGS 84; a file without one is read as degrees only
when its coordinates plainly are. Polygons become multipolygons; an invalid shape (a ring crossing
itself) is repaired with shapely's make_valid, and one that is not a polygon at all, empty, or repaired
into no area is refused by feature. Empty and repeated codes are named by feature. A file with any such
problem imports nothing (`CellProblemsError`). Areas whose codes the study already holds are replaced only
when the caller asks for it; the import is one step of the undo stack.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clusterdesk.core.catalogue import count_text, messages_language, tr, tr_plural
from clusterdesk.io.cell_refusal import CellProblemsError
from clusterdesk.io.cell_text import column_text
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.shapefile_checks import check_shapefile
from clusterdesk.io.task import TaskState
from clusterdesk.io.vector_reader import _read, layers_and_types, named_layer, wgs84_geometry

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

AREA_FORMATS = (".shp", ".gpkg", ".geojson", ".json")


@dataclass(frozen=True)
class AreaProblem:
    row: int  # the feature's number in the file, from 1
    column: str
    reason: str


@dataclass
class AreasRead:
    file_name: str
    rows: list[dict[str, Any]]  # code, name, parent_code, geom (shapely MultiPolygon in WGS 84)
    notes: list[str] = field(default_factory=list)


def _polygon_layer(path: Path, wanted: str | None) -> str | None:
    """The layer of a GeoPackage to read: the one named, or the only polygon layer."""
    if path.suffix.lower() != ".gpkg":
        return None
    language = messages_language()
    layers = layers_and_types(path)
    names = [n for n, _ in layers]
    if wanted is not None:
        return named_layer(path, names, wanted)
    polygons = [n for n, t in layers if "POLYGON" in t.upper()]
    if len(names) == 1 or len(polygons) == 1:
        return names[0] if len(names) == 1 else polygons[0]
    raise ImportFileError(
        tr(
            "selection_areas:choose_layer",
            "{file} holds several layers ({layers}): choose the layer of the areas.",
            language,
            file=path.name,
            layers=", ".join(polygons or names) or "-",
        )
    )


def _column(frame, wanted: str, file_name: str, role: str) -> str:
    columns = [str(c) for c in frame.columns if c != frame.geometry.name]
    if wanted in columns:
        return wanted
    folded = {c.casefold(): c for c in columns}
    if wanted.casefold() in folded:
        return folded[wanted.casefold()]
    raise ImportFileError(
        tr(
            "selection_areas:no_column",
            "{file} has no column {column} for the {role}. Its columns are: {columns}.",
            messages_language(),
            file=file_name,
            column=repr(wanted),
            role=role,
            columns=", ".join(columns),
        )
    )


def _multipolygon(shape) -> tuple[Any, str | None, bool]:
    """(MultiPolygon or None, reason when refused, whether it was repaired)."""
    import shapely
    from shapely.geometry import MultiPolygon

    language = messages_language()
    if shape is None or shape.is_empty:
        return None, tr("selection_areas:no_shape", "the feature has no shape", language), False
    shape = shapely.force_2d(shape)
    if shape.geom_type not in ("Polygon", "MultiPolygon"):
        return None, tr(
            "selection_areas:not_polygon",
            "the shape is a {kind}, not a polygon: an area needs its outline",
            language,
            kind=shape.geom_type,
        ), False  # fmt: skip
    repaired = not shape.is_valid
    if repaired:
        shape = shapely.make_valid(shape)
    parts = [p for p in shapely.get_parts(shape) if p.geom_type == "Polygon" and not p.is_empty]
    parts = [q for p in parts for q in (shapely.get_parts(p) if p.geom_type == "MultiPolygon" else [p])]
    if not parts or sum(p.area for p in parts) == 0:
        return None, tr(
            "selection_areas:no_area",
            "the outline crosses itself so that no area is left after repairing it; correct it in the GIS",
            language,
        ), repaired  # fmt: skip
    return MultiPolygon(parts), None, repaired


def read_areas(
    path: str | Path,
    code_column: str,
    name_column: str,
    *,
    parent_column: str | None = None,
    layer: str | None = None,
    state: TaskState | None = None,
) -> AreasRead:
    """The areas of `path`, checked; raise ImportFileError or CellProblemsError when they cannot be used.
    `state` reports progress and stops on cancel (io.task)."""
    path = Path(path)
    state = state or TaskState()
    language = messages_language()
    if not path.is_file():
        raise ImportFileError(
            tr("selection_areas:missing", "{file} does not exist.", language, file=str(path))
        )
    if path.suffix.lower() not in AREA_FORMATS:
        raise ImportFileError(
            tr(
                "selection_areas:format",
                "{file}: areas are read from a Shapefile (.shp), GeoPackage (.gpkg) or GeoJSON (.geojson).",
                language,
                file=path.name,
            )
        )
    notes: list[str] = []
    if path.suffix.lower() == ".shp":
        notes.extend(check_shapefile(path))
    state.report(0.1, tr("csv:reading", "Reading {file}", language, file=path.name))
    frame = _read(path, _polygon_layer(path, layer))
    checking = tr("selection_areas:checking", "Checking the areas of {file}", language, file=path.name)
    state.report(0.6, checking)
    import geopandas

    if not isinstance(frame, geopandas.GeoDataFrame) or len(frame) == 0:
        raise ImportFileError(
            tr("selection_areas:no_features", "{file} has no areas to import.", language, file=path.name)
        )
    role_code = tr("selection_areas:role_code", "area code", language)
    role_name = tr("selection_areas:role_name", "area name", language)
    role_parent = tr("selection_areas:role_parent", "parent code", language)
    code_name = _column(frame, code_column, path.name, role_code)
    name_name = _column(frame, name_column, path.name, role_name)
    parent_name = _column(frame, parent_column, path.name, role_parent) if parent_column else None
    codes = column_text(frame[code_name]).tolist()
    names = column_text(frame[name_name]).tolist()
    parents = column_text(frame[parent_name]).tolist() if parent_name else [""] * len(frame)
    shapes = wgs84_geometry(frame, path, notes)
    problems: list[AreaProblem] = []
    rows: list[dict[str, Any]] = []
    first_row_of: dict[str, int] = {}
    repaired = 0
    geometry_column = tr("selection_areas:geometry", "shape", language)
    for number, (code, name, parent, shape) in enumerate(zip(codes, names, parents, shapes, strict=True), 1):
        if number % 500 == 0:
            state.report(0.6 + 0.4 * number / len(codes), checking)
        code, name = " ".join(str(code).split()), " ".join(str(name).split())
        if not code:
            problems.append(AreaProblem(number, code_name, tr("selection_areas:no_code", "the code is empty",
                                                              language)))  # fmt: skip
        elif code in first_row_of:
            reason = tr(
                "selection_areas:duplicate_code",
                "the code {code} is also that of feature {other}; each area needs its own code",
                language,
                code=code,
                other=first_row_of[code],
            )
            problems.append(AreaProblem(number, code_name, reason))
        else:
            first_row_of[code] = number
        if not name:
            problems.append(AreaProblem(number, name_name, tr("selection_areas:no_name", "the name is empty",
                                                              language)))  # fmt: skip
        multipolygon, reason, was_repaired = _multipolygon(shape)
        if reason:
            problems.append(AreaProblem(number, geometry_column, reason))
            continue
        repaired += was_repaired
        rows.append({"code": code, "name": name, "parent_code": " ".join(parent.split()) or None,
                     "geom": multipolygon})  # fmt: skip
    if problems:
        raise CellProblemsError(path.name, problems)
    if repaired:
        notes.append(
            tr_plural(
                "selection_areas:repaired",
                "{count} invalid outline repaired (a ring crossing itself or touching another)",
                "{count} invalid outlines repaired (rings crossing themselves or touching others)",
                repaired,
                language,
                count=count_text(repaired, language),
            )
        )
    return AreasRead(path.name, rows, notes)


def existing_codes(project: Project, codes: list[str]) -> list[str]:
    found = set()
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        found.update(
            code for (code,) in project.connection.execute(
                f"SELECT code FROM selection_areas WHERE code IN ({marks})", chunk
            )
        )  # fmt: skip
    return [code for code in codes if code in found]


def areas_import_command(project: Project, read: AreasRead, *, replace: bool = False):
    """One undoable step adding the areas read; areas with the same codes are replaced when `replace`,
    and refused otherwise (nothing is written)."""
    from clusterdesk.core import selection_edits
    from clusterdesk.core.commands import CommandGroup
    from clusterdesk.core.governance_rows import DeleteRows, _where_in

    language = messages_language()
    codes = [row["code"] for row in read.rows]
    taken = existing_codes(project, codes)
    if taken and not replace:
        shown = ", ".join(taken[:10]) + (" …" if len(taken) > 10 else "")
        raise ImportFileError(
            tr_plural(
                "selection_areas:codes_taken",
                "{file}: the study already has {count} area with a code of the file ({codes}); nothing was "
                "imported. To put the file's areas in place of those with the same codes, import again with "
                "the replace option.",
                "{file}: the study already has {count} areas with the codes of the file ({codes}); nothing "
                "was imported. To put the file's areas in place of those with the same codes, import again "
                "with the replace option.",
                len(taken),
                language,
                file=read.file_name,
                count=count_text(len(taken), language),
                codes=shown,
            )
        )
    label = tr_plural(
        "undo:import_selection_areas",
        "Import {count} area from {file}",
        "Import {count} areas from {file}",
        len(read.rows),
        language,
        count=count_text(len(read.rows), language),
        file=read.file_name,
    )
    rows = [dict(row) for row in read.rows]
    insert = selection_edits.import_rows(project, {selection_edits.AREAS.name: rows}, label)
    if not taken:
        return insert
    areas = selection_edits.AREAS

    def collect(project: Project) -> dict[str, list[dict[str, Any]]]:
        return {areas.name: _where_in(project, areas, areas.c.code, taken)}

    remove = DeleteRows(collect, label=label, tables=frozenset({areas.name}), order=selection_edits.ORDER)
    return CommandGroup([remove, insert], label=label)
