"""The pack's Network section: the whole network's measures in each survey round and their change, a
before/after figure of the network, and the brokers of the latest round. Every figure comes from
analysis.network (docs/network_analysis.md), so the pack prints what the Network panel shows."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

from clusterdesk.analysis.network_graph import read_round
from clusterdesk.analysis.network_measures import broker_measures, whole_measures
from clusterdesk.core.catalogue import tr
from clusterdesk.core.survey_rounds import round_order, ties_of_round
from clusterdesk.core.symbology import stakeholder_style
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS
from clusterdesk.core.vocabulary_labels import kind_label, survey_round_label
from clusterdesk.reports.pack_context import PackContext
from clusterdesk.reports.pack_network_figure import RoundPicture, before_after, pair
from clusterdesk.reports.pack_sections import heading
from clusterdesk.reports.pack_style import data_table_style, header_cells, table_style

BROKERS = 5
MAX_ROUND_COLUMNS = 4  # the first round and the latest three, when a project has more
# (measure, decimals, whether it is a share printed as a percentage)
MEASURES = (
    ("nodes", 0, False),
    ("ties", 0, False),
    ("density", 3, False),
    ("mean_degree", 2, False),
    ("components", 0, False),
    ("largest_component_share", 0, True),
    ("isolates", 0, False),
    ("clustering", 3, False),
    ("centralisation", 3, False),
)


def measure_label(key: str, language: str) -> str:
    """The printed name of a whole-network measure."""
    labels = {
        "nodes": tr("pack_network:nodes", "Stakeholders (nodes)", language),
        "ties": tr("pack_network:ties", "Ties", language),
        "density": tr("pack_network:density", "Density", language),
        "mean_degree": tr("pack_network:mean_degree", "Mean degree", language),
        "components": tr("pack_network:components", "Components", language),
        "largest_component_share": tr(
            "pack_network:largest_share", "Share of firms in the largest component", language
        ),
        "isolates": tr("pack_network:isolates", "Isolates", language),
        "clustering": tr("pack_network:clustering", "Clustering coefficient", language),
        "centralisation": tr("pack_network:centralisation", "Degree centralisation", language),
    }
    return labels[key]


def role_label(role: str | None, language: str) -> str:
    """A Gould–Fernandez brokerage role as printed; a stakeholder that brokers no pair prints a dash."""
    labels = {
        "coordinator": tr("pack_network:role_coordinator", "Coordinator", language),
        "gatekeeper": tr("pack_network:role_gatekeeper", "Gatekeeper", language),
        "representative": tr("pack_network:role_representative", "Representative", language),
        "itinerant": tr("pack_network:role_itinerant", "Itinerant broker", language),
        "liaison": tr("pack_network:role_liaison", "Liaison", language),
    }
    if not isinstance(role, str):  # None, or NaN where the measures' table holds no role
        return "–"
    return labels.get(role, role)


def printed_rounds(project) -> list[str]:
    """The rounds the section prints: those whose network has a tie, at most MAX_ROUND_COLUMNS."""
    orm = project.session.connection()
    rounds = [code for code in round_order(orm) if ties_of_round(orm, code).fids]
    if len(rounds) > MAX_ROUND_COLUMNS:
        rounds = rounds[:1] + rounds[-(MAX_ROUND_COLUMNS - 1) :]
    return rounds


def network(context: PackContext) -> list:
    if context.relation_count == 0:
        return []
    connection, language = context.connection, context.language
    rounds = printed_rounds(context.project)
    if not rounds:
        return []
    styles = context.styles
    # The last round's betweenness and brokerage roles (its brokers are listed); the earlier rounds' table
    # columns need only the whole-network measures, without betweenness, the costly part
    latest = broker_measures(connection, rounds[-1])
    wholes = {code: whole_measures(read_round(connection, code, None, rounds=False))[0]
              for code in rounds[:-1]}  # fmt: skip
    wholes[rounds[-1]] = latest.whole
    story = [
        heading(context, context.t("network"), "network"),
        Paragraph(escape(_intro(context, rounds)), styles.body),
        _measures_table(context, rounds, wholes),
        Paragraph(escape(_definitions(language)), styles.small),
    ]
    if len(rounds) > 1:
        story += [CondPageBreak(120 * mm), *_figure(context, rounds[0], rounds[-1])]
    story += _brokers(context, rounds[-1], latest)
    return story


def _definitions(language: str) -> str:
    return tr(
        "pack_network:definitions",
        "Density is the number of ties over the pairs of all the project's stakeholders, "
        "n(n−1)/2, counting one tie per pair whatever its direction. Mean degree is the average "
        "number of ties of a stakeholder. Isolates are stakeholders without a tie in the round. "
        "Clustering is the average share of a stakeholder's partners who are tied to each other; "
        "centralisation is 1 for a star and 0 when every stakeholder has the same number of ties.",
        language,
    )


def _round_title(context: PackContext, code: str) -> str:
    held = context.connection.execute("SELECT held_on FROM survey_rounds WHERE code = ?", (code,)).fetchone()
    label = survey_round_label(code, context.language)
    if held and held[0]:
        return f"{label} ({context.date(dt.date.fromisoformat(str(held[0])[:10]))})"
    return label


def _intro(context: PackContext, rounds: list[str]) -> str:
    language = context.language
    if len(rounds) == 1:
        return tr(
            "pack_network:intro_one",
            "The network of the only survey round with ties ({round}): every tie between the project's "
            "stakeholders observed then.",
            language,
            round=survey_round_label(rounds[0], language),
        )
    return tr(
        "pack_network:intro",
        "The network of each survey round holds the ties first observed in that round or carried from an "
        "earlier one, less those found ended. The last column is the change from the first round shown "
        "to the latest.",
        language,
    )


def _value(context: PackContext, value, decimals: int, share: bool) -> str:
    if value is None:
        return "–"
    if share:
        return context.percent(value)
    return context.number(value, decimals)


def _change(context: PackContext, first, last, decimals: int, share: bool) -> str:
    if first is None or last is None:
        return "–"
    delta = last - first
    shown = round(delta * 100 if share else delta, 0 if share else decimals)
    if share:  # a change of a share is in percentage points
        text = tr("pack_network:points", "{value} pt", context.language, value=context.number(shown, 0))
    else:
        text = context.number(shown, decimals)
    return f"+{text}" if shown > 0 else text


def _measures_table(context: PackContext, rounds: list[str], wholes: dict) -> Table:
    width, language = context.frame_width, context.language
    titles = [_round_title(context, code) for code in rounds]
    change = [tr("pack_network:change", "Change", language)] if len(rounds) > 1 else []
    rows = [header_cells([tr("pack_network:measure", "Measure", language), *titles, *change], 1)]
    for key, decimals, share in MEASURES:
        values = [wholes[code].get(key) for code in rounds]
        row = [Paragraph(escape(measure_label(key, language)), context.styles.cell)]
        row += [_value(context, v, decimals, share) for v in values]
        if change:
            row.append(_change(context, values[0], values[-1], decimals, share))
        rows.append(row)
    first = width * (0.34 if len(rounds) < 4 else 0.28)
    others = (width - first) / (len(rounds) + len(change))
    table = Table(rows, colWidths=[first] + [others] * (len(rounds) + len(change)), repeatRows=1)
    table.setStyle(data_table_style(numeric_from_column=1))
    if change:
        table.setStyle(table_style(("FONTNAME", (-1, 1), (-1, -1), "ClusterDeskSans-CondensedBold")))
    return table


def _pictures(project, code: str, title: str) -> RoundPicture:
    fids = ties_of_round(project.session.connection(), code).fids
    rows = project.connection.execute("SELECT fid, source_id, target_id FROM relations").fetchall()
    return RoundPicture(title, frozenset(pair(s, t) for f, s, t in rows if f in fids and s != t))


def _figure(context: PackContext, first: str, last: str) -> list:
    connection, language = context.connection, context.language
    kinds = dict(connection.execute("SELECT fid, kind FROM stakeholders").fetchall())
    before = _pictures(context.project, first, _round_title(context, first))
    after = _pictures(context.project, last, _round_title(context, last))
    present = [k for k in STAKEHOLDER_KINDS if k in set(kinds.values())]
    legend = [(kind_label(k, language), stakeholder_style(k).colour) for k in present]
    tie_labels = (
        tr("pack_network:tie_kept", "Tie in both rounds", language),
        tr("pack_network:tie_new", "New tie", language),
        tr("pack_network:tie_ended", "Tie found ended", language),
    )
    drawing = before_after(kinds, before, after, context.frame_width, legend, tie_labels)
    caption = tr(
        "pack_network:figure_caption",
        "Every stakeholder stands in the same place in both drawings, coloured by kind as on the map. "
        "{first}: {ended} ties that ended are dashed. {last}: {new} new ties are highlighted.",
        language,
        first=survey_round_label(first, language),
        last=survey_round_label(last, language),
        ended=context.number(len(before.ties - after.ties)),
        new=context.number(len(after.ties - before.ties)),
    )
    title = tr("pack_network:figure_title", "The network before and after", language)
    return [
        KeepTogether(
            [
                Paragraph(escape(title), context.styles.h2),
                drawing,
                Spacer(1, 2 * mm),
                Paragraph(escape(caption), context.styles.small),
            ]
        )
    ]


def _brokers(context: PackContext, code: str, measured) -> list:
    language, styles, width = context.language, context.styles, context.frame_width
    people = dict(
        (fid, (name, kind))
        for fid, name, kind in context.connection.execute("SELECT fid, name, kind FROM stakeholders")
    )
    brokers = [
        (fid, betweenness, role)
        for fid, betweenness, role in zip(
            measured.fids.tolist(), measured.betweenness.tolist(), measured.roles, strict=True
        )
        if betweenness > 0 and fid in people
    ]
    ranked = sorted(brokers, key=lambda item: (-item[1], people[item[0]][0]))[:BROKERS]
    if not ranked:
        return []
    rows = [
        header_cells(
            [
                tr("pack_network:col_stakeholder", "Stakeholder", language),
                tr("pack_network:col_kind", "Kind", language),
                tr("pack_network:col_role", "Brokerage role", language),
                tr("pack_network:col_betweenness", "Betweenness", language),
            ],
            3,
        )
    ]
    for fid, betweenness, role in ranked:
        name, kind = people[fid]
        rows.append(
            [
                Paragraph(escape(name), styles.cell),
                Paragraph(escape(kind_label(kind, language)), styles.cell),
                Paragraph(escape(role_label(role, language)), styles.cell),
                context.number(betweenness, 3),
            ]
        )
    table = Table(rows, colWidths=[width * 0.42, width * 0.2, width * 0.23, width * 0.15], repeatRows=1)
    table.setStyle(data_table_style(numeric_from_column=3))
    note = tr(
        "pack_network:brokers_note",
        "The stakeholders most often on the shortest paths between others in the latest round ({round}) "
        "network (betweenness centrality, 0 to 1), with the brokerage role they play most often "
        "(Gould and Fernandez, groups by kind of stakeholder). Brokers link groups that would not meet "
        "otherwise; the CDA can work through them or build ties that do not depend on them.",
        language,
        round=survey_round_label(code, language),
    )
    title = tr("pack_network:brokers", "Brokers", language)
    return [
        CondPageBreak(50 * mm),
        Paragraph(escape(title), styles.h2),
        Paragraph(escape(note), styles.small),
        Spacer(1, 2 * mm),
        table,
    ]
