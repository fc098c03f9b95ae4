"""What the central area shows with no project open: recent projects, the bundled samples and New."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clusterdesk import __version__, resources_path
from clusterdesk.gui.icons import icon

PATH_ROLE = Qt.ItemDataRole.UserRole


def sample_project_folders() -> list[Path]:
    """Where the sample projects may be: a source checkout, or beside an installed ClusterDesk."""
    package = Path(resources_path.__file__).resolve().parent
    candidates = [
        package.parents[1] / "sample_projects",
        package / "sample_projects",
        Path(sys.prefix) / "share" / "clusterdesk" / "sample_projects",
        Path(sys.executable).resolve().parent / "sample_projects",
    ]
    return [c for c in candidates if c.is_dir()]


def sample_projects() -> list[Path]:
    for folder in sample_project_folders():
        found = sorted(folder.glob("*.gpkg"))
        if found:
            return found
    return []


def describe_project_file(path: Path) -> str:
    """'Atuntaqui garments · EC' from the file's project_info, or the file name if it cannot be read.

    Read directly and read-only: the start page must not open (copy) every listed project.
    """
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute(
                "SELECT cluster_name, country FROM project_info ORDER BY fid LIMIT 1"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        row = None
    if not row or not row[0]:
        return path.stem.replace("_", " ")
    return f"{row[0]} · {row[1]}" if row[1] else row[0]


class ProjectList(QListWidget):
    """A list of project files; activating one asks to open it."""

    openRequested = Signal(Path)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.setIconSize(QSize(28, 28))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.itemActivated.connect(lambda item: self.openRequested.emit(item.data(PATH_ROLE)))

    def set_paths(self, paths: list[Path]) -> None:
        self.clear()
        for path in paths:
            item = QListWidgetItem(icon("clusterdesk"), f"{describe_project_file(path)}\n{path}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(str(path))
            item.setSizeHint(QSize(0, 48))
            self.addItem(item)
        if not paths:
            item = QListWidgetItem(self.empty_text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)


class StartPage(QWidget):
    openRequested = Signal(Path)
    openDialogRequested = Signal()
    newRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setStyleSheet(
            "#startPage { background: #f4f6f8; }"
            "#startCard { background: #ffffff; border: 1px solid #dde3e8; border-radius: 6px; }"
            "#startTitle { font-size: 22pt; font-weight: 600; color: #23313f; }"
            "#startSubtitle { color: #5a6b7b; }"
            "#sectionTitle { font-weight: 600; color: #23313f; font-size: 11pt; }"
            "QListWidget { background: transparent; }"
            "QListWidget::item { padding: 4px; border-radius: 4px; }"
            "QListWidget::item:hover { background: #e8f1f4; }"
        )
        title = QLabel("ClusterDesk")
        title.setObjectName("startTitle")
        subtitle = QLabel(
            "Maps, stakeholder registry and action plans for cluster development initiatives"
            f" · version {__version__}"
        )
        subtitle.setObjectName("startSubtitle")
        subtitle.setWordWrap(True)
        logo = QLabel()
        logo.setPixmap(icon("clusterdesk").pixmap(56, 56))

        self.new_button = QPushButton(icon("document-new"), "New project…")
        self.open_button = QPushButton(icon("document-open"), "Open project…")
        for button in (self.new_button, self.open_button):
            button.setMinimumHeight(34)
            button.setIconSize(QSize(20, 20))
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openDialogRequested)

        self.recent_list = ProjectList("No recent projects yet. Open a project or start a new one.")
        self.sample_list = ProjectList("No sample projects were found in this installation.")
        for project_list in (self.recent_list, self.sample_list):
            project_list.openRequested.connect(self.openRequested)

        heading = QHBoxLayout()
        heading.addWidget(logo)
        texts = QVBoxLayout()
        texts.addWidget(title)
        texts.addWidget(subtitle)
        heading.addLayout(texts, 1)
        heading.addWidget(self.new_button)
        heading.addWidget(self.open_button)

        lists = QHBoxLayout()
        lists.setSpacing(16)
        lists.addWidget(self._card("Recent projects", self.recent_list), 1)
        lists.addWidget(self._card("Sample projects", self.sample_list), 1)

        column = QVBoxLayout()
        column.setSpacing(18)
        column.addLayout(heading)
        column.addLayout(lists, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        outer.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(1100)
        outer.addWidget(holder, 12)
        outer.addStretch(1)

    @staticmethod
    def _card(title: str, content: QWidget) -> QFrame:
        card = QFrame()
        card.setObjectName("startCard")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 12, 14, 12)
        label = QLabel(title)
        label.setObjectName("sectionTitle")
        layout.addWidget(label)
        layout.addWidget(content, 1)
        return card

    def refresh(self, recent: list[Path]) -> None:
        self.recent_list.set_paths(recent)
        self.sample_list.set_paths(sample_projects())
