<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>ServerConflicts</name>
    <message>
        <source>Conflicts with the server</source>
        <translation>Conflictos con el servidor</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <source>Send this whole edit, written over the server's rows</source>
        <translation>Enviar toda esta edición, escrita sobre las filas del servidor</translation>
    </message>
    <message>
        <source>Drop this whole edit: its rows become the server's again</source>
        <translation>Descartar toda esta edición: sus filas vuelven a ser las del servidor</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be sent: rows they change were changed on the server since you read them. Nothing has been sent or overwritten: choose which version to keep. Each edit is kept or dropped whole.</source>
        <translation>
            <numerusform>%n edición no se pudo enviar: las filas que cambia se modificaron en el servidor después de que las leyera. No se ha enviado ni sobrescrito nada: elija qué versión conservar. Cada edición se conserva o se descarta entera.</numerusform>
            <numerusform>%n ediciones no se pudieron enviar: las filas que cambian se modificaron en el servidor después de que las leyera. No se ha enviado ni sobrescrito nada: elija qué versión conservar. Cada edición se conserva o se descarta entera.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Tomar la del servidor</translation>
    </message>
    <message>
        <source>Keep mine for &amp;all</source>
        <translation>Conservar la mía en t&amp;odos</translation>
    </message>
    <message>
        <source>Take theirs for a&amp;ll</source>
        <translation>Tomar la del servidor en to&amp;dos</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <source>Your changes wait in this copy; the conflicts come back at the next save</source>
        <translation>Sus cambios esperan en esta copia; los conflictos volverán a aparecer al guardar de nuevo</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Ubicación en el mapa</translation>
    </message>
    <message>
        <source>row {fid}</source>
        <translation>fila {fid}</translation>
    </message>
    <message>
        <source>changed here and on the server</source>
        <translation>cambiada aquí y en el servidor</translation>
    </message>
    <message>
        <source>changed here, deleted on the server</source>
        <translation>cambiada aquí, eliminada en el servidor</translation>
    </message>
    <message>
        <source>deleted here, changed on the server</source>
        <translation>eliminada aquí, cambiada en el servidor</translation>
    </message>
    <message numerus="yes">
        <source>One edit of %n row(s)</source>
        <translation><numerusform>Una edición de %n fila</numerusform><numerusform>Una edición de %n filas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n row(s)</source>
        <translation>
            <numerusform>{table}: %n fila</numerusform>
            <numerusform>{table}: %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Also in this edit, kept or dropped with it: {rows}</source>
        <translation>También en esta edición, se conservan o se descartan con ella: {rows}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminada)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>map shape ({kind})</source>
        <translation>geometría del mapa ({kind})</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>The database has no PostGIS: ask its administrator to run CREATE EXTENSION postgis.</source>
        <translation>La base de datos no tiene PostGIS: pida a su administrador que ejecute CREATE EXTENSION postgis.</translation>
    </message>
    <message>
        <source>Connected, but this database holds no ClusterDesk projects yet. Publish one with clusterdesk server publish PROJECT.gpkg ADDRESS.</source>
        <translation>Conectado, pero esta base de datos aún no contiene proyectos de ClusterDesk. Publique uno con clusterdesk server publish PROYECTO.gpkg DIRECCIÓN.</translation>
    </message>
    <message>
        <source>Connected: PostGIS {version}.</source>
        <translation>Conectado: PostGIS {version}.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The server asks for a password: enter it.</source>
        <translation>El servidor pide una contraseña: introdúzcala.</translation>
    </message>
    <message>
        <source>There is no database of that name on the server.</source>
        <translation>No hay ninguna base de datos con ese nombre en el servidor.</translation>
    </message>
    <message>
        <source>The server knows no user of that name.</source>
        <translation>El servidor no conoce ningún usuario con ese nombre.</translation>
    </message>
    <message>
        <source>The server's name cannot be found: check the host.</source>
        <translation>No se encuentra el nombre del servidor: compruebe el host.</translation>
    </message>
    <message>
        <source>There is no service of that name in the pg service file.</source>
        <translation>No hay ningún servicio con ese nombre en el archivo de servicios pg.</translation>
    </message>
    <message>
        <source>The server does not answer: check the host and port, and that PostgreSQL is running there.</source>
        <translation>El servidor no responde: compruebe el host y el puerto, y que PostgreSQL esté en marcha allí.</translation>
    </message>
    <message>
        <source>This user may not use that database.</source>
        <translation>Este usuario no tiene permiso para usar esa base de datos.</translation>
    </message>
    <message>
        <source>Cannot connect to the server.</source>
        <translation>No se puede conectar con el servidor.</translation>
    </message>
    <message>
        <source>Open from Server</source>
        <translation>Abrir desde el servidor</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>Entry of the pg ser&amp;vice file</source>
        <translation>Entrada del archivo de ser&amp;vicios pg</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>name of a [section] of pg_service.conf</source>
        <translation>nombre de una [sección] de pg_service.conf</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Service &amp;name:</source>
        <translation>&amp;Nombre del servicio:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Test the connection and list the projects on the server</source>
        <translation>Probar la conexión y listar los proyectos del servidor</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Projects on the server:</source>
        <translation>Proyectos en el servidor:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>{project} (you have no access)</source>
        <translation>{project} (sin acceso para usted)</translation>
    </message>
</context>
<context>
    <name>ServerController</name>
    <message>
        <source>Opening {project} from {server}</source>
        <translation>Abriendo {project} desde {server}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Team project</source>
        <translation>Proyecto en equipo</translation>
    </message>
    <message>
        <source>Opened {project}: each change is saved on the server as you make it.</source>
        <translation>Se abrió {project}: cada cambio se guarda en el servidor en cuanto lo hace.</translation>
    </message>
    <message>
        <source>on server {server} · {project} · {role}</source>
        <translation>en el servidor {server} · {project} · {role}</translation>
    </message>
    <message>
        <source>{where} · offline, changes wait</source>
        <translation>{where} · sin conexión, los cambios esperan</translation>
    </message>
    <message>
        <source>Your role on the server is {role}: you can read this project but not change it.</source>
        <translation>Su rol en el servidor es {role}: puede consultar este proyecto pero no modificarlo.</translation>
    </message>
    <message>
        <source>Only the project's coordinator can change this (your role is {role}).</source>
        <translation>Solo el coordinador del proyecto puede cambiar esto (su rol es {role}).</translation>
    </message>
    <message>
        <source>Every change is saved on the server.</source>
        <translation>Todos los cambios están guardados en el servidor.</translation>
    </message>
    <message>
        <source>Keep the changes in a project file</source>
        <translation>Conservar los cambios en un archivo de proyecto</translation>
    </message>
</context>
<context>
    <name>ServerSync</name>
    <message>
        <source>Synchronising with {server}…</source>
        <translation>Sincronizando con {server}…</translation>
    </message>
    <message>
        <source>Synchronised: {sent} sent, {received} received, {conflicts} in conflict.</source>
        <translation>Sincronizado: {sent} enviados, {received} recibidos, {conflicts} en conflicto.</translation>
    </message>
</context>
<context>
    <name>TeamSession</name>
    <message>
        <source>coordinator</source>
        <translation>coordinador</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lector</translation>
    </message>
    <message>
        <source>no project role</source>
        <translation>sin rol en el proyecto</translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached: %n change(s) wait in this copy and are sent when it is back.</source>
        <translation>
            <numerusform>No se puede acceder al servidor: %n cambio espera en esta copia y se enviará cuando vuelva.</numerusform>
            <numerusform>No se puede acceder al servidor: %n cambios esperan en esta copia y se enviarán cuando vuelva.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused this change: your role ({role}) may not make it.</source>
        <translation>El servidor rechazó este cambio: su rol ({role}) no lo permite.</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>El servidor rechazó este cambio.</translation>
    </message>
    <message>
        <source>Undoing “{action}” was reverted in your copy: the change is back. Server's reason: {reason}</source>
        <translation>En su copia se revirtió la acción de deshacer «{action}»: el cambio vuelve a estar aplicado. Motivo del servidor: {reason}</translation>
    </message>
    <message>
        <source>“{action}” was undone in your copy. Server's reason: {reason}</source>
        <translation>Se deshizo «{action}» en su copia. Motivo del servidor: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by {who} arrived from the server.</source>
        <translation>
            <numerusform>Llegó del servidor %n cambio de {who}.</numerusform>
            <numerusform>Llegaron del servidor %n cambios de {who}.</numerusform>
        </translation>
    </message>
    <message>
        <source>another user</source>
        <translation>otro usuario</translation>
    </message>
    <message>
        <source>The server is back: your changes were sent.</source>
        <translation>El servidor vuelve a responder: sus cambios se enviaron.</translation>
    </message>
    <message>
        <source>The server is back.</source>
        <translation>El servidor vuelve a responder.</translation>
    </message>
</context>
</TS>