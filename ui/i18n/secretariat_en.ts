<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="es_MX">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../models/accounts_model.py" line="28"/>
        <source>Usuario</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../models/accounts_model.py" line="29"/>
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../models/accounts_model.py" line="30"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../models/accounts_model.py" line="31"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../models/accounts_model.py" line="51"/>
        <source>Desactivada</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../models/accounts_model.py" line="54"/>
        <source>Bloqueada hasta las %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <location filename="../models/accounts_model.py" line="56"/>
        <source>Activa</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../models/accounts_model.py" line="98"/>
        <source>Su propia cuenta</source>
        <translation>Your own account</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../views/accounts_dialog.py" line="43"/>
        <source>Cuentas</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="47"/>
        <source>Las personas que pueden abrir este expediente y lo que cada una puede hacer. Una cuenta desactivada ya no puede iniciar sesión, pero sus registros en la bitácora se conservan.</source>
        <translation>The people who may open this case file and what each of them may do. A disabled account can no longer sign in, but its entries in the audit trail are kept.</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="66"/>
        <source>&amp;Nueva cuenta…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="67"/>
        <location filename="../views/accounts_dialog.py" line="129"/>
        <source>&amp;Desactivar</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="68"/>
        <source>Restablecer &amp;contraseña…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="69"/>
        <source>Cambiar &amp;rol…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="84"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="131"/>
        <source>&amp;Reactivar</source>
        <translation>&amp;Re-enable</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="133"/>
        <source>&amp;Desbloquear</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="138"/>
        <source>Se creó la cuenta «%1».</source>
        <translation>The account «%1» was created.</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="145"/>
        <source>Se restableció la contraseña de «%1».</source>
        <translation>The password of «%1» was reset.</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="152"/>
        <source>Se cambió el rol de «%1».</source>
        <translation>The role of «%1» was changed.</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="162"/>
        <source>Desactivando la cuenta</source>
        <translation>Disabling the account</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="163"/>
        <source>Se desactivó la cuenta «%1».</source>
        <translation>The account «%1» was disabled.</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="165"/>
        <source>Reactivando la cuenta</source>
        <translation>Re-enabling the account</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="166"/>
        <source>Se reactivó la cuenta «%1».</source>
        <translation>The account «%1» was re-enabled.</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="169"/>
        <source>¿Desactivar la cuenta «%1»? Ya no podrá iniciar sesión hasta que alguien de la consejería jurídica la reactive.</source>
        <translation>Disable the account «%1»? It will not be able to sign in until someone from the general counsel re-enables it.</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="172"/>
        <source>Es su propia cuenta: usted tampoco podrá volver a entrar con ella.</source>
        <translation>It is your own account: you will not be able to sign in with it again either.</translation>
    </message>
    <message>
        <location filename="../views/accounts_dialog.py" line="173"/>
        <source>Desactivar cuenta</source>
        <translation>Disable account</translation>
    </message>
</context>
<context>
    <name>AdmissibilityDialog</name>
    <message>
        <location filename="../views/admissibility_dialog.py" line="55"/>
        <source>Decidir admisibilidad</source>
        <translation>Decide admissibility</translation>
    </message>
    <message>
        <location filename="../views/admissibility_dialog.py" line="82"/>
        <source>Enlace de la petición original en Change.org</source>
        <translation>Link to the original petition on Change.org</translation>
    </message>
    <message>
        <location filename="../views/admissibility_dialog.py" line="84"/>
        <source>Fundamento o comentario (opcional)</source>
        <translation>Grounds or comment (optional)</translation>
    </message>
    <message>
        <location filename="../views/admissibility_dialog.py" line="92"/>
        <source>Decisión:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../views/admissibility_dialog.py" line="93"/>
        <source>Motivo:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../views/admissibility_dialog.py" line="94"/>
        <source>Duplicada de:</source>
        <translation>Duplicate of:</translation>
    </message>
    <message>
        <location filename="../views/admissibility_dialog.py" line="95"/>
        <source>Nota:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../views/admissibility_dialog.py" line="158"/>
        <source>Guardando la decisión de admisibilidad</source>
        <translation>Saving the admissibility decision</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../models/agenda_model.py" line="17"/>
        <source>Audiencia</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../models/agenda_model.py" line="18"/>
        <source>Revisión de redacción</source>
        <translation>Wording review</translation>
    </message>
    <message>
        <location filename="../models/agenda_model.py" line="19"/>
        <source>Visto bueno</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../models/agenda_model.py" line="20"/>
        <source>Nuevo nivel</source>
        <translation>New tier</translation>
    </message>
    <message>
        <location filename="../models/agenda_model.py" line="21"/>
        <source>Otros asuntos</source>
        <translation>Other business</translation>
    </message>
    <message>
        <location filename="../models/agenda_model.py" line="25"/>
        <source>N.º</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../models/agenda_model.py" line="26"/>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../models/agenda_model.py" line="27"/>
        <source>Asunto</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../models/agenda_model.py" line="28"/>
        <source>Petición o disposición</source>
        <translation>Petition or provision</translation>
    </message>
    <message>
        <location filename="../models/agenda_model.py" line="29"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../views/session_dialogs.py" line="100"/>
        <source>Editar punto del orden del día</source>
        <translation>Edit agenda item</translation>
    </message>
    <message>
        <location filename="../views/session_dialogs.py" line="100"/>
        <source>Agregar punto al orden del día</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <location filename="../views/session_dialogs.py" line="107"/>
        <source>Si se deja en blanco: el título de la petición o la disposición</source>
        <translation>If left blank: the title of the petition or provision</translation>
    </message>
    <message>
        <location filename="../views/session_dialogs.py" line="111"/>
        <source>(ninguna)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../views/session_dialogs.py" line="124"/>
        <source>&amp;Tipo:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../views/session_dialogs.py" line="125"/>
        <source>&amp;Asunto:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location filename="../views/session_dialogs.py" line="126"/>
        <source>&amp;Petición (enlace):</source>
        <translation>&amp;Petition (link):</translation>
    </message>
    <message>
        <location filename="../views/session_dialogs.py" line="127"/>
        <source>&amp;Disposición:</source>
        <translation>P&amp;rovision:</translation>
    </message>
    <message>
        <location filename="../views/session_dialogs.py" line="128"/>
        <source>&amp;Nota:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../views/session_dialogs.py" line="145"/>
        <source>Guardando el punto del orden del día</source>
        <translation>Saving the agenda item</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../views/session_agenda_panel.py" line="52"/>
        <source>&amp;Proponer orden del día</source>
        <translation>P&amp;ropose agenda</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="53"/>
        <source>Llenar el orden del día con lo ocurrido desde la sesión anterior</source>
        <translation>Fill the agenda with what has happened since the previous session</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="54"/>
        <source>&amp;Agregar…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="55"/>
        <source>&amp;Editar…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="56"/>
        <source>&amp;Quitar…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="57"/>
        <source>S&amp;ubir</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="58"/>
        <source>Subir el punto (Ctrl+↑)</source>
        <translation>Move the item up (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="59"/>
        <source>&amp;Bajar</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="60"/>
        <source>Bajar el punto (Ctrl+↓)</source>
        <translation>Move the item down (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="144"/>
        <source>Proponer orden del día</source>
        <translation>Propose agenda</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="145"/>
        <source>El orden del día ya tiene %1 puntos. ¿Reemplazarlos por la propuesta, o agregar solo lo nuevo?</source>
        <translation>The agenda already has %1 items. Replace them with the proposal, or add only what is new?</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="148"/>
        <source>&amp;Reemplazar</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="149"/>
        <source>Agregar &amp;solo lo nuevo</source>
        <translation>Add &amp;only what is new</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="150"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="170"/>
        <source>Proponiendo el orden del día</source>
        <translation>Proposing the agenda</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="171"/>
        <source>Se propuso el orden del día; revíselo y ajústelo.</source>
        <translation>An agenda was proposed; please review and adjust it.</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="203"/>
        <source>Quitar punto</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="204"/>
        <source>¿Quitar del orden del día el punto %1, «%2»?</source>
        <translation>Remove item %1, “%2”, from the agenda?</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="213"/>
        <source>Quitando el punto</source>
        <translation>Removing the item</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="213"/>
        <source>Se quitó el punto «%1».</source>
        <translation>Item “%1” was removed.</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="228"/>
        <source>Moviendo el punto</source>
        <translation>Moving the item</translation>
    </message>
    <message>
        <location filename="../views/session_agenda_panel.py" line="229"/>
        <source>El punto «%1» quedó en el lugar %2.</source>
        <translation>Item “%1” is now in position %2.</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <location filename="../views/meeting_tabs.py" line="201"/>
        <source>Qué se acordó</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="185"/>
        <source>Acuerdo</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="186"/>
        <location filename="../views/meeting_tabs.py" line="204"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="187"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="205"/>
        <source>Fecha:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="210"/>
        <source>Añadir acuerdo</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="211"/>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="84"/>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
</context>
<context>
    <name>AssemblyDialog</name>
    <message>
        <location filename="../views/assembly_dialog.py" line="46"/>
        <source>Resolución de la Asamblea Constituyente</source>
        <translation>Constituent Assembly resolution</translation>
    </message>
    <message>
        <location filename="../views/assembly_dialog.py" line="52"/>
        <source>Disposición</source>
        <translation>Provision</translation>
    </message>
    <message>
        <location filename="../views/assembly_dialog.py" line="58"/>
        <source>Nuestra redacción</source>
        <translation>Our wording</translation>
    </message>
    <message>
        <location filename="../views/assembly_dialog.py" line="69"/>
        <source>Fecha de la resolución</source>
        <translation>Date of the resolution</translation>
    </message>
    <message>
        <location filename="../views/assembly_dialog.py" line="73"/>
        <source>El texto que aprobó la Asamblea</source>
        <translation>The text the Assembly approved</translation>
    </message>
    <message>
        <location filename="../views/assembly_dialog.py" line="79"/>
        <source>Opcional: la votación, el dictamen, la sesión</source>
        <translation>Optional: the vote, the committee report, the session</translation>
    </message>
    <message>
        <location filename="../views/assembly_dialog.py" line="84"/>
        <source>&amp;Disposición:</source>
        <translation>&amp;Provision:</translation>
    </message>
    <message>
        <location filename="../views/assembly_dialog.py" line="87"/>
        <source>Resolución:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <location filename="../views/assembly_dialog.py" line="88"/>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../views/assembly_dialog.py" line="90"/>
        <source>&amp;Texto de la Asamblea:</source>
        <translation>Assembly&apos;s &amp;text:</translation>
    </message>
    <message>
        <location filename="../views/assembly_dialog.py" line="93"/>
        <source>Cambios frente a
nuestra redacción:</source>
        <translation>Changes against
our wording:</translation>
    </message>
    <message>
        <location filename="../views/assembly_dialog.py" line="95"/>
        <source>&amp;Nota:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../views/assembly_dialog.py" line="139"/>
        <source>Nuestra redacción
(%1):</source>
        <translation>Our wording
(%1):</translation>
    </message>
    <message>
        <location filename="../views/assembly_dialog.py" line="192"/>
        <source>Registrando la resolución de la Asamblea</source>
        <translation>Recording the Assembly&apos;s resolution</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../views/meeting_tabs.py" line="261"/>
        <source>Adjuntar archivo…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="262"/>
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="263"/>
        <source>Verificar</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="264"/>
        <source>Comprobar que las copias guardadas siguen intactas</source>
        <translation>Check that the stored copies are still intact</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="265"/>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="266"/>
        <source>Solo los archivos que todavía no se han guardado</source>
        <translation>Only files that have not been saved yet</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="280"/>
        <source>Se guardará con la reunión</source>
        <translation>Will be saved with the meeting</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="281"/>
        <source>Íntegro</source>
        <translation>Intact</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="281"/>
        <source>Falta la copia</source>
        <translation>Copy missing</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="282"/>
        <source>Alterado</source>
        <translation>Altered</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="282"/>
        <source>Sin verificar</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="299"/>
        <source>Adjuntar archivos a la reunión</source>
        <translation>Attach files to the meeting</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="192"/>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="193"/>
        <source>Tamaño</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="194"/>
        <source>Agregado</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="195"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>AttendeesTab</name>
    <message>
        <location filename="../views/meeting_tabs.py" line="83"/>
        <source>Añadir integrante</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="85"/>
        <source>Añadir asesor</source>
        <translation>Add adviser</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="87"/>
        <source>Nombre de la persona invitada</source>
        <translation>Name of the guest</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="88"/>
        <source>Añadir invitado</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="89"/>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="92"/>
        <source>Grupo redactor:</source>
        <translation>Drafting committee:</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="95"/>
        <source>Asesoría jurídica:</source>
        <translation>Legal advisers:</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="98"/>
        <source>Invitado:</source>
        <translation>Guest:</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="149"/>
        <source>Integrantes del grupo redactor: %1 de %2 (máximo en una audiencia)</source>
        <translation>Drafting committee members: %1 of %2 (the most at a hearing)</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="152"/>
        <source>Integrantes del grupo redactor: %1</source>
        <translation>Drafting committee members: %1</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="170"/>
        <source>Papel</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="171"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="172"/>
        <source>Contacto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="173"/>
        <source>Asistió</source>
        <translation>Attended</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../audit_labels.py" line="9"/>
        <source>Petición</source>
        <translation>Petition</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="10"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="11"/>
        <source>Política de umbrales</source>
        <translation>Threshold policy</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="12"/>
        <source>Importación</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="13"/>
        <source>Expediente</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="14"/>
        <source>Deber</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="15"/>
        <source>Reunión</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="16"/>
        <source>Integrante del grupo redactor</source>
        <translation>Drafting committee member</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="17"/>
        <source>Ajustes de trabajo</source>
        <translation>Work settings</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="18"/>
        <source>Disposición</source>
        <translation>Provision</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="19"/>
        <source>Versión de redacción</source>
        <translation>Wording version</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="20"/>
        <source>Vínculo petición–disposición</source>
        <translation>Petition–provision link</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="21"/>
        <source>Consulta</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="22"/>
        <location filename="../audit_labels.py" line="73"/>
        <source>Resolución de la Asamblea</source>
        <translation>Assembly resolution</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="23"/>
        <source>Sesión del grupo redactor</source>
        <translation>Drafting committee session</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="24"/>
        <source>Membrete y documentos</source>
        <translation>Letterhead and documents</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="28"/>
        <source>Alta</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="29"/>
        <source>Desactivación</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="30"/>
        <source>Reactivación</source>
        <translation>Re-enabled</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="31"/>
        <source>Contraseña restablecida</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="32"/>
        <source>Cambio de contraseña propia</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="33"/>
        <source>Cambio de rol</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="34"/>
        <source>Cambio de umbrales</source>
        <translation>Thresholds changed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="35"/>
        <source>Decisión de admisibilidad</source>
        <translation>Admissibility decision</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="36"/>
        <source>Importación de monitoreo</source>
        <translation>Monitoring import</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="37"/>
        <source>Cambio de textos por importación</source>
        <translation>Texts changed by an import</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="38"/>
        <source>Carga del caso de demostración</source>
        <translation>Demo case loaded</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="39"/>
        <source>Deberes por cruces de nivel</source>
        <translation>Duties from tier crossings</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="40"/>
        <source>Alta de deber</source>
        <translation>Duty created</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="41"/>
        <source>Asignación de deber</source>
        <translation>Duty assigned</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="42"/>
        <source>Dispensa de deber</source>
        <translation>Duty waived</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="43"/>
        <source>Resultado de la revisión jurídica</source>
        <translation>Legal review outcome</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="44"/>
        <source>Cierre del ciclo de seguimiento</source>
        <translation>Follow-up cycle closed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="45"/>
        <source>Cambio de plazos</source>
        <translation>Deadlines changed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="46"/>
        <source>Anexo agregado</source>
        <translation>Attachment added</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="47"/>
        <source>Cambio del tamaño máximo de anexos</source>
        <translation>Attachment size limit changed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="48"/>
        <source>Alta de integrante</source>
        <translation>Member added</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="49"/>
        <source>Cambio de integrante</source>
        <translation>Member changed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="50"/>
        <source>Reunión planeada</source>
        <translation>Meeting planned</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="51"/>
        <source>Reunión reprogramada</source>
        <translation>Meeting rescheduled</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="52"/>
        <source>Cambio de estado de reunión</source>
        <translation>Meeting status changed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="53"/>
        <source>Asistente agregado</source>
        <translation>Attendee added</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="54"/>
        <source>Asistente retirado</source>
        <translation>Attendee removed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="55"/>
        <source>Registro de asistencia</source>
        <translation>Attendance recorded</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="56"/>
        <source>Minuta</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="57"/>
        <source>Acuerdo agregado</source>
        <translation>Agreement added</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="58"/>
        <source>Acuerdo retirado</source>
        <translation>Agreement removed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="59"/>
        <source>Alta de disposición</source>
        <translation>Provision created</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="60"/>
        <source>Cambio de disposición</source>
        <translation>Provision changed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="61"/>
        <source>Disposición reordenada</source>
        <translation>Provision moved</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="62"/>
        <source>Baja de disposición</source>
        <translation>Provision deleted</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="63"/>
        <source>Petición vinculada</source>
        <translation>Petition linked</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="64"/>
        <source>Petición desvinculada</source>
        <translation>Petition unlinked</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="65"/>
        <source>Aportación de la petición</source>
        <translation>Petition&apos;s contribution set</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="66"/>
        <source>Nueva versión de redacción</source>
        <translation>New wording version</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="67"/>
        <source>Versión restaurada</source>
        <translation>Version restored</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="68"/>
        <source>Redacción propuesta al grupo</source>
        <translation>Wording proposed to the committee</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="69"/>
        <source>Redacción final</source>
        <translation>Wording made final</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="70"/>
        <source>Visto bueno registrado</source>
        <translation>Approval recorded</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="71"/>
        <source>Petición agregada a la consulta</source>
        <translation>Petition added to the consultation</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="72"/>
        <source>Petición retirada de la consulta</source>
        <translation>Petition withdrawn from the consultation</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="74"/>
        <source>Alta de sesión</source>
        <translation>Session created</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="75"/>
        <source>Cambio de sesión</source>
        <translation>Session changed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="76"/>
        <source>Baja de sesión</source>
        <translation>Session deleted</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="77"/>
        <source>Asistentes de la sesión</source>
        <translation>Session attendees changed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="78"/>
        <source>Punto del orden del día agregado</source>
        <translation>Agenda item added</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="79"/>
        <source>Punto del orden del día modificado</source>
        <translation>Agenda item changed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="80"/>
        <source>Punto del orden del día retirado</source>
        <translation>Agenda item removed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="81"/>
        <source>Punto del orden del día movido</source>
        <translation>Agenda item moved</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="82"/>
        <source>Orden del día propuesto</source>
        <translation>Agenda proposed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="83"/>
        <source>Membrete cambiado</source>
        <translation>Letterhead changed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="84"/>
        <source>Membrete retirado</source>
        <translation>Letterhead removed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="85"/>
        <source>Textos de los documentos</source>
        <translation>Document texts changed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="89"/>
        <source>Admisibilidad</source>
        <translation>Admissibility</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="90"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="91"/>
        <source>Duplicada de (petición n.º)</source>
        <translation>Duplicate of (petition no.)</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="92"/>
        <location filename="../models/audit_model.py" line="182"/>
        <source>Usuario</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="93"/>
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="94"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="95"/>
        <source>Activa</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="96"/>
        <source>Bloqueada</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="97"/>
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="98"/>
        <source>Umbral de revisión jurídica</source>
        <translation>Legal review threshold</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="99"/>
        <source>Umbral de audiencia ante el grupo redactor</source>
        <translation>Drafting committee hearing threshold</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="100"/>
        <source>Umbral de audiencia con el jefe de gobierno</source>
        <translation>Head of government audience threshold</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="101"/>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="102"/>
        <source>Filas</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="103"/>
        <source>Nuevas</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="104"/>
        <source>Actualizadas</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="105"/>
        <source>Sin cambios</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="106"/>
        <source>Cruces de nivel</source>
        <translation>Tier crossings</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="107"/>
        <source>Huella SHA-256</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="108"/>
        <source>Peticiones</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="109"/>
        <source>Días</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="110"/>
        <source>Semilla</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="111"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="112"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="113"/>
        <source>Responsable (cuenta n.º)</source>
        <translation>Owner (account no.)</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="114"/>
        <source>Vence</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="115"/>
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="116"/>
        <source>Tamaño (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="117"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="118"/>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="119"/>
        <source>Petición n.º</source>
        <translation>Petition no.</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="120"/>
        <source>Deber de origen n.º</source>
        <translation>Parent duty no.</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="121"/>
        <source>Anexo n.º</source>
        <translation>Attachment no.</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="122"/>
        <source>Motivo de la dispensa</source>
        <translation>Waiver reason</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="123"/>
        <source>Creados</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="124"/>
        <source>Vueltos a vincular</source>
        <translation>Relinked</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="125"/>
        <source>Señalados</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="126"/>
        <source>Dispensados</source>
        <translation>Waived</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="127"/>
        <source>Seguimientos dispensados</source>
        <translation>Follow-ups waived</translation>
    </message>
    <message>
        <location filename="../audit_labels.py" line="128"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="39"/>
        <source>restablecida</source>
        <translation>reset</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="40"/>
        <source>cambiada</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="79"/>
        <source>%1: %2</source>
        <extracomment>What an absent value looks like in the before/after columns.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="81"/>
        <source>%1 n.º %2</source>
        <translation>%1 no. %2</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="116"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="117"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="181"/>
        <source>Fecha y hora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="183"/>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="184"/>
        <source>Registro</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="185"/>
        <source>Cambios</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="237"/>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="238"/>
        <source>Antes</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="239"/>
        <source>Después</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>AuditBrowser</name>
    <message>
        <location filename="../views/audit_browser.py" line="64"/>
        <source>Bitácora de auditoría</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="70"/>
        <source>Desde:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="71"/>
        <source>Hasta:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="76"/>
        <source>Usuario:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="79"/>
        <source>Tipo de registro:</source>
        <translation>Record type:</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="126"/>
        <source>&amp;Verificar integridad</source>
        <translation>&amp;Verify integrity</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="128"/>
        <source>Recalcular la cadena de huellas y comprobar que ningún registro se cambió, borró o insertó fuera de la aplicación</source>
        <translation>Recompute the chain of fingerprints and check that no entry was changed, deleted or inserted outside the application</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="135"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="171"/>
        <location filename="../views/audit_browser.py" line="172"/>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="223"/>
        <source>Se muestran los %1 registros más recientes; use los filtros para ver los anteriores.</source>
        <translation>Showing the %1 most recent entries; use the filters to see older ones.</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="226"/>
        <source>1 registro</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="228"/>
        <source>%1 registros</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="257"/>
        <source>Ningún registro seleccionado.</source>
        <translation>No entry selected.</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="259"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, por %3, el %4 (registro n.º %5 de la bitácora)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, by %3, on %4 (audit trail entry no. %5)</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="275"/>
        <source>Verificando…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="276"/>
        <source>Verificando la bitácora</source>
        <translation>Verifying the audit trail</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="284"/>
        <source>Bitácora íntegra: %1 registros.</source>
        <translation>Audit trail intact: %1 entries.</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="289"/>
        <source>Bitácora alterada: el registro n.º %1 se modificó fuera de la aplicación.</source>
        <translation>Audit trail altered: entry no. %1 was changed outside the application.</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="291"/>
        <source>Bitácora alterada: faltan registros desde el n.º %1; se borraron fuera de la aplicación.</source>
        <translation>Audit trail tampered: rows are missing from no. %1 on; they were deleted outside the application.</translation>
    </message>
    <message>
        <location filename="../views/audit_browser.py" line="294"/>
        <source>Bitácora alterada: antes del registro n.º %1 se borró o se insertó un registro fuera de la aplicación.</source>
        <translation>Audit trail altered: before entry no. %1 an entry was deleted or inserted outside the application.</translation>
    </message>
</context>
<context>
    <name>BackupOnClose</name>
    <message>
        <location filename="../backup_on_close.py" line="126"/>
        <source>Copia de seguridad antes de cerrar</source>
        <translation>Backup before closing</translation>
    </message>
    <message>
        <location filename="../backup_on_close.py" line="130"/>
        <source>Se canceló la copia de seguridad.</source>
        <translation>The backup was cancelled.</translation>
    </message>
    <message>
        <location filename="../backup_on_close.py" line="141"/>
        <source>Copia de seguridad</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../backup_on_close.py" line="142"/>
        <source>¿Cerrar de todos modos?</source>
        <translation>Close anyway?</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../views/calendar_view.py" line="39"/>
        <source>Esta semana y las 3 siguientes</source>
        <extracomment>the agenda&apos;s ranges, in weeks before and after the week shown (label, before, after)</extracomment>
        <translation>This week and the next 3</translation>
    </message>
    <message>
        <location filename="../views/calendar_view.py" line="40"/>
        <source>4 semanas antes y 4 después</source>
        <translation>4 weeks before and 4 after</translation>
    </message>
    <message>
        <location filename="../views/calendar_view.py" line="41"/>
        <source>3 meses antes y 3 después</source>
        <translation>3 months before and 3 after</translation>
    </message>
    <message>
        <location filename="../views/calendar_view.py" line="62"/>
        <source>Alcance de la agenda</source>
        <translation>Agenda range</translation>
    </message>
    <message>
        <location filename="../views/calendar_view.py" line="69"/>
        <source>Semana anterior</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <location filename="../views/calendar_view.py" line="70"/>
        <source>Hoy</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../views/calendar_view.py" line="72"/>
        <source>Semana siguiente</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location filename="../views/calendar_view.py" line="78"/>
        <source>Mostrar canceladas</source>
        <translation>Show cancelled</translation>
    </message>
    <message>
        <location filename="../views/calendar_view.py" line="79"/>
        <source>Incluir las reuniones canceladas y aquellas a las que no asistió el peticionario</source>
        <translation>Include cancelled meetings and those the petitioner did not attend</translation>
    </message>
    <message>
        <location filename="../views/calendar_view.py" line="81"/>
        <source>&amp;Nueva reunión…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location filename="../views/calendar_view.py" line="83"/>
        <source>&amp;Abrir reunión…</source>
        <translation>&amp;Open meeting…</translation>
    </message>
    <message>
        <location filename="../views/calendar_view.py" line="217"/>
        <source>Semana del %1 al %2</source>
        <translation>Week of %1 to %2</translation>
    </message>
    <message>
        <location filename="../views/calendar_view.py" line="221"/>
        <source>Agenda del %1 al %2: %3</source>
        <translation>Agenda from %1 to %2: %3</translation>
    </message>
    <message>
        <location filename="../views/calendar_view.py" line="224"/>
        <source>1 reunión</source>
        <translation>1 meeting</translation>
    </message>
    <message>
        <location filename="../views/calendar_view.py" line="225"/>
        <source>%1 reuniones</source>
        <translation>%1 meetings</translation>
    </message>
    <message>
        <location filename="../views/calendar_view.py" line="228"/>
        <source>1 reunión con choque</source>
        <translation>1 meeting with a clash</translation>
    </message>
    <message>
        <location filename="../views/calendar_view.py" line="229"/>
        <source>%1 reuniones con choque</source>
        <translation>%1 meetings with clashes</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../views/consultation_changes.py" line="45"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../views/conflict_dialog.py" line="167"/>
        <source>Otra persona guardó esta petición</source>
        <translation>Someone else saved this petition</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="160"/>
        <source>%1 guardó otra decisión sobre esta petición el %2, mientras usted la editaba.</source>
        <translation>%1 saved another decision on this petition on %2, while you were editing it.</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="163"/>
        <source>Otra persona guardó esta petición mientras usted la editaba.</source>
        <translation>Someone else saved this petition while you were editing it.</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="168"/>
        <source>Compare las dos versiones y elija cuál se conserva; lo que usted escribió no se pierde hasta que elija.</source>
        <translation>Compare the two versions and choose which one to keep; what you typed is not lost until you choose.</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="170"/>
        <source>Guardado por %1</source>
        <translation>Saved by %1</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="171"/>
        <source>Guardado en el expediente</source>
        <translation>Saved in the case file</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="164"/>
        <source>Decisión:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="164"/>
        <source>Motivo:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="165"/>
        <source>Duplicada de:</source>
        <translation>Duplicate of:</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="165"/>
        <source>Nota:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="174"/>
        <source>Guardar su decisión en lugar de la que está en el expediente</source>
        <translation>Save your decision instead of the one in the case file</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="175"/>
        <source>Descartar su cambio y mostrar la decisión guardada</source>
        <translation>Discard your change and show the saved decision</translation>
    </message>
</context>
<context>
    <name>ConsultationDetailView</name>
    <message>
        <location filename="../views/consultation_detail.py" line="52"/>
        <source>Redacción vigente</source>
        <translation>Current wording</translation>
    </message>
    <message>
        <location filename="../views/consultation_detail.py" line="61"/>
        <source>Ver &amp;cambios</source>
        <translation>Show &amp;changes</translation>
    </message>
    <message>
        <location filename="../views/consultation_detail.py" line="62"/>
        <source>La redacción que aprobó comparada con la de hoy</source>
        <translation>The wording they approved compared with today&apos;s</translation>
    </message>
    <message>
        <location filename="../views/consultation_detail.py" line="63"/>
        <source>Abrir c&amp;onstancia</source>
        <translation>&amp;Open evidence</translation>
    </message>
    <message>
        <location filename="../views/consultation_detail.py" line="64"/>
        <source>Abrir una copia verificada de la carta o el correo</source>
        <translation>Open a verified copy of the letter or email</translation>
    </message>
    <message>
        <location filename="../views/consultation_detail.py" line="73"/>
        <source>Redacción vigente de las disposiciones que alimenta</source>
        <translation>Current wording of the provisions it feeds</translation>
    </message>
    <message>
        <location filename="../views/consultation_detail.py" line="78"/>
        <source>Respuestas registradas</source>
        <translation>Recorded answers</translation>
    </message>
    <message>
        <location filename="../views/consultation_detail.py" line="92"/>
        <location filename="../views/consultation_detail.py" line="114"/>
        <source>Seleccione una petición para ver su consulta.</source>
        <translation>Select a petition to see its consultation.</translation>
    </message>
    <message>
        <location filename="../views/consultation_detail.py" line="120"/>
        <source>La petición no alimenta ninguna disposición.</source>
        <translation>The petition does not feed any provision.</translation>
    </message>
    <message>
        <location filename="../views/consultation_detail.py" line="138"/>
        <source>Esta petición no está en consulta (no está en audiencia ni la agregó la consejería jurídica, o no alimenta ninguna disposición).</source>
        <translation>This petition is not under consultation (it has not reached a hearing and the general counsel did not add it, or it does not feed any provision).</translation>
    </message>
    <message>
        <location filename="../views/consultation_detail.py" line="144"/>
        <source>agregada por la consejería jurídica</source>
        <translation>added by the general counsel</translation>
    </message>
    <message>
        <location filename="../views/consultation_detail.py" line="146"/>
        <source>Victoria</source>
        <translation>Victory</translation>
    </message>
    <message>
        <location filename="../views/consultation_detail.py" line="148"/>
        <source>Peticionarios: %1</source>
        <translation>Petitioners: %1</translation>
    </message>
    <message>
        <location filename="../views/consultation_detail.py" line="153"/>
        <source>registró %1</source>
        <translation>recorded by %1</translation>
    </message>
    <message>
        <location filename="../views/consultation_detail.py" line="160"/>
        <source>Desactualizada:</source>
        <translation>Stale:</translation>
    </message>
    <message>
        <location filename="../views/consultation_detail.py" line="161"/>
        <source>cambió la redacción de %1 desde que la aprobó.</source>
        <translation>the wording of %1 has changed since they approved it.</translation>
    </message>
    <message>
        <location filename="../views/consultation_detail.py" line="164"/>
        <source>Observaciones:</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location filename="../views/consultation_detail.py" line="166"/>
        <source>Constancia:</source>
        <translation>Evidence:</translation>
    </message>
</context>
<context>
    <name>ConsultationLabels</name>
    <message>
        <location filename="../views/consultation_labels.py" line="22"/>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="23"/>
        <source>Aprobada</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="24"/>
        <source>Desactualizada</source>
        <translation>Stale</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="25"/>
        <source>Rechazada</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="30"/>
        <source>Pendientes</source>
        <extracomment>the filter buttons&apos; words (plural, as in &quot;Pendientes (12)&quot;)</extracomment>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="31"/>
        <source>Aprobadas</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="32"/>
        <source>Desactualizadas</source>
        <translation>Stale</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="33"/>
        <source>Rechazadas</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="46"/>
        <source>Aprueba</source>
        <extracomment>(background, text) per consultation state</extracomment>
        <translation>Approves</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="47"/>
        <source>Aprueba con observaciones</source>
        <translation>Approves with remarks</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="48"/>
        <source>Rechaza</source>
        <translation>Rejects</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="53"/>
        <source>En persona</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="54"/>
        <source>Carta firmada</source>
        <translation>Signed letter</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="55"/>
        <source>Correo electrónico</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="60"/>
        <source>Se conservó tal como la redactamos</source>
        <translation>Kept as we drafted it</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="61"/>
        <source>La Asamblea la modificó</source>
        <translation>Amended by the Assembly</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="62"/>
        <source>La Asamblea la eliminó</source>
        <translation>Removed by the Assembly</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="98"/>
        <source>sin redacción</source>
        <translation>no wording</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="107"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="109"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../views/consultation_labels.py" line="111"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <location filename="../models/consultations_model.py" line="81"/>
        <source>Petición</source>
        <translation>Petition</translation>
    </message>
    <message>
        <location filename="../models/consultations_model.py" line="82"/>
        <source>Peticionarios</source>
        <translation>Petitioners</translation>
    </message>
    <message>
        <location filename="../models/consultations_model.py" line="83"/>
        <source>Nivel</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../models/consultations_model.py" line="84"/>
        <source>Firmas</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../models/consultations_model.py" line="85"/>
        <source>Disposiciones</source>
        <translation>Provisions</translation>
    </message>
    <message>
        <location filename="../models/consultations_model.py" line="86"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../models/consultations_model.py" line="87"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/consultations_model.py" line="88"/>
        <source>Método</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../models/consultations_model.py" line="89"/>
        <source>Victoria</source>
        <translation>Victory</translation>
    </message>
    <message>
        <location filename="../models/consultations_model.py" line="209"/>
        <source>%1 (agregada)</source>
        <extracomment>one sentence when the case file could not be read the number of rows after every re-read {state: count} over the whole case file (the filter buttons&apos; numbers)</extracomment>
        <translation>%1 (added)</translation>
    </message>
    <message>
        <location filename="../models/consultations_model.py" line="229"/>
        <source>Agregada a la consulta por la consejería jurídica</source>
        <translation>Added to the consultation by the general counsel</translation>
    </message>
    <message>
        <location filename="../models/consultations_model.py" line="232"/>
        <source>La redacción que aprobó cambió después; hace falta consultar de nuevo.</source>
        <translation>The wording they approved has changed since; a new consultation is needed.</translation>
    </message>
    <message>
        <location filename="../models/consultations_model.py" line="235"/>
        <source>Registró: %1</source>
        <translation>Recorded by: %1</translation>
    </message>
    <message>
        <location filename="../models/consultations_model.py" line="237"/>
        <source>Su idea está en la redacción final y el peticionario la aprobó.</source>
        <translation>Its idea is in the final wording and the petitioner approved it.</translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <location filename="../views/consultations_tab.py" line="62"/>
        <source>Mostrar solo estas consultas (ninguno marcado: todas)</source>
        <translation>Show only these consultations (none checked: all)</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="68"/>
        <source>Buscar por petición, enlace o peticionario</source>
        <translation>Search by petition, link or petitioner</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="70"/>
        <source>Buscar consultas</source>
        <translation>Search consultations</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="98"/>
        <source>&amp;Registrar visto bueno…</source>
        <translation>&amp;Record approval…</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="104"/>
        <source>Registrar visto bueno…</source>
        <translation>Record approval…</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="106"/>
        <source>La respuesta del peticionario sobre la redacción vigente (Ctrl+R)</source>
        <translation>The petitioner&apos;s answer on the current wording (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="108"/>
        <source>&amp;Agregar a la consulta…</source>
        <translation>&amp;Add to the consultation…</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="109"/>
        <source>Consultar también una petición que no llegó a audiencia</source>
        <translation>Also consult a petition that did not reach a hearing</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="110"/>
        <source>Re&amp;tirar de la consulta…</source>
        <translation>&amp;Withdraw from the consultation…</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="111"/>
        <source>Quitar una petición que la consejería agregó a la consulta</source>
        <translation>Remove a petition that the general counsel added to the consultation</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="112"/>
        <source>Ver la pe&amp;tición</source>
        <translation>Show the pe&amp;tition</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="113"/>
        <source>Mostrar la petición en el registro</source>
        <translation>Show the petition in the register</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="177"/>
        <source>1 petición</source>
        <translation>1 petition</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="178"/>
        <source>%1 peticiones</source>
        <translation>%1 petitions</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="242"/>
        <source>Se registró la respuesta de «%1».</source>
        <translation>The answer for “%1” was recorded.</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="256"/>
        <source>«%1» se agregó a la consulta.</source>
        <translation>“%1” was added to the consultation.</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="258"/>
        <source>La petición se agregó a la consulta; aparecerá aquí cuando alimente alguna disposición.</source>
        <translation>The petition was added to the consultation; it will appear here once it feeds a provision.</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="266"/>
        <source>Retirar de la consulta</source>
        <translation>Withdraw from the consultation</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="267"/>
        <source>¿Retirar «%1» de la consulta? Sus respuestas registradas se conservan.</source>
        <translation>Withdraw “%1” from the consultation? Its recorded answers are kept.</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="277"/>
        <source>Retirando de la consulta</source>
        <translation>Withdrawing from the consultation</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="278"/>
        <source>«%1» se retiró de la consulta.</source>
        <translation>“%1” was withdrawn from the consultation.</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="290"/>
        <source>Comparando la redacción</source>
        <translation>Comparing the wording</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="302"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (aprobada) → %3 (vigente)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 (approved) → %3 (current)</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="305"/>
        <source>El peticionario aprobó esta redacción el %1; así cambió desde entonces (lo añadido, subrayado; lo suprimido, tachado).</source>
        <translation>The petitioner approved this wording on %1; this is how it has changed since (additions underlined, deletions struck through).</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="307"/>
        <source>Cambios desde el visto bueno</source>
        <translation>Changes since the approval</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="318"/>
        <source>Se abrió una copia verificada de «%1».</source>
        <translation>A verified copy of “%1” was opened.</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="321"/>
        <source>Abriendo la constancia</source>
        <translation>Opening the evidence</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="334"/>
        <location filename="../views/consultations_tab.py" line="340"/>
        <source>Consultas</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../views/consultations_tab.py" line="338"/>
        <source>Consultas (%1)</source>
        <translation>Consultations (%1)</translation>
    </message>
</context>
<context>
    <name>ContributionDialog</name>
    <message>
        <location filename="../views/drafting_dialogs.py" line="178"/>
        <source>Aportación de la petición</source>
        <translation>The petition&apos;s contribution</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="182"/>
        <source>Qué idea o qué palabras de la petición recoge esta disposición</source>
        <translation>Which idea or which words of the petition this provision takes up</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="183"/>
        <source>&amp;Aportación:</source>
        <translation>&amp;Contribution:</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="192"/>
        <source>Guardando la aportación</source>
        <translation>Saving the contribution</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../views/dialog_parts.py" line="27"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../views/dialog_parts.py" line="29"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DossierExports</name>
    <message>
        <location filename="../views/export_dossiers.py" line="58"/>
        <source>&amp;Paquete de sesión…</source>
        <translation>Session &amp;packet…</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="59"/>
        <source>El paquete de Word de una sesión del grupo redactor</source>
        <translation>The Word packet for a drafting committee session</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="61"/>
        <source>Expediente para la &amp;Asamblea…</source>
        <translation>&amp;Assembly dossier…</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="62"/>
        <source>Redacción final, origen ciudadano y visto bueno de los peticionarios, en Word</source>
        <translation>Final wording, citizen origin and the petitioners&apos; approval, in Word</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="63"/>
        <source>Expediente de la &amp;petición…</source>
        <translation>Pe&amp;tition dossier…</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="64"/>
        <source>Todo sobre la petición seleccionada, en Word</source>
        <translation>Everything about the selected petition, in Word</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="86"/>
        <source>Guardar el paquete de la sesión</source>
        <translation>Save the session packet</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="100"/>
        <source>Exportando el paquete de la sesión</source>
        <translation>Exporting the session packet</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="102"/>
        <source>Paquete de la sesión guardado</source>
        <translation>Session packet saved</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="103"/>
        <source>Se guardó el paquete de la sesión en:
%1</source>
        <translation>The session packet was saved to:
%1</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="119"/>
        <source>Leyendo las sesiones</source>
        <translation>Reading the sessions</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="128"/>
        <source>Guardar el expediente para la Asamblea</source>
        <translation>Save the Assembly dossier</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="141"/>
        <source>Exportando el expediente para la Asamblea</source>
        <translation>Exporting the Assembly dossier</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="143"/>
        <source>Expediente para la Asamblea guardado</source>
        <translation>Assembly dossier saved</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="144"/>
        <source>Se guardó el expediente para la Asamblea en:
%1</source>
        <translation>The Assembly dossier was saved to:
%1</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="157"/>
        <source>Expediente de la petición</source>
        <translation>Petition dossier</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="158"/>
        <source>Seleccione primero una petición en la lista.</source>
        <translation>First select a petition in the list.</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="176"/>
        <source>Guardar el expediente de la petición</source>
        <translation>Save the petition dossier</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="181"/>
        <source>Leyendo la petición</source>
        <translation>Reading the petition</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="196"/>
        <source>Exportando el expediente de la petición</source>
        <translation>Exporting the petition dossier</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="198"/>
        <source>Expediente de la petición guardado</source>
        <translation>Petition dossier saved</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="199"/>
        <source>Se guardó el expediente de la petición en:
%1</source>
        <translation>The petition dossier was saved to:
%1</translation>
    </message>
</context>
<context>
    <name>DraftingLabels</name>
    <message>
        <location filename="../views/drafting_labels.py" line="18"/>
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../views/drafting_labels.py" line="19"/>
        <source>Artículo</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../views/drafting_labels.py" line="20"/>
        <source>Apartado</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../views/drafting_labels.py" line="21"/>
        <source>Numeral</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../views/drafting_labels.py" line="25"/>
        <source>Borrador</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../views/drafting_labels.py" line="26"/>
        <source>Propuesta al grupo</source>
        <translation>Proposed to committee</translation>
    </message>
    <message>
        <location filename="../views/drafting_labels.py" line="27"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../views/drafting_labels.py" line="61"/>
        <source>Ninguna petición vinculada todavía</source>
        <extracomment>text colour per wording status: a draft is plain, a proposal blue, the final wording green</extracomment>
        <translation>No petition linked yet</translation>
    </message>
    <message>
        <location filename="../views/drafting_labels.py" line="63"/>
        <source>Alimentada por 1 petición, %2 firmas</source>
        <translation>Fed by 1 petition, %2 signatures</translation>
    </message>
    <message>
        <location filename="../views/drafting_labels.py" line="65"/>
        <source>Alimentada por %1 peticiones, %2 firmas en total</source>
        <translation>Fed by %1 petitions, %2 signatures in all</translation>
    </message>
    <message>
        <location filename="../views/drafting_labels.py" line="73"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../views/drafting_labels.py" line="78"/>
        <source>versión %1</source>
        <translation>version %1</translation>
    </message>
</context>
<context>
    <name>DraftingTab</name>
    <message>
        <location filename="../views/drafting_tab.py" line="37"/>
        <source>Cambios sin guardar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../views/drafting_tab.py" line="38"/>
        <source>La redacción de %1 tiene cambios sin guardar.</source>
        <translation>The wording of %1 has unsaved changes.</translation>
    </message>
    <message>
        <location filename="../views/drafting_tab.py" line="41"/>
        <source>¿Guardarla como una versión nueva antes de seguir?</source>
        <translation>Save it as a new version before going on?</translation>
    </message>
    <message>
        <location filename="../views/drafting_tab.py" line="42"/>
        <location filename="../views/drafting_tab.py" line="108"/>
        <source>Guardar versión</source>
        <translation>Save version</translation>
    </message>
    <message>
        <location filename="../views/drafting_tab.py" line="43"/>
        <source>Descartar cambios</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../views/drafting_tab.py" line="44"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../views/drafting_tab.py" line="78"/>
        <source>Versiones</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../views/drafting_tab.py" line="79"/>
        <source>Peticiones vinculadas</source>
        <translation>Linked petitions</translation>
    </message>
    <message>
        <location filename="../views/drafting_tab.py" line="80"/>
        <source>Solo lectura: su cuenta puede consultar la redacción, no cambiarla.</source>
        <translation>Read-only: your account can view the wording but not change it.</translation>
    </message>
    <message>
        <location filename="../views/drafting_tab.py" line="120"/>
        <source>Versiones (%1)</source>
        <translation>Versions (%1)</translation>
    </message>
    <message>
        <location filename="../views/drafting_tab.py" line="122"/>
        <source>Peticiones vinculadas (%1)</source>
        <translation>Linked petitions (%1)</translation>
    </message>
    <message>
        <location filename="../views/drafting_tab.py" line="155"/>
        <source>Leyendo las disposiciones</source>
        <translation>Reading the provisions</translation>
    </message>
    <message>
        <location filename="../views/drafting_tab.py" line="183"/>
        <source>Leyendo la disposición</source>
        <translation>Reading the provision</translation>
    </message>
    <message>
        <location filename="../views/drafting_tab.py" line="266"/>
        <source>Restaurar versión</source>
        <translation>Restore version</translation>
    </message>
    <message>
        <location filename="../views/drafting_tab.py" line="267"/>
        <source>¿Restaurar la versión %1 de %2? Su texto se guardará como una versión nueva; las demás versiones se conservan.</source>
        <translation>Restore version %1 of %2? Its text will be saved as a new version; the other versions are kept.</translation>
    </message>
    <message>
        <location filename="../views/drafting_tab.py" line="292"/>
        <source>Redacción</source>
        <translation>Drafting</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="71"/>
        <source>Ocurrió un error inesperado y no se pudo guardar el detalle. No se modificó nada.</source>
        <translation>An unexpected error occurred and its details could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="73"/>
        <source>Ocurrió un error inesperado; se guardó el detalle en %1. No se modificó nada.</source>
        <translation>An unexpected error occurred; the details were saved in %1. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="81"/>
        <location filename="../views/account_forms.py" line="38"/>
        <source>Secretariat</source>
        <extracomment>Roles in the order the counsel usually gives them.</extracomment>
        <translation>Secretariat</translation>
    </message>
</context>
<context>
    <name>ExportDossiers</name>
    <message>
        <location filename="../views/export_dossier_run.py" line="33"/>
        <source>Documento de Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../views/export_dossier_run.py" line="94"/>
        <source>Abrir carpeta</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../views/export_dossier_run.py" line="118"/>
        <source>Exportación cancelada: no se guardó ningún archivo.</source>
        <translation>Export cancelled: no file was saved.</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="205"/>
        <source>Datos de contacto</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="206"/>
        <source>¿Incluir en el expediente los correos y teléfonos de los peticionarios?

Son datos personales: inclúyalos solo si el expediente no saldrá de la oficina.</source>
        <translation>Include the petitioners&apos; emails and phone numbers in the dossier?

They are personal data: include them only if the dossier will not leave the office.</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="221"/>
        <location filename="../views/export_dossiers.py" line="230"/>
        <source>Paquete de sesión</source>
        <translation>Session packet</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="222"/>
        <source>Todavía no hay sesiones del grupo redactor. Créelas en la pestaña Sesiones.</source>
        <translation>There are no drafting committee sessions yet. Create them in the Sessions tab.</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="228"/>
        <source>%1 · %2 asuntos</source>
        <translation>%1 · %2 items</translation>
    </message>
    <message>
        <location filename="../views/export_dossiers.py" line="231"/>
        <source>Sesión:</source>
        <translation>Session:</translation>
    </message>
</context>
<context>
    <name>ExportTracker</name>
    <message>
        <location filename="../views/export_tracker.py" line="55"/>
        <source>Guardar el libro de seguimiento</source>
        <translation>Save the tracking workbook</translation>
    </message>
    <message>
        <location filename="../views/export_tracker.py" line="56"/>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../views/export_tracker.py" line="81"/>
        <source>Se guardó el libro de seguimiento en:
%1

%2 peticiones, %3 cortes diarios y %4 cruces de nivel, en %5 hojas.</source>
        <translation>The tracking workbook was saved to:
%1

%2 petitions, %3 daily counts and %4 tier crossings, in %5 sheets.</translation>
    </message>
    <message>
        <location filename="../views/export_tracker.py" line="87"/>
        <source>Libro de seguimiento guardado</source>
        <translation>Tracking workbook saved</translation>
    </message>
    <message>
        <location filename="../views/export_tracker.py" line="93"/>
        <source>Exportación cancelada: no se guardó ningún archivo.</source>
        <translation>Export cancelled: no file was saved.</translation>
    </message>
    <message>
        <location filename="../views/export_tracker.py" line="96"/>
        <source>Exportando el libro de seguimiento</source>
        <translation>Exporting the tracking workbook</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../views/import_wizard.py" line="112"/>
        <source>Elegir el archivo</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="113"/>
        <source>El archivo CSV o Excel (.xlsx) del monitoreo de Change.org, una fila por petición. Antes de importar verá qué va a cambiar.</source>
        <translation>The CSV or Excel (.xlsx) file from the Change.org monitoring, one row per petition. Before importing you will see what is going to change.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="116"/>
        <source>Ruta del archivo</source>
        <translation>Path of the file</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="118"/>
        <source>&amp;Examinar…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="129"/>
        <source>Se usa solo si el archivo no tiene columna de fecha.</source>
        <translation>Used only if the file has no date column.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="135"/>
        <source>&amp;Archivo:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="137"/>
        <source>&amp;Fecha del corte:</source>
        <translation>Count &amp;date:</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="144"/>
        <source>&lt;p&gt;&lt;b&gt;Qué debe traer el archivo&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Una fila de encabezados y una fila por petición. Columnas obligatorias: &lt;i&gt;Enlace&lt;/i&gt;, &lt;i&gt;Título&lt;/i&gt; y &lt;i&gt;Firmas&lt;/i&gt;. Opcionales: &lt;i&gt;Peticionario&lt;/i&gt;, &lt;i&gt;Fecha&lt;/i&gt;, &lt;i&gt;Correo&lt;/i&gt;, &lt;i&gt;Teléfono&lt;/i&gt;, &lt;i&gt;Tema&lt;/i&gt; y &lt;i&gt;Resumen&lt;/i&gt;. Los encabezados pueden estar en español o en inglés, en cualquier orden; las demás columnas se ignoran.&lt;/p&gt;&lt;p&gt;Las fechas se leen como dd/mm/aaaa o aaaa-mm-dd, y las firmas pueden llevar separador de miles (63,508). Si una sola fila tiene un error, no se importa nada y se indica la fila y la columna.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;What the file must contain&lt;/b&gt;&lt;/p&gt;&lt;p&gt;One header row and one row per petition. Required columns: &lt;i&gt;URL&lt;/i&gt;, &lt;i&gt;Title&lt;/i&gt; and &lt;i&gt;Signatures&lt;/i&gt;. Optional: &lt;i&gt;Petitioner&lt;/i&gt;, &lt;i&gt;Date&lt;/i&gt;, &lt;i&gt;Email&lt;/i&gt;, &lt;i&gt;Phone&lt;/i&gt;, &lt;i&gt;Topic&lt;/i&gt; and &lt;i&gt;Summary&lt;/i&gt;. Headers may be in Spanish or English, in any order; other columns are ignored.&lt;/p&gt;&lt;p&gt;Dates are read as dd/mm/yyyy or yyyy-mm-dd, and signature counts may carry thousands separators (63,508). If a single row has an error, nothing is imported and the row and column are named.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="175"/>
        <source>Elegir archivo de monitoreo</source>
        <translation>Choose a monitoring file</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="176"/>
        <source>Archivos de monitoreo (*.csv *.xlsx)</source>
        <translation>Monitoring files (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="176"/>
        <source>Todos los archivos (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../views/sign_in.py" line="148"/>
        <source>Secretariat — Expediente nuevo</source>
        <translation>Secretariat — New case file</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="152"/>
        <source>Este expediente todavía no tiene cuentas. Cree la cuenta de la consejería jurídica, que podrá después dar de alta al resto del equipo.</source>
        <translation>This case file has no accounts yet. Create the general counsel account, which can then add the rest of the team.</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="155"/>
        <source>Expediente: %1</source>
        <translation>Case file: %1</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="161"/>
        <source>sin espacios, p. ej. mgarcia</source>
        <translation>no spaces, e.g. mgarcia</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="166"/>
        <source>mínimo 4 caracteres</source>
        <translation>at least 4 characters</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="169"/>
        <source>Cargar el caso de &amp;demostración</source>
        <translation>Load the &amp;demo case</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="172"/>
        <source>Llena el expediente con peticiones inventadas para conocer la aplicación.</source>
        <translation>Fills the case file with invented petitions to get to know the application.</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="175"/>
        <source>&amp;Usuario:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="176"/>
        <source>&amp;Nombre completo:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="177"/>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="178"/>
        <source>&amp;Repita la contraseña:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="181"/>
        <source>Crear &amp;cuenta</source>
        <translation>Create &amp;account</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="201"/>
        <source>Escriba un nombre de usuario.</source>
        <translation>Type a user name.</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="205"/>
        <source>Las dos contraseñas no coinciden; escríbalas de nuevo.</source>
        <translation>The two passwords do not match; type them again.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../views/history_panel.py" line="106"/>
        <source>Historial (%1)</source>
        <translation>History (%1)</translation>
    </message>
    <message>
        <location filename="../views/history_panel.py" line="108"/>
        <source>Historial</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../views/history_panel.py" line="112"/>
        <source>Sin cambios registrados.</source>
        <translation>No changes recorded.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../models/import_preview.py" line="21"/>
        <source>Fila</source>
        <extracomment>(key, header source string); headers are translated when shown.</extracomment>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../models/import_preview.py" line="22"/>
        <source>Enlace/Título</source>
        <translation>URL/Title</translation>
    </message>
    <message>
        <location filename="../models/import_preview.py" line="23"/>
        <source>Cambio</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../models/import_preview.py" line="24"/>
        <source>Firmas antes → después</source>
        <translation>Signatures before → after</translation>
    </message>
    <message>
        <location filename="../models/import_preview.py" line="25"/>
        <source>Nivel antes → después</source>
        <translation>Tier before → after</translation>
    </message>
    <message>
        <location filename="../models/import_preview.py" line="26"/>
        <source>Cruces</source>
        <translation>Crossings</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../views/import_wizard.py" line="101"/>
        <source>Se leyeron todas las columnas del archivo.</source>
        <translation>Every column of the file was read.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="102"/>
        <source>«%1»</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="104"/>
        <source>Columnas ignoradas: %1</source>
        <translation>Ignored columns: %1</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="459"/>
        <source>Importar archivo de monitoreo</source>
        <translation>Import monitoring file</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="463"/>
        <source>&amp;Siguiente &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="464"/>
        <source>&lt; &amp;Atrás</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="465"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="466"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="15"/>
        <source>En seguimiento</source>
        <translation>Watch</translation>
    </message>
    <message>
        <location filename="../labels.py" line="16"/>
        <source>Revisión jurídica</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <location filename="../labels.py" line="17"/>
        <source>Audiencia ante el grupo redactor</source>
        <translation>Hearing before the drafting committee</translation>
    </message>
    <message>
        <location filename="../labels.py" line="18"/>
        <source>Audiencia con el jefe de gobierno</source>
        <translation>Audience with the head of government</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22"/>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>Admitida</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>Inadmisible</source>
        <translation>Inadmissible</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>Restringe derechos reconocidos</source>
        <translation>Restricts recognised rights</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>Duplicada</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../labels.py" line="30"/>
        <source>Fuera de la materia constitucional</source>
        <translation>Outside constitutional matter</translation>
    </message>
    <message>
        <location filename="../labels.py" line="31"/>
        <source>Otra</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>Consejería jurídica</source>
        <translation>General counsel</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36"/>
        <source>Asesor jurídico</source>
        <translation>Legal adviser</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37"/>
        <source>Secretario de actas</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>Observador</source>
        <translation>Observer</translation>
    </message>
    <message>
        <location filename="../labels.py" line="42"/>
        <source>Nueva</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../labels.py" line="43"/>
        <source>Actualizada</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Sin cambios</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48"/>
        <source>Alcanzó: %1</source>
        <translation>Reached: %1</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49"/>
        <source>Revertido: %1</source>
        <translation>Reverted: %1</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../views/drafting_links.py" line="43"/>
        <source>Peticiones que alimentan la disposición</source>
        <translation>Petitions that feed the provision</translation>
    </message>
    <message>
        <location filename="../views/drafting_links.py" line="49"/>
        <source>&amp;Vincular petición…</source>
        <translation>Lin&amp;k petition…</translation>
    </message>
    <message>
        <location filename="../views/drafting_links.py" line="50"/>
        <source>Buscar una petición por enlace, título o peticionario</source>
        <translation>Find a petition by link, title or petitioner</translation>
    </message>
    <message>
        <location filename="../views/drafting_links.py" line="51"/>
        <source>Editar a&amp;portación…</source>
        <translation>Edit &amp;contribution…</translation>
    </message>
    <message>
        <location filename="../views/drafting_links.py" line="52"/>
        <source>&amp;Quitar vínculo…</source>
        <translation>Remove li&amp;nk…</translation>
    </message>
    <message>
        <location filename="../views/drafting_links.py" line="53"/>
        <source>Ver la pe&amp;tición</source>
        <translation>Sho&amp;w the petition</translation>
    </message>
    <message>
        <location filename="../views/drafting_links.py" line="54"/>
        <source>Mostrar la petición en el registro</source>
        <translation>Show the petition in the register</translation>
    </message>
    <message>
        <location filename="../views/drafting_links.py" line="123"/>
        <source>«%1» ahora alimenta %2.</source>
        <translation>“%1” now feeds %2.</translation>
    </message>
    <message>
        <location filename="../views/drafting_links.py" line="137"/>
        <source>Quitar vínculo</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <location filename="../views/drafting_links.py" line="138"/>
        <source>¿«%1» deja de alimentar %2? La petición no se borra; solo el vínculo.</source>
        <translation>Should “%1” stop feeding %2? The petition is not deleted, only the link.</translation>
    </message>
    <message>
        <location filename="../views/drafting_links.py" line="149"/>
        <source>Quitando el vínculo</source>
        <translation>Removing the link</translation>
    </message>
    <message>
        <location filename="../views/drafting_links.py" line="150"/>
        <source>Se quitó el vínculo con «%1».</source>
        <translation>The link to “%1” was removed.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="54"/>
        <source>Secretariat — %1 (%2)</source>
        <translation>Secretariat — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="75"/>
        <source>Peticiones</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122"/>
        <source>&amp;Importar…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124"/>
        <source>Importar un archivo de monitoreo (CSV o XLSX)</source>
        <translation>Import a monitoring file (CSV or XLSX)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="125"/>
        <source>Cargar caso de &amp;demostración</source>
        <translation>Load &amp;demo case</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127"/>
        <source>Llenar el expediente con peticiones inventadas</source>
        <translation>Fill the case file with invented petitions</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>&amp;Seguimiento en Excel…</source>
        <translation>Excel &amp;tracker…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130"/>
        <source>Exportar peticiones, cortes diarios y cruces a un libro de Excel</source>
        <translation>Export petitions, daily counts and crossings to an Excel workbook</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131"/>
        <source>&amp;Preferencias…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>Cambiar mi &amp;contraseña…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135"/>
        <source>&amp;Actualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="137"/>
        <source>Volver a leer el expediente</source>
        <translation>Read the case file again</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="139"/>
        <source>&amp;Acerca de Secretariat</source>
        <translation>&amp;About Secretariat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146"/>
        <source>E&amp;xportar</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154"/>
        <source>&amp;Expediente</source>
        <translation>&amp;Case file</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159"/>
        <source>&amp;Umbrales de nivel…</source>
        <translation>Tier &amp;thresholds…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="160"/>
        <source>Cambiar las firmas que exige cada nivel</source>
        <translation>Change the signatures each tier requires</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="166"/>
        <source>C&amp;uentas…</source>
        <translation>Acco&amp;unts…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="167"/>
        <source>Crear, desactivar y reactivar cuentas; restablecer contraseñas y cambiar roles</source>
        <translation>Create, disable and re-enable accounts; reset passwords and change roles</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="171"/>
        <source>&amp;Bitácora de auditoría…</source>
        <translation>Audit &amp;trail…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="172"/>
        <source>Quién cambió qué y cuándo</source>
        <translation>Who changed what, and when</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174"/>
        <source>A&amp;yuda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="176"/>
        <source>Barra de herramientas</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="188"/>
        <source>Expediente: %1</source>
        <translation>Case file: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189"/>
        <source>Sesión: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="246"/>
        <source>Buscando cambios</source>
        <translation>Looking for changes</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="300"/>
        <source>Su contraseña cambió.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <location filename="../views/demo_loader.py" line="13"/>
        <source>Cargar caso de demostración</source>
        <translation>Load demo case</translation>
    </message>
    <message>
        <location filename="../views/demo_loader.py" line="15"/>
        <source>El expediente ya tiene peticiones; el caso de demostración solo se carga en un expediente vacío, para no mezclar datos inventados con datos reales.</source>
        <translation>The case file already has petitions; the demo case loads only into an empty case file, so that invented data never mixes with real data.</translation>
    </message>
    <message>
        <location filename="../views/demo_loader.py" line="20"/>
        <source>Se cargarán unas 320 peticiones inventadas, con 60 días de cortes de firmas y algunas decisiones de admisibilidad. ¿Desea continuar?</source>
        <translation>About 320 invented petitions will be loaded, with 60 days of signature counts and some admissibility decisions. Do you want to continue?</translation>
    </message>
    <message>
        <location filename="../views/demo_loader.py" line="38"/>
        <source>Caso de demostración cargado: %1 peticiones nuevas.</source>
        <translation>Demo case loaded: %1 new petitions.</translation>
    </message>
    <message>
        <location filename="../views/demo_loader.py" line="42"/>
        <source>Cargando el caso de demostración</source>
        <translation>Loading the demo case</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316"/>
        <source>Acerca de Secretariat</source>
        <translation>About Secretariat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="317"/>
        <source>&lt;b&gt;Secretariat %1&lt;/b&gt;&lt;p&gt;Seguimiento de las peticiones ciudadanas de Change.org que alimentan la Constitución Política de la Ciudad de México (2016): niveles, admisibilidad, audiencias y visto bueno de los peticionarios.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Secretariat %1&lt;/b&gt;&lt;p&gt;Follow-up of the citizens&apos; Change.org petitions that feed the Political Constitution of Mexico City (2016): tiers, admissibility, hearings and the petitioners&apos; approval.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingConflictDialog</name>
    <message>
        <location filename="../views/conflict_dialog.py" line="195"/>
        <source>Fecha y hora:</source>
        <translation>Date and time:</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="195"/>
        <source>Lugar:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="195"/>
        <source>Estado:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="196"/>
        <source>Minuta:</source>
        <translation>Minutes:</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="196"/>
        <source>Asistentes:</source>
        <translation>Attendees:</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="197"/>
        <source>Acuerdos:</source>
        <translation>Agreements:</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="199"/>
        <source>Otra persona guardó esta reunión</source>
        <translation>Someone else saved this meeting</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="200"/>
        <source>Reunión sin petición</source>
        <translation>Meeting without a petition</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="201"/>
        <source>Otra persona guardó esta reunión mientras usted la editaba. Compare las dos versiones y elija cuál se conserva; lo que usted escribió no se pierde hasta que elija.</source>
        <translation>Someone else saved this meeting while you were editing it. Compare the two versions and choose which one to keep; nothing you wrote is lost until you choose.</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="204"/>
        <source>Lo guardado por la otra persona</source>
        <translation>Saved by the other person</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="207"/>
        <source>Guardar su versión de la reunión en lugar de la que está guardada</source>
        <translation>Save your version of the meeting instead of the saved one</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="208"/>
        <source>Descartar sus cambios y mostrar la reunión como quedó guardada</source>
        <translation>Discard your changes and show the meeting as it was saved</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../views/meeting_dialog.py" line="106"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="108"/>
        <source>Sala, dirección o enlace de la videollamada</source>
        <translation>Room, address or video call link</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="114"/>
        <source>Orden del día o indicaciones (opcional)</source>
        <translation>Agenda or instructions (optional)</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="122"/>
        <source>Tipo:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="123"/>
        <source>Inicio:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="124"/>
        <source>Duración:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="125"/>
        <source>Lugar:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="126"/>
        <source>Estado:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="128"/>
        <source>Nota:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="131"/>
        <source>Lo que se trató y se dijo en la reunión</source>
        <translation>What was discussed and said at the meeting</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="136"/>
        <source>Datos</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="137"/>
        <source>Asistentes</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="138"/>
        <source>Minuta</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="139"/>
        <source>Acuerdos</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="140"/>
        <source>Adjuntos</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="143"/>
        <source>Volver a cargar</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="144"/>
        <source>Descartar lo escrito aquí y mostrar la reunión como quedó guardada</source>
        <translation>Discard what was typed here and show the meeting as it was saved</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="147"/>
        <source>Exportar invitación (.ics)…</source>
        <translation>Export invitation (.ics)…</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="148"/>
        <source>Guardar la reunión como invitación para el calendario de correo</source>
        <translation>Save the meeting as an invitation for the e-mail calendar</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="154"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="155"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="200"/>
        <source>Planear reunión</source>
        <translation>Plan meeting</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="201"/>
        <location filename="../views/meeting_dialog.py" line="221"/>
        <source>Reunión sin petición</source>
        <translation>Meeting without a petition</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="220"/>
        <source>Reunión: %1</source>
        <translation>Meeting: %1</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="263"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="316"/>
        <source>Abriendo el adjunto</source>
        <translation>Opening the attachment</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="337"/>
        <source>Verificando los adjuntos</source>
        <translation>Verifying the attachments</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="349"/>
        <source>Exportar invitación</source>
        <translation>Export invitation</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="350"/>
        <source>Invitaciones de calendario (*.ics)</source>
        <translation>Calendar invitations (*.ics)</translation>
    </message>
    <message>
        <location filename="../views/meeting_dialog.py" line="373"/>
        <source>Guardando la reunión</source>
        <translation>Saving the meeting</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../models/meetings_model.py" line="26"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="27"/>
        <source>Hora</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="28"/>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="29"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="30"/>
        <source>Petición</source>
        <translation>Petition</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="31"/>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="32"/>
        <source>Asesores</source>
        <translation>Advisers</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="33"/>
        <source>Choques</source>
        <translation>Clashes</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="55"/>
        <source>Mismo asesor (%1) a la misma hora que: %2</source>
        <translation>Same adviser (%1) at the same time as: %2</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="57"/>
        <source>Mismo lugar (%1) a la misma hora que: %2</source>
        <translation>Same place (%1) at the same time as: %2</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="157"/>
        <source>1 choque</source>
        <extracomment>after every re-read: (meetings, meetings in conflict)</extracomment>
        <translation>1 clash</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="158"/>
        <source>%1 choques</source>
        <translation>%1 clashes</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../views/account_forms.py" line="133"/>
        <source>Nueva cuenta</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="135"/>
        <source>La persona entrará con este usuario y esta contraseña; puede cambiarla después desde Archivo › Cambiar mi contraseña.</source>
        <translation>The person will sign in with this user name and password; they can change it later under File › Change my password.</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="139"/>
        <source>sin espacios, p. ej. lgarcia</source>
        <translation>no spaces, e.g. lgarcia</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="145"/>
        <source>&amp;Usuario:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="146"/>
        <source>&amp;Nombre completo:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="147"/>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="148"/>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="149"/>
        <source>Repe&amp;tir contraseña:</source>
        <translation>Repea&amp;t password:</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="150"/>
        <source>Crear cuenta</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="163"/>
        <source>Escriba el nombre de usuario de la cuenta nueva.</source>
        <translation>Type the user name of the new account.</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="171"/>
        <source>Creando la cuenta</source>
        <translation>Creating the account</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../views/session_dialogs.py" line="58"/>
        <source>Nueva sesión del grupo redactor</source>
        <translation>New drafting committee session</translation>
    </message>
    <message>
        <location filename="../views/session_dialogs.py" line="61"/>
        <source>a las</source>
        <translation>at</translation>
    </message>
    <message>
        <location filename="../views/session_dialogs.py" line="63"/>
        <source>Sala de juntas de la Consejería</source>
        <translation>General counsel&apos;s meeting room</translation>
    </message>
    <message>
        <location filename="../views/session_dialogs.py" line="64"/>
        <source>Invitar a los integrantes que asistieron a la sesión anterior</source>
        <translation>Invite the members who attended the previous session</translation>
    </message>
    <message>
        <location filename="../views/session_dialogs.py" line="67"/>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../views/session_dialogs.py" line="68"/>
        <source>Hora:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location filename="../views/session_dialogs.py" line="69"/>
        <source>&amp;Lugar:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../views/session_dialogs.py" line="90"/>
        <source>Creando la sesión</source>
        <translation>Creating the session</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <location filename="../views/office_settings_dialog.py" line="48"/>
        <source>Membrete y documentos</source>
        <extracomment>suggestions; the counsel may type any other</extracomment>
        <translation>Letterhead and documents</translation>
    </message>
    <message>
        <location filename="../views/office_settings_dialog.py" line="62"/>
        <source>&amp;Elegir archivo .docx…</source>
        <translation>&amp;Choose .docx file…</translation>
    </message>
    <message>
        <location filename="../views/office_settings_dialog.py" line="63"/>
        <source>&amp;Quitar membrete</source>
        <translation>&amp;Remove letterhead</translation>
    </message>
    <message>
        <location filename="../views/office_settings_dialog.py" line="70"/>
        <source>Los paquetes de sesión y los expedientes toman del membrete su encabezado, su pie de página y sus márgenes. Sin membrete usan un diseño sencillo.</source>
        <translation>Session packets and dossiers take their header, footer and margins from the letterhead. Without a letterhead they use a plain layout.</translation>
    </message>
    <message>
        <location filename="../views/office_settings_dialog.py" line="76"/>
        <source>&amp;Nombre de la oficina:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../views/office_settings_dialog.py" line="77"/>
        <source>&amp;Clasificación:</source>
        <translation>C&amp;lassification:</translation>
    </message>
    <message>
        <location filename="../views/office_settings_dialog.py" line="78"/>
        <source>Membrete:</source>
        <translation>Letterhead:</translation>
    </message>
    <message>
        <location filename="../views/office_settings_dialog.py" line="107"/>
        <source>%1 (se guardará al pulsar Guardar)</source>
        <translation>%1 (will be saved when you press Save)</translation>
    </message>
    <message>
        <location filename="../views/office_settings_dialog.py" line="109"/>
        <source>Ninguno: los documentos usan el diseño predeterminado.</source>
        <translation>None: documents use the default layout.</translation>
    </message>
    <message>
        <location filename="../views/office_settings_dialog.py" line="126"/>
        <source>Elegir el membrete</source>
        <translation>Choose the letterhead</translation>
    </message>
    <message>
        <location filename="../views/office_settings_dialog.py" line="126"/>
        <source>Documentos de Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../views/office_settings_dialog.py" line="154"/>
        <source>Guardando el membrete y los textos</source>
        <translation>Saving the letterhead and texts</translation>
    </message>
    <message>
        <location filename="../views/office_settings_dialog.py" line="170"/>
        <source>Membrete y &amp;documentos…</source>
        <translation>Letterhead and &amp;documents…</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../views/duty_dialogs.py" line="87"/>
        <source>Resultado de la revisión jurídica</source>
        <translation>Legal review outcome</translation>
    </message>
    <message>
        <location filename="../views/duty_dialogs.py" line="98"/>
        <source>Fundamento del resultado (opcional)</source>
        <translation>Grounds for the outcome (optional)</translation>
    </message>
    <message>
        <location filename="../views/duty_dialogs.py" line="99"/>
        <source>Resultado:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../views/duty_dialogs.py" line="100"/>
        <source>Nota:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../views/duty_dialogs.py" line="117"/>
        <source>Guardando el resultado de la revisión</source>
        <translation>Saving the review outcome</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../models/outcomes_model.py" line="22"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/outcomes_model.py" line="23"/>
        <source>Vigencia</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../models/outcomes_model.py" line="24"/>
        <source>Respuesta</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../models/outcomes_model.py" line="25"/>
        <source>Método</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../models/outcomes_model.py" line="26"/>
        <source>Constancia</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../models/outcomes_model.py" line="27"/>
        <source>Redacción consultada</source>
        <translation>Wording consulted on</translation>
    </message>
    <message>
        <location filename="../models/outcomes_model.py" line="28"/>
        <source>Registró</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../models/outcomes_model.py" line="33"/>
        <source>Vigente</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../models/outcomes_model.py" line="34"/>
        <source>Desactualizada</source>
        <translation>Stale</translation>
    </message>
    <message>
        <location filename="../models/outcomes_model.py" line="35"/>
        <source>Sustituida</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../models/outcomes_model.py" line="88"/>
        <source>sin constancia</source>
        <translation>no evidence</translation>
    </message>
    <message>
        <location filename="../models/outcomes_model.py" line="102"/>
        <source>Cambió la redacción de: %1</source>
        <translation>Wording changed for: %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../views/account_forms.py" line="182"/>
        <source>Cambiar mi contraseña</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="183"/>
        <source>Escriba su contraseña actual y la nueva dos veces.</source>
        <translation>Type your current password, then the new one twice.</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="185"/>
        <source>Restablecer contraseña</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="187"/>
        <source>Nueva contraseña para la cuenta «%1». Comuníquela a su titular en persona; también se levanta el bloqueo por intentos fallidos.</source>
        <translation>New password for the account «%1». Give it to its holder in person; this also lifts a lock-out after failed attempts.</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="194"/>
        <source>Contraseña &amp;actual:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="195"/>
        <source>Contraseña &amp;nueva:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="196"/>
        <source>Repe&amp;tir contraseña:</source>
        <translation>Repea&amp;t password:</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="212"/>
        <source>Cambiando la contraseña</source>
        <translation>Changing the password</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="214"/>
        <source>Restableciendo la contraseña</source>
        <translation>Resetting the password</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="220"/>
        <source>La contraseña actual no es correcta; no se cambió nada.</source>
        <translation>The current password is not correct; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>PetitionDetailPanel</name>
    <message>
        <location filename="../views/detail_panel.py" line="67"/>
        <source>Seleccione una petición en la lista para ver su detalle.</source>
        <translation>Select a petition in the list to see its details.</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="94"/>
        <source>Decidir admisibilidad…</source>
        <translation>Decide admissibility…</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="98"/>
        <source>Expediente en Word…</source>
        <translation>Word dossier…</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="99"/>
        <source>Todo sobre esta petición, para el archivo</source>
        <translation>Everything about this petition, for the file</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="108"/>
        <source>Crecimiento de las firmas</source>
        <translation>Signature growth</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="110"/>
        <source>Cruces de nivel</source>
        <translation>Tier crossings</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="112"/>
        <source>Peticionarios</source>
        <translation>Petitioners</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="114"/>
        <source>Admisibilidad</source>
        <translation>Admissibility</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="122"/>
        <source>Cronología: cortes, cruces, deberes y reuniones</source>
        <translation>Timeline: counts, crossings, duties and meetings</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="187"/>
        <source>Abrir la petición en el navegador</source>
        <translation>Open the petition in the browser</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="188"/>
        <source>Nivel: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Tier: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="190"/>
        <source>%1 firmas al %2</source>
        <translation>%1 signatures as of %2</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="193"/>
        <source>%1 en 7 días</source>
        <translation>%1 in 7 days</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="196"/>
        <source>Tema: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="210"/>
        <source>Todavía no ha cruzado ningún umbral.</source>
        <translation>It has not crossed any threshold yet.</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="219"/>
        <source>%1 firmas; umbral de %2 (umbrales vigentes: %3)</source>
        <translation>%1 signatures; threshold of %2 (thresholds in force: %3)</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="224"/>
        <source>Revertido el %1, con %2 firmas.</source>
        <translation>Reverted on %1, with %2 signatures.</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="233"/>
        <source>Sin peticionarios registrados.</source>
        <translation>No petitioners recorded.</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="249"/>
        <source>Duplicada de:</source>
        <translation>Duplicate of:</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="252"/>
        <source>Nota:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>PetitionDraftingSection</name>
    <message>
        <location filename="../views/petition_drafting_section.py" line="59"/>
        <source>Redacción y consulta</source>
        <translation>Drafting and consultation</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="65"/>
        <source>Registrar visto bueno…</source>
        <translation>Record approval…</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="67"/>
        <source>La respuesta del peticionario sobre la redacción vigente</source>
        <translation>The petitioner&apos;s answer on the current wording</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="68"/>
        <source>Agregar a la consulta…</source>
        <translation>Add to the consultation…</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="70"/>
        <source>Consultar también a esta petición aunque no llegó a audiencia</source>
        <translation>Consult this petition too, although it did not reach a hearing</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="76"/>
        <source>Qué fue de su idea</source>
        <translation>What became of its idea</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="80"/>
        <source>Resolución de la Asamblea…</source>
        <translation>Assembly resolution…</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="82"/>
        <source>Registrar si la Asamblea conservó, modificó o eliminó la disposición</source>
        <translation>Record whether the Assembly kept, amended or removed the provision</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="145"/>
        <source>Alimenta:</source>
        <translation>Feeds:</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="157"/>
        <source>Consulta: no se consulta (no llegó a audiencia y la consejería no la agregó).</source>
        <translation>Consultation: not consulted (it did not reach a hearing and the general counsel did not add it).</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="159"/>
        <source>Consulta:</source>
        <translation>Consultation:</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="161"/>
        <source>Victoria</source>
        <translation>Victory</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="163"/>
        <source>última respuesta: %1, %2, %3</source>
        <translation>latest answer: %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="167"/>
        <source>La redacción cambió después de su visto bueno; hay que consultar de nuevo.</source>
        <translation>The wording changed after their approval; the petitioner must be consulted again.</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="168"/>
        <source>Ver en Consultas</source>
        <translation>See in Consultations</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="181"/>
        <source>Ver cambios</source>
        <translation>Show changes</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="243"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: nuestra redacción → el texto de la Asamblea</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: our wording → the Assembly&apos;s text</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="244"/>
        <source>Lo que cambió la Asamblea</source>
        <translation>What the Assembly changed</translation>
    </message>
    <message>
        <location filename="../views/petition_drafting_section.py" line="245"/>
        <source>Lo añadido por la Asamblea va subrayado; lo que suprimió, tachado.</source>
        <translation>What the Assembly added is underlined; what it removed is struck through.</translation>
    </message>
</context>
<context>
    <name>PetitionFilterBar</name>
    <message>
        <location filename="../views/petition_filters.py" line="28"/>
        <source>Nivel</source>
        <extracomment>Search waits this long after the last keystroke before it queries.</extracomment>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="29"/>
        <source>Todos los niveles</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="32"/>
        <source>Revisión jurídica o más</source>
        <translation>Legal review or higher</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="36"/>
        <source>Admisibilidad</source>
        <translation>Admissibility</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="37"/>
        <source>Cualquier admisibilidad</source>
        <translation>Any admissibility</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="43"/>
        <source>Buscar por título o peticionario (Ctrl+F)</source>
        <translation>Search by title or petitioner (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="46"/>
        <source>Buscar</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="63"/>
        <source>&amp;Nivel:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="65"/>
        <source>&amp;Admisibilidad:</source>
        <translation>&amp;Admissibility:</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="90"/>
        <source>%1 peticiones</source>
        <translation>%1 petitions</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="92"/>
        <source>1 petición</source>
        <translation>1 petition</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="94"/>
        <source>%1 de %2 peticiones</source>
        <translation>%1 of %2 petitions</translation>
    </message>
</context>
<context>
    <name>PetitionPickerDialog</name>
    <message>
        <location filename="../views/drafting_dialogs.py" line="213"/>
        <source>Vincular una petición</source>
        <translation>Link a petition</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="214"/>
        <source>¿Qué petición alimenta %1?</source>
        <translation>Which petition feeds %1?</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="219"/>
        <source>Enlace de Change.org, palabras del título o un peticionario</source>
        <translation>Change.org link, words from the title or a petitioner</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="223"/>
        <source>Peticiones encontradas</source>
        <translation>Petitions found</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="229"/>
        <source>Qué aporta la petición a esta disposición (opcional)</source>
        <translation>What the petition contributes to this provision (optional)</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="230"/>
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="233"/>
        <source>&amp;Aportación:</source>
        <translation>&amp;Contribution:</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="234"/>
        <source>Vincular</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="265"/>
        <source>Se muestran %1 de %2; escriba más para acotar.</source>
        <translation>Showing %1 of %2; type more to narrow it down.</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="268"/>
        <source>Ninguna petición coincide.</source>
        <translation>No petition matches.</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="277"/>
        <source>Buscando peticiones</source>
        <translation>Searching petitions</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="294"/>
        <source>Elija en la lista la petición que alimenta esta disposición.</source>
        <translation>Choose from the list the petition that feeds this provision.</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="302"/>
        <source>Vinculando la petición</source>
        <translation>Linking the petition</translation>
    </message>
</context>
<context>
    <name>PetitionTable</name>
    <message>
        <location filename="../models/petition_table.py" line="54"/>
        <source>Nivel</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="55"/>
        <source>Nivel alcanzado según los umbrales de firmas</source>
        <translation>Tier reached under the signature thresholds</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="57"/>
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="58"/>
        <source>Título de la petición en Change.org</source>
        <translation>Title of the petition on Change.org</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="59"/>
        <location filename="../views/growth_chart.py" line="195"/>
        <location filename="../views/growth_chart.py" line="200"/>
        <source>Firmas</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="60"/>
        <source>Firmas en el corte más reciente</source>
        <translation>Signatures in the latest count</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="62"/>
        <source>Crecimiento
7 días</source>
        <translation>Growth
7 days</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="63"/>
        <source>Firmas ganadas en los últimos siete días</source>
        <translation>Signatures gained in the last seven days</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="65"/>
        <source>Admisibilidad</source>
        <translation>Admissibility</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="66"/>
        <source>Decisión de admisibilidad</source>
        <translation>Admissibility decision</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="67"/>
        <source>Días desde el
último cruce</source>
        <translation>Days since the
last crossing</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="68"/>
        <source>Días transcurridos desde el último cruce de umbral (alcanzado o revertido)</source>
        <translation>Days since the last threshold crossing (reached or reverted)</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="71"/>
        <source>Peticionarios</source>
        <translation>Petitioners</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="72"/>
        <source>Personas que crearon la petición</source>
        <translation>People who started the petition</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../views/import_wizard.py" line="198"/>
        <source>Vista previa</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="199"/>
        <source>Revise lo que va a cambiar. Todavía no se ha escrito nada.</source>
        <translation>Check what is going to change. Nothing has been written yet.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="201"/>
        <source>&amp;Importar</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="211"/>
        <source>Mostrar solo las filas que &amp;cambian</source>
        <translation>Show only the rows that &amp;change</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="265"/>
        <source>Leyendo «%1»…</source>
        <translation>Reading “%1”…</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="276"/>
        <source>Revisando el archivo</source>
        <translation>Checking the file</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="301"/>
        <source>Archivo «%1»: esto es lo que cambiaría al importarlo.</source>
        <translation>File “%1”: this is what importing it would change.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="321"/>
        <source>Se canceló la lectura del archivo.</source>
        <translation>Reading the file was cancelled.</translation>
    </message>
</context>
<context>
    <name>ProvisionDialog</name>
    <message>
        <location filename="../views/drafting_dialogs.py" line="103"/>
        <source>Editar disposición</source>
        <extracomment>how many search results the picker shows (the register may hold 100,000 petitions)</extracomment>
        <translation>Edit provision</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="104"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="106"/>
        <location filename="../views/drafting_dialogs.py" line="109"/>
        <source>Nueva disposición</source>
        <translation>New provision</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="107"/>
        <source>Dentro de %1</source>
        <translation>Inside %1</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="110"/>
        <source>En el primer nivel del proyecto de Constitución</source>
        <translation>At the top level of the draft Constitution</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="113"/>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="121"/>
        <source>Como la cita la oficina, p. ej. «Art. 16, A, 3»</source>
        <translation>As the office cites it, e.g. “Art. 16, A, 3”</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="124"/>
        <source>p. ej. «Derecho al agua y al saneamiento»</source>
        <translation>e.g. “Right to water and sanitation”</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="126"/>
        <source>&amp;Tipo:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="127"/>
        <source>&amp;Cita:</source>
        <translation>&amp;Citation:</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="128"/>
        <source>&amp;Encabezado:</source>
        <translation>&amp;Heading:</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="145"/>
        <source>Escriba la cita de la disposición, p. ej. «Art. 16, A, 3».</source>
        <translation>Type the provision&apos;s citation, e.g. “Art. 16, A, 3”.</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="154"/>
        <source>Guardando la disposición</source>
        <translation>Saving the provision</translation>
    </message>
    <message>
        <location filename="../views/drafting_dialogs.py" line="163"/>
        <source>Agregando la disposición</source>
        <translation>Adding the provision</translation>
    </message>
</context>
<context>
    <name>ProvisionLinks</name>
    <message>
        <location filename="../models/provision_links_model.py" line="24"/>
        <location filename="../models/provision_links_model.py" line="31"/>
        <source>Petición</source>
        <translation>Petition</translation>
    </message>
    <message>
        <location filename="../models/provision_links_model.py" line="25"/>
        <location filename="../models/provision_links_model.py" line="32"/>
        <source>Peticionarios</source>
        <translation>Petitioners</translation>
    </message>
    <message>
        <location filename="../models/provision_links_model.py" line="26"/>
        <location filename="../models/provision_links_model.py" line="33"/>
        <source>Firmas</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../models/provision_links_model.py" line="27"/>
        <location filename="../models/provision_links_model.py" line="34"/>
        <source>Nivel</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../models/provision_links_model.py" line="28"/>
        <source>Aportación</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../models/provision_links_model.py" line="141"/>
        <source>Ya alimenta esta disposición</source>
        <translation>Already feeds this provision</translation>
    </message>
</context>
<context>
    <name>ProvisionTree</name>
    <message>
        <location filename="../models/provision_tree_model.py" line="31"/>
        <source>Disposición</source>
        <translation>Provision</translation>
    </message>
    <message>
        <location filename="../models/provision_tree_model.py" line="32"/>
        <source>Encabezado</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../models/provision_tree_model.py" line="33"/>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/provision_tree_model.py" line="34"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/provision_tree_model.py" line="35"/>
        <source>Peticiones</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location filename="../models/provision_tree_model.py" line="36"/>
        <source>Firmas</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../models/provision_tree_model.py" line="211"/>
        <source>Sin redacción</source>
        <translation>No wording</translation>
    </message>
</context>
<context>
    <name>ProvisionTreePanel</name>
    <message>
        <location filename="../views/drafting_tree.py" line="53"/>
        <source>Disposiciones del proyecto</source>
        <translation>Provisions of the draft</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="61"/>
        <source>Aún no hay disposiciones. Empiece con «Nuevo título» o agregue un artículo.</source>
        <translation>No provisions yet. Start with “New title” or add an article.</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="66"/>
        <source>Nuevo &amp;título…</source>
        <translation>New &amp;title…</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="67"/>
        <source>Agregar un título (o un artículo) en el primer nivel</source>
        <translation>Add a title (or an article) at the top level</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="68"/>
        <source>Agregar &amp;dentro…</source>
        <translation>Add &amp;inside…</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="69"/>
        <source>Agregar una disposición dentro de la seleccionada</source>
        <translation>Add a provision inside the selected one</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="70"/>
        <source>Agregar al mismo &amp;nivel…</source>
        <translation>Add at the same &amp;level…</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="71"/>
        <source>Agregar una disposición después de la seleccionada</source>
        <translation>Add a provision after the selected one</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="72"/>
        <source>&amp;Editar…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="73"/>
        <source>Cambiar la cita y el encabezado</source>
        <translation>Change the citation and the heading</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="76"/>
        <source>Subir (Ctrl+↑)</source>
        <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="77"/>
        <location filename="../views/drafting_tree.py" line="103"/>
        <source>Subir</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="80"/>
        <source>Bajar (Ctrl+↓)</source>
        <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="81"/>
        <location filename="../views/drafting_tree.py" line="105"/>
        <source>Bajar</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="82"/>
        <source>Eliminar…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="83"/>
        <source>Eliminar la disposición (solo si no tiene redacción ni vínculos)</source>
        <translation>Delete the provision (only if it has no wording and no links)</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="244"/>
        <source>Se agregó %1.</source>
        <translation>%1 was added.</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="251"/>
        <source>Se guardó %1.</source>
        <translation>%1 was saved.</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="270"/>
        <source>Moviendo la disposición</source>
        <translation>Moving the provision</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="280"/>
        <source>Eliminar disposición</source>
        <translation>Delete provision</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="281"/>
        <source>¿Eliminar %1 del proyecto? Esta acción no se puede deshacer.</source>
        <translation>Delete %1 from the draft? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="291"/>
        <source>Eliminando la disposición</source>
        <translation>Deleting the provision</translation>
    </message>
    <message>
        <location filename="../views/drafting_tree.py" line="292"/>
        <source>Se eliminó %1.</source>
        <translation>%1 was deleted.</translation>
    </message>
</context>
<context>
    <name>RedlineView</name>
    <message>
        <location filename="../views/redline_view.py" line="88"/>
        <source>Sin cambios de redacción</source>
        <extracomment>(text colour, background) of each change; chosen to read on white and in grey print. shown between a deletion and the insertion that replaces it, so the two words do not touch</extracomment>
        <translation>No changes to the wording</translation>
    </message>
    <message>
        <location filename="../views/redline_view.py" line="90"/>
        <source>Solo cambian signos de puntuación o espacios</source>
        <translation>Only punctuation or spacing changes</translation>
    </message>
    <message>
        <location filename="../views/redline_view.py" line="92"/>
        <source>1 palabra añadida</source>
        <translation>1 word added</translation>
    </message>
    <message>
        <location filename="../views/redline_view.py" line="93"/>
        <source>%1 palabras añadidas</source>
        <translation>%1 words added</translation>
    </message>
    <message>
        <location filename="../views/redline_view.py" line="97"/>
        <source>1 palabra suprimida</source>
        <translation>1 word deleted</translation>
    </message>
    <message>
        <location filename="../views/redline_view.py" line="98"/>
        <source>%1 palabras suprimidas</source>
        <translation>%1 words deleted</translation>
    </message>
    <message>
        <location filename="../views/redline_view.py" line="99"/>
        <source>1 suprimida</source>
        <translation>1 deleted</translation>
    </message>
    <message>
        <location filename="../views/redline_view.py" line="100"/>
        <source>%1 suprimidas</source>
        <translation>%1 deleted</translation>
    </message>
    <message>
        <location filename="../views/redline_view.py" line="115"/>
        <source>Cambios de redacción</source>
        <translation>Wording changes</translation>
    </message>
    <message>
        <location filename="../views/redline_view.py" line="121"/>
        <source>añadido</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../views/redline_view.py" line="123"/>
        <source>suprimido</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../views/redline_view.py" line="130"/>
        <source>Leyenda:</source>
        <translation>Legend:</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../views/consultation_request.py" line="41"/>
        <source>Agregar a la consulta</source>
        <extracomment>tiers whose petitions are not consulted unless the counsel adds them</extracomment>
        <translation>Add to the consultation</translation>
    </message>
    <message>
        <location filename="../views/consultation_request.py" line="43"/>
        <source>La petición no llegó a audiencia, pero su peticionario también será consultado sobre la redacción de las disposiciones que alimenta.</source>
        <translation>The petition did not reach a hearing, but its petitioner will also be consulted on the wording of the provisions it feeds.</translation>
    </message>
    <message>
        <location filename="../views/consultation_request.py" line="47"/>
        <source>Buscar por título o peticionario</source>
        <translation>Search by title or petitioner</translation>
    </message>
    <message>
        <location filename="../views/consultation_request.py" line="50"/>
        <source>Petición</source>
        <translation>Petition</translation>
    </message>
    <message>
        <location filename="../views/consultation_request.py" line="54"/>
        <source>Por qué se consulta (opcional)</source>
        <translation>Why it is consulted (optional)</translation>
    </message>
    <message>
        <location filename="../views/consultation_request.py" line="59"/>
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../views/consultation_request.py" line="63"/>
        <source>&amp;Petición:</source>
        <translation>&amp;Petition:</translation>
    </message>
    <message>
        <location filename="../views/consultation_request.py" line="65"/>
        <source>&amp;Nota:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../views/consultation_request.py" line="69"/>
        <source>Agregar</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../views/consultation_request.py" line="117"/>
        <source>%1 — %2 firmas</source>
        <translation>%1 — %2 signatures</translation>
    </message>
    <message>
        <location filename="../views/consultation_request.py" line="119"/>
        <source>Ninguna petición coincide</source>
        <translation>No petition matches</translation>
    </message>
    <message>
        <location filename="../views/consultation_request.py" line="131"/>
        <source>Elija la petición que se agregará a la consulta.</source>
        <translation>Choose the petition to add to the consultation.</translation>
    </message>
    <message>
        <location filename="../views/consultation_request.py" line="139"/>
        <source>Agregando a la consulta</source>
        <translation>Adding to the consultation</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../views/import_wizard.py" line="330"/>
        <source>Importación</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="337"/>
        <source>&amp;Cancelar importación</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="366"/>
        <source>Importando «%1». Puede cancelar: no se guardará nada a medias.</source>
        <translation>Importing “%1”. You may cancel: nothing is saved half-way.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="368"/>
        <source>Guardando %1 filas…</source>
        <translation>Saving %1 rows…</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="381"/>
        <source>Importando archivo</source>
        <translation>Importing file</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="393"/>
        <source>Cancelando…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="416"/>
        <source>Se importó «%1».</source>
        <translation>“%1” was imported.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="417"/>
        <source>Importación terminada. El registro de peticiones ya está al día.</source>
        <translation>Import finished. The petition register is up to date.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="428"/>
        <source>No se importó el archivo.</source>
        <translation>The file was not imported.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="437"/>
        <source>Importación cancelada.</source>
        <translation>Import cancelled.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="438"/>
        <source>Se canceló la importación; no se importó nada.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../views/account_forms.py" line="227"/>
        <source>Cambiar rol</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="229"/>
        <source>El rol decide lo que la cuenta «%1» puede hacer; el cambio vale desde su próximo inicio de sesión.</source>
        <translation>The role decides what the account «%1» may do; the change applies from its next sign-in.</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="233"/>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="240"/>
        <source>Cambiando el rol</source>
        <translation>Changing the role</translation>
    </message>
</context>
<context>
    <name>RostersDialog</name>
    <message>
        <location filename="../views/rosters_dialog.py" line="45"/>
        <source>Grupo redactor y asesores</source>
        <translation>Drafting committee and advisers</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="52"/>
        <location filename="../views/rosters_dialog.py" line="83"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="53"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="53"/>
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="53"/>
        <source>Inactivo</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="54"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="58"/>
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="60"/>
        <source>Cargo o comentario (opcional)</source>
        <translation>Position or remark (optional)</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="61"/>
        <source>Añadir integrante</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="62"/>
        <source>Guardar cambios</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="63"/>
        <location filename="../views/rosters_dialog.py" line="174"/>
        <source>Desactivar</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="67"/>
        <source>Nombre:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="70"/>
        <source>Nota:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="84"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="85"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="88"/>
        <source>Las cuentas activas de asesoría y de consejería jurídica pueden ser responsables de deberes y asistir a las reuniones. Se administran en Expediente › Cuentas.</source>
        <translation>Active legal adviser and general counsel accounts can own duties and attend meetings. They are managed under Case file › Accounts.</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="95"/>
        <source>Grupo redactor</source>
        <translation>Drafting committee</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="96"/>
        <source>Asesoría jurídica</source>
        <translation>Legal advisers</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="100"/>
        <source>Plazos y adjuntos</source>
        <translation>Deadlines and attachments</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="104"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="120"/>
        <source>Días entre el cruce de nivel (o la reunión celebrada, para los seguimientos) y la fecha en que vence cada deber. Los deberes ya creados conservan su fecha.</source>
        <translation>Days between the tier crossing (or the meeting held, for follow-ups) and the date each duty is due. Duties already created keep their date.</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="127"/>
        <source> días</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="132"/>
        <source>Tamaño máximo de un adjunto:</source>
        <translation>Largest attachment:</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="133"/>
        <source>Guardar plazos y límite</source>
        <translation>Save deadlines and limit</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="157"/>
        <source>%1 de %2 integrantes activos</source>
        <translation>%1 of %2 members active</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="174"/>
        <source>Reactivar</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="206"/>
        <source>Añadiendo al grupo redactor</source>
        <translation>Adding to the drafting committee</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="214"/>
        <location filename="../views/rosters_dialog.py" line="221"/>
        <source>Guardando el integrante</source>
        <translation>Saving the member</translation>
    </message>
    <message>
        <location filename="../views/rosters_dialog.py" line="232"/>
        <source>Guardando los plazos</source>
        <translation>Saving the deadlines</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../views/session_form.py" line="76"/>
        <source>a las</source>
        <translation>at</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="78"/>
        <source>Sala de juntas de la Consejería</source>
        <translation>General counsel&apos;s meeting room</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="81"/>
        <source>Nota interna sobre la sesión (opcional)</source>
        <translation>Internal note on the session (optional)</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="84"/>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="85"/>
        <source>Hora:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="86"/>
        <source>&amp;Lugar:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="87"/>
        <source>N&amp;ota:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="97"/>
        <source>Lic. Mateo Ruiz (Asesor jurídico); Ing. Rocío Gamboa</source>
        <translation>Mateo Ruiz (Legal adviser); Rocío Gamboa</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="98"/>
        <source>Otros asistentes, separados por punto y coma; el cargo, entre paréntesis</source>
        <translation>Other attendees, separated by semicolons; their position in parentheses</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="99"/>
        <source>Asistentes</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="101"/>
        <source>Integrantes del grupo redactor:</source>
        <translation>Drafting committee members:</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="103"/>
        <source>&amp;Invitados:</source>
        <translation>&amp;Guests:</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="107"/>
        <source>&amp;Guardar cambios</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="108"/>
        <source>Guardar la fecha, el lugar y los asistentes (Ctrl+S)</source>
        <translation>Save the date, place and attendees (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="110"/>
        <source>&amp;Descartar cambios</source>
        <translation>D&amp;iscard changes</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="111"/>
        <source>Volver a los datos guardados de la sesión</source>
        <translation>Go back to the session&apos;s saved details</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="162"/>
        <source>Hay cambios sin guardar.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="176"/>
        <source>Elija una sesión de la lista o cree una nueva.</source>
        <translation>Choose a session from the list or create a new one.</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="180"/>
        <source>&lt;b&gt;Sesión del %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Session of %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="182"/>
        <source>Sesión anterior: %1</source>
        <translation>Previous session: %1</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="232"/>
        <source>Se guardó la sesión del %1.</source>
        <translation>The session of %1 was saved.</translation>
    </message>
    <message>
        <location filename="../views/session_form.py" line="235"/>
        <source>Guardando la sesión</source>
        <translation>Saving the session</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../models/sessions_model.py" line="32"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/sessions_model.py" line="33"/>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../models/sessions_model.py" line="34"/>
        <source>Asistentes</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../models/sessions_model.py" line="35"/>
        <source>Puntos</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../models/sessions_model.py" line="197"/>
        <source>%1 (inactivo)</source>
        <translation>%1 (inactive)</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../views/sessions_tab.py" line="64"/>
        <source>&amp;Nueva sesión…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <location filename="../views/sessions_tab.py" line="65"/>
        <source>Crear la sesión de otro día (Ctrl+N)</source>
        <translation>Create the session for another day (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../views/sessions_tab.py" line="66"/>
        <source>E&amp;liminar sesión…</source>
        <translation>De&amp;lete session…</translation>
    </message>
    <message>
        <location filename="../views/sessions_tab.py" line="82"/>
        <source>Orden del día</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../views/sessions_tab.py" line="84"/>
        <source>E&amp;xportar paquete…</source>
        <translation>E&amp;xport packet…</translation>
    </message>
    <message>
        <location filename="../views/sessions_tab.py" line="85"/>
        <source>El paquete de la sesión en Word: portada, orden del día y fichas</source>
        <translation>The session packet in Word: cover page, agenda and briefing sheets</translation>
    </message>
    <message>
        <location filename="../views/sessions_tab.py" line="174"/>
        <source>Se descartaron los cambios sin guardar de la sesión del %1.</source>
        <translation>The unsaved changes to the session of %1 were discarded.</translation>
    </message>
    <message>
        <location filename="../views/sessions_tab.py" line="212"/>
        <source>Se creó la sesión del %1.</source>
        <translation>The session of %1 was created.</translation>
    </message>
    <message>
        <location filename="../views/sessions_tab.py" line="225"/>
        <source>Eliminar sesión</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <location filename="../views/sessions_tab.py" line="226"/>
        <source>¿Eliminar la sesión del %1 con sus %2 puntos del orden del día y su lista de asistentes? No se puede deshacer.</source>
        <translation>Delete the session of %1 with its %2 agenda items and its list of attendees? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../views/sessions_tab.py" line="237"/>
        <source>Eliminando la sesión</source>
        <translation>Deleting the session</translation>
    </message>
    <message>
        <location filename="../views/sessions_tab.py" line="238"/>
        <source>Se eliminó la sesión del %1.</source>
        <translation>The session of %1 was deleted.</translation>
    </message>
    <message>
        <location filename="../views/sessions_tab.py" line="245"/>
        <source>Sesiones</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../views/settings_dialog.py" line="38"/>
        <source>Preferencias</source>
        <extracomment>Each language is named in itself, so that anyone can find their own.</extracomment>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../views/settings_dialog.py" line="47"/>
        <source>&amp;Idioma:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../views/settings_dialog.py" line="49"/>
        <source>El cambio de idioma se aplica la próxima vez que abra Secretariat.</source>
        <translation>A change of language takes effect the next time you open Secretariat.</translation>
    </message>
    <message>
        <location filename="../views/settings_dialog.py" line="52"/>
        <source>En esta computadora la variable SECRETARIAT_LANG fija el idioma y tiene prioridad sobre esta preferencia.</source>
        <translation>On this computer the SECRETARIAT_LANG variable sets the language and takes precedence over this preference.</translation>
    </message>
    <message>
        <location filename="../views/settings_dialog.py" line="75"/>
        <source>Copia de seguridad</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../views/settings_dialog.py" line="76"/>
        <source>&amp;Respaldar al cerrar</source>
        <translation>&amp;Back up on close</translation>
    </message>
    <message>
        <location filename="../views/settings_dialog.py" line="80"/>
        <source>Elegir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../views/settings_dialog.py" line="86"/>
        <source> copias</source>
        <translation> backups</translation>
    </message>
    <message>
        <location filename="../views/settings_dialog.py" line="94"/>
        <source>C&amp;arpeta:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <location filename="../views/settings_dialog.py" line="96"/>
        <source>&amp;Conservar las últimas:</source>
        <translation>&amp;Keep the last:</translation>
    </message>
    <message>
        <location filename="../views/settings_dialog.py" line="97"/>
        <source>Al cerrar la ventana se guarda una copia completa del expediente; las más antiguas se borran de esa carpeta.</source>
        <translation>When the window closes, a complete copy of the case file is saved; the oldest ones are deleted from that folder.</translation>
    </message>
    <message>
        <location filename="../views/settings_dialog.py" line="108"/>
        <source>Carpeta de las copias de seguridad</source>
        <translation>Backup folder</translation>
    </message>
</context>
<context>
    <name>SideBySideConflict</name>
    <message>
        <location filename="../views/conflict_dialog.py" line="89"/>
        <source>Su cambio (sin guardar)</source>
        <translation>Your change (not saved)</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="118"/>
        <source>Conservar la mía</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="121"/>
        <source>Usar la de la otra persona</source>
        <translation>Use theirs</translation>
    </message>
    <message>
        <location filename="../views/conflict_dialog.py" line="123"/>
        <source>Seguir editando</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../views/sign_in.py" line="81"/>
        <source>Secretariat — Iniciar sesión</source>
        <translation>Secretariat — Sign in</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="84"/>
        <source>Escriba su usuario y contraseña para abrir el expediente.</source>
        <translation>Type your user name and password to open the case file.</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="86"/>
        <source>Expediente: %1</source>
        <translation>Case file: %1</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="96"/>
        <source>&amp;Usuario:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="97"/>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="100"/>
        <source>&amp;Entrar</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="120"/>
        <source>Escriba su nombre de usuario.</source>
        <translation>Type your user name.</translation>
    </message>
</context>
<context>
    <name>SignoffDialog</name>
    <message>
        <location filename="../views/signoff_dialog.py" line="56"/>
        <source>&amp;Aprueba</source>
        <extracomment>refusals that mean &quot;the wording you showed is not today&apos;s&quot;: offer to load it again</extracomment>
        <translation>&amp;Approves</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="57"/>
        <source>Aprueba con &amp;observaciones</source>
        <translation>Approves with r&amp;emarks</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="58"/>
        <source>&amp;Rechaza</source>
        <translation>&amp;Rejects</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="77"/>
        <source>Todavía no tiene redacción: no se puede consultar.</source>
        <translation>No wording yet: it cannot be consulted on.</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="95"/>
        <source>Registrar visto bueno</source>
        <translation>Record approval</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="106"/>
        <source>Redacción que se consulta</source>
        <translation>Wording under consultation</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="128"/>
        <source>Fecha de la respuesta</source>
        <translation>Date of the answer</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="130"/>
        <source>Método</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="131"/>
        <source>Elija cómo respondió…</source>
        <translation>Choose how they answered…</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="134"/>
        <source>&amp;Elegir archivo…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="135"/>
        <source>La carta escaneada o el correo guardado</source>
        <translation>The scanned letter or the saved email</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="136"/>
        <source>&amp;Quitar</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="151"/>
        <source>Respuesta:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="153"/>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="154"/>
        <source>&amp;Método:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="155"/>
        <source>Constancia:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="160"/>
        <source>Cargar la redacción &amp;vigente</source>
        <translation>Load the c&amp;urrent wording</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="161"/>
        <source>Mostrar la redacción de hoy; lo que escribió se conserva</source>
        <translation>Show today&apos;s wording; what you typed is kept</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="170"/>
        <source>&lt;b&gt;Redacción que se consulta&lt;/b&gt; (lo que el peticionario aprueba o rechaza):</source>
        <translation>&lt;b&gt;Wording under consultation&lt;/b&gt; (what the petitioner approves or rejects):</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="208"/>
        <source>Peticionarios: %1</source>
        <translation>Petitioners: %1</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="212"/>
        <source>Su respuesta del %1 quedó desactualizada porque cambió %2; se consulta la redacción de hoy.</source>
        <translation>Their answer of %1 is out of date because %2 changed; today&apos;s wording is the one consulted on.</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="220"/>
        <source>La petición no alimenta ninguna disposición: no hay redacción que consultar.</source>
        <translation>The petition does not feed any provision: there is no wording to consult on.</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="240"/>
        <source>Observaciones (obligatorias):</source>
        <translation>Remarks (required):</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="241"/>
        <source>Observaciones:</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="243"/>
        <source>Lo que el peticionario pidió cambiar o por qué rechaza</source>
        <translation>What the petitioner asked to change, or why they reject it</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="244"/>
        <source>Opcional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="248"/>
        <source>Elegir la constancia</source>
        <translation>Choose the evidence</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="249"/>
        <source>Documentos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.eml *.msg *.txt);;Todos los archivos (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.eml *.msg *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="257"/>
        <source>Sin constancia (una carta escaneada o un correo guardado).</source>
        <translation>No evidence (a scanned letter or a saved email).</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="264"/>
        <source>No se pudo leer «%1»: %2</source>
        <translation>Could not read “%1”: %2</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="279"/>
        <source>Elija cómo respondió el peticionario: en persona, carta firmada o correo electrónico.</source>
        <translation>Choose how the petitioner answered: in person, signed letter or email.</translation>
    </message>
    <message>
        <location filename="../views/signoff_dialog.py" line="296"/>
        <source>Registrando el visto bueno</source>
        <translation>Recording the approval</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../tasks.py" line="257"/>
        <source>Cancelar</source>
        <extracomment>How long a task runs before its progress dialog appears.</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../views/thresholds_dialog.py" line="40"/>
        <source>Umbrales de nivel</source>
        <translation>Tier thresholds</translation>
    </message>
    <message>
        <location filename="../views/thresholds_dialog.py" line="47"/>
        <source>Cantidad de firmas a partir de la cual una petición alcanza cada nivel. Vigentes desde el %1.</source>
        <translation>Number of signatures from which a petition reaches each tier. In force since %1.</translation>
    </message>
    <message>
        <location filename="../views/thresholds_dialog.py" line="60"/>
        <source> firmas</source>
        <translation> signatures</translation>
    </message>
    <message>
        <location filename="../views/thresholds_dialog.py" line="67"/>
        <source>Motivo del cambio (queda en la bitácora)</source>
        <translation>Reason for the change (kept in the audit trail)</translation>
    </message>
    <message>
        <location filename="../views/thresholds_dialog.py" line="68"/>
        <source>Nota:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../views/thresholds_dialog.py" line="71"/>
        <source>Los cruces ya registrados conservan los umbrales con que se registraron; no se reclasifica ninguna petición. Los nuevos umbrales se aplican a los cortes de firmas que se importen a partir de ahora.</source>
        <translation>Crossings already recorded keep the thresholds they were recorded with; no petition is reclassified. The new thresholds apply to the signature counts imported from now on.</translation>
    </message>
    <message>
        <location filename="../views/thresholds_dialog.py" line="119"/>
        <source>Guardando los umbrales</source>
        <translation>Saving the thresholds</translation>
    </message>
</context>
<context>
    <name>TierNames</name>
    <message>
        <location filename="../views/growth_chart.py" line="35"/>
        <source>En seguimiento</source>
        <extracomment>One colour per tier, shared with the petition table. Short tier names for tight places (the table&apos;s &quot;Nivel&quot; column, the lines of the chart).</extracomment>
        <translation>Watch</translation>
    </message>
    <message>
        <location filename="../views/growth_chart.py" line="36"/>
        <source>Revisión jurídica</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <location filename="../views/growth_chart.py" line="37"/>
        <source>Grupo redactor</source>
        <translation>Drafting committee</translation>
    </message>
    <message>
        <location filename="../views/growth_chart.py" line="38"/>
        <source>Jefe de gobierno</source>
        <translation>Head of government</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../views/timeline_view.py" line="98"/>
        <source>%1 cortes de firmas: de %2 (%3) a %4 firmas</source>
        <translation>%1 signature counts: from %2 (%3) to %4 signatures</translation>
    </message>
    <message>
        <location filename="../views/timeline_view.py" line="101"/>
        <source>Corte de firmas: %1</source>
        <translation>Signature count: %1</translation>
    </message>
    <message>
        <location filename="../views/timeline_view.py" line="103"/>
        <source>Alcanzó %1 con %2 firmas</source>
        <translation>Reached %1 with %2 signatures</translation>
    </message>
    <message>
        <location filename="../views/timeline_view.py" line="106"/>
        <source>Revertido %1: bajó a %2 firmas</source>
        <translation>Reverted %1: fell to %2 signatures</translation>
    </message>
    <message>
        <location filename="../views/timeline_view.py" line="109"/>
        <source>Deber: %1</source>
        <translation>Duty: %1</translation>
    </message>
    <message>
        <location filename="../views/timeline_view.py" line="110"/>
        <source> (responsable: %1)</source>
        <translation> (owner: %1)</translation>
    </message>
    <message>
        <location filename="../views/timeline_view.py" line="112"/>
        <source>Deber cumplido: %1</source>
        <translation>Duty done: %1</translation>
    </message>
    <message>
        <location filename="../views/timeline_view.py" line="117"/>
        <source>Deber dispensado: %1</source>
        <translation>Duty waived: %1</translation>
    </message>
    <message>
        <location filename="../views/timeline_view.py" line="141"/>
        <source>Sin cortes, cruces, deberes ni reuniones todavía.</source>
        <translation>No counts, crossings, duties or meetings yet.</translation>
    </message>
</context>
<context>
    <name>VersionHistory</name>
    <message>
        <location filename="../views/drafting_history.py" line="51"/>
        <source>Versiones de la redacción</source>
        <translation>Wording versions</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="57"/>
        <source>Ctrl+clic: comparar dos versiones</source>
        <translation>Ctrl+click: compare two versions</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="60"/>
        <source>&amp;Restaurar esta versión…</source>
        <translation>Restore this &amp;version…</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="61"/>
        <source>Guardar el texto de esta versión como una versión nueva</source>
        <translation>Save this version&apos;s text as a new version</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="62"/>
        <source>&amp;Proponer al grupo redactor</source>
        <translation>&amp;Propose to the drafting committee</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="63"/>
        <source>Marcar la versión vigente como propuesta al grupo redactor</source>
        <translation>Mark the current version as proposed to the drafting committee</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="64"/>
        <source>Marcar como &amp;final</source>
        <translation>Mark as &amp;final</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="65"/>
        <source>La versión vigente es la que irá a la Asamblea (solo la Consejería)</source>
        <translation>The current version is the one that goes to the Assembly (general counsel only)</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="138"/>
        <source>Elija una disposición en el índice.</source>
        <translation>Choose a provision in the index.</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="140"/>
        <source>Esta disposición aún no tiene redacción guardada.</source>
        <translation>This provision has no saved wording yet.</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="144"/>
        <source>Elija solo dos versiones para compararlas.</source>
        <translation>Choose only two versions to compare them.</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="146"/>
        <source>Elija una versión para ver qué cambió; dos (con Ctrl) para compararlas.</source>
        <translation>Choose a version to see what changed; two (with Ctrl) to compare them.</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="152"/>
        <source>La %1 es la primera; no hay una anterior con qué compararla.</source>
        <translation>This is %1, the first one; there is no earlier version to compare it with.</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="165"/>
        <source>Cambios</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="169"/>
        <source>Cambios de la %1 a la %2</source>
        <translation>Changes from %1 to %2</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="172"/>
        <source>(vigente)</source>
        <translation>(current)</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="184"/>
        <source>Comparando…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="201"/>
        <source>Comparando versiones</source>
        <translation>Comparing versions</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="231"/>
        <source>Proponiendo al grupo redactor</source>
        <translation>Proposing to the drafting committee</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="232"/>
        <source>La %1 quedó propuesta al grupo redactor.</source>
        <translation>Proposed %1 to the drafting committee.</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="239"/>
        <source>Marcar como final</source>
        <translation>Mark as final</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="240"/>
        <source>¿Marcar la %1 de %2 como la redacción final para la Asamblea? Su estado ya no podrá cambiar.</source>
        <translation>Mark %1 of %2 as the final wording for the Assembly? Its status can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="245"/>
        <source>Marcando la versión como final</source>
        <translation>Marking the version as final</translation>
    </message>
    <message>
        <location filename="../views/drafting_history.py" line="246"/>
        <source>La %1 quedó como final para la Asamblea.</source>
        <translation>Marked %1 as final for the Assembly.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../models/versions_model.py" line="22"/>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/versions_model.py" line="23"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/versions_model.py" line="24"/>
        <source>Autor</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../models/versions_model.py" line="25"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/versions_model.py" line="26"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../models/versions_model.py" line="39"/>
        <source>Restaurada de la %1.</source>
        <translation>Restored from %1.</translation>
    </message>
    <message>
        <location filename="../models/versions_model.py" line="92"/>
        <source>(sin autor)</source>
        <translation>(no author)</translation>
    </message>
    <message>
        <location filename="../models/versions_model.py" line="99"/>
        <source>%1 caracteres</source>
        <translation>%1 characters</translation>
    </message>
</context>
<context>
    <name>WaiveDialog</name>
    <message>
        <location filename="../views/duty_dialogs.py" line="64"/>
        <source>Dispensar deber</source>
        <translation>Waive duty</translation>
    </message>
    <message>
        <location filename="../views/duty_dialogs.py" line="65"/>
        <source>Por qué ya no hace falta cumplir este deber</source>
        <translation>Why this duty no longer needs to be done</translation>
    </message>
    <message>
        <location filename="../views/duty_dialogs.py" line="66"/>
        <source>Motivo:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../views/duty_dialogs.py" line="72"/>
        <source>Escriba el motivo para dispensar el deber.</source>
        <translation>Type the reason for waiving the duty.</translation>
    </message>
    <message>
        <location filename="../views/duty_dialogs.py" line="80"/>
        <source>Dispensando el deber</source>
        <translation>Waiving the duty</translation>
    </message>
</context>
<context>
    <name>WordingConflictDialog</name>
    <message>
        <location filename="../views/drafting_conflict.py" line="36"/>
        <source>Otra persona guardó esta redacción</source>
        <translation>Someone else saved this wording</translation>
    </message>
    <message>
        <location filename="../views/drafting_conflict.py" line="38"/>
        <source>Otra persona</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location filename="../views/drafting_conflict.py" line="39"/>
        <source>%1 guardó la %2 de %3 el %4, mientras usted redactaba.</source>
        <translation>%1 saved %2 of %3 on %4, while you were drafting.</translation>
    </message>
    <message>
        <location filename="../views/drafting_conflict.py" line="42"/>
        <source>esta disposición</source>
        <translation>this provision</translation>
    </message>
    <message>
        <location filename="../views/drafting_conflict.py" line="46"/>
        <source>Sus cambios respecto de la %1, de la que usted partió:</source>
        <translation>Your changes against %1, which you started from:</translation>
    </message>
    <message>
        <location filename="../views/drafting_conflict.py" line="47"/>
        <source>Usted partió de una disposición sin redacción; esta es la suya:</source>
        <translation>You started from a provision with no wording; this is yours:</translation>
    </message>
    <message>
        <location filename="../views/drafting_conflict.py" line="61"/>
        <source>Lo que cambió %1</source>
        <translation>What %1 changed</translation>
    </message>
    <message>
        <location filename="../views/drafting_conflict.py" line="62"/>
        <source>Su texto frente a esa versión</source>
        <translation>Your text against that version</translation>
    </message>
    <message>
        <location filename="../views/drafting_conflict.py" line="63"/>
        <source>Su texto no se pierde: si ve la versión de la otra persona, el suyo queda a salvo y puede recuperarlo con un clic.</source>
        <translation>Your text is not lost: if you view the other person&apos;s version, yours is kept safe and you can get it back with one click.</translation>
    </message>
    <message>
        <location filename="../views/drafting_conflict.py" line="69"/>
        <source>&amp;Ver su versión</source>
        <translation>&amp;View their version</translation>
    </message>
    <message>
        <location filename="../views/drafting_conflict.py" line="70"/>
        <source>Mostrar en el editor la versión guardada; su texto queda a salvo</source>
        <translation>Show the saved version in the editor; your text is kept safe</translation>
    </message>
    <message>
        <location filename="../views/drafting_conflict.py" line="71"/>
        <source>&amp;Conservar mi texto</source>
        <translation>&amp;Keep my text</translation>
    </message>
    <message>
        <location filename="../views/drafting_conflict.py" line="72"/>
        <source>Seguir con su texto; al guardar se creará la versión siguiente a la suya</source>
        <translation>Go on with your text; saving will create the version after theirs</translation>
    </message>
    <message>
        <location filename="../views/drafting_conflict.py" line="73"/>
        <source>Seguir &amp;editando</source>
        <translation>Keep &amp;editing</translation>
    </message>
</context>
<context>
    <name>WordingEditor</name>
    <message>
        <location filename="../views/drafting_editor.py" line="74"/>
        <source>Su texto sin guardar quedó a salvo mientras ve la versión de la otra persona.</source>
        <translation>Your unsaved text is kept safe while you view the other person&apos;s version.</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="77"/>
        <source>&amp;Recuperar mi texto</source>
        <translation>&amp;Recover my text</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="78"/>
        <source>Volver a poner su texto en el editor, sobre la versión guardada</source>
        <translation>Put your text back in the editor, over the saved version</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="79"/>
        <source>Copiar</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="80"/>
        <source>Copiar su texto al portapapeles</source>
        <translation>Copy your text to the clipboard</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="81"/>
        <source>Descartarlo</source>
        <translation>Discard it</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="91"/>
        <source>Redacción de la disposición</source>
        <translation>Wording of the provision</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="99"/>
        <source>Nota de la versión (opcional): qué cambió y por qué</source>
        <translation>Version note (optional): what changed and why</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="100"/>
        <source>Nota de la versión</source>
        <translation>Version note</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="104"/>
        <source>&amp;Guardar versión</source>
        <translation>&amp;Save version</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="106"/>
        <source>Guardar el texto como una versión nueva (Ctrl+S)</source>
        <translation>Save the text as a new version (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="107"/>
        <source>Descartar cambios</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="108"/>
        <source>Volver al texto de la versión cargada</source>
        <translation>Go back to the text of the loaded version</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="157"/>
        <source>%1 caracteres</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="186"/>
        <source>Escriba aquí la redacción de la disposición.</source>
        <translation>Type the wording of the provision here.</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="206"/>
        <source>Elija una disposición en el índice.</source>
        <translation>Choose a provision in the index.</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="218"/>
        <source>Sin redacción guardada todavía.</source>
        <translation>No wording saved yet.</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="221"/>
        <source>%1 · %2 · %3, %4</source>
        <translation>%1 · %2 · %3, %4</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="226"/>
        <source>otra persona guardó la %1 mientras usted editaba</source>
        <translation>someone else saved %1 while you were editing</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="229"/>
        <source>cambios sin guardar</source>
        <translation>unsaved changes</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="250"/>
        <source>No hay cambios que guardar.</source>
        <translation>There are no changes to save.</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="255"/>
        <source>Guardando la versión</source>
        <translation>Saving the version</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="263"/>
        <source>Restaurando la versión</source>
        <translation>Restoring the version</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="317"/>
        <source>Su texto sigue en el editor; al guardar se creará la %1, después de la de %2.</source>
        <translation>Your text is still in the editor; saving will create %1, after the one by %2.</translation>
    </message>
    <message>
        <location filename="../views/drafting_editor.py" line="319"/>
        <source>la otra persona</source>
        <translation>the other person</translation>
    </message>
</context>
<context>
    <name>WorkLabels</name>
    <message>
        <location filename="../work_labels.py" line="14"/>
        <source>Revisión jurídica</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="15"/>
        <source>Audiencia ante el grupo redactor</source>
        <translation>Hearing before the drafting committee</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="16"/>
        <source>Reunión de seguimiento</source>
        <translation>Follow-up meeting</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="17"/>
        <location filename="../work_labels.py" line="42"/>
        <source>Audiencia con el jefe de gobierno</source>
        <translation>Audience with the head of government</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="21"/>
        <source>Abierto</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="22"/>
        <source>Agendado</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="23"/>
        <source>Cumplido</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="24"/>
        <location filename="../work_labels.py" line="61"/>
        <source>Dispensado</source>
        <translation>Waived</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="28"/>
        <source>A tiempo</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="29"/>
        <source>Vence pronto</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="30"/>
        <source>Vencido</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="34"/>
        <source>Viable</source>
        <translation>Viable</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="35"/>
        <source>Requiere reformulación</source>
        <translation>Needs rewording</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="36"/>
        <source>No viable</source>
        <translation>Not viable</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="40"/>
        <source>Audiencia</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="41"/>
        <source>Seguimiento</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="43"/>
        <source>Otra reunión</source>
        <translation>Other meeting</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="47"/>
        <source>Planeada</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="48"/>
        <source>Celebrada</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="49"/>
        <source>Cancelada</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="50"/>
        <source>No asistió el peticionario</source>
        <translation>Petitioner did not attend</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="54"/>
        <source>Grupo redactor</source>
        <translation>Drafting committee</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="55"/>
        <source>Asesor jurídico</source>
        <translation>Legal adviser</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="56"/>
        <source>Peticionario</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="57"/>
        <source>Invitado</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="62"/>
        <source>Cruce revertido</source>
        <translation>Crossing reverted</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="63"/>
        <source>Ciclo de seguimiento cerrado</source>
        <translation>Follow-up cycle closed</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="124"/>
        <source>Sin asignar</source>
        <extracomment>(background, text) per age bucket, as in e-petitions&apos; admin hub. One colour per meeting kind (the calendar&apos;s blocks).</extracomment>
        <translation>Unassigned</translation>
    </message>
</context>
<context>
    <name>WorkTabs</name>
    <message>
        <location filename="../views/work_tabs.py" line="50"/>
        <source>Deberes</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location filename="../views/work_tabs.py" line="51"/>
        <source>Calendario</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../views/work_tabs.py" line="55"/>
        <source>Deberes (%1)</source>
        <translation>Duties (%1)</translation>
    </message>
    <message>
        <location filename="../views/work_tabs.py" line="69"/>
        <source>&amp;Grupo redactor y asesores…</source>
        <translation>&amp;Drafting committee and advisers…</translation>
    </message>
    <message>
        <location filename="../views/work_tabs.py" line="71"/>
        <source>Integrantes del grupo redactor, asesores y plazos de los deberes</source>
        <translation>Drafting committee members, advisers and duty deadlines</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <location filename="../models/worklist_model.py" line="44"/>
        <source>Plazo</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="45"/>
        <source>Vence</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="46"/>
        <source>Quedan</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="47"/>
        <source>Deber</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="48"/>
        <source>Petición</source>
        <translation>Petition</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="49"/>
        <source>Nivel</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="50"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="51"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="67"/>
        <source>hoy</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="69"/>
        <source>1 día</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="71"/>
        <source>1 día de retraso</source>
        <translation>1 day late</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="73"/>
        <source>%1 días de retraso</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="74"/>
        <source>%1 días</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="211"/>
        <source>El cruce de nivel que creó este deber se revirtió después de empezarlo.</source>
        <extracomment>one sentence when the case file could not be read the number of rows after every re-read</extracomment>
        <translation>The tier crossing that created this duty was reverted after the duty was started.</translation>
    </message>
</context>
<context>
    <name>WorklistTab</name>
    <message>
        <location filename="../views/worklist.py" line="64"/>
        <source>Responsable</source>
        <extracomment>meeting kind planned for each duty kind (a legal review has no meeting)</extracomment>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="66"/>
        <source>Deber</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="67"/>
        <source>Todos los deberes</source>
        <translation>All duties</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="71"/>
        <source>Plazo</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="72"/>
        <source>Cualquier plazo</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="75"/>
        <source>Vencidos o por vencer</source>
        <translation>Overdue or due soon</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="76"/>
        <source>Solo los &amp;míos</source>
        <translation>Only &amp;mine</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="77"/>
        <source>Mostrar solo los deberes de los que usted es responsable</source>
        <translation>Show only the duties you own</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="82"/>
        <source>Responsable:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="82"/>
        <source>Deber:</source>
        <translation>Duty:</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="83"/>
        <source>Plazo:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="117"/>
        <source>Asignar a</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="118"/>
        <source>&amp;Asignar seleccionados</source>
        <translation>&amp;Assign selected</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="119"/>
        <source>&amp;Dispensar…</source>
        <translation>&amp;Waive…</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="120"/>
        <source>Cerrar el deber sin cumplirlo, con un motivo</source>
        <translation>Close the duty without doing it, with a reason</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="121"/>
        <source>&amp;Resultado de la revisión…</source>
        <translation>Review &amp;outcome…</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="122"/>
        <source>&amp;Planear reunión…</source>
        <translation>&amp;Plan meeting…</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="123"/>
        <source>Abrir r&amp;eunión…</source>
        <translation>Open m&amp;eeting…</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="124"/>
        <source>Cerrar &amp;ciclo de seguimiento…</source>
        <translation>Close follow-up &amp;cycle…</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="125"/>
        <source>Terminar las reuniones de seguimiento de esta petición</source>
        <translation>End the follow-up meetings of this petition</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="126"/>
        <source>Ver la pe&amp;tición</source>
        <translation>Show the pe&amp;tition</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="127"/>
        <source>Mostrar la petición del deber en el registro</source>
        <translation>Show the duty&apos;s petition in the register</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="128"/>
        <source>Asignar a:</source>
        <translation>Assign to:</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="184"/>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="225"/>
        <source>1 deber</source>
        <translation>1 duty</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="226"/>
        <source>%1 deberes</source>
        <translation>%1 duties</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="298"/>
        <source>Se asignó 1 deber a %2.</source>
        <translation>1 duty was assigned to %2.</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="298"/>
        <source>Se asignaron %1 deberes a %2.</source>
        <translation>%1 duties were assigned to %2.</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="301"/>
        <source>Asignando deberes</source>
        <translation>Assigning duties</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="347"/>
        <source>Cerrar ciclo de seguimiento</source>
        <translation>Close follow-up cycle</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="348"/>
        <source>¿Terminar las reuniones de seguimiento de «%1»? Los seguimientos abiertos se dispensarán y no aparecerán más.</source>
        <translation>End the follow-up meetings of «%1»? The open follow-ups will be waived and will not appear again.</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="359"/>
        <source>Cerrando el ciclo de seguimiento</source>
        <translation>Closing the follow-up cycle</translation>
    </message>
    <message>
        <location filename="../views/worklist.py" line="360"/>
        <source>Se cerró el ciclo de seguimiento.</source>
        <translation>The follow-up cycle was closed.</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message>
        <location filename="../views/import_wizard.py" line="63"/>
        <source>filas</source>
        <translation>rows</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="63"/>
        <source>nuevas</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="63"/>
        <source>actualizadas</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="64"/>
        <source>sin cambios</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="64"/>
        <source>cruces de nivel</source>
        <translation>tier crossings</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="65"/>
        <source>reversiones</source>
        <translation>reversions</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../views/account_forms.py" line="73"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="74"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="119"/>
        <source>Escriba la contraseña nueva.</source>
        <translation>Type the new password.</translation>
    </message>
    <message>
        <location filename="../views/account_forms.py" line="123"/>
        <source>Las dos contraseñas no coinciden; escríbalas de nuevo.</source>
        <translation>The two passwords do not match; type them again.</translation>
    </message>
</context>
</TS>
