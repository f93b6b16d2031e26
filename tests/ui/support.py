"""Fixtures shared by the UI tests (imported explicitly by the test modules that use them).

- ``isolated_settings``: QSettings go to a temporary folder, never the user's real profile.
- ``isolated_log``: the error log goes to a temporary folder.
- ``runner``: a TaskRunner over ``sqlite_db``, shut down after the test.
- ``ui_counsel`` / ``ui_observer``: actors on ``sqlite_db``.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import make_actor


@pytest.fixture(autouse=False)
def isolated_settings(tmp_path, monkeypatch):
    folder = tmp_path / "settings"
    folder.mkdir()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("SECRETARIAT_LANG", "es")
    return folder


@pytest.fixture
def isolated_log(tmp_path, monkeypatch):
    import ui.errors

    folder = tmp_path / "log"
    monkeypatch.setattr(ui.errors, "log_dir", lambda: folder)
    return folder


@pytest.fixture
def runner(qapp, sqlite_db, isolated_settings, isolated_log):
    from ui.tasks import TaskRunner

    r = TaskRunner(sqlite_db)
    yield r
    r.shutdown()


@pytest.fixture
def ui_counsel(sqlite_db):
    return make_actor(sqlite_db, "consejera", "counsel")


@pytest.fixture
def ui_observer(sqlite_db, ui_counsel):
    return make_actor(sqlite_db, "observador", "observer")


@pytest.fixture
def spanish_ui(qapp):
    """The window as users see it: qtbase in Spanish and the es-MX locale (numbers, dates)."""
    from ui.i18n import install_translators

    install_translators(qapp, "es")
    return qapp
