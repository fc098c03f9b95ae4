"""The cover of the pack: a band with the cluster's name and facts, key figures, the agency and its logo."""

from __future__ import annotations

import datetime as dt
import io
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph

from clusterdesk.core.symbology import stakeholder_style
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS, SUPPORT_INSTITUTION_KINDS
from clusterdesk.core.vocabulary_labels import phase_label
from clusterdesk.reports.pack_context import FIRM_KINDS, PackContext, country_label
from clusterdesk.reports.pack_map import symbol
from clusterdesk.reports.pack_style import ACCENT, FONT, FONT_BOLD, INK, RULE

AGENCY_STYLE = ParagraphStyle("agency", fontName=FONT_BOLD, fontSize=13, leading=17, textColor=INK)
FIGURE_LABEL_STYLE = ParagraphStyle(
    "cover_figure", fontName=FONT, fontSize=8.5, leading=10.5, textColor=colors.HexColor("#616e7c")
)


class CoverPage(Flowable):
    """The whole first page: a band with the cluster's name, its facts, the agency and its logo."""

    def __init__(self, context: PackContext, width: float, height: float):
        super().__init__()
        self.context, self.width, self.height = context, width, height

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        canvas, info, styles = self.canv, self.context.info, self.context.styles
        band_bottom = self.height * 0.45
        canvas.setFillColor(ACCENT)
        canvas.rect(0, band_bottom, self.width, self.height - band_bottom, stroke=0, fill=1)
        margin = 22 * mm
        canvas.setFillColor(colors.HexColor("#a8c5e2"))
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawString(margin, self.height - 30 * mm, self.context.t("cover_kicker"))
        text_width = self.width - 2 * margin
        title = Paragraph(escape(info.cluster_name), styles.title)
        _w, title_height = title.wrap(text_width, 200)
        title_top = band_bottom + (self.height - band_bottom) * 0.55
        title.drawOn(canvas, margin, title_top - title_height / 2)
        facts = " · ".join(
            escape(p)
            for p in (info.sector_label, info.region, country_label(info.country, self.context.language))
            if p
        )
        subtitle = Paragraph(
            f"{escape(self.context.t('cover_subtitle'))}<br/><font size='11' color='#c9d8ea'>{facts}</font>",
            styles.subtitle,
        )
        _w, sub_height = subtitle.wrap(text_width, 100)
        subtitle.drawOn(canvas, margin, title_top - title_height / 2 - sub_height - 8)
        # A row of the stakeholder symbols along the band's edge ties the cover to the map
        x = margin
        for kind in STAKEHOLDER_KINDS:
            style = stakeholder_style(kind)
            shape = symbol(style.shape, x + 4, band_bottom + 12 * mm, 3.6, style.colour, "#ffffff")
            drawing = Drawing(10, 10)
            drawing.add(shape)
            drawing.drawOn(canvas, 0, 0)
            x += 14
        logo_width, logo_bottom = self._draw_logo(margin, band_bottom)
        y = band_bottom - 14 * mm
        if info.agency_name:
            # The name wraps beside the logo rather than running under it
            agency = Paragraph(escape(info.agency_name), AGENCY_STYLE)
            text_width = self.width - 2 * margin - (logo_width + 8 * mm if logo_width else 0)
            _w, agency_height = agency.wrap(text_width, 60 * mm)
            agency.drawOn(canvas, margin, y - agency_height)
            y -= agency_height + 6 * mm
        else:
            y -= 6 * mm
        canvas.setFont(FONT, 10)
        canvas.setFillColor(colors.HexColor("#616e7c"))
        phase = phase_label(info.phase or 1, self.context.language)
        canvas.drawString(margin, y, self.context.t("cover_phase", phase=info.phase, label=phase))
        y -= 6 * mm
        canvas.drawString(margin, y, self.context.t("printed", date=self.context.long_date(dt.date.today())))
        self._draw_cover_figures(margin, min(y, logo_bottom) - 20 * mm)
        canvas.setStrokeColor(RULE)
        canvas.line(margin, 24 * mm, self.width - margin, 24 * mm)
        canvas.setFont(FONT, 8)
        canvas.drawString(margin, 18 * mm, self.context.t("cover_footer"))

    def _draw_cover_figures(self, margin: float, top: float) -> None:
        c = self.context
        firms = c.count(f"SELECT count(*) FROM stakeholders WHERE kind IN {FIRM_KINDS!r}")
        employees = c.count("SELECT sum(employees) FROM stakeholders WHERE kind IN " + repr(FIRM_KINDS))
        institutions = c.count(
            f"SELECT count(*) FROM stakeholders WHERE kind IN {SUPPORT_INSTITUTION_KINDS!r}"
        )
        figures = [("cover_firms", firms), ("cover_jobs", employees), ("cover_institutions", institutions)]
        if c.task_count:
            figures.append(("cover_tasks", c.task_count))
        figures = [(c.plural(key, value), value) for key, value in figures]
        column = (self.width - 2 * margin) / len(figures)
        canvas = self.canv
        for i, (label, value) in enumerate(figures):
            x = margin + i * column
            canvas.setStrokeColor(ACCENT)
            canvas.setLineWidth(2)
            canvas.line(x, top + 9 * mm, x + 12 * mm, top + 9 * mm)
            canvas.setFillColor(ACCENT)
            canvas.setFont(FONT_BOLD, 22)
            canvas.drawString(x, top, c.number(value))
            # Labels wrap within their column: in Russian or Spanish they are often longer than it
            caption = Paragraph(escape(label), FIGURE_LABEL_STYLE)
            _w, caption_height = caption.wrap(column - 6 * mm, 20 * mm)
            caption.drawOn(canvas, x, top - 2 * mm - caption_height)

    def _draw_logo(self, margin: float, band_bottom: float) -> tuple[float, float]:
        """Draws the agency logo at the right under the band; returns its width and its bottom edge."""
        logo = self.context.info.agency_logo
        if not logo:
            return 0.0, band_bottom
        try:
            image = ImageReader(io.BytesIO(logo))
            width, height = image.getSize()
        except Exception:  # a damaged logo must not stop the pack; the cover simply has none
            self.context.notes["logo"] = "The agency logo could not be read and was left out."
            return 0.0, band_bottom
        box = 30 * mm
        scale = min(box / width, box / height)
        left = self.width - margin - width * scale
        bottom = band_bottom - 10 * mm - height * scale
        self.canv.drawImage(image, left, bottom, width * scale, height * scale, mask="auto")
        return width * scale, bottom


def cover(context: PackContext, width: float, height: float) -> list:
    return [CoverPage(context, width, height)]
