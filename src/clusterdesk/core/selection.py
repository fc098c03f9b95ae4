"""The set of selected stakeholders, shared by the map, the registry and every other view."""

from __future__ import annotations

from collections.abc import Iterable

from clusterdesk.core.events import Event


class Selection:
    def __init__(self) -> None:
        self._fids: frozenset[int] = frozenset()
        self.changed = Event()  # emitted with (fids: frozenset[int], source: object | None)

    @property
    def fids(self) -> frozenset[int]:
        return self._fids

    def __len__(self) -> int:
        return len(self._fids)

    def __contains__(self, fid: int) -> bool:
        return fid in self._fids

    def set(self, fids: Iterable[int], source: object | None = None) -> None:
        """Replace the selection; `source` lets the view that made the change ignore its own echo."""
        new = frozenset(int(f) for f in fids)
        if new != self._fids:
            self._fids = new
            self.changed.emit(new, source)

    def add(self, fids: Iterable[int], source: object | None = None) -> None:
        self.set(self._fids | set(fids), source)

    def toggle(self, fids: Iterable[int], source: object | None = None) -> None:
        self.set(self._fids ^ set(fids), source)

    def clear(self, source: object | None = None) -> None:
        self.set((), source)

    def discard_missing(self, existing: Iterable[int]) -> None:
        """Drop fids that no longer exist (after a delete or an undo of an add)."""
        self.set(self._fids & set(existing))
