<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>About</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>Maps, stakeholder registry and action plans for cluster development initiatives.</source>
        <translation>Cartes, registre des acteurs et plans d’action pour les initiatives de développement de clusters.</translation>
    </message>
    <message>
        <source>Basemap data: Natural Earth (public domain). Online tiles © OpenStreetMap contributors.</source>
        <translation>Données du fond de carte : Natural Earth (domaine public). Tuiles en ligne © contributeurs d’OpenStreetMap.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Distribué sous la licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>About ClusterDesk</source>
        <translation>À propos de ClusterDesk</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Save the changes to “{title}” before you create a new project?</source>
        <translation>Enregistrer les modifications de « {title} » avant de créer un nouveau projet ?</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before you open another project?</source>
        <translation>Enregistrer les modifications de « {title} » avant d’ouvrir un autre projet ?</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before you close it?</source>
        <translation>Enregistrer les modifications de « {title} » avant de le fermer ?</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before you quit?</source>
        <translation>Enregistrer les modifications de « {title} » avant de quitter ?</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before you restore the recovered work?</source>
        <translation>Enregistrer les modifications de « {title} » avant de restaurer le travail récupéré ?</translation>
    </message>
    <message>
        <source>If you don't save, your changes since the last save are lost.</source>
        <translation>Si vous n’enregistrez pas, les modifications faites depuis le dernier enregistrement seront perdues.</translation>
    </message>
    <message>
        <source>ClusterDesk did not close normally last time. Restore the unsaved work?</source>
        <translation>ClusterDesk ne s’est pas fermé normalement la dernière fois. Restaurer le travail non enregistré ?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>Reloading loses your unsaved changes.</source>
        <translation>Le recharger fait perdre vos modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Reloading shows the other program's changes.</source>
        <translation>Le recharger affiche les modifications de l’autre programme.</translation>
    </message>
    <message>
        <source>Keeping your version overwrites the other changes when you save.</source>
        <translation>Si vous gardez votre version, les autres modifications seront écrasées à l’enregistrement.</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program since you opened it. Reload it from disk?</source>
        <translation>« {name} » a été modifié par un autre programme depuis que vous l’avez ouvert. Le recharger depuis le disque ?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Garder ma version</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a name or code, e.g. Ecuador or EC</source>
        <translation>Saisissez un nom ou un code, p. ex. Équateur ou EC</translation>
    </message>
</context>
<context>
    <name>DeleteQuestion</name>
    <message>
        <source>1 relation</source>
        <translation>1 relation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln relations</source>
        <translation>
            <numerusform>%Ln relation</numerusform>
            <numerusform>%Ln relations</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact person</source>
        <translation>1 personne de contact</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact persons</source>
        <translation>
            <numerusform>%Ln personne de contact</numerusform>
            <numerusform>%Ln personnes de contact</numerusform>
        </translation>
    </message>
    <message>
        <source>1 plan responsibility</source>
        <translation>1 responsabilité dans le plan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan responsibilities</source>
        <translation>
            <numerusform>%Ln responsabilité dans le plan</numerusform>
            <numerusform>%Ln responsabilités dans le plan</numerusform>
        </translation>
    </message>
    <message>
        <source>1 plan participation</source>
        <translation>1 participation au plan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan participations</source>
        <translation>
            <numerusform>%Ln participation au plan</numerusform>
            <numerusform>%Ln participations au plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln stakeholders?</source>
        <translation>
            <numerusform>Supprimer %Ln acteur ?</numerusform>
            <numerusform>Supprimer %Ln acteurs ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Supprimer « {name} » ?</translation>
    </message>
    <message>
        <source>Delete this stakeholder?</source>
        <translation>Supprimer cet acteur ?</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Vous pouvez annuler cette action.</translation>
    </message>
    <message>
        <source>Also removed: {items}.</source>
        <translation>Seront aussi supprimés : {items}.</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>ClusterDesk projects ({patterns})</source>
        <translation>Projets ClusterDesk ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Tous les fichiers ({patterns})</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>{file} was upgraded from format {version}; save to keep it.</source>
        <translation>{file} a été mis à jour depuis le format {version} ; enregistrez-le pour conserver la mise à jour.</translation>
    </message>
    <message>
        <source>{file} is read-only: use Save As to keep changes.</source>
        <translation>{file} est en lecture seule : utilisez « Enregistrer sous » pour conserver les modifications.</translation>
    </message>
    <message>
        <source>Sample project: Save As to keep your changes</source>
        <translation>Projet d’exemple : utilisez « Enregistrer sous » pour conserver vos modifications</translation>
    </message>
    <message>
        <source>{file} was changed by another program since you opened it.</source>
        <translation>{file} a été modifié par un autre programme depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <source>Saving replaces those changes with yours; the replaced file is kept as a .bak backup. Use Save As to keep both.</source>
        <translation>L’enregistrement remplace ces modifications par les vôtres ; le fichier remplacé est conservé en copie de sauvegarde .bak. Utilisez « Enregistrer sous » pour garder les deux.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>The project file is in use.</source>
        <translation>Le fichier du projet est en cours d’utilisation.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Recovered work is shown as unsaved changes: save it to keep it.</source>
        <translation>Le travail récupéré apparaît comme des modifications non enregistrées : enregistrez-le pour le conserver.</translation>
    </message>
    <message>
        <source>last autosaved {time} (UTC)</source>
        <translation>dernier enregistrement automatique : {time} (UTC)</translation>
    </message>
    <message>
        <source>last autosaved at an unknown time</source>
        <translation>date du dernier enregistrement automatique inconnue</translation>
    </message>
    <message>
        <source>Unsaved work on “{cluster}” of {file}, {autosaved}.</source>
        <translation>Travail non enregistré sur « {cluster} », fichier {file} ; {autosaved}.</translation>
    </message>
    <message>
        <source>Unsaved work on “{cluster}” of a project that was never saved, {autosaved}.</source>
        <translation>Travail non enregistré sur « {cluster} », un projet jamais enregistré ; {autosaved}.</translation>
    </message>
    <message>
        <source>QGIS was not found on this computer.</source>
        <translation>QGIS est introuvable sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Opening {file} in QGIS…</source>
        <translation>Ouverture de {file} dans QGIS…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>ClusterDesk ran out of memory. Save your work, close other programs and try again.</source>
        <translation>ClusterDesk manque de mémoire. Enregistrez votre travail, fermez d’autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>A file operation failed: {reason}. Check the disk space and permissions.</source>
        <translation>Une opération sur un fichier a échoué : {reason}. Vérifiez l’espace disque et les autorisations.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). Your project is unchanged unless you saved; save under a new name if in doubt.</source>
        <translation>Une erreur inattendue s’est produite ({error}). Votre projet n’a pas changé, sauf si vous l’avez enregistré ; en cas de doute, enregistrez-le sous un autre nom.</translation>
    </message>
    <message>
        <source>The details were written to {path}.</source>
        <translation>Les détails ont été écrits dans {path}.</translation>
    </message>
</context>
<context>
    <name>ExportViewDialog</name>
    <message>
        <source>Export map view</source>
        <translation>Exporter la vue de la carte</translation>
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
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>&amp;Largeur</translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation>&amp;Hauteur</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Résolution</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Legend of the stakeholder kinds shown</source>
        <translation>Lé&amp;gende des types d’acteurs affichés</translation>
    </message>
    <message>
        <source>&amp;Scale bar</source>
        <translation>Barre d’é&amp;chelle</translation>
    </message>
    <message>
        <source>&amp;North arrow</source>
        <translation>Flèche du &amp;nord</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>PNG image ({patterns})</source>
        <translation>Image PNG ({patterns})</translation>
    </message>
    <message>
        <source>SVG drawing ({patterns})</source>
        <translation>Dessin SVG ({patterns})</translation>
    </message>
    <message>
        <source>PDF document ({patterns})</source>
        <translation>Document PDF ({patterns})</translation>
    </message>
    <message>
        <source>The file name must end in .png, .svg or .pdf.</source>
        <translation>Le nom du fichier doit se terminer par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Le dossier n’existe pas.</translation>
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
        <translation>Échelle de la carte</translation>
    </message>
    <message>
        <source>Cursor position (WGS 84)</source>
        <translation>Position du curseur (WGS 84)</translation>
    </message>
    <message>
        <source>Online map tiles unavailable — showing the offline basemap</source>
        <translation>Tuiles de carte en ligne indisponibles — affichage du fond de carte hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholder(s)</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln relation(s)</source>
        <translation>
            <numerusform>%Ln relation</numerusform>
            <numerusform>%Ln relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionné</numerusform>
            <numerusform>%Ln sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>Aucune sélection</translation>
    </message>
</context>
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
        <source>Open from Ser&amp;ver…</source>
        <translation>Ouvrir depuis le ser&amp;veur…</translation>
    </message>
    <message>
        <source>Open a team project kept on a PostgreSQL server</source>
        <translation>Ouvrir un projet d’équipe conservé sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>S&amp;ynchronise with Server</source>
        <translation>S&amp;ynchroniser avec le serveur</translation>
    </message>
    <message>
        <source>Send the changes of this checked-out copy to the server and receive the others'</source>
        <translation>Envoyer au serveur les modifications de cette copie extraite et recevoir celles des autres</translation>
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
        <source>Import survey &amp;responses…</source>
        <translation>Importer des &amp;réponses d'enquête…</translation>
    </message>
    <message>
        <source>Import a KoboToolbox or ODK data export into a survey of the project</source>
        <translation>Importer un export de données KoboToolbox ou ODK dans une enquête du projet</translation>
    </message>
    <message>
        <source>Import action &amp;plan…</source>
        <translation>Importer un &amp;plan d'action…</translation>
    </message>
    <message>
        <source>Import an action plan from MS Project XML, Primavera P6 XML, GanttProject or CSV</source>
        <translation>Importer un plan d'action depuis un XML MS Project, un XML Primavera P6, GanttProject ou un CSV</translation>
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
        <source>Project &amp;Details…</source>
        <translation>&amp;Détails du projet…</translation>
    </message>
    <message>
        <source>Name, phase, agency, dates, country, sector and language</source>
        <translation>Nom, phase, agence, dates, pays, secteur et langue</translation>
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
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <source>(sample)</source>
        <translation>(exemple)</translation>
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
        <source>Could not write the recovery copy: {error}</source>
        <translation>Impossible d’écrire la copie de récupération : {error}</translation>
    </message>
    <message>
        <source>Recovery copy saved</source>
        <translation>Copie de récupération enregistrée</translation>
    </message>
    <message>
        <source>Stakeholder tables ({patterns})</source>
        <translation>Tableaux d’acteurs ({patterns})</translation>
    </message>
    <message>
        <source>Import stakeholders</source>
        <translation>Importer des acteurs</translation>
    </message>
    <message>
        <source>{title} map</source>
        <translation>Carte {title}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Exporté : {path}</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of ClusterDesk.</source>
        <translation>Le guide de l’utilisateur n’est pas installé avec cette copie de ClusterDesk.</translation>
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
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>Put the panels back where they were at first start</source>
        <translation>Remet les panneaux à leur place du premier démarrage</translation>
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
    <message>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>Show or hide the panels around the map</source>
        <translation>Afficher ou masquer les panneaux autour de la carte</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>e.g. Atuntaqui garments</source>
        <translation>p. ex. Confection d’Atuntaqui</translation>
    </message>
    <message>
        <source>The pack, the web map and the QGIS styles are printed in it.</source>
        <translation>Le dossier, la carte web et les styles QGIS sont produits dans cette langue.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Cluster &amp;name</source>
        <translation>&amp;Nom du cluster</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>&amp;Sector (ISIC Rev.4)</source>
        <translation>&amp;Secteur (CITI Rév.4)</translation>
    </message>
    <message>
        <source>Project &amp;language</source>
        <translation>&amp;Langue du projet</translation>
    </message>
    <message>
        <source>Choose the country from the list (e.g. Ecuador or EC), or leave it empty.</source>
        <translation>Choisissez le pays dans la liste (p. ex. Équateur ou EC) ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation>&amp;Enregistrer sous</translation>
    </message>
    <message>
        <source>ClusterDesk projects ({patterns})</source>
        <translation>Projets ClusterDesk ({patterns})</translation>
    </message>
    <message>
        <source>Enter the cluster's name.</source>
        <translation>Saisissez le nom du cluster.</translation>
    </message>
    <message>
        <source>Choose where to save the project.</source>
        <translation>Choisissez où enregistrer le projet.</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name.</source>
        <translation>{file} existe déjà ; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Institutional capacity</source>
        <translation>Capacité institutionnelle</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
</context>
<context>
    <name>PlaceStakeholderDialog</name>
    <message>
        <source>New stakeholder</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <source>Name of the enterprise or institution</source>
        <translation>Nom de l’entreprise ou de l’institution</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Show the start page</source>
        <translation>Afficher la page d’accueil</translation>
    </message>
    <message>
        <source>Reopen the last project</source>
        <translation>Rouvrir le dernier projet</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>A new language shows when ClusterDesk starts again.</source>
        <translation>La nouvelle langue s’affichera au prochain démarrage de ClusterDesk.</translation>
    </message>
    <message>
        <source>Save a recovery copy &amp;every</source>
        <translation>Enregistrer une copie de récupération &amp;toutes les</translation>
    </message>
    <message>
        <source>On &amp;start</source>
        <translation>Au &amp;démarrage</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsDialog</name>
    <message>
        <source>e.g. USD</source>
        <translation>p. ex. USD</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Détails du projet</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>The project has a start date</source>
        <translation>Le projet a une date de début</translation>
    </message>
    <message>
        <source>The project has a planned end date</source>
        <translation>Le projet a une date de fin prévue</translation>
    </message>
    <message>
        <source>e.g. Imbabura</source>
        <translation>p. ex. Imbabura</translation>
    </message>
    <message>
        <source>as printed, e.g. Knitwear</source>
        <translation>tel qu'imprimé, p. ex. Maille</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Cluster &amp;name</source>
        <translation>&amp;Nom du cluster</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Agence</translation>
    </message>
    <message>
        <source>Agency logo</source>
        <translation>Logo de l'agence</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Date de dé&amp;but</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>Date de &amp;fin</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The pack, the web map and the QGIS styles are printed in it.</source>
        <translation>Le dossier, la carte web et les styles QGIS sont produits dans cette langue.</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <source>Place and sector</source>
        <translation>Lieu et secteur</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>Ré&amp;gion</translation>
    </message>
    <message>
        <source>Sec&amp;tor (ISIC Rev.4)</source>
        <translation>&amp;Secteur (CITI Rév.4)</translation>
    </message>
    <message>
        <source>Sector na&amp;me</source>
        <translation>Nom du sect&amp;eur</translation>
    </message>
    <message>
        <source>Enter the cluster's name.</source>
        <translation>Saisissez le nom du cluster.</translation>
    </message>
    <message>
        <source>The end date must come after the start date ({start}).</source>
        <translation>La date de fin doit suivre la date de début ({start}).</translation>
    </message>
    <message>
        <source>Choose the country from the list, or leave the field empty.</source>
        <translation>Choisissez le pays dans la liste ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Choose the currency from the list (a code such as USD), or none.</source>
        <translation>Choisissez la devise dans la liste (un code comme USD) ou aucune.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>{file} is not a PNG or JPEG image.</source>
        <translation>{file} n'est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>{task} cancelled; no file written.</source>
        <translation>{task} : annulé ; aucun fichier écrit.</translation>
    </message>
    <message>
        <source>Export action-plan pack</source>
        <translation>Exporter le dossier du plan d’action</translation>
    </message>
    <message>
        <source>{title} action plan</source>
        <translation>Plan d’action {title}</translation>
    </message>
    <message>
        <source>PDF documents ({patterns})</source>
        <translation>Documents PDF ({patterns})</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Print the pack on:</source>
        <translation>Imprimer le dossier sur :</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>Exporté : {file}</translation>
    </message>
    <message>
        <source>Action-plan pack</source>
        <translation>Dossier du plan d’action</translation>
    </message>
    <message>
        <source>Export web map</source>
        <translation>Exporter la carte web</translation>
    </message>
    <message>
        <source>{title} map</source>
        <translation>Carte {title}</translation>
    </message>
    <message>
        <source>Web pages ({patterns})</source>
        <translation>Pages web ({patterns})</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Include phone numbers and e-mail addresses in the map's pop-ups?</source>
        <translation>Inclure les numéros de téléphone et les adresses e-mail dans les fenêtres contextuelles de la carte ?</translation>
    </message>
    <message>
        <source>The file is meant to be handed out; leave them out unless everyone it reaches may see them.</source>
        <translation>Le fichier est destiné à être diffusé ; ne les incluez que si toutes les personnes qui le recevront peuvent les voir.</translation>
    </message>
    <message>
        <source>Web map</source>
        <translation>Carte web</translation>
    </message>
</context>
<context>
    <name>SectorPicker</name>
    <message>
        <source>Search by code or word, e.g. 1430 or knitted</source>
        <translation>Cherchez par code ou par mot, p. ex. 1430 ou mailles</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Aucun secteur</translation>
    </message>
    <message>
        <source>No sector chosen</source>
        <translation>Aucun secteur choisi</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Find stakeholders</source>
        <translation>Rechercher des acteurs</translation>
    </message>
    <message>
        <source>Name contains:</source>
        <translation>Le nom contient :</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholder(s) found for “{text}”</source>
        <translation>
            <numerusform>%Ln acteur trouvé pour « {text} »</numerusform>
            <numerusform>%Ln acteurs trouvés pour « {text} »</numerusform>
        </translation>
    </message>
    <message>
        <source>No stakeholder name contains “{text}”</source>
        <translation>Aucun nom d’acteur ne contient « {text} »</translation>
    </message>
    <message>
        <source>New cluster boundary</source>
        <translation>Nouvelle limite du cluster</translation>
    </message>
    <message>
        <source>Name of the area (e.g. core area, wider area):</source>
        <translation>Nom de la zone (p. ex. zone centrale, zone élargie) :</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Maps, stakeholder registry and action plans for cluster development initiatives</source>
        <translation>Cartes, registre des acteurs et plans d’action pour les initiatives de développement de clusters</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open from &amp;server…</source>
        <translation>Ouvrir depuis le &amp;serveur…</translation>
    </message>
    <message>
        <source>Open a team project kept on a PostgreSQL server</source>
        <translation>Ouvrir un projet d’équipe conservé sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>No recent projects yet. Open a project or start a new one.</source>
        <translation>Aucun projet récent pour l’instant. Ouvrez un projet ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>No sample projects were found in this installation.</source>
        <translation>Aucun projet d’exemple n’a été trouvé dans cette installation.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>Sample projects</source>
        <translation>Projets d’exemple</translation>
    </message>
</context>
</TS>