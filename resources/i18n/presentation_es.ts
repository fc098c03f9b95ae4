<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Presentation</name>
    <message>
        <source>Presenter&apos;s view</source>
        <translation>Vista del presentador</translation>
    </message>
    <message>
        <source>Now showing</source>
        <translation>En pantalla</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>No speaker notes for this slide.</source>
        <translation>Esta diapositiva no tiene notas del orador.</translation>
    </message>
    <message>
        <source>Slide {number} of {total}</source>
        <translation>Diapositiva {number} de {total}</translation>
    </message>
    <message>
        <source>screen blanked (press the same key to show the slide)</source>
        <translation>pantalla en blanco (pulse la misma tecla para volver a la diapositiva)</translation>
    </message>
    <message>
        <source>End of the presentation</source>
        <translation>Fin de la presentación</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>Transcurrido {time}</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>This presentation has no slides yet.</source>
        <translation>Esta presentación aún no tiene diapositivas.</translation>
    </message>
    <message>
        <source>Speaker notes (N hides them)</source>
        <translation>Notas del orador (N las oculta)</translation>
    </message>
    <message>
        <source>Go to slide {number}</source>
        <translation>Ir a la diapositiva {number}</translation>
    </message>
    <message>
        <source>This view could not be prepared: {reason}</source>
        <translation>No se pudo preparar esta vista: {reason}</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Todavía no hay nada que mostrar.</translation>
    </message>
</context>
<context>
    <name>SlidesPanel</name>
    <message>
        <source>Steering committee</source>
        <translation>Comité de coordinación</translation>
    </message>
    <message>
        <source>The presentation shown below</source>
        <translation>La presentación que se muestra abajo</translation>
    </message>
    <message>
        <source>New presentation…</source>
        <translation>Nueva presentación…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Hacer predeterminada</translation>
    </message>
    <message>
        <source>The web story and the brief take the default presentation</source>
        <translation>La historia web y el resumen usan la presentación predeterminada</translation>
    </message>
    <message>
        <source>Delete presentation</source>
        <translation>Eliminar presentación</translation>
    </message>
    <message>
        <source>Show the slides on</source>
        <translation>Mostrar las diapositivas en</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Add this view</source>
        <translation>Añadir esta vista</translation>
    </message>
    <message>
        <source>Add the map as it is now (extent, layers, filters, selection) as a slide</source>
        <translation>Añadir el mapa tal como está (extensión, capas, filtros, selección) como diapositiva</translation>
    </message>
    <message>
        <source>Add view</source>
        <translation>Añadir vista</translation>
    </message>
    <message>
        <source>Add a ready-made slide</source>
        <translation>Añadir una diapositiva predefinida</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Shown to the audience under the title</source>
        <translation>Se muestra al público bajo el título</translation>
    </message>
    <message>
        <source>Seen only by the presenter</source>
        <translation>Solo las ve el presentador</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Leyenda:</translation>
    </message>
    <message>
        <source>Speaker notes:</source>
        <translation>Notas del orador:</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Show the presentation full screen from the start</source>
        <translation>Mostrar la presentación a pantalla completa desde el principio</translation>
    </message>
    <message>
        <source>Present from this slide</source>
        <translation>Presentar desde esta diapositiva</translation>
    </message>
    <message>
        <source>Present (F5)</source>
        <translation>Presentar (F5)</translation>
    </message>
    <message>
        <source>From this slide (Shift+F5)</source>
        <translation>Desde esta diapositiva (Mayús+F5)</translation>
    </message>
    <message>
        <source>New presentation</source>
        <translation>Nueva presentación</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Rename presentation</source>
        <translation>Cambiar el nombre de la presentación</translation>
    </message>
    <message>
        <source>Map view {number}</source>
        <translation>Vista del mapa {number}</translation>
    </message>
    <message>
        <source>Automatic: the largest screen other than this window&apos;s</source>
        <translation>Automático: la pantalla más grande distinta de la de esta ventana</translation>
    </message>
    <message>
        <source>Screen {number}</source>
        <translation>Pantalla {number}</translation>
    </message>
    <message>
        <source>Add slides to the presentation first.</source>
        <translation>Primero añada diapositivas a la presentación.</translation>
    </message>
</context>
</TS>
