"""Enricher: the governance structure of each sample — bodies, members, meetings, decisions, maturity.

As the reference text describes the actors: a Steering Committee of national counterparts with UNIDO and
the donor, which promotes the project and supervises; a Cluster Commission, the forum of the cluster's
stakeholders, which formulates the vision and launches joint actions (one per cluster where a project
has two); the project team (Project Coordinator, CDAs, consultant: team.py, the same CDAs the plan puts
in charge of tasks); and a working group. None of them is another's parent: the committee supervises,
it does not own the Commission or the team. Each sample then has the networks and associations its
story tells of, with their members found through the registry's member_of relations, each from the day
it joined; a body exists from its founding and meets only after it (Samara: the suppliers' association;
Ethiopia: the shareholders of REOP plc; Bosawas: the 18 producer networks with their leaders and the
territorial bodies of their leaders). Nobody is seated under two names or in two incompatible roles.
Meetings follow the survey rounds; the CDA stays away from more of the local bodies' meetings as the
initiative matures, and the Commissions' decisions launch actions of the sample's action plan.
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
from .contacts import women_represented
from .ethiopia_edible_oil import JOINT_COMPANY as REOP
from .team import international_names, project_team

WORDS: dict[str, dict[str, str]] = {
    "es": {
        "steering_committee": "Comité Directivo",
        "cluster_commission": "Comisión del Clúster",
        "project_team": "Equipo del proyecto",
        "steering_purpose": "Contrapartes nacionales, ONUDI y el donante: promueve el proyecto, fija "
        "prioridades y supervisa",
        "commission_purpose": "Foro de los actores del clúster: formula la visión y los objetivos "
        "estratégicos, lanza y coordina las acciones conjuntas",
        "team_purpose": "Coordinador del proyecto, agentes de desarrollo del clúster y consultores: "
        "facilitan la iniciativa día a día",
        "territory": "Coordinación territorial de redes – {}",
        "territory_purpose": "Los líderes de las redes de un mismo municipio representan a sus redes",
        "network_purpose": "Red de familias productoras con su líder",
        "cluster_of": "Agente de desarrollo del clúster de {}",
        "approved": "Se aprueba: {}",
        "agenda": "Avance del plan de acción; próximas acciones conjuntas",
        "office": "Oficina de {}",
    },
    "ru": {
        "steering_committee": "Руководящий комитет",
        "cluster_commission": "Совет кластера",
        "project_team": "Проектная команда",
        "steering_purpose": "Органы власти, ЮНИДО и донор: продвигают проект, определяют приоритеты и "
        "осуществляют надзор",
        "commission_purpose": "Форум участников кластера: формулирует видение и стратегические цели, "
        "запускает и координирует совместные действия",
        "team_purpose": "Координатор проекта, агенты развития кластера и консультанты: ведут инициативу "
        "изо дня в день",
        "territory": "Территориальная координация сетей – {}",
        "territory_purpose": "Лидеры сетей одного муниципалитета представляют свои сети",
        "network_purpose": "Сеть производителей со своим лидером",
        "cluster_of": "Агент развития кластера: {}",
        "approved": "Утвердить: {}",
        "agenda": "Ход выполнения плана; следующие совместные действия",
        "office": "Офис: {}",
    },
    "en": {
        "steering_committee": "Steering Committee",
        "cluster_commission": "Cluster Commission",
        "project_team": "Project team",
        "steering_purpose": "National counterparts, UNIDO and the donor: promote the project, set "
        "priorities and supervise",
        "commission_purpose": "Forum of the cluster's stakeholders: formulates the vision and strategic "
        "objectives, launches and coordinates joint actions",
        "team_purpose": "Project Coordinator, Cluster Development Agents and consultants: run the "
        "initiative day to day",
        "territory": "Territorial coordination of networks – {}",
        "territory_purpose": "The leaders of the networks of one municipality represent their networks",
        "network_purpose": "Network of producer families with its leader",
        "cluster_of": "CDA of the {} cluster",
        "approved": "Approved: {}",
        "agenda": "Progress of the action plan; next joint actions",
        "office": "Offices of {}",
    },
}


@dataclass(frozen=True)
class Story:
    """Who sits where, by registry name (a name missing from the registry is left out).

    The Steering Committee holds the national counterparts named here and, always, UNIDO and the donor
    (team.py); the Cluster Commission the local stakeholders. A project with two clusters has one
    Commission each (`commissions`: name, members, the area whose largest firms sit on it)."""

    steering: tuple[str, ...]
    commission: tuple[str, ...]  # the first one chairs, the second is vice-chair
    working_group: tuple[str, str, str]  # name, purpose, lead institution
    networks: tuple[tuple[str, str, int], ...] = ()  # (registry name, body type, members shown at most)
    maturity: tuple[str, ...] = ("cda_led", "shared")  # one per year from the baseline
    handed_over: tuple[str, ...] = ()  # manual phase-out items done by the follow-up
    commissions: tuple[tuple[str, tuple[str, ...], str], ...] = ()
    producer_networks: str = ""  # name start of the producer networks that are each a body (Bosawas)


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
        steering=(
            "Ministerio de Economía Familiar, Comunitaria, Cooperativa y Asociativa – Delegación Siuna",
            "Secretaría Técnica de la Reserva de Biosfera Bosawas",
            "Delegación de Sanidad Agropecuaria – Siuna",
        ),
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
            "Servicios Técnicos Agroforestales del Norte",
        ),
        networks=(("Unión de Cooperativas Cacao Bosawas", "association", 14),),
        maturity=("cda_led", "shared", "locally_owned"),
        handed_over=("tools_handed_over", "methods_handed_over"),
        producer_networks="Red de Productores de Cacao ",
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
        commission=(),
        commissions=(
            (
                "Kahramanmaraş Cluster Commission",
                (
                    "Kahramanmaraş Ticaret ve Sanayi Odası",
                    "Kahramanmaraş Organize Sanayi Bölgesi Müdürlüğü",
                    "Kahramanmaraş Sütçü İmam Üniversitesi – Tekstil Mühendisliği",
                    "Kahramanmaraş İplikçiler Derneği",
                    "Kahramanmaraş Tekstil Mesleki ve Teknik Anadolu Lisesi",
                ),
                "Kahramanmaraş",
            ),
            (
                "Adıyaman Cluster Commission",
                (
                    "Adıyaman Ticaret ve Sanayi Odası",
                    "Adıyaman Organize Sanayi Bölgesi Müdürlüğü",
                    "Adıyaman Üniversitesi – Meslek Yüksekokulu",
                    "Kadın Emeği Dayanışma Derneği",
                    "Fırat Yönetim Danışmanlığı",
                ),
                "Adıyaman",
            ),
        ),
        working_group=(
            "Reconstruction and workforce working group",
            "Rebuilding production after the earthquakes; bringing skilled workers back",
            "Kahramanmaraş Organize Sanayi Bölgesi Müdürlüğü",
        ),
        networks=(("Kahramanmaraş İplikçiler Derneği", "association", 16),),
        maturity=("cda_led", "shared"),
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
            REOP,
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
        networks=((REOP, "enterprise_network", 50),),
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
    names_in_use: set[str] = set()
    for contact in session.scalars(select(ContactPerson).order_by(ContactPerson.fid)):
        contacts.setdefault(contact.stakeholder_id, contact)
        names_in_use.add(contact.name)
    team_members = project_team(sample_key, names_in_use)
    names_in_use |= {m.name for m in team_members}
    women = women_represented(project, sample_key)
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
                delegates[stakeholder.fid] = _new_person(
                    definition, rng, names_in_use, stakeholder.fid in women
                )
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
    # The Steering Committee supervises; it is no body's parent: the Commission is the local
    # stakeholders' own forum and the project team works for the project.
    steering_members = named(story.steering) + named(international_names(sample_key))
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
            term_end=founded + dt.timedelta(days=730) if 0 < position < len(story.steering) else None,
        )
    commissions = []
    plan = story.commissions or ((words["cluster_commission"], story.commission, ""),)
    for name, members_named, area in plan:
        commission_members = named(members_named)
        commission = writer.add(
            "governance_bodies",
            name=name,
            body_type="cluster_commission",
            purpose=words["commission_purpose"],
            established_on=founded,
            lead_stakeholder_id=commission_members[0].fid,
        )
        commissions.append(commission)
        roles = ("chair", "vice_chair", "secretary")
        for position, stakeholder in enumerate(commission_members):
            member(commission, stakeholder, roles[position] if position < 3 else "member", term_start=founded)
        local = [s for s in by_name.values() if (s.admin_area or "").endswith(area)]
        for firm in _largest_firms(local, 3):
            member(commission, firm, "member", term_start=founded)
    commission = commissions[0]

    team = writer.add(
        "governance_bodies",
        name=words["project_team"],
        body_type="project_team",
        purpose=words["team_purpose"],
        established_on=baseline,
    )
    for person in team_members:
        writer.add(
            "governance_members",
            body_id=team,
            role="member",
            person_name=person.name,
            gender=person.gender,
            team_position=person.position,
            term_start=baseline,
            notes=words["cluster_of"].format(person.cluster) if person.cluster else None,
        )

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

    bodies = [(steering, 182, False)] + [(c, 91, True) for c in commissions] + [(group, 91, True)]
    for network_name, body_type, shown in story.networks:
        network = by_name.get(network_name)
        if network is None:
            continue
        fid = _network_body(writer, session, network, body_type, commission, shown, member)
        bodies.append((fid, 120, True))
    if story.producer_networks:
        bodies += _producer_networks(writer, session, story.producer_networks, commission, member, words)
    names = {s.fid: s.name for s in by_name.values()}
    places = {  # a producer network meets in its community, not in an office
        b["fid"]: words["office"].format(names[b["lead_stakeholder_id"]])
        for b in writer.rows["governance_bodies"]
        if b.get("lead_stakeholder_id") and b["body_type"] != "enterprise_network"
    }
    _meetings(writer, session, bodies, words, (baseline, follow_up), set(commissions), places, rng)
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


def _new_person(definition, rng: random.Random, taken: set[str], woman: bool) -> tuple[str, str]:
    """A delegate nobody else in the project is called like: one name, one person, one set of roles."""
    for _attempt in range(200):
        name, gender = definition.locale.person(rng, "female" if woman else None)
        if name not in taken:
            break
    taken.add(name)
    return name, gender


def _largest_firms(stakeholders, count: int) -> list[Stakeholder]:
    firms = [s for s in stakeholders if s.kind == "enterprise" and s.employees]
    return sorted(firms, key=lambda s: (-s.employees, s.fid))[:count]


def _joined(session, network) -> list[tuple[Stakeholder, dt.date]]:
    return [
        (stakeholder, since)
        for stakeholder, since in session.execute(
            select(Stakeholder, Relation.since)
            .join(Relation, Relation.source_id == Stakeholder.fid)
            .where(Relation.target_id == network.fid, Relation.kind == "member_of")
            .order_by(Relation.since, Stakeholder.fid)
        ).all()
    ]


def _network_body(writer, session, network, body_type, parent, shown, member) -> int:
    """A network or association with its members from member_of relations, each from the day it
    joined; the body exists from its first members' day (its founding)."""
    joined = _joined(session, network)
    established = min((since for _s, since in joined if since), default=None)
    body = writer.add(
        "governance_bodies",
        name=network.name,
        body_type=body_type,
        parent_id=parent,
        established_on=established,
        lead_stakeholder_id=network.fid,
    )
    firms = joined[:shown]
    # the largest of the first members hold the offices
    first = sorted(firms[: max(len(firms) // 2, 3)], key=lambda f: (-(f[0].employees or 0), f[0].fid))
    offices = {
        stakeholder.fid: role
        for (stakeholder, _since), role in zip(first, ("chair", "vice_chair", "secretary"), strict=False)
    }
    for stakeholder, since in firms:
        member(body, stakeholder, offices.get(stakeholder.fid, "member"), term_start=since)
    return body


def _producer_networks(writer, session, prefix, commission, member, words) -> list[tuple[int, int, bool]]:
    """Bosawas (reference text): each producer network has its leader who represents it, and the
    leaders of the networks of one territory represent them at a higher level. One body per network
    with its board (the leader chairs), and one territorial body per municipality of the leaders."""
    networks = session.scalars(
        select(Stakeholder).where(Stakeholder.name.startswith(prefix)).order_by(Stakeholder.fid)
    ).all()
    by_territory: dict[str, list[Stakeholder]] = {}
    for network in networks:
        by_territory.setdefault((network.admin_area or "").split(",")[0], []).append(network)
    bodies = []
    for territory, group in sorted(by_territory.items()):
        joined = {n.fid: _joined(session, n) for n in group}
        established = min(since for n in group for _s, since in joined[n.fid][:1])
        territorial = writer.add(
            "governance_bodies",
            name=words["territory"].format(territory),
            body_type="other",
            purpose=words["territory_purpose"],
            parent_id=commission,
            established_on=established + dt.timedelta(days=120),
        )
        bodies.append((territorial, 273, True))
        leaders = []
        for network in group:
            families = joined[network.fid]
            # the network's assembly elects as leader one of its founding families
            leader = max(families[:6], key=lambda f: (f[0].employees or 0, -f[0].fid))[0]
            body = writer.add(
                "governance_bodies",
                name=network.name,
                body_type="enterprise_network",
                purpose=words["network_purpose"],
                parent_id=territorial,
                established_on=families[0][1],
                lead_stakeholder_id=network.fid,
            )
            # the network's board: its leader and two more of the founding families (its members are
            # the registry's member_of relations)
            board = [leader] + [f for f, _since in families[:6] if f is not leader][:2]
            for family, role in zip(board, ("chair", "vice_chair", "secretary"), strict=False):
                member(body, family, role, term_start=families[0][1])
            leaders.append(leader)
            bodies.append((body, 365, True))
        # the territorial leader, appointed by the networks' leaders, is none of them: a body does not
        # hold to account the network its own chair leads
        appointed = next(f for f, _since in joined[group[0].fid] if f not in leaders and f.employees)
        for position, person in enumerate([appointed, *leaders]):
            member(
                territorial,
                person,
                "chair" if position == 0 else "member",
                term_start=established + dt.timedelta(days=120),
            )
    return bodies


def _meetings(writer, session, bodies, words, rounds, commissions, places, rng) -> None:
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
        # a body meets only once it exists
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
            if body in commissions:
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
