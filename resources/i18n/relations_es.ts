<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>RelationDialog</name>
    <message>
        <source>Edit relation</source>
        <translation>Editar relación</translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation>Añadir relación</translation>
    </message>
    <message>
        <source>From → To (untick for a mutual tie)</source>
        <translation>Origen → Destino (desmarque si el vínculo es mutuo)</translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation>No terminada</translation>
    </message>
    <message>
        <source>The survey round that found the tie ended; it stays in earlier rounds</source>
        <translation>La ronda de encuesta que constató el fin del vínculo; sigue en las rondas anteriores</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-DD (opcional)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Strength (1–5)</source>
        <translation>Intensidad (1–5)</translation>
    </message>
    <message>
        <source>Survey round</source>
        <translation>Ronda de encuesta</translation>
    </message>
    <message>
        <source>Ended in round</source>
        <translation>Terminada en la ronda</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Choose the stakeholder the relation starts from (type part of its name).</source>
        <translation>Elija el actor del que parte la relación (escriba parte de su nombre).</translation>
    </message>
    <message>
        <source>Choose the stakeholder the relation goes to (type part of its name).</source>
        <translation>Elija el actor al que llega la relación (escriba parte de su nombre).</translation>
    </message>
    <message>
        <source>A relation joins two different stakeholders; choose another one for To.</source>
        <translation>Una relación une a dos actores distintos; elija otro como Destino.</translation>
    </message>
    <message>
        <source>Since must be a date written YYYY-MM-DD, such as 2023-05-01, or left empty.</source>
        <translation>«Desde» debe ser una fecha escrita AAAA-MM-DD, como 2023-05-01, o quedar vacío.</translation>
    </message>
    <message>
        <source>Name the survey round, such as baseline.</source>
        <translation>Indique la ronda de encuesta, por ejemplo «Línea de base».</translation>
    </message>
    <message>
        <source>A tie ends in a round after the one that first observed it.</source>
        <translation>Un vínculo termina en una ronda posterior a la que lo observó por primera vez.</translation>
    </message>
    <message>
        <source>Edit relation {source} – {target}</source>
        <translation>Editar relación {source} – {target}</translation>
    </message>
</context>
<context>
    <name>RelationTableModel</name>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Survey round</source>
        <translation>Ronda de encuesta</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Only of the selected stakeholders</source>
        <translation>Solo las de los actores seleccionados</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the chosen relation</source>
        <translation>Editar la relación elegida</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the chosen relations</source>
        <translation>Eliminar las relaciones elegidas</translation>
    </message>
    <message>
        <source>All survey rounds</source>
        <translation>Todas las rondas</translation>
    </message>
    <message>
        <source>Select stakeholders on the map or in the registry to see their relations.</source>
        <translation>Seleccione actores en el mapa o en el registro para ver sus relaciones.</translation>
    </message>
    <message>
        <source>No relations match.</source>
        <translation>Ninguna relación coincide.</translation>
    </message>
    <message>
        <source>The selection has no such relations.</source>
        <translation>Los actores seleccionados no tienen relaciones de este tipo.</translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of %Ln relation(s); narrow the filters to see the rest.</source>
        <translation>
            <numerusform>Las primeras {shown} de %Ln relación; acote los filtros para ver el resto.</numerusform>
            <numerusform>Las primeras {shown} de %Ln relaciones; acote los filtros para ver el resto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln relation(s)</source>
        <translation>
            <numerusform>%Ln relación</numerusform>
            <numerusform>%Ln relaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds a relation between the two selected stakeholders</source>
        <translation>Añade una relación entre los dos actores seleccionados</translation>
    </message>
    <message>
        <source>Select two stakeholders first to fill in both ends</source>
        <translation>Seleccione antes dos actores para rellenar ambos extremos</translation>
    </message>
    <message>
        <source>Delete the relation {source} – {target}?</source>
        <translation>¿Eliminar la relación {source} – {target}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln relation(s)?</source>
        <translation>
            <numerusform>¿Eliminar %Ln relación?</numerusform>
            <numerusform>¿Eliminar %Ln relaciones?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Puede deshacerlo.</translation>
    </message>
</context>
<context>
    <name>StakeholderField</name>
    <message>
        <source>Type part of the name</source>
        <translation>Escriba parte del nombre</translation>
    </message>
</context>
</TS>