"""One plain sentence per error code, in es-MX (default) and English.

The domain returns codes; this catalogue is the single place that words them, used by the CLI
and by the window alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .errors import SecretariatError

ROLE_NAMES = {
    "es": {"adviser": "asesor jurídico", "counsel": "consejería jurídica",
           "clerk": "secretario de actas", "observer": "observador"},
    "en": {"adviser": "legal adviser", "counsel": "general counsel",
           "clerk": "clerk", "observer": "observer"},
}

ACTION_NAMES = {
    "es": {
        "import": "importar archivos de monitoreo", "set_thresholds": "cambiar los umbrales",
        "edit_petition": "editar peticiones", "decide_admissibility": "decidir la admisibilidad",
        "manage_users": "administrar cuentas", "load_demo": "cargar el caso de demostración",
        "read": "consultar el expediente", "verify_audit": "verificar la bitácora",
        "backup": "hacer o restaurar copias de seguridad",
        "browse_audit": "consultar la bitácora de auditoría",
        "manage_duties": "asignar, cerrar o dispensar deberes",
        "plan_meetings": "planear, reprogramar o cerrar reuniones",
        "record_meetings": "registrar asistencia, minutas, acuerdos o adjuntos de reuniones",
        "configure_work": "configurar los plazos de los deberes y el límite de los adjuntos",
        "manage_roster": "administrar la lista del grupo redactor",
        "edit_provisions": "editar el índice de disposiciones o sus peticiones",
        "write_wording": "redactar disposiciones",
        "finalize_wording": "marcar una redacción como final",
        "record_approvals": "registrar el visto bueno de los peticionarios",
        "request_consultation": "agregar peticiones a la consulta",
        "record_assembly": "registrar lo que resolvió la Asamblea",
        "manage_sessions": "preparar las sesiones del grupo redactor",
    },
    "en": {
        "import": "import monitoring files", "set_thresholds": "change the thresholds",
        "edit_petition": "edit petitions", "decide_admissibility": "decide admissibility",
        "manage_users": "manage accounts", "load_demo": "load the demo case",
        "read": "read the case file", "verify_audit": "verify the audit trail",
        "backup": "make or restore backups",
        "browse_audit": "browse the audit trail",
        "manage_duties": "assign, close or waive duties",
        "plan_meetings": "plan, reschedule or close meetings",
        "record_meetings": "record meetings' attendance, minutes, agreements or attachments",
        "configure_work": "configure duty deadlines and the attachment size limit",
        "manage_roster": "manage the drafting committee's list",
        "edit_provisions": "edit the provision tree or its petitions",
        "write_wording": "draft provisions",
        "finalize_wording": "mark wording as final",
        "record_approvals": "record petitioners' approvals",
        "request_consultation": "add petitions to the consultation",
        "record_assembly": "record the assembly's decisions",
        "manage_sessions": "prepare the drafting committee's sessions",
    },
}

COLUMN_NAMES = {
    "es": {"url": "Enlace", "title": "Título", "petitioner": "Peticionario", "signatures": "Firmas",
           "date": "Fecha", "email": "Correo", "phone": "Teléfono", "topic": "Tema",
           "summary": "Resumen", "file": "archivo"},
    "en": {"url": "URL", "title": "Title", "petitioner": "Petitioner", "signatures": "Signatures",
           "date": "Date", "email": "Email", "phone": "Phone", "topic": "Topic",
           "summary": "Summary", "file": "file"},
}

IMPORT_REASONS = {
    "es": {
        "empty_file": "el archivo está vacío",
        "unreadable": "no se pudo leer el archivo ({detail})",
        "unsupported_format": "el formato no es CSV ni XLSX",
        "bad_encoding": "la codificación no es UTF-8 ni Windows-1252",
        "missing_column": "falta la columna obligatoria",
        "duplicate_column": "la columna aparece dos veces",
        "required": "el valor está vacío",
        "bad_url": "el enlace no es una dirección web válida ({value})",
        "bad_number": "la cantidad de firmas no es un número entero ({value})",
        "negative": "la cantidad de firmas es negativa ({value})",
        "too_large": "la cantidad de firmas es demasiado grande ({value})",
        "bad_date": "la fecha no es dd/mm/aaaa ni aaaa-mm-dd ({value})",
        "future_date": "la fecha está en el futuro ({value})",
        "no_date": "no hay columna de fecha y no se indicó --as-of",
        "control_chars": "el texto contiene caracteres de control",
        "too_long": "el texto es demasiado largo",
        "duplicate_url": "el enlace ya aparece en la fila {other}",
        "bad_email": "el correo no es válido ({value})",
        "extra_cells": "la fila {row} tiene más celdas que encabezados ({value}); revise el separador y las comillas",
    },
    "en": {
        "empty_file": "the file is empty",
        "unreadable": "the file could not be read ({detail})",
        "unsupported_format": "the format is neither CSV nor XLSX",
        "bad_encoding": "the encoding is neither UTF-8 nor Windows-1252",
        "missing_column": "the required column is missing",
        "duplicate_column": "the column appears twice",
        "required": "the value is empty",
        "bad_url": "the link is not a valid web address ({value})",
        "bad_number": "the signature count is not a whole number ({value})",
        "negative": "the signature count is negative ({value})",
        "too_large": "the signature count is too large ({value})",
        "bad_date": "the date is neither dd/mm/yyyy nor yyyy-mm-dd ({value})",
        "future_date": "the date is in the future ({value})",
        "no_date": "there is no date column and --as-of was not given",
        "control_chars": "the text contains control characters",
        "too_long": "the text is too long",
        "duplicate_url": "the link already appears in row {other}",
        "bad_email": "the email is not valid ({value})",
        "extra_cells": "row {row} has more cells than headers ({value}); check the separator and the quotes",
    },
}

TEMPLATES = {
    "es": {
        "permission_denied": "Su rol ({role}) no permite {action}.",
        "bad_credentials": "Usuario o contraseña incorrectos.",
        "account_disabled": "La cuenta {name} está desactivada.",
        "account_locked": "La cuenta {name} está bloqueada por intentos fallidos; intente de nuevo en {minutes} minutos.",
        "not_found": "No se encontró {what} «{key}».",
        "invalid_input": "El valor de {field} no es válido: {value}.",
        "import_refused_row": "Archivo rechazado, fila {row}, columna {column}: {reason}. No se importó nada.",
        "import_refused_file": "Archivo rechazado: {reason}. No se importó nada.",
        "import_refused_column": "Archivo rechazado, columna {column}: {reason}. No se importó nada.",
        "database_newer": "El expediente fue creado por una versión más reciente de Secretariat (revisión {revision}); actualice la aplicación. No se modificó nada.",
        "database_foreign": "La base de datos no es un expediente de Secretariat (ya tiene otras tablas); no se modificó nada.",
        "database_unknown_revision": "El expediente tiene una revisión desconocida ({revision}); no se modificó nada.",
        "database_unreachable": "No se pudo abrir el expediente: {detail}.",
        "database_connection_lost": "Se perdió la conexión con el servidor de la base de datos y no se guardó nada; vuelva a intentarlo cuando el servidor responda.",
        "database_connection_lost_commit": "Se perdió la conexión con el servidor de la base de datos mientras se guardaba el cambio, así que no se sabe si quedó guardado; cuando el servidor responda, vuelva a cargar los datos y compruébelo antes de repetirlo.",
        "database_busy": "El expediente está ocupado: otra persona lleva más de {seconds} segundos guardando cambios y no se guardó nada; vuelva a intentarlo en un momento.",
        "edit_conflict": "Otra persona modificó {what} «{key}» mientras usted lo editaba; vuelva a cargarlo.",
        "user_exists": "Ya existe una cuenta llamada {name}.",
        "last_counsel": "No se puede desactivar ni cambiar de rol la última cuenta activa de consejería jurídica.",
        "backup_damaged": "La copia de seguridad «{file}» está dañada: «{member}» está incompleto o alterado. No se restauró nada.",
        "backup_truncated": "La copia de seguridad «{file}» está incompleta: el archivo está cortado o dañado. No se restauró nada.",
        "backup_foreign": "El archivo «{file}» no es una copia de seguridad de Secretariat. No se restauró nada.",
        "backup_newer": "La copia de seguridad «{file}» fue hecha por una versión más reciente de Secretariat (revisión {revision}); actualice la aplicación. No se restauró nada.",
        "backup_old_schema": "La copia de seguridad «{file}» es de una revisión anterior del esquema ({revision}) que esta versión no restaura directamente. No se restauró nada.",
        "backup_other_case": "La copia de seguridad «{file}» es de otro expediente y este ya tiene datos; solo se restaura en un expediente vacío. No se modificó nada.",
        "restore_not_empty": "Solo se puede restaurar en un expediente vacío y este ya tiene {rows:,} registros. No se modificó nada.",
        "backup_write_failed": "No se pudo escribir la copia de seguridad en «{path}»: {detail}.",
        "backup_unreadable": "No se pudo leer el archivo «{file}»: {detail}.",
        "export_write_failed": "No se pudo guardar el archivo «{path}»: {detail}. No se guardó nada.",
        "restore_failed": "No se pudo restaurar «{file}»: la tabla {table} tiene un registro que este expediente no acepta ({detail}). No se restauró nada.",
        "thresholds_order": "Los umbrales deben ser crecientes: revisión < audiencia < jefe de gobierno ({review}, {hearing}, {audience}).",
        "duplicate_requires_target": "Una petición duplicada debe indicar de cuál petición es duplicado.",
        "reason_required": "Una petición inadmisible debe indicar el motivo.",
        "already_initialised": "El expediente ya tiene cuentas; use «users add».",
        "password_required": "Falta la contraseña (SECRETARIAT_PASSWORD).",
        "meeting_before_petition": "La reunión no puede ser el {when}: la petición «{title}» existe desde el {since}.",
        "meeting_times": "La reunión debe terminar después de empezar (inicio {starts}, fin {ends}).",
        "meeting_needs_petition": "Una reunión de tipo {kind} debe indicar su petición.",
        "meeting_status_change": "Una reunión {before} no puede pasar a {after}.",
        "meeting_not_yet": "La reunión empieza el {starts_at}; todavía no puede registrarse como {status}.",
        "meeting_not_planned": "Solo se puede reprogramar una reunión planeada; esta está {status}.",
        "committee_limit": "Una audiencia admite como máximo tres integrantes del grupo redactor; no se agregó a {name}.",
        "committee_roster_full": "El grupo redactor ya tiene 28 integrantes activos; desactive a alguien antes de agregar a {name}.",
        "member_exists": "Ya existe un integrante del grupo redactor llamado {name}.",
        "member_inactive": "{name} está inactivo en el grupo redactor; reactívelo antes de invitarlo.",
        "attendee_duplicate": "{name} ya está en la lista de asistentes de esta reunión.",
        "owner_not_adviser": "{name} no puede ser responsable de deberes: solo las cuentas activas de asesoría o consejería jurídica.",
        "duty_closed": "El deber ya está {status} y no se puede modificar.",
        "duty_not_legal_review": "Solo una revisión jurídica registra un dictamen; este deber es {kind}.",
        "waive_reason_required": "Para dispensar un deber hay que indicar el motivo.",
        "no_hearing_cycle": "La petición «{title}» no tiene una audiencia celebrada con seguimiento abierto que se pueda cerrar.",
        "attachment_too_large": "El archivo «{file}» pesa {size} y el límite es {limit}; no se adjuntó.",
        "attachment_unreadable": "No se pudo leer el archivo «{file}»: {detail}. No se adjuntó.",
        "attachment_write_failed": "No se pudo guardar el adjunto «{file}» en «{path}»: {detail}. No se adjuntó.",
        "attachment_missing": "Falta la copia guardada del adjunto «{file}»; no se reemplazó nada: recupérela de una copia de seguridad.",
        "attachment_altered": "La copia guardada del adjunto «{file}» fue alterada (su huella sha256 ya no coincide); no se abrió ni se reemplazó.",
        "error": "Error inesperado: {detail}.",
    },
    "en": {
        "permission_denied": "Your role ({role}) may not {action}.",
        "bad_credentials": "Wrong user name or password.",
        "account_disabled": "The account {name} is disabled.",
        "account_locked": "The account {name} is locked after failed attempts; try again in {minutes} minutes.",
        "not_found": "No {what} «{key}» was found.",
        "invalid_input": "The value of {field} is not valid: {value}.",
        "import_refused_row": "File refused, row {row}, column {column}: {reason}. Nothing was imported.",
        "import_refused_file": "File refused: {reason}. Nothing was imported.",
        "import_refused_column": "File refused, column {column}: {reason}. Nothing was imported.",
        "database_newer": "The case file was made by a newer Secretariat (revision {revision}); update the application. Nothing was changed.",
        "database_foreign": "The database is not a Secretariat case file (it already has other tables); nothing was changed.",
        "database_unknown_revision": "The case file has an unknown revision ({revision}); nothing was changed.",
        "database_unreachable": "The case file could not be opened: {detail}.",
        "database_connection_lost": "The connection to the database server was lost and nothing was saved; try again when the server responds.",
        "database_connection_lost_commit": "The connection to the database server was lost while the change was being saved, so it is not known whether it was saved; when the server responds, reload the data and check before repeating it.",
        "database_busy": "The case file is busy: someone else has been saving changes for more than {seconds} seconds and nothing was saved; try again in a moment.",
        "edit_conflict": "Someone else changed {what} «{key}» while you were editing it; reload it.",
        "user_exists": "An account named {name} already exists.",
        "last_counsel": "The last active general counsel account cannot be disabled or given another role.",
        "backup_damaged": "The backup «{file}» is damaged: «{member}» is incomplete or altered. Nothing was restored.",
        "backup_truncated": "The backup «{file}» is incomplete: the file is cut short or damaged. Nothing was restored.",
        "backup_foreign": "The file «{file}» is not a Secretariat backup. Nothing was restored.",
        "backup_newer": "The backup «{file}» was made by a newer Secretariat (revision {revision}); update the application. Nothing was restored.",
        "backup_old_schema": "The backup «{file}» is from an older schema revision ({revision}) that this version does not restore directly. Nothing was restored.",
        "backup_other_case": "The backup «{file}» belongs to another case file and this one already has data; restores go only into an empty case file. Nothing was changed.",
        "restore_not_empty": "A backup can only be restored into an empty case file and this one already has {rows:,} records. Nothing was changed.",
        "backup_write_failed": "The backup could not be written to «{path}»: {detail}.",
        "backup_unreadable": "The file «{file}» could not be read: {detail}.",
        "export_write_failed": "The file «{path}» could not be saved: {detail}. Nothing was saved.",
        "restore_failed": "«{file}» could not be restored: table {table} has a row this case file does not accept ({detail}). Nothing was restored.",
        "thresholds_order": "Thresholds must increase: review < hearing < audience ({review}, {hearing}, {audience}).",
        "duplicate_requires_target": "A duplicate petition must name the petition it duplicates.",
        "reason_required": "An inadmissible petition needs a reason.",
        "already_initialised": "The case file already has accounts; use «users add».",
        "password_required": "The password is missing (SECRETARIAT_PASSWORD).",
        "meeting_before_petition": "The meeting cannot be on {when}: the petition «{title}» exists since {since}.",
        "meeting_times": "The meeting must end after it starts (start {starts}, end {ends}).",
        "meeting_needs_petition": "A {kind} meeting must name its petition.",
        "meeting_status_change": "A meeting that is {before} cannot become {after}.",
        "meeting_not_yet": "The meeting starts on {starts_at}; it cannot be recorded as {status} yet.",
        "meeting_not_planned": "Only a planned meeting can be rescheduled; this one is {status}.",
        "committee_limit": "A hearing admits at most three drafting committee members; {name} was not added.",
        "committee_roster_full": "The drafting committee already has 28 active members; deactivate someone before adding {name}.",
        "member_exists": "There is already a drafting committee member named {name}.",
        "member_inactive": "{name} is inactive in the drafting committee; reactivate them before inviting them.",
        "attendee_duplicate": "{name} is already on this meeting's attendee list.",
        "owner_not_adviser": "{name} cannot own duties: only active adviser or counsel accounts can.",
        "duty_closed": "The duty is already {status} and cannot be changed.",
        "duty_not_legal_review": "Only a legal review records an outcome; this duty is {kind}.",
        "waive_reason_required": "Waiving a duty needs a reason.",
        "no_hearing_cycle": "The petition «{title}» has no held hearing with an open follow-up cycle to close.",
        "attachment_too_large": "The file «{file}» is {size} and the limit is {limit}; it was not attached.",
        "attachment_unreadable": "The file «{file}» could not be read: {detail}. It was not attached.",
        "attachment_write_failed": "The attachment «{file}» could not be saved in «{path}»: {detail}. It was not attached.",
        "attachment_missing": "The stored copy of the attachment «{file}» is missing; nothing was replaced: recover it from a backup.",
        "attachment_altered": "The stored copy of the attachment «{file}» was altered (its sha256 no longer matches); it was not opened or replaced.",
        "error": "Unexpected error: {detail}.",
    },
}

WHAT_NAMES = {
    "es": {"petition": "la petición", "user": "la cuenta", "policy": "la política",
           "duty": "el deber", "meeting": "la reunión", "member": "el integrante del grupo redactor",
           "attachment": "el adjunto", "attendee": "el asistente", "agreement": "el acuerdo"},
    "en": {"petition": "petition", "user": "account", "policy": "policy",
           "duty": "duty", "meeting": "meeting", "member": "drafting committee member",
           "attachment": "attachment", "attendee": "attendee", "agreement": "agreement"},
}

#: words for the codes the work services put in ``kind``, ``status``, ``before`` and ``after``
WORK_WORDS = {
    "es": {"legal_review": "revisión jurídica", "hearing": "audiencia", "follow_up": "seguimiento",
           "mayoral_audience": "audiencia con el jefe de gobierno", "other": "otra",
           "open": "abierto", "scheduled": "programado", "done": "terminado", "waived": "dispensado",
           "planned": "planeada", "held": "celebrada", "cancelled": "cancelada",
           "petitioner_absent": "sin asistencia del peticionario"},
    "en": {"legal_review": "a legal review", "hearing": "hearing", "follow_up": "follow-up",
           "mayoral_audience": "mayoral audience", "other": "other",
           "open": "open", "scheduled": "scheduled", "done": "done", "waived": "waived",
           "planned": "planned", "held": "held", "cancelled": "cancelled",
           "petitioner_absent": "petitioner absent"},
}
_WORK_PARAMS = ("kind", "status", "before", "after")


def _merge_area_catalogues() -> None:
    """Each area keeps its own sentences in ``messages_<area>.py`` (``TEMPLATES`` and
    ``WHAT_NAMES``, each ``{"es": {...}, "en": {...}}``); they join the catalogue here (static
    imports, so the frozen app bundles them). A code defined twice fails at import."""
    from . import messages_consultations, messages_dossiers, messages_drafting, messages_sessions

    for area in (messages_drafting, messages_consultations, messages_sessions, messages_dossiers):
        for table_name in ("TEMPLATES", "WHAT_NAMES"):
            ours, theirs = globals()[table_name], getattr(area, table_name, {})
            for lang, entries in theirs.items():
                clash = set(entries) & set(ours[lang])
                if clash:
                    raise RuntimeError(f"{area.__name__}.{table_name}[{lang}] redefines {sorted(clash)}")
                ours[lang].update(entries)


_merge_area_catalogues()


def _lang(lang: str) -> str:
    return "en" if lang.lower().startswith("en") else "es"


def sentence(err: SecretariatError, lang: str = "es") -> str:
    """One plain sentence that says what is wrong and where."""
    lang = _lang(lang)
    params = dict(err.params)
    code = err.code
    if "role" in params:
        params["role"] = ROLE_NAMES[lang].get(params["role"], params["role"])
    if "action" in params:
        params["action"] = ACTION_NAMES[lang].get(params["action"], params["action"])
    if "what" in params:
        params["what"] = WHAT_NAMES[lang].get(params["what"], params["what"])
    for key in _WORK_PARAMS:
        if isinstance(params.get(key), str):
            params[key] = WORK_WORDS[lang].get(params[key], params[key])
    if code == "import_refused":
        reason = IMPORT_REASONS[lang].get(params.get("reason", ""), params.get("reason", ""))
        try:
            reason = reason.format(**{k: v for k, v in params.items() if k != "reason"})
        except (KeyError, IndexError):
            pass
        params["reason"] = reason
        column = params.get("column")
        if column:
            params["column"] = COLUMN_NAMES[lang].get(column, column)
        if params.get("row") and column:
            code = "import_refused_row"
        elif column:
            code = "import_refused_column"
        else:
            code = "import_refused_file"
    template = TEMPLATES[lang].get(code) or TEMPLATES[lang]["error"]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return TEMPLATES[lang]["error"].format(detail=code)
