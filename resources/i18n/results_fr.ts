<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>ChainTree</name>
    <message>
        <source>No indicators</source>
        <translation>Aucun indicateur</translation>
    </message>
    <message>
        <source>{status}: {count} of {total}</source>
        <translation>{status} : {count} sur {total}</translation>
    </message>
    <message>
        <source>{status}: {count}</source>
        <translation>{status} : {count}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Edit indicator {code}</source>
        <translation>Modifier l’indicateur {code}</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>What is counted or measured</source>
        <translation>Ce qui est compté ou mesuré</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Saisies à la main</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Valeurs réalisées</translation>
    </message>
    <message>
        <source>Survey question</source>
        <translation>Question de l'enquête</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Desired direction</source>
        <translation>Évolution souhaitée</translation>
    </message>
    <message>
        <source>Disaggregated by</source>
        <translation>Ventilé par</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Baseline source</source>
        <translation>Source de la référence</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Collection method</source>
        <translation>Méthode de collecte</translation>
    </message>
    <message>
        <source>e.g. every survey round</source>
        <translation>p. ex. à chaque vague d’enquête</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collecte</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Moyens de vérification</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Actuals are entered per reporting period.</source>
        <translation>Les valeurs réalisées sont saisies par période de rapport.</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>{value} ({period})</source>
        <translation>{value} ({period})</translation>
    </message>
    <message>
        <source>{period}: {reason}</source>
        <translation>{period} : {reason}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Latest target</source>
        <translation>Dernière cible</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>Dernier réalisé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Entered per period, or computed from the project's own records</source>
        <translation>Saisi par période, ou calculé à partir des données du projet</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculé</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>saisi</translation>
    </message>
</context>
<context>
    <name>MonitoringDialog</name>
    <message>
        <source>Monitoring settings</source>
        <translation>Paramètres du suivi</translation>
    </message>
    <message>
        <source>Reporting frequency</source>
        <translation>Fréquence des rapports</translation>
    </message>
    <message>
        <source>On track from</source>
        <translation>En bonne voie à partir de</translation>
    </message>
    <message>
        <source>At risk from</source>
        <translation>À risque à partir de</translation>
    </message>
    <message>
        <source>An indicator is on track when its actual has covered at least the first share of the progress expected by the period (from the baseline towards the target), at risk from the second share, and off track below it. A period without an actual shows as no data.</source>
        <translation>Un indicateur est en bonne voie lorsque sa valeur réalisée couvre au moins la première part de la progression attendue à la période (de la référence vers la cible), à risque à partir de la seconde part, et en retard en dessous. Une période sans valeur réalisée apparaît comme « pas de données ».</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Edit result {code}</source>
        <translation>Modifier le résultat {code}</translation>
    </message>
    <message>
        <source>Add result: {level}</source>
        <translation>Ajouter un résultat : {level}</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Contributes to</source>
        <translation>Contribue à</translation>
    </message>
    <message>
        <source>e.g. 1.2</source>
        <translation>p. ex. 1.2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The change the cluster will see</source>
        <translation>Le changement que verra le cluster</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Assumptions and risks</source>
        <translation>Hypothèses et risques</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Contributing plan actions</source>
        <translation>Actions du plan qui y contribuent</translation>
    </message>
    <message>
        <source>Click to show the action in the Gantt and its firms on the map; double-click to open the plan</source>
        <translation>Cliquer pour montrer l’action dans le Gantt et ses entreprises sur la carte ; double-cliquer pour ouvrir le plan</translation>
    </message>
    <message>
        <source>Impact…</source>
        <translation>Impact…</translation>
    </message>
    <message>
        <source>The long-term change the initiative contributes to</source>
        <translation>Le changement à long terme auquel l’initiative contribue</translation>
    </message>
    <message>
        <source>Outcome…</source>
        <translation>Effet…</translation>
    </message>
    <message>
        <source>A change in the cluster's behaviour, under an impact</source>
        <translation>Un changement de comportement dans le cluster, sous un impact</translation>
    </message>
    <message>
        <source>Output…</source>
        <translation>Extrant…</translation>
    </message>
    <message>
        <source>What the actions deliver, under an outcome</source>
        <translation>Ce que livrent les actions, sous un effet</translation>
    </message>
    <message>
        <source>Add result</source>
        <translation>Ajouter un résultat</translation>
    </message>
    <message>
        <source>Add an impact, outcome or output</source>
        <translation>Ajouter un impact, un effet ou un extrant</translation>
    </message>
    <message>
        <source>Edit result…</source>
        <translation>Modifier le résultat…</translation>
    </message>
    <message>
        <source>Edit the selected result</source>
        <translation>Modifier le résultat sélectionné</translation>
    </message>
    <message>
        <source>Delete result</source>
        <translation>Supprimer le résultat</translation>
    </message>
    <message>
        <source>Delete the selected result with the results, indicators and values under it</source>
        <translation>Supprimer le résultat sélectionné avec les résultats, indicateurs et valeurs qui en dépendent</translation>
    </message>
    <message>
        <source>Add indicator…</source>
        <translation>Ajouter un indicateur…</translation>
    </message>
    <message>
        <source>Add an indicator to the selected result</source>
        <translation>Ajouter un indicateur au résultat sélectionné</translation>
    </message>
    <message>
        <source>Edit indicator…</source>
        <translation>Modifier l’indicateur…</translation>
    </message>
    <message>
        <source>Edit the selected indicator</source>
        <translation>Modifier l’indicateur sélectionné</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Supprimer l’indicateur</translation>
    </message>
    <message>
        <source>Delete the selected indicator with its values</source>
        <translation>Supprimer l’indicateur sélectionné avec ses valeurs</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Add, edit or delete indicators</source>
        <translation>Ajouter, modifier ou supprimer des indicateurs</translation>
    </message>
    <message>
        <source>Link actions…</source>
        <translation>Lier des actions…</translation>
    </message>
    <message>
        <source>Choose the plan's objectives and actions that contribute to the selected result</source>
        <translation>Choisir les objectifs et actions du plan qui contribuent au résultat sélectionné</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Reporting frequency and the thresholds of the status rule</source>
        <translation>Fréquence des rapports et seuils de la règle d’état</translation>
    </message>
    <message>
        <source>None yet: use Link actions…</source>
        <translation>Aucune pour l’instant : utilisez Lier des actions…</translation>
    </message>
    <message>
        <source>Select an indicator to see its targets and actuals</source>
        <translation>Sélectionnez un indicateur pour voir ses cibles et ses valeurs réalisées</translation>
    </message>
    <message>
        <source>Select a result first.</source>
        <translation>Sélectionnez d’abord un résultat.</translation>
    </message>
    <message>
        <source>Add an impact first: outcomes contribute to it.</source>
        <translation>Ajoutez d’abord un impact : les effets y contribuent.</translation>
    </message>
    <message>
        <source>Add an outcome first: outputs contribute to it.</source>
        <translation>Ajoutez d’abord un effet : les extrants y contribuent.</translation>
    </message>
    <message>
        <source>Select an indicator first.</source>
        <translation>Sélectionnez d’abord un indicateur.</translation>
    </message>
    <message>
        <source>The action plan has no objectives or actions yet.</source>
        <translation>Le plan d’action n’a encore ni objectifs ni actions.</translation>
    </message>
</context>
<context>
    <name>TaskLinksDialog</name>
    <message>
        <source>Plan actions contributing to result {code}</source>
        <translation>Actions du plan contribuant au résultat {code}</translation>
    </message>
    <message>
        <source>Tick the objectives and actions whose work leads to this result.</source>
        <translation>Cochez les objectifs et actions dont le travail mène à ce résultat.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No targets or actuals recorded yet</source>
        <translation>Aucune cible ni valeur réalisée enregistrée</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>gap = no data</source>
        <translation>interruption = pas de données</translation>
    </message>
</context>
<context>
    <name>ValuesEditor</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>A file name or a link to the document that proves the value</source>
        <translation>Un nom de fichier ou un lien vers le document qui atteste la valeur</translation>
    </message>
    <message>
        <source>Disaggregation</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Computed from the project</source>
        <translation>Calculé à partir du projet</translation>
    </message>
    <message>
        <source>Actuals by category in {period}</source>
        <translation>Valeurs réalisées par catégorie en {period}</translation>
    </message>
    <message>
        <source>Enter the target of {period} first: the note and the evidence go with it.</source>
        <translation>Saisissez d’abord la cible de {period} : la note et le justificatif l’accompagnent.</translation>
    </message>
    <message>
        <source>Enter the actual of {period} first: the note and the evidence go with it.</source>
        <translation>Saisissez d’abord la valeur réalisée de {period} : la note et le justificatif l’accompagnent.</translation>
    </message>
</context>
</TS>