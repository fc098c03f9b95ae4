<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>CompletenessView</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Respondents who answered each question, of all respondents</source>
        <translation>Encuestados que respondieron cada pregunta, del total de encuestados</translation>
    </message>
    <message>
        <source>{answered} / {respondents} · {percent}</source>
        <translation>{answered} / {respondents} · {percent}</translation>
    </message>
    <message>
        <source>no respondents</source>
        <translation>sin encuestados</translation>
    </message>
</context>
<context>
    <name>NewSurveyDialog</name>
    <message>
        <source>New survey</source>
        <translation>Nueva encuesta</translation>
    </message>
    <message>
        <source>e.g. Baseline 2024</source>
        <translation>p. ej. Línea de base 2024</translation>
    </message>
    <message>
        <source>The survey round whose firm data and relations this survey collects</source>
        <translation>La ronda de encuesta cuyos datos de empresas y relaciones recoge esta encuesta</translation>
    </message>
    <message>
        <source>Include the standard firm questions</source>
        <translation>Incluir las preguntas estándar a las empresas</translation>
    </message>
    <message>
        <source>Sales, exports, employees, women employees, new products and the firms worked with, asked the same way in every round</source>
        <translation>Ventas, exportaciones, empleados, empleadas, productos nuevos y empresas con las que se trabajó, preguntados igual en cada ronda</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>ResponsesModel</name>
    <message>
        <source>Respondent</source>
        <translation>Encuestado</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
</context>
<context>
    <name>RoundChart</name>
    <message>
        <source>Whiskers reach the answers within one and a half box heights of the box; ▲ and ▼ count the answers beyond the scale</source>
        <translation>Los bigotes llegan a las respuestas situadas a menos de una caja y media de la caja; ▲ y ▼ cuentan las respuestas fuera de la escala</translation>
    </message>
    <message>
        <source>{answered} of {respondents} answered</source>
        <translation>respondieron {answered} de {respondents}</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>middle half of the answers</source>
        <translation>mitad central de las respuestas</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>sin respuestas</translation>
    </message>
    <message>
        <source>{round}: {answered}</source>
        <translation>{round}: {answered}</translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>The project's firm surveys; choose one to see its responses</source>
        <translation>Las encuestas a empresas del proyecto; elija una para ver sus respuestas</translation>
    </message>
    <message>
        <source>New survey…</source>
        <translation>Nueva encuesta…</translation>
    </message>
    <message>
        <source>Add a survey of a round, with the standard firm questions</source>
        <translation>Añadir una encuesta de una ronda, con las preguntas estándar a las empresas</translation>
    </message>
    <message>
        <source>Export form…</source>
        <translation>Exportar formulario…</translation>
    </message>
    <message>
        <source>Write the chosen survey as an XLSForm for KoboToolbox or ODK</source>
        <translation>Escribir la encuesta elegida como XLSForm para KoboToolbox u ODK</translation>
    </message>
    <message>
        <source>Import responses…</source>
        <translation>Importar respuestas…</translation>
    </message>
    <message>
        <source>Read a KoboToolbox or ODK data export into the chosen survey</source>
        <translation>Leer una exportación de datos de KoboToolbox u ODK en la encuesta elegida</translation>
    </message>
    <message>
        <source>Completeness per question</source>
        <translation>Completitud por pregunta</translation>
    </message>
    <message>
        <source>The question compared across the survey rounds</source>
        <translation>La pregunta comparada entre las rondas de encuesta</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Comparar rondas</translation>
    </message>
    <message>
        <source>No survey yet: add one with New survey…, then export its form.</source>
        <translation>Aún no hay encuestas: añada una con Nueva encuesta… y exporte luego su formulario.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) to {survey}</source>
        <translation><numerusform>%n respuesta a {survey}</numerusform><numerusform>%n respuestas a {survey}</numerusform></translation>
    </message>
    <message>
        <source>Choose a number or choice question to compare rounds.</source>
        <translation>Elija una pregunta numérica o de opciones para comparar rondas.</translation>
    </message>
    <message>
        <source>Export the survey form</source>
        <translation>Exportar el formulario de la encuesta</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>Libros XLSForm (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>The form of {survey} was written to {path} with %n firm(s) to choose from.</source>
        <translation><numerusform>El formulario de {survey} se escribió en {path} con %n empresa para elegir.</numerusform><numerusform>El formulario de {survey} se escribió en {path} con %n empresas para elegir.</numerusform></translation>
    </message>
</context>
</TS>