"""A result chain for the report tests, built with the result commands in a copy of the Atuntaqui sample:
an impact, two outcomes and three outputs, linked to the sample's joint actions, with manual indicators
reported per quarter (one quarter left without an actual), a yes/no output indicator, an indicator
disaggregated by sex and a computed one. `hostile` puts markup into a statement and an indicator name."""

from __future__ import annotations

import datetime as dt

from report_fixtures import open_sample_copy

from clusterdesk.core import results_edits as edits
from clusterdesk.core.results_edits import ValueEntry

TITLE_BREAKER = "</title><script>alert(1)</script>"
BOLD = "<b>x</b>"
HOSTILE_STATEMENT = f"Talleres {TITLE_BREAKER} venden {BOLD} juntos"
HOSTILE_INDICATOR = f"Ventas {BOLD} {TITLE_BREAKER}"

IMPACT = "Las confecciones de Atuntaqui crecen en ventas y empleo formal"
OUTCOME_MARKET = "Las empresas del clúster venden juntas en nuevos mercados de Ecuador y Colombia"
OUTCOME_SKILLS = "Los talleres cuentan con operarias y patronistas calificadas"
OUTPUT_BRAND = "Marca colectiva «Atuntaqui Moda» lanzada y en uso"
OUTPUT_CENTRE = "Centro de corte y bordado compartido en funcionamiento"
OUTPUT_COURSE = "Currículo de patronaje y confección aprobado con la universidad"
ASSUMPTION = "La demanda colombiana se mantiene y el tipo de cambio no encarece las exportaciones"


def _push(project, command) -> None:
    project.stack.push(command)


def _fid(project, table: str, code: str) -> int:
    return project.connection.execute(f"SELECT fid FROM {table} WHERE code = ?", (code,)).fetchone()[0]


def _task_uuids(project, *fids: int) -> list[str]:
    rows = project.connection.execute(
        f"SELECT uuid FROM plan_tasks WHERE fid IN ({','.join('?' * len(fids))}) ORDER BY fid", fids
    )
    return [uuid for (uuid,) in rows]


def _values(project, indicator: int, targets: dict[str, float], actuals: dict[str, float], **extra) -> None:
    entries = [ValueEntry(p, "target", v) for p, v in targets.items()]
    entries += [ValueEntry(p, "actual", v) for p, v in actuals.items()]
    entries += extra.get("categories", [])
    _push(project, edits.set_values(project, indicator, entries))


def add_chain(project, hostile: bool = False) -> None:
    """The chain (see the module's description), reported per quarter."""
    _push(project, edits.set_monitoring_settings(project, frequency="quarter"))
    _push(project, edits.add_result(project, {"statement": IMPACT}))
    impact = _fid(project, "results", "1")
    _push(project, edits.add_result(project, {"parent_id": impact, "statement": OUTCOME_MARKET,
                                              "assumptions": ASSUMPTION}))  # fmt: skip
    market = _fid(project, "results", "1.1")
    _push(project, edits.add_result(project, {"parent_id": impact, "statement": OUTCOME_SKILLS}))
    skills = _fid(project, "results", "1.2")
    _push(project, edits.add_result(project, {"parent_id": market, "statement": OUTPUT_BRAND}))
    _push(project, edits.add_result(project, {"parent_id": market, "statement": OUTPUT_CENTRE}))
    _push(project, edits.add_result(project, {"parent_id": skills, "statement": OUTPUT_COURSE}))
    brand, centre = _fid(project, "results", "1.1.1"), _fid(project, "results", "1.1.2")
    # the joint marketing strategy, the brand launch, the trade fair stand; the shared cutting centre
    _push(project, edits.set_result_tasks(project, brand, _task_uuids(project, 2, 6)))
    _push(project, edits.set_result_tasks(project, market, _task_uuids(project, 7)))
    _push(project, edits.set_result_tasks(project, centre, _task_uuids(project, 19)))
    _push(project, edits.set_result_tasks(project, skills, _task_uuids(project, 12, 16)))
    if hostile:
        _push(project, edits.update_result(project, centre, {"statement": HOSTILE_STATEMENT,
                                                             "assumptions": BOLD}))  # fmt: skip

    _push(project, edits.add_indicator(project, {
        "result_id": impact, "name": "Ventas anuales de las empresas del clúster", "unit": "currency",
        "baseline_value": 12_000_000, "baseline_date": dt.date(2022, 3, 1)}))  # fmt: skip
    _values(
        project, _fid(project, "result_indicators", "1a"), {"2025-Q4": 15_000_000}, {"2024-Q4": 13_100_000}
    )

    name = HOSTILE_INDICATOR if hostile else "Empresas que venden bajo la marca colectiva"
    _push(project, edits.add_indicator(project, {
        "result_id": market, "name": name, "baseline_value": 0,
        "baseline_date": dt.date(2022, 3, 1)}))  # fmt: skip
    _values(
        project, _fid(project, "result_indicators", "1.1a"),
        {"2023-Q2": 10, "2023-Q4": 20, "2024-Q4": 35, "2025-Q4": 50},
        {"2022-Q3": 3, "2022-Q4": 6, "2023-Q1": 8, "2023-Q2": 11, "2023-Q3": 14, "2023-Q4": 19,
         # 2024-Q1 was never reported: a gap, not a value
         "2024-Q2": 22, "2024-Q3": 25, "2024-Q4": 26, "2025-Q1": 27, "2025-Q2": 28},
    )  # fmt: skip
    _push(project, edits.add_indicator(project, {
        "result_id": market, "name": "Empresas en acciones conjuntas", "computed": "firms_in_joint_actions",
        "baseline_value": 0, "baseline_date": dt.date(2022, 3, 1)}))  # fmt: skip
    _values(project, _fid(project, "result_indicators", "1.1b"), {"2023-Q4": 20, "2025-Q4": 45}, {})

    _push(project, edits.add_indicator(project, {
        "result_id": skills, "name": "Operarias y operarios certificados en patronaje",
        "disaggregations": "sex",
        "baseline_value": 0, "baseline_date": dt.date(2022, 6, 1)}))  # fmt: skip
    _values(
        project, _fid(project, "result_indicators", "1.2a"),
        {"2023-Q4": 30, "2024-Q4": 60, "2025-Q2": 80},
        {"2023-Q4": 12, "2024-Q2": 20, "2024-Q4": 26, "2025-Q2": 31},
        categories=[ValueEntry("2025-Q2", "actual", 25, "sex", "female"),
                    ValueEntry("2025-Q2", "actual", 6, "sex", "male")],
    )  # fmt: skip
    _push(project, edits.add_indicator(project, {
        "result_id": skills, "name": "Proporción de mujeres entre las patronistas", "unit": "percentage",
        "baseline_value": 40, "baseline_date": dt.date(2022, 6, 1)}))  # fmt: skip
    _values(project, _fid(project, "result_indicators", "1.2b"), {"2025-Q4": 60}, {"2024-Q4": 55.5})

    _push(project, edits.add_indicator(project, {
        "result_id": brand, "name": "Marca registrada en el SENADI", "unit": "yes_no"}))  # fmt: skip
    _values(project, _fid(project, "result_indicators", "1.1.1a"), {"2023-Q2": 1}, {"2023-Q3": 1})
    _push(
        project, edits.add_indicator(project, {"result_id": centre, "name": "Horas de uso del centro al mes"})
    )
    _values(project, _fid(project, "result_indicators", "1.1.2a"), {"2024-Q4": 160}, {"2024-Q4": 70})


def clear_chain(project) -> None:
    """Remove any result chain the sample brings, so the tests know every result and value."""
    for (fid,) in project.connection.execute("SELECT fid FROM results WHERE parent_id IS NULL").fetchall():
        _push(project, edits.delete_result(project, fid))


def atuntaqui_without_chain(tmp_path):
    project = open_sample_copy(tmp_path, "atuntaqui_garments")
    clear_chain(project)
    return project


def atuntaqui_with_chain(tmp_path, hostile: bool = False):
    """A copy of the Atuntaqui sample with (only) this chain; the caller closes it."""
    project = atuntaqui_without_chain(tmp_path)
    add_chain(project, hostile)
    return project
