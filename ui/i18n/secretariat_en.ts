<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="es_MX">
<context>
    <name></name>
    <message>
        <location filename="../views/meeting_parts.py" line="169"/>
        <source>Papel</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="170"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="171"/>
        <source>Contacto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="172"/>
        <source>Asistió</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="183"/>
        <source>Acuerdo</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="184"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="185"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="189"/>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="190"/>
        <source>Tamaño</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="191"/>
        <source>Agregado</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../views/meeting_parts.py" line="192"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
</context>
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
    <name>AgreementsTab</name>
    <message>
        <location filename="../views/meeting_tabs.py" line="201"/>
        <source>Qué se acordó</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <location filename="../views/meeting_tabs.py" line="204"/>
        <source>Responsable</source>
        <translation>Owner</translation>
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
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../models/audit_model.py" line="38"/>
        <source>Petición</source>
        <translation>Petition</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="39"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="40"/>
        <source>Política de umbrales</source>
        <translation>Threshold policy</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="41"/>
        <source>Importación</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="42"/>
        <source>Expediente</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="43"/>
        <source>Deber</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="44"/>
        <source>Reunión</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="45"/>
        <source>Integrante del grupo redactor</source>
        <translation>Drafting committee member</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="46"/>
        <source>Ajustes de trabajo</source>
        <translation>Work settings</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="50"/>
        <source>Alta</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="51"/>
        <source>Desactivación</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="52"/>
        <source>Reactivación</source>
        <translation>Re-enabled</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="53"/>
        <source>Contraseña restablecida</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="54"/>
        <source>Cambio de contraseña propia</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="55"/>
        <source>Cambio de rol</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="56"/>
        <source>Cambio de umbrales</source>
        <translation>Thresholds changed</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="57"/>
        <source>Decisión de admisibilidad</source>
        <translation>Admissibility decision</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="58"/>
        <source>Importación de monitoreo</source>
        <translation>Monitoring import</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="59"/>
        <source>Cambio de textos por importación</source>
        <translation>Texts changed by an import</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="60"/>
        <source>Carga del caso de demostración</source>
        <translation>Demo case loaded</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="61"/>
        <source>Deberes por cruces de nivel</source>
        <translation>Duties from tier crossings</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="62"/>
        <source>Alta de deber</source>
        <translation>Duty created</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="63"/>
        <source>Asignación de deber</source>
        <translation>Duty assigned</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="64"/>
        <source>Dispensa de deber</source>
        <translation>Duty waived</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="65"/>
        <source>Resultado de la revisión jurídica</source>
        <translation>Legal review outcome</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="66"/>
        <source>Cierre del ciclo de seguimiento</source>
        <translation>Follow-up cycle closed</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="67"/>
        <source>Cambio de plazos</source>
        <translation>Deadlines changed</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="68"/>
        <source>Anexo agregado</source>
        <translation>Attachment added</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="69"/>
        <source>Cambio del tamaño máximo de anexos</source>
        <translation>Attachment size limit changed</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="70"/>
        <source>Alta de integrante</source>
        <translation>Member added</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="71"/>
        <source>Cambio de integrante</source>
        <translation>Member changed</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="75"/>
        <source>Admisibilidad</source>
        <translation>Admissibility</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="76"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="77"/>
        <source>Duplicada de (petición n.º)</source>
        <translation>Duplicate of (petition no.)</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="78"/>
        <location filename="../models/audit_model.py" line="261"/>
        <source>Usuario</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="79"/>
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="80"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="81"/>
        <source>Activa</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="82"/>
        <source>Bloqueada</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="83"/>
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="84"/>
        <source>Umbral de revisión jurídica</source>
        <translation>Legal review threshold</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="85"/>
        <source>Umbral de audiencia ante el grupo redactor</source>
        <translation>Drafting committee hearing threshold</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="86"/>
        <source>Umbral de audiencia con el jefe de gobierno</source>
        <translation>Head of government audience threshold</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="87"/>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="88"/>
        <source>Filas</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="89"/>
        <source>Nuevas</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="90"/>
        <source>Actualizadas</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="91"/>
        <source>Sin cambios</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="92"/>
        <source>Cruces de nivel</source>
        <translation>Tier crossings</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="93"/>
        <source>Huella SHA-256</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="94"/>
        <source>Peticiones</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="95"/>
        <source>Días</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="96"/>
        <source>Semilla</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="97"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="98"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="99"/>
        <source>Responsable (cuenta n.º)</source>
        <translation>Owner (account no.)</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="100"/>
        <source>Vence</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="101"/>
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="102"/>
        <source>Tamaño (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="103"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="104"/>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="105"/>
        <source>Petición n.º</source>
        <translation>Petition no.</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="106"/>
        <source>Deber de origen n.º</source>
        <translation>Parent duty no.</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="107"/>
        <source>Anexo n.º</source>
        <translation>Attachment no.</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="108"/>
        <source>Motivo de la dispensa</source>
        <translation>Waiver reason</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="109"/>
        <source>Creados</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="110"/>
        <source>Vueltos a vincular</source>
        <translation>Relinked</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="111"/>
        <source>Señalados</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="112"/>
        <source>Dispensados</source>
        <translation>Waived</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="113"/>
        <source>Seguimientos dispensados</source>
        <translation>Follow-ups waived</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="114"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="118"/>
        <source>restablecida</source>
        <translation>reset</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="119"/>
        <source>cambiada</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="158"/>
        <source>%1: %2</source>
        <extracomment>What an absent value looks like in the before/after columns.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="160"/>
        <source>%1 n.º %2</source>
        <translation>%1 no. %2</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="195"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="196"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="260"/>
        <source>Fecha y hora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="262"/>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="263"/>
        <source>Registro</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="264"/>
        <source>Cambios</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="316"/>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="317"/>
        <source>Antes</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../models/audit_model.py" line="318"/>
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
        <location filename="../backup_on_close.py" line="124"/>
        <source>Copia de seguridad antes de cerrar</source>
        <translation>Backup before closing</translation>
    </message>
    <message>
        <location filename="../backup_on_close.py" line="131"/>
        <source>Se canceló la copia de seguridad.</source>
        <translation>The backup was cancelled.</translation>
    </message>
    <message>
        <location filename="../backup_on_close.py" line="142"/>
        <source>Copia de seguridad</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../backup_on_close.py" line="143"/>
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
    <name>Dialogs</name>
    <message>
        <location filename="../views/dialog_parts.py" line="24"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../views/dialog_parts.py" line="26"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
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
    <name>ExportTracker</name>
    <message>
        <location filename="../views/export_tracker.py" line="43"/>
        <source>Guardar el libro de seguimiento</source>
        <translation>Save the tracking workbook</translation>
    </message>
    <message>
        <location filename="../views/export_tracker.py" line="44"/>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../views/export_tracker.py" line="73"/>
        <source>Se guardó el libro de seguimiento en:
%1

%2 peticiones, %3 cortes diarios y %4 cruces de nivel, en %5 hojas.</source>
        <translation>The tracking workbook was saved to:
%1

%2 petitions, %3 daily counts and %4 tier crossings, in %5 sheets.</translation>
    </message>
    <message>
        <location filename="../views/export_tracker.py" line="79"/>
        <source>Libro de seguimiento guardado</source>
        <translation>Tracking workbook saved</translation>
    </message>
    <message>
        <location filename="../views/export_tracker.py" line="85"/>
        <source>Exportación cancelada: no se guardó ningún archivo.</source>
        <translation>Export cancelled: no file was saved.</translation>
    </message>
    <message>
        <location filename="../views/export_tracker.py" line="88"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="53"/>
        <source>Secretariat — %1 (%2)</source>
        <translation>Secretariat — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="74"/>
        <source>Peticiones</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>&amp;Importar…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121"/>
        <source>Importar un archivo de monitoreo (CSV o XLSX)</source>
        <translation>Import a monitoring file (CSV or XLSX)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122"/>
        <source>Cargar caso de &amp;demostración</source>
        <translation>Load &amp;demo case</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124"/>
        <source>Llenar el expediente con peticiones inventadas</source>
        <translation>Fill the case file with invented petitions</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="126"/>
        <source>&amp;Seguimiento en Excel…</source>
        <translation>Excel &amp;tracker…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127"/>
        <source>Exportar peticiones, cortes diarios y cruces a un libro de Excel</source>
        <translation>Export petitions, daily counts and crossings to an Excel workbook</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>&amp;Preferencias…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>Cambiar mi &amp;contraseña…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131"/>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>&amp;Actualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>Volver a leer el expediente</source>
        <translation>Read the case file again</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>&amp;Acerca de Secretariat</source>
        <translation>&amp;About Secretariat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138"/>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>E&amp;xportar</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150"/>
        <source>&amp;Expediente</source>
        <translation>&amp;Case file</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155"/>
        <source>&amp;Umbrales de nivel…</source>
        <translation>Tier &amp;thresholds…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="156"/>
        <source>Cambiar las firmas que exige cada nivel</source>
        <translation>Change the signatures each tier requires</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162"/>
        <source>C&amp;uentas…</source>
        <translation>Acco&amp;unts…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163"/>
        <source>Crear, desactivar y reactivar cuentas; restablecer contraseñas y cambiar roles</source>
        <translation>Create, disable and re-enable accounts; reset passwords and change roles</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="167"/>
        <source>&amp;Bitácora de auditoría…</source>
        <translation>Audit &amp;trail…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="168"/>
        <source>Quién cambió qué y cuándo</source>
        <translation>Who changed what, and when</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="170"/>
        <source>A&amp;yuda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="172"/>
        <source>Barra de herramientas</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184"/>
        <source>Expediente: %1</source>
        <translation>Case file: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="185"/>
        <source>Sesión: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241"/>
        <source>Buscando cambios</source>
        <translation>Looking for changes</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="295"/>
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
        <location filename="../main_window.py" line="311"/>
        <source>Acerca de Secretariat</source>
        <translation>About Secretariat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312"/>
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
        <location filename="../models/meetings_model.py" line="27"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="28"/>
        <source>Hora</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="29"/>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="30"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="31"/>
        <source>Petición</source>
        <translation>Petition</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="32"/>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="33"/>
        <source>Asesores</source>
        <translation>Advisers</translation>
    </message>
    <message>
        <location filename="../models/meetings_model.py" line="34"/>
        <source>Choques</source>
        <translation>Clashes</translation>
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
    <name>OutcomeDialog</name>
    <message>
        <location filename="../views/duty_dialogs.py" line="106"/>
        <source>Resultado de la revisión jurídica</source>
        <translation>Legal review outcome</translation>
    </message>
    <message>
        <location filename="../views/duty_dialogs.py" line="117"/>
        <source>Fundamento del resultado (opcional)</source>
        <translation>Grounds for the outcome (optional)</translation>
    </message>
    <message>
        <location filename="../views/duty_dialogs.py" line="118"/>
        <source>Resultado:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../views/duty_dialogs.py" line="119"/>
        <source>Nota:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../views/duty_dialogs.py" line="136"/>
        <source>Guardando el resultado de la revisión</source>
        <translation>Saving the review outcome</translation>
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
        <location filename="../views/detail_panel.py" line="65"/>
        <source>Seleccione una petición en la lista para ver su detalle.</source>
        <translation>Select a petition in the list to see its details.</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="92"/>
        <source>Decidir admisibilidad…</source>
        <translation>Decide admissibility…</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="98"/>
        <source>Crecimiento de las firmas</source>
        <translation>Signature growth</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="100"/>
        <source>Cruces de nivel</source>
        <translation>Tier crossings</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="102"/>
        <source>Peticionarios</source>
        <translation>Petitioners</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="104"/>
        <source>Admisibilidad</source>
        <translation>Admissibility</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="110"/>
        <source>Cronología: cortes, cruces, deberes y reuniones</source>
        <translation>Timeline: counts, crossings, duties and meetings</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="172"/>
        <source>Abrir la petición en el navegador</source>
        <translation>Open the petition in the browser</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="173"/>
        <source>Nivel: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Tier: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="175"/>
        <source>%1 firmas al %2</source>
        <translation>%1 signatures as of %2</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="178"/>
        <source>%1 en 7 días</source>
        <translation>%1 in 7 days</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="181"/>
        <source>Tema: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="195"/>
        <source>Todavía no ha cruzado ningún umbral.</source>
        <translation>It has not crossed any threshold yet.</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="204"/>
        <source>%1 firmas; umbral de %2 (umbrales vigentes: %3)</source>
        <translation>%1 signatures; threshold of %2 (thresholds in force: %3)</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="209"/>
        <source>Revertido el %1, con %2 firmas.</source>
        <translation>Reverted on %1, with %2 signatures.</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="218"/>
        <source>Sin peticionarios registrados.</source>
        <translation>No petitioners recorded.</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="234"/>
        <source>Duplicada de:</source>
        <translation>Duplicate of:</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="237"/>
        <source>Nota:</source>
        <translation>Note:</translation>
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
    <name>TaskRunner</name>
    <message>
        <location filename="../tasks.py" line="249"/>
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
    <name>WaiveDialog</name>
    <message>
        <location filename="../views/duty_dialogs.py" line="82"/>
        <source>Dispensar deber</source>
        <translation>Waive duty</translation>
    </message>
    <message>
        <location filename="../views/duty_dialogs.py" line="83"/>
        <source>Por qué ya no hace falta cumplir este deber</source>
        <translation>Why this duty no longer needs to be done</translation>
    </message>
    <message>
        <location filename="../views/duty_dialogs.py" line="84"/>
        <source>Motivo:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../views/duty_dialogs.py" line="90"/>
        <source>Escriba el motivo para dispensar el deber.</source>
        <translation>Type the reason for waiving the duty.</translation>
    </message>
    <message>
        <location filename="../views/duty_dialogs.py" line="99"/>
        <source>Dispensando el deber</source>
        <translation>Waiving the duty</translation>
    </message>
</context>
<context>
    <name>WorkLabels</name>
    <message>
        <location filename="../work_labels.py" line="16"/>
        <source>Revisión jurídica</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="17"/>
        <source>Audiencia ante el grupo redactor</source>
        <translation>Hearing before the drafting committee</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="18"/>
        <source>Reunión de seguimiento</source>
        <translation>Follow-up meeting</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="19"/>
        <location filename="../work_labels.py" line="44"/>
        <source>Audiencia con el jefe de gobierno</source>
        <translation>Audience with the head of government</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="23"/>
        <source>Abierto</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="24"/>
        <source>Agendado</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="25"/>
        <source>Cumplido</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="26"/>
        <location filename="../work_labels.py" line="63"/>
        <source>Dispensado</source>
        <translation>Waived</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="30"/>
        <source>A tiempo</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="31"/>
        <source>Vence pronto</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="32"/>
        <source>Vencido</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="36"/>
        <source>Viable</source>
        <translation>Viable</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="37"/>
        <source>Requiere reformulación</source>
        <translation>Needs rewording</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="38"/>
        <source>No viable</source>
        <translation>Not viable</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="42"/>
        <source>Audiencia</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="43"/>
        <source>Seguimiento</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="45"/>
        <source>Otra reunión</source>
        <translation>Other meeting</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="49"/>
        <source>Planeada</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="50"/>
        <source>Celebrada</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="51"/>
        <source>Cancelada</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="52"/>
        <source>No asistió el peticionario</source>
        <translation>Petitioner did not attend</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="56"/>
        <source>Grupo redactor</source>
        <translation>Drafting committee</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="57"/>
        <source>Asesor jurídico</source>
        <translation>Legal adviser</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="58"/>
        <source>Peticionario</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="59"/>
        <source>Invitado</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="64"/>
        <source>Cruce revertido</source>
        <translation>Crossing reverted</translation>
    </message>
    <message>
        <location filename="../work_labels.py" line="65"/>
        <source>Ciclo de seguimiento cerrado</source>
        <translation>Follow-up cycle closed</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <location filename="../models/worklist_model.py" line="45"/>
        <source>Plazo</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="46"/>
        <source>Vence</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="47"/>
        <source>Quedan</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="48"/>
        <source>Deber</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="49"/>
        <source>Petición</source>
        <translation>Petition</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="50"/>
        <source>Nivel</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="51"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../models/worklist_model.py" line="52"/>
        <source>Estado</source>
        <translation>State</translation>
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
