"""Alembic environment. The engine comes from ``config.attributes['engine']`` (set by
``secretariat.db``) or from ``-x url=...``/``SECRETARIAT_DB`` on the command line."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from secretariat.db import create_db_engine, resolve_url
from secretariat.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    owned = engine is None
    if owned:
        url = context.get_x_argument(as_dictionary=True).get("url")
        engine = create_db_engine(resolve_url(url))
    is_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if is_sqlite:
            # Batch migrations rebuild tables; with foreign keys on, dropping a referenced table
            # would cascade into its children. Off for this connection only, on the driver's
            # connection before anything begins a transaction (SQLite ignores the pragma inside
            # one); the keys are checked afterwards.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            # Each migration takes the write lock when it begins (see secretariat/db.py): a second
            # process upgrading the same file waits for the first instead of failing "locked".
            connection.execution_options(sqlite_begin="IMMEDIATE")
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=is_sqlite,
            transaction_per_migration=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        if is_sqlite:
            bad = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if bad:
                raise RuntimeError(f"foreign key check failed after migration: {bad[:3]}")
        connection.commit()
        if is_sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
    if owned:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline migrations are not supported; run against a database.")
run_migrations_online()
