"""A diagnostic of the Atuntaqui garment cluster from its story in the UNIDO reference text (a SWOT, findings
and leverage points answered by the plan's training and joint marketing actions), built with the commands
a user's clicks run: used by the panel tests and the screenshot while the samples carry no diagnostic."""

from __future__ import annotations

import datetime as dt

from clusterdesk.core import diagnostic_edits as edits

ITEMS = (
    ("strength", "Cientos de talleres de tejido de punto con décadas de oficio en la ciudad",
     "Censo municipal de talleres, 2003"),
    ("strength", "Una feria anual que ya atrae compradores de Quito y Colombia", None),
    ("strength", "Cámara de comercio activa, dispuesta a compartir maquinaria", None),
    ("weakness", "Maquinaria anticuada y poco acceso a capacitación técnica", "Encuesta de línea de base"),
    ("weakness", "Desconfianza entre empresas: cada una compra y vende sola", "Entrevistas a 40 empresarios"),
    ("weakness", "Diseño copiado, sin marca propia del territorio", None),
    ("opportunity", "Demanda de prendas de calidad en el mercado nacional y en Colombia", None),
    ("opportunity", "Universidad y colegio técnico abiertos a actualizar sus programas", None),
    ("threat", "Importaciones asiáticas de bajo precio", "Aduanas, 2002–2003"),
    ("threat", "Contrabando por la frontera norte", None),
    ("finding", "Las empresas no cooperan en compras ni en ventas, por falta de confianza",
     "Taller participativo, 38 empresas"),
    ("finding", "Los proveedores de capacitación no conocen las necesidades de las empresas", None),
    ("leverage_point", "Redes de empresas para comprar insumos y vender juntas", None),
    ("leverage_point", "Una estrategia conjunta de marketing que promueva Atuntaqui como centro textil",
     None),
    ("leverage_point", "Currículos de formación actualizados con la universidad y el colegio técnico", None),
)  # fmt: skip


def build_atuntaqui_diagnostic(project) -> dict[str, int]:
    """Add the report and its items (with stakeholders and the plan actions that answer them); returns
    item fids by text."""
    push = project.stack.push
    connection = project.connection
    report = edits.add_report(
        project,
        {"title": "Diagnóstico participativo del clúster textil de Atuntaqui",
         "report_date": dt.date(2003, 11, 28),
         "authors": "Agente de Desarrollo de Clústeres; MICIP; ONUDI",
         "summary": "Análisis FODA con las empresas, la cámara de comercio y las instituciones de apoyo."},
    )  # fmt: skip
    push(report)
    report_id = report.rows["diagnostic_reports"][0]["fid"]
    firms = [r[0] for r in connection.execute("SELECT fid FROM stakeholders ORDER BY fid LIMIT 6")]
    tasks = {name: uuid for uuid, name in connection.execute("SELECT uuid, name FROM plan_tasks")}

    def tasks_like(*words: str) -> list[str]:
        return [uuid for name, uuid in tasks.items() if any(w.lower() in name.lower() for w in words)][:3]

    answers = {
        "finding": tasks_like("compra", "capacita", "formación"),
        "leverage_point": tasks_like("marca", "marketing", "compra"),
        "weakness": tasks_like("capacita", "formación"),
    }
    fids = {}
    for n, (category, text, evidence) in enumerate(ITEMS):
        values = {"report_id": report_id, "category": category, "text": text, "evidence": evidence,
                  "stakeholder_ids": firms[n % 3 : n % 3 + 2],
                  "task_uuids": answers.get(category, [])}  # fmt: skip
        command = edits.add_item(project, values)
        push(command)
        fids[text] = command.rows["diagnostic_items"][0]["fid"]
    return fids
