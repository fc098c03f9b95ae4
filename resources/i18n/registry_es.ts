<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %Ln stakeholder</source>
        <translation>
            <numerusform>Editar %Ln actor</numerusform>
            <numerusform>Editar %Ln actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln stakeholders</source>
        <translation>
            <numerusform>Editar %Ln actor</numerusform>
            <numerusform>Editar %Ln actores</numerusform>
        </translation>
    </message>
    <message>
        <source>tag; tag</source>
        <translation>etiqueta; etiqueta</translation>
    </message>
    <message>
        <source>Set kind</source>
        <translation>Cambiar el tipo</translation>
    </message>
    <message>
        <source>Set admin area</source>
        <translation>Cambiar el área administrativa</translation>
    </message>
    <message>
        <source>Set sector</source>
        <translation>Cambiar el sector</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Añadir etiquetas</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Quitar etiquetas</translation>
    </message>
    <message>
        <source>Only ticked fields change; an empty admin area or sector clears it. You can undo this.</source>
        <translation>Solo cambian los campos marcados; un área administrativa o un sector vacío lo borra. Puede deshacer este cambio.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation>Área administrativa</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Women employees</source>
        <translation>Mujeres empleadas</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>Año de fundación</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma jurídica</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln stakeholders</source>
        <translation>
            <numerusform>Fusionar %Ln actor</numerusform>
            <numerusform>Fusionar %Ln actores</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep as&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conservar como&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This record survives; the others are merged into it</source>
        <translation>Este registro se conserva; los demás se fusionan con él</translation>
    </message>
    <message>
        <source>The records hold the same values; merging keeps one of them.</source>
        <translation>Los registros tienen los mismos valores; la fusión conserva uno de ellos.</translation>
    </message>
    <message>
        <source>Tags of all records are kept together. Relations, contact persons and action plan references move to the record kept. You can undo this.</source>
        <translation>Se conservan juntas las etiquetas de todos los registros. Las relaciones, las personas de contacto y las referencias del plan de acción pasan al registro conservado. Puede deshacer este cambio.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export stakeholders</source>
        <translation>Exportar actores</translation>
    </message>
    <message>
        <source>Which stakeholders should be exported?</source>
        <translation>¿Qué actores desea exportar?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln shown</source>
        <translation>
            <numerusform>Solo el mostrado (%Ln)</numerusform>
            <numerusform>Solo los mostrados (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln</source>
        <translation>
            <numerusform>Todos (%Ln)</numerusform>
            <numerusform>Todos (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to {file}</source>
        <translation>Exportando a {file}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln stakeholders to {path}</source>
        <translation>
            <numerusform>Se exportó %Ln actor a {path}</numerusform>
            <numerusform>Se exportaron %Ln actores a {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryPanel</name>
    <message>
        <source>Search name, products, area, tags, contact…</source>
        <translation>Buscar nombre, productos, área, etiquetas, contacto…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation>Área administrativa</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Choose the columns of the table</source>
        <translation>Elegir las columnas de la tabla</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Bulk edit…</source>
        <translation>Edición masiva…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todas las áreas</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Todos los sectores</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln mostrado</numerusform>
            <numerusform>%Ln mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom the map here</source>
        <translation>Acercar el mapa aquí</translation>
    </message>
    <message>
        <source>This stakeholder has no location on the map yet.</source>
        <translation>Este actor aún no tiene ubicación en el mapa.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>StakeholderForm</name>
    <message>
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <source>Kind *</source>
        <translation>Tipo *</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation>Área administrativa</translation>
    </message>
    <message>
        <source>Sector (ISIC)</source>
        <translation>Sector (CIIU)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Women employees</source>
        <translation>Mujeres empleadas</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>Año de fundación</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma jurídica</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Tags (separate with ;)</source>
        <translation>Etiquetas (separadas por ;)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Stakeholder — {name}</source>
        <translation>Actor — {name}</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>Nuevo actor</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Personas de contacto</translation>
    </message>
    <message>
        <source>Notes and custom fields</source>
        <translation>Notas y campos personalizados</translation>
    </message>
    <message>
        <source>decimal degrees</source>
        <translation>grados decimales</translation>
    </message>
    <message>
        <source>Pick the location on the map</source>
        <translation>Elegir la ubicación en el mapa</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Quitar contacto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>número entero</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>This project defines no custom fields.</source>
        <translation>Este proyecto no define campos personalizados.</translation>
    </message>
    <message>
        <source>Click the stakeholder&apos;s location on the map (Esc to cancel)</source>
        <translation>Haga clic en la ubicación del actor en el mapa (Esc para cancelar)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field to correct before saving.</source>
        <translation>
            <numerusform>%Ln campo por corregir antes de guardar.</numerusform>
            <numerusform>%Ln campos por corregir antes de guardar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields to correct before saving.</source>
        <translation>
            <numerusform>%Ln campo por corregir antes de guardar.</numerusform>
            <numerusform>%Ln campos por corregir antes de guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field} debe ser un número entero.</translation>
    </message>
    <message>
        <source>{field} must be a number.</source>
        <translation>{field} debe ser un número.</translation>
    </message>
    <message>
        <source>{field} must be a date as YYYY-MM-DD.</source>
        <translation>{field} debe ser una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} debe ser un texto.</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation>Área administrativa</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Fundación</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma jurídica</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Sorting stakeholders</source>
        <translation>Ordenando los actores</translation>
    </message>
    <message>
        <source>Reading filter values</source>
        <translation>Leyendo los valores de los filtros</translation>
    </message>
    <message>
        <source>Preparing sorting</source>
        <translation>Preparando la ordenación</translation>
    </message>
</context>
</TS>
