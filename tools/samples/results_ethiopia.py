"""Result chain of the Bahir Dar edible oil cluster: joint seed buying and better seed (backward linkages,
training in storage, cleaning and grading), the mills' own refinery company and its loan, fortified oil
that meets the national standard (the UNIDO case from 2010: fifty MSME producers, 92% of the direct
beneficiaries, formed the Right Edible Oil Producers (REOP) plc in May 2011 to set up a refinery).
Reported per semester; "today" is the follow-up survey of 1 November 2012."""

from __future__ import annotations

import datetime as dt
from functools import partial

from .ethiopia_edible_oil import ASSOCIATION, JOINT_COMPANY
from .results_chain import Chain, Indicator, Result, seq

BASELINE = dt.date(2010, 11, 1)
PANEL = "Semester survey of the 50 member mills"
LAB = "Edible Oil Quality Testing Laboratory"
SIZES = {"firm_size": {"micro": 0.35, "small": 0.55, "medium": 0.1}}

Semester = partial(
    Indicator,
    frequency="Every semester",
    baseline_date=BASELINE,
    baseline_source="Cluster diagnostic and baseline survey of the 50 mills (November 2010)",
)

CHAIN = Chain(
    frequency="semester",
    impact=Result(
        "The edible oil mills of Bahir Dar and the Amhara towns sell more refined, fortified and "
        "standard-compliant oil and create jobs",
        assumptions="Oilseed harvests in the region stay near their average; foreign currency for "
        "equipment and premix remains obtainable.",
        tasks=("O1", "O2", "O3"),
        indicators=(
            Semester(
                "Sales of the member mills",
                "Sales of the semester of the 50 member mills, in birr.",
                unit="currency",
                data_source=PANEL,
                collection_method="Mill questionnaire with the sales book",
                responsible=ASSOCIATION,
                verification="Tax declarations of a sample of mills",
                baseline=250_000_000,
                targets=seq(
                    "2011-S1",
                    270_000_000,
                    295_000_000,
                    320_000_000,
                    350_000_000,
                    380_000_000,
                    430_000_000,
                    480_000_000,
                ),
                actuals=seq("2011-S1", 262_000_000, 301_000_000, 318_000_000),
                split=SIZES,
            ),
            Semester(
                "Employment in the member mills",
                "People employed at the end of the semester by the 50 member mills.",
                data_source=PANEL,
                collection_method="Mill questionnaire",
                responsible="Bahir Dar City Enterprise Development Office",
                verification="Payroll of a sample of mills",
                baseline=540,
                targets=seq("2011-S1", 550, 560, 570, 585, 600, 620, 640),
                actuals=seq("2011-S1", 548, 556, 568),
                split={"sex": {"female": 0.335, "male": 0.665}},
            ),
            Indicator(
                "Mean sales of mills in joint actions (12 months)",
                "Mean sales over the last 12 months reported in the mill survey by the mills taking part in "
                "joint actions of the plan, in birr; computed from the survey of each round.",
                unit="currency",
                data_source="Baseline and follow-up surveys of the mills",
                collection_method="Mill survey (KoboToolbox form)",
                frequency="Every survey round",
                responsible="Bahir Dar Edible Oil Processors' Association",
                verification="Survey answers in the project",
                baseline=4_511_000,
                baseline_date=BASELINE,
                baseline_source="Baseline survey, mills that later took part in joint actions",
                targets={"2012-S2": 5_200_000, "2014-S1": 6_300_000},
                computed="survey_mean_participants:sales",
            ),
        ),
        children=(
            Result(
                "The mills buy better oilseed together, at a lower price and with a steady supply",
                tasks=("O1",),
                assumptions="The farmers' unions honour the framework contracts when market prices rise.",
                indicators=(
                    Semester(
                        "Price advantage of the joint seed purchase",
                        "How much lower the joint purchase price of niger seed is than the Bahir Dar market "
                        "price on the same days, in percent.",
                        unit="percentage",
                        data_source="Purchase records and market price survey",
                        collection_method="Price comparison",
                        responsible=ASSOCIATION,
                        verification="Invoices and market price sheets",
                        baseline=0,
                        targets=seq("2011-S2", 5, None, 7),
                        actuals=seq("2011-S2", 6.5, 5.8),
                    ),
                    Semester(
                        "Seed lots meeting the moisture and impurity grade",
                        "Percentage of seed lots received by the mills that meet the agreed grade.",
                        unit="percentage",
                        data_source="Moisture and impurity tests",
                        collection_method="Test of each lot at the warehouse",
                        responsible=LAB,
                        verification="Test sheets",
                        baseline=55,
                        targets=seq("2011-S2", 65, 72, 78, None, 85),
                        actuals=seq("2011-S2", 63, 74),
                    ),
                ),
                children=(
                    Result(
                        "Joint purchasing of niger seed and sesame under framework contracts",
                        tasks=("SEED",),
                        indicators=(
                            Semester(
                                "Mills in the joint seed purchase",
                                "Mills that paid their share of a joint seed order.",
                                data_source="Association purchase records",
                                collection_method="Records",
                                responsible=ASSOCIATION,
                                verification="Receipts",
                                baseline=0,
                                targets=seq("2011-S2", 35),
                                actuals=seq("2011-S2", 33),
                                split=SIZES,
                            ),
                            Semester(
                                "Framework contracts with farmers' unions",
                                "Signed seed supply contracts with farmers' cooperative unions.",
                                data_source="Contracts",
                                collection_method="Document review",
                                responsible=ASSOCIATION,
                                verification="Signed contracts",
                                baseline=0,
                                targets=seq("2011-S2", 3),
                                actuals=seq("2011-S2", 3),
                            ),
                        ),
                    ),
                    Result(
                        "Shared seed warehouse with moisture testing, and training in storage, cleaning "
                        "and grading",
                        tasks=("STORE",),
                        indicators=(
                            Semester(
                                "Seed stored in the shared warehouse",
                                "Tonnes of oilseed received in the shared warehouse in the semester.",
                                data_source="Warehouse register",
                                collection_method="Register",
                                responsible=ASSOCIATION,
                                verification="Warehouse receipts",
                                baseline=0,
                                targets=seq("2012-S1", 600, 800, 900),
                                actuals=seq("2012-S1", 540),
                            ),
                            Semester(
                                "Mill workers trained in storage, cleaning and grading of oilseed",
                                "Workers who completed the training, cumulative.",
                                data_source="Training attendance lists",
                                collection_method="Attendance lists",
                                responsible=LAB,
                                verification="Certificates",
                                baseline=0,
                                targets=seq("2012-S1", 40),
                                actuals=seq("2012-S1", 44),
                                split={"sex": {"female": 0.3, "male": 0.7}},
                            ),
                        ),
                    ),
                ),
            ),
            Result(
                "The mills own and run a common refinery through their share company",
                tasks=("O2",),
                assumptions="Foreign currency is allocated for the refinery equipment; the shareholders "
                "keep paying their instalments.",
                indicators=(
                    Semester(
                        "Member mills that are shareholders of the refinery company",
                        f"Mills that paid their shares in {JOINT_COMPANY}; all 50 are 92% of the "
                        "initiative's direct beneficiaries.",
                        data_source="Share register of the company",
                        collection_method="Register review",
                        responsible=JOINT_COMPANY,
                        verification="Share certificates and payment receipts",
                        baseline=0,
                        targets=seq("2012-S1", 40, 50),
                        actuals=seq("2012-S1", 39),
                        value_notes={"2012-S1": "39 mills had paid by June; the others joined by October"},
                    ),
                    Semester(
                        "Refined oil produced by the common refinery",
                        "Tonnes of refined oil produced in the semester.",
                        data_source="Production records of the refinery",
                        collection_method="Records",
                        responsible=JOINT_COMPANY,
                        verification="Production and sales records",
                        baseline=0,
                        targets=seq("2013-S2", 800, 1_500),
                    ),
                ),
                children=(
                    Result(
                        "Refinery of the joint company built and equipped",
                        tasks=("REFINERY",),
                        indicators=(
                            Semester(
                                "Feasibility study and shareholder agreement approved",
                                "1 when the shareholders approve the feasibility study and sign the "
                                "agreement.",
                                unit="yes_no",
                                data_source="Minutes of the general assembly",
                                collection_method="Document review",
                                responsible=JOINT_COMPANY,
                                verification="Signed agreement",
                                baseline=0,
                                targets=seq("2011-S2", 1),
                                actuals=seq("2011-S2", 1),
                            ),
                            Semester(
                                "Construction and installation certified",
                                "Share of the construction and equipment installation contract certified by "
                                "the supervising engineer, in percent.",
                                unit="percentage",
                                data_source="Progress certificates",
                                collection_method="Site supervision",
                                responsible="Amhara Bureau of Industry and Investment",
                                verification="Signed progress certificates",
                                baseline=0,
                                targets=seq("2012-S1", 60, 85, 100),
                                actuals=seq("2012-S1", 28),
                                value_notes={
                                    "2012-S1": "Equipment delivery delayed by foreign-currency allocation"
                                },
                            ),
                        ),
                    ),
                    Result(
                        "Project loan for the refinery",
                        tasks=("LOAN",),
                        indicators=(
                            Semester(
                                "Project loan approved",
                                "1 when the bank's credit committee approves the loan.",
                                unit="yes_no",
                                data_source="Loan agreement",
                                collection_method="Document review",
                                responsible="Development Bank – Bahir Dar Branch",
                                verification="Signed loan agreement",
                                baseline=0,
                                targets=seq("2012-S1", 1),
                                actuals=seq("2012-S1", 1),
                            ),
                            Semester(
                                "Project loan disbursed",
                                "Loan disbursed to the company, cumulative, in birr.",
                                unit="currency",
                                data_source="Bank statements",
                                collection_method="Statement review",
                                responsible="Development Bank – Bahir Dar Branch",
                                verification="Disbursement notes",
                                baseline=0,
                                targets=seq("2012-S1", 25_000_000),
                                actuals=seq("2012-S1", 15_000_000),
                                value_notes={
                                    "2012-S1": "Second tranche tied to the delivery of the equipment"
                                },
                            ),
                        ),
                    ),
                    Result(
                        "First refined oil from the common refinery",
                        tasks=("FIRSTOIL",),
                        indicators=(
                            Semester(
                                "First refined oil produced",
                                "1 when the refinery delivers its first batch of refined oil.",
                                unit="yes_no",
                                data_source="Commissioning report",
                                collection_method="Site visit",
                                responsible=JOINT_COMPANY,
                                verification="Commissioning report",
                                baseline=0,
                                targets=seq("2013-S2", 1),
                            ),
                        ),
                    ),
                ),
            ),
            Result(
                "Mills produce fortified oil that meets the national standard, with responsive support "
                "institutions",
                tasks=("O3",),
                assumptions="Premix for vitamin A and D is imported on time; inspections by the authority "
                "continue.",
                indicators=(
                    Semester(
                        "Mills whose oil meets the national edible oil standard",
                        "Member mills whose latest sample passed every test of the national standard.",
                        data_source="Laboratory test reports",
                        collection_method="Sampling and testing",
                        responsible="Food and Drug Authority – Bahir Dar Branch",
                        verification="Test reports",
                        baseline=8,
                        targets=seq("2011-S2", 15, 22, 30, None, 40),
                        actuals=seq("2011-S2", 14, 21),
                    ),
                    Semester(
                        "Mean capacity score of the support institutions",
                        "Computed from the capacity assessments: mean score (1-5) of the association, the "
                        "university, the polytechnic and the credit institution in each round.",
                        unit="score",
                        data_source="Institutional capacity assessments (ClusterDesk)",
                        collection_method="Assessment with the capacity framework",
                        frequency="Each round",
                        responsible="Amhara Cluster Development Support Unit",
                        verification="Assessment sheets with evidence",
                        baseline=2.1,
                        baseline_date=dt.date(2010, 11, 20),
                        baseline_source="Baseline assessment (November 2010)",
                        computed="capacity_mean",
                        targets=seq("2012-S2", 2.7, None, None, 3.1),
                    ),
                ),
                children=(
                    Result(
                        "Vitamin A and D fortification with the alliance",
                        tasks=("FORTIFY",),
                        indicators=(
                            Semester(
                                "Mills fortifying their oil",
                                "Mills adding vitamin A and D premix at the agreed dose.",
                                data_source="Fortification monitoring visits",
                                collection_method="Visits and tests",
                                responsible="Edible Oil Fortification Alliance",
                                verification="Dosing records and test reports",
                                baseline=0,
                                targets=seq("2011-S2", 5, 15, 25),
                                actuals=seq("2011-S2", 5, 13),
                            ),
                        ),
                    ),
                    Result(
                        "Operator training and compliance with the national standard",
                        tasks=("TRAIN", "STANDARD"),
                        indicators=(
                            Semester(
                                "Operators trained at the Institute of Technology",
                                "Mill operators who completed the productivity and quality course.",
                                data_source="Course register",
                                collection_method="Attendance and tests",
                                responsible="Bahir Dar University – Institute of Technology",
                                verification="Certificates",
                                baseline=0,
                                targets=seq("2011-S2", 60),
                                actuals=seq("2011-S2", 64),
                                split={"sex": {"female": 0.28, "male": 0.72}},
                            ),
                            Semester(
                                "Mills with a laboratory quality test",
                                "Mills whose oil was sampled and tested against the standard.",
                                data_source="Laboratory register",
                                collection_method="Register",
                                responsible=LAB,
                                verification="Test reports",
                                baseline=0,
                                targets=seq("2012-S1", 30),
                                actuals=seq("2012-S1", 30),
                                split=SIZES,
                            ),
                        ),
                    ),
                    Result(
                        "Joint brand and distribution to regional retailers",
                        tasks=("BRAND",),
                        assumptions="Waits for the refinery to produce.",
                        indicators=(
                            Semester(
                                "Regional retailers stocking the joint brand",
                                "Retailers with at least one delivery of the joint brand.",
                                data_source="Delivery records",
                                collection_method="Records",
                                responsible=ASSOCIATION,
                                verification="Delivery notes",
                                baseline=0,
                                targets=seq("2014-S1", 40),
                            ),
                        ),
                    ),
                ),
            ),
        ),
    ),
)
