<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %Ln stakeholder</source>
        <translation>
            <numerusform>Modifier %Ln acteur</numerusform>
            <numerusform>Modifier %Ln acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln stakeholders</source>
        <translation>
            <numerusform>Modifier %Ln acteur</numerusform>
            <numerusform>Modifier %Ln acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>tag; tag</source>
        <translation>étiquette ; étiquette</translation>
    </message>
    <message>
        <source>Set kind</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <source>Set admin area</source>
        <translation>Changer la zone administrative</translation>
    </message>
    <message>
        <source>Set sector</source>
        <translation>Changer le secteur</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Ajouter des étiquettes</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Retirer des étiquettes</translation>
    </message>
    <message>
        <source>Only ticked fields change; an empty admin area or sector clears it. You can undo this.</source>
        <translation>Seuls les champs cochés changent ; une zone administrative ou un secteur vide l’efface. Vous pouvez annuler cette modification.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation>Zone administrative</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employés</translation>
    </message>
    <message>
        <source>Women employees</source>
        <translation>Femmes employées</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>Année de création</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln stakeholders</source>
        <translation>
            <numerusform>Fusionner %Ln acteur</numerusform>
            <numerusform>Fusionner %Ln acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep as&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conserver comme&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This record survives; the others are merged into it</source>
        <translation>Cet enregistrement est conservé ; les autres y sont fusionnés</translation>
    </message>
    <message>
        <source>The records hold the same values; merging keeps one of them.</source>
        <translation>Les enregistrements ont les mêmes valeurs ; la fusion en conserve un.</translation>
    </message>
    <message>
        <source>Tags of all records are kept together. Relations, contact persons and action plan references move to the record kept. You can undo this.</source>
        <translation>Les étiquettes de tous les enregistrements sont réunies. Les relations, les personnes de contact et les références du plan d’action passent à l’enregistrement conservé. Vous pouvez annuler cette fusion.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export stakeholders</source>
        <translation>Exporter les acteurs</translation>
    </message>
    <message>
        <source>Which stakeholders should be exported?</source>
        <translation>Quels acteurs faut-il exporter ?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln shown</source>
        <translation>
            <numerusform>Seulement l’acteur affiché (%Ln)</numerusform>
            <numerusform>Seulement les acteurs affichés (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln</source>
        <translation>
            <numerusform>Tous (%Ln)</numerusform>
            <numerusform>Tous (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to {file}</source>
        <translation>Exportation vers {file}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln stakeholders to {path}</source>
        <translation>
            <numerusform>%Ln acteur exporté vers {path}</numerusform>
            <numerusform>%Ln acteurs exportés vers {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryPanel</name>
    <message>
        <source>Search name, products, area, tags, contact…</source>
        <translation>Rechercher nom, produits, zone, étiquettes, contact…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation>Zone administrative</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose the columns of the table</source>
        <translation>Choisir les colonnes du tableau</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Bulk edit…</source>
        <translation>Modification groupée…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln affiché</numerusform>
            <numerusform>%Ln affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom the map here</source>
        <translation>Zoomer la carte ici</translation>
    </message>
    <message>
        <source>This stakeholder has no location on the map yet.</source>
        <translation>Cet acteur n’a pas encore d’emplacement sur la carte.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>StakeholderForm</name>
    <message>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>Kind *</source>
        <translation>Type *</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation>Zone administrative</translation>
    </message>
    <message>
        <source>Sector (ISIC)</source>
        <translation>Secteur (CITI)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employés</translation>
    </message>
    <message>
        <source>Women employees</source>
        <translation>Femmes employées</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>Année de création</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Tags (separate with ;)</source>
        <translation>Étiquettes (séparées par ;)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Stakeholder — {name}</source>
        <translation>Acteur — {name}</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Personnes de contact</translation>
    </message>
    <message>
        <source>Notes and custom fields</source>
        <translation>Notes et champs personnalisés</translation>
    </message>
    <message>
        <source>decimal degrees</source>
        <translation>degrés décimaux</translation>
    </message>
    <message>
        <source>Pick the location on the map</source>
        <translation>Choisir l’emplacement sur la carte</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Retirer le contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>This project defines no custom fields.</source>
        <translation>Ce projet ne définit aucun champ personnalisé.</translation>
    </message>
    <message>
        <source>Click the stakeholder&apos;s location on the map (Esc to cancel)</source>
        <translation>Cliquez sur l’emplacement de l’acteur sur la carte (Échap pour annuler)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field to correct before saving.</source>
        <translation>
            <numerusform>%Ln champ à corriger avant d’enregistrer.</numerusform>
            <numerusform>%Ln champs à corriger avant d’enregistrer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields to correct before saving.</source>
        <translation>
            <numerusform>%Ln champ à corriger avant d’enregistrer.</numerusform>
            <numerusform>%Ln champs à corriger avant d’enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field} doit être un nombre entier.</translation>
    </message>
    <message>
        <source>{field} must be a number.</source>
        <translation>{field} doit être un nombre.</translation>
    </message>
    <message>
        <source>{field} must be a date as YYYY-MM-DD.</source>
        <translation>{field} doit être une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} doit être du texte.</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation>Zone administrative</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employés</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Sorting stakeholders</source>
        <translation>Tri des acteurs</translation>
    </message>
    <message>
        <source>Reading filter values</source>
        <translation>Lecture des valeurs des filtres</translation>
    </message>
    <message>
        <source>Preparing sorting</source>
        <translation>Préparation du tri</translation>
    </message>
</context>
</TS>
