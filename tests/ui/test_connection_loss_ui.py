"""The window when the PostgreSQL server goes away mid-session: the user who was filling in the
admissibility dialog reads one sentence (the connection was lost, nothing was saved, try again)
and keeps everything they typed; once the server is back, the same Save works.

Runs on a throw-away cluster of its own (see ``tests/secretariat/test_connection_loss.py``),
stopped with ``pg_ctl stop -m immediate``.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from secretariat.db import Database
from secretariat.errors import DatabaseError
from secretariat.permissions import Actor
from secretariat.services import audit, imports, petitions, users
from tests.conftest import PASSWORD
from tests.secretariat.helpers import row
from tests.secretariat.test_connection_loss import pg_server, server  # noqa: F401 - fixtures
from tests.ui.support import isolated_log, isolated_settings, spanish_ui  # noqa: F401 - fixtures
from ui.views.admissibility_dialog import AdmissibilityDialog

ON = date(2016, 3, 1)
LOST = DatabaseError("database_connection_lost").sentence("es")


@pytest.fixture
def pg_case(server):  # noqa: F811 - the fixture imported above
    database = Database(server.new_case_file())
    with database.write() as s:
        first = users.init_first_counsel(s, "consejera", PASSWORD)
        actor = Actor(first.id, first.name, first.role)
        imports.apply_rows(s, actor, [row("bicicletas", 6200, ON), row("agua", 800, ON)],
                           source="inicial.csv")
    yield database, actor
    database.dispose()


@pytest.fixture
def pg_runner(qapp, pg_case, isolated_settings, isolated_log):  # noqa: F811
    from ui.tasks import TaskRunner

    runner = TaskRunner(pg_case[0])
    yield runner
    runner.shutdown()


def _save(qtbot, dialog: AdmissibilityDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_save_while_the_server_is_down_keeps_the_form_and_works_after_restart(
        qtbot, server, pg_case, pg_runner, spanish_ui):  # noqa: F811
    database, counsel = pg_case
    with database.read() as s:
        pid = petitions.petition_ids(s, counsel)[0]
        detail = petitions.petition_detail(s, counsel, pid)
    dialog = AdmissibilityDialog(database, counsel, pg_runner, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose("inadmissible", "other")
    typed = "Fundamento largo que la asesora escribió con cuidado:\nno corresponde a materia constitucional."
    dialog.note.setPlainText(typed)

    server.stop()
    _save(qtbot, dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(lambda: dialog.error.isVisible() and save.isEnabled(), timeout=20_000)

    assert dialog.error.text() == LOST
    assert dialog.isVisible() and dialog.result() == 0, "the dialog closed and the form was lost"
    assert (dialog.decision(), dialog.reason.currentData(), dialog.note.toPlainText()) == (
        "inadmissible", "other", typed)
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox), "a second, modal message appeared"

    server.start()
    with qtbot.waitSignal(dialog.decided, timeout=20_000) as saved:
        _save(qtbot, dialog)
    assert saved.args[0].after == "inadmissible"
    assert not dialog.isVisible()
    with database.read() as s:
        d = petitions.petition_detail(s, counsel, pid)
        assert audit.verify(s, counsel).ok
    assert (d.admissibility, d.inadmissible_reason, d.admissibility_note) == ("inadmissible", "other", typed)
