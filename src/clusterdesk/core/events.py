"""A minimal observer, so core objects can announce changes without knowing who listens (Qt or not)."""

from __future__ import annotations

from collections.abc import Callable


class Event:
    def __init__(self) -> None:
        self._listeners: list[Callable] = []

    def connect(self, listener: Callable) -> None:
        if listener not in self._listeners:
            self._listeners.append(listener)

    def disconnect(self, listener: Callable) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, *args) -> None:
        for listener in list(self._listeners):
            listener(*args)
