"""How the window tells the user that something went wrong: one plain sentence, never a traceback.

A ``SecretariatError`` already knows its sentence (in the interface language). Anything else is a
bug or an environment failure: its traceback goes to the log file in the user log directory and
the user reads a generic sentence that says where the detail was saved.
"""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from secretariat.errors import SecretariatError

from . import i18n

LOG_NAME = "secretariat.log"
_logger = logging.getLogger("secretariat.ui")


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("Secretariat", appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_NAME


def _file_logger() -> logging.Logger:
    path = log_path()
    for handler in _logger.handlers:
        if getattr(handler, "baseFilename", None) == str(path):
            return _logger
    for handler in list(_logger.handlers):
        _logger.removeHandler(handler)
        handler.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    _logger.addHandler(handler)
    _logger.setLevel(logging.INFO)
    _logger.propagate = False
    return _logger


def log_exception(exc: BaseException, context: str = "") -> Path | None:
    """Write ``exc``'s traceback to the log file. Returns the path, or None if it could not."""
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    try:
        _file_logger().error("%s\n%s", context or "unexpected error", text)
        for handler in _logger.handlers:
            handler.flush()
        return log_path()
    except OSError:
        return None


def describe(exc: BaseException, context: str = "") -> str:
    """One plain sentence for ``exc`` in the interface language (logs unexpected errors)."""
    if isinstance(exc, SecretariatError):
        return exc.sentence(i18n.current_language())
    path = log_exception(exc, context)
    if path is None:
        return QCoreApplication.translate(
            "Errors", "Ocurrió un error inesperado y no se pudo guardar el detalle. No se modificó nada.")
    return QCoreApplication.translate(
        "Errors", "Ocurrió un error inesperado; se guardó el detalle en %1. No se modificó nada."
    ).replace("%1", str(path))


def show_error(parent: QWidget | None, exc: BaseException, context: str = "") -> str:
    """Show ``exc`` as one sentence in a warning box; returns the sentence shown."""
    text = describe(exc, context)
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Secretariat"), text)
    return text
