"""Keeping a ClusterDesk project consistent while it is edited in QGIS.

ClusterDesk draws each relation as a line between its two stakeholders and never leaves a record
pointing at a deleted one. QGIS knows neither rule, so after QGIS commits stakeholder edits this
redraws the relation lines of moved stakeholders and removes (or, where the column allows it, clears)
the references to deleted ones, following the foreign keys declared in the file. References go just
before the deletion is written, because GDAL enforces those foreign keys and would refuse it. It also
stamps added and edited stakeholders with the current UTC time, as ClusterDesk does.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime, QObject

from .project_file import NotAClusterDeskProject, ProjectFacts, read_project_facts

KEEPER_NAME = "clusterdesk_reference_keeper"


def _in_list(column: str, ids) -> str:
    return f'"{column}" IN ({", ".join(str(int(i)) for i in sorted(ids))})'


def keep_references(
    facts: ProjectFacts, stakeholders: QgsVectorLayer, project: QgsProject | None = None
) -> ReferenceKeeper:
    """The keeper watching `stakeholders`, created on first call."""
    existing = stakeholders.findChild(QObject, KEEPER_NAME)
    return existing if existing is not None else ReferenceKeeper(facts, stakeholders, project)


def watch_if_clusterdesk_stakeholders(layer, project: QgsProject | None = None) -> bool:
    """Keep references for a stakeholder layer of a ClusterDesk project however it was added (a saved
    QGIS project, Add Layer); True when `layer` is one."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return False
    path, _separator, options = layer.source().partition("|")
    if "layername=stakeholders" not in options.split("|"):
        return False
    try:
        facts = read_project_facts(path)
    except (NotAClusterDeskProject, OSError):
        return False
    keep_references(facts, layer, project)
    return True


def release_references(project: QgsProject) -> None:
    """Stop keeping references in every layer of `project` (the plugin is being switched off)."""
    for layer in project.mapLayers().values():
        keeper = layer.findChild(QObject, KEEPER_NAME)
        if keeper is not None:
            keeper.release()


class ReferenceKeeper(QObject):
    """Owned by the stakeholder layer (its Qt parent), so it lives exactly as long as that layer."""

    def __init__(self, facts: ProjectFacts, stakeholders: QgsVectorLayer, project: QgsProject | None = None):
        super().__init__(stakeholders)
        self.setObjectName(KEEPER_NAME)
        self.facts = facts
        self.stakeholders = stakeholders
        self.project = project
        for signal, slot in self._connections():
            signal.connect(slot)

    def _connections(self) -> list:
        layer = self.stakeholders
        return [
            (layer.beforeCommitChanges, self._before_commit),
            (layer.committedGeometriesChanges, self.redraw_relations),
            (layer.committedGeometriesChanges, self._stamp_changed),
            (layer.committedAttributeValuesChanges, self._stamp_changed),
            (layer.committedFeaturesAdded, self._stamp_added),
        ]

    def release(self) -> None:
        for signal, slot in self._connections():
            signal.disconnect(slot)
        self.setParent(None)  # no longer the layer's: Python frees it when the last reference goes

    def _open(self, table: str) -> QgsVectorLayer:
        # A layer of its own, so that writing here never disturbs a layer the user is editing
        return QgsVectorLayer(f"{self.facts.path}|layername={table}", table, "ogr")

    def redraw_relations(self, _layer_id: str, changed: dict) -> None:
        moved = set(changed)
        relations = self._open("relations")
        if not moved or not relations.isValid():
            return
        expression = f"{_in_list('source_id', moved)} OR {_in_list('target_id', moved)}"
        affected = list(relations.getFeatures(QgsFeatureRequest().setFilterExpression(expression)))
        ends = {f["source_id"] for f in affected} | {f["target_id"] for f in affected}
        stakeholders = self._open("stakeholders")
        positions = {
            f.id(): f.geometry()
            for f in stakeholders.getFeatures(QgsFeatureRequest().setFilterFids(sorted(ends)))
            if f.hasGeometry() and not f.geometry().isEmpty()
        }
        lines = {}
        for relation in affected:
            start, end = positions.get(relation["source_id"]), positions.get(relation["target_id"])
            # Without both ends located there is no line, as in ClusterDesk
            lines[relation.id()] = (
                QgsGeometry.fromPolylineXY([start.asPoint(), end.asPoint()])
                if start and end
                else QgsGeometry()
            )
        if lines:
            relations.dataProvider().changeGeometryValues(lines)
            self._repaint()

    def _stamp(self, fids: set, columns: tuple[str, ...]) -> None:
        """Write ClusterDesk's timestamps in UTC: the `now()` defaults QGIS applies are local time."""
        layer = self._open("stakeholders")
        indexes = [i for i in (layer.fields().indexOf(c) for c in columns) if i >= 0]
        if fids and indexes and layer.isValid():
            now = QDateTime.currentDateTimeUtc()
            layer.dataProvider().changeAttributeValues({fid: dict.fromkeys(indexes, now) for fid in fids})

    def _stamp_changed(self, _layer_id: str, changed: dict) -> None:
        self._stamp(set(changed), ("modified_at",))

    def _stamp_added(self, _layer_id: str, features) -> None:
        self._stamp({feature.id() for feature in features}, ("created_at", "modified_at"))

    def _before_commit(self, *_stop_editing) -> None:
        buffer = self.stakeholders.editBuffer()
        # Negative ids are features added and deleted within this editing session: nothing refers to them
        deleted = {fid for fid in buffer.deletedFeatureIds() if fid >= 0} if buffer else set()
        if deleted:
            self.remove_references("stakeholders", deleted)
            self._repaint()

    def remove_references(self, parent: str, fids: set[int], seen: set | None = None) -> None:
        """Clear or delete every row referring to rows `fids` of `parent`, deepest references first."""
        seen = set() if seen is None else seen
        for reference in self.facts.references_to(parent):
            layer = self._open(reference.table)
            if not layer.isValid():
                continue
            request = QgsFeatureRequest().setFilterExpression(_in_list(reference.column, fids))
            request.setFlags(QgsFeatureRequest.NoGeometry)
            hits = {feature.id() for feature in layer.getFeatures(request)}
            hits = {fid for fid in hits if (reference.table, fid) not in seen}
            if not hits:
                continue
            if reference.nullable:
                index = layer.fields().indexOf(reference.column)
                layer.dataProvider().changeAttributeValues({fid: {index: None} for fid in hits})
            else:
                seen |= {(reference.table, fid) for fid in hits}
                self.remove_references(reference.table, hits, seen)
                layer.dataProvider().deleteFeatures(sorted(hits))

    def _repaint(self) -> None:
        """Show the rows written behind QGIS's back in every layer of the same file."""
        projects = {id(p): p for p in (QgsProject.instance(), self.project) if p is not None}
        for project in projects.values():
            for layer in project.mapLayers().values():
                if layer is self.stakeholders or not isinstance(layer, QgsVectorLayer):
                    continue
                if Path(layer.source().partition("|")[0]) == self.facts.path:
                    layer.dataProvider().reloadData()
                    layer.triggerRepaint()
