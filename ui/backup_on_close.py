"""A backup of the case file each time the main window closes, keeping the last N.

Preferences (Archivo › Preferencias…), in the window's settings store:
- ``backup/on_close``: on by default for SQLite case files (a shared PostgreSQL server is
  usually backed up by whoever runs it), off by default otherwise;
- ``backup/folder``: by default ``respaldos`` in the user data directory;
- ``backup/keep``: how many backups to keep (10).

Only a user who may back up (``Action.BACKUP``, the counsel) gets one. The backup runs on the
task runner with its progress dialog, as ``secretariat-YYYYMMDD-HHMMSS.secbak`` (local time);
then the oldest files with exactly that name pattern in that folder are deleted beyond N. Other
files in the folder are never touched. If the backup fails (or is cancelled) the user reads one
sentence and "¿Cerrar de todos modos?"; "No" keeps the window open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from secretariat.errors import SecretariatError
from secretariat.permissions import Action
from ui.errors import describe, log_exception

PATTERN = re.compile(r"^secretariat-\d{8}-\d{6}\.secbak$")
DEFAULT_KEEP = 10
MAX_KEEP = 999
KEY_ON, KEY_FOLDER, KEY_KEEP = "backup/on_close", "backup/folder", "backup/keep"


def default_folder() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Secretariat", appauthor=False)) / "respaldos"


@dataclass(frozen=True)
class BackupPrefs:
    enabled: bool
    folder: str
    keep: int


def load_prefs(store: QSettings, is_sqlite: bool) -> BackupPrefs:
    enabled = store.value(KEY_ON, is_sqlite, type=bool)
    folder = str(store.value(KEY_FOLDER, "") or "") or str(default_folder())
    try:
        keep = int(store.value(KEY_KEEP, DEFAULT_KEEP))
    except (TypeError, ValueError):
        keep = DEFAULT_KEEP
    return BackupPrefs(bool(enabled), folder, min(MAX_KEEP, max(1, keep)))


def save_prefs(store: QSettings, prefs: BackupPrefs) -> None:
    store.setValue(KEY_ON, prefs.enabled)
    store.setValue(KEY_FOLDER, prefs.folder)
    store.setValue(KEY_KEEP, int(prefs.keep))
    store.sync()


def backup_name(now: datetime) -> str:
    return now.strftime("secretariat-%Y%m%d-%H%M%S.secbak")


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest ``secretariat-YYYYMMDD-HHMMSS.secbak`` files beyond ``keep``."""
    ours = sorted(p for p in folder.iterdir() if p.is_file() and PATTERN.match(p.name))
    removed = []
    for path in ours[: max(0, len(ours) - keep)]:
        try:
            path.unlink()
            removed.append(path)
        except OSError as exc:  # a file in use on Windows: try again next time
            log_exception(exc, f"pruning old backup {path}")
    return removed


def write_backup(db, actor, prefs: BackupPrefs, progress, now: datetime | None = None):
    """The work: make the folder, write the backup, prune. Returns (BackupSummary, removed)."""
    from secretariat.services import backup
    from secretariat.services.backup_file import os_reason

    folder = Path(prefs.folder).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SecretariatError("backup_write_failed", path=str(folder), detail=os_reason(exc)) from exc
    summary = backup.backup(db, actor, folder / backup_name(now or datetime.now()), progress)
    return summary, prune(folder, prefs.keep)


class BackupOnClose(QObject):
    """Decides whether the window may close now; ``finished(summary)`` after a backup on close."""

    finished = Signal(object)

    def __init__(self, db, actor, runner, store: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner, self._store = db, actor, runner, store
        self.state = "idle"  # idle → running → closing
        self.task = None  # the backup task while it is queued or running

    def prefs(self) -> BackupPrefs:
        return load_prefs(self._store, bool(getattr(self._db, "is_sqlite", False)))

    def wanted(self) -> bool:
        return self._actor.can(Action.BACKUP) and self.prefs().enabled

    def allow_close(self, window: QWidget) -> bool:
        """True: close now. False: a backup started (or runs) and will close ``window`` itself."""
        if self.state == "closing" or (self.state == "idle" and not self.wanted()):
            self.state = "closing"
            return True
        if self.state == "running":
            return False
        if self._runner.is_closed():  # the application is already quitting: the worker is gone
            self.state = "closing"
            return True
        prefs, db, actor = self.prefs(), self._db, self._actor
        task = self._runner.submit(lambda progress: write_backup(db, actor, prefs, progress),
                                   title=self.tr("Copia de seguridad antes de cerrar"), mutates=False,
                                   parent_widget=window, on_done=lambda result: self._done(window, result),
                                   on_error=lambda exc: self._failed(window, describe(exc, "backup on close")))
        self.state, self.task = "running", task
        task.cancelled.connect(lambda: self._failed(window, self.tr("Se canceló la copia de seguridad.")))
        return False

    def _done(self, window: QWidget, result) -> None:
        self.state = "closing"
        self.finished.emit(result[0])
        window.close()

    def _failed(self, window: QWidget, sentence: str) -> None:
        self.state = "idle"
        answer = QMessageBox.question(
            window, self.tr("Copia de seguridad"),
            sentence + " " + self.tr("¿Cerrar de todos modos?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.state = "closing"
            window.close()
