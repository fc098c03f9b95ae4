<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>CompareLegend</name>
    <message numerus="yes">
        <source>%Ln new tie(s) (green, solid)</source>
        <translation>
            <numerusform>%Ln nouveau lien (vert, trait plein)</numerusform>
            <numerusform>%Ln nouveaux liens (vert, trait plein)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept tie(s) (grey)</source>
        <translation>
            <numerusform>%Ln lien maintenu (gris)</numerusform>
            <numerusform>%Ln liens maintenus (gris)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ended tie(s) (red, dashed)</source>
        <translation>
            <numerusform>%Ln lien rompu (rouge, tirets)</numerusform>
            <numerusform>%Ln liens rompus (rouge, tirets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Size of a node: {measure}. {ties} relations drawn.</source>
        <translation>Taille d’un nœud : {measure}. {ties} relations dessinées.</translation>
    </message>
</context>
<context>
    <name>NetworkLabels</name>
    <message>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermédiarité</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>Eigenvector</source>
        <translation>Vecteur propre</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Itinerant broker</source>
        <translation>Intermédiaire itinérant</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Gardien</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Agent de liaison</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densité</translation>
    </message>
    <message>
        <source>Mean degree</source>
        <translation>Degré moyen</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composantes</translation>
    </message>
    <message>
        <source>In the largest component</source>
        <translation>Dans la plus grande composante</translation>
    </message>
    <message>
        <source>Isolates</source>
        <translation>Isolés</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>Clustering</translation>
    </message>
    <message>
        <source>Centralisation</source>
        <translation>Centralisation</translation>
    </message>
</context>
<context>
    <name>NetworkMeasuresModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortants</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermédiarité</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>Eigenvector</source>
        <translation>Vecteur propre</translation>
    </message>
    <message>
        <source>Brokerage role</source>
        <translation>Rôle d’intermédiaire</translation>
    </message>
</context>
<context>
    <name>NetworkMeasuresView</name>
    <message>
        <source>Find a stakeholder</source>
        <translation>Chercher un acteur</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Click to select the stakeholder on the map and in the registry</source>
        <translation>Cliquez pour sélectionner l’acteur sur la carte et dans le registre</translation>
    </message>
    <message>
        <source>Brokers: who links stakeholders that have no tie of their own</source>
        <translation>Intermédiaires : qui relient des acteurs sans lien direct entre eux</translation>
    </message>
    <message>
        <source>Isolates: stakeholders without a tie of the kinds shown</source>
        <translation>Isolés : acteurs sans lien des types affichés</translation>
    </message>
    <message>
        <source>Brokers and isolates</source>
        <translation>Intermédiaires et isolés</translation>
    </message>
    <message>
        <source>By stakeholder</source>
        <translation>Par acteur</translation>
    </message>
    <message>
        <source>Betweenness and closeness are estimated from a sample of {count} stakeholders.</source>
        <translation>L’intermédiarité et la proximité sont estimées sur un échantillon de {count} acteurs.</translation>
    </message>
    <message>
        <source>No stakeholder brokers in this network.</source>
        <translation>Aucun acteur ne joue l’intermédiaire dans ce réseau.</translation>
    </message>
    <message>
        <source>Every stakeholder has a tie.</source>
        <translation>Chaque acteur a au moins un lien.</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>The survey round whose network is shown</source>
        <translation>La vague d’enquête dont le réseau est affiché</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Show the ties that are new, kept and ended since an earlier round</source>
        <translation>Montrer les liens nouveaux, maintenus et rompus depuis une vague antérieure</translation>
    </message>
    <message>
        <source>The earlier round to compare with</source>
        <translation>La vague antérieure à laquelle comparer</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>The relation kinds the network is made of</source>
        <translation>Les types de relation qui forment le réseau</translation>
    </message>
    <message>
        <source>The measure that sizes the nodes</source>
        <translation>La mesure qui donne leur taille aux nœuds</translation>
    </message>
    <message>
        <source>Re-arrange</source>
        <translation>Redisposer</translation>
    </message>
    <message>
        <source>Lay the network out afresh for the ties shown now</source>
        <translation>Redisposer le réseau d’après les liens affichés</translation>
    </message>
    <message>
        <source>Roster…</source>
        <translation>Liste…</translation>
    </message>
    <message>
        <source>Tick the stakeholders the selected one has ties with in this round</source>
        <translation>Cocher les acteurs avec lesquels l’acteur sélectionné a des liens dans cette vague</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop laying out the network</source>
        <translation>Arrêter la disposition du réseau</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Size by</source>
        <translation>Taille selon</translation>
    </message>
    <message>
        <source>No relations yet: add relations or import a survey to see the network.</source>
        <translation>Pas encore de relations : ajoutez-en ou importez une enquête pour voir le réseau.</translation>
    </message>
    <message>
        <source>Choose at least one kind of relation.</source>
        <translation>Choisissez au moins un type de relation.</translation>
    </message>
    <message>
        <source>Laying out the network</source>
        <translation>Disposition du réseau</translation>
    </message>
    <message>
        <source>Select one stakeholder first, here or on the map.</source>
        <translation>Sélectionnez d’abord un acteur, ici ou sur la carte.</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Relations of {name} in {round}</source>
        <translation>Relations de {name} en {round}</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Chercher par nom</translation>
    </message>
    <message>
        <source>Tick the stakeholders it has this relation with in this survey round. Unticking a tie carried from an earlier round marks it ended in this round.</source>
        <translation>Cochez les acteurs avec lesquels il a cette relation dans cette vague d’enquête. Décocher un lien venu d’une vague antérieure le marque comme rompu dans cette vague.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholder(s) ticked</source>
        <translation>
            <numerusform>%Ln acteur coché</numerusform>
            <numerusform>%Ln acteurs cochés</numerusform>
        </translation>
    </message>
</context>
</TS>