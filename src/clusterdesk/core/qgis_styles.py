"""Default QGIS styles (QML) written into the project's `layer_styles` table, so the file opens in plain
QGIS styled like the application: stakeholders categorized by kind, relations by kind, boundaries
outlined. Built from `clusterdesk.core.symbology`, the one definition of how things look."""

from __future__ import annotations

import sqlite3
from xml.sax.saxutils import quoteattr

from clusterdesk.core.column_types import format_datetime, utc_now
from clusterdesk.core.symbology import (
    BOUNDARY_FILL,
    BOUNDARY_FILL_OPACITY,
    BOUNDARY_OUTLINE,
    BOUNDARY_OUTLINE_WIDTH_MM,
    RELATION_STYLES,
    STAKEHOLDER_STYLES,
)
from clusterdesk.core.vocabulary import RELATION_KINDS, STAKEHOLDER_KINDS

STYLE_NAME = "ClusterDesk default"

_QGIS_SHAPES = {
    "circle": "circle",
    "square": "square",
    "triangle": "triangle",
    "diamond": "diamond",
    "pentagon": "pentagon",
    "hexagon": "hexagon",
    "star": "star",
    "cross": "cross_fill",
}
_QGIS_DASH = {"solid": "solid", "dash": "dash", "dot": "dot"}


def qgis_marker_shape(shape: str) -> str:
    """QGIS's name for one of symbology's marker shapes."""
    return _QGIS_SHAPES.get(shape, "circle")


def _rgba(colour: str, alpha: int = 255) -> str:
    colour = colour.lstrip("#")
    return f"{int(colour[0:2], 16)},{int(colour[2:4], 16)},{int(colour[4:6], 16)},{alpha}"


def _option(name: str, value: str) -> str:
    return f'<Option type="QString" name={quoteattr(name)} value={quoteattr(value)}/>'


def _layer(class_name: str, options: dict[str, str], inner: str = "") -> str:
    body = "".join(_option(k, v) for k, v in options.items())
    return (
        f'<layer class="{class_name}" enabled="1" locked="0" pass="0">'
        f'<Option type="Map">{body}</Option>{inner}</layer>'
    )


def _enabled_where(expression: str) -> str:
    """Data-defined property switching a symbol layer on only for features where `expression` is true."""
    return (
        '<data_defined_properties><Option type="Map"><Option type="QString" name="name" value=""/>'
        '<Option type="Map" name="properties"><Option type="Map" name="enabled">'
        '<Option type="bool" name="active" value="true"/>'
        f'<Option type="QString" name="expression" value={quoteattr(expression)}/>'
        '<Option type="int" name="type" value="3"/></Option></Option>'
        '<Option type="QString" name="type" value="collection"/></Option></data_defined_properties>'
    )


def _marker_symbol(name: str, kind: str) -> str:
    style = STAKEHOLDER_STYLES[kind]
    layer = _layer(
        "SimpleMarker",
        {
            "name": qgis_marker_shape(style.shape),
            "color": _rgba(style.colour),
            "outline_color": _rgba(style.outline),
            "outline_style": "solid",
            "outline_width": "0.3",
            "outline_width_unit": "MM",
            "size": f"{style.size_mm:g}",
            "size_unit": "MM",
            "angle": "0",
            "joinstyle": "miter",
            "scale_method": "diameter",
        },
    )
    return f'<symbol type="marker" name="{name}" alpha="1" clip_to_extent="1" force_rhr="0">{layer}</symbol>'


def _line_symbol(name: str, kind: str) -> str:
    style = RELATION_STYLES[kind]
    line = _layer(
        "SimpleLine",
        {
            "line_color": _rgba(style.colour, 200),
            "line_style": _QGIS_DASH[style.dash],
            "line_width": f"{style.width_mm:g}",
            "line_width_unit": "MM",
            "capstyle": "round",
            "joinstyle": "round",
        },
    )
    if style.arrow:
        line += _direction_arrow(name, style.colour, style.width_mm)
    return f'<symbol type="line" name="{name}" alpha="1" clip_to_extent="1" force_rhr="0">{line}</symbol>'


def _direction_arrow(parent: str, colour: str, width_mm: float) -> str:
    """An arrowhead halfway along the line, pointing to the target, drawn for directed relations only
    (the end of the line is hidden under the target's marker)."""
    head = _layer(
        "SimpleMarker",
        {
            "name": "filled_arrowhead",
            "color": _rgba(colour),
            "outline_style": "no",
            "size": f"{max(1.8, width_mm * 4):g}",
            "size_unit": "MM",
            "angle": "0",
        },
    )
    arrow = (
        f'<symbol type="marker" name="@{parent}@1" alpha="1" clip_to_extent="1" force_rhr="0">'
        f"{head}</symbol>"
    )
    options = {"placement": "centralpoint", "placements": "CentralPoint", "rotate": "1"}
    return _layer("MarkerLine", options, _enabled_where('"directed"') + arrow)


def _categorized(field: str, labels: dict[str, str], symbol_for) -> str:
    categories = "".join(
        f'<category render="true" symbol="{i}" value={quoteattr(code)} label={quoteattr(label)}/>'
        for i, (code, label) in enumerate(labels.items())
    )
    symbols = "".join(symbol_for(str(i), code) for i, code in enumerate(labels))
    return (
        f'<renderer-v2 type="categorizedSymbol" attr="{field}" symbollevels="0" enableorderby="0" '
        f'forceraster="0"><categories>{categories}</categories><symbols>{symbols}</symbols></renderer-v2>'
    )


def _qml(renderer: str, display_field: str, extra: str = "") -> str:
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"
        '<qgis version="3.22.0" styleCategories="Symbology|Labeling|Fields|Forms">'
        f'{renderer}{extra}<previewExpression>"{display_field}"</previewExpression>'
        f"<layerGeometryType>{{geometry_type}}</layerGeometryType></qgis>"
    )


def _aliases(aliases: dict[str, str]) -> str:
    # By field name only: QGIS prefers the name to a position, and positions differ between readers
    items = "".join(f"<alias field={quoteattr(f)} name={quoteattr(a)}/>" for f, a in aliases.items())
    return f"<aliases>{items}</aliases>"


STAKEHOLDER_ALIASES = {
    "fid": "Feature ID", "uuid": "UUID", "name": "Name", "kind": "Kind", "address": "Address",
    "admin_area": "Administrative area", "sector_code": "Sector (ISIC)", "products": "Products",
    "employees": "Employees",
    "women_employees": "Women employees", "year_founded": "Year founded", "legal_form": "Legal form",
    "phone": "Phone", "email": "E-mail", "website": "Website", "tags": "Tags", "notes": "Notes",
    "custom_fields": "Custom fields", "created_at": "Created", "modified_at": "Modified",
}  # fmt: skip

RELATION_ALIASES = {
    "fid": "Feature ID", "uuid": "UUID", "source_id": "From stakeholder", "target_id": "To stakeholder",
    "kind": "Kind", "directed": "Directed", "strength": "Strength (1-5)", "since": "Since",
    "survey_round": "Survey round", "notes": "Notes",
}  # fmt: skip

BOUNDARY_ALIASES = {"fid": "Feature ID", "uuid": "UUID", "name": "Name", "description": "Description"}


def stakeholder_qml() -> str:
    renderer = _categorized("kind", STAKEHOLDER_KINDS, _marker_symbol)
    return _qml(renderer, "name", _aliases(STAKEHOLDER_ALIASES)).replace("{geometry_type}", "0")


def relation_qml() -> str:
    renderer = _categorized("kind", RELATION_KINDS, _line_symbol)
    return _qml(renderer, "kind", _aliases(RELATION_ALIASES)).replace("{geometry_type}", "1")


def boundary_qml() -> str:
    fill = _layer(
        "SimpleFill",
        {
            "color": _rgba(BOUNDARY_FILL, round(255 * BOUNDARY_FILL_OPACITY)),
            "outline_color": _rgba(BOUNDARY_OUTLINE),
            "outline_style": "solid",
            "outline_width": f"{BOUNDARY_OUTLINE_WIDTH_MM:g}",
            "outline_width_unit": "MM",
            "style": "solid",
        },
    )
    symbol = f'<symbol type="fill" name="0" alpha="1" clip_to_extent="1" force_rhr="0">{fill}</symbol>'
    renderer = (
        '<renderer-v2 type="singleSymbol" symbollevels="0" forceraster="0">'
        f"<symbols>{symbol}</symbols></renderer-v2>"
    )
    return _qml(renderer, "name", _aliases(BOUNDARY_ALIASES)).replace("{geometry_type}", "2")


DEFAULT_STYLES = {
    "stakeholders": stakeholder_qml,
    "relations": relation_qml,
    "cluster_boundaries": boundary_qml,
}


def write_default_styles(connection: sqlite3.Connection) -> None:
    """Replace the ClusterDesk default style of each feature table in `layer_styles`."""
    now = format_datetime(utc_now())
    for table, make_qml in DEFAULT_STYLES.items():
        connection.execute(
            "DELETE FROM layer_styles WHERE f_table_name = ? AND styleName = ?", (table, STYLE_NAME)
        )
        connection.execute(
            "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column,"
            " styleName, styleQML, styleSLD, useAsDefault, description, owner, ui, update_time)"
            " VALUES ('', '', ?, 'geom', ?, ?, '', 1, 'Default style written by ClusterDesk', '', '', ?)",
            (table, STYLE_NAME, make_qml(), now),
        )
