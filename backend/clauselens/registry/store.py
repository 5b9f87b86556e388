"""The registry's records in the database: one method, one transaction; nothing here checks access."""

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from ..errors import ClauselensError
from .database import create_database_engine, transaction
from .migrations import migrate
from .tables import pack_versions, packs, teams, tokens
from .tokens import new_token, token_hash

MAX_PACKS_PER_TEAM = 100
MAX_VERSIONS_PER_PACK = 500
"""Bound what one team can store, and the size of a pack listing."""


@dataclass(frozen=True, slots=True)
class Caller:
    """Whoever a valid token belongs to."""

    token_id: int
    team_id: int
    team: str
    role: str


@dataclass(frozen=True, slots=True)
class TokenRecord:
    id: int
    role: str
    label: str
    created_at: datetime
    revoked_at: datetime | None


@dataclass(frozen=True, slots=True)
class VersionRecord:
    pack: str  # "team/name"
    version: str
    title: str
    published_at: datetime
    yanked_at: datetime | None
    document: str | None = None  # the pack document as JSON; None when not asked for

    @property
    def yanked(self) -> bool:
        return self.yanked_at is not None


def now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC; SQLite gives back naive datetimes, which were stored in UTC."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds") + "Z"


class RegistryStore:
    def __init__(self, engine: Engine):
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> "RegistryStore":
        """The store at ``url``, its schema migrated to the latest version."""
        engine = create_database_engine(url)
        migrate(engine)
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    # Teams and tokens

    def create_team(self, name: str) -> str:
        """Creates the team and its first admin token; returns that token (it is never stored)."""
        token = new_token()
        try:
            with transaction(self.engine, write=True) as connection:
                team_id = connection.execute(
                    insert(teams).values(name=name, created_at=now()).returning(teams.c.id)
                ).scalar_one()
                self._insert_token(connection, team_id, "admin", "created with the team", token)
        except IntegrityError:
            raise ClauselensError(
                "team_exists", f"There is already a team {name}.", status=409, details={"team": name}
            ) from None
        return token

    def caller(self, token: str) -> Caller | None:
        """Who holds ``token``, or None when it is unknown or revoked."""
        query = (
            select(tokens.c.id, tokens.c.team_id, teams.c.name, tokens.c.role)
            .join(teams, teams.c.id == tokens.c.team_id)
            .where(tokens.c.token_hash == token_hash(token), tokens.c.revoked_at.is_(None))
        )
        with transaction(self.engine) as connection:
            row = connection.execute(query).first()
        return Caller(*row) if row else None

    def create_token(self, team_id: int, role: str, label: str) -> tuple[TokenRecord, str]:
        token = new_token()
        with transaction(self.engine, write=True) as connection:
            token_id = self._insert_token(connection, team_id, role, label, token)
            record = self._token(connection, team_id, token_id)
        return record, token

    def list_tokens(self, team_id: int) -> list[TokenRecord]:
        query = select(*_TOKEN_COLUMNS).where(tokens.c.team_id == team_id).order_by(tokens.c.id)
        with transaction(self.engine) as connection:
            return [TokenRecord(*row) for row in connection.execute(query)]

    def revoke_token(self, team_id: int, token_id: int) -> TokenRecord | None:
        """Revokes the team's token ``token_id`` (again is fine); None when the team has no such token."""
        with transaction(self.engine, write=True) as connection:
            record = self._token(connection, team_id, token_id)
            if record is None or record.revoked_at is not None:
                return record
            if record.role == "admin" and self._active_admins(connection, team_id) == 1:
                raise ClauselensError(
                    "last_admin_token",
                    "This is the team's last admin token; create another admin token before revoking it.",
                    status=409,
                    details={"token": token_id},
                )
            connection.execute(update(tokens).where(tokens.c.id == token_id).values(revoked_at=now()))
            return self._token(connection, team_id, token_id)

    # Packs

    def list_versions(self, team_id: int, name: str | None = None) -> list[VersionRecord]:
        """The team's versions (of pack ``name`` only, when given), without their documents."""
        query = _versions_query(team_id).order_by(packs.c.name, pack_versions.c.id)
        if name is not None:
            query = query.where(packs.c.name == name)
        with transaction(self.engine) as connection:
            return [VersionRecord(*row) for row in connection.execute(query)]

    def version(self, team_id: int, name: str, version: str) -> VersionRecord | None:
        query = _versions_query(team_id, pack_versions.c.document).where(
            packs.c.name == name, pack_versions.c.version == version
        )
        with transaction(self.engine) as connection:
            row = connection.execute(query).first()
        return VersionRecord(*row) if row else None

    def publish(self, caller: Caller, name: str, version: str, title: str, document: str) -> VersionRecord:
        """Records a new version in one transaction: all of it, or nothing (409 when it exists)."""
        try:
            with transaction(self.engine, write=True) as connection:
                pack_row_id = self._pack_row(connection, caller.team_id, name)
                connection.execute(
                    insert(pack_versions).values(
                        pack_id=pack_row_id,
                        version=version,
                        title=title,
                        document=document,
                        published_at=now(),
                        published_by=caller.token_id,
                    )
                )
        except IntegrityError:
            raise ClauselensError(
                "version_exists",
                f"{caller.team}/{name}@{version} is already published, and a published version never "
                "changes; publish a new version instead.",
                status=409,
                details={"pack": f"{caller.team}/{name}", "version": version},
            ) from None
        return self.version(caller.team_id, name, version)

    def set_yanked(self, team_id: int, name: str, version: str, yanked: bool) -> VersionRecord | None:
        pack_row = select(packs.c.id).where(packs.c.team_id == team_id, packs.c.name == name)
        statement = (
            update(pack_versions)
            .where(pack_versions.c.pack_id == pack_row.scalar_subquery(), pack_versions.c.version == version)
            .values(yanked_at=now() if yanked else None)
        )
        with transaction(self.engine, write=True) as connection:
            connection.execute(statement)
        return self.version(team_id, name, version)

    # Helpers inside a transaction

    def _insert_token(self, connection, team_id: int, role: str, label: str, token: str) -> int:
        return connection.execute(
            insert(tokens)
            .values(team_id=team_id, role=role, label=label, token_hash=token_hash(token), created_at=now())
            .returning(tokens.c.id)
        ).scalar_one()

    def _token(self, connection, team_id: int, token_id: int) -> TokenRecord | None:
        query = select(*_TOKEN_COLUMNS).where(tokens.c.team_id == team_id, tokens.c.id == token_id)
        row = connection.execute(query).first()
        return TokenRecord(*row) if row else None

    def _active_admins(self, connection, team_id: int) -> int:
        query = select(func.count()).where(
            tokens.c.team_id == team_id, tokens.c.role == "admin", tokens.c.revoked_at.is_(None)
        )
        return connection.execute(query).scalar_one()

    def _pack_row(self, connection, team_id: int, name: str) -> int:
        """The id of the team's pack ``name``, created when new; enforces the storage limits."""
        find = select(packs.c.id).where(packs.c.team_id == team_id, packs.c.name == name)
        pack_row_id = connection.execute(find).scalar()
        if pack_row_id is None:
            team_packs = select(func.count()).where(packs.c.team_id == team_id)
            if connection.execute(team_packs).scalar_one() >= MAX_PACKS_PER_TEAM:
                raise _limit_reached(f"A team may have at most {MAX_PACKS_PER_TEAM} packs.")
            # A concurrent first publish of the same pack may insert the row first: keep theirs.
            dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
            connection.execute(
                dialect.insert(packs)
                .values(team_id=team_id, name=name, created_at=now())
                .on_conflict_do_nothing(index_elements=["team_id", "name"])
            )
            return connection.execute(find).scalar_one()
        versions = select(func.count()).where(pack_versions.c.pack_id == pack_row_id)
        if connection.execute(versions).scalar_one() >= MAX_VERSIONS_PER_PACK:
            raise _limit_reached(f"A pack may have at most {MAX_VERSIONS_PER_PACK} versions.")
        return pack_row_id


_TOKEN_COLUMNS = (tokens.c.id, tokens.c.role, tokens.c.label, tokens.c.created_at, tokens.c.revoked_at)


def _versions_query(team_id: int, *extra_columns):
    return (
        select(
            (teams.c.name + "/" + packs.c.name).label("pack"),
            pack_versions.c.version,
            pack_versions.c.title,
            pack_versions.c.published_at,
            pack_versions.c.yanked_at,
            *extra_columns,
        )
        .select_from(pack_versions.join(packs, packs.c.id == pack_versions.c.pack_id))
        .join(teams, teams.c.id == packs.c.team_id)
        .where(packs.c.team_id == team_id)
    )


def _limit_reached(message: str) -> ClauselensError:
    return ClauselensError("limit_reached", message, status=422)
