"""The status bar's notice after a project opens: "N problems found — Panels ▸ Checks", a link that
shows the Checks panel. It is a label of the status bar, so opening a project never raises a dialog about
checks."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from clusterdesk.analysis.health_checks import CheckReport
from clusterdesk.gui.i18n import translate_n


class ChecksNotice(QLabel):
    def __init__(self, show_checks: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.linkActivated.connect(lambda _link: show_checks())
        self.hide()
        self._announced = False

    def project_opened(self) -> None:
        """The next report is the one to announce."""
        self._announced = False
        self.hide()

    def show_report(self, report: CheckReport) -> None:
        """Announce the errors of the first check after opening; later runs only update or hide it."""
        if self._announced and self.isHidden():
            return
        self._announced = True
        if not report.errors:
            self.hide()
            return
        text = translate_n("ChecksPanel", "%n problem(s) found — Panels ▸ Checks", report.errors)
        self._show_link(text)

    def show_damage(self, message: str) -> None:
        """The file opened is damaged: say so (the whole message in the tooltip and the Checks panel)."""
        self._announced = True
        # its first sentence without SQLite's words in brackets: "atuntaqui.gpkg is damaged."
        first = re.sub(r"\s*\(.*?\)\.(\s|$)", ". ", message, count=1, flags=re.DOTALL).split(". ", 1)[0]
        self._show_link(" ".join(first.split()) + ".", message)

    def _show_link(self, text: str, tooltip: str | None = None) -> None:
        self.setText(f'<a href="checks">{text.replace("&", "&amp;").replace("<", "&lt;")}</a>')
        self.setToolTip(tooltip or text)
        self.show()
