"""The registry's tables as the queries see them (the schema itself is built by ``migrations``)."""

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

teams = Table(
    "teams",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

tokens = Table(
    "tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("team_id", Integer, ForeignKey("teams.id"), nullable=False),
    Column("role", String(16), nullable=False),
    Column("label", String(200), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
)

packs = Table(
    "packs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("team_id", Integer, ForeignKey("teams.id"), nullable=False),
    Column("name", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("team_id", "name", name="uq_packs_team_name"),
)

pack_versions = Table(
    "pack_versions",
    metadata,
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
