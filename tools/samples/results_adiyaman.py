"""Result chain of the Adıyaman and Kahramanmaraş textile clusters after the 2023 earthquakes: production
capacity regained through a shared workshop, KOSGEB support, joint buying and a joint cutting facility;
quality, environmental conduct and CSR that export buyers ask for; skilled workers and women's jobs with
the university and the state employment agency (the UNIDO case of 2009-2012: two clusters, a platform with
a university for part-time textile engineers, recruitment and training of workers for 10 companies, a
joint cutting facility, the environmental study of 100 SMEs, CSR pilots). Reported per quarter; "today"
is the follow-up survey of 15 May 2025."""

from __future__ import annotations

import datetime as dt
from functools import partial

from .results_chain import Chain, Indicator, Result, seq

BASELINE = dt.date(2023, 11, 15)
PANEL = "Quarterly survey of 40 panel firms in both provinces"
KTSO = "Kahramanmaraş Ticaret ve Sanayi Odası"
WOMEN_NGO = "Kadın Emeği Dayanışma Derneği"
ISKUR = "Türkiye İş Kurumu – Adıyaman Çalışma ve İş Kurumu İl Müdürlüğü"
SIZES = {"firm_size": {"micro": 0.3, "small": 0.5, "medium": 0.2}}

Quarterly = partial(
    Indicator,
    frequency="Quarterly",
    baseline_date=BASELINE,
    baseline_source="Cluster diagnostic, social network analysis and baseline survey of 40 firms "
    "(November 2023)",
)

CHAIN = Chain(
    frequency="quarter",
    impact=Result(
        "Textile firms of Adıyaman and Kahramanmaraş recover their production and offer better jobs, "
        "integrated in domestic and global value chains",
        assumptions="Reconstruction of housing lets workers return to both provinces; energy prices stay "
        "within the 2024 range.",
        tasks=("O1", "O2", "O3"),
        indicators=(
            Quarterly(
                "Employment in the panel firms",
                "People employed at the end of the quarter in the 40 panel firms of both clusters.",
                data_source=PANEL,
                collection_method="Firm questionnaire; social security (SGK) lists",
                responsible=KTSO,
                verification="SGK employee lists of a sample of firms",
                baseline=3_150,
                targets=seq("2024-Q1", 3_200, 3_260, 3_320, 3_380, 3_450, 3_520, 3_580, 3_640, 3_700),
                actuals=seq("2024-Q1", 3_190, 3_255, 3_300, 3_372, 3_440),
                split={
                    "sex": {"female": 0.26, "male": 0.74},
                    "area": {"Kahramanmaraş": 0.68, "Adıyaman": 0.32},
                },
            ),
            Quarterly(
                "Capacity utilisation of the panel firms",
                "Output of the quarter as a percentage of the firms' installed capacity before the "
                "earthquakes, averaged over the panel.",
                unit="percentage",
                data_source=PANEL,
                collection_method="Firm questionnaire",
                responsible="Southeast Anatolia Textile Recovery Programme",
                verification="Production records of a sample of firms",
                baseline=48,
                targets=seq("2024-Q1", 52, 56, 60, 64, 68, 70, 72, 74, 75),
                actuals=seq("2024-Q1", 52, 57, 61, 64, 67),
            ),
            Indicator(
                "Mean exports of firms in joint actions (12 months)",
                "Mean exports over the last 12 months reported in the firm survey by the firms taking part "
                "in joint actions of the plan, in lira; computed from the survey of each round.",
                unit="currency",
                data_source="Baseline and follow-up firm surveys",
                collection_method="Firm survey (KoboToolbox form)",
                frequency="Every survey round",
                responsible="Kahramanmaraş Ticaret ve Sanayi Odası",
                verification="Survey answers in the project",
                baseline=5_243_000,
                baseline_date=BASELINE,
                baseline_source="Baseline survey, firms that later took part in joint actions",
                targets={"2025-Q2": 5_500_000, "2026-Q1": 6_500_000},
                computed="survey_mean_participants:exports",
            ),
        ),
        children=(
            Result(
                "Firms regain production capacity through shared facilities, KOSGEB support and joint buying",
                tasks=("O1",),
                assumptions="KOSGEB's post-earthquake support programme stays open; the OSB keeps the "
                "container production area.",
                indicators=(
                    Quarterly(
                        "Panel firms back at their pre-earthquake output",
                        "Panel firms producing at least 80% of their 2022 output in the quarter.",
                        data_source=PANEL,
                        collection_method="Firm questionnaire",
                        responsible="Kahramanmaraş Organize Sanayi Bölgesi Müdürlüğü",
                        verification="Production records",
                        baseline=9,
                        targets=seq("2024-Q2", 14, None, 20, None, 26, None, 30),
                        actuals=seq("2024-Q1", 11, 14, 17, 21, 22),
                    ),
                    Quarterly(
                        "Firms committed to a joint cutting facility",
                        "Firms that signed a letter of intent to share a cutting facility for garments.",
                        data_source="Letters of intent",
                        collection_method="Register of letters",
                        responsible="Adıyaman Organize Sanayi Bölgesi Müdürlüğü",
                        verification="Signed letters of intent",
                        baseline=0,
                        targets=seq("2024-Q4", 6, None, 10),
                        actuals=seq("2024-Q3", 3, 5, 6),
                    ),
                ),
                children=(
                    Result(
                        "Shared-use workshop in the organised industrial zone (container production area)",
                        tasks=("SHARED",),
                        indicators=(
                            Quarterly(
                                "Firms producing in the shared workshop",
                                "Firms with production space allotted and running in the workshop.",
                                data_source="OSB allotment register",
                                collection_method="Site visit",
                                responsible="Adıyaman Organize Sanayi Bölgesi Müdürlüğü",
                                verification="Allotment contracts",
                                baseline=0,
                                targets=seq("2025-Q1", 12, 16),
                                actuals=seq("2025-Q1", 11),
                                split=SIZES,
                            ),
                        ),
                    ),
                    Result(
                        "Joint cutting facility for garments",
                        tasks=("CUTTING",),
                        indicators=(
                            Quarterly(
                                "Business plan of the joint cutting facility approved",
                                "1 when the committed firms approve the facility's business plan.",
                                unit="yes_no",
                                data_source="Minutes of the firms' meeting",
                                collection_method="Document review",
                                responsible="Adıyaman Organize Sanayi Bölgesi Müdürlüğü",
                                verification="Signed minutes",
                                baseline=0,
                                targets=seq("2025-Q3", 1),
                            ),
                        ),
                    ),
                    Result(
                        "KOSGEB machinery renewal applications",
                        tasks=("KOSGEB",),
                        indicators=(
                            Quarterly(
                                "Firms with approved KOSGEB machinery support",
                                "Firms whose application for machinery renewal support was approved.",
                                data_source="KOSGEB approvals",
                                collection_method="Register of approvals",
                                responsible="KOSGEB Kahramanmaraş Müdürlüğü",
                                verification="Approval letters",
                                baseline=0,
                                targets=seq("2024-Q3", 10, 25),
                                actuals=seq("2024-Q3", 9, 23),
                                split=SIZES,
                            ),
                        ),
                    ),
                    Result(
                        "Joint purchasing of cotton and yarn",
                        tasks=("YARN",),
                        indicators=(
                            Quarterly(
                                "Firms in the joint cotton and yarn purchase",
                                "Firms that paid their share of a joint order.",
                                data_source="Association purchase records",
                                collection_method="Records",
                                responsible="Kahramanmaraş İplikçiler Derneği",
                                verification="Invoices",
                                baseline=0,
                                targets=seq("2025-Q1", 14),
                                actuals=seq("2025-Q1", 14),
                            ),
                            Quarterly(
                                "Yarn bought jointly",
                                "Tonnes of cotton yarn delivered through joint orders.",
                                data_source="Delivery notes",
                                collection_method="Records",
                                responsible="Kahramanmaraş İplikçiler Derneği",
                                verification="Delivery notes and invoices",
                                baseline=0,
                                targets=seq("2025-Q1", 420),
                                actuals=seq("2025-Q1", 380),
                            ),
                        ),
                    ),
                ),
            ),
            Result(
                "Firms meet the quality, environmental and social requirements of buyers and reach export "
                "buyers together",
                tasks=("O2",),
                assumptions="European buyers keep sourcing from the region after the earthquakes.",
                indicators=(
                    Quarterly(
                        "Lots passing the buyers' inspection",
                        "Percentage of shipped lots accepted at the buyers' first inspection.",
                        unit="percentage",
                        data_source=PANEL,
                        collection_method="Firm questionnaire",
                        responsible="Maraş Tekstil Test Laboratuvarı",
                        verification="Inspection reports of buyers",
                        baseline=78,
                        targets=seq("2024-Q4", 85, None, None, None, 90),
                        actuals=seq("2024-Q2", 79, 81, 84, 86),
                    ),
                    Quarterly(
                        "Panel firms with a new export buyer",
                        "Panel firms with at least one new foreign buyer since the baseline.",
                        data_source=PANEL,
                        collection_method="Firm questionnaire",
                        responsible="Adıyaman Ticaret ve Sanayi Odası",
                        verification="Export declarations",
                        baseline=6,
                        targets=seq("2025-Q4", 12, 15),
                        actuals=seq("2024-Q2", 6, None, 7, 9),
                    ),
                    Quarterly(
                        "Mean capacity score of the support institutions",
                        "Computed from the capacity assessments: mean score (1-5) of the chamber, the "
                        "university, the vocational school and KOSGEB in each round.",
                        unit="score",
                        data_source="Institutional capacity assessments (ClusterDesk)",
                        collection_method="Assessment with the capacity framework",
                        frequency="Each round",
                        responsible="Southeast Anatolia Textile Recovery Programme",
                        verification="Assessment sheets with evidence",
                        baseline=2.15,
                        baseline_date=dt.date(2023, 12, 4),
                        baseline_source="Baseline assessment (November-December 2023)",
                        computed="capacity_mean",
                        targets=seq("2025-Q2", 2.8, None, None, 3.0),
                    ),
                ),
                children=(
                    Result(
                        "Joint quality programme at the test laboratory",
                        tasks=("LAB",),
                        indicators=(
                            Quarterly(
                                "Firms with a test plan",
                                "Firms with a test plan agreed with the laboratory.",
                                data_source="Laboratory records",
                                collection_method="Records",
                                responsible="Maraş Tekstil Test Laboratuvarı",
                                verification="Test plans",
                                baseline=0,
                                targets=seq("2024-Q4", 18),
                                actuals=seq("2024-Q4", 18),
                                split=SIZES,
                            ),
                            Quarterly(
                                "Corrective actions closed",
                                "Percentage of the corrective actions from the tests closed by the firms.",
                                unit="percentage",
                                data_source="Laboratory follow-up",
                                collection_method="Follow-up tests",
                                responsible="Maraş Tekstil Test Laboratuvarı",
                                verification="Follow-up test reports",
                                baseline=0,
                                targets=seq("2025-Q1", 80),
                                actuals=seq("2025-Q1", 76),
                            ),
                        ),
                    ),
                    Result(
                        "Environmental conduct analysis of 100 SMEs, 10 buyers and 10 support organisations",
                        tasks=("ENVSTUDY",),
                        indicators=(
                            Quarterly(
                                "SMEs covered by the environmental conduct assessment",
                                "SMEs whose environmental conduct was assessed (with 10 buyers and 10 "
                                "support organisations).",
                                data_source="Assessment questionnaires",
                                collection_method="Firm visits",
                                responsible=KTSO,
                                verification="Assessment report",
                                baseline=0,
                                targets=seq("2024-Q4", 60, None, 100),
                                actuals=seq("2024-Q3", 35, 62, 81),
                            ),
                        ),
                    ),
                    Result(
                        "Pilot SMEs introduce CSR principles in their operations",
                        tasks=("CSR",),
                        indicators=(
                            Quarterly(
                                "Pilot SMEs introducing CSR principles",
                                "SMEs with a CSR action plan adopted by their management.",
                                data_source="CSR action plans",
                                collection_method="Document review",
                                responsible=KTSO,
                                verification="Signed action plans",
                                baseline=0,
                                targets=seq("2024-Q4", 4, None, 8, None, 12),
                                actuals=seq("2024-Q4", 4, 6),
                            ),
                        ),
                    ),
                    Result(
                        "Joint export marketing and a joint stand",
                        tasks=("EXPORT", "FAIR"),
                        indicators=(
                            Quarterly(
                                "Firms on the joint stand at Texhibition Istanbul",
                                "Firms exhibiting on the clusters' joint stand.",
                                data_source="Exhibitor list",
                                collection_method="Registration",
                                responsible=KTSO,
                                verification="Stand contract",
                                baseline=0,
                                targets=seq("2025-Q4", 12),
                            ),
                        ),
                    ),
                ),
            ),
            Result(
                "Skilled workers, and women in particular, find jobs in the clusters' firms",
                tasks=("O3",),
                assumptions="Trainees find housing near the firms; childcare stays affordable.",
                indicators=(
                    Quarterly(
                        "Workers recruited and trained with the state employment agency",
                        "Workers found, trained and hired through the cooperation with the provincial "
                        "employment agency (İŞKUR) for 10 companies, cumulative.",
                        data_source="Placement lists of the employment agency",
                        collection_method="Agency records checked with the firms",
                        responsible=ISKUR,
                        verification="Employment contracts",
                        baseline=0,
                        targets=seq("2024-Q4", 150, None, 250, None, 350, 400),
                        actuals=seq("2024-Q3", 40, 70, 85),
                        split={"sex": {"female": 0.55, "male": 0.45}},
                        value_notes={"2025-Q1": "Many trainees left the provinces for lack of housing"},
                    ),
                    Quarterly(
                        "Women among the panel firms' employees",
                        "Percentage of women among the people employed by the panel firms.",
                        unit="percentage",
                        data_source=PANEL,
                        collection_method="Firm questionnaire",
                        responsible=WOMEN_NGO,
                        verification="SGK employee lists",
                        baseline=24,
                        targets=seq("2024-Q4", 26, None, None, None, 29),
                        actuals=seq("2024-Q2", 24.5, None, 25.8, 26.6),
                    ),
                ),
                children=(
                    Result(
                        "Platform with the university and the vocational school: curriculum and part-time "
                        "textile engineers in the firms",
                        tasks=("SKILLS",),
                        indicators=(
                            Quarterly(
                                "Textile engineers working part time in cluster firms",
                                "Engineers and final-year students placed part time through the platform.",
                                data_source="University placement register",
                                collection_method="Register",
                                responsible="Kahramanmaraş Sütçü İmam Üniversitesi – Tekstil Mühendisliği",
                                verification="Placement agreements",
                                baseline=0,
                                targets=seq("2024-Q4", 20, None, 30),
                                actuals=seq("2024-Q4", 18, 24),
                                split={"sex": {"female": 0.4, "male": 0.6}},
                            ),
                        ),
                    ),
                    Result(
                        "Workers found, recruited and trained with the state employment agency for "
                        "10 companies",
                        tasks=("ISKUR",),
                        indicators=(
                            Quarterly(
                                "Companies recruiting through the employment agency cooperation",
                                "Companies that signed the recruitment and training protocol.",
                                data_source="Signed protocols",
                                collection_method="Document review",
                                responsible=ISKUR,
                                verification="Protocols",
                                baseline=0,
                                targets=seq("2024-Q3", 6, 10),
                                actuals=seq("2024-Q3", 6, 10),
                            ),
                        ),
                    ),
                    Result(
                        "Garment courses for women with childcare support",
                        tasks=("WOMEN", "GRADS"),
                        indicators=(
                            Quarterly(
                                "Women completing the garment course",
                                "Women who passed the final practical test, cumulative.",
                                data_source="Course register",
                                collection_method="Attendance and test records",
                                responsible=WOMEN_NGO,
                                verification="Certificates",
                                baseline=0,
                                targets=seq("2025-Q1", 120, 200),
                                actuals=seq("2024-Q4", 45, 118),
                            ),
                            Quarterly(
                                "Children in the supported crèche",
                                "Children of trainees and workers enrolled in the crèche.",
                                data_source="Crèche register",
                                collection_method="Register",
                                responsible=WOMEN_NGO,
                                verification="Enrolment list",
                                baseline=0,
                                targets=seq("2025-Q1", 40),
                                actuals=seq("2025-Q1", 36),
                            ),
                        ),
                    ),
                ),
            ),
        ),
    ),
)
