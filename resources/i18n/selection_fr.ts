<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>SelectionDecisions</name>
    <message>
        <source>No decision recorded yet. When the candidates have been discussed, record who decided, when and why with Decision….</source>
        <translation>Aucune décision enregistrée. Une fois les candidats discutés, enregistrez qui a décidé, quand et pourquoi avec Décision….</translation>
    </message>
    <message>
        <source>{date} — decided by {who}</source>
        <translation>{date} — décision de {who}</translation>
    </message>
    <message>
        <source>Grounds: {grounds}</source>
        <translation>Motifs : {grounds}</translation>
    </message>
</context>
<context>
    <name>SelectionDialogs</name>
    <message>
        <source>Edit the selection study</source>
        <translation>Modifier l’étude de sélection</translation>
    </message>
    <message>
        <source>Start a selection study</source>
        <translation>Lancer une étude de sélection</translation>
    </message>
    <message>
        <source>e.g. Mapping of provinces 2022</source>
        <translation>p. ex. Cartographie des provinces 2022</translation>
    </message>
    <message>
        <source>The year compared; none: the latest statistics</source>
        <translation>L’année comparée ; à défaut, les statistiques les plus récentes</translation>
    </message>
    <message>
        <source>Growth is measured from this year</source>
        <translation>La croissance est mesurée depuis cette année</translation>
    </message>
    <message>
        <source>e.g. Province</source>
        <translation>p. ex. Province</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Statistics count</source>
        <translation>Les statistiques comptent</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Growth since</source>
        <translation>Croissance depuis</translation>
    </message>
    <message>
        <source>Areas are</source>
        <translation>Niveau des zones</translation>
    </message>
    <message>
        <source>Edit candidate cluster</source>
        <translation>Modifier le cluster candidat</translation>
    </message>
    <message>
        <source>Add a candidate cluster</source>
        <translation>Ajouter un cluster candidat</translation>
    </message>
    <message>
        <source>e.g. GAR-IMB</source>
        <translation>p. ex. HAB-IMB</translation>
    </message>
    <message>
        <source>e.g. Garments of Imbabura</source>
        <translation>p. ex. Habillement d’Imbabura</translation>
    </message>
    <message>
        <source>Find an area by name or code</source>
        <translation>Chercher une zone par nom ou par code</translation>
    </message>
    <message>
        <source>Import the study's areas first</source>
        <translation>Importez d’abord les zones de l’étude</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Sector (ISIC Rev.4)</source>
        <translation>Secteur (CITI Rév.4)</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Record the selection decision</source>
        <translation>Enregistrer la décision de sélection</translation>
    </message>
    <message>
        <source>e.g. Steering committee (ministry, UNIDO, donor)</source>
        <translation>p. ex. Comité de pilotage (ministère, ONUDI, bailleur)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décision de</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Outcome of each candidate</source>
        <translation>Issue pour chaque candidat</translation>
    </message>
    <message>
        <source>The weights and the ranking shown now are kept with the decision.</source>
        <translation>Les poids et le classement affichés sont conservés avec la décision.</translation>
    </message>
</context>
<context>
    <name>SelectionLabels</name>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>En réserve</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Non retenu</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Number of firms</source>
        <translation>Nombre d’entreprises</translation>
    </message>
    <message>
        <source>Value added</source>
        <translation>Valeur ajoutée</translation>
    </message>
</context>
<context>
    <name>SelectionMap</name>
    <message>
        <source>No colouring</source>
        <translation>Sans coloration</translation>
    </message>
    <message>
        <source>Location quotient</source>
        <translation>Quotient de localisation</translation>
    </message>
    <message>
        <source>Best candidate score</source>
        <translation>Meilleur score de candidat</translation>
    </message>
    <message>
        <source>Fixed, around 1</source>
        <translation>Fixes, autour de 1</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>Seuils naturels</translation>
    </message>
    <message>
        <source>Location quotient: {sector}</source>
        <translation>Quotient de localisation : {sector}</translation>
    </message>
    <message>
        <source>Best candidate score (0–100)</source>
        <translation>Meilleur score de candidat (0–100)</translation>
    </message>
</context>
<context>
    <name>SelectionMatrix</name>
    <message>
        <source>Computed: location quotient of the sector</source>
        <translation>Calculé : quotient de localisation du secteur</translation>
    </message>
    <message>
        <source>Computed: share of the national sector total</source>
        <translation>Calculé : part du total national du secteur</translation>
    </message>
    <message>
        <source>Computed: sector total in the candidate's areas</source>
        <translation>Calculé : total du secteur dans les zones du candidat</translation>
    </message>
    <message>
        <source>Computed: growth since the base year</source>
        <translation>Calculé : croissance depuis l’année de base</translation>
    </message>
    <message>
        <source>Computed: firms of the registry in the areas</source>
        <translation>Calculé : entreprises du registre dans les zones</translation>
    </message>
    <message>
        <source>Scored by hand: double-click a cell to edit it</source>
        <translation>Noté à la main : double-cliquez sur une cellule pour la modifier</translation>
    </message>
    <message>
        <source>Weight of {criterion}</source>
        <translation>Poids de {criterion}</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>No value: it counts as the worst on this criterion</source>
        <translation>Sans valeur : compte comme la pire sur ce critère</translation>
    </message>
    <message>
        <source>{value}, normalised {share} of 1</source>
        <translation>{value} ; normalisé : {share} sur 1</translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message>
        <source>Start a selection study…</source>
        <translation>Lancer une étude de sélection…</translation>
    </message>
    <message>
        <source>Compare regions and sectors on weighted criteria to choose the clusters to support</source>
        <translation>Comparer régions et secteurs sur des critères pondérés pour choisir les clusters à appuyer</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a candidate cluster</source>
        <translation>Ajouter un cluster candidat</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected candidate cluster</source>
        <translation>Modifier le cluster candidat sélectionné</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected candidate clusters</source>
        <translation>Supprimer les clusters candidats sélectionnés</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Décision…</translation>
    </message>
    <message>
        <source>Record the selection decision</source>
        <translation>Enregistrer la décision de sélection</translation>
    </message>
    <message>
        <source>Start cluster project…</source>
        <translation>Lancer le projet de cluster…</translation>
    </message>
    <message>
        <source>Start a cluster project from this candidate</source>
        <translation>Lancer un projet de cluster à partir de ce candidat</translation>
    </message>
    <message>
        <source>Study…</source>
        <translation>Étude…</translation>
    </message>
    <message>
        <source>Edit the name, measure and years of the study</source>
        <translation>Modifier le nom, la mesure et les années de l’étude</translation>
    </message>
    <message>
        <source>Colour the study's areas on the map</source>
        <translation>Colorer les zones de l’étude sur la carte</translation>
    </message>
    <message>
        <source>The sector whose location quotient colours the areas</source>
        <translation>Le secteur dont le quotient de localisation colore les zones</translation>
    </message>
    <message>
        <source>How the five classes of the map are drawn</source>
        <translation>Comment les cinq classes de la carte sont définies</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>The criterion whose weight moves</source>
        <translation>Le critère dont le poids varie</translation>
    </message>
    <message>
        <source>Sensitivity to</source>
        <translation>Sensibilité à</translation>
    </message>
    <message>
        <source>Computing the selection study</source>
        <translation>Calcul de l’étude de sélection</translation>
    </message>
    <message>
        <source>Computing the study: reading and indexing {count} figures…</source>
        <translation>Calcul de l’étude : lecture et indexation de {count} chiffres…</translation>
    </message>
    <message>
        <source>Select one candidate cluster in the ranking first.</source>
        <translation>Sélectionnez d’abord un cluster candidat dans le classement.</translation>
    </message>
    <message>
        <source>Start a cluster project from {name}</source>
        <translation>Lancer un projet de cluster à partir de {name}</translation>
    </message>
    <message>
        <source>ClusterDesk projects (*.gpkg)</source>
        <translation>Projets ClusterDesk (*.gpkg)</translation>
    </message>
    <message>
        <source>The cluster project {name} was written with {count} stakeholders.</source>
        <translation>Le projet de cluster {name} a été créé avec {count} acteurs.</translation>
    </message>
    <message>
        <source>Open it now? The selection study stays in its own file.</source>
        <translation>L’ouvrir maintenant ? L’étude de sélection reste dans son propre fichier.</translation>
    </message>
    <message>
        <source>Open the new project</source>
        <translation>Ouvrir le nouveau projet</translation>
    </message>
</context>
<context>
    <name>SelectionRanking</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
</context>
<context>
    <name>SelectionSensitivity</name>
    <message>
        <source>{leader} is the only candidate.</source>
        <translation>{leader} est le seul candidat.</translation>
    </message>
    <message>
        <source>{leader} stays first while the weight of {criterion} is {low} or more; below {low}, {below} leads.</source>
        <translation>{leader} reste en tête tant que le poids de « {criterion} » vaut {low} ou plus ; en dessous de {low}, {below} passe en tête.</translation>
    </message>
    <message>
        <source>{leader} stays first whatever the weight of {criterion}.</source>
        <translation>{leader} reste en tête quel que soit le poids de « {criterion} ».</translation>
    </message>
    <message>
        <source>{leader} stays first while the weight of {criterion} is between {low} and {high}; above {high}, {above} leads.</source>
        <translation>{leader} reste en tête tant que le poids de « {criterion} » est compris entre {low} et {high} ; au-delà de {high}, {above} passe en tête.</translation>
    </message>
    <message>
        <source>Below {low}, {below} leads.</source>
        <translation>En dessous de {low}, {below} passe en tête.</translation>
    </message>
    <message>
        <source>Weight of {criterion} → score</source>
        <translation>Poids de « {criterion} » → score</translation>
    </message>
</context>
</TS>