"""Work-arounds for bugs in the pinned PySide6, applied once per process.

PySide6 6.12.0 on CPython 3.11: ``SignalInstance.emit()`` (and ``disconnect()``) return ``True``
without taking a reference to it. Every emit from Python therefore drops one reference to
``True``; after a few hundred emits (a model refresh, a progress bar, a test run) the count reaches
zero and the interpreter aborts with "Fatal Python error: bool_dealloc". Reproduce with::

    class O(QObject): s = Signal()
    o = O(); [o.s.emit() for _ in range(1000)]   # aborts

CPython 3.12 made ``True``, ``False`` and ``None`` immortal; here we do the same by hand, giving
them a reference count that no amount of stolen references can bring to zero.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_PINNED = False


def pin_singletons() -> None:
    """Make ``True``/``False``/``None`` effectively immortal (no-op where they already are)."""
    global _PINNED
    if _PINNED or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return
    for obj in (True, False, None):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    _PINNED = True


pin_singletons()
