"""Guard against PySide6 6.12.0's refcount bug in ``SignalInstance.emit``.

In PySide6 6.12.0 ``signal.emit(...)`` returns ``True`` without taking a reference to it, so every
emit written in Python drops one reference to ``True``. After a few hundred emits CPython 3.11
aborts with "Fatal Python error: bool_dealloc: deallocating True or False".

``guard_bool_refcounts()`` (called when the ``ui`` package is imported) checks once whether emit
really loses references and, if so, gives ``True`` and ``False`` a reserve of 2**40 references,
which is what Python 3.12 does for them anyway (immortal objects). ``True`` and ``False`` are static
singletons that are never freed, so the reserve changes nothing else. Every signal in the process
is covered, whoever emits it, with no change to the code that emits.
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


def emit_loses_references() -> bool:
    """True if ``emit`` drops a reference to ``True`` (the references it took are given back)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):
        _incref(True)
    return lost >= 8


def guard_bool_refcounts() -> bool:
    """Apply the reserve once if this PySide6 needs it. Returns whether it was applied."""
    global _guarded
    if _guarded:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # True and False are immortal there
    if not emit_loses_references():
        return False
    for singleton in (True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE  # ob_refcnt is the first field
    _guarded = True
    return True
