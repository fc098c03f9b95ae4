"""Health checks on references that lead nowhere and on indicators that cannot be judged.

- relations.dangling_stakeholder (error): a relation whose source or target stakeholder is gone (a file
  edited in QGIS, which does not enforce the project's foreign keys);
- plan.dangling_task_links (info): result, diagnostic item or governance decision links to a plan task
  that was deleted (harmless, they are skipped, but they no longer say what answers them);
- results.indicator_without_baseline (warning): an indicator with actual values reported but no baseline,
  so its progress has no starting point;
- results.indicator_without_target (warning): an indicator without any target value.
"""

from __future__ import annotations

from collections.abc import Iterator

from clusterdesk.analysis.health_checks import CheckContext, Hit, health_check
from clusterdesk.core.catalogue import tr


@health_check(
    "relations.dangling_stakeholder",
    "error",
    lambda language: tr(
        "check:dangling_relation:fix",
        "Delete the relation, or restore the stakeholder it names (undo, or the file's .bak copy).",
        language,
    ),
)
def dangling_relations(context: CheckContext) -> Iterator[Hit]:
    # the covering indexes of source_id and target_id answer this without reading the relations' lines
    missing = [
        str(int(fid))
        for (fid,) in context.rows(
            "SELECT DISTINCT source_id FROM relations WHERE source_id NOT IN (SELECT fid FROM stakeholders)"
            " UNION SELECT DISTINCT target_id FROM relations"
            " WHERE target_id NOT IN (SELECT fid FROM stakeholders)"
        )
        if fid is not None
    ]
    if not missing:
        return
    listed = ", ".join(missing)
    for fid, source_id, target_id, source, target in context.rows(
        "SELECT r.fid, r.source_id, r.target_id, s.name, t.name FROM relations r"
        " LEFT JOIN stakeholders s ON s.fid = r.source_id LEFT JOIN stakeholders t ON t.fid = r.target_id"
        f" WHERE r.source_id IN ({listed}) OR r.target_id IN ({listed}) ORDER BY r.fid"
    ):
        if source is None:
            source = tr(
                "check:deleted_stakeholder", "deleted stakeholder {fid}", context.language, fid=source_id
            )
        if target is None:
            target = tr(
                "check:deleted_stakeholder", "deleted stakeholder {fid}", context.language, fid=target_id
            )
        message = tr(
            "check:dangling_relation",
            "The relation {fid} links {source} and {target}.",
            context.language,
            fid=fid,
            source=source,
            target=target,
        )
        yield Hit("relations", fid, message)


@health_check(
    "plan.dangling_task_links",
    "info",
    lambda language: tr(
        "check:dangling_task:fix",
        "Link the item to the plan task that now answers it, or remove the link.",
        language,
    ),
)
def dangling_task_links(context: CheckContext) -> Iterator[Hit]:
    tasks = "(SELECT uuid FROM plan_tasks)"
    if context.has_table("result_task_links"):
        for fid, result_id, code, statement in context.rows(
            "SELECT l.fid, r.fid, r.code, r.statement FROM result_task_links l"
            " JOIN results r ON r.fid = l.result_id"
            f" WHERE l.task_uuid NOT IN {tasks} ORDER BY l.fid"
        ):
            message = tr(
                "check:dangling_result_task",
                'Result {code} "{result}" names a plan task that was deleted.',
                context.language,
                code=code,
                result=statement,
            )
            yield Hit("result_task_links", fid, message, ("results", result_id))
    if context.has_table("diagnostic_item_tasks"):
        for fid, item_id, text in context.rows(
            "SELECT l.fid, i.fid, i.text FROM diagnostic_item_tasks l"
            " JOIN diagnostic_items i ON i.fid = l.item_id"
            f" WHERE l.task_uuid NOT IN {tasks} ORDER BY l.fid"
        ):
            message = tr(
                "check:dangling_item_task",
                'The diagnostic item "{item}" names a plan task that was deleted.',
                context.language,
                item=text,
            )
            yield Hit("diagnostic_item_tasks", fid, message, ("diagnostic_items", item_id))
    for fid, meeting_id, text in context.rows(
        "SELECT d.fid, d.meeting_id, d.text FROM governance_decisions d"
        f" WHERE d.task_uuid IS NOT NULL AND d.task_uuid NOT IN {tasks} ORDER BY d.fid"
    ):
        message = tr(
            "check:dangling_decision_task",
            'The decision "{decision}" names a plan task that was deleted.',
            context.language,
            decision=text,
        )
        yield Hit("governance_decisions", fid, message, ("governance_meetings", meeting_id))


@health_check(
    "results.indicator_without_baseline",
    "warning",
    lambda language: tr(
        "check:no_baseline:fix",
        "Enter the indicator's baseline value and date (Results panel, Edit indicator), from the baseline "
        "survey or the diagnostic.",
        language,
    ),
)
def indicator_without_baseline(context: CheckContext) -> Iterator[Hit]:
    if not context.has_table("result_indicators"):
        return
    for fid, code, name in context.rows(
        "SELECT i.fid, i.code, i.name FROM result_indicators i WHERE i.baseline_value IS NULL AND EXISTS"
        " (SELECT 1 FROM indicator_values v WHERE v.indicator_id = i.fid AND v.kind = 'actual')"
        " ORDER BY i.fid"
    ):
        message = tr(
            "check:no_baseline",
            'The indicator {code} "{indicator}" has actual values but no baseline.',
            context.language,
            code=code,
            indicator=name,
        )
        yield Hit("result_indicators", fid, message)


@health_check(
    "results.indicator_without_target",
    "warning",
    lambda language: tr(
        "check:no_target:fix",
        "Enter the indicator's targets per period (Results panel, the values table).",
        language,
    ),
)
def indicator_without_target(context: CheckContext) -> Iterator[Hit]:
    if not context.has_table("result_indicators"):
        return
    for fid, code, name in context.rows(
        "SELECT i.fid, i.code, i.name FROM result_indicators i WHERE NOT EXISTS"
        " (SELECT 1 FROM indicator_values v WHERE v.indicator_id = i.fid AND v.kind = 'target')"
        " ORDER BY i.fid"
    ):
        message = tr(
            "check:no_target",
            'The indicator {code} "{indicator}" has no target.',
            context.language,
            code=code,
            indicator=name,
        )
        yield Hit("result_indicators", fid, message)
