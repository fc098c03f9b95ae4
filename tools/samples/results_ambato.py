"""Result chain of the Ambato footwear cluster: shoes that meet the INEN standard and a collective design,
joint buying of leather and a joint offer to public procurement, and the leather artisans of Quisapincha
modernising with a shared die-cutter and microcredit (the UNIDO case: diagnostic, shared problems and an
action plan with the Ministry). Reported per quarter; "today" is the follow-up survey of 10 October 2024.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from .results_chain import Chain, Indicator, Result, seq

BASELINE = dt.date(2023, 4, 20)
PANEL = "Panel de 30 fábricas de calzado (encuesta trimestral)"
CHAMBER = "Cámara de Calzado de Tungurahua"
SIZES = {"firm_size": {"micro": 0.15, "small": 0.5, "medium": 0.35}}

Quarterly = partial(
    Indicator,
    frequency="Trimestral",
    baseline_date=BASELINE,
    baseline_source="Diagnóstico del clúster y encuesta de línea de base a 30 fábricas (abril de 2023)",
)

CHAIN = Chain(
    frequency="quarter",
    impact=Result(
        "Las fábricas y talleres de calzado de Tungurahua venden más y crean empleo con calzado de calidad "
        "reconocida",
        assumptions="Las importaciones de calzado no crecen más que el mercado; el año escolar de la Sierra "
        "empieza en septiembre.",
        tasks=("O1", "O2", "O3"),
        indicators=(
            Quarterly(
                "Ventas de las fábricas del panel",
                "Ventas del trimestre de las 30 fábricas del panel, en dólares corrientes.",
                unit="currency",
                data_source=PANEL,
                collection_method="Encuesta a fábricas con libro de ventas",
                responsible=CHAMBER,
                verification="Declaraciones del IVA de una muestra",
                baseline=2_400_000,
                targets=seq(
                    "2023-Q3",
                    2_700_000,
                    2_500_000,
                    2_350_000,
                    2_480_000,
                    2_850_000,
                    2_650_000,
                    2_500_000,
                    2_600_000,
                    3_000_000,
                ),
                actuals=seq("2023-Q3", 2_650_000, 2_480_000, 2_300_000, 2_440_000, 2_830_000),
                split=SIZES,
                value_notes={"2024-Q3": "Temporada escolar de la Sierra"},
            ),
            Quarterly(
                "Empleo en las fábricas del panel",
                "Personas ocupadas al cierre del trimestre en las 30 fábricas del panel.",
                data_source=PANEL,
                collection_method="Encuesta a fábricas; planillas del IESS",
                responsible=CHAMBER,
                verification="Planillas de aportes al IESS",
                baseline=1_140,
                targets=seq("2023-Q3", 1_150, 1_160, 1_170, 1_180, 1_200, 1_210, 1_220, 1_230, 1_250),
                actuals=seq("2023-Q3", 1_152, 1_158, 1_161, 1_183, 1_204),
                split={"sex": {"female": 0.38, "male": 0.62}},
            ),
            Indicator(
                "Ventas medias de los zapateros en acciones conjuntas (12 meses)",
                "Media de las ventas de los 12 meses previos declaradas en la encuesta por los talleres "
                "que participan en acciones conjuntas del plan, en dólares; calculada de la encuesta de cada "
                "ronda.",
                unit="currency",
                data_source="Encuestas de línea de base y de seguimiento a los zapateros",
                collection_method="Encuesta a empresas (formulario KoboToolbox)",
                frequency="En cada ronda de encuesta",
                responsible="Cámara de Calzado de Tungurahua",
                verification="Respuestas de la encuesta en el proyecto",
                baseline=116_690,
                baseline_date=BASELINE,
                baseline_source="Línea de base: talleres que luego participaron en acciones conjuntas",
                targets={"2024-Q4": 148_000, "2025-Q3": 165_000},
                computed="survey_mean_participants:sales",
            ),
        ),
        children=(
            Result(
                "El calzado del clúster cumple la norma INEN y se reconoce por su diseño",
                tasks=("O1",),
                assumptions="El laboratorio mantiene su acreditación; las fábricas invierten en las mejoras.",
                indicators=(
                    Quarterly(
                        "Fábricas del panel que cumplen la norma INEN de calzado escolar",
                        "Fábricas cuyo último ensayo de verificación cumple todos los requisitos "
                        "de la norma.",
                        data_source="Informes del Laboratorio de Ensayos de Cuero y Calzado",
                        collection_method="Ensayos de verificación",
                        responsible="Laboratorio de Ensayos de Cuero y Calzado",
                        verification="Informes de ensayo firmados",
                        baseline=6,
                        targets=seq("2024-Q2", 18, None, 22, None, 26),
                        actuals=seq("2024-Q2", 17, 19),
                    ),
                    Quarterly(
                        "Devoluciones de los compradores por defectos",
                        "Pares devueltos por defectos en porcentaje de los pares vendidos en el trimestre.",
                        unit="percentage",
                        direction="decrease",
                        data_source=PANEL,
                        collection_method="Encuesta a fábricas",
                        responsible=CHAMBER,
                        verification="Notas de crédito de una muestra",
                        baseline=4.5,
                        targets=seq("2023-Q4", 4.0, None, 3.2, None, 2.5, None, None, 2.0),
                        actuals=seq("2023-Q3", 4.4, 4.1, 3.6, 3.3, 3.0),
                    ),
                    Quarterly(
                        "Capacidad media de las instituciones de apoyo",
                        "Calculado de las evaluaciones de capacidad: media de los puntajes (1 a 5) de la "
                        "Cámara, la universidad, el instituto tecnológico y el laboratorio en cada ronda.",
                        unit="score",
                        data_source="Evaluaciones de capacidad institucional (ClusterDesk)",
                        collection_method="Evaluación con el marco de capacidades",
                        frequency="En cada ronda",
                        responsible="Ministerio de Producción – Oficina Técnica Ambato",
                        verification="Fichas de evaluación con evidencia",
                        baseline=2.1,
                        baseline_date=dt.date(2023, 5, 9),
                        baseline_source="Evaluación de línea de base (mayo de 2023)",
                        computed="capacity_mean",
                        targets=seq("2024-Q3", 2.7, None, None, None, 3.1),
                    ),
                ),
                children=(
                    Result(
                        "Ensayos de laboratorio y planes de mejora según la norma INEN",
                        tasks=("LAB",),
                        indicators=(
                            Quarterly(
                                "Fábricas con ensayo de laboratorio",
                                "Fábricas cuyo calzado escolar fue muestreado y ensayado.",
                                data_source="Registro de muestras del laboratorio",
                                collection_method="Registro",
                                responsible="Laboratorio de Ensayos de Cuero y Calzado",
                                verification="Actas de muestreo",
                                baseline=0,
                                targets=seq("2023-Q4", 30),
                                actuals=seq("2023-Q4", 30),
                                split=SIZES,
                            ),
                            Quarterly(
                                "Planes de mejora acordados",
                                "Fábricas con plan de mejora firmado con el laboratorio.",
                                data_source="Planes de mejora",
                                collection_method="Revisión documental",
                                responsible="Laboratorio de Ensayos de Cuero y Calzado",
                                verification="Planes firmados",
                                baseline=0,
                                targets=seq("2024-Q1", 20),
                                actuals=seq("2024-Q1", 20),
                            ),
                        ),
                    ),
                    Result(
                        "Colección colectiva con el Centro de Diseño",
                        tasks=("DESIGN",),
                        indicators=(
                            Quarterly(
                                "Modelos de la colección colectiva",
                                "Modelos con ficha técnica y muestra terminada.",
                                data_source="Catálogo de la colección",
                                collection_method="Revisión del catálogo",
                                responsible="Centro de Diseño de Calzado Tungurahua",
                                verification="Fichas técnicas y fotografías",
                                baseline=0,
                                targets=seq("2024-Q3", 40),
                                actuals=seq("2024-Q3", 36),
                            ),
                            Quarterly(
                                "Fábricas que producen la colección",
                                "Fábricas con pedidos de modelos de la colección colectiva.",
                                data_source="Registro del Centro de Diseño",
                                collection_method="Registro",
                                responsible="Centro de Diseño de Calzado Tungurahua",
                                verification="Pedidos",
                                baseline=0,
                                targets=seq("2024-Q3", 14),
                                actuals=seq("2024-Q3", 14),
                                split=SIZES,
                            ),
                        ),
                    ),
                    Result(
                        "Técnicos en patronaje y montaje de calzado formados en planta",
                        tasks=("SCHOOL",),
                        indicators=(
                            Quarterly(
                                "Técnicos graduados en patronaje y montaje",
                                "Personas que aprobaron todos los módulos en planta.",
                                data_source="Registro del Instituto Tecnológico del Calzado y Cuero",
                                collection_method="Actas de calificación",
                                responsible="Instituto Tecnológico del Calzado y Cuero",
                                verification="Títulos registrados",
                                baseline=0,
                                targets=seq("2024-Q3", 25),
                                actuals=seq("2024-Q3", 23),
                                split={"sex": {"female": 0.35, "male": 0.65}},
                            ),
                        ),
                    ),
                ),
            ),
            Result(
                "Las fábricas compran y venden en conjunto, también a la compra pública",
                tasks=("O2",),
                assumptions="El SERCOP mantiene el catálogo de calzado escolar abierto a ofertas "
                "asociativas.",
                indicators=(
                    Quarterly(
                        "Ahorro en la compra conjunta de cuero y suelas",
                        "Diferencia entre el precio individual de referencia y el precio de la compra "
                        "conjunta, en porcentaje.",
                        unit="percentage",
                        data_source="Facturas de la compra conjunta y cotizaciones",
                        collection_method="Comparación de precios",
                        responsible=CHAMBER,
                        verification="Facturas y cotizaciones",
                        baseline=0,
                        targets=seq("2024-Q2", 8, None, None, None, 10),
                        actuals=seq("2024-Q2", 9.5),
                    ),
                    Quarterly(
                        "Pares vendidos a la compra pública",
                        "Pares de calzado escolar entregados por ofertas conjuntas del clúster.",
                        data_source="Órdenes de compra del SERCOP",
                        collection_method="Revisión de contratos",
                        responsible=CHAMBER,
                        verification="Contratos y actas de entrega",
                        baseline=0,
                        targets=seq("2025-Q3", 20_000),
                    ),
                ),
                children=(
                    Result(
                        "Compra conjunta de cuero y suelas",
                        tasks=("LEATHER",),
                        indicators=(
                            Quarterly(
                                "Fábricas en la compra conjunta",
                                "Fábricas que pagaron su parte del pedido conjunto.",
                                data_source="Registro de la Cámara",
                                collection_method="Registro de aportes",
                                responsible=CHAMBER,
                                verification="Comprobantes de pago",
                                baseline=0,
                                targets=seq("2024-Q2", 22),
                                actuals=seq("2024-Q2", 22),
                                split=SIZES,
                            ),
                            Quarterly(
                                "Cuero comprado en conjunto",
                                "Metros cuadrados de cuero recibidos por la compra conjunta.",
                                data_source="Guías de remisión",
                                collection_method="Revisión de guías",
                                responsible=CHAMBER,
                                verification="Guías y facturas",
                                baseline=0,
                                targets=seq("2024-Q2", 18_000),
                                actuals=seq("2024-Q2", 16_900),
                            ),
                        ),
                    ),
                    Result(
                        "Pabellón del clúster en la feria de calzado de Ambato",
                        tasks=("FICCE",),
                        indicators=(
                            Quarterly(
                                "Empresas en el pabellón del clúster",
                                "Fábricas y talleres que exponen en el pabellón.",
                                data_source="Lista de expositores",
                                collection_method="Registro",
                                responsible="GAD Municipalidad de Ambato",
                                verification="Contratos de espacio",
                                baseline=0,
                                targets=seq("2025-Q1", 25),
                            ),
                        ),
                    ),
                    Result(
                        "Diálogo y primera oferta conjunta a la compra pública de calzado escolar",
                        tasks=("PUBLIC", "TENDER"),
                        indicators=(
                            Quarterly(
                                "Mesas de diálogo sobre la compra pública",
                                "Reuniones con el Ministerio y el SERCOP con acta, acumuladas.",
                                data_source="Actas de las mesas",
                                collection_method="Revisión de actas",
                                responsible="Ministerio de Producción – Oficina Técnica Ambato",
                                verification="Actas firmadas",
                                baseline=0,
                                targets=seq("2024-Q3", 3, 5),
                                actuals=seq("2024-Q3", 2),
                                value_notes={"2024-Q3": "Una mesa aplazada por el cambio de autoridades"},
                            ),
                            Quarterly(
                                "Primera oferta conjunta presentada",
                                "1 cuando el clúster presenta una oferta asociativa en el catálogo "
                                "electrónico.",
                                unit="yes_no",
                                data_source="Portal de compras públicas",
                                collection_method="Consulta del portal",
                                responsible=CHAMBER,
                                verification="Comprobante de la oferta",
                                baseline=0,
                                targets=seq("2025-Q3", 1),
                            ),
                        ),
                    ),
                ),
            ),
            Result(
                "Los artesanos del cuero de Quisapincha modernizan su producción",
                tasks=("O3",),
                assumptions="Los turnos de la troqueladora se respetan; el turismo de Quisapincha se "
                "mantiene.",
                indicators=(
                    Quarterly(
                        "Pares por operario y día en los talleres de Quisapincha",
                        "Producción media diaria por operario en 12 talleres de la Asociación.",
                        data_source="Registro de producción de 12 talleres",
                        collection_method="Visitas y registros de producción",
                        responsible="Asociación de Artesanos del Cuero de Quisapincha",
                        verification="Registros de producción",
                        baseline=8,
                        targets=seq("2024-Q4", 10, None, None, 11),
                        actuals=seq("2024-Q2", 8.6, 9.1),
                    ),
                ),
                children=(
                    Result(
                        "Troqueladora compartida en Quisapincha",
                        tasks=("CUT",),
                        indicators=(
                            Quarterly(
                                "Talleres que usan la troqueladora compartida",
                                "Talleres con al menos un turno de corte en el trimestre.",
                                data_source="Registro de turnos",
                                collection_method="Registro",
                                responsible="Asociación de Artesanos del Cuero de Quisapincha",
                                verification="Registro de turnos firmado",
                                baseline=0,
                                targets=seq("2024-Q3", 12, 12, 14),
                                actuals=seq("2024-Q3", 7),
                                value_notes={"2024-Q3": "Instalada a fines de agosto; turnos aún en prueba"},
                            ),
                        ),
                    ),
                    Result(
                        "Microcréditos para maquinaria de costura",
                        tasks=("MICRO",),
                        indicators=(
                            Quarterly(
                                "Microcréditos desembolsados",
                                "Microcréditos de la línea desembolsados a artesanos, acumulados.",
                                data_source="Cartera de la cooperativa",
                                collection_method="Reporte de cartera",
                                responsible="Cooperativa de Ahorro y Crédito Artesanos del Centro",
                                verification="Reporte de cartera",
                                baseline=0,
                                targets=seq("2024-Q1", 10, 18),
                                actuals=seq("2024-Q1", 10, 18),
                                split={"sex": {"female": 0.4, "male": 0.6}},
                            ),
                            Quarterly(
                                "Monto de los microcréditos",
                                "Monto desembolsado, acumulado, en dólares.",
                                unit="currency",
                                data_source="Cartera de la cooperativa",
                                collection_method="Reporte de cartera",
                                responsible="Cooperativa de Ahorro y Crédito Artesanos del Centro",
                                verification="Reporte de cartera",
                                baseline=0,
                                targets=seq("2024-Q1", 16_000, 30_000),
                                actuals=seq("2024-Q1", 15_400, 29_200),
                            ),
                        ),
                    ),
                ),
            ),
        ),
    ),
)
