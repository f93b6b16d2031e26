"""Sentences for the Word dossiers and their exports, merged into ``messages.TEMPLATES``/``WHAT_NAMES``."""

TEMPLATES: dict[str, dict[str, str]] = {"es": {}, "en": {}}
WHAT_NAMES: dict[str, dict[str, str]] = {"es": {}, "en": {}}
