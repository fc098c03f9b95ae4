<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>AnswerColouringOptions</name>
    <message>
        <source>Colour firms by a survey answer</source>
        <translation>Colorear empresas según encuesta</translation>
    </message>
    <message>
        <source>Fill each firm with the colour of its answer to a number or one-choice question; firms without an answer are drawn hollow and grey</source>
        <translation>Rellenar cada empresa con el color de su respuesta a una pregunta numérica o de opción única; las empresas sin respuesta se dibujan huecas y en gris</translation>
    </message>
    <message>
        <source>The survey whose answers colour the firms</source>
        <translation>La encuesta cuyas respuestas colorean las empresas</translation>
    </message>
    <message>
        <source>A number or one-choice question of the survey</source>
        <translation>Una pregunta numérica o de opción única de la encuesta</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>The project has no survey yet (Diagnostic panel, Surveys tab)</source>
        <translation>El proyecto aún no tiene encuestas (panel Diagnóstico, pestaña Encuestas)</translation>
    </message>
    <message>
        <source>Choose a number or one-choice question.</source>
        <translation>Elija una pregunta numérica o de opción única.</translation>
    </message>
    <message numerus="yes">
        <source>%n firm(s) coloured by their answer</source>
        <translation>
            <numerusform>%n empresa coloreada según su respuesta</numerusform>
            <numerusform>%n empresas coloreadas según su respuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{coloured}, %n without an answer</source>
        <translation>
            <numerusform>{coloured}, %n sin respuesta</numerusform>
            <numerusform>{coloured}, %n sin respuesta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerLegend</name>
    <message>
        <source>{low} – {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <source>no answer (hollow)</source>
        <translation>sin respuesta (hueco)</translation>
    </message>
</context>
<context>
    <name>DrawBoundaryTool</name>
    <message>
        <source>Cluster boundary {number}</source>
        <translation>Límite del clúster {number}</translation>
    </message>
</context>
<context>
    <name>EditBoundaryTool</name>
    <message>
        <source>Edit boundary {name}</source>
        <translation>Editar límite {name}</translation>
    </message>
</context>
<context>
    <name>IdentifyPopup</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área administrativa</translation>
    </message>
    <message>
        <source>Sector (ISIC)</source>
        <translation>Sector (CIIU)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Women employees</source>
        <translation>Mujeres empleadas</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Año de fundación</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma jurídica</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>not located</source>
        <translation>sin ubicación</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Natural Earth basemap</source>
        <translation>Mapa base Natural Earth</translation>
    </message>
    <message>
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap (en línea)</translation>
    </message>
    <message>
        <source>Cluster boundaries</source>
        <translation>Límites del clúster</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>No institution has been assessed yet (Capacity panel).</source>
        <translation>Todavía no se ha evaluado ninguna institución (panel Capacidad).</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) assessed, no round complete yet</source>
        <translation>
            <numerusform>%n institución evaluada, ninguna ronda completa todavía</numerusform>
            <numerusform>%n instituciones evaluadas, ninguna ronda completa todavía</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) scored</source>
        <translation>
            <numerusform>%n institución con puntuación</numerusform>
            <numerusform>%n instituciones con puntuación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{scored}, %n not yet complete</source>
        <translation>
            <numerusform>{scored}, %n aún incompleta</numerusform>
            <numerusform>{scored}, %n aún incompletas</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick to show, double-click to zoom to a layer</source>
        <translation>Marque para mostrar; haga doble clic para acercarse a una capa</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Add tile file…</source>
        <translation>Añadir teselas…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Draw the chosen layer above the one over it</source>
        <translation>Sube la capa elegida por encima de la anterior</translation>
    </message>
    <message>
        <source>Draw the chosen layer below the one under it</source>
        <translation>Baja la capa elegida por debajo de la siguiente</translation>
    </message>
    <message>
        <source>Add a local MBTiles or GeoPackage tile file as a basemap</source>
        <translation>Añade un archivo local de teselas MBTiles o GeoPackage como mapa base</translation>
    </message>
    <message>
        <source>Remove the chosen tile file from the map</source>
        <translation>Quita del mapa el archivo de teselas elegido</translation>
    </message>
    <message>
        <source>Opacity of the chosen layer</source>
        <translation>Opacidad de la capa elegida</translation>
    </message>
    <message>
        <source>Size firms by employees</source>
        <translation>Tamaño de empresas por empleados</translation>
    </message>
    <message>
        <source>Colour institutions by capacity score</source>
        <translation>Colorear instituciones por capacidad</translation>
    </message>
    <message>
        <source>Fill each assessed support institution with the colour of its overall score from its latest complete assessment round</source>
        <translation>Rellena cada institución de apoyo evaluada con el color de su puntuación global en su última ronda de evaluación completa</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <source>Add a tile basemap</source>
        <translation>Añadir un mapa base de teselas</translation>
    </message>
    <message>
        <source>Tile files (*.mbtiles *.gpkg);;All files (*)</source>
        <translation>Archivos de teselas (*.mbtiles *.gpkg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot add the tile file</source>
        <translation>No se puede añadir el archivo de teselas</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>stakeholder {number}</source>
        <translation>actor {number}</translation>
    </message>
    <message>
        <source>Registry filter: {shown} of {total} shown</source>
        <translation>Filtro del registro: {shown} de {total} mostrados</translation>
    </message>
</context>
<context>
    <name>OsmExtract</name>
    <message>
        <source>Streets (OpenStreetMap)</source>
        <translation>Calles (OpenStreetMap)</translation>
    </message>
    <message>
        <source>Add an OpenStreetMap extract</source>
        <translation>Añadir un extracto de OpenStreetMap</translation>
    </message>
    <message>
        <source>OpenStreetMap extracts (*.osm.pbf *.pbf *.osm);;All files (*)</source>
        <translation>Extractos de OpenStreetMap (*.osm.pbf *.pbf *.osm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Converting {file}</source>
        <translation>Convirtiendo {file}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>OpenStreetMap extract</source>
        <translation>Extracto de OpenStreetMap</translation>
    </message>
    <message>
        <source>Conversion of the OpenStreetMap extract cancelled.</source>
        <translation>Se canceló la conversión del extracto de OpenStreetMap.</translation>
    </message>
    <message>
        <source>Add OpenStreetMap extract…</source>
        <translation>Añadir extracto de OpenStreetMap…</translation>
    </message>
    <message>
        <source>Draw streets, water, land use and place names offline from an OpenStreetMap extract</source>
        <translation>Dibujar sin conexión calles, agua, usos del suelo y nombres de lugares a partir de un extracto de OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>ScoreLegend</name>
    <message>
        <source>not yet complete (hollow)</source>
        <translation>aún incompleta (símbolo hueco)</translation>
    </message>
</context>
</TS>