"""The pack's Cluster selection section (phase 1): the study, choropleth maps of the location quotient of
the sectors selected (of the candidates' score before a decision), the criteria and their weights, the
ranking, how far each weight may move before the leader changes, and the record of the decision.

Every figure comes from `analysis.selection_study.evaluate`, as the Selection panel and `clusterdesk
selection rank` show them; the section is left out of a project without a selection study.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

import numpy as np
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

from clusterdesk.analysis.selection_ranking import leader_stable_range
from clusterdesk.core import isic
from clusterdesk.core.catalogue import tr, tr_plural
from clusterdesk.core.geometry import decode
from clusterdesk.core.selection_edits import default_criterion_label
from clusterdesk.render.choropleth import ChoroplethAreas
from clusterdesk.render.viewport import lonlat_to_mercator
from clusterdesk.reports.pack_context import PackContext
from clusterdesk.reports.pack_map import MapImage
from clusterdesk.reports.pack_sections import heading
from clusterdesk.reports.pack_selection_map import (
    MapFrame,
    build_choropleth,
    choropleth_pixels,
    legend_table,
    map_frame,
)
from clusterdesk.reports.pack_selection_text import (
    direction_label,
    measure_label,
    outcome_label,
    outcomes_label,
    sensitivity_sentence,
    source_label,
)
from clusterdesk.reports.pack_style import data_table_style, header_cells

if TYPE_CHECKING:  # the study (and pandas behind it) is loaded only for a project that has one
    from clusterdesk.analysis.selection_study import StudyEvaluation

MAX_MAPS = 2
MAP_GAP = 6 * mm


def selection(context: PackContext) -> list:
    if not context.has_table("selection_studies"):
        return []
    if not context.count("SELECT count(*) FROM selection_studies"):  # spares loading the study's libraries
        return []
    from clusterdesk.analysis.selection_study import evaluate

    evaluation = evaluate(context.connection)
    if evaluation is None:
        return []
    language = context.language
    story: list = [heading(context, tr("pack_selection:heading", "Cluster selection", language), "selection")]
    story += _study(context, evaluation)
    story += _maps(context, evaluation)
    if evaluation.criteria:
        story += _criteria(context, evaluation)
    if evaluation.codes:
        story += _ranking(context, evaluation)
        story += _sensitivity(context, evaluation)
    story += _decisions(context, evaluation)
    return story


# -- the study ---------------------------------------------------------------------------------------
def _study(context: PackContext, evaluation: StudyEvaluation) -> list:
    language, styles = context.language, context.styles
    connection = context.connection
    area_count = context.count("SELECT count(*) FROM selection_areas")
    level, description = connection.execute(
        "SELECT area_level, description FROM selection_studies ORDER BY fid LIMIT 1"
    ).fetchone()
    settings = evaluation.settings
    areas = tr_plural(
        "pack_selection:areas", "{count} area", "{count} areas", area_count, language,
        count=context.number(area_count),
    )  # fmt: skip
    if level:
        areas = f"{areas} ({level})"
    fields = {
        "name": f"<b>{escape(settings.name)}</b>",
        "measure": escape(measure_label(settings.measure, language)),
        "areas": escape(areas),
        "year": str(evaluation.year or "–"),
    }
    if settings.base_year:
        text = tr(
            "pack_selection:study",
            "{name} compares the {measure} of {areas} by sector (ISIC Rev.4) in {year}, with growth since "
            "{base_year}.",
            language,
            base_year=str(settings.base_year),
            **fields,
        )
    else:
        text = tr(
            "pack_selection:study_one_year",
            "{name} compares the {measure} of {areas} by sector (ISIC Rev.4) in {year}.",
            language,
            **fields,
        )
    count = len(evaluation.codes)
    text += " " + tr_plural(
        "pack_selection:candidates",
        "{count} candidate cluster is scored on {criteria} weighted criteria.",
        "{count} candidate clusters are scored on {criteria} weighted criteria.",
        count,
        language,
        count=context.number(count),
        criteria=context.number(len(evaluation.criteria)),
    )
    story = [Paragraph(text, styles.body)]
    if description:
        story.append(Paragraph(escape(description), styles.small))
    formula = tr(
        "pack_selection:formula",
        "Location quotient LQ = (e<sub>ij</sub> / e<sub>i</sub>) / (E<sub>j</sub> / E): the sector's "
        "share of the area's total over its share of the national total. Above 1, the sector weighs more in "
        "the area than in the country.",
        language,
    )
    story.append(Paragraph(formula, styles.small))
    return story


# -- maps --------------------------------------------------------------------------------------------
def _map_subjects(context: PackContext, evaluation: StudyEvaluation) -> list[str]:
    """The sectors of the selected candidates, best ranked first (at most MAX_MAPS)."""
    status = dict(context.connection.execute("SELECT code, status FROM selection_candidates"))
    sectors: list[str] = []
    for code in evaluation.ranking.ordered():
        sector = evaluation.candidates[code].sector_code
        if status.get(code) == "selected" and sector not in sectors:
            sectors.append(sector)
    return sectors[:MAX_MAPS]


def _maps(context: PackContext, evaluation: StudyEvaluation) -> list:
    from clusterdesk.analysis.selection_study import area_location_quotients

    rows = context.connection.execute("SELECT code, name, geom FROM selection_areas ORDER BY code").fetchall()
    shapes = [decode(r[2]) if r[2] is not None else None for r in rows]
    areas = ChoroplethAreas([r[0] for r in rows], [r[1] for r in rows], shapes)
    frame = map_frame(areas, shapes)
    if frame is None:
        return []
    language, styles = context.language, context.styles
    sectors = _map_subjects(context, evaluation)
    if sectors:
        maps = [
            (
                build_choropleth(areas, area_location_quotients(context.connection, s).to_dict(), "fixed_lq"),
                tr(
                    "pack_selection:map_lq",
                    "{sector}: location quotient, {year}",
                    language,
                    sector=isic.display(s, language),
                    year=str(evaluation.year or ""),
                ),
            )
            for s in sectors
        ]
        legend = tr("pack_selection:legend_lq", "Location quotient", language)
        caption = tr(
            "pack_selection:maps_caption_lq",
            "The sectors selected, by area: darker where the sector weighs more in the area than in the "
            "country. Grey areas have no figure for the sector.",
            language,
        )
    elif evaluation.codes:
        legend = tr("pack_selection:legend_score", "Best candidate score", language)
        maps = [(build_choropleth(areas, evaluation.area_scores(), "jenks"), legend)]
        caption = tr(
            "pack_selection:maps_caption_score",
            "The score of the best candidate cluster in each area (0 to 100); grey areas are in no "
            "candidate.",
            language,
        )
    else:
        return []
    if frame.left_out:
        caption += " " + tr(
            "pack_selection:left_out",
            "Not shown, far from the other areas: {areas}.",
            language,
            areas=", ".join(frame.left_out),
        )
    width = (context.frame_width - MAP_GAP * (len(maps) - 1)) / len(maps)
    height = min(width * _aspect(frame), 115 * mm)
    cells, titles = [], []
    for choropleth, title in maps:
        pixels = choropleth_pixels(context.project, choropleth, frame, (width, height), language)
        cells.append(MapImage(pixels, width, height))
        titles.append(Paragraph(escape(title), styles.caption))
    layout = Table(
        [titles, cells],
        colWidths=[width + (MAP_GAP if i < len(maps) - 1 else 0) for i in range(len(maps))],
        hAlign="LEFT",
    )
    layout.setStyle(
        [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
         ("RIGHTPADDING", (0, 0), (-2, -1), MAP_GAP), ("TOPPADDING", (0, 0), (-1, -1), 0),
         ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
         ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    )  # fmt: skip
    key = legend_table([m for m, _t in maps], legend, language, styles, context.frame_width)
    return [
        Spacer(1, 2 * mm),
        KeepTogether([layout, Spacer(1, 2 * mm), key, Paragraph(escape(caption), styles.caption)]),
    ]


def _aspect(frame: MapFrame) -> float:
    """Height over width of the extent in Web Mercator, as the map draws it."""
    x, y = lonlat_to_mercator(np.array(frame.extent[0::2]), np.array(frame.extent[1::2]))
    width, height = float(x[1] - x[0]), float(y[1] - y[0])
    return height / width if width > 0 else 1.0


# -- criteria and ranking ----------------------------------------------------------------------------
def _criteria(context: PackContext, evaluation: StudyEvaluation) -> list:
    language, styles, width = context.language, context.styles, context.frame_width
    total = sum(c.weight for c in evaluation.criteria)
    rows = [
        header_cells(
            [
                "",
                tr("pack_selection:col_criterion", "Criterion", language),
                tr("pack_selection:col_measured_by", "Measured by", language),
                tr("pack_selection:col_weight", "Weight", language),
                tr("pack_selection:col_weight_share", "Share of the weights", language),
            ],
            3,
        )
    ]
    for number, criterion in enumerate(evaluation.criteria, 1):
        measured = source_label(criterion.source, language)
        if not criterion.higher_is_better:
            measured += f"; {direction_label(False, language)}"
        rows.append(
            [
                _criterion_number(number, language),
                Paragraph(escape(criterion_label(criterion.key, criterion.label, language)), styles.cell),
                Paragraph(escape(measured), styles.cell),
                context.number(criterion.weight, 1),
                context.percent(criterion.weight / total) if total else "–",
            ]
        )
    table = Table(
        rows, colWidths=[w * width for w in (0.06, 0.34, 0.36, 0.1, 0.14)], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(data_table_style(numeric_from_column=3))
    note = tr(
        "pack_selection:criteria_note",
        "Each criterion's values are brought to 0–1 across the candidates (the best 1, the worst 0); the "
        "score is the weighted mean of them on 0–100.",
        language,
    )
    return [
        Paragraph(escape(tr("pack_selection:criteria", "Criteria and weights", language)), styles.h2),
        table,
        Paragraph(escape(note), styles.small),
    ]


def criterion_label(key: str, label: str, language: str) -> str:
    """A criterion's label in the pack's language while it is still the default English one of its key
    (as a new study writes it); a label the user wrote is printed as written."""
    if label == default_criterion_label(key, "en"):
        return default_criterion_label(key, language)
    return label


def _criterion_number(number: int, language: str) -> str:
    return tr("pack_selection:criterion_number", "C{number}", language, number=number)


def _value_text(context: PackContext, source: str, value: float) -> str:
    if value is None or not math.isfinite(value):
        return "–"
    if source == "location_quotient":
        return context.number(value, 2)
    if source in ("national_share", "growth"):
        return context.percent(value) if source == "national_share" else _signed_percent(context, value)
    if source in ("size", "registry_firms"):
        return context.number(value)
    return context.number(value, 0 if float(value).is_integer() else 1)


def _signed_percent(context: PackContext, share: float) -> str:
    text = context.percent(share)
    return text if share < 0 or text.startswith(("−", "-")) else f"+{text}"


def _ranking(context: PackContext, evaluation: StudyEvaluation) -> list:
    language, styles, width = context.language, context.styles, context.frame_width
    status = dict(context.connection.execute("SELECT code, status FROM selection_candidates"))
    area_names = dict(context.connection.execute("SELECT code, name FROM selection_areas"))
    criteria = evaluation.criteria
    heads = [
        tr("pack_selection:col_rank", "Rank", language),
        tr("pack_selection:col_candidate", "Candidate cluster", language),
        *[_criterion_number(i, language) for i in range(1, len(criteria) + 1)],
        tr("pack_selection:col_score", "Score", language),
        tr("pack_selection:col_outcome", "Outcome", language),
    ]
    rows = [header_cells(heads, 2)]
    index = {code: i for i, code in enumerate(evaluation.codes)}
    for code in evaluation.ranking.ordered():
        i = index[code]
        candidate = evaluation.candidates[code]
        where = ", ".join(area_names.get(a, a) for a in candidate.area_codes)
        name = (
            f"{escape(evaluation.names[code])}<br/>"
            f"<font size=7 color='#616e7c'>{escape(context.t('isic', code=candidate.sector_code))} · "
            f"{escape(where)}</font>"
        )
        chosen = status.get(code) == "selected"
        rows.append(
            [
                context.number(int(evaluation.ranking.ranks[i])),
                Paragraph(f"<b>{name}</b>" if chosen else name, styles.cell),
                *[_value_text(context, c.source, evaluation.values[i, j]) for j, c in enumerate(criteria)],
                context.number(float(evaluation.ranking.scores[i]), 1),
                Paragraph(escape(outcome_label(status.get(code, "candidate"), language)), styles.cell),
            ]
        )
    rank_w, score_w, outcome_w = 0.07 * width, 0.095 * width, 0.135 * width
    criterion_w = min(10.5 * mm, 0.48 * width / max(len(criteria), 1))
    name_w = width - rank_w - score_w - outcome_w - criterion_w * len(criteria)
    table = Table(
        rows,
        colWidths=[rank_w, name_w, *[criterion_w] * len(criteria), score_w, outcome_w],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(data_table_style(numeric_from_column=2))
    table.setStyle([("ALIGN", (-1, 0), (-1, -1), "LEFT"), ("ALIGN", (0, 0), (0, -1), "RIGHT")])
    note = tr(
        "pack_selection:ranking_note",
        "C1, C2 … are the criteria above, each with the candidate's value before it is brought to 0–1: "
        "LQ, total, growth in per cent, number of SMEs, or the score given by hand.",
        language,
    )
    return [
        CondPageBreak(60 * mm),
        Paragraph(
            escape(tr("pack_selection:ranking", "Ranking of the candidate clusters", language)), styles.h2
        ),
        table,
        Paragraph(escape(note), styles.small),
    ]


def _sensitivity(context: PackContext, evaluation: StudyEvaluation) -> list:
    language, styles = context.language, context.styles
    criteria = evaluation.ranking_criteria()
    leader = evaluation.names[evaluation.ranking.ordered()[0]]
    story = [
        Paragraph(
            escape(tr("pack_selection:sensitivity", "Sensitivity of the ranking", language)), styles.h2
        ),
        Paragraph(
            escape(
                tr(
                    "pack_selection:sensitivity_intro",
                    "How far each weight may move, the others unchanged, while {leader} stays first:",
                    language,
                    leader=leader,
                )
            ),
            styles.body,
        ),
    ]
    for j, criterion in enumerate(criteria):
        span = leader_stable_range(evaluation.ranking, criteria, j)
        label = criterion_label(criterion.key, criterion.label, language)
        sentence = sensitivity_sentence(label, criterion.weight, span, evaluation.names, language)
        story.append(Paragraph(escape(sentence), _bullet(context), bulletText="•"))
    return story


# -- decisions ---------------------------------------------------------------------------------------
def _decisions(context: PackContext, evaluation: StudyEvaluation) -> list:
    language, styles = context.language, context.styles
    title = Paragraph(escape(tr("pack_selection:decision", "Decision", language)), styles.h2)
    decisions = context.connection.execute(
        "SELECT fid, decided_on, decided_by, grounds, basis FROM selection_decisions ORDER BY decided_on, fid"
    ).fetchall()
    if not decisions:
        none = tr("pack_selection:no_decision", "No selection decision has been recorded yet.", language)
        return [title, Paragraph(escape(none), styles.body)]
    story: list = []
    rank_of = {code: rank for rank, code in enumerate(evaluation.ranking.ordered())}
    for fid, decided_on, decided_by, grounds, basis in decisions:
        day = dt.date.fromisoformat(str(decided_on)[:10])
        block: list = [] if story else [title]
        block.append(
            Paragraph(
                escape(
                    tr(
                        "pack_selection:decided",
                        "On {date}, {by} decided:",
                        language,
                        date=context.long_date(day),
                        by=decided_by,
                    )
                ),
                styles.body,
            )
        )
        outcomes: dict[str, list[str]] = {}
        decided = context.connection.execute(
            "SELECT code, name, status FROM selection_candidates WHERE decision_id = ?", (fid,)
        ).fetchall()
        for _code, name, status in sorted(decided, key=lambda row: (rank_of.get(row[0], 0), row[0])):
            outcomes.setdefault(status, []).append(name)
        for status in ("selected", "reserve", "rejected"):
            if outcomes.get(status):
                names = "; ".join(outcomes[status])
                text = f"<b>{escape(outcomes_label(status, language))}:</b> {escape(names)}"
                block.append(Paragraph(text, _bullet(context), bulletText="•"))
        grounds_label = escape(tr("pack_selection:grounds", "Grounds", language))
        block.append(Paragraph(f"<b>{grounds_label}:</b> {escape(grounds)}", styles.body))
        block += _basis(context, evaluation, basis)
        story.append(KeepTogether(block))
    return story


def _bullet(context: PackContext) -> ParagraphStyle:
    body = context.styles.body
    return ParagraphStyle("selection_bullet", parent=body, leftIndent=11, bulletIndent=2, spaceAfter=3)


def _basis(context: PackContext, evaluation: StudyEvaluation, basis: str | None) -> list:
    language = context.language
    try:
        kept = json.loads(basis) if basis else None
    except ValueError:
        kept = None
    if not isinstance(kept, dict) or not isinstance(kept.get("weights"), dict):
        return []
    current = {c.key: c.weight for c in evaluation.criteria}
    if kept["weights"] == current:
        text = tr(
            "pack_selection:basis_same",
            "The decision was taken on the weights and ranking shown above.",
            language,
        )
    else:
        labels = {c.key: criterion_label(c.key, c.label, language) for c in evaluation.criteria}
        weights = "; ".join(
            f"{labels.get(key, key)} {context.number(float(weight), 1)}"
            for key, weight in kept["weights"].items()
        )
        text = tr(
            "pack_selection:basis_other",
            "The decision was taken on other weights than those above: {weights}.",
            language,
            weights=weights,
        )
    return [Paragraph(escape(text), context.styles.small)]
