<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>ChainTree</name>
    <message>
        <source>No indicators</source>
        <translation>Sin indicadores</translation>
    </message>
    <message>
        <source>{status}: {count} of {total}</source>
        <translation>{status}: {count} de {total}</translation>
    </message>
    <message>
        <source>{status}: {count}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Edit indicator {code}</source>
        <translation>Editar indicador {code}</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Agregar indicador</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>What is counted or measured</source>
        <translation>Lo que se cuenta o se mide</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Ingresados a mano</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Valores reales</translation>
    </message>
    <message>
        <source>Survey question</source>
        <translation>Pregunta de la encuesta</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Desired direction</source>
        <translation>Sentido deseado</translation>
    </message>
    <message>
        <source>Disaggregated by</source>
        <translation>Desagregado por</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Valor de línea de base</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Fecha de línea de base</translation>
    </message>
    <message>
        <source>Baseline source</source>
        <translation>Fuente de línea de base</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Fuente de datos</translation>
    </message>
    <message>
        <source>Collection method</source>
        <translation>Método de recolección</translation>
    </message>
    <message>
        <source>e.g. every survey round</source>
        <translation>p. ej. en cada ronda de encuestas</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Se recoge</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Actuals are entered per reporting period.</source>
        <translation>Los valores reales se ingresan por período de informe.</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>{value} ({period})</source>
        <translation>{value} ({period})</translation>
    </message>
    <message>
        <source>{period}: {reason}</source>
        <translation>{period}: {reason}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Latest target</source>
        <translation>Última meta</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>Último valor real</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Valores reales</translation>
    </message>
    <message>
        <source>Entered per period, or computed from the project's own records</source>
        <translation>Ingresados por período o calculados a partir de los registros del propio proyecto</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculados</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>ingresados</translation>
    </message>
</context>
<context>
    <name>MonitoringDialog</name>
    <message>
        <source>Monitoring settings</source>
        <translation>Configuración del seguimiento</translation>
    </message>
    <message>
        <source>Reporting frequency</source>
        <translation>Frecuencia de informe</translation>
    </message>
    <message>
        <source>On track from</source>
        <translation>En curso desde</translation>
    </message>
    <message>
        <source>At risk from</source>
        <translation>En riesgo desde</translation>
    </message>
    <message>
        <source>An indicator is on track when its actual has covered at least the first share of the progress expected by the period (from the baseline towards the target), at risk from the second share, and off track below it. A period without an actual shows as no data.</source>
        <translation>Un indicador está en curso cuando su valor real ha cubierto al menos la primera proporción del avance esperado para el período (de la línea de base hacia la meta), en riesgo desde la segunda proporción y desviado por debajo de ella. Un período sin valor real se muestra como «sin datos».</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Edit result {code}</source>
        <translation>Editar resultado {code}</translation>
    </message>
    <message>
        <source>Add result: {level}</source>
        <translation>Agregar resultado: {level}</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Contributes to</source>
        <translation>Contribuye a</translation>
    </message>
    <message>
        <source>e.g. 1.2</source>
        <translation>p. ej. 1.2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>The change the cluster will see</source>
        <translation>El cambio que verá el clúster</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Assumptions and risks</source>
        <translation>Supuestos y riesgos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Contributing plan actions</source>
        <translation>Acciones del plan que contribuyen</translation>
    </message>
    <message>
        <source>Click to show the action in the Gantt and its firms on the map; double-click to open the plan</source>
        <translation>Clic para mostrar la acción en el Gantt y sus empresas en el mapa; doble clic para abrir el plan</translation>
    </message>
    <message>
        <source>Impact…</source>
        <translation>Impacto…</translation>
    </message>
    <message>
        <source>The long-term change the initiative contributes to</source>
        <translation>El cambio a largo plazo al que contribuye la iniciativa</translation>
    </message>
    <message>
        <source>Outcome…</source>
        <translation>Efecto…</translation>
    </message>
    <message>
        <source>A change in the cluster's behaviour, under an impact</source>
        <translation>Un cambio en el comportamiento del clúster, bajo un impacto</translation>
    </message>
    <message>
        <source>Output…</source>
        <translation>Producto…</translation>
    </message>
    <message>
        <source>What the actions deliver, under an outcome</source>
        <translation>Lo que entregan las acciones, bajo un efecto</translation>
    </message>
    <message>
        <source>Add result</source>
        <translation>Agregar resultado</translation>
    </message>
    <message>
        <source>Add an impact, outcome or output</source>
        <translation>Agregar un impacto, un efecto o un producto</translation>
    </message>
    <message>
        <source>Edit result…</source>
        <translation>Editar resultado…</translation>
    </message>
    <message>
        <source>Edit the selected result</source>
        <translation>Editar el resultado seleccionado</translation>
    </message>
    <message>
        <source>Delete result</source>
        <translation>Eliminar resultado</translation>
    </message>
    <message>
        <source>Delete the selected result with the results, indicators and values under it</source>
        <translation>Eliminar el resultado seleccionado con los resultados, indicadores y valores que dependen de él</translation>
    </message>
    <message>
        <source>Add indicator…</source>
        <translation>Agregar indicador…</translation>
    </message>
    <message>
        <source>Add an indicator to the selected result</source>
        <translation>Agregar un indicador al resultado seleccionado</translation>
    </message>
    <message>
        <source>Edit indicator…</source>
        <translation>Editar indicador…</translation>
    </message>
    <message>
        <source>Edit the selected indicator</source>
        <translation>Editar el indicador seleccionado</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Eliminar indicador</translation>
    </message>
    <message>
        <source>Delete the selected indicator with its values</source>
        <translation>Eliminar el indicador seleccionado con sus valores</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Add, edit or delete indicators</source>
        <translation>Agregar, editar o eliminar indicadores</translation>
    </message>
    <message>
        <source>Link actions…</source>
        <translation>Vincular acciones…</translation>
    </message>
    <message>
        <source>Choose the plan's objectives and actions that contribute to the selected result</source>
        <translation>Elegir los objetivos y las acciones del plan que contribuyen al resultado seleccionado</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Reporting frequency and the thresholds of the status rule</source>
        <translation>Frecuencia de informe y umbrales de la regla de estado</translation>
    </message>
    <message>
        <source>None yet: use Link actions…</source>
        <translation>Ninguna todavía: use Vincular acciones…</translation>
    </message>
    <message>
        <source>Select an indicator to see its targets and actuals</source>
        <translation>Seleccione un indicador para ver sus metas y valores reales</translation>
    </message>
    <message>
        <source>Select a result first.</source>
        <translation>Seleccione primero un resultado.</translation>
    </message>
    <message>
        <source>Add an impact first: outcomes contribute to it.</source>
        <translation>Agregue primero un impacto: los efectos contribuyen a él.</translation>
    </message>
    <message>
        <source>Add an outcome first: outputs contribute to it.</source>
        <translation>Agregue primero un efecto: los productos contribuyen a él.</translation>
    </message>
    <message>
        <source>Select an indicator first.</source>
        <translation>Seleccione primero un indicador.</translation>
    </message>
    <message>
        <source>The action plan has no objectives or actions yet.</source>
        <translation>El plan de acción todavía no tiene objetivos ni acciones.</translation>
    </message>
</context>
<context>
    <name>TaskLinksDialog</name>
    <message>
        <source>Plan actions contributing to result {code}</source>
        <translation>Acciones del plan que contribuyen al resultado {code}</translation>
    </message>
    <message>
        <source>Tick the objectives and actions whose work leads to this result.</source>
        <translation>Marque los objetivos y las acciones cuyo trabajo conduce a este resultado.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No targets or actuals recorded yet</source>
        <translation>Todavía no hay metas ni valores reales registrados</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Valor real</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>gap = no data</source>
        <translation>hueco = sin datos</translation>
    </message>
</context>
<context>
    <name>ValuesEditor</name>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Valor real</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>A file name or a link to the document that proves the value</source>
        <translation>Nombre de archivo o enlace al documento que respalda el valor</translation>
    </message>
    <message>
        <source>Disaggregation</source>
        <translation>Desagregación</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Computed from the project</source>
        <translation>Calculado a partir del proyecto</translation>
    </message>
    <message>
        <source>Actuals by category in {period}</source>
        <translation>Valores reales por categoría en {period}</translation>
    </message>
    <message>
        <source>Enter the target of {period} first: the note and the evidence go with it.</source>
        <translation>Ingrese primero la meta de {period}: la nota y la evidencia la acompañan.</translation>
    </message>
    <message>
        <source>Enter the actual of {period} first: the note and the evidence go with it.</source>
        <translation>Ingrese primero el valor real de {period}: la nota y la evidencia lo acompañan.</translation>
    </message>
</context>
</TS>