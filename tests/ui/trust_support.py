"""Fixtures for the trust tests of the window (accounts, audit, conflicts, backup on close).

- ``boxes``: QMessageBox.warning / question / information never block; they record
  (kind, text) in a list, and ``boxes.answer`` is what ``question`` returns (Yes by default).
- ``mexico_time``: the process's local time zone is America/Mexico_City (UTC-6, no DST since
  2022) for the test, so local times can be stated exactly.
"""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtWidgets import QMessageBox


class Boxes(list):
    answer = QMessageBox.StandardButton.Yes

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, text in self if kind is None or k == kind]


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    shown = Boxes()

    def record(kind):
        def box(_parent, _title, text, *args, **kwargs):
            shown.append((kind, text))
            return shown.answer if kind == "question" else QMessageBox.StandardButton.Ok
        return box

    for kind in ("warning", "question", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return shown


@pytest.fixture
def mexico_time():
    if not hasattr(time, "tzset") or not os.path.exists("/usr/share/zoneinfo/America/Mexico_City"):
        pytest.skip("needs the system time zone database")
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/Mexico_City"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()
