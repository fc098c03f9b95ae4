<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>BodyDialog</name>
    <message>
        <source>Edit body</source>
        <translation>Modifier l'organe</translation>
    </message>
    <message>
        <source>Add body</source>
        <translation>Ajouter un organe</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Institution chef de file</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Dissous le</translation>
    </message>
</context>
<context>
    <name>GovernanceAttendance</name>
    <message>
        <source>Present</source>
        <translation>Présent(e)</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Excusé(e)</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent(e)</translation>
    </message>
</context>
<context>
    <name>GovernanceBodyType</name>
    <message>
        <source>Steering Committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <source>Cluster Commission</source>
        <translation>Commission du cluster</translation>
    </message>
    <message>
        <source>Project team</source>
        <translation>Équipe de projet</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Enterprise network</source>
        <translation>Réseau d'entreprises</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>GovernanceChecks</name>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>The cluster has no Cluster Commission yet.</source>
        <translation>Le cluster n'a pas encore de Commission du cluster.</translation>
    </message>
    <message>
        <source>Every kind and sector of the registry has a seat.</source>
        <translation>Chaque type et chaque secteur du registre a un siège.</translation>
    </message>
    <message>
        <source>{group} ({count} in the registry)</source>
        <translation>{group} ({count} dans le registre)</translation>
    </message>
    <message>
        <source>Sector {code}</source>
        <translation>Secteur {code}</translation>
    </message>
    <message>
        <source>{percent} women</source>
        <translation>{percent} de femmes</translation>
    </message>
    <message>
        <source>women: {female}, men: {male}, unknown: {unknown}</source>
        <translation>femmes : {female}, hommes : {male}, non renseigné : {unknown}</translation>
    </message>
    <message>
        <source>women: {female}, men: {male}</source>
        <translation>femmes : {female}, hommes : {male}</translation>
    </message>
    <message>
        <source>Every body has a chair.</source>
        <translation>Chaque organe a une présidence.</translation>
    </message>
    <message>
        <source>{member} — {body}, until {day}</source>
        <translation>{member} — {body}, jusqu'au {day}</translation>
    </message>
    <message>
        <source>No expired terms.</source>
        <translation>Aucun mandat échu.</translation>
    </message>
    <message>
        <source>Bodies without a chair</source>
        <translation>Organes sans présidence</translation>
    </message>
    <message>
        <source>Expired terms</source>
        <translation>Mandats échus</translation>
    </message>
    <message>
        <source>No attendance taken yet.</source>
        <translation>Aucune présence relevée pour l'instant.</translation>
    </message>
    <message>
        <source>{status} ({percent}%)</source>
        <translation>{status} ({percent} %)</translation>
    </message>
    <message>
        <source>No decisions yet.</source>
        <translation>Aucune décision pour l'instant.</translation>
    </message>
    <message>
        <source>{start} – {end}: {level}</source>
        <translation>{start} – {end} : {level}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>aujourd'hui</translation>
    </message>
    <message>
        <source>No periods recorded.</source>
        <translation>Aucune période enregistrée.</translation>
    </message>
    <message>
        <source>(ticked by hand)</source>
        <translation>(coché à la main)</translation>
    </message>
    <message>
        <source>Phase-out readiness: {done} of {judged}</source>
        <translation>Préparation au retrait : {done} sur {judged}</translation>
    </message>
    <message>
        <source>As of {day}</source>
        <translation>Situation au {day}</translation>
    </message>
    <message>
        <source>Interest groups absent from the Cluster Commission</source>
        <translation>Groupes d'intérêt absents de la Commission du cluster</translation>
    </message>
    <message>
        <source>Gender balance of current members</source>
        <translation>Équilibre femmes-hommes des membres actuels</translation>
    </message>
    <message>
        <source>Attendance by body and year</source>
        <translation>Présence par organe et par année</translation>
    </message>
    <message>
        <source>Latest decisions and their follow-up</source>
        <translation>Dernières décisions et leur suivi</translation>
    </message>
    <message>
        <source>Governance maturity (who leads joint actions)</source>
        <translation>Maturité de la gouvernance (qui pilote les actions conjointes)</translation>
    </message>
</context>
<context>
    <name>GovernanceFollowUp</name>
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
        <translation>En pause</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>Aucune tâche</translation>
    </message>
    <message>
        <source>Task deleted</source>
        <translation>Tâche supprimée</translation>
    </message>
</context>
<context>
    <name>GovernanceGender</name>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>GovernanceLeadership</name>
    <message>
        <source>CDA-led</source>
        <translation>Piloté par l'ADC</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Locally owned</source>
        <translation>Piloté localement</translation>
    </message>
</context>
<context>
    <name>GovernancePanel</name>
    <message>
        <source>{percent}% of {meetings}</source>
        <translation>{percent} % sur {meetings}</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Organigramme</translation>
    </message>
    <message>
        <source>Body / member</source>
        <translation>Organe / membre</translation>
    </message>
    <message>
        <source>Type / role</source>
        <translation>Type / rôle</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Add body…</source>
        <translation>Nouvel organe…</translation>
    </message>
    <message>
        <source>Add a body (under the selected one)</source>
        <translation>Ajouter un organe (sous l'organe sélectionné)</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Nouveau membre…</translation>
    </message>
    <message>
        <source>Add a member to the selected body</source>
        <translation>Ajouter un membre à l'organe sélectionné</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected body or member</source>
        <translation>Modifier l'organe ou le membre sélectionné</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected member, or delete the selected body with its meetings</source>
        <translation>Retirer le membre sélectionné, ou supprimer l'organe sélectionné avec ses réunions</translation>
    </message>
    <message>
        <source>Who leads the cluster's joint actions from the date on the left</source>
        <translation>Qui pilote les actions conjointes du cluster à partir de la date de gauche</translation>
    </message>
    <message>
        <source>Led from</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record who leads joint actions from this date</source>
        <translation>Enregistrer qui pilote les actions conjointes à partir de cette date</translation>
    </message>
    <message>
        <source>Fit to the panel</source>
        <translation>Ajuster au panneau</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Enregistrer l'organigramme comme image</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>Save the chart as a vector drawing</source>
        <translation>Enregistrer l'organigramme comme dessin vectoriel</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Ouvrez d'abord un projet.</translation>
    </message>
    <message>
        <source>Select the body the member joins first.</source>
        <translation>Sélectionnez d'abord l'organe que le membre rejoint.</translation>
    </message>
    <message>
        <source>Select a body or a member first.</source>
        <translation>Sélectionnez d'abord un organe ou un membre.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export organisation chart</source>
        <translation>Exporter l'organigramme</translation>
    </message>
    <message>
        <source>Governance structure</source>
        <translation>Structure de gouvernance</translation>
    </message>
</context>
<context>
    <name>GovernanceReadiness</name>
    <message>
        <source>Local bodies meet without the CDA</source>
        <translation>Les organes locaux se réunissent sans l'ADC</translation>
    </message>
    <message>
        <source>Lead institutions named for the local bodies</source>
        <translation>Institutions chefs de file désignées pour les organes locaux</translation>
    </message>
    <message>
        <source>Joint actions locally owned</source>
        <translation>Actions conjointes appropriées localement</translation>
    </message>
    <message>
        <source>Tools (registry, action plan, monitoring) handed over to a local institution</source>
        <translation>Outils (registre, plan d'action, suivi) transférés à une institution locale</translation>
    </message>
    <message>
        <source>Methods (diagnostic, action planning, facilitation) handed over and practised</source>
        <translation>Méthodes (diagnostic, planification des actions, animation) transférées et mises en pratique</translation>
    </message>
    <message>
        <source>Funding for the bodies' secretariat secured after the project</source>
        <translation>Financement du secrétariat des organes assuré après le projet</translation>
    </message>
    <message numerus="yes">
        <source>{alone} of %n meetings of local bodies in the last 12 months without the CDA</source>
        <translation><numerusform>{alone} sur %n réunion des organes locaux au cours des 12 derniers mois sans l'ADC</numerusform><numerusform>{alone} sur %n réunions des organes locaux au cours des 12 derniers mois sans l'ADC</numerusform></translation>
    </message>
    <message>
        <source>no meetings of local bodies in the last 12 months</source>
        <translation>aucune réunion des organes locaux au cours des 12 derniers mois</translation>
    </message>
    <message>
        <source>no local bodies recorded</source>
        <translation>aucun organe local enregistré</translation>
    </message>
    <message>
        <source>none named for {bodies}</source>
        <translation>aucune désignée pour {bodies}</translation>
    </message>
    <message>
        <source>no maturity periods recorded</source>
        <translation>aucune période de maturité enregistrée</translation>
    </message>
    <message>
        <source>since {day}: {level}</source>
        <translation>depuis le {day} : {level}</translation>
    </message>
    <message>
        <source>done {day}</source>
        <translation>fait le {day}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
</context>
<context>
    <name>GovernanceRole</name>
    <message>
        <source>Chair</source>
        <translation>Président(e)</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation>Vice-président(e)</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur(trice)</translation>
    </message>
</context>
<context>
    <name>GovernanceTeamPosition</name>
    <message>
        <source>Project Coordinator</source>
        <translation>Coordinateur(trice) du projet</translation>
    </message>
    <message>
        <source>Cluster Development Agent</source>
        <translation>Agent de développement du cluster</translation>
    </message>
    <message>
        <source>Specialist consultant</source>
        <translation>Consultant(e) spécialisé(e)</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit a meeting of {body}</source>
        <translation>Modifier une réunion de {body}</translation>
    </message>
    <message>
        <source>Record a meeting of {body}</source>
        <translation>Enregistrer une réunion de {body}</translation>
    </message>
    <message>
        <source>The CDA took part</source>
        <translation>L'ADC a participé</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>names separated by ;</source>
        <translation>noms séparés par ;</translation>
    </message>
    <message>
        <source>one new decision per line</source>
        <translation>une nouvelle décision par ligne</translation>
    </message>
    <message>
        <source>one decision per line</source>
        <translation>une décision par ligne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <source>CDA</source>
        <translation>ADC</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Membres présents</translation>
    </message>
    <message>
        <source>Members who sent apologies</source>
        <translation>Membres excusés</translation>
    </message>
    <message>
        <source>Whether the Cluster Development Agent took part</source>
        <translation>Si l'agent de développement du cluster a participé</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Task in the plan</source>
        <translation>Tâche du plan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Record a meeting: date, attendance, minutes and decisions</source>
        <translation>Enregistrer une réunion : date, présence, procès-verbal et décisions</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Correct the selected meeting's date, attendance or minutes; add decisions</source>
        <translation>Corriger la date, la présence ou le procès-verbal de la réunion sélectionnée ; ajouter des décisions</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected meeting</source>
        <translation>Supprimer la réunion sélectionnée</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Créer une tâche</translation>
    </message>
    <message>
        <source>Turn the selected decision into an action-plan task</source>
        <translation>Transformer la décision sélectionnée en tâche du plan d'action</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{status} — {percent}%</source>
        <translation>{status} — {percent} %</translation>
    </message>
    <message>
        <source>Add a body first.</source>
        <translation>Ajoutez d'abord un organe.</translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation>Sélectionnez d'abord une réunion.</translation>
    </message>
    <message>
        <source>Select a decision first.</source>
        <translation>Sélectionnez d'abord une décision.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>(not in the registry)</source>
        <translation>(absent du registre)</translation>
    </message>
    <message>
        <source>when no contact person is on record</source>
        <translation>si aucune personne de contact n'est enregistrée</translation>
    </message>
    <message>
        <source>(from the contact person)</source>
        <translation>(celui de la personne de contact)</translation>
    </message>
    <message>
        <source>(the stakeholder's kind)</source>
        <translation>(le type de l'acteur)</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Project team position</source>
        <translation>Poste dans l'équipe de projet</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Interest group</source>
        <translation>Groupe d'intérêt</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>Mandat du</translation>
    </message>
    <message>
        <source>Term until</source>
        <translation>Mandat jusqu'au</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>OrgChart</name>
    <message>
        <source>{role}: {person}</source>
        <translation>{role} : {person}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more members</source>
        <translation><numerusform>… et %n autre membre</numerusform><numerusform>… et %n autres membres</numerusform></translation>
    </message>
    <message>
        <source>(no members yet)</source>
        <translation>(aucun membre pour l'instant)</translation>
    </message>
    <message>
        <source>Organisation chart of the cluster's governance bodies</source>
        <translation>Organigramme des organes de gouvernance du cluster</translation>
    </message>
    <message>
        <source>No governance bodies yet</source>
        <translation>Aucun organe de gouvernance pour l'instant</translation>
    </message>
</context>
</TS>