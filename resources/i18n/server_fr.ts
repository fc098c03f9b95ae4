<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>ServerConflicts</name>
    <message>
        <source>Conflicts with the server</source>
        <translation>Conflits avec le serveur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>Send this whole edit, written over the server's rows</source>
        <translation>Envoyer toute cette modification, écrite par-dessus les lignes du serveur</translation>
    </message>
    <message>
        <source>Drop this whole edit: its rows become the server's again</source>
        <translation>Abandonner toute cette modification : ses lignes redeviennent celles du serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be sent: rows they change were changed on the server since you read them. Nothing has been sent or overwritten: choose which version to keep. Each edit is kept or dropped whole.</source>
        <translation>
            <numerusform>%n modification n’a pas pu être envoyée : des lignes qu’elle change ont été modifiées sur le serveur depuis que vous les avez lues. Rien n’a été envoyé ni écrasé : choisissez la version à garder. Chaque modification est gardée ou abandonnée en entier.</numerusform>
            <numerusform>%n modifications n’ont pas pu être envoyées : des lignes qu’elles changent ont été modifiées sur le serveur depuis que vous les avez lues. Rien n’a été envoyé ni écrasé : choisissez la version à garder. Chaque modification est gardée ou abandonnée en entier.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre celle du serveur</translation>
    </message>
    <message>
        <source>Keep mine for &amp;all</source>
        <translation>Garder la mienne pour &amp;tous</translation>
    </message>
    <message>
        <source>Take theirs for a&amp;ll</source>
        <translation>Prendre celle du serveur pour t&amp;ous</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Décider p&amp;lus tard</translation>
    </message>
    <message>
        <source>Your changes wait in this copy; the conflicts come back at the next save</source>
        <translation>Vos modifications restent dans cette copie ; les conflits reviendront au prochain enregistrement</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Emplacement sur la carte</translation>
    </message>
    <message>
        <source>row {fid}</source>
        <translation>ligne {fid}</translation>
    </message>
    <message>
        <source>changed here and on the server</source>
        <translation>modifiée ici et sur le serveur</translation>
    </message>
    <message>
        <source>changed here, deleted on the server</source>
        <translation>modifiée ici, supprimée sur le serveur</translation>
    </message>
    <message>
        <source>deleted here, changed on the server</source>
        <translation>supprimée ici, modifiée sur le serveur</translation>
    </message>
    <message numerus="yes">
        <source>One edit of %n row(s)</source>
        <translation><numerusform>Une modification de %n ligne</numerusform><numerusform>Une modification de %n lignes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n row(s)</source>
        <translation>
            <numerusform>{table} : %n ligne</numerusform>
            <numerusform>{table} : %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Also in this edit, kept or dropped with it: {rows}</source>
        <translation>Aussi dans cette modification, gardé ou abandonné avec elle : {rows}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
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
        <source>map shape ({kind})</source>
        <translation>géométrie cartographique ({kind})</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>The database has no PostGIS: ask its administrator to run CREATE EXTENSION postgis.</source>
        <translation>La base de données n’a pas PostGIS : demandez à son administrateur d’exécuter CREATE EXTENSION postgis.</translation>
    </message>
    <message>
        <source>Connected, but this database holds no ClusterDesk projects yet. Publish one with clusterdesk server publish PROJECT.gpkg ADDRESS.</source>
        <translation>Connecté, mais cette base de données ne contient encore aucun projet ClusterDesk. Publiez-en un avec clusterdesk server publish PROJET.gpkg ADRESSE.</translation>
    </message>
    <message>
        <source>Connected: PostGIS {version}.</source>
        <translation>Connecté : PostGIS {version}.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The server asks for a password: enter it.</source>
        <translation>Le serveur demande un mot de passe : saisissez-le.</translation>
    </message>
    <message>
        <source>There is no database of that name on the server.</source>
        <translation>Il n’y a pas de base de données de ce nom sur le serveur.</translation>
    </message>
    <message>
        <source>The server knows no user of that name.</source>
        <translation>Le serveur ne connaît aucun utilisateur de ce nom.</translation>
    </message>
    <message>
        <source>The server's name cannot be found: check the host.</source>
        <translation>Le nom du serveur est introuvable : vérifiez l’hôte.</translation>
    </message>
    <message>
        <source>There is no service of that name in the pg service file.</source>
        <translation>Il n’y a pas de service de ce nom dans le fichier de services pg.</translation>
    </message>
    <message>
        <source>The server does not answer: check the host and port, and that PostgreSQL is running there.</source>
        <translation>Le serveur ne répond pas : vérifiez l’hôte et le port, et que PostgreSQL y fonctionne.</translation>
    </message>
    <message>
        <source>This user may not use that database.</source>
        <translation>Cet utilisateur n’a pas le droit d’utiliser cette base de données.</translation>
    </message>
    <message>
        <source>Cannot connect to the server.</source>
        <translation>Impossible de se connecter au serveur.</translation>
    </message>
    <message>
        <source>Open from Server</source>
        <translation>Ouvrir depuis le serveur</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>Entry of the pg ser&amp;vice file</source>
        <translation>Entrée du fichier de ser&amp;vices pg</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>name of a [section] of pg_service.conf</source>
        <translation>nom d’une [section] de pg_service.conf</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Service &amp;name:</source>
        <translation>&amp;Nom du service :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Test the connection and list the projects on the server</source>
        <translation>Tester la connexion et lister les projets du serveur</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Projects on the server:</source>
        <translation>Projets sur le serveur :</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>{project} (you have no access)</source>
        <translation>{project} (vous n’y avez pas accès)</translation>
    </message>
</context>
<context>
    <name>ServerController</name>
    <message>
        <source>Opening {project} from {server}</source>
        <translation>Ouverture de {project} depuis {server}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Team project</source>
        <translation>Projet d’équipe</translation>
    </message>
    <message>
        <source>Opened {project}: each change is saved on the server as you make it.</source>
        <translation>{project} ouvert : chaque modification est enregistrée sur le serveur dès que vous la faites.</translation>
    </message>
    <message>
        <source>on server {server} · {project} · {role}</source>
        <translation>sur le serveur {server} · {project} · {role}</translation>
    </message>
    <message>
        <source>{where} · offline, changes wait</source>
        <translation>{where} · hors ligne, modifications en attente</translation>
    </message>
    <message>
        <source>Your role on the server is {role}: you can read this project but not change it.</source>
        <translation>Votre rôle sur le serveur est {role} : vous pouvez consulter ce projet mais pas le modifier.</translation>
    </message>
    <message>
        <source>Only the project's coordinator can change this (your role is {role}).</source>
        <translation>Seul le coordinateur du projet peut modifier ceci (votre rôle est {role}).</translation>
    </message>
    <message>
        <source>Every change is saved on the server.</source>
        <translation>Toutes les modifications sont enregistrées sur le serveur.</translation>
    </message>
    <message>
        <source>Keep the changes in a project file</source>
        <translation>Garder les modifications dans un fichier de projet</translation>
    </message>
</context>
<context>
    <name>ServerSync</name>
    <message>
        <source>Synchronising with {server}…</source>
        <translation>Synchronisation avec {server}…</translation>
    </message>
    <message>
        <source>Synchronised: {sent} sent, {received} received, {conflicts} in conflict.</source>
        <translation>Synchronisé : {sent} envoyées, {received} reçues, {conflicts} en conflit.</translation>
    </message>
</context>
<context>
    <name>TeamSession</name>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>éditeur</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>no project role</source>
        <translation>aucun rôle dans le projet</translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached: %n change(s) wait in this copy and are sent when it is back.</source>
        <translation>
            <numerusform>Le serveur est injoignable : %n modification attend dans cette copie et sera envoyée à son retour.</numerusform>
            <numerusform>Le serveur est injoignable : %n modifications attendent dans cette copie et seront envoyées à son retour.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused this change: your role ({role}) may not make it.</source>
        <translation>Le serveur a refusé cette modification : votre rôle ({role}) ne le permet pas.</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>Le serveur a refusé cette modification.</translation>
    </message>
    <message>
        <source>Undoing “{action}” was reverted in your copy: the change is back. Server's reason: {reason}</source>
        <translation>L’annulation de « {action} » a été inversée dans votre copie : la modification est rétablie. Motif du serveur : {reason}</translation>
    </message>
    <message>
        <source>“{action}” was undone in your copy. Server's reason: {reason}</source>
        <translation>« {action} » a été annulé dans votre copie. Motif du serveur : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by {who} arrived from the server.</source>
        <translation>
            <numerusform>%n modification de {who} est arrivée du serveur.</numerusform>
            <numerusform>%n modifications de {who} sont arrivées du serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <source>The server is back: your changes were sent.</source>
        <translation>Le serveur répond de nouveau : vos modifications ont été envoyées.</translation>
    </message>
    <message>
        <source>The server is back.</source>
        <translation>Le serveur répond de nouveau.</translation>
    </message>
</context>
</TS>