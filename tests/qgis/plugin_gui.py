"""Start and stop the plugin through QGIS's own plugin machinery (qgis.utils), headless, and use its
"Open ClusterDesk project…" action on the given files.

Run under the system Python that has QGIS:
    /usr/bin/python3 plugin_gui.py PLUGINS_FOLDER [--locale es] [PROJECT_FILE ...]
PLUGINS_FOLDER holds clusterdesk_qgis/ (the checkout's plugins/, or an unpacked plugin zip).
A QgisInterface needs the QGIS main window, which does not exist headlessly, so `GuiShellDouble`
stands in for the GUI shell only: it records what the plugin adds to menus and toolbars and hands out
a real QGIS message bar and map canvas. Loading, metadata parsing and the plugin lifecycle are QGIS's
own (qgis.utils).
"""

from __future__ import annotations

import sys

from qgis_headless import PLUGINS_DIR, emit, qgis_application, use_plugin_from

PLUGIN = "clusterdesk_qgis"


class GuiShellDouble:
    """Test double for the QGIS GUI shell: the five QgisInterface methods the plugin calls."""

    def __init__(self):
        from qgis.gui import QgsMapCanvas, QgsMessageBar
        from qgis.PyQt.QtWidgets import QMainWindow

        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)
        self.bar = QgsMessageBar(self.window)
        self.menus: dict[str, list] = {}
        self.toolbar: list = []
        self.mismatches: list[str] = []

    def mainWindow(self):  # noqa: N802 - QgisInterface's names
        return self.window

    def messageBar(self):  # noqa: N802
        return self.bar

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def addPluginToMenu(self, menu, action):  # noqa: N802
        self.menus.setdefault(menu, []).append(action)

    def removePluginMenu(self, menu, action):  # noqa: N802
        if action in self.menus.get(menu, []):
            self.menus[menu].remove(action)
            if not self.menus[menu]:
                del self.menus[menu]
        else:
            self.mismatches.append(f"removePluginMenu({menu!r}, {action.text()!r}) without a matching add")

    def addToolBarIcon(self, action):  # noqa: N802
        self.toolbar.append(action)
        return len(self.toolbar) - 1

    def removeToolBarIcon(self, action):  # noqa: N802
        if action in self.toolbar:
            self.toolbar.remove(action)
        else:
            self.mismatches.append(f"removeToolBarIcon({action.text()!r}) without a matching add")

    def snapshot(self) -> dict:
        return {
            "menus": {menu: [a.text() for a in actions] for menu, actions in self.menus.items()},
            "toolbar": [a.text() for a in self.toolbar],
            "icons_missing": [a.text() for a in self.toolbar if a.icon().isNull()],
        }


def _described_stakeholders(project) -> dict:
    """The legend and field aliases of the stakeholder layer the plugin added."""
    for layer in project.mapLayers().values():
        if layer.source().endswith("layername=stakeholders"):
            renderer = layer.renderer()
            return {
                "aliases": {f.name(): layer.attributeDisplayName(i) for i, f in enumerate(layer.fields())},
                "categories": [c.label() for c in renderer.categories()]
                if renderer.type() == "categorizedSymbol"
                else [],
            }
    return {}


def open_with_plugin(plugin, shell: GuiShellDouble, path: str) -> dict:
    """What a user sees after choosing `path` in the plugin's open dialog."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    shell.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    shell.bar.clearWidgets()
    plugin.open_path(path)
    messages = [(item.title(), item.text(), int(item.level())) for item in shell.bar.items()]
    extent = shell.canvas.extent()
    opened = {
        "messages": messages,
        "groups": [group.name() for group in QgsProject.instance().layerTreeRoot().children()],
        "first_group": [
            node.name() for node in QgsProject.instance().layerTreeRoot().children()[0].children()
        ]
        if QgsProject.instance().layerTreeRoot().children()
        else [],
        "canvas_extent": [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()],
        "stakeholders": _described_stakeholders(QgsProject.instance()),
    }
    QgsProject.instance().clear()
    return opened


def main(folder: str, projects: list[str], locale: str | None) -> None:
    use_plugin_from(folder)
    with qgis_application():
        import qgis.utils
        from qgis.core import QgsSettings

        if locale:  # as chosen in QGIS's Settings > Options > General
            QgsSettings().setValue("locale/overrideFlag", True)
            QgsSettings().setValue("locale/userLocale", locale)

        qgis.utils.plugin_paths = [folder]
        qgis.utils.updateAvailablePlugins()
        shell = GuiShellDouble()
        qgis.utils.iface = shell
        metadata = {
            key: qgis.utils.pluginMetadata(PLUGIN, key)
            for key in ("name", "qgisMinimumVersion", "version", "author", "icon")
        }
        loaded = qgis.utils.loadPlugin(PLUGIN)
        started = qgis.utils.startPlugin(PLUGIN)
        after_init = shell.snapshot()
        opened = [open_with_plugin(qgis.utils.plugins[PLUGIN], shell, path) for path in projects]
        module_file = sys.modules[PLUGIN].__file__
        unloaded = qgis.utils.unloadPlugin(PLUGIN)
        after_unload = shell.snapshot()
        emit(
            {
                "available": PLUGIN in qgis.utils.available_plugins,
                "metadata": metadata,
                "loaded": loaded,
                "started": started,
                "module_file": module_file,
                "after_init": after_init,
                "opened": opened,
                "unloaded": unloaded,
                "after_unload": after_unload,
                "mismatches": shell.mismatches,
                "foreign_qt": sorted(
                    m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "clusterdesk")
                ),
            }
        )


if __name__ == "__main__":
    arguments = sys.argv[1:]
    language = None
    if "--locale" in arguments:
        at = arguments.index("--locale")
        language = arguments[at + 1]
        del arguments[at : at + 2]
    main(arguments[0] if arguments else str(PLUGINS_DIR), arguments[1:], language)
