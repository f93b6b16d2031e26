"""Rows of a query straight from the driver's cursor, a chunk at a time (for the tracker)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session

#: Rows fetched from the cursor at a time.
CHUNK = 2_000

_cursor_names = itertools.count(1)


def stream(session: Session, stmt: Select, make: Callable[[tuple], Any], chunk: int = CHUNK) -> Iterator[Any]:
    """Rows of ``stmt`` from the driver's cursor, ``chunk`` at a time, each through ``make``.

    SQLite's cursor steps through the rows as they are fetched. On PostgreSQL a plain cursor
    would bring every row to the client at once, so a server-side (named) cursor is opened on the
    session's own connection, inside its transaction. (SQLAlchemy's ``stream_results`` would do
    that too, but it keeps the first row in its own buffer, out of reach of the driver cursor.)"""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
        cursor = conn.connection.driver_connection.cursor(name=f"tracker_{next(_cursor_names)}")
        cursor.execute(sql)
        close = cursor.close
    else:
        result = conn.execute(stmt)
        cursor, close = result.cursor, result.close
    try:
        while True:
            rows = cursor.fetchmany(chunk)
            if not rows:
                return
            yield from map(make, rows)
    finally:
        close()
