"""Enricher: the governance structure of each sample — bodies, members, meetings, decisions, maturity.

Every sample has a Steering Committee of national and regional bodies, a Cluster Commission of local
stakeholders, the project team and a working group; each then has the networks and associations its
story tells of, with their members found through the registry's member_of relations (Samara: the
suppliers' association and the firms that founded and joined it; Ethiopia: the shareholders of the
edible-oil producers' company). Meetings follow the survey rounds; the CDA stays away from more of the
local bodies' meetings as the initiative matures, and the Cluster Commission's decisions launch actions
of the sample's action plan.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from clusterdesk.core.governance_rows import InsertRows
from clusterdesk.core.model import ContactPerson, Relation, Stakeholder
from clusterdesk.core.plan import PlanTask
from clusterdesk.core.project import Project

from .common import sample_uuid

WORDS: dict[str, dict[str, str]] = {
    "es": {
        "steering_committee": "Comité Directivo",
        "cluster_commission": "Comisión del Clúster",
        "project_team": "Equipo del proyecto",
        "steering_purpose": "Orienta la iniciativa y moviliza el apoyo de las instituciones nacionales",
        "commission_purpose": "Representa a los actores locales, aprueba y sigue el plan de acción",
        "team_purpose": "Facilita la iniciativa día a día",
        "approved": "Se aprueba: {}",
        "agenda": "Avance del plan de acción; próximas acciones conjuntas",
        "office": "Oficina de {}",
    },
    "ru": {
        "steering_committee": "Руководящий комитет",
        "cluster_commission": "Совет кластера",
        "project_team": "Проектная команда",
        "steering_purpose": "Определяет направление инициативы и привлекает поддержку региональных органов",
        "commission_purpose": "Представляет участников кластера, утверждает план действий и следит за ним",
        "team_purpose": "Ведёт инициативу изо дня в день",
        "approved": "Утвердить: {}",
        "agenda": "Ход выполнения плана; следующие совместные действия",
        "office": "Офис: {}",
    },
    "en": {
        "steering_committee": "Steering Committee",
        "cluster_commission": "Cluster Commission",
        "project_team": "Project team",
        "steering_purpose": "Guides the initiative and mobilises the support of national institutions",
        "commission_purpose": "Represents the local stakeholders, approves and follows the action plan",
        "team_purpose": "Runs the initiative day to day",
        "approved": "Approved: {}",
        "agenda": "Progress of the action plan; next joint actions",
        "office": "Offices of {}",
    },
}


@dataclass(frozen=True)
class Story:
    """Who sits where, by registry name (a name missing from the registry is left out)."""

    steering: tuple[str, ...]
    commission: tuple[str, ...]  # the first one chairs, the second is vice-chair
    working_group: tuple[str, str, str]  # name, purpose, lead institution
    networks: tuple[tuple[str, str, int], ...] = ()  # (registry name, body type, members shown at most)
    maturity: tuple[str, ...] = ("cda_led", "shared")  # one per year from the baseline
    handed_over: tuple[str, ...] = ()  # manual phase-out items done by the follow-up


STORIES: dict[str, Story] = {
    "atuntaqui_garments": Story(
        steering=(
            "Ministerio de Producción, Comercio Exterior, Inversiones y Pesca – Oficina Técnica Ibarra",
            "Gobierno Provincial de Imbabura",
            "Banco de Fomento Productivo – Agencia Ibarra",
        ),
        commission=(
            "Cámara de Comercio de Antonio Ante",
            "GAD Municipal de Antonio Ante",
            "Universidad Técnica del Norte – Carrera de Textiles",
            "Unidad Educativa Técnica Atuntaqui – Bachillerato en Confección",
            "Asociación de Productores Textiles de Antonio Ante",
            "Asociación de Mujeres Tejedoras de San Roque",
            "Centro de Diseño y Moda Imbabura",
            "Cooperativa de Ahorro y Crédito Textil Atuntaqui",
        ),
        working_group=(
            "Grupo de trabajo de marca y ferias",
            "Marca colectiva «Atuntaqui Moda» y Expoferia",
            "Centro de Diseño y Moda Imbabura",
        ),
        networks=(("Asociación de Mujeres Tejedoras de San Roque", "association", 21),),
        maturity=("cda_led", "shared", "locally_owned"),
        handed_over=("tools_handed_over",),
    ),
    "ambato_footwear": Story(
        steering=(
            "Ministerio de Producción – Oficina Técnica Ambato",
            "Gobierno Provincial de Tungurahua",
            "Cámara de Industrias de Tungurahua",
        ),
        commission=(
            "Cámara de Calzado de Tungurahua",
            "GAD Municipalidad de Ambato",
            "Universidad Técnica de Ambato – Facultad de Diseño",
            "Instituto Tecnológico del Calzado y Cuero",
            "GAD Municipal de Cevallos",
            "Asociación de Artesanos del Cuero de Quisapincha",
            "Laboratorio de Ensayos de Cuero y Calzado",
        ),
        working_group=(
            "Grupo de trabajo de calidad y normas",
            "Normas técnicas y ensayos de calzado",
            "Laboratorio de Ensayos de Cuero y Calzado",
        ),
        networks=(
            ("Asociación de Productores de Calzado de Cevallos", "association", 12),
            ("Asociación de Artesanos del Cuero de Quisapincha", "association", 12),
        ),
    ),
    "bosawas_cocoa": Story(
        steering=("Secretaría Técnica de la Reserva de Biosfera Bosawas", "Microfinanciera Fondo Campesino"),
        commission=(
            "Unión de Cooperativas Cacao Bosawas",
            "Alcaldía Municipal de Siuna",
            "Cooperativa Agroforestal Cacaotera de Waslala",
            "Cooperativa Multisectorial Flor de Siuna",
            "Cooperativa de Cacao Las Minas",
            "Fundación Bosque y Cacao",
            "Servicios Técnicos Agroforestales del Norte",
            "Caja Rural Waslala",
        ),
        working_group=(
            "Grupo de trabajo de certificación",
            "Control interno, certificación orgánica y comercio justo",
            "Unión de Cooperativas Cacao Bosawas",
        ),
        networks=(
            ("Unión de Cooperativas Cacao Bosawas", "association", 14),
            ("Red de Productores de Cacao El Achiote", "enterprise_network", 14),
            ("Red de Productores de Cacao Río Blanco Arriba", "enterprise_network", 15),
        ),
        maturity=("cda_led", "shared", "locally_owned"),
        handed_over=("tools_handed_over", "methods_handed_over"),
    ),
    "samara_automotive": Story(
        steering=(
            "Министерство промышленности и торговли Самарской области",
            "Региональный фонд развития промышленности",
            "Центр кластерного развития Самарской области",
        ),
        commission=(
            "Ассоциация поставщиков автокомпонентов Самарской области",
            "Администрация городского округа Тольятти",
            "Торгово-промышленная палата Самарской области",
            "Тольяттинский государственный университет – Институт машиностроения",
            "Тольяттинский машиностроительный колледж",
            "Союз работодателей Тольятти",
            "Центр сертификации и испытаний автокомпонентов",
        ),
        working_group=(
            "Рабочая группа по сертификации IATF 16949",
            "Подготовка поставщиков к сертификации",
            "Центр сертификации и испытаний автокомпонентов",
        ),
        networks=(("Ассоциация поставщиков автокомпонентов Самарской области", "association", 17),),
    ),
    "adiyaman_kahramanmaras_textiles": Story(
        steering=(
            "Kalkınma Ajansı Yatırım Destek Ofisi – Kahramanmaraş",
            "KOSGEB Kahramanmaraş Müdürlüğü",
            "KOSGEB Adıyaman Müdürlüğü",
        ),
        commission=(
            "Kahramanmaraş Ticaret ve Sanayi Odası",
            "Adıyaman Ticaret ve Sanayi Odası",
            "Kahramanmaraş Organize Sanayi Bölgesi Müdürlüğü",
            "Adıyaman Organize Sanayi Bölgesi Müdürlüğü",
            "Kahramanmaraş Sütçü İmam Üniversitesi – Tekstil Mühendisliği",
            "Kahramanmaraş İplikçiler Derneği",
            "Kadın Emeği Dayanışma Derneği",
        ),
        working_group=(
            "Reconstruction and workforce working group",
            "Rebuilding production after the earthquakes; bringing skilled workers back",
            "Kahramanmaraş Organize Sanayi Bölgesi Müdürlüğü",
        ),
        networks=(("Kahramanmaraş İplikçiler Derneği", "association", 16),),
        maturity=("cda_led",),
    ),
    "ethiopia_edible_oil": Story(
        steering=(
            "Ministry of Industry – Food Industry Directorate",
            "Amhara Bureau of Industry and Investment",
            "Development Bank – Bahir Dar Branch",
        ),
        commission=(
            "Bahir Dar Edible Oil Processors' Association",
            "Bahir Dar City Enterprise Development Office",
            "Hibret Edible Oil Refinery Share Company",
            "Bahir Dar University – Institute of Technology",
            "Bahir Dar Polytechnic College",
            "Amhara Women Entrepreneurs Association",
            "Food and Drug Authority – Bahir Dar Branch",
            "Amhara Credit and Savings Institution",
        ),
        working_group=(
            "Fortification and quality working group",
            "Vitamin A and D fortification, quality testing",
            "Edible Oil Quality Testing Laboratory",
        ),
        networks=(("Hibret Edible Oil Refinery Share Company", "enterprise_network", 50),),
        maturity=("cda_led", "shared", "shared"),
        handed_over=("tools_handed_over",),
    ),
}


@dataclass
class _Writer:
    key: str
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: str, **values: Any) -> int:
        rows = self.rows.setdefault(table, [])
        fid = len(rows) + 1
        rows.append({"fid": fid, "uuid": sample_uuid(self.key, table, fid), **values})
        return fid


def add_governance(project: Project, sample_key: str, rng: random.Random) -> None:
    from . import SAMPLES

    definition = SAMPLES[sample_key]
    story = STORIES[sample_key]
    words = WORDS.get(project.info().language, WORDS["en"])
    session = project.session
    by_name = {s.name: s for s in session.scalars(select(Stakeholder).order_by(Stakeholder.fid))}
    contacts: dict[int, ContactPerson] = {}
    for contact in session.scalars(select(ContactPerson).order_by(ContactPerson.fid)):
        contacts.setdefault(contact.stakeholder_id, contact)
    baseline, follow_up = definition.rounds.baseline, definition.rounds.follow_up_1
    writer = _Writer(sample_key)
    delegates: dict[int, tuple[str, str]] = {}

    def member(body: int, stakeholder: Stakeholder, role: str = "member", **values: Any) -> int:
        contact = contacts.get(stakeholder.fid)
        if contact is not None:
            who = {
                "contact_id": contact.fid,
                "gender": contact.gender if contact.gender in ("female", "male") else None,
            }
        else:  # the registry has no contact person: the minutes name the delegate, the same in every body
            if stakeholder.fid not in delegates:
                delegates[stakeholder.fid] = definition.locale.person(rng)
            name, gender = delegates[stakeholder.fid]
            who = {"person_name": name, "gender": gender}
        return writer.add(
            "governance_members",
            body_id=body,
            role=role,
            stakeholder_id=stakeholder.fid,
            interest_group=stakeholder.kind,
            **who,
            **values,
        )

    def named(names: tuple[str, ...]) -> list[Stakeholder]:
        return [by_name[n] for n in names if n in by_name]

    founded = baseline + dt.timedelta(days=75)
    steering_members, commission_members = named(story.steering), named(story.commission)
    steering = writer.add(
        "governance_bodies",
        name=words["steering_committee"],
        body_type="steering_committee",
        purpose=words["steering_purpose"],
        established_on=founded,
        lead_stakeholder_id=steering_members[0].fid,
    )
    for position, stakeholder in enumerate(steering_members):
        # two-year terms: the first ones ran out before the follow-up in the longer stories
        member(
            steering,
            stakeholder,
            "chair" if position == 0 else "member",
            term_start=founded,
            term_end=founded + dt.timedelta(days=730) if position else None,
        )
    commission = writer.add(
        "governance_bodies",
        name=words["cluster_commission"],
        body_type="cluster_commission",
        purpose=words["commission_purpose"],
        parent_id=steering,
        established_on=founded,
        lead_stakeholder_id=commission_members[0].fid,
    )
    roles = ("chair", "vice_chair", "secretary")
    for position, stakeholder in enumerate(commission_members):
        member(commission, stakeholder, roles[position] if position < 3 else "member", term_start=founded)
    for firm in _largest_firms(by_name.values(), 3):
        member(commission, firm, "member", term_start=founded)

    team = writer.add(
        "governance_bodies",
        name=words["project_team"],
        body_type="project_team",
        purpose=words["team_purpose"],
        parent_id=steering,
        established_on=baseline,
    )
    cda_ids = []
    for position in ("project_coordinator", "cda", "cda", "specialist_consultant"):
        name, gender = definition.locale.person(rng)
        fid = writer.add(
            "governance_members",
            body_id=team,
            role="member",
            person_name=name,
            gender=gender,
            team_position=position,
            term_start=baseline,
        )
        if position == "cda":
            cda_ids.append(fid)

    group_name, group_purpose, group_lead = story.working_group
    lead = by_name.get(group_lead)
    group = writer.add(
        "governance_bodies",
        name=group_name,
        body_type="working_group",
        purpose=group_purpose,
        parent_id=commission,
        established_on=founded + dt.timedelta(days=120),
        lead_stakeholder_id=getattr(lead, "fid", None),
    )
    for position, stakeholder in enumerate([lead, *rng.sample(_largest_firms(by_name.values(), 12), 5)]):
        if stakeholder is not None:
            member(
                group,
                stakeholder,
                "chair" if position == 0 else "member",
                term_start=founded + dt.timedelta(days=120),
            )

    bodies = [(steering, 182, False), (commission, 91, True), (group, 61, True)]
    for network_name, body_type, shown in story.networks:
        network = by_name.get(network_name)
        if network is None:
            continue
        fid = _network_body(writer, session, network, body_type, commission, shown, member, rng)
        bodies.append((fid, 120, True))
    names = {s.fid: s.name for s in by_name.values()}
    places = {
        b["fid"]: words["office"].format(names[b["lead_stakeholder_id"]])
        for b in writer.rows["governance_bodies"]
        if b.get("lead_stakeholder_id")
    }
    _meetings(writer, session, bodies, words, (baseline, follow_up), commission, places, rng)
    for year, leadership in enumerate(story.maturity):
        start = baseline.replace(day=1) + dt.timedelta(days=365 * year)
        end = start + dt.timedelta(days=364) if year < len(story.maturity) - 1 else None
        writer.add("governance_maturity", period_start=start, period_end=end, leadership=leadership)
    for item in story.handed_over:
        writer.add(
            "governance_phase_out_items", item=item, done=True, done_on=follow_up - dt.timedelta(days=30)
        )
    project.stack.push(InsertRows(writer.rows, label="Add governance structure"))
    project.stack.clear()


def _largest_firms(stakeholders, count: int) -> list[Stakeholder]:
    firms = [s for s in stakeholders if s.kind == "enterprise" and s.employees]
    return sorted(firms, key=lambda s: (-s.employees, s.fid))[:count]


def _network_body(writer, session, network, body_type, parent, shown, member, rng) -> int:
    """A network or association with its members from member_of relations: the founders at the
    baseline, the others from the day they joined."""
    joined = session.execute(
        select(Stakeholder, Relation.since, Relation.survey_round)
        .join(Relation, Relation.source_id == Stakeholder.fid)
        .where(Relation.target_id == network.fid, Relation.kind == "member_of")
        .order_by(Relation.survey_round, Relation.since, Stakeholder.fid)
    ).all()
    founders = [since for _s, since, survey_round in joined if survey_round == "baseline" and since]
    established = min(founders, default=None)
    body = writer.add(
        "governance_bodies",
        name=network.name,
        body_type=body_type,
        parent_id=parent,
        established_on=established,
        lead_stakeholder_id=network.fid,
    )
    firms = [(s, since) for s, since, _round in joined][:shown]
    # the largest of the first members hold the offices
    first = sorted(firms[: max(len(firms) // 2, 3)], key=lambda f: (-(f[0].employees or 0), f[0].fid))
    offices = {
        stakeholder.fid: role
        for (stakeholder, _since), role in zip(first, ("chair", "vice_chair", "secretary"), strict=False)
    }
    for stakeholder, since in firms:
        member(body, stakeholder, offices.get(stakeholder.fid, "member"), term_start=since)
    return body


def _meetings(writer, session, bodies, words, rounds, commission, places, rng) -> None:
    """Regular meetings up to the follow-up survey, with attendance, and decisions of the Cluster
    Commission that launch the plan's actions starting soon after."""
    tasks = session.execute(
        select(PlanTask.uuid, PlanTask.name, PlanTask.start)
        .where(PlanTask.kind == "action")
        .where(PlanTask.start.is_not(None))
        .order_by(PlanTask.start, PlanTask.fid)
    ).all()
    baseline, follow_up = rounds
    launched: set[str] = set()
    members = writer.rows["governance_members"]
    span = (follow_up - baseline).days
    for body, every_days, local in bodies:
        established = next(b for b in writer.rows["governance_bodies"] if b["fid"] == body)["established_on"]
        day = max(established or baseline, baseline) + dt.timedelta(days=30)
        while day < follow_up:
            maturity = (day - baseline).days / span  # 0 at the baseline, 1 at the follow-up
            cda_present = not local or rng.random() > maturity * 0.9
            meeting = writer.add(
                "governance_meetings",
                body_id=body,
                held_on=day,
                cda_present=cda_present,
                agenda=words["agenda"],
                place=places.get(body),
            )
            for person in members:
                if person["body_id"] != body or (person.get("term_start") or baseline) > day:
                    continue
                if person.get("term_end") and person["term_end"] < day:
                    continue
                draw = rng.random()
                status = "present" if draw < 0.78 else "apologies" if draw < 0.9 else "absent"
                writer.add(
                    "governance_attendance", meeting_id=meeting, member_id=person["fid"], status=status
                )
            if body == commission:
                upcoming = [
                    t for t in tasks if t.uuid not in launched and day < t.start <= day + dt.timedelta(120)
                ]
                for position, task in enumerate(upcoming[:2]):
                    launched.add(task.uuid)
                    writer.add(
                        "governance_decisions",
                        meeting_id=meeting,
                        position=position,
                        text=words["approved"].format(task.name),
                        task_uuid=task.uuid,
                    )
            day += dt.timedelta(days=every_days + rng.randint(-10, 10))
