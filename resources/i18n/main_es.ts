<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>About</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>Maps, stakeholder registry and action plans for cluster development initiatives.</source>
        <translation>Mapas, registro de actores y planes de acción para iniciativas de desarrollo de clústeres.</translation>
    </message>
    <message>
        <source>Basemap data: Natural Earth (public domain). Online tiles © OpenStreetMap contributors.</source>
        <translation>Datos del mapa base: Natural Earth (dominio público). Teselas en línea © colaboradores de OpenStreetMap.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Publicado bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>About ClusterDesk</source>
        <translation>Acerca de ClusterDesk</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Save the changes to “{title}” before you create a new project?</source>
        <translation>¿Guardar los cambios de «{title}» antes de crear un proyecto nuevo?</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before you open another project?</source>
        <translation>¿Guardar los cambios de «{title}» antes de abrir otro proyecto?</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before you close it?</source>
        <translation>¿Guardar los cambios de «{title}» antes de cerrarlo?</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before you quit?</source>
        <translation>¿Guardar los cambios de «{title}» antes de salir?</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before you restore the recovered work?</source>
        <translation>¿Guardar los cambios de «{title}» antes de restaurar el trabajo recuperado?</translation>
    </message>
    <message>
        <source>If you don't save, your changes since the last save are lost.</source>
        <translation>Si no guarda, se perderán los cambios realizados desde la última vez que guardó.</translation>
    </message>
    <message>
        <source>ClusterDesk did not close normally last time. Restore the unsaved work?</source>
        <translation>ClusterDesk no se cerró correctamente la última vez. ¿Restaurar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <source>Reloading loses your unsaved changes.</source>
        <translation>Al volver a cargarlo se perderán sus cambios sin guardar.</translation>
    </message>
    <message>
        <source>Reloading shows the other program's changes.</source>
        <translation>Al volver a cargarlo verá los cambios del otro programa.</translation>
    </message>
    <message>
        <source>Keeping your version overwrites the other changes when you save.</source>
        <translation>Si conserva su versión, los otros cambios se sobrescribirán al guardar.</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program since you opened it. Reload it from disk?</source>
        <translation>Otro programa ha modificado «{name}» desde que lo abrió. ¿Volver a cargarlo desde el disco?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Volver a cargar</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Conservar mi versión</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a name or code, e.g. Ecuador or EC</source>
        <translation>Escriba un nombre o un código, p. ej. Ecuador o EC</translation>
    </message>
</context>
<context>
    <name>DeleteQuestion</name>
    <message>
        <source>1 relation</source>
        <translation>1 relación</translation>
    </message>
    <message numerus="yes">
        <source>%Ln relations</source>
        <translation>
            <numerusform>%Ln relación</numerusform>
            <numerusform>%Ln relaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact person</source>
        <translation>1 persona de contacto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact persons</source>
        <translation>
            <numerusform>%Ln persona de contacto</numerusform>
            <numerusform>%Ln personas de contacto</numerusform>
        </translation>
    </message>
    <message>
        <source>1 plan responsibility</source>
        <translation>1 responsabilidad en el plan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan responsibilities</source>
        <translation>
            <numerusform>%Ln responsabilidad en el plan</numerusform>
            <numerusform>%Ln responsabilidades en el plan</numerusform>
        </translation>
    </message>
    <message>
        <source>1 plan participation</source>
        <translation>1 participación en el plan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan participations</source>
        <translation>
            <numerusform>%Ln participación en el plan</numerusform>
            <numerusform>%Ln participaciones en el plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln stakeholders?</source>
        <translation>
            <numerusform>¿Eliminar %Ln actor?</numerusform>
            <numerusform>¿Eliminar %Ln actores?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>¿Eliminar «{name}»?</translation>
    </message>
    <message>
        <source>Delete this stakeholder?</source>
        <translation>¿Eliminar este actor?</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Puede deshacer esta acción.</translation>
    </message>
    <message>
        <source>Also removed: {items}.</source>
        <translation>También se eliminarán: {items}.</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>ClusterDesk projects ({patterns})</source>
        <translation>Proyectos de ClusterDesk ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Todos los archivos ({patterns})</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>{file} was upgraded from format {version}; save to keep it.</source>
        <translation>{file} se actualizó desde el formato {version}; guárdelo para conservar la actualización.</translation>
    </message>
    <message>
        <source>{file} is read-only: use Save As to keep changes.</source>
        <translation>{file} es de solo lectura: use «Guardar como» para conservar los cambios.</translation>
    </message>
    <message>
        <source>Sample project: Save As to keep your changes</source>
        <translation>Proyecto de ejemplo: use «Guardar como» para conservar sus cambios</translation>
    </message>
    <message>
        <source>{file} was changed by another program since you opened it.</source>
        <translation>Otro programa ha modificado {file} desde que lo abrió.</translation>
    </message>
    <message>
        <source>Saving replaces those changes with yours; the replaced file is kept as a .bak backup. Use Save As to keep both.</source>
        <translation>Al guardar, esos cambios se sustituirán por los suyos; el archivo sustituido se conserva como copia de seguridad .bak. Use «Guardar como» para conservar ambos.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>The project file is in use.</source>
        <translation>El archivo del proyecto está en uso.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>Recovered work is shown as unsaved changes: save it to keep it.</source>
        <translation>El trabajo recuperado se muestra como cambios sin guardar: guárdelo para conservarlo.</translation>
    </message>
    <message>
        <source>last autosaved {time} (UTC)</source>
        <translation>último guardado automático: {time} (UTC)</translation>
    </message>
    <message>
        <source>last autosaved at an unknown time</source>
        <translation>hora del último guardado automático desconocida</translation>
    </message>
    <message>
        <source>Unsaved work on “{cluster}” of {file}, {autosaved}.</source>
        <translation>Trabajo sin guardar en «{cluster}», archivo {file}; {autosaved}.</translation>
    </message>
    <message>
        <source>Unsaved work on “{cluster}” of a project that was never saved, {autosaved}.</source>
        <translation>Trabajo sin guardar en «{cluster}», un proyecto que nunca se guardó; {autosaved}.</translation>
    </message>
    <message>
        <source>QGIS was not found on this computer.</source>
        <translation>No se encontró QGIS en este equipo.</translation>
    </message>
    <message>
        <source>Opening {file} in QGIS…</source>
        <translation>Abriendo {file} en QGIS…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>ClusterDesk ran out of memory. Save your work, close other programs and try again.</source>
        <translation>ClusterDesk se quedó sin memoria. Guarde su trabajo, cierre otros programas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A file operation failed: {reason}. Check the disk space and permissions.</source>
        <translation>Falló una operación con archivos: {reason}. Compruebe el espacio en disco y los permisos.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). Your project is unchanged unless you saved; save under a new name if in doubt.</source>
        <translation>Se produjo un error inesperado ({error}). Su proyecto no ha cambiado salvo que lo haya guardado; en caso de duda, guárdelo con otro nombre.</translation>
    </message>
    <message>
        <source>The details were written to {path}.</source>
        <translation>Los detalles se escribieron en {path}.</translation>
    </message>
</context>
<context>
    <name>ExportViewDialog</name>
    <message>
        <source>Export map view</source>
        <translation>Exportar vista del mapa</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>&amp;Ancho</translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation>A&amp;lto</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Resolución</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Legend of the stakeholder kinds shown</source>
        <translation>Le&amp;yenda de los tipos de actores mostrados</translation>
    </message>
    <message>
        <source>&amp;Scale bar</source>
        <translation>Barra de e&amp;scala</translation>
    </message>
    <message>
        <source>&amp;North arrow</source>
        <translation>Flecha del &amp;norte</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Ar&amp;chivo</translation>
    </message>
    <message>
        <source>PNG image ({patterns})</source>
        <translation>Imagen PNG ({patterns})</translation>
    </message>
    <message>
        <source>SVG drawing ({patterns})</source>
        <translation>Dibujo SVG ({patterns})</translation>
    </message>
    <message>
        <source>PDF document ({patterns})</source>
        <translation>Documento PDF ({patterns})</translation>
    </message>
    <message>
        <source>The file name must end in .png, .svg or .pdf.</source>
        <translation>El nombre del archivo debe terminar en .png, .svg o .pdf.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>La carpeta no existe.</translation>
    </message>
</context>
<context>
    <name>MainStatusBar</name>
    <message>
        <source>{degrees}° N</source>
        <translation>{degrees}° N</translation>
    </message>
    <message>
        <source>{degrees}° S</source>
        <translation>{degrees}° S</translation>
    </message>
    <message>
        <source>{degrees}° E</source>
        <translation>{degrees}° E</translation>
    </message>
    <message>
        <source>{degrees}° W</source>
        <translation>{degrees}° O</translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation>Escala del mapa</translation>
    </message>
    <message>
        <source>Cursor position (WGS 84)</source>
        <translation>Posición del cursor (WGS 84)</translation>
    </message>
    <message>
        <source>Online map tiles unavailable — showing the offline basemap</source>
        <translation>Teselas del mapa en línea no disponibles — se muestra el mapa base sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholder(s)</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln relation(s)</source>
        <translation>
            <numerusform>%Ln relación</numerusform>
            <numerusform>%Ln relaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln seleccionado</numerusform>
            <numerusform>%Ln seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>Sin selección</translation>
    </message>
</context>
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
        <source>Open from Ser&amp;ver…</source>
        <translation>Abrir desde el ser&amp;vidor…</translation>
    </message>
    <message>
        <source>Open a team project kept on a PostgreSQL server</source>
        <translation>Abrir un proyecto en equipo guardado en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>S&amp;ynchronise with Server</source>
        <translation>Sincroni&amp;zar con el servidor</translation>
    </message>
    <message>
        <source>Send the changes of this checked-out copy to the server and receive the others'</source>
        <translation>Enviar al servidor los cambios de esta copia extraída y recibir los de los demás</translation>
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
        <source>Import survey &amp;responses…</source>
        <translation>Importar &amp;respuestas de encuesta…</translation>
    </message>
    <message>
        <source>Import a KoboToolbox or ODK data export into a survey of the project</source>
        <translation>Importar una exportación de datos de KoboToolbox u ODK en una encuesta del proyecto</translation>
    </message>
    <message>
        <source>Import action &amp;plan…</source>
        <translation>Importar &amp;plan de acción…</translation>
    </message>
    <message>
        <source>Import an action plan from MS Project XML, Primavera P6 XML, GanttProject or CSV</source>
        <translation>Importar un plan de acción de XML de MS Project, XML de Primavera P6, GanttProject o CSV</translation>
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
        <source>Project &amp;Details…</source>
        <translation>&amp;Datos del proyecto…</translation>
    </message>
    <message>
        <source>Name, phase, agency, dates, country, sector and language</source>
        <translation>Nombre, fase, agencia, fechas, país, sector e idioma</translation>
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
        <source>(read-only)</source>
        <translation>(solo lectura)</translation>
    </message>
    <message>
        <source>(sample)</source>
        <translation>(ejemplo)</translation>
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
        <source>Could not write the recovery copy: {error}</source>
        <translation>No se pudo escribir la copia de recuperación: {error}</translation>
    </message>
    <message>
        <source>Recovery copy saved</source>
        <translation>Copia de recuperación guardada</translation>
    </message>
    <message>
        <source>Stakeholder tables ({patterns})</source>
        <translation>Tablas de actores ({patterns})</translation>
    </message>
    <message>
        <source>Import stakeholders</source>
        <translation>Importar actores</translation>
    </message>
    <message>
        <source>{title} map</source>
        <translation>Mapa {title}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Exportado: {path}</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of ClusterDesk.</source>
        <translation>La guía del usuario no está instalada en esta copia de ClusterDesk.</translation>
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
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer la disposición</translation>
    </message>
    <message>
        <source>Put the panels back where they were at first start</source>
        <translation>Devuelve los paneles al lugar que ocupaban en el primer inicio</translation>
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
    <message>
        <source>Panels</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Show or hide the panels around the map</source>
        <translation>Mostrar u ocultar los paneles alrededor del mapa</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>e.g. Atuntaqui garments</source>
        <translation>p. ej., Confecciones de Atuntaqui</translation>
    </message>
    <message>
        <source>The pack, the web map and the QGIS styles are printed in it.</source>
        <translation>El dosier, el mapa web y los estilos de QGIS se generan en este idioma.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Cluster &amp;name</source>
        <translation>&amp;Nombre del clúster</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Sector (ISIC Rev.4)</source>
        <translation>Sec&amp;tor (CIIU Rev.4)</translation>
    </message>
    <message>
        <source>Project &amp;language</source>
        <translation>&amp;Idioma del proyecto</translation>
    </message>
    <message>
        <source>Choose the country from the list (e.g. Ecuador or EC), or leave it empty.</source>
        <translation>Elija el país de la lista (p. ej. Ecuador o EC) o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation>&amp;Guardar como</translation>
    </message>
    <message>
        <source>ClusterDesk projects ({patterns})</source>
        <translation>Proyectos de ClusterDesk ({patterns})</translation>
    </message>
    <message>
        <source>Enter the cluster's name.</source>
        <translation>Escriba el nombre del clúster.</translation>
    </message>
    <message>
        <source>Choose where to save the project.</source>
        <translation>Elija dónde guardar el proyecto.</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name.</source>
        <translation>{file} ya existe; elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <source>Institutional capacity</source>
        <translation>Capacidad institucional</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
</context>
<context>
    <name>PlaceStakeholderDialog</name>
    <message>
        <source>New stakeholder</source>
        <translation>Nuevo actor</translation>
    </message>
    <message>
        <source>Name of the enterprise or institution</source>
        <translation>Nombre de la empresa o institución</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Show the start page</source>
        <translation>Mostrar la página de inicio</translation>
    </message>
    <message>
        <source>Reopen the last project</source>
        <translation>Volver a abrir el último proyecto</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>A new language shows when ClusterDesk starts again.</source>
        <translation>El nuevo idioma se mostrará al volver a iniciar ClusterDesk.</translation>
    </message>
    <message>
        <source>Save a recovery copy &amp;every</source>
        <translation>Guardar una copia de recuperación &amp;cada</translation>
    </message>
    <message>
        <source>On &amp;start</source>
        <translation>Al &amp;iniciar</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>I&amp;dioma de la interfaz</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsDialog</name>
    <message>
        <source>e.g. USD</source>
        <translation>p. ej. USD</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Datos del proyecto</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>The project has a start date</source>
        <translation>El proyecto tiene fecha de inicio</translation>
    </message>
    <message>
        <source>The project has a planned end date</source>
        <translation>El proyecto tiene fecha de finalización prevista</translation>
    </message>
    <message>
        <source>e.g. Imbabura</source>
        <translation>p. ej. Imbabura</translation>
    </message>
    <message>
        <source>as printed, e.g. Knitwear</source>
        <translation>como se imprime, p. ej. Tejidos de punto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Cluster &amp;name</source>
        <translation>&amp;Nombre del clúster</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Agencia</translation>
    </message>
    <message>
        <source>Agency logo</source>
        <translation>Logotipo de la agencia</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Fec&amp;ha de inicio</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>Fecha de finali&amp;zación</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The pack, the web map and the QGIS styles are printed in it.</source>
        <translation>El dosier, el mapa web y los estilos de QGIS se generan en este idioma.</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>Place and sector</source>
        <translation>Lugar y sector</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>Sec&amp;tor (ISIC Rev.4)</source>
        <translation>Sec&amp;tor (CIIU Rev.4)</translation>
    </message>
    <message>
        <source>Sector na&amp;me</source>
        <translation>N&amp;ombre del sector</translation>
    </message>
    <message>
        <source>Enter the cluster's name.</source>
        <translation>Introduzca el nombre del clúster.</translation>
    </message>
    <message>
        <source>The end date must come after the start date ({start}).</source>
        <translation>La fecha de finalización debe ser posterior a la de inicio ({start}).</translation>
    </message>
    <message>
        <source>Choose the country from the list, or leave the field empty.</source>
        <translation>Elija el país de la lista o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Choose the currency from the list (a code such as USD), or none.</source>
        <translation>Elija la moneda de la lista (un código como USD) o ninguna.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>{file} is not a PNG or JPEG image.</source>
        <translation>{file} no es una imagen PNG ni JPEG.</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>{task} cancelled; no file written.</source>
        <translation>{task}: cancelado; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Export action-plan pack</source>
        <translation>Exportar dossier del plan de acción</translation>
    </message>
    <message>
        <source>{title} action plan</source>
        <translation>Plan de acción {title}</translation>
    </message>
    <message>
        <source>PDF documents ({patterns})</source>
        <translation>Documentos PDF ({patterns})</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Print the pack on:</source>
        <translation>Imprimir el dossier en:</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>Exportado: {file}</translation>
    </message>
    <message>
        <source>Action-plan pack</source>
        <translation>Dossier del plan de acción</translation>
    </message>
    <message>
        <source>Export web map</source>
        <translation>Exportar mapa web</translation>
    </message>
    <message>
        <source>{title} map</source>
        <translation>Mapa {title}</translation>
    </message>
    <message>
        <source>Web pages ({patterns})</source>
        <translation>Páginas web ({patterns})</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Include phone numbers and e-mail addresses in the map's pop-ups?</source>
        <translation>¿Incluir teléfonos y direcciones de correo electrónico en las ventanas emergentes del mapa?</translation>
    </message>
    <message>
        <source>The file is meant to be handed out; leave them out unless everyone it reaches may see them.</source>
        <translation>El archivo está pensado para distribuirse; no los incluya salvo que todas las personas que lo reciban puedan verlos.</translation>
    </message>
    <message>
        <source>Web map</source>
        <translation>Mapa web</translation>
    </message>
</context>
<context>
    <name>SectorPicker</name>
    <message>
        <source>Search by code or word, e.g. 1430 or knitted</source>
        <translation>Busque por código o palabra, p. ej. 1430 o punto</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Sin sector</translation>
    </message>
    <message>
        <source>No sector chosen</source>
        <translation>Ningún sector elegido</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Find stakeholders</source>
        <translation>Buscar actores</translation>
    </message>
    <message>
        <source>Name contains:</source>
        <translation>El nombre contiene:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholder(s) found for “{text}”</source>
        <translation>
            <numerusform>%Ln actor encontrado para «{text}»</numerusform>
            <numerusform>%Ln actores encontrados para «{text}»</numerusform>
        </translation>
    </message>
    <message>
        <source>No stakeholder name contains “{text}”</source>
        <translation>Ningún nombre de actor contiene «{text}»</translation>
    </message>
    <message>
        <source>New cluster boundary</source>
        <translation>Nuevo límite del clúster</translation>
    </message>
    <message>
        <source>Name of the area (e.g. core area, wider area):</source>
        <translation>Nombre del área (p. ej., área central, área ampliada):</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Maps, stakeholder registry and action plans for cluster development initiatives</source>
        <translation>Mapas, registro de actores y planes de acción para iniciativas de desarrollo de clústeres</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>versión {version}</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open from &amp;server…</source>
        <translation>Abrir desde el &amp;servidor…</translation>
    </message>
    <message>
        <source>Open a team project kept on a PostgreSQL server</source>
        <translation>Abrir un proyecto en equipo guardado en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>No recent projects yet. Open a project or start a new one.</source>
        <translation>Todavía no hay proyectos recientes. Abra un proyecto o cree uno nuevo.</translation>
    </message>
    <message>
        <source>No sample projects were found in this installation.</source>
        <translation>No se encontraron proyectos de ejemplo en esta instalación.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>Sample projects</source>
        <translation>Proyectos de ejemplo</translation>
    </message>
</context>
</TS>