"""Sentences for committee sessions, agendas and office settings, merged into ``messages.TEMPLATES``/``WHAT_NAMES``."""

TEMPLATES: dict[str, dict[str, str]] = {"es": {}, "en": {}}
WHAT_NAMES: dict[str, dict[str, str]] = {"es": {}, "en": {}}
