"""Result chain of the Samara automotive suppliers: lean production, joint audits and purchasing, IATF 16949
certification, and an association that speaks for the industry and opens new markets, with the twinning
with the Automotive Cluster of Slovenia (the UNIDO case of 2009-2012: the Association of Automotive
Suppliers founded by 17 members, the Russian-Slovenian Business Club of 43 members, three Russian-Slovenian
joint ventures). Reported per quarter; "today" is the follow-up survey of 1 September 2023."""

from __future__ import annotations

import datetime as dt
from functools import partial

from .results_chain import Chain, Indicator, Result, seq
from .samara_automotive import ASSOCIATION

BASELINE = dt.date(2021, 9, 1)
CENTRE = "Центр кластерного развития Самарской области"
MEMBERS_SURVEY = "Квартальный мониторинг предприятий — членов ассоциации"

Quarterly = partial(
    Indicator,
    frequency="Ежеквартально",
    baseline_date=BASELINE,
    baseline_source="Диагностическое исследование кластера и базовое обследование (сентябрь 2021 г.)",
)

CHAIN = Chain(
    frequency="quarter",
    impact=Result(
        "Поставщики автокомпонентов Самарской области наращивают выручку и занятость, встраиваясь в "
        "глобальные цепочки поставок",
        assumptions="Сборочные заводы региона сохраняют объёмы выпуска; доступ к импортному оборудованию "
        "и комплектующим не ухудшается дальше.",
        tasks=("O1", "O2", "O3"),
        indicators=(
            Quarterly(
                "Выручка предприятий — членов ассоциации",
                "Выручка 17 предприятий — членов ассоциации за квартал, в рублях.",
                unit="currency",
                data_source=MEMBERS_SURVEY,
                collection_method="Анкета предприятия и бухгалтерская отчётность",
                responsible=ASSOCIATION,
                verification="Формы бухгалтерской отчётности",
                baseline=1_300_000_000,
                targets=seq(
                    "2021-Q4",
                    1_330_000_000,
                    1_350_000_000,
                    1_380_000_000,
                    1_400_000_000,
                    1_430_000_000,
                    1_460_000_000,
                    1_490_000_000,
                    1_520_000_000,
                    1_550_000_000,
                    1_580_000_000,
                    1_610_000_000,
                    1_640_000_000,
                    1_670_000_000,
                ),
                actuals=seq(
                    "2021-Q4",
                    1_340_000_000,
                    1_210_000_000,
                    980_000_000,
                    1_260_000_000,
                    1_420_000_000,
                    1_450_000_000,
                    1_540_000_000,
                ),
                split={"firm_size": {"medium": 0.35, "large": 0.65}},
                value_notes={"2022-Q2": "Остановка сборочных заводов весной 2022 г."},
            ),
            Quarterly(
                "Занятые на предприятиях — членах ассоциации",
                "Среднесписочная численность работников 17 предприятий за квартал.",
                data_source=MEMBERS_SURVEY,
                collection_method="Анкета предприятия",
                responsible=ASSOCIATION,
                verification="Отчёты о среднесписочной численности",
                baseline=4_100,
                targets=seq(
                    "2021-Q4",
                    4_120,
                    4_140,
                    4_160,
                    4_180,
                    4_200,
                    4_220,
                    4_240,
                    4_260,
                    4_280,
                    4_300,
                    4_320,
                    4_340,
                    4_360,
                ),
                actuals=seq("2021-Q4", 4_115, 4_090, 4_020, 4_110, 4_190, 4_230, 4_255),
                split={"sex": {"female": 0.32, "male": 0.68}},
            ),
            Indicator(
                "Средний экспорт поставщиков — участников совместных действий (12 месяцев)",
                "Средний объём экспорта за 12 месяцев по данным обследования предприятий, участвующих в "
                "совместных действиях плана, в рублях; рассчитывается по обследованию каждого раунда.",
                unit="currency",
                data_source="Исходное и повторное обследования поставщиков",
                collection_method="Анкетирование предприятий (форма KoboToolbox)",
                frequency="В каждом раунде обследования",
                responsible="Центр кластерного развития Самарской области",
                verification="Ответы обследования в проекте",
                baseline=309_000,
                baseline_date=BASELINE,
                baseline_source="Исходное обследование, предприятия, позднее вошедшие в совместные действия",
                targets={"2023-Q3": 2_000_000, "2024-Q4": 3_000_000},
                computed="survey_mean_participants:exports",
            ),
        ),
        children=(
            Result(
                "Поставщики повышают качество и производительность и сертифицируются по IATF 16949",
                tasks=("O1", "O2"),
                assumptions="Предприятия выделяют своих сотрудников на обучение; аккредитованный орган "
                "сертификации доступен в России.",
                indicators=(
                    Quarterly(
                        "Дефекты в поставках сборочным заводам",
                        "Число дефектных деталей на миллион поставленных (ppm) по данным заказчиков.",
                        direction="decrease",
                        data_source="Рейтинги поставщиков сборочных заводов",
                        collection_method="Сбор рейтингов у заказчиков",
                        responsible=ASSOCIATION,
                        verification="Письма заказчиков с рейтингами",
                        baseline=1_800,
                        targets=seq("2022-Q4", 1_300, None, None, None, 900, None, None, None, 600),
                        actuals=seq("2021-Q4", 1_750, 1_700, 1_640, 1_480, 1_350, 1_240, 1_150),
                    ),
                    Quarterly(
                        "Выработка на одного работника на предприятиях программы",
                        "Выручка за квартал на одного работника 15 предприятий программы бережливого "
                        "производства, в рублях.",
                        unit="currency",
                        data_source=MEMBERS_SURVEY,
                        collection_method="Анкета предприятия",
                        responsible="Консалтинговая группа «Бережливое производство»",
                        verification="Бухгалтерская отчётность",
                        baseline=820_000,
                        targets=seq(
                            "2022-Q4", 880_000, None, None, None, 940_000, None, None, None, 1_000_000
                        ),
                        actuals=seq("2022-Q2", 790_000, 850_000, 875_000, 890_000, 905_000),
                    ),
                    Quarterly(
                        "Предприятия с сертификатом IATF 16949",
                        "Предприятия кластера с действующим сертификатом IATF 16949.",
                        data_source="Реестр органа по сертификации",
                        collection_method="Проверка реестра",
                        responsible="Центр сертификации и испытаний автокомпонентов",
                        verification="Копии сертификатов",
                        baseline=5,
                        targets=seq("2024-Q3", 10, 15),
                    ),
                ),
                children=(
                    Result(
                        "Программа бережливого производства на 15 предприятиях",
                        tasks=("LEAN",),
                        indicators=(
                            Quarterly(
                                "Предприятия с пилотными участками 5S и SMED",
                                "Предприятия, где пилотный участок прошёл приёмку консультанта.",
                                data_source="Отчёты консультантов",
                                collection_method="Приёмка участков",
                                responsible="Консалтинговая группа «Бережливое производство»",
                                verification="Акты приёмки",
                                baseline=0,
                                targets=seq("2022-Q2", 5, None, 15),
                                actuals=seq("2022-Q2", 6, None, 14, None, 15),
                            ),
                            Quarterly(
                                "Работники, обученные инструментам бережливого производства",
                                "Работники, завершившие обучение, нарастающим итогом.",
                                data_source="Журналы обучения",
                                collection_method="Списки слушателей",
                                responsible="Консалтинговая группа «Бережливое производство»",
                                verification="Журналы и удостоверения",
                                baseline=0,
                                targets=seq("2022-Q4", 300, None, None, None, 600),
                                actuals=seq("2022-Q2", 120, None, 310, None, 430),
                                split={"sex": {"female": 0.27, "male": 0.73}},
                            ),
                        ),
                    ),
                    Result(
                        "Совместные аудиты поставщиков второго уровня и совместные закупки металлопроката",
                        tasks=("AUDITS", "STEEL"),
                        indicators=(
                            Quarterly(
                                "Поставщики второго уровня, прошедшие совместный аудит",
                                "Поставщики, проверенные общей командой аудиторов ассоциации.",
                                data_source="Отчёты об аудитах",
                                collection_method="Реестр аудитов",
                                responsible=ASSOCIATION,
                                verification="Отчёты об аудитах",
                                baseline=0,
                                targets=seq("2023-Q2", 24),
                                actuals=seq("2023-Q1", 12, 21),
                            ),
                            Quarterly(
                                "Экономия на совместных закупках металлопроката и полимеров",
                                "Снижение цены по сравнению с ценой отдельной закупки, в процентах.",
                                unit="percentage",
                                data_source="Договоры совместных закупок",
                                collection_method="Сравнение цен",
                                responsible=ASSOCIATION,
                                verification="Договоры и коммерческие предложения",
                                baseline=0,
                                targets=seq("2023-Q1", 6),
                                actuals=seq("2023-Q1", 7.2),
                            ),
                        ),
                    ),
                    Result(
                        "Подготовка первой группы предприятий к сертификации IATF 16949",
                        tasks=("IATF", "CERTAUDIT", "CERTS"),
                        indicators=(
                            Quarterly(
                                "Внутренние аудиторы, обученные по IATF 16949",
                                "Сотрудники предприятий, сдавшие экзамен внутреннего аудитора.",
                                data_source="Протоколы экзаменов",
                                collection_method="Реестр удостоверений",
                                responsible="Центр сертификации и испытаний автокомпонентов",
                                verification="Удостоверения",
                                baseline=0,
                                targets=seq("2022-Q3", 20),
                                actuals=seq("2022-Q3", 22),
                                split={"sex": {"female": 0.45, "male": 0.55}},
                            ),
                            Quarterly(
                                "Предприятия, прошедшие предсертификационный аудит",
                                "Предприятия первой группы с отчётом о предсертификационном аудите.",
                                data_source="Отчёты об аудитах",
                                collection_method="Реестр аудитов",
                                responsible="Центр сертификации и испытаний автокомпонентов",
                                verification="Отчёты об аудитах",
                                baseline=0,
                                targets=seq("2023-Q2", 6, 10),
                                actuals=seq("2023-Q2", 7),
                            ),
                        ),
                    ),
                ),
            ),
            Result(
                "Ассоциация становится центром коммуникации отрасли и выводит поставщиков к новым "
                "заказчикам, в том числе в ЕС",
                tasks=("O3",),
                assumptions="Партнёры Словенского автомобильного кластера продолжают сотрудничество.",
                indicators=(
                    Quarterly(
                        "Члены Ассоциации поставщиков автокомпонентов",
                        "Предприятия с уплаченным членским взносом на конец квартала.",
                        data_source="Реестр членов ассоциации",
                        collection_method="Проверка реестра",
                        responsible=ASSOCIATION,
                        verification="Реестр и выписки об уплате взносов",
                        baseline=17,
                        baseline_source="Ассоциация основана 17 предприятиями",
                        targets=seq("2022-Q2", 20, None, 23, None, 26, None, 30, None, 34, None, 38),
                        actuals=seq("2021-Q4", 17, 17, 17, 17, 17, 17, 17),
                        value_notes={
                            "2023-Q2": "Новых членов нет: вступительный взнос высок для малых предприятий"
                        },
                    ),
                    Quarterly(
                        "Новые контракты с заказчиками за пределами области",
                        "Договоры поставки членов ассоциации с новыми заказчиками в России и за рубежом, "
                        "нарастающим итогом.",
                        data_source=MEMBERS_SURVEY,
                        collection_method="Анкета предприятия",
                        responsible=CENTRE,
                        verification="Копии первых страниц договоров",
                        baseline=0,
                        targets=seq("2022-Q4", 4, None, None, None, 10, None, None, None, 16),
                        actuals=seq("2022-Q2", 1, None, 4, None, 7),
                    ),
                    Quarterly(
                        "Средний балл потенциала организаций поддержки",
                        "Вычисляется по оценкам потенциала: средний балл (1–5) ассоциации, центра "
                        "кластерного развития, университета и фонда в каждом раунде.",
                        unit="score",
                        data_source="Оценки институционального потенциала (ClusterDesk)",
                        collection_method="Оценка по рамке потенциала",
                        frequency="В каждом раунде",
                        responsible="Агентство регионального развития Самарской области",
                        verification="Анкеты оценки с подтверждающими документами",
                        baseline=2.0,
                        baseline_date=dt.date(2021, 9, 20),
                        baseline_source="Базовая оценка (сентябрь 2021 г.)",
                        computed="capacity_mean",
                        targets=seq("2023-Q3", 2.6, None, None, None, None, 3.0),
                    ),
                ),
                children=(
                    Result(
                        "Дуальное обучение наладчиков с колледжем",
                        tasks=("COLLEGE",),
                        indicators=(
                            Quarterly(
                                "Наладчики, завершившие дуальное обучение",
                                "Выпускники программы, принятые на предприятия кластера.",
                                data_source="Отчёт колледжа",
                                collection_method="Списки выпускников",
                                responsible="Тольяттинский машиностроительный колледж",
                                verification="Дипломы и приказы о приёме",
                                baseline=0,
                                targets=seq("2023-Q2", 40),
                                actuals=seq("2023-Q2", 38),
                                split={"sex": {"female": 0.1, "male": 0.9}},
                            ),
                        ),
                    ),
                    Result(
                        "Льготные займы на модернизацию оборудования",
                        tasks=("LOANS",),
                        indicators=(
                            Quarterly(
                                "Сумма выданных льготных займов",
                                "Займы фонда предприятиям кластера нарастающим итогом, в рублях.",
                                unit="currency",
                                data_source="Отчёт фонда",
                                collection_method="Реестр займов",
                                responsible="Региональный фонд развития промышленности",
                                verification="Договоры займа",
                                baseline=0,
                                targets=seq("2023-Q1", 60_000_000, 120_000_000),
                                actuals=seq("2023-Q1", 48_000_000, 96_000_000),
                                value_notes={"2023-Q2": "Шестой заём выдан в июле 2023 г."},
                            ),
                        ),
                    ),
                    Result(
                        "Побратимство со Словенским автомобильным кластером и коллективный стенд "
                        "на «Иннопроме»",
                        tasks=("EXPO",),
                        indicators=(
                            Quarterly(
                                "Члены Российско-словенского делового клуба",
                                "Российские и словенские компании — члены клуба (автокомпоненты, "
                                "энергоэффективность, туризм).",
                                data_source="Реестр клуба",
                                collection_method="Проверка реестра",
                                responsible="Торгово-промышленная палата Самарской области",
                                verification="Реестр и протоколы заседаний клуба",
                                baseline=0,
                                targets=seq(
                                    "2022-Q2", 15, None, 30, None, 40, None, None, None, None, None, 45
                                ),
                                actuals=seq("2022-Q2", 18, None, 31, None, 43),
                            ),
                            Quarterly(
                                "Совместные российско-словенские предприятия",
                                "Зарегистрированные совместные предприятия с участием членов кластера.",
                                data_source="ЕГРЮЛ и реестр клуба",
                                collection_method="Проверка реестров",
                                responsible=CENTRE,
                                verification="Выписки из ЕГРЮЛ",
                                baseline=0,
                                targets=seq("2022-Q4", 1, None, 2, None, None, None, None, None, 3),
                                actuals=seq("2022-Q4", 1, 2, 3),  # the three joint ventures of the case
                            ),
                            Quarterly(
                                "Предприятия на коллективном стенде «Иннопрома»",
                                "Члены ассоциации, представленные на стенде.",
                                data_source="Список экспонентов",
                                collection_method="Регистрация",
                                responsible=CENTRE,
                                verification="Договор на стенд",
                                baseline=0,
                                targets=seq("2024-Q3", 12),
                            ),
                        ),
                    ),
                ),
            ),
        ),
    ),
)
