"""The network slide: the whole network's measures in two survey rounds and their change
(analysis.network.compare_rounds; docs/network_analysis.md defines every measure). The rounds are the
slide's options {"rounds": [first, second]}, else the first and the last round whose network has a tie."""

from __future__ import annotations

from clusterdesk.analysis.story_views_common import KeyFigure, StoryView, ViewContext, ViewRow, ViewTable
from clusterdesk.core.catalogue import tr
from clusterdesk.core.survey_rounds import round_order, ties_of_round
from clusterdesk.core.vocabulary_labels import survey_round_label

# (measure, decimals, printed as a percentage)
MEASURES = (
    ("nodes", 0, False),
    ("ties", 0, False),
    ("density", 3, False),
    ("mean_degree", 2, False),
    ("components", 0, False),
    ("largest_component_share", 0, True),
    ("clustering", 3, False),
    ("centralisation", 3, False),
)


def measure_label(context: ViewContext, key: str) -> str:
    labels = {
        "nodes": lambda: tr("story:nodes", "Stakeholders (nodes)", context.language),
        "ties": lambda: tr("story:ties", "Ties", context.language),
        "density": lambda: tr("story:density", "Density", context.language),
        "mean_degree": lambda: tr("story:mean_degree", "Mean degree", context.language),
        "components": lambda: tr("story:components", "Components", context.language),
        "largest_component_share": lambda: tr(
            "story:largest_firm_share", "Share of firms in the largest component", context.language
        ),
        "clustering": lambda: tr("story:clustering", "Clustering coefficient", context.language),
        "centralisation": lambda: tr("story:centralisation", "Degree centralisation", context.language),
    }
    return labels[key]()


def compared_rounds(context: ViewContext) -> list[str]:
    """The one or two rounds the slide shows (none when no round has a tie)."""
    order = round_order(context.connection)
    wanted = context.options.get("rounds")
    if isinstance(wanted, list) and len(wanted) == 2 and all(code in order for code in wanted):
        return list(wanted)
    with_ties = [code for code in order if ties_of_round(context.connection, code).fids]
    return with_ties[:1] + with_ties[-1:] if len(with_ties) > 1 else with_ties


def _value(context: ViewContext, value, digits: int, share: bool) -> str:
    if value is None:
        return "–"
    return context.percent(value) if share else context.number(value, digits)


def network(context: ViewContext) -> StoryView:
    from clusterdesk.analysis.network import compare_rounds, network_measures

    title = tr("story:title_network", "The network before and after", context.language)
    rounds = compared_rounds(context)
    if not rounds:
        return StoryView(
            "network",
            title,
            empty=tr("story:no_network", "No relations recorded in any survey round yet.", context.language),
        )
    names = [survey_round_label(code, context.language) for code in rounds]
    if len(rounds) == 1:
        measures = network_measures(context.connection, rounds[0]).whole
        rows = [
            ViewRow((measure_label(context, key), _value(context, measures.get(key), digits, share)))
            for key, digits, share in MEASURES
        ]
        table = ViewTable(
            (tr("story:col_measure", "Measure", context.language), names[0]), rows, numeric_from=1
        )
        return StoryView("network", title, tables=[table])
    change = compare_rounds(context.connection, rounds[0], rounds[1])
    before, after, delta = change.first.whole, change.second.whole, change.whole_change
    rows = []
    for key, digits, share in MEASURES:
        difference = delta.get(key)
        if share and difference is not None:
            shown = tr(
                "story:points",
                "{change} pp",
                context.language,
                change=context.signed(difference * 100, 0),
            )
        else:
            shown = context.signed(difference, digits)
        rows.append(
            ViewRow(
                (
                    measure_label(context, key),
                    _value(context, before.get(key), digits, share),
                    _value(context, after.get(key), digits, share),
                    shown,
                )
            )
        )
    columns = (
        tr("story:col_measure", "Measure", context.language),
        *names,
        tr("story:col_change", "Change", context.language),
    )
    figures = [
        KeyFigure(
            tr("story:new_ties", "New ties", context.language),
            context.number(len(change.new_pairs)),
            number=len(change.new_pairs),
        ),
        KeyFigure(
            tr("story:kept_ties", "Ties kept", context.language),
            context.number(len(change.kept_pairs)),
            number=len(change.kept_pairs),
        ),
        KeyFigure(
            tr("story:ended_ties", "Ties ended", context.language),
            context.number(len(change.ended_pairs)),
            number=len(change.ended_pairs),
        ),
    ]
    note = tr(
        "story:network_note",
        "Ties count one per pair of stakeholders, whatever their direction; density is over all the "
        "project's stakeholders.",
        context.language,
    )
    return StoryView("network", title, figures, [ViewTable(columns, rows, numeric_from=1)], [note])
