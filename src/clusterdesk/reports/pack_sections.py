"""Sections of the pack about the cluster itself: contents, profile, stakeholders and relations (the
map has its own module, pack_map). Each builder returns its flowables, or an empty list when the project
has no data for it."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table
from reportlab.platypus.tableofcontents import TableOfContents

from clusterdesk.core.formatting import currency_name
from clusterdesk.core.survey_rounds import in_round, ranks, round_order
from clusterdesk.core.symbology import relation_style, stakeholder_style
from clusterdesk.core.vocabulary import RELATION_KINDS, STAKEHOLDER_KINDS, SUPPORT_INSTITUTION_KINDS
from clusterdesk.core.vocabulary_labels import kind_label, phase_label, relation_label, survey_round_label
from clusterdesk.reports.pack_charts import horizontal_bars, stacked_columns
from clusterdesk.reports.pack_context import FIRM_KINDS, PackContext, country_label
from clusterdesk.reports.pack_doc import SectionHeading
from clusterdesk.reports.pack_style import (
    ACCENT_LIGHT,
    RULE,
    data_table_style,
    header_cells,
    table_style,
)

SECTOR_COLOUR = "#52796f"  # neutral: sectors have no colour of their own in the symbology
_KIND_ORDER = {kind: i for i, kind in enumerate(STAKEHOLDER_KINDS)}


def heading(context: PackContext, text: str, key: str) -> SectionHeading:
    return SectionHeading(escape(text), context.styles.h1, key)


def contents(context: PackContext) -> list:
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [context.styles.toc_1, context.styles.toc_2]
    toc.tableStyle = table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *[(side, (0, 0), (-1, -1), 0) for side in ("LEFTPADDING", "RIGHTPADDING", "BOTTOMPADDING")],
    )
    return [Paragraph(escape(context.t("contents")), context.styles.h1), Spacer(1, 4 * mm), toc]


def _key_figures(context: PackContext, figures: list[tuple[str, str]]) -> Table:
    styles = context.styles
    columns = 4
    cells = [
        [Paragraph(value, styles.figure), Paragraph(escape(label), styles.figure_label)]
        for label, value in figures
    ]
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    while len(rows[-1]) < columns:
        rows[-1].append("")
    width = context.frame_width / columns
    table = Table(rows, colWidths=[width] * columns)
    table.setStyle(
        table_style(
            *[
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                ("LINEBELOW", (0, 0), (-1, -2), 2, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def profile(context: PackContext) -> list:
    info, styles, c = context.info, context.styles, context
    firms = c.count(f"SELECT count(*) FROM stakeholders WHERE kind IN {FIRM_KINDS!r}")
    institutions = c.count(f"SELECT count(*) FROM stakeholders WHERE kind IN {SUPPORT_INSTITUTION_KINDS!r}")
    employees = c.count("SELECT sum(employees) FROM stakeholders")
    women = c.count("SELECT sum(women_employees) FROM stakeholders WHERE women_employees IS NOT NULL")
    with_women = c.count("SELECT sum(employees) FROM stakeholders WHERE women_employees IS NOT NULL")
    figures = [
        (c.t("fig_stakeholders"), context.number(c.stakeholder_count)),
        (c.t("fig_firms"), context.number(firms)),
        (c.t("fig_institutions"), context.number(institutions)),
        (c.t("fig_employees"), context.number(employees)),
        (c.t("fig_relations"), context.number(c.relation_count)),
        (c.t("fig_women"), c.percent(women / with_women) if with_women else "–"),
        (c.t("fig_tasks"), context.number(c.task_count)),
        (c.t("fig_phase"), f"{info.phase} / 6"),
    ]
    region = ", ".join(p for p in (info.region, country_label(info.country, c.language)) if p)
    phase = phase_label(info.phase or 1, c.language)
    summary = (
        c.t(
            "profile_summary",
            cluster=escape(info.cluster_name),
            firms=context.number(firms),
            institutions=context.number(institutions),
        )
        + (c.t("profile_in_region", region=escape(region)) if region else "")
        + (c.t("profile_in_sector", sector=escape(info.sector_label)) if info.sector_label else "")
        + c.t("profile_phase", phase=info.phase, label=escape(phase[:1].lower() + phase[1:]))
    )
    story = [heading(context, c.t("profile"), "profile"), Paragraph(summary, styles.lead)]
    if info.description:
        story.append(Paragraph(escape(info.description), styles.body))
    story += [Spacer(1, 3 * mm), _key_figures(context, figures), Spacer(1, 6 * mm)]
    details = [
        (c.t("fact_cluster"), info.cluster_name),
        (c.t("fact_sector"), " – ".join(p for p in (info.sector_code, info.sector_label) if p)),
        (c.t("fact_region"), info.region),
        (c.t("fact_country"), country_label(info.country, c.language)),
        (c.t("fact_agency"), info.agency_name),
        (c.t("fact_phase"), f"{info.phase}. {phase}"),
        (c.t("fact_start"), c.long_date(info.start_date) if info.start_date else None),
        (c.t("fact_currency"), currency_name(info.currency, c.language)),
    ]
    rows = [
        [Paragraph(f"<b>{escape(k)}</b>", styles.cell), Paragraph(escape(str(v)), styles.cell)]
        for k, v in details
        if v
    ]
    table = Table(rows, colWidths=[35 * mm, context.frame_width - 35 * mm])
    table.setStyle(
        table_style(("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"))
    )
    story += [Paragraph(escape(c.t("facts")), styles.h2), table]
    return story


def stakeholders(context: PackContext) -> list:
    if context.stakeholder_count == 0:
        return []
    styles, width = context.styles, context.frame_width
    by_kind = context.connection.execute(
        "SELECT kind, count(*), sum(employees), sum(women_employees) FROM stakeholders GROUP BY kind"
    ).fetchall()
    by_kind.sort(key=lambda row: _KIND_ORDER.get(row[0], 99))
    t = context.t
    labels = [kind_label(kind, context.language) for kind, *_rest in by_kind]
    story = [heading(context, t("stakeholders"), "stakeholders"), Paragraph(escape(t("by_kind")), styles.h2)]
    story.append(
        horizontal_bars(
            labels,
            [row[1] for row in by_kind],
            [stakeholder_style(row[0]).colour for row in by_kind],
            width,
            context.language,
        )
    )
    rows = [header_cells([t("col_kind"), t("col_stakeholders"), t("col_employees"), t("col_women")], 1)]
    for label, (_kind, count, employees, women) in zip(labels, by_kind, strict=True):
        rows.append([label, context.number(count), context.number(employees), context.number(women)])
    women_total = sum(r[3] or 0 for r in by_kind) if any(r[3] is not None for r in by_kind) else None
    rows.append(
        [
            t("col_total"),
            context.number(sum(r[1] for r in by_kind)),
            context.number(sum(r[2] or 0 for r in by_kind)),
            context.number(women_total),
        ]
    )
    table = Table(rows, colWidths=[width * 0.43] + [width * 0.19] * 3, repeatRows=1)
    table.setStyle(data_table_style(numeric_from_column=1))
    table.setStyle(table_style(*[("FONTNAME", (0, -1), (-1, -1), "ClusterDeskSans-CondensedBold")]))
    story += [Spacer(1, 3 * mm), table]
    sectors = context.connection.execute(
        "SELECT coalesce(sector_code, ?), count(*) FROM stakeholders GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 12",
        (t("not_recorded"),),
    ).fetchall()
    if len(sectors) > 1 or (sectors and sectors[0][0] != t("not_recorded")):
        names = {context.info.sector_code: context.info.sector_label} if context.info.sector_label else {}
        labels = [
            f"{code} {names[code]}" if code in names else t("isic", code=code) if code[0].isdigit() else code
            for code, _n in sectors
        ]
        colours = [SECTOR_COLOUR] * len(sectors)
        chart = horizontal_bars(labels, [n for _c, n in sectors], colours, width, context.language)
        story += [CondPageBreak(60 * mm), Paragraph(escape(t("by_sector")), styles.h2), chart]
    story += _largest_firms(context)
    return story


def _largest_firms(context: PackContext) -> list:
    styles, width = context.styles, context.frame_width
    rows = context.connection.execute(
        "SELECT name, kind, employees, products, admin_area FROM stakeholders WHERE employees IS NOT NULL "
        f"AND kind IN {FIRM_KINDS!r} ORDER BY employees DESC, name LIMIT 15"
    ).fetchall()
    if not rows:
        return []
    t = context.t
    data = [[t("col_firm"), t("col_kind"), t("col_employees"), t("col_products"), t("col_area")]]
    for name, kind, employees, products, area in rows:
        data.append(
            [
                Paragraph(escape(name), styles.cell),
                Paragraph(escape(kind_label(kind, context.language)), styles.cell),
                context.number(employees),
                Paragraph(escape(products or ""), styles.cell),
                Paragraph(escape(area or ""), styles.cell),
            ]
        )
    table = Table(
        data, colWidths=[width * 0.3, width * 0.12, width * 0.1, width * 0.28, width * 0.2], repeatRows=1
    )
    table.setStyle(data_table_style())
    table.setStyle(table_style(*[("ALIGN", (2, 0), (2, -1), "RIGHT")]))
    return [CondPageBreak(50 * mm), Paragraph(escape(t("largest_firms")), styles.h2), table]


def round_networks(project) -> tuple[list[str], dict[tuple[str, str], int], list[int]]:
    """The survey rounds earliest first, the ties of each round's network by (kind, round), and the fids
    of the latest round's network (core.survey_rounds: every tie first observed in the round or earlier
    and not found ended by then, so a tie carried into a later round is counted there too)."""
    order = round_order(project.session.connection())
    rank = ranks(order)
    rows = project.connection.execute("SELECT fid, kind, survey_round, ended_round FROM relations").fetchall()
    counts: dict[tuple[str, str], int] = {}
    latest: list[int] = []
    for fid, kind, first, ended in rows:
        for position, code in enumerate(order):
            if in_round(first, ended, position, rank):
                counts[(kind, code)] = counts.get((kind, code), 0) + 1
                if position == len(order) - 1:
                    latest.append(fid)
    return order, counts, latest


def relations(context: PackContext) -> list:
    if context.relation_count == 0:
        return []
    styles, width = context.styles, context.frame_width
    rounds, table_of, latest = round_networks(context.project)
    kinds = [k for k in RELATION_KINDS if any(table_of.get((k, s)) for s in rounds)]
    kinds += sorted({k for k, _s in table_of} - set(kinds))  # kinds outside the vocabulary, last
    series = [
        (
            relation_label(k, context.language),
            relation_style(k).colour,
            [table_of.get((k, s), 0) for s in rounds],
        )
        for k in kinds
    ]
    rounds_labels = [survey_round_label(s, context.language) for s in rounds]
    story = [
        heading(context, context.t("relations"), "relations"),
        Paragraph(escape(context.t("relations_intro")), styles.body),
        stacked_columns(rounds_labels, series, width, language=context.language),
    ]
    rows = [header_cells([context.t("col_kind"), *rounds_labels], 1)]
    for k in kinds:
        rows.append(
            [Paragraph(escape(relation_label(k, context.language)), styles.cell)]
            + [context.number(table_of.get((k, s), 0)) for s in rounds]
        )
    totals = [sum(table_of.get((k, s), 0) for k in kinds) for s in rounds]
    rows.append([context.t("col_total"), *[context.number(v) for v in totals]])
    column = (width * 0.35) if len(rounds) < 5 else width * 0.25
    others = (width - column) / max(len(rounds), 1)
    table = Table(rows, colWidths=[column] + [others] * len(rounds), repeatRows=1)
    table.setStyle(data_table_style(numeric_from_column=1))
    table.setStyle(table_style(*[("FONTNAME", (0, -1), (-1, -1), "ClusterDeskSans-CondensedBold")]))
    story += [Spacer(1, 3 * mm), table]
    story += _most_connected(context, latest)
    return story


def _most_connected(context: PackContext, fids: list[int]) -> list:
    """The ten stakeholders with most ties in the latest round's network."""
    styles, width = context.styles, context.frame_width
    degree: dict[int, int] = {}
    wanted = set(fids)
    for fid, source, target in context.connection.execute("SELECT fid, source_id, target_id FROM relations"):
        if fid in wanted:
            degree[source] = degree.get(source, 0) + 1
            degree[target] = degree.get(target, 0) + 1
    names = {
        fid: (name, kind)
        for fid, name, kind in context.connection.execute("SELECT fid, name, kind FROM stakeholders")
    }
    central = sorted(
        ((names[f][0], names[f][1], n) for f, n in degree.items() if f in names),
        key=lambda row: (-row[2], row[0]),
    )[:10]
    data = [[context.t("col_stakeholder"), context.t("col_kind"), context.t("col_ties")]] + [
        [Paragraph(escape(name), styles.cell), kind_label(kind, context.language), context.number(ties)]
        for name, kind, ties in central
    ]
    table = Table(data, colWidths=[width * 0.55, width * 0.3, width * 0.15], repeatRows=1)
    table.setStyle(data_table_style(numeric_from_column=2))
    return [CondPageBreak(45 * mm), Paragraph(escape(context.t("most_connected")), styles.h2), table]
