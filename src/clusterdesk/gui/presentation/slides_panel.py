"""The Slides panel: the project's presentations, the slides of the one chosen, and the commands that
make and change them; Present (F5) and Present from this slide (Shift+F5) start presentation mode.

Every change is one command on the project's stack (core.presentation_edits); the panel reads the
slides back after each change of the presentation tables, so undo shows at once."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core import presentation_edits as edits
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.presentation_edits import kind_label, read_presentations
from clusterdesk.core.presentations import PRESENTATION_TABLES, SLIDE_KINDS
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui import ask
from clusterdesk.gui.form_parts import menu_button
from clusterdesk.gui.i18n import interface_language, translate
from clusterdesk.gui.plan.gantt_toolbar import add_command, compact_toolbar
from clusterdesk.gui.presentation.map_views import canvas_view
from clusterdesk.gui.presentation.slide_list import SlideList
from clusterdesk.gui.presentation.slides import Slide, slides_of
from clusterdesk.gui.workspace_listeners import follow_workspace

DEFAULT_NAME = QT_TRANSLATE_NOOP("SlidesPanel", "Steering committee")


class SlidesPanel(QWidget):
    def __init__(self, workspace: Workspace, canvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.canvas = canvas
        self.presentations: list = []
        self.slides: list[Slide] = []
        self.session = None

        self.chooser = QComboBox()
        self.chooser.setToolTip(translate("SlidesPanel", "The presentation shown below"))
        self.chooser.currentIndexChanged.connect(lambda _n: self._show_slides())
        manage = QMenu(self)
        add_command(manage, translate("SlidesPanel", "New presentation…"), "", self.new_presentation)
        add_command(manage, translate("SlidesPanel", "Rename…"), "", self.rename_presentation)
        add_command(manage, translate("SlidesPanel", "Make default"),
                    translate("SlidesPanel", "The web story and the brief take the default presentation"),
                    self.make_default)  # fmt: skip
        add_command(manage, translate("SlidesPanel", "Delete presentation"), "", self.delete_presentation)
        manage.addSeparator()
        self.screen_menu = manage.addMenu(translate("SlidesPanel", "Show the slides on"))
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        top = QHBoxLayout()
        top.addWidget(self.chooser, 1)
        top.addWidget(menu_button(translate("SlidesPanel", "Presentation"), "", manage))

        self.toolbar: QToolBar = compact_toolbar(self)
        self.add_view = add_command(
            self.toolbar,
            translate("SlidesPanel", "Add this view"),
            translate(
                "SlidesPanel", "Add the map as it is now (extent, layers, filters, selection) as a slide"
            ),
            self.add_this_view,
        )
        kinds = QMenu(self)
        language = interface_language()
        for kind in SLIDE_KINDS:
            if kind != "map":
                add_command(kinds, kind_label(kind, language), "", lambda k=kind: self.add_ready_made(k))
        self.ready_made = menu_button(translate("SlidesPanel", "Add view"),
                                      translate("SlidesPanel", "Add a ready-made slide"), kinds)  # fmt: skip
        self.toolbar.addWidget(self.ready_made)
        add_command(self.toolbar, translate("SlidesPanel", "Duplicate"), "", self.duplicate_slide)
        add_command(self.toolbar, translate("SlidesPanel", "Delete"), "", self.delete_slide)

        self.list = SlideList(self.move_slide)
        self.list.setMinimumHeight(60)
        self.list.currentItemChanged.connect(lambda _new, _old: self._show_slide())
        self.list.itemDoubleClicked.connect(lambda _item: self.present(from_current=True))

        self.title = QLineEdit()
        self.caption = QPlainTextEdit()
        self.caption.setPlaceholderText(translate("SlidesPanel", "Shown to the audience under the title"))
        self.caption.setMaximumHeight(70)
        self.caption.setMinimumHeight(36)  # a laptop screen fits the panel beside the others
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(translate("SlidesPanel", "Seen only by the presenter"))
        self.notes.setMaximumHeight(90)
        self.notes.setMinimumHeight(36)
        self.apply = QPushButton(translate("SlidesPanel", "Apply"))
        self.apply.clicked.connect(self.apply_edits)
        self.title.returnPressed.connect(self.apply_edits)
        form = QFormLayout()
        form.addRow(translate("SlidesPanel", "Title:"), self.title)
        form.addRow(translate("SlidesPanel", "Caption:"), self.caption)
        form.addRow(translate("SlidesPanel", "Speaker notes:"), self.notes)

        self.present_action = QAction(translate("SlidesPanel", "Present"), self)
        self.present_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.present_action.setToolTip(
            translate("SlidesPanel", "Show the presentation full screen from the start")
        )
        self.present_action.triggered.connect(lambda _checked=False: self.present())
        self.present_here_action = QAction(translate("SlidesPanel", "Present from this slide"), self)
        self.present_here_action.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F5))
        self.present_here_action.triggered.connect(lambda _checked=False: self.present(from_current=True))
        present = QPushButton(translate("SlidesPanel", "Present (F5)"))
        present.clicked.connect(lambda: self.present())
        present_here = QPushButton(translate("SlidesPanel", "From this slide (Shift+F5)"))
        present_here.clicked.connect(lambda: self.present(from_current=True))
        buttons = QHBoxLayout()
        buttons.addWidget(present)
        buttons.addWidget(present_here)
        buttons.addStretch(1)
        buttons.addWidget(self.apply)

        # the slides beside the chosen slide's texts: the panel is wide and low, like the other bottom panels
        editor = QVBoxLayout()
        editor.addLayout(form)
        editor.addLayout(buttons)
        editor.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(editor, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addLayout(body, 1)
        follow_workspace(self, workspace, lambda _project: self.refresh(), self._on_state)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------
    @property
    def project(self):
        return self.workspace.project

    def _on_state(self, tables: set[str]) -> None:
        if not tables or tables & set(PRESENTATION_TABLES):
            self.refresh()

    def refresh(self) -> None:
        chosen = self.presentation_fid()
        self.presentations = read_presentations(self.project.session.connection()) if self.project else []
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for presentation in self.presentations:
            mark = " ★" if presentation.is_default else ""
            self.chooser.addItem(f"{presentation.name}{mark}", presentation.fid)
        index = self.chooser.findData(chosen) if chosen is not None else 0
        self.chooser.setCurrentIndex(max(index, 0) if self.presentations else -1)
        self.chooser.blockSignals(False)
        self._show_slides()

    def presentation_fid(self) -> int | None:
        data = self.chooser.currentData()
        return int(data) if data is not None else None

    def _show_slides(self) -> None:
        fid = self.presentation_fid()
        found = [p for p in self.presentations if p.fid == fid]
        keep = self.list.current_fid()
        self.slides = slides_of(found[0]) if found else []
        self.list.fill(self.slides, keep)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_slide()

    def current_slide(self) -> Slide | None:
        fid = self.list.current_fid()
        return next((s for s in self.slides if s.fid == fid), None)

    def _show_slide(self) -> None:
        slide = self.current_slide()
        for field in (self.title, self.caption, self.notes, self.apply):
            field.setEnabled(slide is not None)
        self.title.setText(slide.title if slide else "")
        self.caption.setPlainText(slide.caption if slide else "")
        self.notes.setPlainText(slide.speaker_notes if slide else "")

    # -- commands --------------------------------------------------------------------------------
    def _push(self, command) -> bool:
        try:
            self.project.stack.push(command)
        except (ClusterDeskError, ValueError) as error:
            ask.show_error(self, str(error))
            return False
        return True

    def _make(self, build) -> bool:
        if self.project is None:
            return False
        try:
            command = build()
        except (ClusterDeskError, ValueError) as error:
            ask.show_error(self, str(error))
            return False
        return self._push(command)

    def _ensure_presentation(self) -> int | None:
        fid = self.presentation_fid()
        if fid is None:
            name = translate("SlidesPanel", DEFAULT_NAME)
            if not self._make(lambda: edits.add_presentation(self.project, name)):
                return None
            fid = max((p.fid for p in self.presentations), default=None)
            self.chooser.setCurrentIndex(self.chooser.findData(fid))
        return fid

    def new_presentation(self) -> None:
        name = ask.text(self, translate("SlidesPanel", "New presentation"), translate("SlidesPanel", "Name:"))
        if name and self._make(lambda: edits.add_presentation(self.project, name)):
            created = [p for p in self.presentations if p.name == " ".join(name.split())]
            if created:
                self.chooser.setCurrentIndex(self.chooser.findData(created[0].fid))

    def rename_presentation(self) -> None:
        fid = self.presentation_fid()
        if fid is None:
            return
        name = ask.text(
            self, translate("SlidesPanel", "Rename presentation"), translate("SlidesPanel", "Name:")
        )
        if name:
            self._make(lambda: edits.rename_presentation(self.project, fid, name))

    def make_default(self) -> None:
        fid = self.presentation_fid()
        if fid is not None:
            self._make(lambda: edits.set_default_presentation(self.project, fid))

    def delete_presentation(self) -> None:
        fid = self.presentation_fid()
        if fid is not None:
            self._make(lambda: edits.delete_presentation(self.project, fid))

    def _after_current(self) -> int | None:
        fid = self.list.current_fid()
        fids = self.list.fids()
        return fids.index(fid) + 1 if fid in fids else None

    def add_this_view(self) -> None:
        """One click: the map canvas as it is now becomes a slide after the current one."""
        presentation = self._ensure_presentation()
        if presentation is None or self.canvas is None:
            return
        view = canvas_view(self.canvas)
        title = translate("SlidesPanel", "Map view {number}").format(number=len(self.slides) + 1)
        extent = (view["min_lon"], view["min_lat"], view["max_lon"], view["max_lat"])
        position = self._after_current()
        before = set(self.list.fids())
        built = lambda: edits.add_map_slide(  # noqa: E731
            self.project, presentation, extent, title, layers=view["layers"], filters=view["filters"],
            highlighted=view["highlighted"], position=position,
        )  # fmt: skip
        if self._make(built) and view["options"]:
            added = [f for f in self.list.fids() if f not in before]
            if added:
                self._make(lambda: edits.update_slide(self.project, added[0], {"options": view["options"]}))
        self._select_new(before)
        self.title.setFocus()
        self.title.selectAll()

    def add_ready_made(self, kind: str) -> None:
        presentation = self._ensure_presentation()
        if presentation is None:
            return
        before = set(self.list.fids())
        position = self._after_current()
        self._make(lambda: edits.add_slide(self.project, presentation, {"kind": kind}, position))
        self._select_new(before)

    def _select_new(self, before: set[int]) -> None:
        for row, fid in enumerate(self.list.fids()):
            if fid not in before:
                self.list.setCurrentRow(row)
                return

    def apply_edits(self) -> None:
        slide = self.current_slide()
        if slide is None:
            return
        changes = {}
        if self.title.text().strip() != slide.title:
            changes["title"] = self.title.text()
        if self.caption.toPlainText().strip() != slide.caption:
            changes["caption"] = self.caption.toPlainText()
        if self.notes.toPlainText().strip() != slide.speaker_notes:
            changes["speaker_notes"] = self.notes.toPlainText()
        if changes:
            self._make(lambda: edits.update_slide(self.project, slide.fid, changes))

    def move_slide(self, fid: int, position: int) -> None:
        if not self._make(lambda: edits.move_slide(self.project, fid, position)):
            self._show_slides()  # the drop is refused: show the order as it is

    def duplicate_slide(self) -> None:
        fid = self.list.current_fid()
        if fid is not None:
            before = set(self.list.fids())
            self._make(lambda: edits.duplicate_slide(self.project, fid))
            self._select_new(before)

    def delete_slide(self) -> None:
        fid = self.list.current_fid()
        if fid is not None:
            self._make(lambda: edits.delete_slide(self.project, fid))

    # -- presenting ------------------------------------------------------------------------------
    def _fill_screen_menu(self) -> None:
        """The screens the slides can go to; the choice is remembered (a projector keeps its name)."""
        from PySide6.QtGui import QActionGroup, QGuiApplication

        from clusterdesk.gui.presentation.screens import SCREEN_SETTING, screen_key
        from clusterdesk.gui.settings import app_settings

        self.screen_menu.clear()
        group = QActionGroup(self.screen_menu)
        chosen = app_settings().value(SCREEN_SETTING, "", type=str)
        automatic = translate("SlidesPanel", "Automatic: the largest screen other than this window's")
        screens = QGuiApplication.screens()
        names = [screen_key(screen, i) for i, screen in enumerate(screens)]
        labels = [
            screen.name() or translate("SlidesPanel", "Screen {number}").format(number=i + 1)
            for i, screen in enumerate(screens)
        ]
        for name, label in [("", automatic), *zip(names, labels, strict=True)]:
            action = self.screen_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(name == chosen or (not name and chosen not in names))
            action.triggered.connect(lambda _checked=False, n=name: _remember_screen(n))
            group.addAction(action)

    def present(self, from_current: bool = False) -> None:
        if self.project is None or not self.slides:
            ask.show_info(self, translate("SlidesPanel", "Add slides to the presentation first."))
            return
        from clusterdesk.gui.presentation.show_control import ShowSession

        start = 0
        if from_current and self.list.currentRow() >= 0:
            start = self.list.currentRow()
        language = self.project.connection.execute("SELECT language FROM project_info").fetchone()[0]
        window = self.window()
        screens = None
        window_screen = 0
        handle = window.screen() if window is not None else None
        if handle is not None:
            from PySide6.QtGui import QGuiApplication

            screens = list(QGuiApplication.screens())
            window_screen = screens.index(handle) if handle in screens else 0
        self.session = ShowSession(self.project, list(self.slides), start, language=language, screens=screens,
                                   window_screen=window_screen, parent=self)  # fmt: skip
        self.session.start()


def _remember_screen(name: str) -> None:
    """The screen the next presentation goes to ("" for the automatic choice)."""
    from clusterdesk.gui.presentation.screens import SCREEN_SETTING
    from clusterdesk.gui.settings import app_settings

    app_settings().setValue(SCREEN_SETTING, name)
