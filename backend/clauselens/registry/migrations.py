"""The registry's schema, versioned: ordered migrations, each applied once, recorded in schema_version.

Every migration runs in the same transaction as the record of its version, and the whole
upgrade holds a lock (PostgreSQL: an advisory lock; SQLite: BEGIN IMMEDIATE), so several
workers starting at once upgrade the database exactly once. A migration's table definitions
are frozen copies: ``tables.py`` may move on, a released migration never changes.
"""

from sqlalchemy import (
    Column,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

from ..errors import ClauselensError
from .database import transaction

MIGRATION_LOCK_KEY = 0x636C_6175_7365
"""PostgreSQL advisory lock id held while migrating ("clause" in ASCII)."""


def create_registry_tables(connection) -> None:
    """Version 1: teams, their tokens, packs and immutable pack versions."""
    version_1 = MetaData()
    Table(
        "teams",
        version_1,
        Column("id", Integer, primary_key=True),
        Column("name", String(64), nullable=False, unique=True),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )
    Table(
        "tokens",
        version_1,
        Column("id", Integer, primary_key=True),
        Column("team_id", Integer, ForeignKey("teams.id"), nullable=False),
        Column("role", String(16), nullable=False),
        Column("label", String(200), nullable=False),
        Column("token_hash", String(64), nullable=False, unique=True),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("revoked_at", DateTime(timezone=True)),
    )
    Table(
        "packs",
        version_1,
        Column("id", Integer, primary_key=True),
        Column("team_id", Integer, ForeignKey("teams.id"), nullable=False),
        Column("name", String(64), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        UniqueConstraint("team_id", "name", name="uq_packs_team_name"),
    )
    Table(
        "pack_versions",
        version_1,
        Column("id", Integer, primary_key=True),
        Column("pack_id", Integer, ForeignKey("packs.id"), nullable=False),
        Column("version", String(64), nullable=False),
        Column("title", String(200), nullable=False),
        Column("document", Text, nullable=False),
        Column("published_at", DateTime(timezone=True), nullable=False),
        Column("published_by", Integer, ForeignKey("tokens.id"), nullable=False),
        Column("yanked_at", DateTime(timezone=True)),
        UniqueConstraint("pack_id", "version", name="uq_pack_versions_pack_version"),
    )
    version_1.create_all(connection)


MIGRATIONS = (create_registry_tables,)
"""Append only: the schema version is the number of migrations applied."""


def migrate(engine: Engine) -> int:
    """Bring the database up to the latest schema version; returns that version."""
    with transaction(engine, write=True) as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        connection.execute(text("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))
        current = connection.execute(text("SELECT max(version) FROM schema_version")).scalar() or 0
        if current > len(MIGRATIONS):
            raise ClauselensError(
                "schema_too_new",
                f"The database has schema version {current}; this clauselens knows up to "
                f"{len(MIGRATIONS)}. Upgrade clauselens.",
                status=500,
            )
        for version, upgrade in enumerate(MIGRATIONS, start=1):
            if version > current:
                upgrade(connection)
                connection.execute(text("INSERT INTO schema_version (version) VALUES (:v)"), {"v": version})
    return len(MIGRATIONS)
