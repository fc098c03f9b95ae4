<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Presentation</name>
    <message>
        <source>Presenter&apos;s view</source>
        <translation>Mode présentateur</translation>
    </message>
    <message>
        <source>Now showing</source>
        <translation>À l&apos;écran</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>No speaker notes for this slide.</source>
        <translation>Pas de notes de l&apos;orateur pour cette diapositive.</translation>
    </message>
    <message>
        <source>Slide {number} of {total}</source>
        <translation>Diapositive {number} sur {total}</translation>
    </message>
    <message>
        <source>screen blanked (press the same key to show the slide)</source>
        <translation>écran masqué (appuyez sur la même touche pour réafficher la diapositive)</translation>
    </message>
    <message>
        <source>End of the presentation</source>
        <translation>Fin de la présentation</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>Écoulé {time}</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>This presentation has no slides yet.</source>
        <translation>Cette présentation n&apos;a pas encore de diapositives.</translation>
    </message>
    <message>
        <source>Speaker notes (N hides them)</source>
        <translation>Notes de l&apos;orateur (N les masque)</translation>
    </message>
    <message>
        <source>Go to slide {number}</source>
        <translation>Aller à la diapositive {number}</translation>
    </message>
    <message>
        <source>This view could not be prepared: {reason}</source>
        <translation>Impossible de préparer cette vue : {reason}</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>SlidesPanel</name>
    <message>
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <source>The presentation shown below</source>
        <translation>La présentation affichée ci-dessous</translation>
    </message>
    <message>
        <source>New presentation…</source>
        <translation>Nouvelle présentation…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <source>The web story and the brief take the default presentation</source>
        <translation>Le récit web et la note de synthèse reprennent la présentation par défaut</translation>
    </message>
    <message>
        <source>Delete presentation</source>
        <translation>Supprimer la présentation</translation>
    </message>
    <message>
        <source>Show the slides on</source>
        <translation>Afficher les diapositives sur</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Add this view</source>
        <translation>Ajouter cette vue</translation>
    </message>
    <message>
        <source>Add the map as it is now (extent, layers, filters, selection) as a slide</source>
        <translation>Ajouter la carte telle qu&apos;elle est (emprise, couches, filtres, sélection) comme diapositive</translation>
    </message>
    <message>
        <source>Add view</source>
        <translation>Ajouter une vue</translation>
    </message>
    <message>
        <source>Add a ready-made slide</source>
        <translation>Ajouter une diapositive prête à l&apos;emploi</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Shown to the audience under the title</source>
        <translation>Affichée au public sous le titre</translation>
    </message>
    <message>
        <source>Seen only by the presenter</source>
        <translation>Visibles par l&apos;orateur seulement</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Légende :</translation>
    </message>
    <message>
        <source>Speaker notes:</source>
        <translation>Notes de l&apos;orateur :</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Show the presentation full screen from the start</source>
        <translation>Afficher la présentation en plein écran depuis le début</translation>
    </message>
    <message>
        <source>Present from this slide</source>
        <translation>Présenter à partir de cette diapositive</translation>
    </message>
    <message>
        <source>Present (F5)</source>
        <translation>Présenter (F5)</translation>
    </message>
    <message>
        <source>From this slide (Shift+F5)</source>
        <translation>À partir de cette diapositive (Maj+F5)</translation>
    </message>
    <message>
        <source>New presentation</source>
        <translation>Nouvelle présentation</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rename presentation</source>
        <translation>Renommer la présentation</translation>
    </message>
    <message>
        <source>Map view {number}</source>
        <translation>Vue de carte {number}</translation>
    </message>
    <message>
        <source>Automatic: the largest screen other than this window&apos;s</source>
        <translation>Automatique : le plus grand écran autre que celui de cette fenêtre</translation>
    </message>
    <message>
        <source>Screen {number}</source>
        <translation>Écran {number}</translation>
    </message>
    <message>
        <source>Add slides to the presentation first.</source>
        <translation>Ajoutez d&apos;abord des diapositives à la présentation.</translation>
    </message>
</context>
</TS>
