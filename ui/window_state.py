"""The main window's layout between runs: geometry, the list/detail split, the table's columns."""

from __future__ import annotations

from PySide6.QtCore import QSettings

DEFAULT_SIZE = (1400, 850)
DEFAULT_SPLIT = [960, 440]


def restore(window, store: QSettings) -> None:
    """``window`` has ``splitter`` and ``table``; anything not saved yet gets the defaults."""
    geometry = store.value("main/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)
    splitter = store.value("main/splitter")
    if splitter is not None:
        window.splitter.restoreState(splitter)
    else:
        window.splitter.setSizes(DEFAULT_SPLIT)
    header = store.value("main/table_header")
    if header is not None:
        window.table.horizontalHeader().restoreState(header)


def save(window, store: QSettings) -> None:
    store.setValue("main/geometry", window.saveGeometry())
    store.setValue("main/splitter", window.splitter.saveState())
    store.setValue("main/table_header", window.table.horizontalHeader().saveState())
    store.sync()
