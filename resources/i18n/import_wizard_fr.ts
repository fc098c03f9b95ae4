<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>BackgroundProgress</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Arrêté ; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import stakeholders</source>
        <translation>Importer des acteurs</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln rows…</source>
        <translation>
            <numerusform>Importation de %Ln ligne…</numerusform>
            <numerusform>Importation de %Ln lignes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Importation annulée ; rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln stakeholders from {file}</source>
        <translation>
            <numerusform>%Ln acteur importé depuis {file}</numerusform>
            <numerusform>%Ln acteurs importés depuis {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Admin area</source>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <source>Year founded</source>
        <translation>Année de création</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Contact: name</source>
        <translation>Contact : nom</translation>
    </message>
    <message>
        <source>Contact: role</source>
        <translation>Contact : fonction</translation>
    </message>
    <message>
        <source>Contact: phone</source>
        <translation>Contact : téléphone</translation>
    </message>
    <message>
        <source>Contact: e-mail</source>
        <translation>Contact : courriel</translation>
    </message>
    <message>
        <source>Contact: gender</source>
        <translation>Contact : genre</translation>
    </message>
    <message>
        <source>Custom fields (JSON)</source>
        <translation>Champs personnalisés (JSON)</translation>
    </message>
    <message>
        <source>Match columns to fields</source>
        <translation>Associer les colonnes aux champs</translation>
    </message>
    <message>
        <source>The guesses come from the column names. Change any of them; a column kept as a custom field becomes a project field of its own.</source>
        <translation>Les propositions viennent des noms de colonnes. Modifiez-les au besoin ; une colonne conservée comme champ personnalisé devient un champ propre au projet.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Example values</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <source>Custom field “{key}”</source>
        <translation>Champ personnalisé « {key} »</translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns of the file match no stakeholder field.</source>
        <translation>
            <numerusform>%Ln colonne du fichier ne correspond à aucun champ d’acteur.</numerusform>
            <numerusform>%Ln colonnes du fichier ne correspondent à aucun champ d’acteur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each column kept becomes a custom field of the project (%Ln new fields). Leave them out and choose below the ones to keep as custom fields, or keep them all?</source>
        <translation>
            <numerusform>Chaque colonne conservée devient un champ personnalisé du projet (%Ln nouveau champ). Les laisser de côté et choisir ci-dessous celles à conserver comme champs personnalisés, ou les conserver toutes ?</numerusform>
            <numerusform>Chaque colonne conservée devient un champ personnalisé du projet (%Ln nouveaux champs). Les laisser de côté et choisir ci-dessous celles à conserver comme champs personnalisés, ou les conserver toutes ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep all %Ln</source>
        <translation>
            <numerusform>Tout conserver (%Ln)</numerusform>
            <numerusform>Tout conserver (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Les laisser de côté</translation>
    </message>
</context>
<context>
    <name>PlanImportWizard</name>
    <message>
        <source>Choose the plan file</source>
        <translation>Choisissez le fichier du plan</translation>
    </message>
    <message>
        <source>An action plan saved by MS Project, ProjectLibre or Primavera P6 (XML), by GanttProject (.gan) or as CSV. Nothing is written until the last page.</source>
        <translation>Un plan d'action enregistré par MS Project, ProjectLibre ou Primavera P6 (XML), par GanttProject (.gan) ou en CSV. Rien n'est écrit avant la dernière page.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>The Primavera P6 file holds several projects; one is imported</source>
        <translation>Le fichier Primavera P6 contient plusieurs projets ; un seul est importé</translation>
    </message>
    <message>
        <source>Replace the current plan</source>
        <translation>Remplacer le plan actuel</translation>
    </message>
    <message>
        <source>Remove the project's tasks first; otherwise the file's are added after them</source>
        <translation>Supprimer d'abord les tâches du projet ; sinon, celles du fichier sont ajoutées à la suite</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Project in the file</source>
        <translation>Projet du fichier</translation>
    </message>
    <message>
        <source>Action plans ({patterns})</source>
        <translation>Plans d'action ({patterns})</translation>
    </message>
    <message>
        <source>MS Project XML (*.xml)</source>
        <translation>XML MS Project (*.xml)</translation>
    </message>
    <message>
        <source>Primavera P6 XML (*.xml)</source>
        <translation>XML Primavera P6 (*.xml)</translation>
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
        <translation>Importer un plan d'action</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d’importer</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Lecture de {file}</translation>
    </message>
    <message>
        <source>Go back and tick “Replace the current plan” to load the file instead.</source>
        <translation>Revenez en arrière et cochez « Remplacer le plan actuel » pour charger le fichier à sa place.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation><numerusform>%n tâche</numerusform><numerusform>%n tâches</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n dependency</source>
        <translation><numerusform>%n dépendance</numerusform><numerusform>%n dépendances</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n dependencies</source>
        <translation><numerusform>%n dépendance</numerusform><numerusform>%n dépendances</numerusform></translation>
    </message>
    <message>
        <source>{tasks} and {links} will be imported from {file}.</source>
        <translation>{tasks} et {links} seront importées de {file}.</translation>
    </message>
    <message>
        <source>Not imported, because the action plan does not keep it:</source>
        <translation>Non importé, car le plan d'action ne le conserve pas :</translation>
    </message>
    <message>
        <source>Everything in the file is imported.</source>
        <translation>Tout le contenu du fichier est importé.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n task(s)</source>
        <translation><numerusform>Importer %n tâche</numerusform><numerusform>Importer %n tâches</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n task(s) from {file}</source>
        <translation><numerusform>%n tâche importée de {file}</numerusform><numerusform>%n tâches importées de {file}</numerusform></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Lecture de {file}</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>encodage {encoding}</translation>
    </message>
    <message>
        <source>{delimiter}-separated</source>
        <translation>séparateur « {delimiter} »</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparateur virgule</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>séparateur point-virgule</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>séparateur tabulation</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>séparateur barre verticale</translation>
    </message>
    <message>
        <source>sheet or layer '{sheet}'</source>
        <translation>feuille ou couche « {sheet} »</translation>
    </message>
    <message>
        <source>header in row {row}</source>
        <translation>en-tête en ligne {row}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln colonne</numerusform>
            <numerusform>%Ln colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{rows}&lt;/b&gt; and {columns} ({read_as}).</source>
        <translation>&lt;b&gt;{rows}&lt;/b&gt; et {columns} ({read_as}).</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows are shown.</source>
        <translation>
            <numerusform>Seule %Ln ligne est affichée.</numerusform>
            <numerusform>Les %Ln premières lignes sont affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%Ln row will be imported</source>
        <translation>
            <numerusform>%Ln ligne sera importée</numerusform>
            <numerusform>%Ln lignes seront importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows will be imported</source>
        <translation>
            <numerusform>%Ln ligne sera importée</numerusform>
            <numerusform>%Ln lignes seront importées</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{imported}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{imported}&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln with problems will not</source>
        <translation>
            <numerusform>%Ln ligne à problème ne le sera pas</numerusform>
            <numerusform>%Ln lignes à problèmes ne le seront pas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{imported}&lt;/b&gt;; {not_imported}.</source>
        <translation>&lt;b&gt;{imported}&lt;/b&gt; ; {not_imported}.</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d’importer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Save problem rows as CSV…</source>
        <translation>Enregistrer les lignes à problèmes en CSV…</translation>
    </message>
    <message>
        <source>Swap latitude and longitude columns</source>
        <translation>Intervertir les colonnes latitude et longitude</translation>
    </message>
    <message>
        <source>Read the latitude column as the longitude and the other way round</source>
        <translation>Lire la colonne latitude comme la longitude, et inversement</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln rows</source>
        <translation>
            <numerusform>Vérification de %Ln ligne</numerusform>
            <numerusform>Vérification de %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows are already in the project (same UUID) and will be skipped.</source>
        <translation>
            <numerusform>%Ln ligne est déjà dans le projet (même UUID) et sera ignorée.</numerusform>
            <numerusform>%Ln lignes sont déjà dans le projet (même UUID) et seront ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln look like duplicates; they are imported too, so check them afterwards (Merge in the registry).</source>
        <translation>
            <numerusform>%Ln ligne ressemble à un doublon ; elle est importée aussi, vérifiez-la ensuite (Fusionner dans le registre).</numerusform>
            <numerusform>%Ln lignes ressemblent à des doublons ; elles sont importées aussi, vérifiez-les ensuite (Fusionner dans le registre).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every row is already in the project.</source>
        <translation>Rien à importer : toutes les lignes sont déjà dans le projet.</translation>
    </message>
    <message>
        <source>No row can be imported. Go back and check the columns, or correct the file.</source>
        <translation>Aucune ligne ne peut être importée. Revenez en arrière et vérifiez les colonnes, ou corrigez le fichier.</translation>
    </message>
    <message>
        <source>Possible duplicate: {description}</source>
        <translation>Doublon possible : {description}</translation>
    </message>
    <message>
        <source>Skipped: in the project as stakeholder {fid} (same UUID)</source>
        <translation>Ignorée : déjà dans le projet comme acteur {fid} (même UUID)</translation>
    </message>
    <message numerus="yes">
        <source>The first {listed} of %Ln findings are listed; save them all as CSV.</source>
        <translation>
            <numerusform>Les {listed} premiers des %Ln constats sont listés ; enregistrez-les tous en CSV.</numerusform>
            <numerusform>Les {listed} premiers des %Ln constats sont listés ; enregistrez-les tous en CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln rows</source>
        <translation>
            <numerusform>Importer %Ln ligne</numerusform>
            <numerusform>Importer %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Save problem rows</source>
        <translation>Enregistrer les lignes à problèmes</translation>
    </message>
    <message>
        <source>The problem rows were saved to {path}.</source>
        <translation>Les lignes à problèmes ont été enregistrées dans {path}.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A spreadsheet (CSV, XLSX) or GIS layer (GeoJSON, Shapefile, GeoPackage) of stakeholders, one row each. Nothing is written until the last page.</source>
        <translation>Un tableur (CSV, XLSX) ou une couche SIG (GeoJSON, Shapefile, GeoPackage) d’acteurs, une ligne par acteur. Rien n’est écrit avant la dernière page.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>find it</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Sheet or layer</source>
        <translation>Feuille ou couche</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Ligne d’en-tête</translation>
    </message>
    <message>
        <source>Kind when the file has none</source>
        <translation>Type si le fichier n’en indique pas</translation>
    </message>
    <message>
        <source>Import stakeholders</source>
        <translation>Importer des acteurs</translation>
    </message>
    <message>
        <source>Stakeholder tables ({patterns})</source>
        <translation>Tables d’acteurs ({patterns})</translation>
    </message>
    <message>
        <source>{path} is not a file. Check the name and the folder.</source>
        <translation>{path} n’est pas un fichier. Vérifiez le nom et le dossier.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Files ending in {ending} cannot be imported. Use one of: {accepted}.</source>
        <translation>Les fichiers d’extension {ending} ne peuvent pas être importés. Utilisez l’une de celles-ci : {accepted}.</translation>
    </message>
</context>
<context>
    <name>SurveyImportWizard</name>
    <message>
        <source>Choose the export and its survey</source>
        <translation>Choisissez l'export et son enquête</translation>
    </message>
    <message>
        <source>A data export of the survey's form from KoboToolbox or ODK Central (CSV or XLSX), one submission a row. Nothing is written until the last page.</source>
        <translation>Un export des données du formulaire de l'enquête depuis KoboToolbox ou ODK Central (CSV ou XLSX), une soumission par ligne. Rien n'est écrit avant la dernière page.</translation>
    </message>
    <message>
        <source>The survey whose form the export comes from</source>
        <translation>L'enquête dont le formulaire a produit l'export</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Import survey responses</source>
        <translation>Importer des réponses d'enquête</translation>
    </message>
    <message>
        <source>Survey data exports ({patterns})</source>
        <translation>Exports de données d'enquête ({patterns})</translation>
    </message>
    <message>
        <source>The project has no survey yet. Add one in the Diagnostic panel's Surveys tab (New survey…), export its form, collect the answers, then import the export.</source>
        <translation>Le projet n'a pas encore d'enquête. Ajoutez-en une dans l'onglet Enquêtes du panneau Diagnostic (Nouvelle enquête…), exportez son formulaire, recueillez les réponses, puis importez l'export.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s) into {survey}</source>
        <translation>
            <numerusform>%n réponse importée dans {survey}</numerusform>
            <numerusform>%n réponses importées dans {survey}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyReviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vérifiez avant d'importer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Leave the rows with problems out and import the others</source>
        <translation>Laisser de côté les lignes à problème et importer les autres</translation>
    </message>
    <message>
        <source>Otherwise correct the cells listed in the export and choose the file again; nothing is imported while a row has a problem</source>
        <translation>Sinon, corrigez dans l'export les cellules indiquées et choisissez de nouveau le fichier ; rien n'est importé tant qu'une ligne a un problème</translation>
    </message>
    <message>
        <source>Checking the answers of {file}</source>
        <translation>Vérification des réponses de {file}</translation>
    </message>
    <message>
        <source>Left out: {reason}</source>
        <translation>Laissée de côté : {reason}</translation>
    </message>
    <message>
        <source>Nothing to import: every submission is already in the project.</source>
        <translation>Rien à importer : toutes les soumissions sont déjà dans le projet.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n response(s)</source>
        <translation>
            <numerusform>Importer %n réponse</numerusform>
            <numerusform>Importer %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the export have problems</source>
        <translation>
            <numerusform>%n ligne de l'export a des problèmes</numerusform>
            <numerusform>%n lignes de l'export ont des problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt;; nothing can be imported as it is. Correct the cells listed below in the export and choose it again, or leave those rows out.</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; ; en l'état, rien ne peut être importé. Corrigez dans l'export les cellules indiquées ci-dessous et choisissez-le de nouveau, ou laissez ces lignes de côté.</translation>
    </message>
</context>
</TS>