<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>CompletenessView</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Respondents who answered each question, of all respondents</source>
        <translation>Répondants ayant répondu à chaque question, sur l'ensemble des répondants</translation>
    </message>
    <message>
        <source>{answered} / {respondents} · {percent}</source>
        <translation>{answered} / {respondents} · {percent}</translation>
    </message>
    <message>
        <source>no respondents</source>
        <translation>aucun répondant</translation>
    </message>
</context>
<context>
    <name>NewSurveyDialog</name>
    <message>
        <source>New survey</source>
        <translation>Nouvelle enquête</translation>
    </message>
    <message>
        <source>e.g. Baseline 2024</source>
        <translation>p. ex. Situation de référence 2024</translation>
    </message>
    <message>
        <source>The survey round whose firm data and relations this survey collects</source>
        <translation>Le cycle d'enquête dont cette enquête recueille les données d'entreprises et les relations</translation>
    </message>
    <message>
        <source>Include the standard firm questions</source>
        <translation>Inclure les questions standard aux entreprises</translation>
    </message>
    <message>
        <source>Sales, exports, employees, women employees, new products and the firms worked with, asked the same way in every round</source>
        <translation>Ventes, exportations, salariés, salariées, nouveaux produits et entreprises partenaires, posées de la même façon à chaque cycle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ResponsesModel</name>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
</context>
<context>
    <name>RoundChart</name>
    <message>
        <source>Whiskers reach the answers within one and a half box heights of the box; ▲ and ▼ count the answers beyond the scale</source>
        <translation>Les moustaches vont jusqu'aux réponses situées à moins d'une hauteur et demie de boîte de la boîte ; ▲ et ▼ comptent les réponses hors de l'échelle</translation>
    </message>
    <message>
        <source>{answered} of {respondents} answered</source>
        <translation>{answered} sur {respondents} ont répondu</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>middle half of the answers</source>
        <translation>moitié centrale des réponses</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>{round}: {answered}</source>
        <translation>{round} : {answered}</translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message>
        <source>Surveys</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>The project's firm surveys; choose one to see its responses</source>
        <translation>Les enquêtes auprès des entreprises du projet ; choisissez-en une pour voir ses réponses</translation>
    </message>
    <message>
        <source>New survey…</source>
        <translation>Nouvelle enquête…</translation>
    </message>
    <message>
        <source>Add a survey of a round, with the standard firm questions</source>
        <translation>Ajouter une enquête d'un cycle, avec les questions standard aux entreprises</translation>
    </message>
    <message>
        <source>Export form…</source>
        <translation>Exporter le formulaire…</translation>
    </message>
    <message>
        <source>Write the chosen survey as an XLSForm for KoboToolbox or ODK</source>
        <translation>Écrire l'enquête choisie en XLSForm pour KoboToolbox ou ODK</translation>
    </message>
    <message>
        <source>Import responses…</source>
        <translation>Importer les réponses…</translation>
    </message>
    <message>
        <source>Read a KoboToolbox or ODK data export into the chosen survey</source>
        <translation>Lire un export de données KoboToolbox ou ODK dans l'enquête choisie</translation>
    </message>
    <message>
        <source>Completeness per question</source>
        <translation>Complétude par question</translation>
    </message>
    <message>
        <source>The question compared across the survey rounds</source>
        <translation>La question comparée entre les cycles d'enquête</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Comparer les cycles</translation>
    </message>
    <message>
        <source>No survey yet: add one with New survey…, then export its form.</source>
        <translation>Pas encore d'enquête : ajoutez-en une avec Nouvelle enquête…, puis exportez son formulaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) to {survey}</source>
        <translation><numerusform>%n réponse à {survey}</numerusform><numerusform>%n réponses à {survey}</numerusform></translation>
    </message>
    <message>
        <source>Choose a number or choice question to compare rounds.</source>
        <translation>Choisissez une question numérique ou à choix pour comparer les cycles.</translation>
    </message>
    <message>
        <source>Export the survey form</source>
        <translation>Exporter le formulaire de l'enquête</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>Classeurs XLSForm (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>The form of {survey} was written to {path} with %n firm(s) to choose from.</source>
        <translation><numerusform>Le formulaire de {survey} a été écrit dans {path} avec %n entreprise au choix.</numerusform><numerusform>Le formulaire de {survey} a été écrit dans {path} avec %n entreprises au choix.</numerusform></translation>
    </message>
</context>
</TS>