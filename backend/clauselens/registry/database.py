"""The registry's database: SQLite under CLAUSELENS_DATA by default, PostgreSQL when DATABASE_URL says so."""

import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

SQLITE_FILE = "clauselens.sqlite3"
SQLITE_BUSY_TIMEOUT_MS = 15_000
"""How long an SQLite writer waits for another one before giving up."""

WAL_SWITCH_ATTEMPTS = 100
WAL_SWITCH_PAUSE_SECONDS = 0.05

_WRITE = "clauselens_write"


def database_url(config) -> str:
    """``DATABASE_URL`` when set (``postgresql://…`` uses psycopg 3), else the SQLite file in the data dir."""
    configured = (config.get("DATABASE_URL") or "").strip()
    if configured:
        for scheme in ("postgres://", "postgresql://"):
            if configured.startswith(scheme):
                return "postgresql+psycopg://" + configured[len(scheme) :]
        return configured
    folder = Path(config["CLAUSELENS_DATA"])
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite+pysqlite:///{folder / SQLITE_FILE}"


def describe(url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


def create_database_engine(url: str) -> Engine:
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        _take_sqlite_write_locks_up_front(engine)
        _use_write_ahead_log(engine)
    return engine


@contextmanager
def transaction(engine: Engine, *, write: bool = False):
    """A connection inside one transaction, committed when the block ends and rolled back on error.

    ``write=True`` declares that the transaction will write, so that SQLite takes its write
    lock at BEGIN and concurrent writers queue instead of failing halfway.
    """
    with engine.connect() as connection:
        if write:
            connection.execution_options(**{_WRITE: True})
        with connection.begin():
            yield connection


def _take_sqlite_write_locks_up_front(engine: Engine) -> None:
    # pysqlite opens transactions lazily and never for DDL; SQLAlchemy's documented remedy is to
    # turn that off and emit BEGIN ourselves. BEGIN IMMEDIATE makes a second writer wait on the
    # busy timeout instead of failing with "database is locked" when it upgrades its lock.
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Connection):
        writes = connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _use_write_ahead_log(engine: Engine) -> None:
    """Readers then go on while a writer commits. WAL is a setting of the file, switched on once;
    the switch needs the file to itself and SQLite does not wait for that on the busy timeout,
    so processes starting together on a new file take turns here."""
    for attempt in range(WAL_SWITCH_ATTEMPTS):
        connection = engine.raw_connection()
        try:
            connection.cursor().execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError:
            if attempt == WAL_SWITCH_ATTEMPTS - 1:
                raise
            time.sleep(WAL_SWITCH_PAUSE_SECONDS)
        finally:
            connection.close()
