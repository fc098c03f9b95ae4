"""The Checks panel: the project's health-check findings with how to fix each, "Go to" the row a finding is
about, "Silence…" with a reason (an undoable command), "Show silenced" and "Run again".

The checks run on the worker thread with a read-only connection of their own to the working copy, after a
project opens (the window's status bar then says how many errors were found, never a dialog) and, while
the panel is shown, after every change; a hidden panel runs them again when it is next shown. Given the
window's canvas (`after_paint`), the checks of a project just opened wait for its first painted map, so
that they do not compete with it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.analysis.health_checks import CheckReport, Finding, run_checks
from clusterdesk.core.check_silence_edits import lift_silence, silence_finding
from clusterdesk.core.errors import ClusterDeskError, CorruptProjectError
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui import ask
from clusterdesk.gui.checks.after_paint import AfterFirstMapPaint
from clusterdesk.gui.checks.findings_model import CHECK, MESSAGE, REASON, SEVERITY, FindingsModel
from clusterdesk.gui.form_parts import ERROR_STYLE, push_button
from clusterdesk.gui.i18n import interface_language, translate, translate_n
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.worker import Task
from clusterdesk.gui.workspace_listeners import follow_workspace

RERUN_DELAY_MS = 400  # edits come in bursts (a drag, an import): check once they settle


def check_working_copy(working_path: Path, language: str) -> CheckReport:
    """Every check on the working copy, through a read-only connection of this thread's own."""
    uri = f"{Path(working_path).resolve().as_uri()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True)
    try:
        return run_checks(connection, language)
    finally:
        connection.close()


class ChecksPanel(QWidget):
    checked = Signal(object)  # the CheckReport of the open project, after each run
    opened = Signal()  # another project (or none) is open: its first report is the one to announce
    damaged = Signal(str)  # the file opened is damaged (its page check failed): what to tell the user

    def __init__(
        self,
        workspace: Workspace,
        go_to: Callable[[str, int], None],
        parent: QWidget | None = None,
        *,
        after_paint: AfterFirstMapPaint | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self.go_to_row = go_to
        self.after_paint = after_paint
        self.report: CheckReport | None = None
        self.task: Task | None = None
        self._stale = False
        self._timer = QTimer(self, singleShot=True, interval=RERUN_DELAY_MS)
        self._timer.timeout.connect(self.run)

        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.run_button = push_button(
            translate("ChecksPanel", "Run again"),
            translate("ChecksPanel", "Check the project again"),
            self.run,
        )
        self.go_button = push_button(
            translate("ChecksPanel", "Go to"),
            translate("ChecksPanel", "Show the row this finding is about in its panel or on the map"),
            self.go_to_selected,
        )
        self.silence_button = push_button(
            translate("ChecksPanel", "Silence…"),
            translate("ChecksPanel", "Stop reporting this finding, with the reason why (can be undone)"),
            self.silence_selected,
        )
        self.lift_button = push_button(
            translate("ChecksPanel", "Report again"),
            translate("ChecksPanel", "Lift the silence: report this finding again"),
            self.lift_selected,
        )
        self.show_silenced = QCheckBox(translate("ChecksPanel", "Show silenced"))
        self.show_silenced.toggled.connect(lambda _on: self._show())
        bar = QHBoxLayout()
        for widget in (self.run_button, self.go_button, self.silence_button, self.lift_button):
            bar.addWidget(widget)
        bar.addWidget(self.show_silenced)
        bar.addStretch(1)

        self.model = FindingsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHECK, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Interactive)
        reason_title = self.model.headerData(REASON, Qt.Orientation.Horizontal)  # its whole title shows
        header.resizeSection(REASON, max(160, header.fontMetrics().horizontalAdvance(reason_title) + 24))
        self.table.doubleClicked.connect(lambda _index: self.go_to_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())

        self.fix = plain_label()
        self.fix.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.fix)
        layout.addWidget(self.message)
        follow_workspace(self, workspace, self._on_project_changed, self._on_state_changed)
        self._show()

    # -- running ---------------------------------------------------------------------------------
    def run(self) -> None:
        """Check the open project on the worker thread; the answer replaces the findings shown."""
        self._timer.stop()
        self._stale = False
        if self.after_paint is not None:
            self.after_paint.cancel()
        project = self.workspace.project
        if self.task is not None:
            self.task.cancel()
            self.task = None
        if project is None:
            self.report = None
            self._show()
            return
        path, language = project.working_path, interface_language()

        def check(_progress, _cancel) -> CheckReport:
            project.wait_for_page_check()  # a damaged file is reported, not checked
            return check_working_copy(path, language)

        task = Task(check, translate("ChecksPanel", "Checking the project"), self)
        task.succeeded.connect(lambda report, t=task: self._checked(t, report))
        task.failed.connect(lambda error, _details, t=task: self._failed(t, error))
        self.task = task
        self.summary.setText(translate("ChecksPanel", "Checking…"))
        task.start()

    def _checked(self, task: Task, report: CheckReport) -> None:
        if task is not self.task:
            return  # a project or an edit since made that answer out of date
        self.task = None
        self.report = report
        self._show()
        self.checked.emit(report)

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is not self.task:
            return
        self.task = None
        if isinstance(error, CorruptProjectError):
            self.summary.setText(str(error))  # in the messages language, as opening would have said it
            self.damaged.emit(str(error))
            return
        self.summary.setText(
            translate("ChecksPanel", "The checks could not run: {error}").format(error=error)
        )

    def _on_project_changed(self, _project) -> None:
        self.report = None
        self.opened.emit()
        self._show()
        # on open, shown or not: the status bar reports the errors; a map to paint goes first
        if self.after_paint is not None and self.workspace.project is not None:
            if self.task is not None:
                self.task.cancel()
                self.task = None
            self.after_paint.call_after_paint(self.run)
        else:
            self.run()

    def _on_state_changed(self, tables: set[str]) -> None:
        if not tables or self.workspace.project is None:
            return
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._stale:
            self.run()
        super().showEvent(event)

    # -- showing ---------------------------------------------------------------------------------
    def _show(self) -> None:
        report = self.report
        self.model.show_report(report, self.show_silenced.isChecked())
        self.table.resizeRowsToContents()
        if report is None:
            self.summary.setText(
                "" if self.workspace.project is None else translate("ChecksPanel", "Checking…")
            )
        elif not report.findings:
            self.summary.setText(translate("ChecksPanel", "No problems found."))
        else:
            parts = [
                translate_n("ChecksPanel", "%n error(s)", report.count("error")),
                translate_n("ChecksPanel", "%n warning(s)", report.count("warning")),
                translate_n("ChecksPanel", "%n note(s)", report.count("info")),
            ]
            self.summary.setText(" · ".join(parts))
        if report is not None and report.silenced:
            self.show_silenced.setText(translate_n("ChecksPanel", "Show silenced (%n)", len(report.silenced)))
        else:
            self.show_silenced.setText(translate("ChecksPanel", "Show silenced"))
        self._show_selected()

    def selected(self) -> Finding | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.finding(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _show_selected(self) -> None:
        finding = self.selected()
        self.go_button.setEnabled(finding is not None and finding.go_to is not None)
        self.silence_button.setEnabled(finding is not None and not finding.silenced)
        self.lift_button.setEnabled(finding is not None and finding.silenced)
        if finding is None:
            self.fix.setText("")
        elif finding.silenced:
            self.fix.setText(
                translate("ChecksPanel", "Silenced because: {reason}").format(reason=finding.reason)
            )
        else:
            self.fix.setText(translate("ChecksPanel", "How to fix: {fix}").format(fix=finding.fix))

    # -- actions ---------------------------------------------------------------------------------
    def go_to_selected(self) -> None:
        finding = self.selected()
        if finding is not None and finding.go_to is not None:
            self.go_to_row(*finding.go_to)

    def silence_selected(self) -> None:
        finding = self.selected()
        project = self.workspace.project
        if finding is None or finding.silenced or project is None:
            return
        reason = ask.text(
            self,
            translate("ChecksPanel", "Silence a finding"),
            translate(
                "ChecksPanel", "Why does this finding not need fixing? The reason is kept in the project."
            ),
        )
        if reason is None:
            return
        self._push(lambda: silence_finding(project, finding.check, finding.target, reason))

    def lift_selected(self) -> None:
        finding = self.selected()
        project = self.workspace.project
        if finding is not None and finding.silenced and project is not None:
            self._push(lambda: lift_silence(project, finding.check, finding.target))

    def _push(self, make) -> None:
        try:
            self.workspace.project.stack.push(make())
        except ClusterDeskError as error:
            self.message.setText(str(error))
            self.message.show()
            return
        self.message.hide()
        self.run()  # at once: the user waits to see the finding move
