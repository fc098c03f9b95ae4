<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>RelationDialog</name>
    <message>
        <source>Edit relation</source>
        <translation>Modifier la relation</translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation>Ajouter une relation</translation>
    </message>
    <message>
        <source>From → To (untick for a mutual tie)</source>
        <translation>Origine → Destination (décochez pour un lien réciproque)</translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation>Non rompue</translation>
    </message>
    <message>
        <source>The survey round that found the tie ended; it stays in earlier rounds</source>
        <translation>La vague d’enquête qui a constaté la rupture du lien ; il reste dans les vagues antérieures</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-JJ (facultatif)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Strength (1–5)</source>
        <translation>Intensité (1–5)</translation>
    </message>
    <message>
        <source>Survey round</source>
        <translation>Vague d’enquête</translation>
    </message>
    <message>
        <source>Ended in round</source>
        <translation>Rompue lors de la vague</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Choose the stakeholder the relation starts from (type part of its name).</source>
        <translation>Choisissez l’acteur d’où part la relation (saisissez une partie de son nom).</translation>
    </message>
    <message>
        <source>Choose the stakeholder the relation goes to (type part of its name).</source>
        <translation>Choisissez l’acteur vers lequel va la relation (saisissez une partie de son nom).</translation>
    </message>
    <message>
        <source>A relation joins two different stakeholders; choose another one for To.</source>
        <translation>Une relation relie deux acteurs différents ; choisissez-en un autre comme Destination.</translation>
    </message>
    <message>
        <source>Since must be a date written YYYY-MM-DD, such as 2023-05-01, or left empty.</source>
        <translation>« Depuis » doit être une date écrite AAAA-MM-JJ, par exemple 2023-05-01, ou rester vide.</translation>
    </message>
    <message>
        <source>Name the survey round, such as baseline.</source>
        <translation>Nommez la vague d’enquête, par exemple « Situation de référence ».</translation>
    </message>
    <message>
        <source>A tie ends in a round after the one that first observed it.</source>
        <translation>Un lien se rompt dans une vague postérieure à celle qui l’a observé en premier.</translation>
    </message>
    <message>
        <source>Edit relation {source} – {target}</source>
        <translation>Modifier la relation {source} – {target}</translation>
    </message>
</context>
<context>
    <name>RelationTableModel</name>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Survey round</source>
        <translation>Vague d’enquête</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Only of the selected stakeholders</source>
        <translation>Seulement celles des acteurs sélectionnés</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the chosen relation</source>
        <translation>Modifier la relation choisie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the chosen relations</source>
        <translation>Supprimer les relations choisies</translation>
    </message>
    <message>
        <source>All survey rounds</source>
        <translation>Toutes les vagues</translation>
    </message>
    <message>
        <source>Select stakeholders on the map or in the registry to see their relations.</source>
        <translation>Sélectionnez des acteurs sur la carte ou dans le registre pour voir leurs relations.</translation>
    </message>
    <message>
        <source>No relations match.</source>
        <translation>Aucune relation ne correspond.</translation>
    </message>
    <message>
        <source>The selection has no such relations.</source>
        <translation>Les acteurs sélectionnés n’ont aucune relation de ce type.</translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of %Ln relation(s); narrow the filters to see the rest.</source>
        <translation>
            <numerusform>Les {shown} premières sur %Ln relation ; affinez les filtres pour voir les autres.</numerusform>
            <numerusform>Les {shown} premières sur %Ln relations ; affinez les filtres pour voir les autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln relation(s)</source>
        <translation>
            <numerusform>%Ln relation</numerusform>
            <numerusform>%Ln relations</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds a relation between the two selected stakeholders</source>
        <translation>Ajoute une relation entre les deux acteurs sélectionnés</translation>
    </message>
    <message>
        <source>Select two stakeholders first to fill in both ends</source>
        <translation>Sélectionnez d’abord deux acteurs pour remplir les deux extrémités</translation>
    </message>
    <message>
        <source>Delete the relation {source} – {target}?</source>
        <translation>Supprimer la relation {source} – {target} ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln relation(s)?</source>
        <translation>
            <numerusform>Supprimer %Ln relation ?</numerusform>
            <numerusform>Supprimer %Ln relations ?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Vous pourrez annuler cette action.</translation>
    </message>
</context>
<context>
    <name>StakeholderField</name>
    <message>
        <source>Type part of the name</source>
        <translation>Saisissez une partie du nom</translation>
    </message>
</context>
</TS>