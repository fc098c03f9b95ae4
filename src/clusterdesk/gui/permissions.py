"""What the window lets the user change, area by area, and why not.

By default everything is editable. In team mode the server controller refuses the areas the user's role
may not write (an editor: governance and plan budgets), each with the reason; panels and dialogs put
their controls of an area behind a `ControlGate`, which disables them with the reason as their tooltip
and enables them again (with their own tooltips) when the area becomes editable. The server enforces the
roles anyway: this only keeps the window from offering edits that would be refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

GOVERNANCE = "governance"  # the governance structure, meetings, maturity and phase-out ticks
PLAN_BUDGETS = "plan_budgets"  # the budgets of the action plan's tasks


class Permissions(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reasons: dict[str, str] = {}

    def set_refused(self, reasons: dict[str, str]) -> None:
        """Refuse the areas named, each with the reason shown to the user; the others are editable."""
        if reasons != self._reasons:
            self._reasons = dict(reasons)
            self.changed.emit()

    def editable(self, area: str) -> bool:
        return area not in self._reasons

    def reason(self, area: str) -> str:
        return self._reasons.get(area, "")


def window_permissions(widget: QWidget) -> Permissions | None:
    """The permissions of the main window `widget` is in (made on first use), or None while it is in
    none (everything is then editable)."""
    top = widget
    while top.parentWidget() is not None:
        top = top.parentWidget()
    if not isinstance(top, QMainWindow):
        return None
    found = getattr(top, "permissions", None)
    if not isinstance(found, Permissions):
        found = Permissions(top)
        top.permissions = found
    return found


def editable(widget: QWidget, area: str) -> tuple[bool, str]:
    """(editable, reason when not) for `area` in the window of `widget`."""
    permissions = window_permissions(widget)
    if permissions is None or permissions.editable(area):
        return True, ""
    return False, permissions.reason(area)


class ControlGate(QObject):
    """Keeps `controls` (a list, or a callable giving it) enabled only while `area` is editable in the
    window of `owner`; follows the owner into a window and every change of the permissions."""

    def __init__(
        self, owner: QWidget, area: str, controls: Iterable[QWidget] | Callable[[], Iterable[QWidget]]
    ) -> None:
        super().__init__(owner)  # destroyed with the owner, and disconnected with it
        self.owner = owner
        self.area = area
        self._controls = controls
        self._tips: dict[QWidget, str] = {}
        self._watched: Permissions | None = None
        owner.installEventFilter(self)
        self.apply()

    def controls(self) -> list[QWidget]:
        return list(self._controls() if callable(self._controls) else self._controls)

    def apply(self) -> None:
        permissions = window_permissions(self.owner)
        if permissions is not None and permissions is not self._watched:
            if self._watched is not None:
                self._watched.changed.disconnect(self.apply)
            permissions.changed.connect(self.apply)
            self._watched = permissions
        allowed, reason = editable(self.owner, self.area)
        for control in self.controls():
            tip = self._tips.setdefault(control, control.toolTip())
            control.setEnabled(allowed)
            control.setToolTip(tip if allowed else reason)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.owner and event.type() in (QEvent.Type.ParentChange, QEvent.Type.Show):
            self.apply()
        return False
