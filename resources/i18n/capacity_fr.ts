<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assess an institution</source>
        <translation>Évaluer une institution</translation>
    </message>
    <message>
        <source>Baseline, Mid-term, Final, or the date of the visit as YYYY-MM-DD</source>
        <translation>Référence, Mi-parcours, Finale, ou la date de la visite au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Date de la visite</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <source>Choose the institution that was assessed.</source>
        <translation>Choisissez l'institution évaluée.</translation>
    </message>
    <message>
        <source>Round: choose Baseline, Mid-term or Final, or type the date as YYYY-MM-DD.</source>
        <translation>Cycle : choisissez Référence, Mi-parcours ou Finale, ou saisissez la date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Score at least one indicator, or cancel.</source>
        <translation>Notez au moins un indicateur, ou annulez.</translation>
    </message>
</context>
<context>
    <name>CapacityFramework</name>
    <message>
        <source>Support institution capacity</source>
        <translation>Capacités des institutions d'appui</translation>
    </message>
    <message>
        <source>Responsiveness to the cluster's demand</source>
        <translation>Réactivité à la demande du cluster</translation>
    </message>
    <message>
        <source>Knowledge of firms' needs</source>
        <translation>Connaissance des besoins des entreprises</translation>
    </message>
    <message>
        <source>Speed and flexibility of response</source>
        <translation>Rapidité et souplesse de réponse</translation>
    </message>
    <message>
        <source>Firms' voice in service design</source>
        <translation>Voix des entreprises dans la conception des services</translation>
    </message>
    <message>
        <source>Relevance of the service portfolio</source>
        <translation>Pertinence de l'offre de services</translation>
    </message>
    <message>
        <source>Fit with the cluster's priorities</source>
        <translation>Adéquation aux priorités du cluster</translation>
    </message>
    <message>
        <source>Uptake by cluster firms</source>
        <translation>Recours des entreprises du cluster</translation>
    </message>
    <message>
        <source>Access for small firms</source>
        <translation>Accès des petites entreprises</translation>
    </message>
    <message>
        <source>Staff competence</source>
        <translation>Compétences du personnel</translation>
    </message>
    <message>
        <source>Technical knowledge of the sector</source>
        <translation>Connaissance technique du secteur</translation>
    </message>
    <message>
        <source>Advisory and facilitation skills</source>
        <translation>Compétences de conseil et d'animation</translation>
    </message>
    <message>
        <source>Staff development</source>
        <translation>Développement du personnel</translation>
    </message>
    <message>
        <source>Linkages with firms and other institutions</source>
        <translation>Liens avec les entreprises et les autres institutions</translation>
    </message>
    <message>
        <source>Contact with firms</source>
        <translation>Contacts avec les entreprises</translation>
    </message>
    <message>
        <source>Cooperation with other support institutions</source>
        <translation>Coopération avec les autres institutions d'appui</translation>
    </message>
    <message>
        <source>Links beyond the region</source>
        <translation>Liens au-delà de la région</translation>
    </message>
    <message>
        <source>Financial sustainability</source>
        <translation>Viabilité financière</translation>
    </message>
    <message>
        <source>Diversity of income</source>
        <translation>Diversité des revenus</translation>
    </message>
    <message>
        <source>Cost recovery from services</source>
        <translation>Recouvrement des coûts des services</translation>
    </message>
    <message>
        <source>Financial planning and reserves</source>
        <translation>Planification financière et réserves</translation>
    </message>
    <message>
        <source>Governance and leadership</source>
        <translation>Gouvernance et leadership</translation>
    </message>
    <message>
        <source>Strategy and mandate</source>
        <translation>Stratégie et mandat</translation>
    </message>
    <message>
        <source>Representation in decisions</source>
        <translation>Représentation dans les décisions</translation>
    </message>
    <message>
        <source>Transparency and accountability</source>
        <translation>Transparence et redevabilité</translation>
    </message>
    <message>
        <source>Monitoring capacity</source>
        <translation>Capacité de suivi</translation>
    </message>
    <message>
        <source>Records of clients and services</source>
        <translation>Registre des clients et des services</translation>
    </message>
    <message>
        <source>Measuring results for firms</source>
        <translation>Mesure des résultats pour les entreprises</translation>
    </message>
</context>
<context>
    <name>CapacityPanel</name>
    <message numerus="yes">
        <source>incomplete: {scored} of %n indicators scored</source>
        <translation><numerusform>incomplet : {scored} sur %n indicateur noté</numerusform><numerusform>incomplet : {scored} sur %n indicateurs notés</numerusform></translation>
    </message>
    <message>
        <source>{round}, {day}</source>
        <translation>{round}, {day}</translation>
    </message>
    <message>
        <source>{round} · overall {score}</source>
        <translation>{round} · note globale {score}</translation>
    </message>
    <message>
        <source>Add default framework</source>
        <translation>Ajouter le référentiel par défaut</translation>
    </message>
    <message>
        <source>Store the default framework for support institutions in this project</source>
        <translation>Enregistrer dans ce projet le référentiel par défaut pour les institutions d'appui</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Évaluer…</translation>
    </message>
    <message>
        <source>Enter or correct the scores and evidence of one institution in one round</source>
        <translation>Saisir ou corriger les notes et justificatifs d'une institution pour un cycle</translation>
    </message>
    <message>
        <source>Framework…</source>
        <translation>Référentiel…</translation>
    </message>
    <message>
        <source>Rename dimensions and indicators, rewrite the rubric, add or remove indicators</source>
        <translation>Renommer les dimensions et les indicateurs, réécrire la grille, ajouter ou supprimer des indicateurs</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>All assessments, their scores and the rubric as an Excel workbook</source>
        <translation>Toutes les évaluations, leurs notes et la grille dans un classeur Excel</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Modèle…</translation>
    </message>
    <message>
        <source>A workbook for field teams to fill in and import back</source>
        <translation>Un classeur que les équipes de terrain remplissent puis que l'on réimporte</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Read a filled-in template or a corrected export</source>
        <translation>Lire un modèle rempli ou un export corrigé</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Export the assessments, make a field template or import one</source>
        <translation>Exporter les évaluations, créer un modèle de terrain ou en importer un</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institution :</translation>
    </message>
    <message>
        <source>Double-click a row for the institution's radar chart</source>
        <translation>Double-cliquez sur une ligne pour afficher le graphique radar de l'institution</translation>
    </message>
    <message>
        <source>Compare every institution's latest round, or all in the same round</source>
        <translation>Comparer le dernier cycle de chaque institution, ou toutes dans le même cycle</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Cycle :</translation>
    </message>
    <message>
        <source>Create capacity-building action</source>
        <translation>Créer une action de renforcement des capacités</translation>
    </message>
    <message>
        <source>Add an institutional-support action to the plan, led by the institution</source>
        <translation>Ajouter au plan une action d'appui institutionnel pilotée par l'institution</translation>
    </message>
    <message>
        <source>Gap = target minus score, from the latest round in which the dimension was completely scored. Double-click a target to change it.</source>
        <translation>Écart = cible moins note, d'après le dernier cycle où la dimension a été entièrement notée. Double-cliquez sur une cible pour la modifier.</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Latest of each institution</source>
        <translation>Dernier cycle de chaque institution</translation>
    </message>
    <message>
        <source>No assessment framework in this project yet. Click “Add default framework” to start assessing support institutions.</source>
        <translation>Ce projet n'a pas encore de référentiel d'évaluation. Cliquez sur « Ajouter le référentiel par défaut » pour commencer à évaluer les institutions d'appui.</translation>
    </message>
    <message>
        <source>No institution has been assessed yet. Import a filled-in template to start.</source>
        <translation>Aucune institution n'a encore été évaluée. Importez un modèle rempli pour commencer.</translation>
    </message>
    <message>
        <source>Set target of {institution} on {dimension}</source>
        <translation>Fixer la cible de {institution} pour {dimension}</translation>
    </message>
    <message>
        <source>Default framework added. Make a template to start the baseline round.</source>
        <translation>Référentiel par défaut ajouté. Créez un modèle pour commencer le cycle de référence.</translation>
    </message>
    <message>
        <source>{institution} already has an action for {dimension} in the plan; edit it in the Action plan panel.</source>
        <translation>{institution} a déjà une action sur {dimension} dans le plan ; modifiez-la dans le panneau Plan d'action.</translation>
    </message>
    <message>
        <source>Added to the action plan: {task} (Edit ▸ Undo removes it).</source>
        <translation>Ajoutée au plan d'action : {task} (Édition ▸ Annuler la retire).</translation>
    </message>
</context>
<context>
    <name>CapacityRound</name>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Mid-term</source>
        <translation>Mi-parcours</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finale</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message numerus="yes">
        <source>{dimension}: incomplete, {scored} of %n indicators scored</source>
        <translation><numerusform>{dimension} : incomplète, {scored} sur %n indicateur noté</numerusform><numerusform>{dimension} : incomplète, {scored} sur %n indicateurs notés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No overall score: {scored} of %n indicators scored</source>
        <translation><numerusform>Pas de note globale : {scored} sur %n indicateur noté</numerusform><numerusform>Pas de note globale : {scored} sur %n indicateurs notés</numerusform></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Notés</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Globale</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplète</translation>
    </message>
</context>
<context>
    <name>FrameworkDialog</name>
    <message>
        <source>Framework: {name}</source>
        <translation>Référentiel : {name}</translation>
    </message>
    <message>
        <source>Dimensions and indicators</source>
        <translation>Dimensions et indicateurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Niveau {level}</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Appliquer les modifications</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Supprimer l'indicateur</translation>
    </message>
    <message>
        <source>Deletes the indicator, its rubric and every score given on it (undoable)</source>
        <translation>Supprime l'indicateur, sa grille et toutes les notes qui lui ont été données (annulable)</translation>
    </message>
    <message>
        <source>Changes are stored at once; Edit ▸ Undo in the main window takes them back.</source>
        <translation>Les modifications sont enregistrées immédiatement ; Édition ▸ Annuler dans la fenêtre principale les défait.</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Renommer {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>{name}: changes stored.</source>
        <translation>{name} : modifications enregistrées.</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>Indicator {code} added: name it and write its rubric, then Apply changes.</source>
        <translation>Indicateur {code} ajouté : nommez-le et rédigez sa grille, puis cliquez sur Appliquer les modifications.</translation>
    </message>
    <message>
        <source>{indicator} deleted with its scores (Edit ▸ Undo brings them back).</source>
        <translation>{indicator} supprimé avec ses notes (Édition ▸ Annuler les rétablit).</translation>
    </message>
</context>
<context>
    <name>GapModel</name>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>In plan</source>
        <translation>Dans le plan</translation>
    </message>
    <message>
        <source>Weakest indicators</source>
        <translation>Indicateurs les plus faibles</translation>
    </message>
    <message>
        <source>Double-click to change this institution's target on the dimension</source>
        <translation>Double-cliquez pour modifier la cible de cette institution pour la dimension</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>{indicator}: {score}. Next level: {rubric}</source>
        <translation>{indicator} : {score}. Niveau suivant : {rubric}</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>No assessment to show.</source>
        <translation>Aucune évaluation à afficher.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
</context>
<context>
    <name>WorkbookActions</name>
    <message numerus="yes">
        <source>Imported %n assessment(s) from {file}.</source>
        <translation><numerusform>%n évaluation importée depuis {file}.</numerusform><numerusform>%n évaluations importées depuis {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n left empty and skipped.</source>
        <translation><numerusform>%n vide ignorée.</numerusform><numerusform>%n vides ignorées.</numerusform></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exporté vers {path}.</translation>
    </message>
    <message>
        <source>Template written to {path}. Field teams fill in the yellow cells.</source>
        <translation>Modèle enregistré dans {path}. Les équipes de terrain remplissent les cellules jaunes.</translation>
    </message>
    <message>
        <source>{file} has no scores filled in; nothing was imported.</source>
        <translation>{file} ne contient aucune note ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>Export capacity assessments</source>
        <translation>Exporter les évaluations des capacités</translation>
    </message>
    <message>
        <source>Assessment template</source>
        <translation>Modèle d'évaluation</translation>
    </message>
    <message>
        <source>Round to assess:</source>
        <translation>Cycle à évaluer :</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Import capacity assessments</source>
        <translation>Importer des évaluations des capacités</translation>
    </message>
</context>
</TS>