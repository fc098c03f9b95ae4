<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>BackgroundProgress</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Detenido; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import stakeholders</source>
        <translation>Importar actores</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln rows…</source>
        <translation>
            <numerusform>Importando %Ln fila…</numerusform>
            <numerusform>Importando %Ln filas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Importación cancelada; no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln stakeholders from {file}</source>
        <translation>
            <numerusform>Se importó %Ln actor de {file}</numerusform>
            <numerusform>Se importaron %Ln actores de {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Admin area</source>
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
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
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
        <source>Year founded</source>
        <translation>Año de fundación</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Contact: name</source>
        <translation>Contacto: nombre</translation>
    </message>
    <message>
        <source>Contact: role</source>
        <translation>Contacto: cargo</translation>
    </message>
    <message>
        <source>Contact: phone</source>
        <translation>Contacto: teléfono</translation>
    </message>
    <message>
        <source>Contact: e-mail</source>
        <translation>Contacto: correo electrónico</translation>
    </message>
    <message>
        <source>Contact: gender</source>
        <translation>Contacto: género</translation>
    </message>
    <message>
        <source>Custom fields (JSON)</source>
        <translation>Campos personalizados (JSON)</translation>
    </message>
    <message>
        <source>Match columns to fields</source>
        <translation>Asignar columnas a campos</translation>
    </message>
    <message>
        <source>The guesses come from the column names. Change any of them; a column kept as a custom field becomes a project field of its own.</source>
        <translation>Las propuestas se basan en los nombres de las columnas. Puede cambiar cualquiera; una columna conservada como campo personalizado pasa a ser un campo propio del proyecto.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Example values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>Custom field “{key}”</source>
        <translation>Campo personalizado «{key}»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns of the file match no stakeholder field.</source>
        <translation>
            <numerusform>%Ln columna del archivo no corresponde a ningún campo de actor.</numerusform>
            <numerusform>%Ln columnas del archivo no corresponden a ningún campo de actor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each column kept becomes a custom field of the project (%Ln new fields). Leave them out and choose below the ones to keep as custom fields, or keep them all?</source>
        <translation>
            <numerusform>Cada columna conservada se convierte en un campo personalizado del proyecto (%Ln campo nuevo). ¿Dejarlas fuera y elegir abajo las que desea conservar como campos personalizados, o conservarlas todas?</numerusform>
            <numerusform>Cada columna conservada se convierte en un campo personalizado del proyecto (%Ln campos nuevos). ¿Dejarlas fuera y elegir abajo las que desea conservar como campos personalizados, o conservarlas todas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep all %Ln</source>
        <translation>
            <numerusform>Conservar todas (%Ln)</numerusform>
            <numerusform>Conservar todas (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Dejarlas fuera</translation>
    </message>
</context>
<context>
    <name>PlanImportWizard</name>
    <message>
        <source>Choose the plan file</source>
        <translation>Elija el archivo del plan</translation>
    </message>
    <message>
        <source>An action plan saved by MS Project, ProjectLibre or Primavera P6 (XML), by GanttProject (.gan) or as CSV. Nothing is written until the last page.</source>
        <translation>Un plan de acción guardado por MS Project, ProjectLibre o Primavera P6 (XML), por GanttProject (.gan) o como CSV. No se escribe nada hasta la última página.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>The Primavera P6 file holds several projects; one is imported</source>
        <translation>El archivo de Primavera P6 contiene varios proyectos; se importa uno</translation>
    </message>
    <message>
        <source>Replace the current plan</source>
        <translation>Reemplazar el plan actual</translation>
    </message>
    <message>
        <source>Remove the project's tasks first; otherwise the file's are added after them</source>
        <translation>Quitar primero las tareas del proyecto; si no, las del archivo se añaden a continuación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Project in the file</source>
        <translation>Proyecto del archivo</translation>
    </message>
    <message>
        <source>Action plans ({patterns})</source>
        <translation>Planes de acción ({patterns})</translation>
    </message>
    <message>
        <source>MS Project XML (*.xml)</source>
        <translation>XML de MS Project (*.xml)</translation>
    </message>
    <message>
        <source>Primavera P6 XML (*.xml)</source>
        <translation>XML de Primavera P6 (*.xml)</translation>
    </message>
    <message>
        <source>GanttProject (*.gan)</source>
        <translation>GanttProject (*.gan)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import action plan</source>
        <translation>Importar plan de acción</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Comprobar antes de importar</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Leyendo {file}</translation>
    </message>
    <message>
        <source>Go back and tick “Replace the current plan” to load the file instead.</source>
        <translation>Vuelva atrás y marque «Reemplazar el plan actual» para cargar el archivo en su lugar.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation><numerusform>%n tarea</numerusform><numerusform>%n tareas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n dependency</source>
        <translation><numerusform>%n dependencia</numerusform><numerusform>%n dependencias</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n dependencies</source>
        <translation><numerusform>%n dependencia</numerusform><numerusform>%n dependencias</numerusform></translation>
    </message>
    <message>
        <source>{tasks} and {links} will be imported from {file}.</source>
        <translation>Se importarán {tasks} y {links} de {file}.</translation>
    </message>
    <message>
        <source>Not imported, because the action plan does not keep it:</source>
        <translation>No se importa, porque el plan de acción no lo guarda:</translation>
    </message>
    <message>
        <source>Everything in the file is imported.</source>
        <translation>Se importa todo el contenido del archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n task(s)</source>
        <translation><numerusform>Importar %n tarea</numerusform><numerusform>Importar %n tareas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n task(s) from {file}</source>
        <translation><numerusform>Se importó %n tarea de {file}</numerusform><numerusform>Se importaron %n tareas de {file}</numerusform></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Leyendo {file}</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>codificación {encoding}</translation>
    </message>
    <message>
        <source>{delimiter}-separated</source>
        <translation>separado por «{delimiter}»</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separado por comas</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>separado por punto y coma</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>separado por tabulaciones</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>separado por barras verticales</translation>
    </message>
    <message>
        <source>sheet or layer '{sheet}'</source>
        <translation>hoja o capa «{sheet}»</translation>
    </message>
    <message>
        <source>header in row {row}</source>
        <translation>encabezado en la fila {row}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln columna</numerusform>
            <numerusform>%Ln columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{rows}&lt;/b&gt; and {columns} ({read_as}).</source>
        <translation>&lt;b&gt;{rows}&lt;/b&gt; y {columns} ({read_as}).</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows are shown.</source>
        <translation>
            <numerusform>Se muestra %Ln fila.</numerusform>
            <numerusform>Se muestran las primeras %Ln filas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%Ln row will be imported</source>
        <translation>
            <numerusform>Se importará %Ln fila</numerusform>
            <numerusform>Se importarán %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows will be imported</source>
        <translation>
            <numerusform>Se importará %Ln fila</numerusform>
            <numerusform>Se importarán %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{imported}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{imported}&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln with problems will not</source>
        <translation>
            <numerusform>%Ln con problemas no se importará</numerusform>
            <numerusform>%Ln con problemas no se importarán</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{imported}&lt;/b&gt;; {not_imported}.</source>
        <translation>&lt;b&gt;{imported}&lt;/b&gt;; {not_imported}.</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Comprobar antes de importar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save problem rows as CSV…</source>
        <translation>Guardar las filas con problemas como CSV…</translation>
    </message>
    <message>
        <source>Swap latitude and longitude columns</source>
        <translation>Intercambiar las columnas de latitud y longitud</translation>
    </message>
    <message>
        <source>Read the latitude column as the longitude and the other way round</source>
        <translation>Leer la columna de latitud como longitud y viceversa</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln rows</source>
        <translation>
            <numerusform>Comprobando %Ln fila</numerusform>
            <numerusform>Comprobando %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows are already in the project (same UUID) and will be skipped.</source>
        <translation>
            <numerusform>%Ln fila ya está en el proyecto (mismo UUID) y se omitirá.</numerusform>
            <numerusform>%Ln filas ya están en el proyecto (mismo UUID) y se omitirán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln look like duplicates; they are imported too, so check them afterwards (Merge in the registry).</source>
        <translation>
            <numerusform>%Ln parece un duplicado; también se importa, así que revíselo después (Fusionar en el registro).</numerusform>
            <numerusform>%Ln parecen duplicados; también se importan, así que revíselos después (Fusionar en el registro).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every row is already in the project.</source>
        <translation>Nada que importar: todas las filas ya están en el proyecto.</translation>
    </message>
    <message>
        <source>No row can be imported. Go back and check the columns, or correct the file.</source>
        <translation>No se puede importar ninguna fila. Vuelva atrás y revise las columnas, o corrija el archivo.</translation>
    </message>
    <message>
        <source>Possible duplicate: {description}</source>
        <translation>Posible duplicado: {description}</translation>
    </message>
    <message>
        <source>Skipped: in the project as stakeholder {fid} (same UUID)</source>
        <translation>Omitida: ya está en el proyecto como actor {fid} (mismo UUID)</translation>
    </message>
    <message numerus="yes">
        <source>The first {listed} of %Ln findings are listed; save them all as CSV.</source>
        <translation>
            <numerusform>Se listan los primeros {listed} de %Ln hallazgo; guárdelos todos como CSV.</numerusform>
            <numerusform>Se listan los primeros {listed} de %Ln hallazgos; guárdelos todos como CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln rows</source>
        <translation>
            <numerusform>Importar %Ln fila</numerusform>
            <numerusform>Importar %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Save problem rows</source>
        <translation>Guardar las filas con problemas</translation>
    </message>
    <message>
        <source>The problem rows were saved to {path}.</source>
        <translation>Las filas con problemas se guardaron en {path}.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>A spreadsheet (CSV, XLSX) or GIS layer (GeoJSON, Shapefile, GeoPackage) of stakeholders, one row each. Nothing is written until the last page.</source>
        <translation>Una hoja de cálculo (CSV, XLSX) o una capa SIG (GeoJSON, Shapefile, GeoPackage) de actores, una fila por actor. No se escribe nada hasta la última página.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>find it</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Sheet or layer</source>
        <translation>Hoja o capa</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Fila de encabezado</translation>
    </message>
    <message>
        <source>Kind when the file has none</source>
        <translation>Tipo si el archivo no lo indica</translation>
    </message>
    <message>
        <source>Import stakeholders</source>
        <translation>Importar actores</translation>
    </message>
    <message>
        <source>Stakeholder tables ({patterns})</source>
        <translation>Tablas de actores ({patterns})</translation>
    </message>
    <message>
        <source>{path} is not a file. Check the name and the folder.</source>
        <translation>{path} no es un archivo. Compruebe el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Files ending in {ending} cannot be imported. Use one of: {accepted}.</source>
        <translation>No se pueden importar archivos con la terminación {ending}. Use una de estas: {accepted}.</translation>
    </message>
</context>
<context>
    <name>SurveyImportWizard</name>
    <message>
        <source>Choose the export and its survey</source>
        <translation>Elija la exportación y su encuesta</translation>
    </message>
    <message>
        <source>A data export of the survey's form from KoboToolbox or ODK Central (CSV or XLSX), one submission a row. Nothing is written until the last page.</source>
        <translation>Una exportación de datos del formulario de la encuesta desde KoboToolbox u ODK Central (CSV o XLSX), un envío por fila. No se escribe nada hasta la última página.</translation>
    </message>
    <message>
        <source>The survey whose form the export comes from</source>
        <translation>La encuesta de cuyo formulario procede la exportación</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Import survey responses</source>
        <translation>Importar respuestas de encuesta</translation>
    </message>
    <message>
        <source>Survey data exports ({patterns})</source>
        <translation>Exportaciones de datos de encuestas ({patterns})</translation>
    </message>
    <message>
        <source>The project has no survey yet. Add one in the Diagnostic panel's Surveys tab (New survey…), export its form, collect the answers, then import the export.</source>
        <translation>El proyecto aún no tiene encuestas. Añada una en la pestaña Encuestas del panel Diagnóstico (Nueva encuesta…), exporte su formulario, recoja las respuestas e importe luego la exportación.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s) into {survey}</source>
        <translation>
            <numerusform>Se importó %n respuesta en {survey}</numerusform>
            <numerusform>Se importaron %n respuestas en {survey}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyReviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Revise antes de importar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Leave the rows with problems out and import the others</source>
        <translation>Dejar fuera las filas con problemas e importar las demás</translation>
    </message>
    <message>
        <source>Otherwise correct the cells listed in the export and choose the file again; nothing is imported while a row has a problem</source>
        <translation>Si no, corrija en la exportación las celdas indicadas y vuelva a elegir el archivo; no se importa nada mientras una fila tenga un problema</translation>
    </message>
    <message>
        <source>Checking the answers of {file}</source>
        <translation>Comprobando las respuestas de {file}</translation>
    </message>
    <message>
        <source>Left out: {reason}</source>
        <translation>Dejada fuera: {reason}</translation>
    </message>
    <message>
        <source>Nothing to import: every submission is already in the project.</source>
        <translation>Nada que importar: todos los envíos ya están en el proyecto.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n response(s)</source>
        <translation>
            <numerusform>Importar %n respuesta</numerusform>
            <numerusform>Importar %n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the export have problems</source>
        <translation>
            <numerusform>%n fila de la exportación tiene problemas</numerusform>
            <numerusform>%n filas de la exportación tienen problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt;; nothing can be imported as it is. Correct the cells listed below in the export and choose it again, or leave those rows out.</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt;; así no se puede importar nada. Corrija en la exportación las celdas indicadas abajo y vuelva a elegirla, o deje fuera esas filas.</translation>
    </message>
</context>
</TS>