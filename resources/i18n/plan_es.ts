<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>BudgetSource</name>
    <message>
        <source>Enterprises</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Sector público</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donantes</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otras</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>Q{number}</source>
        <translation>T{number}</translation>
    </message>
</context>
<context>
    <name>GanttPanel</name>
    <message>
        <source>Zoom</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Scroll to today</source>
        <translation>Ir a la fecha de hoy</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a task at the level of the selected one (an objective if none)</source>
        <translation>Añadir una tarea al nivel de la seleccionada (un objetivo si no hay ninguna seleccionada)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected task with everything under it</source>
        <translation>Eliminar la tarea seleccionada con todo lo que contiene</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Joint action, status, budget, responsible and firms of the task</source>
        <translation>Acción conjunta, estado, presupuesto, responsables y empresas de la tarea</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Bajar nivel</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Subir nivel</translation>
    </message>
    <message>
        <source>Make it part of the task above ({keys})</source>
        <translation>Convertirla en parte de la tarea de arriba ({keys})</translation>
    </message>
    <message>
        <source>Move the task one level up ({keys})</source>
        <translation>Subir la tarea un nivel ({keys})</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Remove the dependencies of the selected task</source>
        <translation>Quitar las dependencias de la tarea seleccionada</translation>
    </message>
    <message>
        <source>Set baseline…</source>
        <translation>Establecer línea base…</translation>
    </message>
    <message>
        <source>Save the current dates to measure slippage</source>
        <translation>Guardar las fechas actuales para medir los retrasos</translation>
    </message>
    <message>
        <source>Show baseline</source>
        <translation>Mostrar línea base</translation>
    </message>
    <message>
        <source>Vision…</source>
        <translation>Visión…</translation>
    </message>
    <message>
        <source>Record a newly agreed version of the cluster's vision</source>
        <translation>Registrar una nueva versión acordada de la visión del clúster</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Dependencies, baselines and the vision</source>
        <translation>Dependencias, líneas base y visión</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Show only the tasks of one objective, responsible, action or status</source>
        <translation>Mostrar solo las tareas de un objetivo, responsable, tipo de acción o estado</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>Todos los objetivos</translation>
    </message>
    <message>
        <source>All responsible</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>All joint actions</source>
        <translation>Todas las acciones conjuntas</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Filters ({count})</source>
        <translation>Filtros ({count})</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>Seleccione primero una tarea.</translation>
    </message>
    <message>
        <source>Select a task that has dependencies first.</source>
        <translation>Seleccione primero una tarea que tenga dependencias.</translation>
    </message>
    <message>
        <source>No vision agreed yet: record it with {more} ▾ {vision}.</source>
        <translation>Aún no hay una visión acordada: regístrela con {more} ▾ {vision}.</translation>
    </message>
    <message>
        <source>Vision (version {version}, {agreed}): {text}</source>
        <translation>Visión (versión {version}, {agreed}): {text}</translation>
    </message>
    <message>
        <source>Vision (version {version}): {text}</source>
        <translation>Visión (versión {version}): {text}</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visión</translation>
    </message>
    <message>
        <source>The vision as agreed:</source>
        <translation>La visión tal como se acordó:</translation>
    </message>
    <message>
        <source>Agreed by (the body that agreed it):</source>
        <translation>Acordada por (el órgano que la acordó):</translation>
    </message>
    <message>
        <source>Set baseline</source>
        <translation>Establecer línea base</translation>
    </message>
    <message>
        <source>Name of the baseline:</source>
        <translation>Nombre de la línea base:</translation>
    </message>
    <message>
        <source>Baseline {date}</source>
        <translation>Línea base {date}</translation>
    </message>
    <message>
        <source>Show only the tasks of this objective</source>
        <translation>Mostrar solo las tareas de este objetivo</translation>
    </message>
    <message>
        <source>Show only the tasks of this responsible institution</source>
        <translation>Mostrar solo las tareas de esta institución responsable</translation>
    </message>
    <message>
        <source>Show only the tasks of this kind of joint action</source>
        <translation>Mostrar solo las tareas de este tipo de acción conjunta</translation>
    </message>
    <message>
        <source>Show only the tasks with this status</source>
        <translation>Mostrar solo las tareas con este estado</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Plan completo</translation>
    </message>
    <message>
        <source>Time scale of the chart</source>
        <translation>Escala de tiempo del diagrama</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>Mostrar solo:</translation>
    </message>
</context>
<context>
    <name>JointActionType</name>
    <message>
        <source>Joint purchasing</source>
        <translation>Compras conjuntas</translation>
    </message>
    <message>
        <source>Joint marketing</source>
        <translation>Comercialización conjunta</translation>
    </message>
    <message>
        <source>Shared equipment</source>
        <translation>Equipos compartidos</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Quality standards</source>
        <translation>Normas de calidad</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>Feria comercial</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infraestructura</translation>
    </message>
    <message>
        <source>Policy dialogue</source>
        <translation>Diálogo de políticas</translation>
    </message>
    <message>
        <source>Institutional support</source>
        <translation>Apoyo institucional</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>WBS</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Number of the task in the outline (work breakdown structure)</source>
        <translation>Número de la tarea en el esquema (estructura de desglose del trabajo)</translation>
    </message>
    <message>
        <source>Duration in working days</source>
        <translation>Duración en días laborables</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Porcentaje completado</translation>
    </message>
    <message>
        <source>Codes of the results this task contributes to</source>
        <translation>Códigos de los resultados a los que contribuye esta tarea</translation>
    </message>
    <message numerus="yes">
        <source>Total float: %n working day(s)</source>
        <translation>
            <numerusform>Holgura total: %n día laborable</numerusform>
            <numerusform>Holgura total: %n días laborables</numerusform>
        </translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>En la ruta crítica</translation>
    </message>
    <message>
        <source>Rename {task}</source>
        <translation>Renombrar {task}</translation>
    </message>
    <message>
        <source>Progress of {task}</source>
        <translation>Avance de {task}</translation>
    </message>
    <message>
        <source>{task}: Start needs a date as YYYY-MM-DD, not "{value}".</source>
        <translation>{task}: el inicio debe ser una fecha con el formato AAAA-MM-DD, no «{value}».</translation>
    </message>
    <message>
        <source>{task}: Days needs a whole number of working days, not "{value}".</source>
        <translation>{task}: los días deben ser un número entero de días laborables, no «{value}».</translation>
    </message>
    <message>
        <source>{task}: % needs a number from 0 to 100, not "{value}".</source>
        <translation>{task}: el % debe ser un número de 0 a 100, no «{value}».</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task details: {task}</source>
        <translation>Detalles de la tarea: {task}</translation>
    </message>
    <message>
        <source>Amount from this source of funds: {source}</source>
        <translation>Importe de esta fuente de financiación: {source}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Joint action</source>
        <translation>Acción conjunta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>CDA in charge</source>
        <translation>ADC a cargo</translation>
    </message>
    <message>
        <source>Budget ({currency})</source>
        <translation>Presupuesto ({currency})</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Institución líder</translation>
    </message>
    <message>
        <source>Supporting institutions</source>
        <translation>Instituciones de apoyo</translation>
    </message>
    <message>
        <source>Filter firms by name</source>
        <translation>Filtrar empresas por nombre</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Participating firms ({count})</source>
        <translation>Empresas participantes ({count})</translation>
    </message>
    <message>
        <source>Edit {task}</source>
        <translation>Editar {task}</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
</TS>