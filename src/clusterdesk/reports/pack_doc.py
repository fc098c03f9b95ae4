"""The page layout of the pack: portrait and landscape page templates, the running header and footer,
and the table of contents fed by the section headings."""

from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Frame, PageTemplate, Paragraph
from reportlab.platypus.doctemplate import BaseDocTemplate

from clusterdesk.core.formatting import long_date
from clusterdesk.reports.line_breaks import remember_line_breaks
from clusterdesk.reports.pack_style import ACCENT, FONT, FONT_BOLD, HEADER_GAP, MARGIN, MUTED, RULE, page_size
from clusterdesk.reports.texts import text

PORTRAIT = "portrait"
LANDSCAPE = "landscape"
COVER = "cover"


class SectionHeading(Paragraph):
    """A level-1 heading that goes into the contents, the PDF outline and the running header."""

    def __init__(self, text: str, style, key: str, level: int = 0):
        super().__init__(text, style)
        self.toc_text = text
        self.key = key
        self.level = level


def _draw_nothing(*_arguments, **_keywords) -> None:
    return None


class _PackFrame(Frame):
    """A frame that, in the document's draft pass, places flowables without drawing them. That pass only
    finds the page of each heading for the contents; the pages it draws are thrown away, and drawing is
    most of a pass's time (tables, charts, the map image)."""

    def _add(self, flowable, canv, trySplit=0):
        attributes = getattr(flowable, "__dict__", None)
        if attributes is None or not getattr(getattr(canv, "_doctemplate", None), "drafting", False):
            return super()._add(flowable, canv, trySplit)
        # This piece only, for this pass; its layout (wrap, split) is unchanged. Set in its __dict__, past the
        # attribute checks of ReportLab's drawings.
        attributes["drawOn"] = _draw_nothing
        try:
            return super()._add(flowable, canv, trySplit)
        finally:
            attributes.pop("drawOn", None)

    add = _add


class PackDocument(BaseDocTemplate):
    def __init__(
        self, filename, *, paper: str, cluster_name: str, agency: str | None, language: str = "en", **kwargs
    ):
        self.paper = paper
        self.language = language
        self.cluster_name = cluster_name
        self.agency = agency
        self.printed_on = dt.date.today()
        self.current_section = ""
        self.pages_in_pass = 0
        self.drafting = False
        remember_line_breaks()  # the passes and the tables wrap the same paragraphs at the same widths
        portrait_size = page_size(paper)
        landscape_size = page_size(paper, landscape_page=True)
        super().__init__(
            filename,
            pagesize=portrait_size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_GAP,
            bottomMargin=MARGIN + HEADER_GAP,
            title=text("pack_title", language, cluster=cluster_name),
            author=agency or "ClusterDesk",
            subject=text("pack_subject", language),
            lang=language,
            creator="ClusterDesk",
            # Without this every page would also reference the non-embedded standard Helvetica
            initialFontName=FONT,
            **kwargs,
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    COVER,
                    [self._frame(portrait_size, cover=True)],
                    pagesize=portrait_size,
                    onPageEnd=self._count_page,
                    autoNextPageTemplate=PORTRAIT,
                ),
                PageTemplate(
                    PORTRAIT, [self._frame(portrait_size)], pagesize=portrait_size, onPageEnd=self._decorate
                ),
                PageTemplate(
                    LANDSCAPE,
                    [self._frame(landscape_size)],
                    pagesize=landscape_size,
                    onPageEnd=self._decorate,
                ),
            ]
        )

    def _frame(self, size, cover: bool = False) -> Frame:
        width, height = size
        if cover:
            return _PackFrame(0, 0, width, height, 0, 0, 0, 0, id="cover")
        return _PackFrame(
            MARGIN, MARGIN + HEADER_GAP, width - 2 * MARGIN, height - 2 * (MARGIN + HEADER_GAP), 0, 0, 0, 0
        )

    def multiBuild(self, story, maxPasses: int = 10, **keywords) -> int:
        """As ReportLab's, with a first pass that lays the pages out without drawing them (see _PackFrame):
        its headings give the contents their page numbers, and the passes after it draw."""
        self.drafting = True
        return super().multiBuild(story, maxPasses=maxPasses, **keywords)

    def _allSatisfied(self) -> bool:
        # The draft pass is never the one saved: at least one drawn pass follows it
        if self.drafting:
            self.drafting = False
            return False
        return super()._allSatisfied()

    def beforeDocument(self) -> None:
        self.current_section = ""
        self.pages_in_pass = 0

    def afterFlowable(self, flowable) -> None:
        if isinstance(flowable, SectionHeading):
            if flowable.level == 0:
                self.current_section = flowable.toc_text
            bookmark = f"{flowable.key}-{self.page}"
            self.canv.bookmarkPage(bookmark)
            self.canv.addOutlineEntry(flowable.toc_text, bookmark, level=flowable.level)
            self.notify("TOCEntry", (flowable.level, flowable.toc_text, self.page, bookmark))

    def _count_page(self, canvas, doc) -> None:
        self.pages_in_pass = max(self.pages_in_pass, doc.page)

    def _decorate(self, canvas, doc) -> None:
        """Running header (cluster and section) and footer (agency, date, page of pages)."""
        self._count_page(canvas, doc)
        width, height = canvas._pagesize
        top = height - MARGIN
        canvas.saveState()
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN, top - 3 * mm, width - MARGIN, top - 3 * mm)
        canvas.setFont(FONT_BOLD, 8)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN, top - 1.5 * mm, self.cluster_name)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN, top - 1.5 * mm, self.current_section)
        bottom = MARGIN
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
        printed = text("printed", self.language, date=long_date(self.printed_on, self.language))
        left = " · ".join(p for p in (self.agency, printed) if p)
        canvas.setFont(FONT, 7.5)
        canvas.drawString(MARGIN, bottom, left)
        # The total is a form drawn once the last page is known (forward reference)
        label = text("page_of", self.language, page=doc.page)
        total_width = canvas.stringWidth("0000", FONT, 7.5)
        x = width - MARGIN - total_width - canvas.stringWidth(label, FONT, 7.5)
        canvas.drawString(x, bottom, label)
        canvas.translate(width - MARGIN - total_width, bottom)
        canvas.doForm("pack_total_pages")
        canvas.restoreState()

    def _endBuild(self) -> None:
        # Let the last page finish first, then define the page total, then save if this pass saves
        saves = getattr(self, "_doSave", 1)
        self._doSave = 0
        super()._endBuild()
        canvas = self.canv
        canvas.beginForm("pack_total_pages")
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(0, 0, str(self.pages_in_pass))
        canvas.endForm()
        self._doSave = saves
        if saves:
            canvas.save()


def colour(hex_code: str) -> colors.Color:
    return colors.HexColor(hex_code)
