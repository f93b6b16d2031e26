"""Start the window: application, translators, case file, sign-in, task runner, main window.

Dependencies are created here and passed in; there are no globals. ``run_gui`` is what
``secretariat`` (with no command) calls.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

APP_NAME = "Secretariat"
SMOKE_TIMEOUT_MS = 20_000


def resource_path(name: str) -> Path:
    """A file under ``ui/resources``, from a source checkout or a PyInstaller bundle."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "ui" / "resources" / name
    return Path(__file__).resolve().parent / "resources" / name


def make_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1] or [APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    try:
        import secretariat

        app.setApplicationVersion(secretariat.__version__)
    except Exception:  # pragma: no cover - the package always has a version
        pass
    for name in ("secretariat.png", "secretariat.ico"):
        icon_file = resource_path(name)
        if icon_file.exists():
            app.setWindowIcon(QIcon(str(icon_file)))
            break
    return app


class _FirstPaint(QObject):
    """Quits ``loop`` once ``widget`` has painted."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.painted = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.loop.quit)
        return False


def _wait_first_paint(window) -> bool:
    loop = QEventLoop()
    watcher = _FirstPaint(loop)
    viewport = window.table.viewport()
    viewport.installEventFilter(watcher)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, loop.quit)
    window.show()
    if not watcher.painted:
        loop.exec()
    viewport.removeEventFilter(watcher)
    return watcher.painted


def _refuse(smoke_test: bool, exc: Exception) -> int:
    from ui.errors import describe

    text = describe(exc, "open case file")
    if smoke_test:
        print(text, file=sys.stderr)
    else:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Secretariat"), text)
    return 1


def run_gui(db_url: str | None, *, user: str | None, password: str | None,
            smoke_test: bool = False) -> int:
    """Open the window on the case file ``db_url``; returns the process exit status.

    ``smoke_test``: no dialogs at all; migrate, show the main window to a read-only observer,
    wait for its first paint, close, and return 0 (the frozen-bundle check uses it offscreen).
    """
    from secretariat.db import open_database
    from secretariat.errors import SecretariatError
    from secretariat.permissions import Actor
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.tasks import TaskRunner

    app = make_application()
    install_translators(app)
    try:
        db = open_database(db_url)
    except SecretariatError as exc:  # newer schema, unreachable server: one sentence, file untouched
        return _refuse(smoke_test, exc)

    runner = window = None
    try:
        if smoke_test:
            actor = Actor(None, "smoke", "observer")
        else:
            wants_demo: list[bool] = []
            actor = _obtain_actor(db, user, password, wants_demo)
            if actor is None:
                return 1
        runner = TaskRunner(db)
        window = MainWindow(db, actor, runner, settings=_smoke_settings() if smoke_test else None,
                            backup_on_close=not smoke_test)
        if smoke_test:
            painted = _wait_first_paint(window)
            window.close()
            return 0 if painted else 1
        window.show()
        if wants_demo and wants_demo[0]:
            window.load_demo()
        return app.exec()
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
        if runner is not None:
            runner.shutdown()
        db.dispose()


def _obtain_actor(db, user, password, wants_demo: list[bool]):
    from ui.views.sign_in import obtain_actor

    return obtain_actor(db, None, user=user, password=password,
                        on_first_run=lambda _actor, demo: wants_demo.append(bool(demo)))


def _smoke_settings():
    """The smoke test must not read or write the user's window layout."""
    import tempfile

    from PySide6.QtCore import QSettings

    folder = Path(tempfile.mkdtemp(prefix="secretariat-smoke-"))
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
