"""Replace a small table model's rows with fresh ones, emitting precise signals.

Used by the worklist and the meetings models (and ``runs`` by the petition table), which hold their (few hundred) rows in memory and
re-read them after every change. Instead of a model reset (which loses the selection and the
scroll position), ``sync_rows`` turns the difference into the signals a view understands:

1. rows whose id vanished: ``beginRemoveRows`` per contiguous run (from the bottom);
2. the remaining rows in a new relative order: one layout change, persistent indexes moved;
3. new ids: ``beginInsertRows`` at their place, top to bottom;
4. kept rows whose content changed: ``dataChanged`` per contiguous run.

So a bulk assignment that only changes the owner of three rows emits three rows' worth of
``dataChanged`` and the view keeps its selection.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex


def runs(rows: Sequence[int]):
    """Contiguous runs of sorted row numbers: [1,2,3,7] → (1,3), (7,7)."""
    if not rows:
        return
    first = last = rows[0]
    for r in rows[1:]:
        if r == last + 1:
            last = r
        else:
            yield first, last
            first = last = r
    yield first, last


def sync_rows(model: QAbstractItemModel, rows: list[Any], fresh: list[Any],
              key: Callable[[Any], Any], columns: int) -> bool:
    """Turn ``rows`` (mutated in place) into ``fresh``; returns True if anything changed."""
    if rows == fresh:
        return False
    new_keys = [key(r) for r in fresh]
    wanted = set(new_keys)
    changed = False
    # 1. removals, bottom first so earlier row numbers stay valid
    gone = [i for i, r in enumerate(rows) if key(r) not in wanted]
    for first, last in reversed(list(runs(gone))):
        model.beginRemoveRows(QModelIndex(), first, last)
        del rows[first:last + 1]
        model.endRemoveRows()
        changed = True
    # 2. reorder the survivors into their new relative order
    kept = {key(r) for r in rows}
    order = [k for k in new_keys if k in kept]
    if [key(r) for r in rows] != order:
        model.layoutAboutToBeChanged.emit()
        persistent = model.persistentIndexList()
        old_keys = [key(rows[p.row()]) for p in persistent]
        by_key = {key(r): r for r in rows}
        rows[:] = [by_key[k] for k in order]
        where = {k: i for i, k in enumerate(order)}
        model.changePersistentIndexList(
            persistent, [model.index(where[k], p.column()) for p, k in zip(persistent, old_keys)])
        model.layoutChanged.emit()
        changed = True
    # 3. insertions at their final places, top to bottom
    fresh_by_key = {key(r): r for r in fresh}
    for i, k in enumerate(new_keys):
        if k not in kept:
            model.beginInsertRows(QModelIndex(), i, i)
            rows.insert(i, fresh_by_key[k])
            model.endInsertRows()
            changed = True
    # 4. content changes of the rows that stayed
    dirty = [i for i, (old, new) in enumerate(zip(rows, fresh)) if old != new]
    for i in dirty:
        rows[i] = fresh[i]
    for first, last in runs(dirty):
        model.dataChanged.emit(model.index(first, 0), model.index(last, columns - 1))
        changed = True
    return changed
