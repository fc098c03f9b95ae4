"""Namespace-blind access to MS Project XML elements: some programs write the namespace, some none."""

from __future__ import annotations

import xml.etree.ElementTree as ET


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def child(element: ET.Element | None, name: str) -> ET.Element | None:
    if element is None:
        return None
    return next((c for c in element if local(c.tag) == name), None)


def children(element: ET.Element | None, name: str) -> list[ET.Element]:
    return [] if element is None else [c for c in element if local(c.tag) == name]


def text(element: ET.Element | None, name: str) -> str | None:
    found = child(element, name)
    return None if found is None or found.text is None else found.text.strip()


def number(element: ET.Element | None, name: str) -> float | None:
    """A numeric element, or None when it is absent or not a number (for what is only reported)."""
    try:
        return float(text(element, name) or "")
    except ValueError:
        return None
