<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Run again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Check the project again</source>
        <translation>Comprobar de nuevo el proyecto</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ir a</translation>
    </message>
    <message>
        <source>Show the row this finding is about in its panel or on the map</source>
        <translation>Mostrar en su panel o en el mapa el registro al que se refiere este hallazgo</translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation>Silenciar…</translation>
    </message>
    <message>
        <source>Stop reporting this finding, with the reason why (can be undone)</source>
        <translation>Dejar de señalar este hallazgo, indicando el motivo (se puede deshacer)</translation>
    </message>
    <message>
        <source>Report again</source>
        <translation>Volver a señalar</translation>
    </message>
    <message>
        <source>Lift the silence: report this finding again</source>
        <translation>Quitar el silencio: volver a señalar este hallazgo</translation>
    </message>
    <message>
        <source>Show silenced</source>
        <translation>Mostrar silenciados</translation>
    </message>
    <message>
        <source>Checking the project</source>
        <translation>Comprobando el proyecto</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The checks could not run: {error}</source>
        <translation>No se pudieron hacer las comprobaciones: {error}</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontró ningún problema.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errores</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n advertencia</numerusform><numerusform>%n advertencias</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n nota</numerusform><numerusform>%n notas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Show silenced (%n)</source>
        <translation><numerusform>Mostrar silenciados (%n)</numerusform><numerusform>Mostrar silenciados (%n)</numerusform></translation>
    </message>
    <message>
        <source>Silenced because: {reason}</source>
        <translation>Silenciado porque: {reason}</translation>
    </message>
    <message>
        <source>How to fix: {fix}</source>
        <translation>Cómo corregirlo: {fix}</translation>
    </message>
    <message>
        <source>Silence a finding</source>
        <translation>Silenciar un hallazgo</translation>
    </message>
    <message>
        <source>Why does this finding not need fixing? The reason is kept in the project.</source>
        <translation>¿Por qué no hace falta corregir este hallazgo? El motivo se guarda en el proyecto.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Silenced because</source>
        <translation>Silenciado porque</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found — Panels ▸ Checks</source>
        <translation><numerusform>%n problema encontrado — Paneles ▸ Comprobaciones</numerusform><numerusform>%n problemas encontrados — Paneles ▸ Comprobaciones</numerusform></translation>
    </message>
</context>
</TS>