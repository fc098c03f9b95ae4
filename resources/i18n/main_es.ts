<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Create a new cluster project</source>
        <translation>Crear un nuevo proyecto de clúster</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a ClusterDesk project</source>
        <translation>Abrir un proyecto de ClusterDesk</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Guardar el proyecto</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Import stakeholders…</source>
        <translation>&amp;Importar actores…</translation>
    </message>
    <message>
        <source>Import stakeholders from CSV, Excel, Shapefile, GeoJSON</source>
        <translation>Importar actores desde CSV, Excel, Shapefile, GeoJSON</translation>
    </message>
    <message>
        <source>&amp;Map view…</source>
        <translation>&amp;Vista del mapa…</translation>
    </message>
    <message>
        <source>Export the map view to PNG, SVG or PDF</source>
        <translation>Exportar la vista del mapa a PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>&amp;Action-plan pack (PDF)…</source>
        <translation>&amp;Dossier del plan de acción (PDF)…</translation>
    </message>
    <message>
        <source>Print-ready pack for the steering committee</source>
        <translation>Dossier listo para imprimir para el comité directivo</translation>
    </message>
    <message>
        <source>&amp;Web map (HTML)…</source>
        <translation>Mapa &amp;web (HTML)…</translation>
    </message>
    <message>
        <source>Interactive map that works without internet</source>
        <translation>Mapa interactivo que funciona sin internet</translation>
    </message>
    <message>
        <source>Open in &amp;QGIS</source>
        <translation>Abrir en &amp;QGIS</translation>
    </message>
    <message>
        <source>Save and open this project in QGIS</source>
        <translation>Guardar y abrir este proyecto en QGIS</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Eliminar selección</translation>
    </message>
    <message>
        <source>Delete the selected stakeholders</source>
        <translation>Eliminar los actores seleccionados</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Quitar selección</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find stakeholders by name</source>
        <translation>Buscar actores por nombre</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom to &amp;cluster</source>
        <translation>Ver el &amp;clúster</translation>
    </message>
    <message>
        <source>Show the cluster area: its boundaries, or all stakeholders if none</source>
        <translation>Mostrar el área del clúster: sus límites o, si no hay, todos los actores</translation>
    </message>
    <message>
        <source>Zoom to &amp;all stakeholders</source>
        <translation>Ver &amp;todos los actores</translation>
    </message>
    <message>
        <source>Show every stakeholder, buyers far away included</source>
        <translation>Mostrar todos los actores, incluidos los compradores lejanos</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Ver la &amp;selección</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Seleccionar y mover</translation>
    </message>
    <message>
        <source>Click or drag a box to select; drag a selected stakeholder to move it</source>
        <translation>Haga clic o trace un recuadro para seleccionar; arrastre un actor seleccionado para moverlo</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <source>Drag to move the map; Shift+drag zooms to a box</source>
        <translation>Arrastre para mover el mapa; Mayús+arrastrar acerca a un recuadro</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identificar</translation>
    </message>
    <message>
        <source>Click a stakeholder to see its details</source>
        <translation>Haga clic en un actor para ver sus datos</translation>
    </message>
    <message>
        <source>Place stakeholder</source>
        <translation>Situar actor</translation>
    </message>
    <message>
        <source>Click on the map to place a new stakeholder</source>
        <translation>Haga clic en el mapa para situar un nuevo actor</translation>
    </message>
    <message>
        <source>Draw cluster boundary</source>
        <translation>Dibujar límite del clúster</translation>
    </message>
    <message>
        <source>Click the corners; double-click or Enter finishes, Esc cancels</source>
        <translation>Haga clic en las esquinas; doble clic o Intro termina, Esc cancela</translation>
    </message>
    <message>
        <source>Edit cluster boundary</source>
        <translation>Editar límite del clúster</translation>
    </message>
    <message>
        <source>Drag a corner of a boundary to reshape it</source>
        <translation>Arrastre una esquina de un límite para cambiar su forma</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About ClusterDesk</source>
        <translation>&amp;Acerca de ClusterDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>A new language shows when ClusterDesk starts again.</source>
        <translation>El nuevo idioma se mostrará al volver a iniciar ClusterDesk.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
</context>
</TS>