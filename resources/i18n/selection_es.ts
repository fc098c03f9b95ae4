<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>SelectionDecisions</name>
    <message>
        <source>No decision recorded yet. When the candidates have been discussed, record who decided, when and why with Decision….</source>
        <translation>Aún no hay ninguna decisión registrada. Cuando se hayan discutido las candidaturas, registre quién decidió, cuándo y por qué con Decisión….</translation>
    </message>
    <message>
        <source>{date} — decided by {who}</source>
        <translation>{date} — decidido por {who}</translation>
    </message>
    <message>
        <source>Grounds: {grounds}</source>
        <translation>Motivos: {grounds}</translation>
    </message>
</context>
<context>
    <name>SelectionDialogs</name>
    <message>
        <source>Edit the selection study</source>
        <translation>Editar el estudio de selección</translation>
    </message>
    <message>
        <source>Start a selection study</source>
        <translation>Iniciar un estudio de selección</translation>
    </message>
    <message>
        <source>e.g. Mapping of provinces 2022</source>
        <translation>p. ej., Mapeo de provincias 2022</translation>
    </message>
    <message>
        <source>The year compared; none: the latest statistics</source>
        <translation>El año comparado; si no se indica, las estadísticas más recientes</translation>
    </message>
    <message>
        <source>Growth is measured from this year</source>
        <translation>El crecimiento se mide desde este año</translation>
    </message>
    <message>
        <source>e.g. Province</source>
        <translation>p. ej., Provincia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Statistics count</source>
        <translation>Las estadísticas miden</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Growth since</source>
        <translation>Crecimiento desde</translation>
    </message>
    <message>
        <source>Areas are</source>
        <translation>Nivel de las áreas</translation>
    </message>
    <message>
        <source>Edit candidate cluster</source>
        <translation>Editar clúster candidato</translation>
    </message>
    <message>
        <source>Add a candidate cluster</source>
        <translation>Añadir un clúster candidato</translation>
    </message>
    <message>
        <source>e.g. GAR-IMB</source>
        <translation>p. ej., CONF-IMB</translation>
    </message>
    <message>
        <source>e.g. Garments of Imbabura</source>
        <translation>p. ej., Confecciones de Imbabura</translation>
    </message>
    <message>
        <source>Find an area by name or code</source>
        <translation>Buscar un área por nombre o código</translation>
    </message>
    <message>
        <source>Import the study's areas first</source>
        <translation>Importe primero las áreas del estudio</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Sector (ISIC Rev.4)</source>
        <translation>Sector (CIIU Rev.4)</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Record the selection decision</source>
        <translation>Registrar la decisión de selección</translation>
    </message>
    <message>
        <source>e.g. Steering committee (ministry, UNIDO, donor)</source>
        <translation>p. ej., Comité directivo (ministerio, ONUDI, donante)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome of each candidate</source>
        <translation>Resultado de cada candidato</translation>
    </message>
    <message>
        <source>The weights and the ranking shown now are kept with the decision.</source>
        <translation>Los pesos y la clasificación actuales se guardan con la decisión.</translation>
    </message>
</context>
<context>
    <name>SelectionLabels</name>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>En reserva</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>No seleccionado</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Number of firms</source>
        <translation>Número de empresas</translation>
    </message>
    <message>
        <source>Value added</source>
        <translation>Valor añadido</translation>
    </message>
</context>
<context>
    <name>SelectionMap</name>
    <message>
        <source>No colouring</source>
        <translation>Sin coloreado</translation>
    </message>
    <message>
        <source>Location quotient</source>
        <translation>Cociente de localización</translation>
    </message>
    <message>
        <source>Best candidate score</source>
        <translation>Mejor puntuación de candidato</translation>
    </message>
    <message>
        <source>Fixed, around 1</source>
        <translation>Fijas, en torno a 1</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>Cuantiles</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>Cortes naturales</translation>
    </message>
    <message>
        <source>Location quotient: {sector}</source>
        <translation>Cociente de localización: {sector}</translation>
    </message>
    <message>
        <source>Best candidate score (0–100)</source>
        <translation>Mejor puntuación de candidato (0–100)</translation>
    </message>
</context>
<context>
    <name>SelectionMatrix</name>
    <message>
        <source>Computed: location quotient of the sector</source>
        <translation>Calculado: cociente de localización del sector</translation>
    </message>
    <message>
        <source>Computed: share of the national sector total</source>
        <translation>Calculado: participación en el total nacional del sector</translation>
    </message>
    <message>
        <source>Computed: sector total in the candidate's areas</source>
        <translation>Calculado: total del sector en las áreas del candidato</translation>
    </message>
    <message>
        <source>Computed: growth since the base year</source>
        <translation>Calculado: crecimiento desde el año base</translation>
    </message>
    <message>
        <source>Computed: firms of the registry in the areas</source>
        <translation>Calculado: empresas del registro en las áreas</translation>
    </message>
    <message>
        <source>Scored by hand: double-click a cell to edit it</source>
        <translation>Puntuación manual: haga doble clic en una celda para editarla</translation>
    </message>
    <message>
        <source>Weight of {criterion}</source>
        <translation>Peso de {criterion}</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>No value: it counts as the worst on this criterion</source>
        <translation>Sin valor: cuenta como el peor en este criterio</translation>
    </message>
    <message>
        <source>{value}, normalised {share} of 1</source>
        <translation>{value}; normalizado: {share} sobre 1</translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message>
        <source>Start a selection study…</source>
        <translation>Iniciar un estudio de selección…</translation>
    </message>
    <message>
        <source>Compare regions and sectors on weighted criteria to choose the clusters to support</source>
        <translation>Compare regiones y sectores con criterios ponderados para elegir los clústeres que apoyar</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add a candidate cluster</source>
        <translation>Añadir un clúster candidato</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected candidate cluster</source>
        <translation>Editar el clúster candidato seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected candidate clusters</source>
        <translation>Eliminar los clústeres candidatos seleccionados</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Decisión…</translation>
    </message>
    <message>
        <source>Record the selection decision</source>
        <translation>Registrar la decisión de selección</translation>
    </message>
    <message>
        <source>Start cluster project…</source>
        <translation>Iniciar proyecto de clúster…</translation>
    </message>
    <message>
        <source>Start a cluster project from this candidate</source>
        <translation>Iniciar un proyecto de clúster a partir de este candidato</translation>
    </message>
    <message>
        <source>Study…</source>
        <translation>Estudio…</translation>
    </message>
    <message>
        <source>Edit the name, measure and years of the study</source>
        <translation>Editar el nombre, la medida y los años del estudio</translation>
    </message>
    <message>
        <source>Colour the study's areas on the map</source>
        <translation>Colorear las áreas del estudio en el mapa</translation>
    </message>
    <message>
        <source>The sector whose location quotient colours the areas</source>
        <translation>El sector cuyo cociente de localización colorea las áreas</translation>
    </message>
    <message>
        <source>How the five classes of the map are drawn</source>
        <translation>Cómo se definen las cinco clases del mapa</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>The criterion whose weight moves</source>
        <translation>El criterio cuyo peso varía</translation>
    </message>
    <message>
        <source>Sensitivity to</source>
        <translation>Sensibilidad a</translation>
    </message>
    <message>
        <source>Computing the selection study</source>
        <translation>Calculando el estudio de selección</translation>
    </message>
    <message>
        <source>Computing the study: reading and indexing {count} figures…</source>
        <translation>Calculando el estudio: lectura e indexación de {count} cifras…</translation>
    </message>
    <message>
        <source>Select one candidate cluster in the ranking first.</source>
        <translation>Seleccione primero un clúster candidato en la clasificación.</translation>
    </message>
    <message>
        <source>Start a cluster project from {name}</source>
        <translation>Iniciar un proyecto de clúster a partir de {name}</translation>
    </message>
    <message>
        <source>ClusterDesk projects (*.gpkg)</source>
        <translation>Proyectos de ClusterDesk (*.gpkg)</translation>
    </message>
    <message>
        <source>The cluster project {name} was written with {count} stakeholders.</source>
        <translation>Se ha creado el proyecto de clúster {name} con {count} actores.</translation>
    </message>
    <message>
        <source>Open it now? The selection study stays in its own file.</source>
        <translation>¿Abrirlo ahora? El estudio de selección se queda en su propio archivo.</translation>
    </message>
    <message>
        <source>Open the new project</source>
        <translation>Abrir el nuevo proyecto</translation>
    </message>
</context>
<context>
    <name>SelectionRanking</name>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>SelectionSensitivity</name>
    <message>
        <source>{leader} is the only candidate.</source>
        <translation>{leader} es el único candidato.</translation>
    </message>
    <message>
        <source>{leader} stays first while the weight of {criterion} is {low} or more; below {low}, {below} leads.</source>
        <translation>{leader} sigue en primer lugar mientras el peso de «{criterion}» sea de {low} o más; por debajo de {low}, pasa a liderar {below}.</translation>
    </message>
    <message>
        <source>{leader} stays first whatever the weight of {criterion}.</source>
        <translation>{leader} sigue en primer lugar sea cual sea el peso de «{criterion}».</translation>
    </message>
    <message>
        <source>{leader} stays first while the weight of {criterion} is between {low} and {high}; above {high}, {above} leads.</source>
        <translation>{leader} sigue en primer lugar mientras el peso de «{criterion}» esté entre {low} y {high}; por encima de {high}, pasa a liderar {above}.</translation>
    </message>
    <message>
        <source>Below {low}, {below} leads.</source>
        <translation>Por debajo de {low}, lidera {below}.</translation>
    </message>
    <message>
        <source>Weight of {criterion} → score</source>
        <translation>Peso de «{criterion}» → puntuación</translation>
    </message>
</context>
</TS>