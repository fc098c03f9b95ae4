"""Result chain of the Bosawas cocoa producer networks: 266 families organised in 18 networks with their
own and territorial leaders, collective fermentation and joint sales to fine-cocoa buyers, an internal
control system towards organic and fair-trade certification, cocoa that keeps the reserve's forest
standing (the UNIDO case in the RAAN: networks, nurseries, shared equipment, joint marketing, larger
buyers). Reported per semester; "today" is the follow-up survey of 15 February 2023."""

from __future__ import annotations

import datetime as dt
from functools import partial

from .results_chain import Chain, Indicator, Result, seq

BASELINE = dt.date(2021, 2, 10)
UNION = "Unión de Cooperativas Cacao Bosawas"
RESERVE = "Secretaría Técnica de la Reserva de Biosfera Bosawas"
REGISTER = "Registro de socios y de ventas de la Unión de Cooperativas"
SEX = {"sex": {"female": 0.31, "male": 0.69}}
# in proportion to the families of each municipality in the registry (its admin_area names)
BY_MUNICIPALITY = {
    "area": {
        "Waslala, Costa Caribe Norte": 148,
        "San José de Bocay, Jinotega": 44,
        "Siuna, Costa Caribe Norte": 30,
        "El Cuá, Jinotega": 29,
        "Rosita, Costa Caribe Norte": 15,
    }
}

Semester = partial(
    Indicator,
    frequency="Semestral",
    baseline_date=BASELINE,
    baseline_source="Diagnóstico y encuesta de línea de base en las 18 redes (febrero de 2021)",
)

CHAIN = Chain(
    frequency="semester",
    impact=Result(
        "Las familias cacaoteras de Bosawas mejoran sus ingresos con cacao fino producido en sistemas "
        "agroforestales que mantienen el bosque de la reserva en pie",
        assumptions="El precio internacional del cacao fino no cae por debajo del nivel de 2021; no hay "
        "nuevos desastres climáticos graves.",
        tasks=("O1", "O2", "O3"),
        indicators=(
            Semester(
                "Ingreso bruto por cacao de las familias (12 meses)",
                "Ingreso medio por venta de cacao de las familias de la muestra en los 12 meses previos al "
                "cierre del semestre, en córdobas.",
                unit="currency",
                data_source="Encuesta a una muestra de 80 familias",
                collection_method="Entrevista en la finca con el cuaderno de ventas",
                responsible=UNION,
                verification="Cuadernos de ventas y recibos de acopio",
                baseline=24_000,
                targets=seq("2021-S2", 25_000, 26_500, 28_000, 30_000, 32_000, 34_000),
                actuals=seq("2021-S2", 24_800, 26_900, 28_600),
            ),
            Semester(
                "Hectáreas de cacao bajo sombra de las familias",
                "Superficie de cacao en sistemas agroforestales de las 266 familias.",
                data_source="Fichas de finca del sistema de control interno",
                collection_method="Medición en las inspecciones internas",
                responsible=UNION,
                verification="Fichas de finca y croquis",
                baseline=560,
                targets=seq("2021-S2", 570, 585, 600, 615, 630, 640),
                actuals=seq("2021-S2", 566, 583, 604),
            ),
            Indicator(
                "Ventas medias de cacao de las familias encuestadas (12 meses)",
                "Media de las ventas de cacao de los 12 meses previos declaradas por las familias de la "
                "muestra encuestada, en córdobas; calculada de la encuesta de cada ronda.",
                unit="currency",
                data_source="Encuestas de línea de base y de seguimiento a una muestra de familias",
                collection_method="Entrevista en la finca con el formulario de la encuesta",
                frequency="En cada ronda de encuesta",
                responsible=UNION,
                verification="Respuestas de la encuesta en el proyecto",
                baseline=25_900,
                baseline_date=BASELINE,
                baseline_source="Encuesta de línea de base (febrero de 2021)",
                targets={"2023-S1": 30_000, "2024-S1": 34_000},
                computed="survey_mean:sales",
            ),
        ),
        children=(
            Result(
                "Las redes venden cacao fermentado de calidad en conjunto a compradores de cacao fino y a "
                "mejor precio",
                tasks=("O2",),
                assumptions="Los caminos de acceso a las comunidades se mantienen transitables en la "
                "cosecha.",
                indicators=(
                    Semester(
                        "Cacao seco vendido en conjunto (12 meses)",
                        "Quintales de cacao seco fermentado vendidos por las redes a través de las "
                        "cooperativas en los 12 meses previos.",
                        data_source=REGISTER,
                        collection_method="Registro de ventas",
                        responsible=UNION,
                        verification="Facturas a compradores",
                        baseline=400,
                        targets=seq("2021-S2", 600, 900, 1_400, 1_700, 2_000, 2_200),
                        actuals=seq("2021-S2", 580, 820, 1_310),
                        split=BY_MUNICIPALITY,
                    ),
                    Semester(
                        "Precio medio del quintal de cacao seco",
                        "Precio medio pagado a las redes por quintal de cacao seco fermentado, en córdobas.",
                        unit="currency",
                        data_source=REGISTER,
                        collection_method="Registro de ventas",
                        responsible=UNION,
                        verification="Facturas a compradores",
                        baseline=4_200,
                        targets=seq("2022-S2", 5_000, None, 5_600),
                        actuals=seq("2021-S2", 4_350, 4_500, 4_700),
                        value_notes={
                            "2022-S2": "Sin contrato colectivo aún, se vendió sobre todo a intermediarios"
                        },
                    ),
                    Semester(
                        "Familias que venden cacao por su red",
                        "Familias que entregaron cacao a su red para la venta conjunta en el semestre.",
                        data_source=REGISTER,
                        collection_method="Registro de entregas",
                        responsible=UNION,
                        verification="Recibos de entrega",
                        baseline=70,
                        targets=seq("2021-S2", 110, 150, 190, 210, 230, 250),
                        actuals=seq("2021-S2", 104, 149, 187),
                        split=SEX,
                    ),
                ),
                children=(
                    Result(
                        "Fermentación y secado centralizados con protocolo de calidad",
                        tasks=("FERMENT",),
                        indicators=(
                            Semester(
                                "Módulos de fermentación y secado en operación",
                                "Módulos con cajones de fermentación y secadora solar que procesaron cacao.",
                                data_source="Informes del Centro de Acopio y Fermentación El Ocote",
                                collection_method="Visitas de seguimiento",
                                responsible="Centro de Acopio y Fermentación El Ocote",
                                verification="Registro de lotes por módulo",
                                baseline=0,
                                targets=seq("2022-S1", 12, 18),
                                actuals=seq("2022-S1", 11, 17),
                            ),
                            Semester(
                                "Lotes que cumplen el protocolo de calidad",
                                "Porcentaje de lotes con prueba de corte aprobada.",
                                unit="percentage",
                                data_source="Pruebas de corte",
                                collection_method="Prueba de corte por lote",
                                responsible="Centro de Acopio y Fermentación El Ocote",
                                verification="Fichas de prueba de corte",
                                baseline=35,
                                targets=seq("2022-S2", 80, None, 90),
                                actuals=seq("2022-S2", 83),
                            ),
                        ),
                    ),
                    Result(
                        "Vínculos con compradores de cacao fino: Salón del Cacao y contrato colectivo",
                        tasks=("SALON", "BUYER"),
                        indicators=(
                            Semester(
                                "Redes con muestras evaluadas en el Salón del Cacao y Chocolate",
                                "Redes cuyas muestras recibieron la evaluación sensorial del Salón.",
                                data_source="Resultados del Salón",
                                collection_method="Registro",
                                responsible="Fundación Bosque y Cacao",
                                verification="Fichas de evaluación",
                                baseline=0,
                                targets=seq("2023-S1", 8),
                            ),
                            Semester(
                                "Contrato colectivo firmado con un comprador de cacao fino",
                                "1 cuando la Unión firma un contrato de compra por volumen y precio.",
                                unit="yes_no",
                                data_source="Contrato",
                                collection_method="Revisión documental",
                                responsible=UNION,
                                verification="Contrato firmado",
                                baseline=0,
                                targets=seq("2024-S1", 1),
                            ),
                        ),
                    ),
                ),
            ),
            Result(
                "Las familias organizadas en redes mantienen un sistema de control interno y obtienen la "
                "certificación orgánica y de comercio justo",
                tasks=("O1",),
                assumptions="Las redes sostienen el pago de los inspectores internos con sus cuotas.",
                indicators=(
                    Semester(
                        "Familias inscritas en el sistema de control interno",
                        "Familias con ficha de finca y compromiso firmado en el sistema de control interno.",
                        data_source="Registro del sistema de control interno",
                        collection_method="Revisión del registro",
                        responsible=UNION,
                        verification="Fichas y compromisos firmados",
                        baseline=0,
                        targets=seq("2021-S2", 60, 150, 266),
                        actuals=seq("2021-S2", 58, 161, 248),
                        split=SEX,
                    ),
                    Semester(
                        "Certificación orgánica y de comercio justo obtenida",
                        "1 cuando la certificadora emite ambos certificados a la Unión.",
                        unit="yes_no",
                        data_source="Certificados",
                        collection_method="Revisión documental",
                        responsible=UNION,
                        verification="Certificados vigentes",
                        baseline=0,
                        targets=seq("2023-S2", 1),
                    ),
                    Semester(
                        "Capacidad media de las organizaciones de apoyo",
                        "Calculado de las evaluaciones de capacidad: media de los puntajes (1 a 5) de la "
                        "Unión, las redes y las instituciones evaluadas en cada ronda.",
                        unit="score",
                        data_source="Evaluaciones de capacidad institucional (ClusterDesk)",
                        collection_method="Evaluación con el marco de capacidades",
                        frequency="En cada ronda",
                        responsible="Programa de Desarrollo Económico Territorial del Caribe Norte",
                        verification="Fichas de evaluación con evidencia",
                        baseline=2.1,
                        baseline_date=dt.date(2021, 3, 1),
                        baseline_source="Evaluación de línea de base (febrero de 2021)",
                        computed="capacity_mean",
                        targets=seq("2023-S1", 2.6, None, 2.9),
                    ),
                ),
                children=(
                    Result(
                        "Redes de productores organizadas con líderes comunitarios y territoriales",
                        tasks=("ICS",),
                        indicators=(
                            Semester(
                                "Familias organizadas en redes de productores",
                                "Familias socias de una de las 18 redes de productores.",
                                data_source="Registro de socios de las redes",
                                collection_method="Revisión del registro",
                                responsible=UNION,
                                verification="Libros de socios",
                                baseline=0,  # the project organised the families into the networks
                                targets=seq("2021-S2", 230, 250, 266),
                                actuals=seq("2021-S2", 226, 247, 266),
                                split=SEX,
                            ),
                            Semester(
                                "Redes con líder elegido y reglamento interno",
                                "Redes cuya asamblea eligió a su líder y aprobó el reglamento.",
                                data_source="Actas de asamblea",
                                collection_method="Revisión de actas",
                                responsible=UNION,
                                verification="Actas",
                                baseline=0,
                                targets=seq("2021-S2", 12, 15, 18),
                                actuals=seq("2021-S2", 12, 16, 18),
                            ),
                            Semester(
                                "Líderes territoriales designados",
                                "Líderes que representan a las redes de un mismo territorio ante la Unión.",
                                data_source="Actas de la Unión",
                                collection_method="Revisión de actas",
                                responsible=UNION,
                                verification="Actas",
                                baseline=0,
                                targets=seq("2022-S1", 3, 4),
                                actuals=seq("2022-S1", 2, 4),
                            ),
                        ),
                    ),
                    Result(
                        "Sistema de control interno con inspectores internos formados",
                        tasks=("ICS", "INSPECT"),
                        indicators=(
                            Semester(
                                "Inspectores internos formados",
                                "Personas de las redes que aprobaron la formación de inspector interno.",
                                data_source="Registro de la Escuela Técnica Agropecuaria de Waslala",
                                collection_method="Actas de evaluación",
                                responsible="Escuela Técnica Agropecuaria de Waslala",
                                verification="Certificados",
                                baseline=0,
                                targets=seq("2022-S1", 36),
                                actuals=seq("2022-S1", 34),
                                split={"sex": {"female": 0.35, "male": 0.65}},
                            ),
                            Semester(
                                "Fincas con inspección interna",
                                "Fincas inspeccionadas por el sistema de control interno, acumuladas.",
                                data_source="Informes de inspección",
                                collection_method="Revisión de informes",
                                responsible=UNION,
                                verification="Informes de inspección",
                                baseline=0,
                                targets=seq("2022-S2", 266),
                                actuals=seq("2022-S2", 241),
                            ),
                        ),
                    ),
                    Result(
                        "Auditoría externa de certificación",
                        tasks=("AUDIT", "CERT"),
                        indicators=(
                            Semester(
                                "Fincas auditadas por la certificadora",
                                "Fincas visitadas en la auditoría externa.",
                                data_source="Informe de auditoría",
                                collection_method="Revisión del informe",
                                responsible=UNION,
                                verification="Informe de auditoría",
                                baseline=0,
                                targets=seq("2023-S1", 60),
                            ),
                        ),
                    ),
                ),
            ),
            Result(
                "La producción de cacao conserva el bosque de la reserva y cuenta con financiamiento",
                tasks=("O3",),
                assumptions="La Secretaría Técnica mantiene el monitoreo satelital de la zona de "
                "amortiguamiento.",
                indicators=(
                    Semester(
                        "Familias con acuerdo de producción sin deforestación",
                        "Porcentaje de las 266 familias que firmaron el acuerdo con la Reserva.",
                        unit="percentage",
                        data_source="Registro de acuerdos",
                        collection_method="Revisión del registro",
                        responsible=RESERVE,
                        verification="Acuerdos firmados",
                        baseline=0,
                        targets=seq("2022-S1", 50, 80, None, 100),
                        actuals=seq("2022-S1", 44, 73),
                    ),
                    Semester(
                        "Bosque perdido en las fincas de las familias",
                        "Hectáreas de bosque desmontadas en el semestre en las fincas de las familias.",
                        direction="decrease",
                        data_source="Monitoreo satelital de la Reserva",
                        collection_method="Análisis de imágenes y verificación en campo",
                        responsible=RESERVE,
                        verification="Mapas de alertas de deforestación",
                        baseline=18,
                        targets=seq("2022-S1", 8, 4, None, 0),
                        actuals=seq("2021-S2", 14, 9, 3),
                    ),
                ),
                children=(
                    Result(
                        "Acuerdo de producción sin deforestación y viveros comunitarios",
                        tasks=("RESERVE",),
                        indicators=(
                            Semester(
                                "Acuerdo firmado con la Reserva",
                                "1 cuando la Secretaría Técnica y la Unión firman el acuerdo.",
                                unit="yes_no",
                                data_source="Acuerdo",
                                collection_method="Revisión documental",
                                responsible=RESERVE,
                                verification="Acuerdo firmado",
                                baseline=0,
                                targets=seq("2022-S1", 1),
                                actuals=seq("2022-S1", 1),
                            ),
                            Semester(
                                "Viveros comunitarios manejados por las redes",
                                "Viveros de cacao y árboles de sombra con plan de manejo de la red.",
                                data_source="Visitas técnicas",
                                collection_method="Visitas de seguimiento",
                                responsible="Servicios Técnicos Agroforestales del Norte",
                                verification="Fichas de vivero",
                                baseline=3,
                                targets=seq("2022-S1", 10, 18),
                                actuals=seq("2022-S1", 9, 11),
                                value_notes={
                                    "2022-S2": "El huracán Julia (octubre de 2022) dañó siete viveros"
                                },
                            ),
                        ),
                    ),
                    Result(
                        "Crédito de acopio para la cosecha",
                        tasks=("CREDIT",),
                        indicators=(
                            Semester(
                                "Familias con crédito de acopio",
                                "Familias que recibieron crédito de acopio para la cosecha.",
                                data_source="Cartera de la Microfinanciera Fondo Campesino",
                                collection_method="Reporte de cartera",
                                responsible="Microfinanciera Fondo Campesino",
                                verification="Reporte de cartera",
                                baseline=0,
                                targets=seq("2022-S2", 50),
                                actuals=seq("2022-S2", 52),
                                split={"sex": {"female": 0.33, "male": 0.67}},
                            ),
                            Semester(
                                "Monto del crédito de acopio",
                                "Monto desembolsado, en córdobas.",
                                unit="currency",
                                data_source="Cartera de la Microfinanciera Fondo Campesino",
                                collection_method="Reporte de cartera",
                                responsible="Microfinanciera Fondo Campesino",
                                verification="Reporte de cartera",
                                baseline=0,
                                targets=seq("2022-S2", 900_000),
                                actuals=seq("2022-S2", 870_000),
                            ),
                        ),
                    ),
                ),
            ),
        ),
    ),
)
