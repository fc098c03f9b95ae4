"""The shape of an assessment framework as plain data, and the default framework for support institutions.

A FrameworkSpec is what the "add framework" command writes into a project; users then edit the stored copy
or build their own. Rubric texts describe what an assessor should see at each level from 1 (weakest) to 5.
"""

from __future__ import annotations

from dataclasses import dataclass

from clusterdesk.core.capacity import DEFAULT_TARGET, SCALE_MAX, SCALE_MIN


@dataclass(frozen=True)
class IndicatorSpec:
    code: str
    name: str
    levels: tuple[str, ...]  # rubric text for levels SCALE_MIN..SCALE_MAX
    description: str | None = None

    def __post_init__(self) -> None:
        if len(self.levels) != SCALE_MAX - SCALE_MIN + 1:
            raise ValueError(
                f"indicator {self.code}: needs a rubric text for each level {SCALE_MIN}-{SCALE_MAX}"
            )


@dataclass(frozen=True)
class DimensionSpec:
    code: str
    name: str
    indicators: tuple[IndicatorSpec, ...]
    description: str | None = None


@dataclass(frozen=True)
class FrameworkSpec:
    name: str
    dimensions: tuple[DimensionSpec, ...]
    description: str | None = None
    default_target: float = DEFAULT_TARGET


def _i(code: str, name: str, *levels: str) -> IndicatorSpec:
    return IndicatorSpec(code, name, tuple(levels))


# fmt: off
SUPPORT_INSTITUTION_FRAMEWORK = FrameworkSpec(
    name="Support institution capacity",
    description=(
        "How well a business association, service provider, financial institution, public authority or "
        "training body serves the cluster's firms. Score each indicator from 1 (weakest) to 5 and note "
        "the evidence seen: documents, records, interviews with staff and client firms."
    ),
    dimensions=(
        DimensionSpec("D1", "Responsiveness to the cluster's demand", (
            _i("D1.1", "Knowledge of firms' needs",
               "No contact with firms about their needs; services follow the institution's own agenda.",
               "Needs are known from informal conversations with a few firms.",
               "Occasional needs surveys or meetings, not repeated and not written up.",
               "Needs are surveyed regularly and the results are written down and shared.",
               "Systematic, recurring needs assessment covering firms of every size, used in planning."),
            _i("D1.2", "Speed and flexibility of response",
               "Requests from firms go unanswered or wait many months.",
               "Requests are answered, but new services take more than a year to set up.",
               "Simple requests are met within weeks; new services within a year.",
               "Most requests are met within weeks; services are adapted when firms ask.",
               "The institution anticipates demand and adjusts its offer within a season."),
            _i("D1.3", "Firms' voice in service design",
               "Firms are never consulted on services.",
               "Firms are informed about services after they are designed.",
               "A few firms are consulted on some services.",
               "Firms take part in designing most services, e.g. in a working group.",
               "Firms co-design and co-evaluate services, and their feedback visibly changes them."),
        )),
        DimensionSpec("D2", "Relevance of the service portfolio", (
            _i("D2.1", "Fit with the cluster's priorities",
               "Services have no link to the cluster's action plan or bottlenecks.",
               "One service touches a priority of the cluster by chance.",
               "Some services answer priorities of the action plan.",
               "Most services answer priorities of the action plan.",
               "The portfolio is reviewed against the action plan every year and gaps are filled."),
            _i("D2.2", "Uptake by cluster firms",
               "Almost no cluster firm uses the institution's services.",
               "A handful of firms, mostly the largest, use the services.",
               "A noticeable share of firms uses at least one service.",
               "Many firms use services repeatedly, including small and women-led firms.",
               "Most firms of the cluster use the services and recommend them to others."),
            _i("D2.3", "Access for small firms",
               "Prices, locations or requirements shut out small firms.",
               "Small firms can use services only in exceptional cases.",
               "Some services are priced or organised for small firms.",
               "Most services have formats, prices or schedules that suit small firms.",
               "Small firms are an explicit client group with tailored, affordable offers."),
        )),
        DimensionSpec("D3", "Staff competence", (
            _i("D3.1", "Technical knowledge of the sector",
               "Staff have no knowledge of the cluster's products, processes or markets.",
               "One person has general knowledge of the sector.",
               "Several staff know the sector but not its current techniques and markets.",
               "Staff know the sector's techniques and markets and are consulted by firms.",
               "Staff are recognised experts whom other institutions and buyers turn to."),
            _i("D3.2", "Advisory and facilitation skills",
               "Staff cannot advise firms or run a group meeting.",
               "Staff give general advice; group work depends on outside facilitators.",
               "Staff advise individual firms and run simple meetings.",
               "Staff facilitate joint actions among firms and mediate between them.",
               "Staff build trust among competitors and coach other institutions in facilitation."),
            _i("D3.3", "Staff development",
               "No training for staff; key people leave and take their knowledge with them.",
               "Staff train only when a donor pays for it.",
               "Training happens now and then, without a plan.",
               "A yearly training plan follows the skills the services need.",
               "A training plan, mentoring and handover rules keep skills in the institution."),
        )),
        DimensionSpec("D4", "Linkages with firms and other institutions", (
            _i("D4.1", "Contact with firms",
               "No regular contact with the cluster's firms.",
               "Contact with a few firms, mostly through personal ties.",
               "Regular contact with members or clients, little with other firms.",
               "Regular contact with firms across the cluster, including non-members.",
               "A trusted, everyday partner of firms of every size throughout the cluster."),
            _i("D4.2", "Cooperation with other support institutions",
               "Works alone and sees other institutions as rivals.",
               "Exchanges information with other institutions now and then.",
               "Takes part in joint meetings or events with other institutions.",
               "Runs joint services or projects with other institutions under agreements.",
               "Leads or co-ordinates a network of institutions that divide work by strength."),
            _i("D4.3", "Links beyond the region",
               "No contacts outside the region.",
               "Occasional contacts with national bodies.",
               "Working contacts with national bodies and programmes.",
               "Partnerships with national and some international bodies or buyers.",
               "Brings international partners, buyers and knowledge into the cluster regularly."),
        )),
        DimensionSpec("D5", "Financial sustainability", (
            _i("D5.1", "Diversity of income",
               "Depends on a single grant or budget line that may end at any time.",
               "Two sources, one of them providing almost everything.",
               "Several sources, but one still covers more than half of the costs.",
               "Balanced income from members, services, public funds and projects.",
               "Diverse, stable income; no single source could stop the core services."),
            _i("D5.2", "Cost recovery from services",
               "Services are free and no one knows what they cost.",
               "Costs are known for some services; fees are symbolic.",
               "Fees cover part of the cost of the main services.",
               "Fees cover most service costs; subsidies are targeted and planned.",
               "Fee-based services are profitable and fund services for the weakest firms."),
            _i("D5.3", "Financial planning and reserves",
               "No budget and no accounts that could be shown to a partner.",
               "A yearly budget exists but accounts are incomplete.",
               "Budget and audited accounts; no reserves.",
               "Multi-year budget, audited accounts and a small reserve.",
               "Multi-year financial plan with reserves covering several months of operation."),
        )),
        DimensionSpec("D6", "Governance and leadership", (
            _i("D6.1", "Strategy and mandate",
               "No written mission or strategy.",
               "A mission statement exists but guides nothing.",
               "A strategy exists but is out of date or not used in decisions.",
               "A current strategy guides the work plan and is known by staff.",
               "A current strategy, reviewed with members and partners, guides every major decision."),
            _i("D6.2", "Representation in decisions",
               "Decisions are taken by one person.",
               "A board exists on paper and seldom meets.",
               "The board meets but represents only some groups of members or clients.",
               "The board meets regularly and represents the main groups, including small firms.",
               "Inclusive board with women and small firms represented, rotating leadership."),
            _i("D6.3", "Transparency and accountability",
               "No reports to members, clients or funders.",
               "Reports only when a funder requires them.",
               "An annual report, with little financial information.",
               "Annual activity and financial reports shared with members and partners.",
               "Open reporting, external audit, and members can question the leadership."),
        )),
        DimensionSpec("D7", "Monitoring capacity", (
            _i("D7.1", "Records of clients and services",
               "No record of who used which service.",
               "Scattered lists kept by individual staff.",
               "A client list is kept for the main services.",
               "A complete client and service register is kept up to date.",
               "The register is analysed regularly to plan and target services."),
            _i("D7.2", "Measuring results for firms",
               "Results for firms are never measured.",
               "Success stories are collected without figures.",
               "Satisfaction is surveyed after services.",
               "Changes in firms' sales, jobs or practices are followed for the main services.",
               "Results are measured against a baseline and used to redesign services."),
        )),
    ),
)
# fmt: on
