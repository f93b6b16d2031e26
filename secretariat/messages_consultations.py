"""Sentences for consultations, approvals and assembly outcomes, merged into ``messages.TEMPLATES``/``WHAT_NAMES``."""

TEMPLATES: dict[str, dict[str, str]] = {"es": {}, "en": {}}
WHAT_NAMES: dict[str, dict[str, str]] = {"es": {}, "en": {}}
