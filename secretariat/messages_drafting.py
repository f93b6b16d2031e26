"""Sentences for provisions and wording versions, merged into ``messages.TEMPLATES``/``WHAT_NAMES``."""

TEMPLATES: dict[str, dict[str, str]] = {"es": {}, "en": {}}
WHAT_NAMES: dict[str, dict[str, str]] = {"es": {}, "en": {}}
