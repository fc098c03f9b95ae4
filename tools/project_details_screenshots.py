"""Screenshots of File ▸ Project Details and of New project with their country and sector pickers.

    QT_QPA_PLATFORM=offscreen python tools/project_details_screenshots.py [--language ru] [--output DIR]

Opens a copy of the Atuntaqui sample in the main window at 1366x768 and 1920x1080, opens each dialog over
it with a sector search typed (and, in New project, a country being typed with its suggestions) and saves
docs/screenshots/project_details[_<language>]_<size>.png and new_project[_<language>]_<size>.png. The
sample itself is never written.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SIZES = ((1366, 768), (1920, 1080))
SECTOR_SEARCH = {"en": "knitted", "es": "punto", "fr": "mailles", "ru": "вязан"}
COUNTRY_TYPED = {"en": "ecu", "es": "ecu", "fr": "équa", "ru": "эква"}


def settle(app, seconds: float = 0.2) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def composed(window, dialog, popup=None):
    """The window with the dialog centred on it (offscreen, a dialog is its own top-level image)."""
    from PySide6.QtGui import QPainter

    image = window.grab().toImage()
    shot = dialog.grab()
    x = (image.width() - shot.width()) // 2
    y = max(0, (image.height() - shot.height()) // 2)
    painter = QPainter(image)
    try:
        painter.drawPixmap(x, y, shot)
        if popup is not None and popup.isVisible():
            corner = dialog.country.mapTo(dialog, dialog.country.rect().bottomLeft())
            painter.drawPixmap(x + corner.x(), y + corner.y(), popup.grab())
    finally:
        painter.end()
    return image


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en", choices=sorted(SECTOR_SEARCH))
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CLUSTERDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="clusterdesk-screens-")

    from PySide6.QtWidgets import QApplication

    from clusterdesk.core.workspace import Workspace
    from clusterdesk.gui.dialogs import NewProjectDialog
    from clusterdesk.gui.i18n import install_translations
    from clusterdesk.gui.main_window import MainWindow
    from clusterdesk.gui.project_details_dialog import ProjectDetailsDialog, project_values

    app = QApplication([])
    install_translations(app, args.language)
    copy = Path(tempfile.mkdtemp()) / "atuntaqui_garments.gpkg"
    shutil.copy(REPO / "sample_projects" / "atuntaqui_garments.gpkg", copy)
    workspace = Workspace()
    workspace.open(copy)
    window = MainWindow(workspace)
    window.show()
    suffix = "" if args.language == "en" else f"_{args.language}"
    for width, height in SIZES:
        window.resize(width, height)
        settle(app, 1.0)
        details = ProjectDetailsDialog(project_values(workspace.project), window)
        details.setMinimumWidth(min(1000, width - 40))  # as on a screen of that width
        details.show()
        details.adjustSize()
        details.sector.search.setText(SECTOR_SEARCH[args.language])
        settle(app)
        composed(window, details).save(str(args.output / f"project_details{suffix}_{width}x{height}.png"))
        details.close()
        new = NewProjectDialog(window, Path(tempfile.gettempdir()))
        new.show()
        new.adjustSize()
        new.cluster_name.setText("Atuntaqui")
        new.sector.search.setText(SECTOR_SEARCH[args.language])
        typed = COUNTRY_TYPED[args.language]
        new.country.lineEdit().setText(typed)
        new.country.lineEdit().textEdited.emit(typed)  # as typed by the user, which shows the suggestions
        settle(app)
        popup = new.country.completer().popup()
        composed(window, new, popup).save(str(args.output / f"new_project{suffix}_{width}x{height}.png"))
        new.close()
    workspace.project.stack.set_clean()
    window.close()
    workspace.shutdown()


if __name__ == "__main__":
    main()
