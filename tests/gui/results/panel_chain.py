"""A result chain for the Atuntaqui garments sample, built with the commands a user's clicks run: used by
the results panel tests, its screenshots and its benchmark while the samples carry no chain of their own.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from clusterdesk.core import results_edits as edits
from clusterdesk.core.plan import PlanTask
from clusterdesk.core.results import Result
from clusterdesk.core.results_edits import ValueEntry


def _add(project, command) -> int:
    project.stack.push(command)
    table = next(iter(command.rows))
    return command.rows[table][0]["fid"]


def _values(
    project,
    indicator: int,
    targets: dict[str, float],
    actuals: dict[str, float] | None = None,
    categories: list[tuple[str, str, str, float]] = (),
) -> None:
    entries = [ValueEntry(p, "target", v) for p, v in targets.items()]
    entries += [ValueEntry(p, "actual", v, note=None) for p, v in (actuals or {}).items()]
    entries += [ValueEntry(p, "actual", v, dimension=d, category=c) for p, d, c, v in categories]
    project.stack.push(edits.set_values(project, indicator, entries))


def build_atuntaqui_chain(project) -> dict[str, int]:
    """Impact, two outcomes, three outputs and seven indicators (three computed), reported per semester,
    with links to the sample's plan actions when it has them. Returns fids by code."""
    push = project.stack.push
    top = project.session.scalars(select(Result.fid).where(Result.parent_id.is_(None))).all()
    for fid in top:  # a sample that carries its own chain: this one replaces it, so tests know what is there
        push(edits.delete_result(project, fid))
    push(edits.set_monitoring_settings(project, frequency="semester"))
    fids: dict[str, int] = {}
    fids["1"] = _add(
        project,
        edits.add_result(
            project,
            {
                "statement": "Las empresas de confección de Atuntaqui venden más y crean empleo de calidad",
                "assumptions": "La demanda de Ecuador y Colombia se mantiene",
            },
        ),
    )
    fids["1.1"] = _add(
        project,
        edits.add_result(
            project,
            {
                "parent_id": fids["1"],
                "statement": "Las empresas compran, venden y se promocionan en conjunto",
            },
        ),
    )
    fids["1.2"] = _add(
        project,
        edits.add_result(
            project,
            {
                "parent_id": fids["1"],
                "statement": "Los talleres cuentan con mano de obra calificada",
            },
        ),
    )
    fids["1.1.1"] = _add(
        project,
        edits.add_result(
            project,
            {
                "parent_id": fids["1.1"],
                "statement": "Marca colectiva «Atuntaqui Moda» lanzada y usada por las empresas",
            },
        ),
    )
    fids["1.1.2"] = _add(
        project,
        edits.add_result(
            project,
            {
                "parent_id": fids["1.1"],
                "statement": "Compra conjunta de tela e hilo organizada",
            },
        ),
    )
    fids["1.2.1"] = _add(
        project,
        edits.add_result(
            project,
            {
                "parent_id": fids["1.2"],
                "statement": "Operarias certificadas en patronaje y confección",
            },
        ),
    )

    sales = _add(
        project,
        edits.add_indicator(
            project,
            {
                "result_id": fids["1"],
                "name": "Ventas anuales de las empresas del clúster (millones USD)",
                "unit": "currency",
                "baseline_value": 18.0,
                "baseline_date": dt.date(2022, 6, 30),
                "baseline_source": "Encuesta de línea de base 2022",
                "data_source": "Encuesta a empresas",
            },
        ),
    )
    _values(
        project,
        sales,
        {"2023-S2": 19.5, "2024-S2": 21.5, "2025-S2": 24.0},
        {"2023-S2": 19.8, "2024-S2": 20.1},
    )
    jobs = _add(
        project,
        edits.add_indicator(
            project,
            {
                "result_id": fids["1"],
                "name": "Empleos formales en las empresas del clúster",
                "baseline_value": 1450,
                "baseline_date": dt.date(2022, 6, 30),
                "disaggregations": "sex",
            },
        ),
    )
    _values(
        project,
        jobs,
        {"2023-S2": 1500, "2024-S2": 1600, "2025-S2": 1700},
        {"2023-S2": 1470, "2024-S2": 1495},
        [("2024-S2", "sex", "female", 1010), ("2024-S2", "sex", "male", 485)],
    )
    fids["1.1a"] = _add(
        project,
        edits.add_indicator(
            project,
            {
                "result_id": fids["1.1"],
                "name": "Acciones conjuntas completadas",
                "computed": "joint_actions_completed",
            },
        ),
    )
    _values(project, fids["1.1a"], {"2023-S2": 2, "2024-S1": 4, "2024-S2": 6, "2025-S2": 9})
    fids["1.1b"] = _add(
        project,
        edits.add_indicator(
            project,
            {
                "result_id": fids["1.1"],
                "name": "Empresas en acciones conjuntas",
                "computed": "firms_in_joint_actions",
                "disaggregations": "firm_size",
            },
        ),
    )
    _values(project, fids["1.1b"], {"2023-S2": 10, "2024-S2": 20, "2025-S2": 30})
    women = _add(
        project,
        edits.add_indicator(
            project,
            {
                "result_id": fids["1.2"],
                "name": "Mujeres entre el personal de las empresas",
                "computed": "women_share",
            },
        ),
    )
    _values(project, women, {"2025-S2": 60})
    brand = _add(
        project,
        edits.add_indicator(
            project,
            {
                "result_id": fids["1.1.1"],
                "name": "Marca colectiva registrada",
                "unit": "yes_no",
            },
        ),
    )
    _values(project, brand, {"2023-S2": 1}, {"2023-S2": 1})
    fids["1.1.2a"] = _add(
        project,
        edits.add_indicator(
            project,
            {
                "result_id": fids["1.1.2"],
                "name": "Empresas en la compra conjunta",
                "baseline_value": 0,
                "disaggregations": "firm_size",
            },
        ),
    )
    _values(
        project,
        fids["1.1.2a"],
        {"2024-S2": 25, "2025-S2": 40},
        {"2024-S2": 12},
        [("2024-S2", "firm_size", "micro", 8), ("2024-S2", "firm_size", "small", 4)],
    )
    certified = _add(
        project,
        edits.add_indicator(
            project,
            {
                "result_id": fids["1.2.1"],
                "name": "Operarias certificadas",
                "baseline_value": 0,
                "baseline_date": dt.date(2023, 1, 1),
            },
        ),
    )
    _values(project, certified, {"2024-S2": 30, "2025-S1": 60}, {"2024-S2": 28, "2025-S1": 55})

    tasks = {name: uuid for uuid, name in project.session.execute(select(PlanTask.uuid, PlanTask.name))}
    links = {
        "1.1.1": [
            "Estrategia conjunta de marketing y marca colectiva «Atuntaqui Moda»",
            "Lanzamiento de la marca «Atuntaqui Moda»",
        ],
        "1.1.2": ["Compra conjunta de tela e hilo"],
        "1.2.1": [
            "Currículo de patronaje y confección con la universidad y el colegio técnico",
            "Primera promoción certificada",
        ],
    }
    for code, names in links.items():
        uuids = [tasks[n] for n in names if n in tasks]
        if uuids:
            push(edits.set_result_tasks(project, fids[code], uuids))
    return fids
