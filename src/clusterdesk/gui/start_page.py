"""What the central area shows with no project open: recent projects, the bundled samples and New."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk import __version__
from clusterdesk.core.samples import sample_projects
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.icons import icon
from clusterdesk.gui.plain_text import literal_text

PATH_ROLE = Qt.ItemDataRole.UserRole
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
WHERE_ROLE = Qt.ItemDataRole.UserRole + 2  # the quieter second line: a path, or a file name
AnyIndex = QModelIndex | QPersistentModelIndex


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


class ProjectItemDelegate(QStyledItemDelegate):
    """The project's name over its path in a quieter grey, the way file pickers list documents."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        path = index.data(PATH_ROLE)
        if path is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else QApplication.style()
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        background.icon = QIcon()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        rect = option.rect.adjusted(8, 4, -8, -4)
        icon_size = option.decorationSize
        index.data(Qt.ItemDataRole.DecorationRole).paint(
            painter, QRect(rect.left(), rect.center().y() - icon_size.height() // 2, icon_size.width(),
                           icon_size.height()))  # fmt: skip
        text_left = rect.left() + icon_size.width() + 10
        text_rect = QRect(text_left, rect.top(), rect.right() - text_left, rect.height() // 2)
        path_rect = QRect(text_left, rect.top() + rect.height() // 2, text_rect.width(), rect.height() // 2)
        painter.save()
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(QColor("#1f2d3a"))
        metrics = painter.fontMetrics()
        title = metrics.elidedText(index.data(TITLE_ROLE), Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(option.font)
        painter.setPen(QColor("#6b7b8a"))
        where = index.data(WHERE_ROLE) or str(path)
        where = painter.fontMetrics().elidedText(where, Qt.TextElideMode.ElideMiddle, path_rect.width())
        painter.drawText(path_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, where)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802 - Qt's name
        return QSize(0, 50) if index.data(PATH_ROLE) is not None else super().sizeHint(option, index)


class ProjectList(QListWidget):
    """A list of project files; activating one asks to open it."""

    openRequested = Signal(Path)

    def __init__(self, empty_text: str, parent: QWidget | None = None, show_folders: bool = True) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.show_folders = show_folders  # samples all share one folder: their file names say enough
        self.setIconSize(QSize(28, 28))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setItemDelegate(ProjectItemDelegate(self))
        self.setMouseTracking(True)  # hover highlight
        self.itemActivated.connect(lambda item: self.openRequested.emit(item.data(PATH_ROLE)))

    def set_paths(self, paths: list[Path]) -> None:
        self.clear()
        for path in paths:
            title = describe_project_file(path)
            item = QListWidgetItem(icon("clusterdesk"), f"{title}\n{path}")  # the text serves accessibility
            item.setData(PATH_ROLE, path)
            item.setData(TITLE_ROLE, title)
            item.setData(WHERE_ROLE, str(path) if self.show_folders else path.name)
            item.setToolTip(literal_text(str(path)))
            self.addItem(item)
        if not paths:
            item = QListWidgetItem(self.empty_text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)


class StartPage(QWidget):
    openRequested = Signal(Path)
    openDialogRequested = Signal()
    openServerRequested = Signal()
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
            translate(
                "StartPage", "Maps, stakeholder registry and action plans for cluster development initiatives"
            )
            + " · "
            + translate("StartPage", "version {version}").format(version=__version__)
        )
        subtitle.setObjectName("startSubtitle")
        subtitle.setWordWrap(True)
        logo = QLabel()
        logo.setPixmap(icon("clusterdesk").pixmap(56, 56))

        self.new_button = QPushButton(icon("document-new"), translate("StartPage", "&New project…"))
        self.open_button = QPushButton(icon("document-open"), translate("StartPage", "&Open project…"))
        self.server_button = QPushButton(icon("document-open"), translate("StartPage", "Open from &server…"))
        self.server_button.setToolTip(
            translate("StartPage", "Open a team project kept on a PostgreSQL server")
        )
        for button in (self.new_button, self.open_button, self.server_button):
            button.setMinimumHeight(34)
            button.setIconSize(QSize(20, 20))
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openDialogRequested)
        self.server_button.clicked.connect(self.openServerRequested)

        self.recent_list = ProjectList(
            translate("StartPage", "No recent projects yet. Open a project or start a new one.")
        )
        self.sample_list = ProjectList(
            translate("StartPage", "No sample projects were found in this installation."), show_folders=False
        )
        for project_list in (self.recent_list, self.sample_list):
            project_list.openRequested.connect(self.openRequested)

        heading = QHBoxLayout()
        heading.addWidget(logo)
        texts = QVBoxLayout()
        texts.addWidget(title)
        texts.addWidget(subtitle)
        heading.addLayout(texts, 1)
        # new and open side by side, the server below them: three in a row were wider than a small window
        buttons = QGridLayout()
        buttons.addWidget(self.new_button, 0, 0)
        buttons.addWidget(self.open_button, 0, 1)
        buttons.addWidget(self.server_button, 1, 0, 1, 2)
        heading.addLayout(buttons)

        lists = QHBoxLayout()
        lists.setSpacing(16)
        lists.addWidget(self._card(translate("StartPage", "Recent projects"), self.recent_list), 1)
        lists.addWidget(self._card(translate("StartPage", "Sample projects"), self.sample_list), 1)

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
