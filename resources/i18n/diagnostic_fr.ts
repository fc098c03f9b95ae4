<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>DiagnosticItemDialog</name>
    <message>
        <source>Search stakeholders</source>
        <translation>Rechercher des acteurs</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) ticked</source>
        <translation><numerusform>%n acteur coché</numerusform><numerusform>%n acteurs cochés</numerusform></translation>
    </message>
    <message>
        <source>Edit: {category}</source>
        <translation>Modifier : {category}</translation>
    </message>
    <message>
        <source>Add: {category}</source>
        <translation>Ajouter : {category}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>What the diagnostic found, in one sentence</source>
        <translation>Ce que le diagnostic a constaté, en une phrase</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Survey, interviews, workshop or data that support it</source>
        <translation>Enquête, entretiens, atelier ou données qui l'étayent</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Soulevé par</translation>
    </message>
    <message>
        <source>Plan objectives and actions answering it</source>
        <translation>Objectifs et actions du plan qui y répondent</translation>
    </message>
    <message>
        <source>The action plan has no objectives or actions yet.</source>
        <translation>Le plan d'action n'a encore ni objectifs ni actions.</translation>
    </message>
</context>
<context>
    <name>DiagnosticLabels</name>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Faiblesse</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Leverage point</source>
        <translation>Levier d'action</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Faiblesses</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Constats clés</translation>
    </message>
    <message>
        <source>Leverage points</source>
        <translation>Leviers d'action</translation>
    </message>
    <message>
        <source>Internal to the cluster: what it does well</source>
        <translation>Interne au cluster : ce qu'il fait bien</translation>
    </message>
    <message>
        <source>Internal to the cluster: what holds it back</source>
        <translation>Interne au cluster : ce qui le freine</translation>
    </message>
    <message>
        <source>In the cluster's environment: what it could seize</source>
        <translation>Dans l'environnement du cluster : ce qu'il pourrait saisir</translation>
    </message>
    <message>
        <source>In the cluster's environment: what could harm it</source>
        <translation>Dans l'environnement du cluster : ce qui pourrait lui nuire</translation>
    </message>
    <message>
        <source>What the diagnostic found about the cluster</source>
        <translation>Ce que le diagnostic a constaté sur le cluster</translation>
    </message>
    <message>
        <source>Where joint action can change the most: the starting points of the plan</source>
        <translation>Là où l'action collective peut changer le plus : les points de départ du plan</translation>
    </message>
</context>
<context>
    <name>DiagnosticLists</name>
    <message>
        <source>Evidence: {evidence}</source>
        <translation>Éléments probants : {evidence}</translation>
    </message>
    <message>
        <source>Raised by: {names}</source>
        <translation>Soulevé par : {names}</translation>
    </message>
    <message numerus="yes">
        <source>Answered by %n plan action(s)</source>
        <translation><numerusform>%n action du plan y répond</numerusform><numerusform>%n actions du plan y répondent</numerusform></translation>
    </message>
</context>
<context>
    <name>DiagnosticPanel</name>
    <message>
        <source>Plan actions answering the selected item</source>
        <translation>Actions du plan qui répondent à l'élément choisi</translation>
    </message>
    <message>
        <source>Click to show the action in the plan; double-click to bring the plan forward</source>
        <translation>Cliquez pour voir l'action dans le plan ; double-cliquez pour afficher le plan au premier plan</translation>
    </message>
    <message>
        <source>Select an item to see who raised it and the plan actions answering it.</source>
        <translation>Choisissez un élément pour voir qui l'a soulevé et les actions du plan qui y répondent.</translation>
    </message>
    <message>
        <source>Raised by: {names}</source>
        <translation>Soulevé par : {names}</translation>
    </message>
    <message>
        <source>Raised by: nobody recorded</source>
        <translation>Soulevé par : personne n'est indiqué</translation>
    </message>
    <message>
        <source>None yet: edit the item to link plan actions</source>
        <translation>Aucune pour l'instant : modifiez l'élément pour lier des actions du plan</translation>
    </message>
    <message>
        <source>Findings and leverage points</source>
        <translation>Constats et leviers d'action</translation>
    </message>
    <message>
        <source>The diagnostic report shown</source>
        <translation>Le rapport de diagnostic affiché</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a strength, weakness, opportunity, threat, finding or leverage point</source>
        <translation>Ajouter une force, une faiblesse, une opportunité, une menace, un constat ou un levier d'action</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected item, who raised it and the plan actions answering it</source>
        <translation>Modifier l'élément choisi, qui l'a soulevé et les actions du plan qui y répondent</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Supprimer l'élément choisi</translation>
    </message>
    <message>
        <source>Edit report…</source>
        <translation>Modifier le rapport…</translation>
    </message>
    <message>
        <source>Title, date, authors and summary of the report shown</source>
        <translation>Titre, date, auteurs et résumé du rapport affiché</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Nouveau rapport…</translation>
    </message>
    <message>
        <source>Start another diagnostic report, such as a later update</source>
        <translation>Commencer un autre rapport de diagnostic, par exemple une mise à jour ultérieure</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Supprimer le rapport</translation>
    </message>
    <message>
        <source>Delete the report shown with its items</source>
        <translation>Supprimer le rapport affiché avec ses éléments</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Edit, add or delete diagnostic reports</source>
        <translation>Modifier, ajouter ou supprimer des rapports de diagnostic</translation>
    </message>
    <message>
        <source>No diagnostic report yet</source>
        <translation>Pas encore de rapport de diagnostic</translation>
    </message>
    <message>
        <source>Add items directly, or use Report ▸ New report… to record its date and authors.</source>
        <translation>Ajoutez des éléments directement, ou utilisez Rapport ▸ Nouveau rapport… pour noter sa date et ses auteurs.</translation>
    </message>
    <message>
        <source>Authors: {names}</source>
        <translation>Auteurs : {names}</translation>
    </message>
    <message>
        <source>No date or authors recorded</source>
        <translation>Ni date ni auteurs indiqués</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Choisissez d'abord un élément.</translation>
    </message>
    <message>
        <source>There is no diagnostic report to delete.</source>
        <translation>Il n'y a aucun rapport de diagnostic à supprimer.</translation>
    </message>
</context>
<context>
    <name>DiagnosticReportDialog</name>
    <message>
        <source>Diagnostic report</source>
        <translation>Rapport de diagnostic</translation>
    </message>
    <message>
        <source>New diagnostic report</source>
        <translation>Nouveau rapport de diagnostic</translation>
    </message>
    <message>
        <source>e.g. Diagnostic study of the garment cluster</source>
        <translation>p. ex. Étude de diagnostic du cluster de la confection</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Daté</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Names separated by semicolons</source>
        <translation>Noms séparés par des points-virgules</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
</TS>