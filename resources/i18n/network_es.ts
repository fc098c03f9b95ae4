<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>CompareLegend</name>
    <message numerus="yes">
        <source>%Ln new tie(s) (green, solid)</source>
        <translation>
            <numerusform>%Ln vínculo nuevo (verde, continuo)</numerusform>
            <numerusform>%Ln vínculos nuevos (verde, continuo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept tie(s) (grey)</source>
        <translation>
            <numerusform>%Ln vínculo mantenido (gris)</numerusform>
            <numerusform>%Ln vínculos mantenidos (gris)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ended tie(s) (red, dashed)</source>
        <translation>
            <numerusform>%Ln vínculo terminado (rojo, discontinuo)</numerusform>
            <numerusform>%Ln vínculos terminados (rojo, discontinuo)</numerusform>
        </translation>
    </message>
    <message>
        <source>Size of a node: {measure}. {ties} relations drawn.</source>
        <translation>Tamaño de un nodo: {measure}. {ties} relaciones dibujadas.</translation>
    </message>
</context>
<context>
    <name>NetworkLabels</name>
    <message>
        <source>Degree</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermediación</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Cercanía</translation>
    </message>
    <message>
        <source>Eigenvector</source>
        <translation>Vector propio</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>Itinerant broker</source>
        <translation>Intermediario itinerante</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Guardián</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densidad</translation>
    </message>
    <message>
        <source>Mean degree</source>
        <translation>Grado medio</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>In the largest component</source>
        <translation>En el componente mayor</translation>
    </message>
    <message>
        <source>Isolates</source>
        <translation>Aislados</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>Agrupamiento</translation>
    </message>
    <message>
        <source>Centralisation</source>
        <translation>Centralización</translation>
    </message>
</context>
<context>
    <name>NetworkMeasuresModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermediación</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Cercanía</translation>
    </message>
    <message>
        <source>Eigenvector</source>
        <translation>Vector propio</translation>
    </message>
    <message>
        <source>Brokerage role</source>
        <translation>Rol de intermediación</translation>
    </message>
</context>
<context>
    <name>NetworkMeasuresView</name>
    <message>
        <source>Find a stakeholder</source>
        <translation>Buscar un actor</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Click to select the stakeholder on the map and in the registry</source>
        <translation>Haga clic para seleccionar el actor en el mapa y en el registro</translation>
    </message>
    <message>
        <source>Brokers: who links stakeholders that have no tie of their own</source>
        <translation>Intermediarios: quienes unen a actores sin vínculo directo entre sí</translation>
    </message>
    <message>
        <source>Isolates: stakeholders without a tie of the kinds shown</source>
        <translation>Aislados: actores sin vínculos de los tipos mostrados</translation>
    </message>
    <message>
        <source>Brokers and isolates</source>
        <translation>Intermediarios y aislados</translation>
    </message>
    <message>
        <source>By stakeholder</source>
        <translation>Por actor</translation>
    </message>
    <message>
        <source>Betweenness and closeness are estimated from a sample of {count} stakeholders.</source>
        <translation>La intermediación y la cercanía se estiman con una muestra de {count} actores.</translation>
    </message>
    <message>
        <source>No stakeholder brokers in this network.</source>
        <translation>Ningún actor hace de intermediario en esta red.</translation>
    </message>
    <message>
        <source>Every stakeholder has a tie.</source>
        <translation>Todos los actores tienen algún vínculo.</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>The survey round whose network is shown</source>
        <translation>La ronda de encuesta cuya red se muestra</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Show the ties that are new, kept and ended since an earlier round</source>
        <translation>Mostrar los vínculos nuevos, mantenidos y terminados desde una ronda anterior</translation>
    </message>
    <message>
        <source>The earlier round to compare with</source>
        <translation>La ronda anterior con la que comparar</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>The relation kinds the network is made of</source>
        <translation>Los tipos de relación que forman la red</translation>
    </message>
    <message>
        <source>The measure that sizes the nodes</source>
        <translation>La medida que da tamaño a los nodos</translation>
    </message>
    <message>
        <source>Re-arrange</source>
        <translation>Redisponer</translation>
    </message>
    <message>
        <source>Lay the network out afresh for the ties shown now</source>
        <translation>Volver a disponer la red según los vínculos mostrados ahora</translation>
    </message>
    <message>
        <source>Roster…</source>
        <translation>Lista…</translation>
    </message>
    <message>
        <source>Tick the stakeholders the selected one has ties with in this round</source>
        <translation>Marcar los actores con los que el seleccionado tiene vínculos en esta ronda</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop laying out the network</source>
        <translation>Detener la disposición de la red</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Size by</source>
        <translation>Tamaño según</translation>
    </message>
    <message>
        <source>No relations yet: add relations or import a survey to see the network.</source>
        <translation>Aún no hay relaciones: añada relaciones o importe una encuesta para ver la red.</translation>
    </message>
    <message>
        <source>Choose at least one kind of relation.</source>
        <translation>Elija al menos un tipo de relación.</translation>
    </message>
    <message>
        <source>Laying out the network</source>
        <translation>Disponiendo la red</translation>
    </message>
    <message>
        <source>Select one stakeholder first, here or on the map.</source>
        <translation>Seleccione primero un actor, aquí o en el mapa.</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Relations of {name} in {round}</source>
        <translation>Relaciones de {name} en {round}</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>Tick the stakeholders it has this relation with in this survey round. Unticking a tie carried from an earlier round marks it ended in this round.</source>
        <translation>Marque los actores con los que tiene esta relación en esta ronda de encuesta. Desmarcar un vínculo que viene de una ronda anterior lo da por terminado en esta ronda.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholder(s) ticked</source>
        <translation>
            <numerusform>%Ln actor marcado</numerusform>
            <numerusform>%Ln actores marcados</numerusform>
        </translation>
    </message>
</context>
</TS>