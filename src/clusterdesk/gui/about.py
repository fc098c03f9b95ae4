"""Help menu: the About box with the versions a support request needs, and the user guide."""

from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from clusterdesk import __version__, resources_path


def versions() -> dict[str, str]:
    """Versions of ClusterDesk and the libraries whose bugs a user might hit."""
    found = {
        "ClusterDesk": __version__,
        "Python": platform.python_version(),
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
    }
    try:
        import pyogrio

        found["pyogrio"] = pyogrio.__version__
        found["GDAL"] = ".".join(str(part) for part in pyogrio.__gdal_version__)
    except ImportError:  # the importer is optional for the window itself
        found["GDAL"] = "not available"
    found["System"] = f"{platform.system()} {platform.release()}"
    return found


def user_guide_path() -> Path | None:
    """The HTML user guide shipped in resources/help, readable offline in any browser."""
    try:
        guide = resources_path.resource("help", "index.html")
    except FileNotFoundError:  # resources/ itself is missing from a broken install
        return None
    return guide if guide.is_file() else None


def about_text() -> str:
    cells = "<tr><td>{}</td><td>&nbsp;&nbsp;{}</td></tr>"
    rows = "".join(cells.format(html.escape(name), html.escape(value)) for name, value in versions().items())
    return (
        f"<h3>ClusterDesk {__version__}</h3>"
        "<p>Maps, stakeholder registry and action plans for cluster development initiatives.</p>"
        f"<table>{rows}</table>"
        "<p>Basemap data: Natural Earth (public domain). Online tiles © OpenStreetMap contributors.</p>"
        "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
    )


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, "About ClusterDesk", about_text())
