"""Live mode: the window's project is a working copy of a project on the server.

After every command (and undo, redo) the changes are pushed at once, on the GUI thread: one round trip
on a local network, so the next edit never waits for a worker. Others' saves are heard by a background
listener and pulled; the tables they touched are announced on the project's stack.changed, as an undo
would, so the map and panels refresh. When the server is unreachable edits keep going into the working
copy and are sent when it answers again. A change the server refuses for the user's role is undone (or
redone, when the refused change was an undo)."""

from __future__ import annotations

from contextlib import contextmanager

import psycopg
import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.project import Project
from clusterdesk.gui import ask
from clusterdesk.gui.i18n import translate, translate_n
from clusterdesk.gui.server.conflict_dialog import ConflictDialog
from clusterdesk.gui.server.listener_thread import ListenerThread
from clusterdesk.gui.server.live_link import LiveLink
from clusterdesk.gui.server.role_titles import role_title
from clusterdesk.io.server.address import ServerAddress
from clusterdesk.io.server.listener import tables_of
from clusterdesk.io.server.sync import Conflict

RETRY_MS = 5000
UNREACHABLE = (psycopg.OperationalError, psycopg.InterfaceError, ClusterDeskError)
FAILURES = (psycopg.Error, ClusterDeskError)


def is_unreachable(error: BaseException) -> bool:
    """A lost or refused connection, rather than a refusal of the change itself (io.server wraps the
    server's errors in a ServerError whose cause is psycopg's)."""
    cause = error.__cause__ if isinstance(error, ClusterDeskError) and error.__cause__ else error
    return isinstance(cause, psycopg.OperationalError | psycopg.InterfaceError) or (
        isinstance(cause, ClusterDeskError) and cause.__cause__ is None
    )


class TeamSession(QObject):
    message = Signal(str)  # for the status bar
    onlineChanged = Signal(bool)
    sent = Signal()  # after a push: what waits may have changed
    conflictsShown = Signal(object)  # the ConflictDialog

    def __init__(self, window: QWidget, project: Project, address: ServerAddress, role: str | None) -> None:
        super().__init__(window)
        self.window = window
        self.project = project
        self.address = address
        self.role = role
        self.link = LiveLink(project.connection, address, role)
        self.online = True
        self.dialog: ConflictDialog | None = None
        self._quiet = False
        self.stopped = False  # the project is closed: queued notices and timers find nothing to do
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.reconnect)
        try:
            self.link.connect()
        except UNREACHABLE:
            self._went_offline()
        project.stack.changed.connect(self._after_command)
        self.listener = ListenerThread(address, self.link.schema, self)
        self.listener.heard.connect(self._on_heard)
        self.listener.lost.connect(lambda _reason: self._went_offline())
        self.listener.back.connect(self.reconnect)
        self.listener.start()

    def stop(self) -> None:
        self.stopped = True
        self.retry_timer.stop()
        self.project.stack.changed.disconnect(self._after_command)
        self.listener.stop()
        self.link.close()
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reject()

    @contextmanager
    def _quietly(self):
        """Stack changes made inside (refreshes, undoing a refused change) are not pushed."""
        self._quiet, before = True, self._quiet
        try:
            yield
        finally:
            self._quiet = before

    # -- sending ---------------------------------------------------------------------------------
    def _after_command(self, tables: set[str]) -> None:
        if tables and not self._quiet and not self.stopped:
            self.link.seal()  # the command is one unit, sent now or when the server is back
            self.push()

    def push(self) -> bool:
        """Send what waits; True when nothing is left waiting (sent, or nothing to send)."""
        if not self.online:
            self._note_waiting()
            return False
        try:
            result = self.link.push()
        except FAILURES as error:
            if is_unreachable(error):
                self._went_offline()
            else:
                self._refused(error)
            return False
        if getattr(result, "renumbered", None):  # rows moved to new fids: the undo history names old ones
            self.project.stack.clear()
        if result.conflicts:
            self.show_conflicts(result.conflicts)
        self.sent.emit()
        return not result.conflicts

    def unsent(self) -> int:
        """How many rows changed here wait to be sent (a lost connection, a conflict)."""
        return 0 if self.stopped else self.link.pending_count()

    def _note_waiting(self) -> None:
        waiting = self.link.pending_count()
        self.message.emit(
            translate_n(
                "TeamSession",
                "The server cannot be reached: %n change(s) wait in this copy and are sent when it is back.",
                waiting,
            )
        )

    def _refused(self, error: Exception) -> None:
        """The server refused the change (the role may not make it, or it breaks a rule of the
        project): it is undone here, so the copy and the server agree again."""
        stack = self.project.stack
        from_undo = stack.last_step == "undo"  # the refused change was an undo: it is redone
        reverted = stack.redo_label if from_undo else stack.undo_label
        with self._quietly():
            if from_undo and stack.can_redo:
                stack.redo()
            elif not from_undo and stack.can_undo:
                stack.undo()
        try:
            self.link.forget_unchanged()  # the undo left those rows as the server has them
            self.link.push()  # anything else that waited
        except FAILURES:
            pass
        self.sent.emit()
        cause = error.__cause__ if isinstance(error, ClusterDeskError) and error.__cause__ else error
        if isinstance(cause, psycopg.errors.InsufficientPrivilege):
            message = translate(
                "TeamSession", "The server refused this change: your role ({role}) may not make it."
            ).format(role=role_title(self.role))
        else:
            message = translate("TeamSession", "The server refused this change.")
        reason = str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
        if from_undo:
            details = translate(
                "TeamSession",
                "Undoing “{action}” was reverted in your copy: the change is back. Server's reason: {reason}",
            )
        else:
            details = translate(
                "TeamSession", "“{action}” was undone in your copy. Server's reason: {reason}"
            )
        ask.show_error(self.window, message, details.format(action=reverted or "", reason=reason))

    # -- receiving -------------------------------------------------------------------------------
    def _on_heard(self, notices: list) -> None:
        if self.stopped:
            return
        if not self.online:
            self.reconnect()
            return
        who = sorted({notice.by for notice in notices})
        self.pull(", ".join(who), tables_of(notices))

    def pull(self, who: str = "", _tables: set[str] | None = None) -> int:
        try:
            result = self.link.pull()
        except FAILURES as error:
            if is_unreachable(error):
                self._went_offline()
            else:
                self.message.emit(str(error))
            return 0
        if result.tables:
            self._announce(result.tables)
        if result.pulled:
            self.message.emit(
                translate_n(
                    "TeamSession", "%n change(s) by {who} arrived from the server.", result.pulled
                ).format(who=who or translate("TeamSession", "another user"))
            )
        if result.conflicts:
            self.show_conflicts(result.conflicts)
        return result.pulled

    def _announce(self, tables: set[str]) -> None:
        """The window shows `tables` again, as after an undo (nothing is pushed back)."""
        self.project.session.expire_all()
        with self._quietly():
            self.project.stack.changed.emit(set(tables))

    # -- reachability ----------------------------------------------------------------------------
    def _went_offline(self) -> None:
        if self.stopped:
            return
        self.link.close()
        if self.online:
            self.online = False
            self.onlineChanged.emit(False)
        self._note_waiting()
        if not self.retry_timer.isActive():
            self.retry_timer.start()

    def reconnect(self) -> bool:
        if self.stopped:
            return False
        try:
            self.link.connect()
        except UNREACHABLE:
            return False
        self.retry_timer.stop()
        was_offline = not self.online
        self.online = True
        if was_offline:
            self.onlineChanged.emit(True)
        sent = self.push()
        self.pull()
        if was_offline and self.online:
            self.message.emit(
                translate("TeamSession", "The server is back: your changes were sent.")
                if sent
                else translate("TeamSession", "The server is back.")
            )
        return True

    # -- conflicts -------------------------------------------------------------------------------
    def show_conflicts(self, conflicts: list[Conflict]) -> ConflictDialog:
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            known = set().union(*(c.row_keys() for c in self.dialog.conflicts))
            self.dialog.conflicts += [c for c in conflicts if not c.row_keys() & known]
            self.dialog._fill()
            return self.dialog
        self.dialog = ConflictDialog(conflicts, self.resolve, self.window)
        self.dialog.finished.connect(lambda _result: self.sent.emit())
        self.dialog.open()
        self.conflictsShown.emit(self.dialog)
        return self.dialog

    def resolve(self, conflict: Conflict, keep: str) -> Conflict | None:
        again = self.link.resolve(conflict, keep)
        if keep == "theirs" or again is not None:
            self._announce({table for table, _fid in conflict.row_keys()})
        return again
