<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assess an institution</source>
        <translation>Evaluar una institución</translation>
    </message>
    <message>
        <source>Baseline, Mid-term, Final, or the date of the visit as YYYY-MM-DD</source>
        <translation>Línea de base, Medio término, Final, o la fecha de la visita como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Choose the institution that was assessed.</source>
        <translation>Elija la institución evaluada.</translation>
    </message>
    <message>
        <source>Round: choose Baseline, Mid-term or Final, or type the date as YYYY-MM-DD.</source>
        <translation>Ronda: elija Línea de base, Medio término o Final, o escriba la fecha como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Score at least one indicator, or cancel.</source>
        <translation>Puntúe al menos un indicador o cancele.</translation>
    </message>
</context>
<context>
    <name>CapacityFramework</name>
    <message>
        <source>Support institution capacity</source>
        <translation>Capacidad de las instituciones de apoyo</translation>
    </message>
    <message>
        <source>Responsiveness to the cluster's demand</source>
        <translation>Respuesta a la demanda del clúster</translation>
    </message>
    <message>
        <source>Knowledge of firms' needs</source>
        <translation>Conocimiento de las necesidades de las empresas</translation>
    </message>
    <message>
        <source>Speed and flexibility of response</source>
        <translation>Rapidez y flexibilidad de respuesta</translation>
    </message>
    <message>
        <source>Firms' voice in service design</source>
        <translation>Voz de las empresas en el diseño de servicios</translation>
    </message>
    <message>
        <source>Relevance of the service portfolio</source>
        <translation>Pertinencia de la cartera de servicios</translation>
    </message>
    <message>
        <source>Fit with the cluster's priorities</source>
        <translation>Ajuste a las prioridades del clúster</translation>
    </message>
    <message>
        <source>Uptake by cluster firms</source>
        <translation>Uso por las empresas del clúster</translation>
    </message>
    <message>
        <source>Access for small firms</source>
        <translation>Acceso para pequeñas empresas</translation>
    </message>
    <message>
        <source>Staff competence</source>
        <translation>Competencia del personal</translation>
    </message>
    <message>
        <source>Technical knowledge of the sector</source>
        <translation>Conocimiento técnico del sector</translation>
    </message>
    <message>
        <source>Advisory and facilitation skills</source>
        <translation>Capacidades de asesoría y facilitación</translation>
    </message>
    <message>
        <source>Staff development</source>
        <translation>Desarrollo del personal</translation>
    </message>
    <message>
        <source>Linkages with firms and other institutions</source>
        <translation>Vínculos con empresas y otras instituciones</translation>
    </message>
    <message>
        <source>Contact with firms</source>
        <translation>Contacto con las empresas</translation>
    </message>
    <message>
        <source>Cooperation with other support institutions</source>
        <translation>Cooperación con otras instituciones de apoyo</translation>
    </message>
    <message>
        <source>Links beyond the region</source>
        <translation>Vínculos fuera de la región</translation>
    </message>
    <message>
        <source>Financial sustainability</source>
        <translation>Sostenibilidad financiera</translation>
    </message>
    <message>
        <source>Diversity of income</source>
        <translation>Diversidad de ingresos</translation>
    </message>
    <message>
        <source>Cost recovery from services</source>
        <translation>Recuperación de costes de los servicios</translation>
    </message>
    <message>
        <source>Financial planning and reserves</source>
        <translation>Planificación financiera y reservas</translation>
    </message>
    <message>
        <source>Governance and leadership</source>
        <translation>Gobernanza y liderazgo</translation>
    </message>
    <message>
        <source>Strategy and mandate</source>
        <translation>Estrategia y mandato</translation>
    </message>
    <message>
        <source>Representation in decisions</source>
        <translation>Representación en las decisiones</translation>
    </message>
    <message>
        <source>Transparency and accountability</source>
        <translation>Transparencia y rendición de cuentas</translation>
    </message>
    <message>
        <source>Monitoring capacity</source>
        <translation>Capacidad de seguimiento</translation>
    </message>
    <message>
        <source>Records of clients and services</source>
        <translation>Registro de clientes y servicios</translation>
    </message>
    <message>
        <source>Measuring results for firms</source>
        <translation>Medición de resultados para las empresas</translation>
    </message>
</context>
<context>
    <name>CapacityPanel</name>
    <message numerus="yes">
        <source>incomplete: {scored} of %n indicators scored</source>
        <translation><numerusform>incompleta: {scored} de %n indicador puntuado</numerusform><numerusform>incompleta: {scored} de %n indicadores puntuados</numerusform></translation>
    </message>
    <message>
        <source>{round}, {day}</source>
        <translation>{round}, {day}</translation>
    </message>
    <message>
        <source>{round} · overall {score}</source>
        <translation>{round} · global {score}</translation>
    </message>
    <message>
        <source>Add default framework</source>
        <translation>Añadir marco predeterminado</translation>
    </message>
    <message>
        <source>Store the default framework for support institutions in this project</source>
        <translation>Guardar en este proyecto el marco predeterminado para instituciones de apoyo</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Evaluar…</translation>
    </message>
    <message>
        <source>Enter or correct the scores and evidence of one institution in one round</source>
        <translation>Introducir o corregir las puntuaciones y evidencias de una institución en una ronda</translation>
    </message>
    <message>
        <source>Framework…</source>
        <translation>Marco…</translation>
    </message>
    <message>
        <source>Rename dimensions and indicators, rewrite the rubric, add or remove indicators</source>
        <translation>Cambiar el nombre de dimensiones e indicadores, reescribir la rúbrica, añadir o quitar indicadores</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>All assessments, their scores and the rubric as an Excel workbook</source>
        <translation>Todas las evaluaciones, sus puntuaciones y la rúbrica en un libro de Excel</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Plantilla…</translation>
    </message>
    <message>
        <source>A workbook for field teams to fill in and import back</source>
        <translation>Un libro que los equipos de campo rellenan y se vuelve a importar</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Read a filled-in template or a corrected export</source>
        <translation>Leer una plantilla rellenada o una exportación corregida</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Export the assessments, make a field template or import one</source>
        <translation>Exportar las evaluaciones, crear una plantilla de campo o importar una</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institución:</translation>
    </message>
    <message>
        <source>Double-click a row for the institution's radar chart</source>
        <translation>Haga doble clic en una fila para ver el gráfico radial de la institución</translation>
    </message>
    <message>
        <source>Compare every institution's latest round, or all in the same round</source>
        <translation>Comparar la última ronda de cada institución, o todas en la misma ronda</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Ronda:</translation>
    </message>
    <message>
        <source>Create capacity-building action</source>
        <translation>Crear acción de fortalecimiento de capacidades</translation>
    </message>
    <message>
        <source>Add an institutional-support action to the plan, led by the institution</source>
        <translation>Añadir al plan una acción de apoyo institucional liderada por la institución</translation>
    </message>
    <message>
        <source>Gap = target minus score, from the latest round in which the dimension was completely scored. Double-click a target to change it.</source>
        <translation>Brecha = meta menos puntuación, de la última ronda en la que la dimensión se puntuó por completo. Haga doble clic en una meta para cambiarla.</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Brechas</translation>
    </message>
    <message>
        <source>Latest of each institution</source>
        <translation>La última de cada institución</translation>
    </message>
    <message>
        <source>No assessment framework in this project yet. Click “Add default framework” to start assessing support institutions.</source>
        <translation>Este proyecto aún no tiene marco de evaluación. Haga clic en «Añadir marco predeterminado» para empezar a evaluar las instituciones de apoyo.</translation>
    </message>
    <message>
        <source>No institution has been assessed yet. Import a filled-in template to start.</source>
        <translation>Aún no se ha evaluado ninguna institución. Importe una plantilla rellenada para empezar.</translation>
    </message>
    <message>
        <source>Set target of {institution} on {dimension}</source>
        <translation>Fijar la meta de {institution} en {dimension}</translation>
    </message>
    <message>
        <source>Default framework added. Make a template to start the baseline round.</source>
        <translation>Marco predeterminado añadido. Cree una plantilla para empezar la ronda de línea de base.</translation>
    </message>
    <message>
        <source>{institution} already has an action for {dimension} in the plan; edit it in the Action plan panel.</source>
        <translation>{institution} ya tiene una acción sobre {dimension} en el plan; edítela en el panel Plan de acción.</translation>
    </message>
    <message>
        <source>Added to the action plan: {task} (Edit ▸ Undo removes it).</source>
        <translation>Añadida al plan de acción: {task} (Editar ▸ Deshacer la quita).</translation>
    </message>
</context>
<context>
    <name>CapacityRound</name>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Mid-term</source>
        <translation>Medio término</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message numerus="yes">
        <source>{dimension}: incomplete, {scored} of %n indicators scored</source>
        <translation><numerusform>{dimension}: incompleta, {scored} de %n indicador puntuado</numerusform><numerusform>{dimension}: incompleta, {scored} de %n indicadores puntuados</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No overall score: {scored} of %n indicators scored</source>
        <translation><numerusform>Sin puntuación global: {scored} de %n indicador puntuado</numerusform><numerusform>Sin puntuación global: {scored} de %n indicadores puntuados</numerusform></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Puntuados</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleta</translation>
    </message>
</context>
<context>
    <name>FrameworkDialog</name>
    <message>
        <source>Framework: {name}</source>
        <translation>Marco: {name}</translation>
    </message>
    <message>
        <source>Dimensions and indicators</source>
        <translation>Dimensiones e indicadores</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Nivel {level}</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Aplicar cambios</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Añadir indicador</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Eliminar indicador</translation>
    </message>
    <message>
        <source>Deletes the indicator, its rubric and every score given on it (undoable)</source>
        <translation>Elimina el indicador, su rúbrica y todas las puntuaciones dadas en él (se puede deshacer)</translation>
    </message>
    <message>
        <source>Changes are stored at once; Edit ▸ Undo in the main window takes them back.</source>
        <translation>Los cambios se guardan al instante; Editar ▸ Deshacer en la ventana principal los revierte.</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>El nombre no puede estar vacío.</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Cambiar el nombre de {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>{name}: changes stored.</source>
        <translation>{name}: cambios guardados.</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nuevo indicador</translation>
    </message>
    <message>
        <source>Indicator {code} added: name it and write its rubric, then Apply changes.</source>
        <translation>Indicador {code} añadido: póngale nombre y escriba su rúbrica; después, Aplicar cambios.</translation>
    </message>
    <message>
        <source>{indicator} deleted with its scores (Edit ▸ Undo brings them back).</source>
        <translation>{indicator} eliminado con sus puntuaciones (Editar ▸ Deshacer las recupera).</translation>
    </message>
</context>
<context>
    <name>GapModel</name>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>In plan</source>
        <translation>En el plan</translation>
    </message>
    <message>
        <source>Weakest indicators</source>
        <translation>Indicadores más débiles</translation>
    </message>
    <message>
        <source>Double-click to change this institution's target on the dimension</source>
        <translation>Haga doble clic para cambiar la meta de esta institución en la dimensión</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>{indicator}: {score}. Next level: {rubric}</source>
        <translation>{indicator}: {score}. Siguiente nivel: {rubric}</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>No assessment to show.</source>
        <translation>No hay evaluaciones que mostrar.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
</context>
<context>
    <name>WorkbookActions</name>
    <message numerus="yes">
        <source>Imported %n assessment(s) from {file}.</source>
        <translation><numerusform>%n evaluación importada de {file}.</numerusform><numerusform>%n evaluaciones importadas de {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n left empty and skipped.</source>
        <translation><numerusform>%n vacía omitida.</numerusform><numerusform>%n vacías omitidas.</numerusform></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportado a {path}.</translation>
    </message>
    <message>
        <source>Template written to {path}. Field teams fill in the yellow cells.</source>
        <translation>Plantilla guardada en {path}. Los equipos de campo rellenan las celdas amarillas.</translation>
    </message>
    <message>
        <source>{file} has no scores filled in; nothing was imported.</source>
        <translation>{file} no tiene puntuaciones rellenadas; no se importó nada.</translation>
    </message>
    <message>
        <source>Export capacity assessments</source>
        <translation>Exportar evaluaciones de capacidad</translation>
    </message>
    <message>
        <source>Assessment template</source>
        <translation>Plantilla de evaluación</translation>
    </message>
    <message>
        <source>Round to assess:</source>
        <translation>Ronda que evaluar:</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <source>Import capacity assessments</source>
        <translation>Importar evaluaciones de capacidad</translation>
    </message>
</context>
</TS>