"""Sentences for the Word dossiers and their exports, merged into ``messages.TEMPLATES``/``WHAT_NAMES``."""

TEMPLATES: dict[str, dict[str, str]] = {
    "es": {
        "dossier_letterhead_unusable": "La plantilla de membrete guardada no se pudo usar como documento de "
                                       "Word ({detail}); elija otra en la configuración o quítela. No se guardó nada.",
    },
    "en": {
        "dossier_letterhead_unusable": "The saved letterhead template could not be used as a Word document "
                                       "({detail}); choose another in the settings or remove it. Nothing was saved.",
    },
}
WHAT_NAMES: dict[str, dict[str, str]] = {"es": {}, "en": {}}
