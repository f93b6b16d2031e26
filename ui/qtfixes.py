"""Work-arounds for reference-count bugs in the pinned PySide6 6.12.0 (CPython 3.11).

PySide6 6.12.0 hands back some singletons without taking a reference to them:

- ``SignalInstance.emit()`` (and ``disconnect()``) return ``True`` un-referenced, so every emit
  written in Python drops one reference to ``True``;
- every wrapped C++ method that returns nothing (``QLabel.setText``, ``QObject.setObjectName``
  …) or a null pointer (``QObject.parent()`` of a top-level object) returns ``None``
  un-referenced, so it drops one reference to ``None``.

After a few hundred such calls the count reaches zero and CPython aborts with "Fatal Python error:
bool_dealloc" or "none_dealloc", at a random moment (often while the interpreter shuts down).

``guard_singletons()`` runs when the ``ui`` package is imported. It gives ``True``, ``False`` and
``None`` a reserve of 2**40 references, which is what Python 3.12 does for them anyway (immortal
objects). They are static singletons that are never freed, so the reserve changes nothing else,
and every call in the process is covered, whoever makes it. The probes say whether this PySide6
still has the bugs; the reserve is harmless either way, so it is applied on any CPython < 3.12.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

RESERVE = 1 << 40
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None
_guarded = False


class _Probe(QObject):
    ping = Signal()


def _lost(singleton, call, times: int = 8) -> int:
    """References to ``singleton`` lost by ``times`` calls; the lost ones are given back."""
    before = sys.getrefcount(singleton)
    for _ in range(times):
        call()
    lost = before - sys.getrefcount(singleton)
    for _ in range(max(0, lost)):
        _incref(singleton)
    return lost


def emit_loses_true() -> bool:
    probe = _Probe()
    return _lost(True, probe.ping.emit) >= 8


def void_call_loses_none() -> bool:
    probe = QObject()
    return _lost(None, lambda: probe.setObjectName("probe")) >= 8


def guard_singletons() -> bool:
    """Give True, False and None their reserve once. Returns whether it is in place."""
    global _guarded
    if _guarded:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # True, False and None are immortal there
    for singleton in (True, False, None):
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE  # ob_refcnt is the first field
    _guarded = True
    return True
