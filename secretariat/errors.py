"""Typed errors. The domain raises codes with parameters; callers turn them into sentences.

``messages.sentence(err, lang)`` renders one plain sentence in es-MX (default) or English.
"""

from __future__ import annotations

from typing import Any


class SecretariatError(Exception):
    """Base of every error the domain raises on purpose."""

    code = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        if code:
            self.code = code
        self.params = params
        super().__init__(f"{self.code}: {params}")

    def sentence(self, lang: str = "es") -> str:
        from .messages import sentence

        return sentence(self, lang)


class PermissionDenied(SecretariatError):
    code = "permission_denied"  # params: role, action


class AuthError(SecretariatError):
    code = "bad_credentials"  # also: account_disabled, account_locked


class NotFound(SecretariatError):
    code = "not_found"  # params: what, key


class InvalidInput(SecretariatError):
    code = "invalid_input"  # params: field, value


class ImportRefused(SecretariatError):
    """A monitoring file was refused whole. ``row`` is the 1-based line in the file (header = 1)."""

    code = "import_refused"  # params: row, column, reason, value


class DatabaseError(SecretariatError):
    code = "database_newer"  # also: database_unknown_revision, database_unreachable,
    # database_busy (seconds), database_connection_lost, database_connection_lost_commit (detail)


class ConflictError(SecretariatError):
    code = "edit_conflict"  # params: what, key
