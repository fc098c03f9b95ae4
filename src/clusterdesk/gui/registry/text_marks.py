"""Marking texts for the window's catalogues where pyside6-lupdate cannot see the call that translates them.

pyside6-lupdate (6.11) finds translate("Context", "text") calls, but takes a text with a count for a plural
(Qt's %n forms, three in Russian) only when the count written in the call is a number: translate("C",
"%n rows", None, count) reaches the catalogue as a text without plural forms, and one counting len(rows)
does not reach it at all. So a text with a count is marked once, with a number for lupdate,

    ROWS = QT_TRANSLATE_NOOP("Context", "%Ln rows", None, 1)

and shown with the real count: translate("Context", ROWS, None, count). Qt-free, like Qt's own marker.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(  # noqa: N802 - the name pyside6-lupdate looks for
    _context: str, text: str, _disambiguation: str | None = None, _count: int = -1
) -> str:
    """The text itself: marked for the catalogue of `_context`, as a plural when `_count` is given."""
    return text
