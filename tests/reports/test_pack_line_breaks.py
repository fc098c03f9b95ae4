"""The pack's paragraphs break their lines once per width, and again when their style changes."""

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from clusterdesk.reports.line_breaks import _ORIGINAL, remember_line_breaks
from clusterdesk.reports.pack_style import FONT, register_fonts

TEXT = "Cocoa producers, cooperatives and exporters of the buffer zone meet at the quarterly fair " * 4


def _words_per_line(paragraph: Paragraph) -> list[list[str]]:
    lines = paragraph.blPara.lines
    return (
        [list(words) for _width, words in lines]
        if paragraph.blPara.kind == 0
        else [[str(word) for word in line.words] for line in lines]
    )


def test_a_paragraph_wrapped_again_at_the_same_width_reuses_its_lines_and_they_equal_a_fresh_break():
    register_fonts()
    remember_line_breaks()
    style = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11)
    paragraph = Paragraph(TEXT, style)
    paragraph.wrap(200, 1000)
    first = paragraph.blPara
    paragraph.wrap(200, 1000)
    assert paragraph.blPara is first
    fresh = Paragraph(TEXT, style)
    width, height = fresh.wrap(200, 1000)
    assert (width, height) == (paragraph.width, paragraph.height)
    assert _words_per_line(fresh) == _words_per_line(paragraph)


def test_another_width_or_style_breaks_the_lines_again():
    register_fonts()
    remember_line_breaks()
    paragraph = Paragraph(TEXT, ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11))
    _w, narrow = paragraph.wrap(150, 1000)
    _w, wide = paragraph.wrap(400, 1000)
    assert wide < narrow
    _w, again = paragraph.wrap(150, 1000)
    assert again == narrow
    before = paragraph.blPara
    paragraph.style = ParagraphStyle("loose", fontName=FONT, fontSize=9, leading=17)
    _w, looser = paragraph.wrap(150, 1000)
    assert paragraph.blPara is not before
    # what ReportLab itself gives for this paragraph and style
    assert looser == len(_ORIGINAL(paragraph, paragraph._wrapWidths).lines) * 17 > narrow
