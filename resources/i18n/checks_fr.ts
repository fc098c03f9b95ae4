<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Run again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check the project again</source>
        <translation>Vérifier à nouveau le projet</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Show the row this finding is about in its panel or on the map</source>
        <translation>Afficher dans son panneau ou sur la carte l’enregistrement que concerne ce constat</translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation>Mettre en sourdine…</translation>
    </message>
    <message>
        <source>Stop reporting this finding, with the reason why (can be undone)</source>
        <translation>Ne plus signaler ce constat, en indiquant pourquoi (peut être annulé)</translation>
    </message>
    <message>
        <source>Report again</source>
        <translation>Signaler à nouveau</translation>
    </message>
    <message>
        <source>Lift the silence: report this finding again</source>
        <translation>Lever la sourdine : signaler à nouveau ce constat</translation>
    </message>
    <message>
        <source>Show silenced</source>
        <translation>Afficher les constats en sourdine</translation>
    </message>
    <message>
        <source>Checking the project</source>
        <translation>Vérification du projet</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The checks could not run: {error}</source>
        <translation>Les vérifications n’ont pas pu être faites : {error}</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n erreur</numerusform><numerusform>%n erreurs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n avertissement</numerusform><numerusform>%n avertissements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n remarque</numerusform><numerusform>%n remarques</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Show silenced (%n)</source>
        <translation><numerusform>Afficher les constats en sourdine (%n)</numerusform><numerusform>Afficher les constats en sourdine (%n)</numerusform></translation>
    </message>
    <message>
        <source>Silenced because: {reason}</source>
        <translation>En sourdine parce que : {reason}</translation>
    </message>
    <message>
        <source>How to fix: {fix}</source>
        <translation>Comment corriger : {fix}</translation>
    </message>
    <message>
        <source>Silence a finding</source>
        <translation>Mettre un constat en sourdine</translation>
    </message>
    <message>
        <source>Why does this finding not need fixing? The reason is kept in the project.</source>
        <translation>Pourquoi ce constat n’a-t-il pas besoin d’être corrigé ? La raison est conservée dans le projet.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Silenced because</source>
        <translation>En sourdine parce que</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found — Panels ▸ Checks</source>
        <translation><numerusform>%n problème trouvé — Panneaux ▸ Vérifications</numerusform><numerusform>%n problèmes trouvés — Panneaux ▸ Vérifications</numerusform></translation>
    </message>
</context>
</TS>