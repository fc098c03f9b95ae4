"""Loading a ClusterDesk project into a QGIS project as one layer group, without any GUI.

Two languages meet here. What describes the project's data (the legend's categories, the field aliases
of every layer and table) comes from the styles ClusterDesk keeps in the file, written in the project's
language, as the printed pack and the web map are; the plugin applies them and does not translate them
again, so one project reads the same in every QGIS its team opens it in, with or without the plugin.
The layer and group titles are the project's too: ClusterDesk writes each table's title in the project's
language into its style (the custom property clusterdesk/title), and the "Tables" group is named in
the project's language. Files without titles in their styles get the plugin's titles. The plugin's own
words (menu, messages) follow the language chosen for QGIS.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsLayerTreeGroup,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from .field_names import readable_column, readable_table
from .i18n import tr
from .integrity import keep_references
from .project_file import NotAClusterDeskProject, ProjectFacts, RegisteredTable, read_project_facts

TABLES_GROUP = "Tables"
STYLE_NAME = "ClusterDesk default"
TITLE_PROPERTY = "clusterdesk/title"  # the table's title in the project's language (core.qgis_styles)


def load_project(path: str | Path, project: QgsProject | None = None) -> list[QgsVectorLayer]:
    """Add the ClusterDesk project at `path` to `project` (default: the current QGIS project).

    Adds one group named after the cluster holding the stakeholders (styled by kind), relations and
    cluster boundaries, and a sub-group with the project's non-spatial tables. Edits saved in QGIS go
    into the same file. Returns the created layers, feature layers first.
    Raises NotAClusterDeskProject when the file is not a ClusterDesk project or QGIS cannot read it.
    """
    facts = read_project_facts(path)
    if project is None:
        project = QgsProject.instance()
    feature_layers = []
    for table in facts.feature_tables:
        layer = _open_layer(facts, table)
        _apply_default_style(facts, table.name, layer)
        _title_from_style(layer)
        feature_layers.append(layer)
    table_layers = []
    for table in facts.attribute_tables:
        layer = _open_layer(facts, table)
        _apply_default_style(facts, table.name, layer)  # the aliases of its fields, its title
        _title_from_style(layer)
        table_layers.append(layer)
    table_layers.sort(key=lambda layer: layer.name().casefold())  # the order a reader looks for a title
    stakeholders = feature_layers[0]
    _prepare_stakeholder_editing(stakeholders)
    for layer in feature_layers + table_layers:
        _fill_missing_aliases(layer)
        _show_stakeholder_names(facts, layer, stakeholders)
        _give_new_rows_a_uuid(layer)
        _choose_kind_from_legend(layer)
    keep_references(facts, stakeholders, project)

    group = project.layerTreeRoot().insertGroup(0, facts.cluster_name)
    for layer in feature_layers:
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    if table_layers:
        tables: QgsLayerTreeGroup = group.addGroup(tr(TABLES_GROUP, facts.language))
        tables.setExpanded(False)
        for layer in table_layers:
            project.addMapLayer(layer, False)
            tables.addLayer(layer)
    return feature_layers + table_layers


def _open_layer(facts: ProjectFacts, table: RegisteredTable) -> QgsVectorLayer:
    title = tr(readable_table(table.name, table.description), facts.language)
    layer = QgsVectorLayer(f"{facts.path}|layername={table.name}", title, "ogr")
    if not layer.isValid():
        raise NotAClusterDeskProject(
            f"QGIS cannot open the table {table.name!r} of {facts.path.name}: "
            f"{layer.error().summary() or 'the layer is not valid'}. "
            "Open the file in ClusterDesk, which reports what is wrong."
        )
    return layer


def _apply_default_style(facts: ProjectFacts, table: str, layer: QgsVectorLayer) -> None:
    """Use the file's default style. QGIS finds it in layer_styles itself when the row names the
    layer's table and geometry column; when it does not (a style written by another tool), the QML
    stored for the table is applied directly."""
    _message, loaded = layer.loadDefaultStyle()
    if loaded:
        return
    connection = sqlite3.connect(f"{facts.path.as_uri()}?mode=ro", uri=True)
    try:
        row = connection.execute(
            "SELECT styleQML FROM layer_styles WHERE f_table_name = ? ORDER BY useAsDefault DESC,"
            " styleName = ? DESC, id DESC LIMIT 1",
            (table, STYLE_NAME),
        ).fetchone()
    except sqlite3.DatabaseError:
        row = None
    finally:
        connection.close()
    if row and row[0]:
        document = QDomDocument()
        if document.setContent(row[0]):
            layer.importNamedStyle(document)


def _title_from_style(layer: QgsVectorLayer) -> None:
    title = layer.customProperty(TITLE_PROPERTY)
    if title and str(title).strip():
        layer.setName(str(title).strip())


def _prepare_stakeholder_editing(layer: QgsVectorLayer) -> None:
    """Let stakeholders added or edited in QGIS satisfy ClusterDesk's rules: a kind (chosen from the
    legend, see _choose_kind_from_legend), creation and modification times."""
    fields = layer.fields()
    defaults = {
        "kind": ("'enterprise'", False),
        "created_at": ("now()", False),
        "modified_at": ("now()", True),
    }
    for name, (expression, on_update) in defaults.items():
        index = fields.indexOf(name)
        if index >= 0:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(expression, on_update))


def _choose_kind_from_legend(layer: QgsVectorLayer) -> None:
    """Show and pick the categorized field by the legend's labels ("Business association"), so that
    only codes ClusterDesk knows can be entered."""
    renderer = layer.renderer()
    if renderer is None or renderer.type() != "categorizedSymbol":
        return
    index = layer.fields().indexOf(renderer.classAttribute())
    if index >= 0:
        choices = [{category.label(): category.value()} for category in renderer.categories()]
        layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": choices}))


def _give_new_rows_a_uuid(layer: QgsVectorLayer) -> None:
    # ClusterDesk cross-references records by UUID, so rows added in QGIS need one too
    index = layer.fields().indexOf("uuid")
    if index >= 0:
        layer.setDefaultValueDefinition(index, QgsDefaultValue("uuid('WithoutBraces')"))


def _fill_missing_aliases(layer: QgsVectorLayer) -> None:
    """A readable alias for the fields the file's styles leave without one: columns added in QGIS or
    by another program, and every field of a file written before its styles carried aliases."""
    for index, field in enumerate(layer.fields()):
        if not layer.attributeAlias(index):
            layer.setFieldAlias(index, readable_column(field.name()))


def _table_of(layer: QgsVectorLayer) -> str:
    return layer.source().split("|layername=")[-1]


def _show_stakeholder_names(facts: ProjectFacts, layer: QgsVectorLayer, stakeholders: QgsVectorLayer) -> None:
    """Columns holding a stakeholder's fid show (and pick) the stakeholder's name instead."""
    table = _table_of(layer)
    for reference in facts.references_to("stakeholders"):
        index = layer.fields().indexOf(reference.column)
        if reference.table != table or index < 0:
            continue
        setup = QgsEditorWidgetSetup(
            "ValueRelation",
            {
                "Layer": stakeholders.id(),
                "LayerName": stakeholders.name(),
                "Key": "fid",
                "Value": "name",
                "AllowNull": reference.nullable,
                "OrderByValue": True,
            },
        )
        layer.setEditorWidgetSetup(index, setup)
