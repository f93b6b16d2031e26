"""``emit(signal, *args)``: emit a Qt signal from Python without PySide6 6.12.0's refcount bug.

In PySide6 6.12.0 ``SignalInstance.emit()`` returns ``True`` without taking a reference to it, so
every emit from Python drops one reference to ``True``. After a few hundred emits CPython aborts
with "Fatal Python error: bool_dealloc: deallocating True or False". ``emit`` gives the missing
reference back. The bug is probed once at import, so a fixed PySide6 (or a Python whose ``True``
is immortal) gets a plain emit.

Every ``.emit(...)`` written in Python under ``ui/`` should go through this function.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    ping = Signal()


def _emit_loses_references() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        for _ in range(lost):
            _incref(True)
    return lost >= 8


EMIT_LOSES_REFERENCES = _emit_loses_references()


def emit(signal: Any, *args: Any) -> Any:
    """``signal.emit(*args)``, compensating the reference PySide6 6.12.0 drops."""
    result = signal.emit(*args)
    if EMIT_LOSES_REFERENCES and (result is True or result is False):
        _incref(result)
    return result
