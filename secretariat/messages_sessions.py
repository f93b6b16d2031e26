"""Sentences for committee sessions, agendas and office settings, merged into ``messages.TEMPLATES``/``WHAT_NAMES``.

``long_es`` is the date written the Mexican way ("12 de julio de 2016"); ``date`` is ISO.
"""

TEMPLATES: dict[str, dict[str, str]] = {
    "es": {
        "session_not_on": "No hay ninguna sesión del grupo redactor el {long_es} ({date}).",
        "session_exists": "Ya hay una sesión del grupo redactor el {long_es}; solo puede haber una por día.",
        "session_time_day": "La hora de la sesión ({when}) debe ser del mismo día de la sesión, el {long_es}.",
        "session_attendee_duplicate": "{name} ya está en la lista de asistentes de esta sesión.",
        "letterhead_not_docx": "El archivo «{file}» no es un documento de Word (.docx) válido; se conserva el membrete anterior.",
        "letterhead_unreadable": "No se pudo leer el archivo «{file}»: {detail}. Se conserva el membrete anterior.",
        "letterhead_too_large": "El archivo «{file}» pesa {size} y un membrete admite hasta {limit}; se conserva el membrete anterior.",
        "letterhead_missing": "Falta la copia guardada del membrete «{file}»; elija de nuevo el archivo .docx.",
        "letterhead_altered": "La copia guardada del membrete «{file}» fue alterada (su huella sha256 ya no coincide); elija de nuevo el archivo .docx.",
    },
    "en": {
        "session_not_on": "There is no drafting committee session on {date}.",
        "session_exists": "There is already a drafting committee session on {date}; there can be only one a day.",
        "session_time_day": "The session's time ({when}) must be on the session's day, {date}.",
        "session_attendee_duplicate": "{name} is already on this session's attendee list.",
        "letterhead_not_docx": "The file «{file}» is not a valid Word document (.docx); the previous letterhead is kept.",
        "letterhead_unreadable": "The file «{file}» could not be read: {detail}. The previous letterhead is kept.",
        "letterhead_too_large": "The file «{file}» is {size} and a letterhead may be at most {limit}; the previous letterhead is kept.",
        "letterhead_missing": "The stored copy of the letterhead «{file}» is missing; choose the .docx file again.",
        "letterhead_altered": "The stored copy of the letterhead «{file}» was altered (its sha256 no longer matches); choose the .docx file again.",
    },
}

WHAT_NAMES: dict[str, dict[str, str]] = {
    "es": {"committee_session": "la sesión del grupo redactor", "agenda_item": "el punto del orden del día",
           "agenda_provision": "la disposición"},
    "en": {"committee_session": "drafting committee session", "agenda_item": "agenda item",
           "agenda_provision": "provision"},
}
