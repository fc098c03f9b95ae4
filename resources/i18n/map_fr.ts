<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AnswerColouringOptions</name>
    <message>
        <source>Colour firms by a survey answer</source>
        <translation>Colorer les entreprises selon l’enquête</translation>
    </message>
    <message>
        <source>Fill each firm with the colour of its answer to a number or one-choice question; firms without an answer are drawn hollow and grey</source>
        <translation>Remplir chaque entreprise de la couleur de sa réponse à une question numérique ou à choix unique ; les entreprises sans réponse sont dessinées creuses et en gris</translation>
    </message>
    <message>
        <source>The survey whose answers colour the firms</source>
        <translation>L'enquête dont les réponses colorent les entreprises</translation>
    </message>
    <message>
        <source>A number or one-choice question of the survey</source>
        <translation>Une question numérique ou à choix unique de l'enquête</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>The project has no survey yet (Diagnostic panel, Surveys tab)</source>
        <translation>Le projet n'a pas encore d'enquête (panneau Diagnostic, onglet Enquêtes)</translation>
    </message>
    <message>
        <source>Choose a number or one-choice question.</source>
        <translation>Choisissez une question numérique ou à choix unique.</translation>
    </message>
    <message numerus="yes">
        <source>%n firm(s) coloured by their answer</source>
        <translation>
            <numerusform>%n entreprise colorée selon sa réponse</numerusform>
            <numerusform>%n entreprises colorées selon leur réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{coloured}, %n without an answer</source>
        <translation>
            <numerusform>{coloured}, %n sans réponse</numerusform>
            <numerusform>{coloured}, %n sans réponse</numerusform>
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
        <translation>sans réponse (creux)</translation>
    </message>
</context>
<context>
    <name>DrawBoundaryTool</name>
    <message>
        <source>Cluster boundary {number}</source>
        <translation>Limite du cluster {number}</translation>
    </message>
</context>
<context>
    <name>EditBoundaryTool</name>
    <message>
        <source>Edit boundary {name}</source>
        <translation>Modifier la limite {name}</translation>
    </message>
</context>
<context>
    <name>IdentifyPopup</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone administrative</translation>
    </message>
    <message>
        <source>Sector (ISIC)</source>
        <translation>Secteur (CITI)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employés</translation>
    </message>
    <message>
        <source>Women employees</source>
        <translation>Femmes employées</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Année de création</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>not located</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Natural Earth basemap</source>
        <translation>Fond de carte Natural Earth</translation>
    </message>
    <message>
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap (en ligne)</translation>
    </message>
    <message>
        <source>Cluster boundaries</source>
        <translation>Limites du cluster</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>No institution has been assessed yet (Capacity panel).</source>
        <translation>Aucune institution n’a encore été évaluée (panneau Capacités).</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) assessed, no round complete yet</source>
        <translation>
            <numerusform>%n institution évaluée, aucune évaluation encore complète</numerusform>
            <numerusform>%n institutions évaluées, aucune évaluation encore complète</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) scored</source>
        <translation>
            <numerusform>%n institution notée</numerusform>
            <numerusform>%n institutions notées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{scored}, %n not yet complete</source>
        <translation>
            <numerusform>{scored}, %n pas encore complète</numerusform>
            <numerusform>{scored}, %n pas encore complètes</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick to show, double-click to zoom to a layer</source>
        <translation>Cochez pour afficher ; double-cliquez pour zoomer sur une couche</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Add tile file…</source>
        <translation>Ajouter des tuiles…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Draw the chosen layer above the one over it</source>
        <translation>Monte la couche choisie au-dessus de la précédente</translation>
    </message>
    <message>
        <source>Draw the chosen layer below the one under it</source>
        <translation>Descend la couche choisie sous la suivante</translation>
    </message>
    <message>
        <source>Add a local MBTiles or GeoPackage tile file as a basemap</source>
        <translation>Ajoute un fichier local de tuiles MBTiles ou GeoPackage comme fond de carte</translation>
    </message>
    <message>
        <source>Remove the chosen tile file from the map</source>
        <translation>Retire de la carte le fichier de tuiles choisi</translation>
    </message>
    <message>
        <source>Opacity of the chosen layer</source>
        <translation>Opacité de la couche choisie</translation>
    </message>
    <message>
        <source>Size firms by employees</source>
        <translation>Taille des entreprises par effectif</translation>
    </message>
    <message>
        <source>Colour institutions by capacity score</source>
        <translation>Colorer les institutions par capacité</translation>
    </message>
    <message>
        <source>Fill each assessed support institution with the colour of its overall score from its latest complete assessment round</source>
        <translation>Remplit chaque institution d’appui évaluée de la couleur de sa note globale issue de sa dernière évaluation complète</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Add a tile basemap</source>
        <translation>Ajouter un fond de carte tuilé</translation>
    </message>
    <message>
        <source>Tile files (*.mbtiles *.gpkg);;All files (*)</source>
        <translation>Fichiers de tuiles (*.mbtiles *.gpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot add the tile file</source>
        <translation>Impossible d’ajouter le fichier de tuiles</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>stakeholder {number}</source>
        <translation>acteur {number}</translation>
    </message>
    <message>
        <source>Registry filter: {shown} of {total} shown</source>
        <translation>Filtre du registre : {shown} sur {total} affichés</translation>
    </message>
</context>
<context>
    <name>OsmExtract</name>
    <message>
        <source>Streets (OpenStreetMap)</source>
        <translation>Rues (OpenStreetMap)</translation>
    </message>
    <message>
        <source>Add an OpenStreetMap extract</source>
        <translation>Ajouter un extrait OpenStreetMap</translation>
    </message>
    <message>
        <source>OpenStreetMap extracts (*.osm.pbf *.pbf *.osm);;All files (*)</source>
        <translation>Extraits OpenStreetMap (*.osm.pbf *.pbf *.osm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Converting {file}</source>
        <translation>Conversion de {file}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>OpenStreetMap extract</source>
        <translation>Extrait OpenStreetMap</translation>
    </message>
    <message>
        <source>Conversion of the OpenStreetMap extract cancelled.</source>
        <translation>Conversion de l'extrait OpenStreetMap annulée.</translation>
    </message>
    <message>
        <source>Add OpenStreetMap extract…</source>
        <translation>Ajouter un extrait OpenStreetMap…</translation>
    </message>
    <message>
        <source>Draw streets, water, land use and place names offline from an OpenStreetMap extract</source>
        <translation>Dessiner hors ligne les rues, l'eau, l'occupation du sol et les noms de lieux à partir d'un extrait OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>ScoreLegend</name>
    <message>
        <source>not yet complete (hollow)</source>
        <translation>pas encore complète (symbole creux)</translation>
    </message>
</context>
</TS>