"""The key figures slide: the cluster in seven numbers (docs/presentations.md).

- firms: stakeholders of the kinds enterprise, supplier and buyer; institutions: every other kind;
- relations: the ties of the latest survey round's network (core.survey_rounds' rule), or the relations
  not found ended when the project has no rounds;
- joint actions: plan tasks with a joint action type, done (completed) and running (in progress) of all;
- budget: the sum of every plan task's four budget sources; the private share is the enterprises' part;
- phase: the project's phase of the UNIDO approach.
"""

from __future__ import annotations

from clusterdesk.analysis.story_views_common import KeyFigure, StoryView, ViewContext
from clusterdesk.core.catalogue import tr
from clusterdesk.core.survey_rounds import round_order, ties_of_round
from clusterdesk.core.vocabulary_labels import phase_label, survey_round_label

FIRM_KINDS = ("enterprise", "supplier", "buyer")
BUDGET_SUM = "coalesce(sum(budget_enterprises + budget_public + budget_donor + budget_other), 0)"


def latest_round_relations(context: ViewContext) -> tuple[str | None, int]:
    """(the latest round, the number of relations in its network)."""
    order = round_order(context.connection)
    if not order:
        count = context.raw.execute("SELECT count(*) FROM relations WHERE ended_round IS NULL").fetchone()[0]
        return None, int(count)
    return order[-1], len(ties_of_round(context.connection, order[-1]).fids)


def key_figures(context: ViewContext) -> StoryView:
    raw = context.raw
    marks = ", ".join("?" * len(FIRM_KINDS))
    firms = raw.execute(f"SELECT count(*) FROM stakeholders WHERE kind IN ({marks})", FIRM_KINDS).fetchone()[
        0
    ]
    everyone = raw.execute("SELECT count(*) FROM stakeholders").fetchone()[0]
    round_code, relations = latest_round_relations(context)
    done, running, joint = raw.execute(
        "SELECT coalesce(sum(status = 'completed'), 0), coalesce(sum(status = 'in_progress'), 0), count(*)"
        " FROM plan_tasks WHERE joint_action_type IS NOT NULL"
    ).fetchone()
    total, private = raw.execute(
        f"SELECT {BUDGET_SUM}, coalesce(sum(budget_enterprises), 0) FROM plan_tasks"
    ).fetchone()
    phase = context.info.get("phase")
    round_note = survey_round_label(round_code, context.language) if round_code else ""
    figures = [
        KeyFigure(tr("story:firms", "Firms", context.language), context.number(firms), number=firms),
        KeyFigure(
            tr("story:institutions", "Institutions", context.language),
            context.number(everyone - firms),
            number=everyone - firms,
        ),
        KeyFigure(
            tr("story:relations", "Relations", context.language),
            context.number(relations),
            round_note,
            relations,
        ),
        KeyFigure(
            tr("story:joint_actions_done", "Joint actions done", context.language),
            context.number(done),
            tr(
                "story:of_joint_actions",
                "of {count} joint actions",
                context.language,
                count=context.number(joint),
            ),
            done,
        ),
        KeyFigure(
            tr("story:joint_actions_running", "Joint actions running", context.language),
            context.number(running),
            number=running,
        ),
        KeyFigure(
            tr("story:budget", "Budget", context.language),
            context.money(total),
            tr(
                "story:private_share",
                "{share} from the firms",
                context.language,
                share=context.percent(private / total),
            )
            if total
            else "",
            total,
        ),
        KeyFigure(
            tr("story:phase", "Phase", context.language),
            context.number(phase) if phase else "–",
            phase_label(phase, context.language) if phase else "",
            phase,
        ),
    ]
    return StoryView(
        "key_figures", tr("story:title_key_figures", "The cluster in figures", context.language), figures
    )
