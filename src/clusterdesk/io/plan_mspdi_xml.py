"""Access to MS Project XML elements by their plain names: some programs write the namespace, some none,
so the reader removes it from every tag once (`without_namespaces`) and then looks children up by name."""

from __future__ import annotations

import xml.etree.ElementTree as ET


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def without_namespaces(root: ET.Element) -> ET.Element:
    """`root` with the namespace removed from its tag and every descendant's, in place."""
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith("{"):
            element.tag = local(element.tag)
    return root


def child(element: ET.Element | None, name: str) -> ET.Element | None:
    return None if element is None else element.find(name)


def children(element: ET.Element | None, name: str) -> list[ET.Element]:
    return [] if element is None else element.findall(name)


def text(element: ET.Element | None, name: str) -> str | None:
    found = None if element is None else element.find(name)
    return None if found is None or found.text is None else found.text.strip()


def number(element: ET.Element | None, name: str) -> float | None:
    """A numeric element, or None when it is absent or not a number (for what is only reported)."""
    try:
        return float(text(element, name) or "")
    except ValueError:
        return None
