<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>DiagnosticItemDialog</name>
    <message>
        <source>Search stakeholders</source>
        <translation>Buscar actores</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) ticked</source>
        <translation><numerusform>%n actor marcado</numerusform><numerusform>%n actores marcados</numerusform></translation>
    </message>
    <message>
        <source>Edit: {category}</source>
        <translation>Editar: {category}</translation>
    </message>
    <message>
        <source>Add: {category}</source>
        <translation>Añadir: {category}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>What the diagnostic found, in one sentence</source>
        <translation>Lo que encontró el diagnóstico, en una frase</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Survey, interviews, workshop or data that support it</source>
        <translation>Encuesta, entrevistas, taller o datos que lo respaldan</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Planteado por</translation>
    </message>
    <message>
        <source>Plan objectives and actions answering it</source>
        <translation>Objetivos y acciones del plan que lo responden</translation>
    </message>
    <message>
        <source>The action plan has no objectives or actions yet.</source>
        <translation>El plan de acción aún no tiene objetivos ni acciones.</translation>
    </message>
</context>
<context>
    <name>DiagnosticLabels</name>
    <message>
        <source>Strength</source>
        <translation>Fortaleza</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Debilidad</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Leverage point</source>
        <translation>Punto de apalancamiento</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Debilidades</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Amenazas</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Hallazgos clave</translation>
    </message>
    <message>
        <source>Leverage points</source>
        <translation>Puntos de apalancamiento</translation>
    </message>
    <message>
        <source>Internal to the cluster: what it does well</source>
        <translation>Interna al clúster: lo que hace bien</translation>
    </message>
    <message>
        <source>Internal to the cluster: what holds it back</source>
        <translation>Interna al clúster: lo que lo frena</translation>
    </message>
    <message>
        <source>In the cluster's environment: what it could seize</source>
        <translation>En el entorno del clúster: lo que podría aprovechar</translation>
    </message>
    <message>
        <source>In the cluster's environment: what could harm it</source>
        <translation>En el entorno del clúster: lo que podría perjudicarlo</translation>
    </message>
    <message>
        <source>What the diagnostic found about the cluster</source>
        <translation>Lo que el diagnóstico encontró sobre el clúster</translation>
    </message>
    <message>
        <source>Where joint action can change the most: the starting points of the plan</source>
        <translation>Donde la acción conjunta puede cambiar más: los puntos de partida del plan</translation>
    </message>
</context>
<context>
    <name>DiagnosticLists</name>
    <message>
        <source>Evidence: {evidence}</source>
        <translation>Evidencia: {evidence}</translation>
    </message>
    <message>
        <source>Raised by: {names}</source>
        <translation>Planteado por: {names}</translation>
    </message>
    <message numerus="yes">
        <source>Answered by %n plan action(s)</source>
        <translation><numerusform>Responde %n acción del plan</numerusform><numerusform>Responden %n acciones del plan</numerusform></translation>
    </message>
</context>
<context>
    <name>DiagnosticPanel</name>
    <message>
        <source>Plan actions answering the selected item</source>
        <translation>Acciones del plan que responden al elemento seleccionado</translation>
    </message>
    <message>
        <source>Click to show the action in the plan; double-click to bring the plan forward</source>
        <translation>Haga clic para ver la acción en el plan; doble clic para traer el plan al frente</translation>
    </message>
    <message>
        <source>Select an item to see who raised it and the plan actions answering it.</source>
        <translation>Seleccione un elemento para ver quién lo planteó y las acciones del plan que lo responden.</translation>
    </message>
    <message>
        <source>Raised by: {names}</source>
        <translation>Planteado por: {names}</translation>
    </message>
    <message>
        <source>Raised by: nobody recorded</source>
        <translation>Planteado por: nadie registrado</translation>
    </message>
    <message>
        <source>None yet: edit the item to link plan actions</source>
        <translation>Ninguna todavía: edite el elemento para vincular acciones del plan</translation>
    </message>
    <message>
        <source>Findings and leverage points</source>
        <translation>Hallazgos y puntos de apalancamiento</translation>
    </message>
    <message>
        <source>The diagnostic report shown</source>
        <translation>El informe de diagnóstico mostrado</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a strength, weakness, opportunity, threat, finding or leverage point</source>
        <translation>Añadir una fortaleza, debilidad, oportunidad, amenaza, hallazgo o punto de apalancamiento</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected item, who raised it and the plan actions answering it</source>
        <translation>Editar el elemento seleccionado, quién lo planteó y las acciones del plan que lo responden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Eliminar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Edit report…</source>
        <translation>Editar informe…</translation>
    </message>
    <message>
        <source>Title, date, authors and summary of the report shown</source>
        <translation>Título, fecha, autores y resumen del informe mostrado</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Nuevo informe…</translation>
    </message>
    <message>
        <source>Start another diagnostic report, such as a later update</source>
        <translation>Empezar otro informe de diagnóstico, como una actualización posterior</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Eliminar informe</translation>
    </message>
    <message>
        <source>Delete the report shown with its items</source>
        <translation>Eliminar el informe mostrado con sus elementos</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Edit, add or delete diagnostic reports</source>
        <translation>Editar, añadir o eliminar informes de diagnóstico</translation>
    </message>
    <message>
        <source>No diagnostic report yet</source>
        <translation>Aún no hay informe de diagnóstico</translation>
    </message>
    <message>
        <source>Add items directly, or use Report ▸ New report… to record its date and authors.</source>
        <translation>Añada elementos directamente, o use Informe ▸ Nuevo informe… para registrar su fecha y autores.</translation>
    </message>
    <message>
        <source>Authors: {names}</source>
        <translation>Autores: {names}</translation>
    </message>
    <message>
        <source>No date or authors recorded</source>
        <translation>Sin fecha ni autores registrados</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Seleccione primero un elemento.</translation>
    </message>
    <message>
        <source>There is no diagnostic report to delete.</source>
        <translation>No hay ningún informe de diagnóstico que eliminar.</translation>
    </message>
</context>
<context>
    <name>DiagnosticReportDialog</name>
    <message>
        <source>Diagnostic report</source>
        <translation>Informe de diagnóstico</translation>
    </message>
    <message>
        <source>New diagnostic report</source>
        <translation>Nuevo informe de diagnóstico</translation>
    </message>
    <message>
        <source>e.g. Diagnostic study of the garment cluster</source>
        <translation>p. ej. Estudio de diagnóstico del clúster de confecciones</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Con fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Names separated by semicolons</source>
        <translation>Nombres separados por punto y coma</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
</TS>