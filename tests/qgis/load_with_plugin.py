"""Load project files with the plugin's `load_project` into real QGIS projects and report the result.

Run under the system Python that has QGIS:  /usr/bin/python3 load_with_plugin.py FILE [FILE ...]
The first file goes into QgsProject.instance() (the default), every file also into a fresh QgsProject
passed explicitly, so both ways of calling are covered.
"""

from __future__ import annotations

import sys

from qgis_headless import emit, qgis_application, use_plugin_from


def describe_tree(node) -> list:
    from qgis.core import QgsLayerTreeGroup

    described = []
    for child in node.children():
        if isinstance(child, QgsLayerTreeGroup):
            described.append(
                {"group": child.name(), "expanded": child.isExpanded(), "children": describe_tree(child)}
            )
        else:
            described.append(child.name())
    return described


def describe_layer(layer) -> dict:
    renderer = layer.renderer()
    fields = layer.fields()
    return {
        "name": layer.name(),
        "table": layer.source().split("layername=")[-1],
        "valid": layer.isValid(),
        "feature_count": layer.featureCount(),
        "is_spatial": layer.isSpatial(),
        "renderer": renderer.type() if renderer else None,
        "renderer_attribute": renderer.classAttribute()
        if renderer and renderer.type() == "categorizedSymbol"
        else None,
        "categories": {category.value(): category.label() for category in renderer.categories()}
        if renderer and renderer.type() == "categorizedSymbol"
        else {},
        "aliases": {field.name(): layer.attributeDisplayName(i) for i, field in enumerate(fields)},
        "widgets": {
            field.name(): layer.editorWidgetSetup(i).type()
            for i, field in enumerate(fields)
            if layer.editorWidgetSetup(i).type()
        },
        "defaults": {
            field.name(): layer.defaultValueDefinition(i).expression()
            for i, field in enumerate(fields)
            if layer.defaultValueDefinition(i).isValid()
        },
    }


def load(path: str, project) -> dict:
    from clusterdesk_qgis import NotAClusterDeskProject, load_project
    from qgis.core import QgsProject

    target = QgsProject.instance() if project is None else project
    try:
        layers = load_project(path, project)
    except NotAClusterDeskProject as error:
        return {"error": str(error), "layer_count": len(target.mapLayers())}
    return {
        "tree": describe_tree(target.layerTreeRoot()),
        "layers": [describe_layer(layer) for layer in layers],
        "all_in_project": all(layer.id() in target.mapLayers() for layer in layers),
    }


def main(paths: list[str]) -> None:
    use_plugin_from()
    with qgis_application():
        from qgis.core import QgsProject

        default = load(paths[0], None) if paths else {}
        default_layer_count = len(QgsProject.instance().mapLayers())
        explicit = []
        for path in paths:
            project = QgsProject()
            explicit.append(load(path, project))
            project.clear()
        emit(
            {
                "default_project": default,
                "default_project_layer_count": default_layer_count,
                "explicit_projects": explicit,
                "default_project_after_explicit_loads": len(QgsProject.instance().mapLayers()),
            }
        )
        QgsProject.instance().clear()


if __name__ == "__main__":
    main(sys.argv[1:])
