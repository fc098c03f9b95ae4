"""Each paragraph breaks its lines once per width.

ReportLab breaks a paragraph's lines every time it is wrapped, and the pack wraps most paragraphs three
times or more at the same width: in the draft pass that numbers the contents, in the pass that draws, and
again when a table draws its cells. Three breaks in four repeated earlier work, about a fifth of the
pack's layout time. `remember_line_breaks` makes ReportLab's Paragraph keep its last result, keyed on the
widths and on the very style and fragments it was computed from, so a paragraph given another style or
text breaks its lines again. A remembered break is what a fresh one gives: the pack of every sample
project, in its own language and in Russian, is the same with and without it.
"""

from __future__ import annotations

from reportlab.platypus.paragraph import Paragraph

_ORIGINAL = Paragraph.breakLines


def _remembered_break_lines(self, width, *arguments, **keywords):
    if arguments or keywords:
        return _ORIGINAL(self, width, *arguments, **keywords)
    widths = tuple(width) if isinstance(width, (list, tuple)) else width
    remembered = self.__dict__.get("_remembered_lines")
    if (
        remembered is not None
        and remembered[0] == widths
        and remembered[1] is self.style
        and remembered[2] is self.frags
    ):
        return remembered[3]
    lines = _ORIGINAL(self, width)
    self.__dict__["_remembered_lines"] = (widths, self.style, self.frags, lines)
    return lines


def remember_line_breaks() -> None:
    """Install the remembering line breaker (once per process; later calls change nothing)."""
    Paragraph.breakLines = _remembered_break_lines
