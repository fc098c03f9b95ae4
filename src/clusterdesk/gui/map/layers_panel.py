"""The layers panel: visibility, order and opacity of map layers, a legend of stakeholder kinds with
their symbols and counts (unticking a kind hides it from the map), and the options of the stakeholder
layer (sizing firms by employees, colouring institutions by capacity score with its legend, colouring
firms by a survey answer, gui.map.answer_options)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QLinearGradient, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.capacity import SCALE_MAX, SCALE_MIN
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.symbology import relation_style, stakeholder_style
from clusterdesk.core.vocabulary import RELATION_KINDS, STAKEHOLDER_KINDS
from clusterdesk.core.vocabulary_labels import kind_label, relation_label
from clusterdesk.gui.i18n import interface_language, translate, translate_n
from clusterdesk.gui.map.canvas import MapCanvas
from clusterdesk.gui.map.check_indicators import VisibleCheckStyle
from clusterdesk.gui.map.osm_extract_action import install_osm_extract_button, is_removable
from clusterdesk.gui.map.wrapped_names import WrappedNameDelegate
from clusterdesk.gui.plain_text import literal_text, plain_label
from clusterdesk.render.renderer import BASEMAP, BOUNDARIES, LABELS, OSM, RELATIONS, STAKEHOLDERS, LayerState
from clusterdesk.render.score_colours import SCORED_OUTLINE, score_colour
from clusterdesk.render.score_symbols import INCOMPLETE, paint_score_symbol
from clusterdesk.render.symbols import paint_symbol

ICON_SIZE = 14  # small enough that every layer and kind of a sample shows on a laptop without scrolling
LAYER_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
RELATION_KIND_ROLE = Qt.ItemDataRole.UserRole + 2
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3
MIN_VISIBLE_ROWS = 6  # the list never shrinks below this many rows when other panels share the side


def relation_icon(kind: str, size: int = ICON_SIZE) -> QIcon:
    style = relation_style(kind)
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    dash = {"dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}.get(style.dash, Qt.PenStyle.SolidLine)
    painter.setPen(QPen(QColor(style.colour), 2.0, dash))
    painter.drawLine(QPointF(1, size - 4), QPointF(size - 2, 4))
    painter.end()
    return QIcon(QPixmap.fromImage(image))


def kind_icon(kind: str, size: int = ICON_SIZE) -> QIcon:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_symbol(painter, stakeholder_style(kind), size * 0.8, size / 2, size / 2)
    painter.end()
    return QIcon(QPixmap.fromImage(image))


def layer_title(state: LayerState) -> str:
    """The title of a built-in layer in the interface language; a tile file keeps its own name."""
    titles = {
        BASEMAP: translate("LayersPanel", "Natural Earth basemap"),
        OSM: translate("LayersPanel", "OpenStreetMap (online)"),
        BOUNDARIES: translate("LayersPanel", "Cluster boundaries"),
        RELATIONS: translate("LayersPanel", "Relations"),
        STAKEHOLDERS: translate("LayersPanel", "Stakeholders"),
        LABELS: translate("LayersPanel", "Labels"),
    }
    return titles.get(state.id, state.title)


class ScoreLegend(QWidget):
    """The capacity score scale as drawn on the map: a red-to-green bar from 1 to 5, and the hollow grey
    symbol of institutions whose assessments are not yet complete."""

    BAR_HEIGHT = 10
    MARGIN = 8

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt signature
        line = self.fontMetrics().height()
        return QSize(200, self.BAR_HEIGHT + 2 * line + 10)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt signature
        return QSize(140, self.sizeHint().height())

    @staticmethod
    def incomplete_text() -> str:
        """What the hollow grey symbol means, drawn beside it."""
        return translate("ScoreLegend", "not yet complete (hollow)")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt signature
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        left, right = self.MARGIN, self.width() - self.MARGIN
        bar = QRectF(left, 2, right - left, self.BAR_HEIGHT)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        # The scale is linear between its ends and its middle, so three stops draw it exactly.
        for stop in (0.0, 0.5, 1.0):
            gradient.setColorAt(stop, score_colour(SCALE_MIN + stop * (SCALE_MAX - SCALE_MIN)))
        painter.setPen(QPen(QColor(SCORED_OUTLINE), 1.0))
        painter.setBrush(gradient)
        painter.drawRect(bar)
        painter.setPen(self.palette().windowText().color())
        for value in range(SCALE_MIN, SCALE_MAX + 1):
            x = bar.left() + bar.width() * (value - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)
            painter.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 3))
            text = str(value)
            width = metrics.horizontalAdvance(text)
            x_text = min(max(x - width / 2, 0), self.width() - width)
            painter.drawText(QPointF(x_text, bar.bottom() + 3 + metrics.ascent()), text)
        symbol_y = bar.bottom() + 6 + line + line / 2
        paint_score_symbol(painter, "business_association", INCOMPLETE, line * 0.6, left + line / 2, symbol_y)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            QPointF(left + line + 4, symbol_y - line / 2 + metrics.ascent()), self.incomplete_text()
        )
        painter.end()


class FittedScrollArea(QScrollArea):
    """Scrolls its contents up and down only: as wide as they need, as tall as they ask while there is
    room, and down to a few lines when there is not."""

    MIN_LINES = 4

    def __init__(self, contents: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(contents)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        contents.installEventFilter(self)  # an option shown or hidden inside changes the height asked

        self.verticalScrollBar().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt signature
        kinds = (QEvent.Type.LayoutRequest, QEvent.Type.Show, QEvent.Type.Hide)
        if watched in (self.widget(), self.verticalScrollBar()) and event.type() in kinds:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt signature
        hint = self.widget().sizeHint()
        return QSize(self.minimumSizeHint().width(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt signature
        # room for the scroll bar only while it shows: the panel stays narrow when nothing scrolls
        bar = self.verticalScrollBar()
        scroll_bar = bar.sizeHint().width() if bar.isVisible() else 0
        return QSize(
            self.widget().minimumSizeHint().width() + scroll_bar, self.fontMetrics().height() * self.MIN_LINES
        )


def _arrow_button(arrow: Qt.ArrowType, text: str, parent: QWidget) -> QToolButton:
    """A small arrow button; its text names it for tooltips, tests and screen readers."""
    button = QToolButton(parent)
    button.setArrowType(arrow)
    button.setText(text)
    button.setAccessibleName(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    return button


class LayersPanel(QWidget):
    def __init__(self, canvas: MapCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.tree.setRootIsDecorated(True)
        self.tree.setStyle(VisibleCheckStyle(self.tree))  # unticked boxes must show on white
        self.tree.setItemDelegate(WrappedNameDelegate(self.tree))  # long kind names on two lines
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.itemExpanded.connect(lambda _item: self._share_height())
        self.tree.itemCollapsed.connect(lambda _item: self._share_height())
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemDoubleClicked.connect(self._zoom_to_item)
        self.tree.setToolTip(translate("LayersPanel", "Tick to show, double-click to zoom to a layer"))
        # arrows beside the opacity: one line less under the list, which keeps every layer in sight
        self.up = _arrow_button(Qt.ArrowType.UpArrow, translate("LayersPanel", "Up"), self)
        self.down = _arrow_button(Qt.ArrowType.DownArrow, translate("LayersPanel", "Down"), self)
        self.add_tiles = QPushButton(translate("LayersPanel", "Add tile file…"), self)
        self.remove = QPushButton(translate("LayersPanel", "Remove"), self)
        self.up.setToolTip(translate("LayersPanel", "Draw the chosen layer above the one over it"))
        self.down.setToolTip(translate("LayersPanel", "Draw the chosen layer below the one under it"))
        self.add_tiles.setToolTip(
            translate("LayersPanel", "Add a local MBTiles or GeoPackage tile file as a basemap")
        )
        self.remove.setToolTip(translate("LayersPanel", "Remove the chosen tile file from the map"))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.add_tiles.clicked.connect(self.choose_tile_file)
        self.remove.clicked.connect(self._remove_current)
        self.opacity = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity.setRange(0, 100)
        self.opacity.setToolTip(translate("LayersPanel", "Opacity of the chosen layer"))
        self.opacity.valueChanged.connect(self._on_opacity)
        self.size_by_employees = QCheckBox(translate("LayersPanel", "Size firms by employees"), self)
        self.size_by_employees.toggled.connect(canvas.set_size_by_employees)
        self.colour_by_capacity = QCheckBox(
            translate("LayersPanel", "Colour institutions by capacity score"), self
        )
        self.colour_by_capacity.setToolTip(
            translate(
                "LayersPanel",
                "Fill each assessed support institution with the colour of its overall score from its latest "
                "complete assessment round",
            )
        )
        self.colour_by_capacity.setChecked(canvas.renderer.colour_by_capacity)
        self.colour_by_capacity.toggled.connect(self._on_colour_by_capacity)
        self.score_legend = ScoreLegend(self)
        self.score_summary = plain_label(parent=self)
        self.score_summary.setWordWrap(True)
        from clusterdesk.gui.map.answer_options import AnswerColouringOptions  # firms by a survey answer

        self.answer_options = AnswerColouringOptions(canvas, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_tiles, 1)
        buttons.addWidget(self.remove, 1)
        opacity_row = QHBoxLayout()
        opacity_row.addWidget(QLabel(translate("LayersPanel", "Opacity"), self))
        opacity_row.addWidget(self.opacity, 1)
        opacity_row.addWidget(self.up)
        opacity_row.addWidget(self.down)
        # The options under the list scroll when the side is short, so the list keeps its rows
        options = QWidget(self)
        layout = QVBoxLayout(options)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)  # a dense block, as QGIS's layer options are
        layout.addLayout(opacity_row)
        layout.addWidget(self.size_by_employees)
        layout.addWidget(self.colour_by_capacity)
        layout.addWidget(self.score_legend)
        layout.addWidget(self.score_summary)
        layout.addWidget(self.answer_options)
        layout.addLayout(buttons)
        self.osm_extract = install_osm_extract_button(self, canvas, layout)
        self.options = FittedScrollArea(options, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(self.tree, 1)
        outer.addWidget(self.options)
        self._updating = False
        canvas.layersChanged.connect(self.refresh)
        self.refresh()

    # -- contents --------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._updating:
            return
        renderer = self.canvas.renderer
        current = self.current_layer()
        counts = renderer.data.kind_counts() if renderer.data is not None else {}
        relation_counts = renderer.data.relation_kind_counts() if renderer.data is not None else {}
        self._updating = True
        self.tree.clear()
        language, locale = interface_language(), QLocale()
        # Top of the list draws on top, as in QGIS.
        for state in reversed(renderer.layers):
            item = QTreeWidgetItem([layer_title(state), ""])
            item.setData(0, LAYER_ROLE, state.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if state.visible else Qt.CheckState.Unchecked)
            self.tree.addTopLevelItem(item)
            if state.id == STAKEHOLDERS:
                for kind in STAKEHOLDER_KINDS:
                    count, label = counts.get(kind, 0), kind_label(kind, language)
                    child = QTreeWidgetItem([label, locale.toString(count)])
                    child.setToolTip(0, label)  # the whole label where a narrow panel shortens it
                    child.setIcon(0, kind_icon(kind))
                    child.setData(0, KIND_ROLE, kind)
                    child.setData(1, COUNT_ROLE, count)
                    child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    hidden = kind in renderer.hidden_kinds
                    child.setCheckState(0, Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked)
                    item.addChild(child)
                item.setExpanded(True)
            if state.id == RELATIONS:
                for kind in RELATION_KINDS:
                    count, label = relation_counts.get(kind, 0), relation_label(kind, language)
                    child = QTreeWidgetItem([label, locale.toString(count)])
                    child.setToolTip(0, label)
                    child.setIcon(0, relation_icon(kind))
                    child.setData(0, RELATION_KIND_ROLE, kind)
                    child.setData(1, COUNT_ROLE, count)
                    child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    hidden = kind in renderer.hidden_relation_kinds
                    child.setCheckState(0, Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked)
                    item.addChild(child)
            if state.id == current:
                self.tree.setCurrentItem(item)
        if current is None:  # nothing chosen yet: no row should look selected
            self.tree.setCurrentItem(None)
            self.tree.clearSelection()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        self._updating = False
        self._keep_rows_visible()
        self._on_current_changed(self.tree.currentItem(), None)
        self._show_score_legend()
        self.answer_options.refresh()

    def _keep_rows_visible(self) -> None:
        """Every layer in view, and at least MIN_VISIBLE_ROWS rows, however many panels share the side."""
        rows = max(MIN_VISIBLE_ROWS, self.tree.topLevelItemCount())
        row = self.tree.sizeHintForRow(0) if self.tree.topLevelItemCount() else 0
        row = max(row, self.tree.fontMetrics().height() + 4)
        frame = 2 * self.tree.frameWidth()
        self.tree.setMinimumHeight(rows * row + frame)
        self._share_height()

    def list_height(self) -> int:
        """How tall the list is with every row it has open in sight, wrapped names included."""
        self.tree.doItemsLayout()
        height, item = 2 * self.tree.frameWidth(), self.tree.topLevelItem(0)
        while item is not None:
            height += self.tree.visualItemRect(item).height() or self.tree.sizeHintForRow(0)
            item = self.tree.itemBelow(item)
        return height

    def _share_height(self) -> None:
        """The list first: all its rows while the side has room for them, the options under it scroll in
        what is left (the list keeps its minimum of rows when the side is short)."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        margins = layout.contentsMargins()
        room = self.height() - margins.top() - margins.bottom() - layout.spacing()
        least = self.options.minimumSizeHint().height()
        cap = max(least, room - self.list_height())
        if cap != self.options.maximumHeight():
            self.options.setMaximumHeight(cap)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt signature
        super().resizeEvent(event)
        self._share_height()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt signature
        super().showEvent(event)
        self._share_height()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # posted when an option under the list shows or hides
            self._share_height()
        return handled

    def _show_score_legend(self) -> None:
        """The legend and a count of what the map shows, only while institutions are coloured by score."""
        renderer = self.canvas.renderer
        shown = renderer.colour_by_capacity
        self.score_legend.setVisible(shown)
        self.score_summary.setVisible(shown)
        if not shown:
            return
        scores = renderer.data.scores.by_fid if renderer.data is not None else {}
        incomplete = sum(1 for value in scores.values() if value is None)
        self.score_summary.setText(self.score_text(len(scores) - incomplete, incomplete))

    def score_text(self, scored: int, incomplete: int) -> str:
        """How many institutions the map colours by score and how many are not yet completely assessed."""
        if not scored and not incomplete:
            return translate("LayersPanel", "No institution has been assessed yet (Capacity panel).")
        if not scored:
            return translate_n("LayersPanel", "%n institution(s) assessed, no round complete yet", incomplete)
        text = translate_n("LayersPanel", "%n institution(s) scored", scored)
        if incomplete:
            text = translate_n("LayersPanel", "{scored}, %n not yet complete", incomplete).format(scored=text)
        return text

    def current_layer(self) -> str | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return item.data(0, LAYER_ROLE) or (item.parent().data(0, LAYER_ROLE) if item.parent() else None)

    def legend(self) -> list[tuple[str, int]]:
        """(stakeholder kind label, count) rows as shown (for tests and reports)."""
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, LAYER_ROLE) != STAKEHOLDERS:
                continue
            for j in range(item.childCount()):
                child = item.child(j)
                rows.append((child.text(0), int(child.data(1, COUNT_ROLE))))
        return rows

    # -- reactions -------------------------------------------------------------------------------
    def _on_colour_by_capacity(self, enabled: bool) -> None:
        self.canvas.set_colour_by_capacity(enabled)
        self._show_score_legend()

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._updating or column != 0:
            return
        checked = item.checkState(0) == Qt.CheckState.Checked
        kind = item.data(0, KIND_ROLE)
        relation_kind = item.data(0, RELATION_KIND_ROLE)
        # The tree already shows the change; rebuilding it now would delete the item being handled.
        self._updating = True
        try:
            if kind:
                self.canvas.set_kind_visible(kind, checked)
            elif relation_kind:
                self.canvas.set_relation_kind_visible(relation_kind, checked)
            else:
                self.canvas.set_layer_visible(item.data(0, LAYER_ROLE), checked)
        finally:
            self._updating = False

    def _on_current_changed(self, item: QTreeWidgetItem | None, _previous) -> None:
        layer_id = self.current_layer()
        enabled = layer_id is not None
        for widget in (self.up, self.down, self.opacity):
            widget.setEnabled(enabled)
        self.remove.setEnabled(is_removable(layer_id))
        self.opacity.blockSignals(True)
        self.opacity.setValue(round(self.canvas.renderer.layer(layer_id).opacity * 100) if enabled else 100)
        self.opacity.blockSignals(False)

    def _zoom_to_item(self, item: QTreeWidgetItem, _column: int) -> None:
        layer_id = self.current_layer()
        if item.data(0, KIND_ROLE) or layer_id in ("stakeholders", "labels", "relations"):
            self.canvas.zoom_to_layer("stakeholders")
        elif layer_id == "boundaries":
            self.canvas.zoom_to_layer("boundaries")

    def _on_opacity(self, value: int) -> None:
        layer_id = self.current_layer()
        if layer_id is not None:
            self.canvas.set_layer_opacity(layer_id, value / 100)

    def _move(self, direction: int) -> None:
        """Up (-1) in the list means later in drawing order."""
        layer_id = self.current_layer()
        if layer_id is None:
            return
        layers = self.canvas.renderer.layers
        index = next(i for i, s in enumerate(layers) if s.id == layer_id)
        self.canvas.move_layer(layer_id, max(0, index - direction))

    def _remove_current(self) -> None:
        layer_id = self.current_layer()
        if is_removable(layer_id):
            self.canvas.remove_layer(layer_id)

    def choose_tile_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("LayersPanel", "Add a tile basemap"),
            "",
            translate("LayersPanel", "Tile files (*.mbtiles *.gpkg);;All files (*)"),
        )
        if path:
            self.add_tile_file(path)

    def add_tile_file(self, path: str) -> str | None:
        try:
            return self.canvas.add_tile_file(path)
        except ClusterDeskError as error:
            QMessageBox.warning(
                self, translate("LayersPanel", "Cannot add the tile file"), literal_text(str(error))
            )
            return None
