<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>BudgetSource</name>
    <message>
        <source>Enterprises</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Bailleurs</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>Q{number}</source>
        <translation>T{number}</translation>
    </message>
</context>
<context>
    <name>GanttPanel</name>
    <message>
        <source>Zoom</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Scroll to today</source>
        <translation>Aller à la date du jour</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a task at the level of the selected one (an objective if none)</source>
        <translation>Ajouter une tâche au niveau de la tâche sélectionnée (un objectif si aucune ne l’est)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected task with everything under it</source>
        <translation>Supprimer la tâche sélectionnée avec tout ce qu’elle contient</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Joint action, status, budget, responsible and firms of the task</source>
        <translation>Action conjointe, état, budget, responsables et entreprises de la tâche</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Abaisser</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Hausser</translation>
    </message>
    <message>
        <source>Make it part of the task above ({keys})</source>
        <translation>En faire une partie de la tâche du dessus ({keys})</translation>
    </message>
    <message>
        <source>Move the task one level up ({keys})</source>
        <translation>Remonter la tâche d’un niveau ({keys})</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Supprimer les liens</translation>
    </message>
    <message>
        <source>Remove the dependencies of the selected task</source>
        <translation>Supprimer les dépendances de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Set baseline…</source>
        <translation>Enregistrer la référence…</translation>
    </message>
    <message>
        <source>Save the current dates to measure slippage</source>
        <translation>Enregistrer les dates actuelles pour mesurer les glissements</translation>
    </message>
    <message>
        <source>Show baseline</source>
        <translation>Afficher la référence</translation>
    </message>
    <message>
        <source>Vision…</source>
        <translation>Vision…</translation>
    </message>
    <message>
        <source>Record a newly agreed version of the cluster's vision</source>
        <translation>Enregistrer une nouvelle version adoptée de la vision du cluster</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Dependencies, baselines and the vision</source>
        <translation>Dépendances, plannings de référence et vision</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Show only the tasks of one objective, responsible, action or status</source>
        <translation>N’afficher que les tâches d’un objectif, d’un responsable, d’un type d’action ou d’un état</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>Tous les objectifs</translation>
    </message>
    <message>
        <source>All responsible</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>All joint actions</source>
        <translation>Toutes les actions conjointes</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Filters ({count})</source>
        <translation>Filtres ({count})</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>Sélectionnez d’abord une tâche.</translation>
    </message>
    <message>
        <source>Select a task that has dependencies first.</source>
        <translation>Sélectionnez d’abord une tâche qui a des dépendances.</translation>
    </message>
    <message>
        <source>No vision agreed yet: record it with {more} ▾ {vision}.</source>
        <translation>Aucune vision adoptée pour l’instant : enregistrez-la avec {more} ▾ {vision}.</translation>
    </message>
    <message>
        <source>Vision (version {version}, {agreed}): {text}</source>
        <translation>Vision (version {version}, {agreed}) : {text}</translation>
    </message>
    <message>
        <source>Vision (version {version}): {text}</source>
        <translation>Vision (version {version}) : {text}</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>The vision as agreed:</source>
        <translation>La vision telle qu’adoptée :</translation>
    </message>
    <message>
        <source>Agreed by (the body that agreed it):</source>
        <translation>Adoptée par (l’instance qui l’a adoptée) :</translation>
    </message>
    <message>
        <source>Set baseline</source>
        <translation>Enregistrer la référence</translation>
    </message>
    <message>
        <source>Name of the baseline:</source>
        <translation>Nom du planning de référence :</translation>
    </message>
    <message>
        <source>Baseline {date}</source>
        <translation>Référence {date}</translation>
    </message>
    <message>
        <source>Show only the tasks of this objective</source>
        <translation>N’afficher que les tâches de cet objectif</translation>
    </message>
    <message>
        <source>Show only the tasks of this responsible institution</source>
        <translation>N’afficher que les tâches de cette institution responsable</translation>
    </message>
    <message>
        <source>Show only the tasks of this kind of joint action</source>
        <translation>N’afficher que les tâches de ce type d’action conjointe</translation>
    </message>
    <message>
        <source>Show only the tasks with this status</source>
        <translation>N’afficher que les tâches dans cet état</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Plan entier</translation>
    </message>
    <message>
        <source>Time scale of the chart</source>
        <translation>Échelle de temps du diagramme</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>Afficher uniquement :</translation>
    </message>
</context>
<context>
    <name>JointActionType</name>
    <message>
        <source>Joint purchasing</source>
        <translation>Achats groupés</translation>
    </message>
    <message>
        <source>Joint marketing</source>
        <translation>Commercialisation commune</translation>
    </message>
    <message>
        <source>Shared equipment</source>
        <translation>Équipements partagés</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Quality standards</source>
        <translation>Normes de qualité</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>Salon professionnel</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructures</translation>
    </message>
    <message>
        <source>Policy dialogue</source>
        <translation>Dialogue sur les politiques</translation>
    </message>
    <message>
        <source>Institutional support</source>
        <translation>Appui institutionnel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>WBS</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Number of the task in the outline (work breakdown structure)</source>
        <translation>Numéro de la tâche dans l’arborescence (organigramme des tâches)</translation>
    </message>
    <message>
        <source>Duration in working days</source>
        <translation>Durée en jours ouvrés</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Pourcentage d’achèvement</translation>
    </message>
    <message>
        <source>Codes of the results this task contributes to</source>
        <translation>Codes des résultats auxquels cette tâche contribue</translation>
    </message>
    <message numerus="yes">
        <source>Total float: %n working day(s)</source>
        <translation>
            <numerusform>Marge totale : %n jour ouvré</numerusform>
            <numerusform>Marge totale : %n jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>Sur le chemin critique</translation>
    </message>
    <message>
        <source>Rename {task}</source>
        <translation>Renommer {task}</translation>
    </message>
    <message>
        <source>Progress of {task}</source>
        <translation>Avancement de {task}</translation>
    </message>
    <message>
        <source>{task}: Start needs a date as YYYY-MM-DD, not "{value}".</source>
        <translation>{task} : le début doit être une date au format AAAA-MM-JJ, et non « {value} ».</translation>
    </message>
    <message>
        <source>{task}: Days needs a whole number of working days, not "{value}".</source>
        <translation>{task} : la durée doit être un nombre entier de jours ouvrés, et non « {value} ».</translation>
    </message>
    <message>
        <source>{task}: % needs a number from 0 to 100, not "{value}".</source>
        <translation>{task} : le % doit être un nombre de 0 à 100, et non « {value} ».</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task details: {task}</source>
        <translation>Détails de la tâche : {task}</translation>
    </message>
    <message>
        <source>Amount from this source of funds: {source}</source>
        <translation>Montant de cette source de financement : {source}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Joint action</source>
        <translation>Action conjointe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>CDA in charge</source>
        <translation>ADC responsable</translation>
    </message>
    <message>
        <source>Budget ({currency})</source>
        <translation>Budget ({currency})</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Institution chef de file</translation>
    </message>
    <message>
        <source>Supporting institutions</source>
        <translation>Institutions d’appui</translation>
    </message>
    <message>
        <source>Filter firms by name</source>
        <translation>Filtrer les entreprises par nom</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Participating firms ({count})</source>
        <translation>Entreprises participantes ({count})</translation>
    </message>
    <message>
        <source>Edit {task}</source>
        <translation>Modifier {task}</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
</TS>