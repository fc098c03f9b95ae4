<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Create a new cluster project</source>
        <translation>Créer un nouveau projet de cluster</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a ClusterDesk project</source>
        <translation>Ouvrir un projet ClusterDesk</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Import stakeholders…</source>
        <translation>&amp;Importer des acteurs…</translation>
    </message>
    <message>
        <source>Import stakeholders from CSV, Excel, Shapefile, GeoJSON</source>
        <translation>Importer des acteurs depuis CSV, Excel, Shapefile, GeoJSON</translation>
    </message>
    <message>
        <source>&amp;Map view…</source>
        <translation>&amp;Vue de la carte…</translation>
    </message>
    <message>
        <source>Export the map view to PNG, SVG or PDF</source>
        <translation>Exporter la vue de la carte en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>&amp;Action-plan pack (PDF)…</source>
        <translation>&amp;Dossier du plan d’action (PDF)…</translation>
    </message>
    <message>
        <source>Print-ready pack for the steering committee</source>
        <translation>Dossier prêt à imprimer pour le comité de pilotage</translation>
    </message>
    <message>
        <source>&amp;Web map (HTML)…</source>
        <translation>Carte &amp;web (HTML)…</translation>
    </message>
    <message>
        <source>Interactive map that works without internet</source>
        <translation>Carte interactive qui fonctionne sans internet</translation>
    </message>
    <message>
        <source>Open in &amp;QGIS</source>
        <translation>Ouvrir dans &amp;QGIS</translation>
    </message>
    <message>
        <source>Save and open this project in QGIS</source>
        <translation>Enregistrer et ouvrir ce projet dans QGIS</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler : {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir : {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message>
        <source>Delete the selected stakeholders</source>
        <translation>Supprimer les acteurs sélectionnés</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Désélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find stakeholders by name</source>
        <translation>Rechercher des acteurs par nom</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom to &amp;cluster</source>
        <translation>Voir le &amp;cluster</translation>
    </message>
    <message>
        <source>Show the cluster area: its boundaries, or all stakeholders if none</source>
        <translation>Montrer la zone du cluster : ses limites ou, à défaut, tous les acteurs</translation>
    </message>
    <message>
        <source>Zoom to &amp;all stakeholders</source>
        <translation>Voir &amp;tous les acteurs</translation>
    </message>
    <message>
        <source>Show every stakeholder, buyers far away included</source>
        <translation>Montrer tous les acteurs, y compris les acheteurs éloignés</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Voir la &amp;sélection</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Sélectionner et déplacer</translation>
    </message>
    <message>
        <source>Click or drag a box to select; drag a selected stakeholder to move it</source>
        <translation>Cliquez ou tracez un cadre pour sélectionner ; faites glisser un acteur sélectionné pour le déplacer</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Déplacer la carte</translation>
    </message>
    <message>
        <source>Drag to move the map; Shift+drag zooms to a box</source>
        <translation>Faites glisser pour déplacer la carte ; Maj+glisser zoome sur un cadre</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Click a stakeholder to see its details</source>
        <translation>Cliquez sur un acteur pour voir ses informations</translation>
    </message>
    <message>
        <source>Place stakeholder</source>
        <translation>Placer un acteur</translation>
    </message>
    <message>
        <source>Click on the map to place a new stakeholder</source>
        <translation>Cliquez sur la carte pour placer un nouvel acteur</translation>
    </message>
    <message>
        <source>Draw cluster boundary</source>
        <translation>Tracer la limite du cluster</translation>
    </message>
    <message>
        <source>Click the corners; double-click or Enter finishes, Esc cancels</source>
        <translation>Cliquez sur les sommets ; un double-clic ou Entrée termine, Échap annule</translation>
    </message>
    <message>
        <source>Edit cluster boundary</source>
        <translation>Modifier la limite du cluster</translation>
    </message>
    <message>
        <source>Drag a corner of a boundary to reshape it</source>
        <translation>Faites glisser un sommet d’une limite pour en changer la forme</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;About ClusterDesk</source>
        <translation>À &amp;propos de ClusterDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>A new language shows when ClusterDesk starts again.</source>
        <translation>La nouvelle langue s’affichera au prochain démarrage de ClusterDesk.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
</context>
</TS>