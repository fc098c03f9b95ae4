"""Default QGIS styles (QML) written into the project's `layer_styles` table, so the file opens in plain
QGIS styled like the application: stakeholders categorized by kind, relations by kind, boundaries
outlined. Built from `clusterdesk.core.symbology`, the one definition of how things look.

The styles speak the project's language (`project_info.language`): the legend's categories are the kind
and relation labels of `core.vocabulary_labels`, and every table's fields carry aliases from
`core.field_titles`; non-spatial tables get a style holding only their aliases. Saving rewrites the
styles whose text no longer matches (the language was changed, or the symbology)."""

from __future__ import annotations

import sqlite3
from xml.sax.saxutils import quoteattr

from clusterdesk.core.column_types import format_datetime, utc_now
from clusterdesk.core.field_titles import column_title
from clusterdesk.core.symbology import (
    BOUNDARY_FILL,
    BOUNDARY_FILL_OPACITY,
    BOUNDARY_OUTLINE,
    BOUNDARY_OUTLINE_WIDTH_MM,
    RELATION_STYLES,
    STAKEHOLDER_STYLES,
)
from clusterdesk.core.table_titles import table_title
from clusterdesk.core.vocabulary import RELATION_KINDS, STAKEHOLDER_KINDS
from clusterdesk.core.vocabulary_labels import kind_label, relation_label

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


def table_aliases(table: str, columns: list[str], language: str | None) -> dict[str, str]:
    """Field aliases of `table` in `language` for the columns ClusterDesk knows."""
    titles = {column: column_title(table, column, language) for column in columns}
    return {column: title for column, title in titles.items() if title}


def stakeholder_qml(columns: list[str], language: str | None = "en") -> str:
    labels = {code: kind_label(code, language) for code in STAKEHOLDER_KINDS}
    renderer = _categorized("kind", labels, _marker_symbol)
    aliases = _aliases(table_aliases("stakeholders", columns, language))
    return _qml(renderer, "name", aliases).replace("{geometry_type}", "0")


def relation_qml(columns: list[str], language: str | None = "en") -> str:
    labels = {code: relation_label(code, language) for code in RELATION_KINDS}
    renderer = _categorized("kind", labels, _line_symbol)
    aliases = _aliases(table_aliases("relations", columns, language))
    return _qml(renderer, "kind", aliases).replace("{geometry_type}", "1")


def _polygon_qml(table: str, columns: list[str], language: str | None, fill: str, opacity: float) -> str:
    fill_layer = _layer(
        "SimpleFill",
        {
            "color": _rgba(fill, round(255 * opacity)),
            "outline_color": _rgba(BOUNDARY_OUTLINE),
            "outline_style": "solid",
            "outline_width": f"{BOUNDARY_OUTLINE_WIDTH_MM:g}",
            "outline_width_unit": "MM",
            "style": "solid",
        },
    )
    symbol = f'<symbol type="fill" name="0" alpha="1" clip_to_extent="1" force_rhr="0">{fill_layer}</symbol>'
    renderer = (
        '<renderer-v2 type="singleSymbol" symbollevels="0" forceraster="0">'
        f"<symbols>{symbol}</symbols></renderer-v2>"
    )
    aliases = _aliases(table_aliases(table, columns, language))
    return _qml(renderer, "name", aliases).replace("{geometry_type}", "2")


def boundary_qml(columns: list[str], language: str | None = "en") -> str:
    return _polygon_qml("cluster_boundaries", columns, language, BOUNDARY_FILL, BOUNDARY_FILL_OPACITY)


def selection_area_qml(columns: list[str], language: str | None = "en") -> str:
    """The areas of a selection study: outlined, barely filled, named (the desktop colours them by the
    location quotient or the score, which are computed, not stored)."""
    return _polygon_qml("selection_areas", columns, language, "#f2efe6", 0.6)


def table_qml(table: str, columns: list[str], language: str | None = "en") -> str:
    """The style of a non-spatial table: only its fields' aliases."""
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"
        '<qgis version="3.22.0" styleCategories="Fields">'
        f"{_aliases(table_aliases(table, columns, language))}<layerGeometryType>4</layerGeometryType></qgis>"
    )


DEFAULT_STYLES = {
    "stakeholders": stakeholder_qml,
    "relations": relation_qml,
    "cluster_boundaries": boundary_qml,
    "selection_areas": selection_area_qml,
}
# Tables that describe the file itself; QGIS users do not see them as the project's tables
_NOT_STYLED = ("layer_styles", "clusterdesk_meta")


TITLE_PROPERTY = "clusterdesk/title"


def _with_title(qml: str, table: str, language: str | None) -> str:
    """The style with the table's title in `language` as a custom property of the layer, which the
    ClusterDesk plugin for QGIS gives the layer as its name (QGIS itself names a layer after its table)."""
    title = table_title(table, language)
    if not title:
        return qml
    properties = (
        '<customproperties><Option type="Map">'
        f'<Option type="QString" name="{TITLE_PROPERTY}" value={quoteattr(title)}/>'
        "</Option></customproperties>"
    )
    qml = qml.replace('styleCategories="Fields"', 'styleCategories="Fields|CustomProperties"', 1)
    qml = qml.replace('|Forms">', '|Forms|CustomProperties">', 1)
    return qml.replace("<layerGeometryType>", properties + "<layerGeometryType>", 1)


def project_language(connection: sqlite3.Connection) -> str:
    """The project's language as project_info records it ('en' before there is a project row)."""
    try:
        row = connection.execute("SELECT language FROM project_info ORDER BY fid LIMIT 1").fetchone()
    except sqlite3.OperationalError:  # no project_info table (yet, or a damaged file being repaired)
        return "en"
    return row[0] if row and row[0] else "en"


def _columns(connection: sqlite3.Connection, table: str, geometry_column: str | None) -> list[str]:
    rows = connection.execute("SELECT name FROM pragma_table_info(?)", (table,)).fetchall()
    return [row[0] for row in rows if row[0] != geometry_column]


def default_styles(connection: sqlite3.Connection, language: str | None) -> dict[str, tuple[str, str]]:
    """table: (geometry column, QML) of every table of the file that QGIS shows, in `language`."""
    registered = connection.execute(
        "SELECT c.table_name, g.column_name FROM gpkg_contents c"
        " LEFT JOIN gpkg_geometry_columns g ON g.table_name = c.table_name"
        " WHERE c.data_type IN ('features', 'attributes') ORDER BY c.table_name"
    ).fetchall()
    styles = {}
    for table, geometry_column in registered:
        if table in _NOT_STYLED:
            continue
        columns = _columns(connection, table, geometry_column)
        if table in DEFAULT_STYLES:
            qml = DEFAULT_STYLES[table](columns, language)
            styles[table] = (geometry_column or "geom", _with_title(qml, table, language))
        elif geometry_column is None:
            styles[table] = ("", _with_title(table_qml(table, columns, language), table, language))
    return styles


def _write(connection: sqlite3.Connection, table: str, geometry_column: str, qml: str, now: str) -> None:
    connection.execute(
        "DELETE FROM layer_styles WHERE f_table_name = ? AND styleName = ?", (table, STYLE_NAME)
    )
    connection.execute(
        "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column,"
        " styleName, styleQML, styleSLD, useAsDefault, description, owner, ui, update_time)"
        " VALUES ('', '', ?, ?, ?, ?, '', 1, 'Default style written by ClusterDesk', '', '', ?)",
        (table, geometry_column, STYLE_NAME, qml, now),
    )


def write_default_styles(connection: sqlite3.Connection, language: str | None = None) -> None:
    """Replace the ClusterDesk default style of each table in `layer_styles`, in `language` (by default
    the project's)."""
    now = format_datetime(utc_now())
    language = project_language(connection) if language is None else language
    for table, (geometry_column, qml) in default_styles(connection, language).items():
        _write(connection, table, geometry_column, qml, now)


def refresh_default_styles(connection: sqlite3.Connection) -> list[str]:
    """Rewrite the default styles that differ from what the project's language and the current
    symbology give (missing ones included); returns the tables whose style was written. Styles that
    already match keep their time, so a style a QGIS user saved later stays the newer default."""
    query = "SELECT f_table_name, styleQML FROM layer_styles WHERE styleName = ?"
    stored = dict(connection.execute(query, (STYLE_NAME,)))
    now = format_datetime(utc_now())
    written = []
    for table, (geometry_column, qml) in default_styles(connection, project_language(connection)).items():
        if stored.get(table) != qml:
            _write(connection, table, geometry_column, qml, now)
            written.append(table)
    return written
