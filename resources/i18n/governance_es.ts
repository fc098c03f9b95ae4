<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>BodyDialog</name>
    <message>
        <source>Edit body</source>
        <translation>Editar órgano</translation>
    </message>
    <message>
        <source>Add body</source>
        <translation>Añadir órgano</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Institución líder</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Disuelto</translation>
    </message>
</context>
<context>
    <name>GovernanceAttendance</name>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Ausencia justificada</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
</context>
<context>
    <name>GovernanceBodyType</name>
    <message>
        <source>Steering Committee</source>
        <translation>Comité Directivo</translation>
    </message>
    <message>
        <source>Cluster Commission</source>
        <translation>Comisión del Clúster</translation>
    </message>
    <message>
        <source>Project team</source>
        <translation>Equipo del proyecto</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Enterprise network</source>
        <translation>Red empresarial</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>GovernanceChecks</name>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>The cluster has no Cluster Commission yet.</source>
        <translation>El clúster aún no tiene Comisión del Clúster.</translation>
    </message>
    <message>
        <source>Every kind and sector of the registry has a seat.</source>
        <translation>Todos los tipos y sectores del registro tienen un puesto.</translation>
    </message>
    <message>
        <source>{group} ({count} in the registry)</source>
        <translation>{group} ({count} en el registro)</translation>
    </message>
    <message>
        <source>Sector {code}</source>
        <translation>Sector {code}</translation>
    </message>
    <message>
        <source>{percent} women</source>
        <translation>{percent} mujeres</translation>
    </message>
    <message>
        <source>women: {female}, men: {male}, unknown: {unknown}</source>
        <translation>mujeres: {female}, hombres: {male}, sin dato: {unknown}</translation>
    </message>
    <message>
        <source>women: {female}, men: {male}</source>
        <translation>mujeres: {female}, hombres: {male}</translation>
    </message>
    <message>
        <source>Every body has a chair.</source>
        <translation>Todos los órganos tienen presidencia.</translation>
    </message>
    <message>
        <source>{member} — {body}, until {day}</source>
        <translation>{member} — {body}, hasta el {day}</translation>
    </message>
    <message>
        <source>No expired terms.</source>
        <translation>No hay mandatos vencidos.</translation>
    </message>
    <message>
        <source>Bodies without a chair</source>
        <translation>Órganos sin presidencia</translation>
    </message>
    <message>
        <source>Expired terms</source>
        <translation>Mandatos vencidos</translation>
    </message>
    <message>
        <source>No attendance taken yet.</source>
        <translation>Aún no se ha registrado la asistencia.</translation>
    </message>
    <message>
        <source>{status} ({percent}%)</source>
        <translation>{status} ({percent} %)</translation>
    </message>
    <message>
        <source>No decisions yet.</source>
        <translation>Aún no hay decisiones.</translation>
    </message>
    <message>
        <source>{start} – {end}: {level}</source>
        <translation>{start} – {end}: {level}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>actualidad</translation>
    </message>
    <message>
        <source>No periods recorded.</source>
        <translation>No hay periodos registrados.</translation>
    </message>
    <message>
        <source>(ticked by hand)</source>
        <translation>(marcado a mano)</translation>
    </message>
    <message>
        <source>Phase-out readiness: {done} of {judged}</source>
        <translation>Preparación para la retirada: {done} de {judged}</translation>
    </message>
    <message>
        <source>As of {day}</source>
        <translation>A fecha de {day}</translation>
    </message>
    <message>
        <source>Interest groups absent from the Cluster Commission</source>
        <translation>Grupos de interés ausentes de la Comisión del Clúster</translation>
    </message>
    <message>
        <source>Gender balance of current members</source>
        <translation>Equilibrio de género de los miembros actuales</translation>
    </message>
    <message>
        <source>Attendance by body and year</source>
        <translation>Asistencia por órgano y año</translation>
    </message>
    <message>
        <source>Latest decisions and their follow-up</source>
        <translation>Últimas decisiones y su seguimiento</translation>
    </message>
    <message>
        <source>Governance maturity (who leads joint actions)</source>
        <translation>Madurez de la gobernanza (quién lidera las acciones conjuntas)</translation>
    </message>
</context>
<context>
    <name>GovernanceFollowUp</name>
    <message>
        <source>Not started</source>
        <translation>No iniciada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>Sin tarea</translation>
    </message>
    <message>
        <source>Task deleted</source>
        <translation>Tarea eliminada</translation>
    </message>
</context>
<context>
    <name>GovernanceGender</name>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>GovernanceLeadership</name>
    <message>
        <source>CDA-led</source>
        <translation>Lidera el ADC</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Locally owned</source>
        <translation>Liderazgo local</translation>
    </message>
</context>
<context>
    <name>GovernancePanel</name>
    <message>
        <source>{percent}% of {meetings}</source>
        <translation>{percent} % de {meetings}</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Organigrama</translation>
    </message>
    <message>
        <source>Body / member</source>
        <translation>Órgano / miembro</translation>
    </message>
    <message>
        <source>Type / role</source>
        <translation>Tipo / función</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Add body…</source>
        <translation>Nuevo órgano…</translation>
    </message>
    <message>
        <source>Add a body (under the selected one)</source>
        <translation>Añadir un órgano (dentro del seleccionado)</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Nuevo miembro…</translation>
    </message>
    <message>
        <source>Add a member to the selected body</source>
        <translation>Añadir un miembro al órgano seleccionado</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected body or member</source>
        <translation>Editar el órgano o el miembro seleccionado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected member, or delete the selected body with its meetings</source>
        <translation>Quitar el miembro seleccionado o eliminar el órgano seleccionado con sus reuniones</translation>
    </message>
    <message>
        <source>Who leads the cluster's joint actions from the date on the left</source>
        <translation>Quién lidera las acciones conjuntas del clúster a partir de la fecha de la izquierda</translation>
    </message>
    <message>
        <source>Led from</source>
        <translation>Desde el</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Record who leads joint actions from this date</source>
        <translation>Registrar quién lidera las acciones conjuntas a partir de esta fecha</translation>
    </message>
    <message>
        <source>Fit to the panel</source>
        <translation>Ajustar al panel</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Guardar el organigrama como imagen</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exportar SVG…</translation>
    </message>
    <message>
        <source>Save the chart as a vector drawing</source>
        <translation>Guardar el organigrama como dibujo vectorial</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Abra primero un proyecto.</translation>
    </message>
    <message>
        <source>Select the body the member joins first.</source>
        <translation>Seleccione primero el órgano al que se une el miembro.</translation>
    </message>
    <message>
        <source>Select a body or a member first.</source>
        <translation>Seleccione primero un órgano o un miembro.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export organisation chart</source>
        <translation>Exportar organigrama</translation>
    </message>
    <message>
        <source>Governance structure</source>
        <translation>Estructura de gobernanza</translation>
    </message>
</context>
<context>
    <name>GovernanceReadiness</name>
    <message>
        <source>Local bodies meet without the CDA</source>
        <translation>Los órganos locales se reúnen sin el ADC</translation>
    </message>
    <message>
        <source>Lead institutions named for the local bodies</source>
        <translation>Instituciones líderes designadas para los órganos locales</translation>
    </message>
    <message>
        <source>Joint actions locally owned</source>
        <translation>Acciones conjuntas con apropiación local</translation>
    </message>
    <message>
        <source>Tools (registry, action plan, monitoring) handed over to a local institution</source>
        <translation>Herramientas (registro, plan de acción, seguimiento) transferidas a una institución local</translation>
    </message>
    <message>
        <source>Methods (diagnostic, action planning, facilitation) handed over and practised</source>
        <translation>Métodos (diagnóstico, planificación de acciones, facilitación) transferidos y puestos en práctica</translation>
    </message>
    <message>
        <source>Funding for the bodies' secretariat secured after the project</source>
        <translation>Financiación de la secretaría de los órganos asegurada después del proyecto</translation>
    </message>
    <message numerus="yes">
        <source>{alone} of %n meetings of local bodies in the last 12 months without the CDA</source>
        <translation><numerusform>{alone} de %n reunión de órganos locales en los últimos 12 meses sin el ADC</numerusform><numerusform>{alone} de %n reuniones de órganos locales en los últimos 12 meses sin el ADC</numerusform></translation>
    </message>
    <message>
        <source>no meetings of local bodies in the last 12 months</source>
        <translation>ninguna reunión de órganos locales en los últimos 12 meses</translation>
    </message>
    <message>
        <source>no local bodies recorded</source>
        <translation>no hay órganos locales registrados</translation>
    </message>
    <message>
        <source>none named for {bodies}</source>
        <translation>ninguna designada para {bodies}</translation>
    </message>
    <message>
        <source>no maturity periods recorded</source>
        <translation>no hay periodos de madurez registrados</translation>
    </message>
    <message>
        <source>since {day}: {level}</source>
        <translation>desde el {day}: {level}</translation>
    </message>
    <message>
        <source>done {day}</source>
        <translation>hecho el {day}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
</context>
<context>
    <name>GovernanceRole</name>
    <message>
        <source>Chair</source>
        <translation>Presidente/a</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation>Vicepresidente/a</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretario/a</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador/a</translation>
    </message>
</context>
<context>
    <name>GovernanceTeamPosition</name>
    <message>
        <source>Project Coordinator</source>
        <translation>Coordinador/a del proyecto</translation>
    </message>
    <message>
        <source>Cluster Development Agent</source>
        <translation>Agente de Desarrollo del Clúster</translation>
    </message>
    <message>
        <source>Specialist consultant</source>
        <translation>Consultor/a especialista</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit a meeting of {body}</source>
        <translation>Editar una reunión de {body}</translation>
    </message>
    <message>
        <source>Record a meeting of {body}</source>
        <translation>Registrar una reunión de {body}</translation>
    </message>
    <message>
        <source>The CDA took part</source>
        <translation>El ADC participó</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>names separated by ;</source>
        <translation>nombres separados por ;</translation>
    </message>
    <message>
        <source>one new decision per line</source>
        <translation>una decisión nueva por línea</translation>
    </message>
    <message>
        <source>one decision per line</source>
        <translation>una decisión por línea</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Excusados</translation>
    </message>
    <message>
        <source>CDA</source>
        <translation>ADC</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Miembros presentes</translation>
    </message>
    <message>
        <source>Members who sent apologies</source>
        <translation>Miembros que excusaron su ausencia</translation>
    </message>
    <message>
        <source>Whether the Cluster Development Agent took part</source>
        <translation>Si el Agente de Desarrollo del Clúster participó</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Task in the plan</source>
        <translation>Tarea en el plan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <source>Record a meeting: date, attendance, minutes and decisions</source>
        <translation>Registrar una reunión: fecha, asistencia, acta y decisiones</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Correct the selected meeting's date, attendance or minutes; add decisions</source>
        <translation>Corregir la fecha, la asistencia o el acta de la reunión seleccionada; añadir decisiones</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected meeting</source>
        <translation>Eliminar la reunión seleccionada</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Crear tarea</translation>
    </message>
    <message>
        <source>Turn the selected decision into an action-plan task</source>
        <translation>Convertir la decisión seleccionada en una tarea del plan de acción</translation>
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
        <source>{status} — {percent}%</source>
        <translation>{status} — {percent} %</translation>
    </message>
    <message>
        <source>Add a body first.</source>
        <translation>Añada primero un órgano.</translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation>Seleccione primero una reunión.</translation>
    </message>
    <message>
        <source>Select a decision first.</source>
        <translation>Seleccione primero una decisión.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Editar miembro</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Añadir miembro</translation>
    </message>
    <message>
        <source>(not in the registry)</source>
        <translation>(no está en el registro)</translation>
    </message>
    <message>
        <source>when no contact person is on record</source>
        <translation>si no hay persona de contacto registrada</translation>
    </message>
    <message>
        <source>(from the contact person)</source>
        <translation>(el de la persona de contacto)</translation>
    </message>
    <message>
        <source>(the stakeholder's kind)</source>
        <translation>(el tipo del actor)</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Project team position</source>
        <translation>Puesto en el equipo del proyecto</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Interest group</source>
        <translation>Grupo de interés</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>Mandato desde</translation>
    </message>
    <message>
        <source>Term until</source>
        <translation>Mandato hasta</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>OrgChart</name>
    <message>
        <source>{role}: {person}</source>
        <translation>{role}: {person}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more members</source>
        <translation><numerusform>… y %n miembro más</numerusform><numerusform>… y %n miembros más</numerusform></translation>
    </message>
    <message>
        <source>(no members yet)</source>
        <translation>(aún sin miembros)</translation>
    </message>
    <message>
        <source>Organisation chart of the cluster's governance bodies</source>
        <translation>Organigrama de los órganos de gobernanza del clúster</translation>
    </message>
    <message>
        <source>No governance bodies yet</source>
        <translation>Aún no hay órganos de gobernanza</translation>
    </message>
</context>
</TS>