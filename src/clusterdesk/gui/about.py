"""Help menu: the About box with the versions a support request needs, and the user guide."""

from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from clusterdesk import __version__, resources_path
from clusterdesk.gui.i18n import translate

NOT_AVAILABLE = "not available"


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
        found["GDAL"] = NOT_AVAILABLE
    found["System"] = f"{platform.system()} {platform.release()}"
    return found


def user_guide_path(language: str = "en") -> Path | None:
    """The HTML user guide shipped in resources/help, readable offline in any browser: index.<language>.html
    for a language it is written in (pictures from images/<language>/), else the English index.html."""
    try:
        folder = resources_path.resource("help")
    except FileNotFoundError:  # resources/ itself is missing from a broken install
        return None
    for name in (f"index.{language}.html", "index.html"):
        guide = folder / name
        if guide.is_file():
            return guide
    return None


def _shown(name: str, value: str) -> tuple[str, str]:
    """A row of the versions table as the user reads it: program names stay, the rest is translated."""
    if name == "System":
        name = translate("About", "System")
    if value == NOT_AVAILABLE:
        value = translate("About", "not available")
    return name, value


def about_text() -> str:
    cells = "<tr><td>{}</td><td>&nbsp;&nbsp;{}</td></tr>"
    rows = "".join(cells.format(*map(html.escape, _shown(name, value))) for name, value in versions().items())
    paragraphs = (
        translate(
            "About", "Maps, stakeholder registry and action plans for cluster development initiatives."
        ),
        translate(
            "About", "Basemap data: Natural Earth (public domain). Online tiles © OpenStreetMap contributors."
        ),
        translate("About", "Licensed under the GNU General Public License, version 3 or later."),
    )
    intro, data, licence = (f"<p>{html.escape(text)}</p>" for text in paragraphs)
    return f"<h3>ClusterDesk {__version__}</h3>{intro}<table>{rows}</table>{data}{licence}"


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, translate("About", "About ClusterDesk"), about_text())
