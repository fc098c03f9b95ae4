"""What `clusterdesk selection lq` and `selection rank` print: readable tables in the messages language, and
the same figures as JSON for other programs (NaN and an unbounded weight become null)."""

from __future__ import annotations

import math
from typing import Any

from clusterdesk.core.catalogue import count_text, tr


def table_text(headings: list[str], rows: list[list[str]], right: set[int]) -> str:
    """Columns padded to their widest cell; those in `right` (numbers) aligned right."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headings)]

    def line(cells: list[str]) -> str:
        padded = [
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(padded).rstrip()

    return "\n".join([line(headings), line(["-" * w for w in widths]), *map(line, rows)])


def finite(value: Any) -> float | None:
    """A number for JSON: None for NaN and infinity."""
    if value is None:
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def lq_json(table, names: dict[str, str], measure: str, year: int) -> str:
    """The LQ table as JSON (pandas writes the hundreds of thousands of rows of a national study in C)."""
    import json

    columns = ["area_code", "area_name", "sector_code", "value", "area_total", "sector_total", "lq",
               "national_share", "growth"]  # fmt: skip
    rows = table.assign(area_name=table["area_code"].map(names))[columns]
    records = rows.to_json(orient="records", force_ascii=False, double_precision=10)
    head = json.dumps({"measure": measure, "year": year}, ensure_ascii=False)
    return head[:-1] + ', "rows": ' + records + "}"


def lq_text(table, names: dict[str, str], language: str | None, more: int) -> str:
    from clusterdesk.core.formatting import decimal, percent

    headings = [
        tr("cli:selection:col_area", "Area", language),
        tr("cli:selection:col_sector", "Sector", language),
        tr("cli:selection:col_value", "Value", language),
        tr("cli:selection:col_area_total", "Area total", language),
        tr("cli:selection:col_lq", "LQ", language),
        tr("cli:selection:col_share", "National share", language),
        tr("cli:selection:col_growth", "Growth", language),
    ]
    rows = []
    for row in table.itertuples(index=False):
        area = f"{row.area_code} {names[row.area_code]}" if names.get(row.area_code) else row.area_code
        rows.append([
            area, row.sector_code, decimal(row.value, language, 0), decimal(row.area_total, language, 0),
            decimal(finite(row.lq), language, 2), percent(finite(row.national_share), language, 1),
            percent(finite(row.growth), language, 1),
        ])  # fmt: skip
    text = table_text(headings, rows, right={2, 3, 4, 5, 6})
    if more:
        text += "\n" + tr(
            "cli:selection:more_pairs",
            "… and {count} more (--top to show more, --json for all)",
            language,
            count=count_text(more, language),
        )
    return text


def rank_json(evaluation, ranges) -> dict[str, Any]:
    ranking = evaluation.ranking
    order = sorted(range(len(evaluation.codes)), key=lambda i: ranking.ranks[i])
    criteria = evaluation.criteria
    return {
        "study": evaluation.settings.name,
        "measure": evaluation.settings.measure,
        "year": evaluation.year,
        "base_year": evaluation.settings.base_year,
        "criteria": [
            {
                "key": c.key,
                "label": c.label,
                "source": c.source,
                "weight": c.weight,
                "direction": "higher" if c.higher_is_better else "lower",
                "leader_stays_first": {
                    "low": finite(r.low),
                    "high": finite(r.high),
                    "overtaken_below_by": r.overtaken_below_by,
                    "overtaken_above_by": r.overtaken_above_by,
                },
            }
            for c, r in zip(criteria, ranges, strict=True)
        ],
        "candidates": [
            {
                "rank": int(ranking.ranks[i]),
                "code": evaluation.codes[i],
                "name": evaluation.names[evaluation.codes[i]],
                "sector_code": evaluation.candidates[evaluation.codes[i]].sector_code,
                "area_codes": list(evaluation.candidates[evaluation.codes[i]].area_codes),
                "score": round(float(ranking.scores[i]), 4),
                "values": {c.key: finite(evaluation.values[i, j]) for j, c in enumerate(criteria)},
            }
            for i in order
        ],
    }


def _value_text(value: float, source: str, language: str | None) -> str:
    from clusterdesk.core.formatting import decimal, percent

    if not math.isfinite(value):
        return "–"
    if source in ("growth", "national_share"):
        return percent(value, language, 1)
    if source in ("size", "registry_firms"):
        return decimal(value, language, 0)
    return decimal(value, language, 2 if source == "location_quotient" else 1)


def rank_text(evaluation, ranges, language: str | None) -> str:
    """The ranking with each criterion's value under a short column name (C1, C2, …), then the criteria
    with their weights and the range of each weight over which the leader stays first."""
    from clusterdesk.core.formatting import decimal

    ranking = evaluation.ranking
    criteria = evaluation.criteria
    order = sorted(range(len(evaluation.codes)), key=lambda i: ranking.ranks[i])
    short = [f"C{j + 1}" for j in range(len(criteria))]
    headings = [
        tr("cli:selection:col_rank", "Rank", language),
        tr("cli:selection:col_code", "Code", language),
        tr("cli:selection:col_name", "Name", language),
        tr("cli:selection:col_score", "Score", language),
        *short,
    ]
    rows = [
        [str(int(ranking.ranks[i])), evaluation.codes[i], evaluation.names[evaluation.codes[i]],
         decimal(float(ranking.scores[i]), language, 1),
         *(_value_text(evaluation.values[i, j], c.source, language) for j, c in enumerate(criteria))]
        for i in order
    ]  # fmt: skip
    lines = [table_text(headings, rows, right={0, 3, *range(4, 4 + len(criteria))}), ""]
    leader = evaluation.codes[order[0]]
    stays = tr("cli:selection:col_stays", "{code} stays first with the weight", language, code=leader)
    criteria_rows = [
        [short[j], c.label, decimal(c.weight, language, 1), _range_text(ranges[j], language)]
        for j, c in enumerate(criteria)
    ]
    headings = [
        "",
        tr("cli:selection:col_criterion", "Criterion", language),
        tr("cli:selection:col_weight", "Weight", language),
        stays if len(order) > 1 else "",
    ]
    lines.append(table_text(headings, criteria_rows, right={2}))
    return "\n".join(lines)


def _range_text(stable, language: str | None) -> str:
    from clusterdesk.core.formatting import decimal

    low = decimal(stable.low, language, 2)
    if math.isinf(stable.high):
        span = tr("cli:selection:range_open", "{low} or more", language, low=low)
    else:
        span = tr("cli:selection:range", "{low} to {high}", language, low=low,
                  high=decimal(stable.high, language, 2))  # fmt: skip
    parts = [span]
    if stable.overtaken_below_by:
        parts.append(
            tr("cli:selection:below", "below, {code} leads", language, code=stable.overtaken_below_by)
        )
    if stable.overtaken_above_by:
        parts.append(
            tr("cli:selection:above", "above, {code} leads", language, code=stable.overtaken_above_by)
        )
    return "; ".join(parts)
