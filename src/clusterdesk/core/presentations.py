"""Presentations to the steering committee: stories of slides kept in the project file.

A slide is either a map view (its extent, the layers shown, filters, highlighted stakeholders) or a
ready-made view of the project (key figures, results, the network before and after, milestones and
delays, budget and cost sharing, governance maturity, decisions needed). Every slide has a title, a caption
shown to the audience and speaker notes. The desktop's presentation mode, `clusterdesk story` (an offline
HTML file) and `clusterdesk brief` (the printed brief) all read the same slides.

Map state is kept as JSON text, so that a slide written by a newer version with more options still opens:
`layers` is the list of layer keys shown, `filters` a {field: [values]} object, `highlighted` the UUIDs of
the stakeholders picked out, `options` what a ready-made view needs (e.g. the two rounds a network slide
compares).
"""

from __future__ import annotations

from sqlalchemy import BOOLEAN, INTEGER, REAL, TEXT, CheckConstraint, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from clusterdesk.core.model import TABLE_TITLES, Base, FidAndUuid, _in_list

SLIDE_KINDS: dict[str, str] = {
    "map": "Map view",
    "key_figures": "Key figures",
    "results": "Results indicators",
    "network": "Network before and after",
    "milestones": "Milestones and delays",
    "budget": "Budget and cost sharing",
    "governance": "Governance maturity and phase-out",
    "decisions": "Decisions needed",
}

PRESENTATION_TABLE_TITLES: dict[str, str] = {
    "presentations": "Presentations",
    "presentation_slides": "Presentation slides",
}
PRESENTATION_TABLES = tuple(PRESENTATION_TABLE_TITLES)


class Presentation(FidAndUuid, Base):
    __tablename__ = "presentations"
    __table_args__ = ({"sqlite_autoincrement": True},)
    name: Mapped[str] = mapped_column(TEXT, unique=True)
    is_default: Mapped[bool] = mapped_column(BOOLEAN, default=False)  # the one `story` and `brief` take
    notes: Mapped[str | None] = mapped_column(TEXT)


class PresentationSlide(FidAndUuid, Base):
    __tablename__ = "presentation_slides"
    __table_args__ = (
        CheckConstraint(_in_list("kind", SLIDE_KINDS), name="ck_slide_kind"),
        CheckConstraint(
            "kind <> 'map' OR (min_lon IS NOT NULL AND min_lat IS NOT NULL AND max_lon IS NOT NULL"
            " AND max_lat IS NOT NULL)",
            name="ck_map_slide_extent",
        ),
        {"sqlite_autoincrement": True},
    )
    presentation_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("presentations.fid"), index=True)
    position: Mapped[int] = mapped_column(INTEGER, default=0)  # order in the story, then fid
    kind: Mapped[str] = mapped_column(TEXT, default="map")
    title: Mapped[str] = mapped_column(TEXT)
    caption: Mapped[str | None] = mapped_column(TEXT)  # shown to the audience
    speaker_notes: Mapped[str | None] = mapped_column(TEXT)  # shown to the presenter only
    # the map view, in WGS 84 degrees (map slides; a ready-made view may show a map too)
    min_lon: Mapped[float | None] = mapped_column(REAL)
    min_lat: Mapped[float | None] = mapped_column(REAL)
    max_lon: Mapped[float | None] = mapped_column(REAL)
    max_lat: Mapped[float | None] = mapped_column(REAL)
    layers: Mapped[str | None] = mapped_column(TEXT)  # JSON list of the layer keys shown
    filters: Mapped[str | None] = mapped_column(TEXT)  # JSON {field: [values]}
    highlighted: Mapped[str | None] = mapped_column(TEXT)  # JSON list of stakeholder UUIDs
    options: Mapped[str | None] = mapped_column(TEXT)  # JSON, what a ready-made view needs


TABLE_TITLES.update(PRESENTATION_TABLE_TITLES)
