"""The registry's operations as callers see them: who may do what, and the errors they get."""

import json
import re

from ..engine.problems import PackError
from ..errors import ClauselensError
from .publishing import check_for_publication
from .semver import latest
from .store import Caller, RegistryStore, TokenRecord, VersionRecord, iso
from .tokens import ROLES, role_allows

TEAM_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
"""A team name is the first part of its packs' ids ("acme" in "acme/source-safety")."""

MAX_PROBLEMS_SHOWN = 100
"""A 422 lists at most this many problems (and says how many there were)."""


class Registry:
    """Teams, tokens and pack versions, each operation checked against the caller's token."""

    def __init__(self, store: RegistryStore):
        self.store = store

    def authorize(self, token: str | None, role: str, team: str | None = None) -> Caller:
        """The caller holding ``token``, who must have ``role`` (and belong to ``team`` when given)."""
        if not token:
            raise ClauselensError(
                "token_required", "This needs a team token: send 'Authorization: Bearer <token>'.", status=401
            )
        caller = self.store.caller(token)
        if caller is None:
            raise ClauselensError("invalid_token", "The token is unknown or has been revoked.", status=401)
        if team is not None and caller.team != team:
            raise ClauselensError(
                "wrong_team",
                f"This token belongs to team {caller.team}; it cannot use team {team}'s packs.",
                status=403,
                details={"team": team},
            )
        if not role_allows(caller.role, role):
            raise ClauselensError(
                "insufficient_role",
                f"This needs a token with the {role} role; this one has the {caller.role} role.",
                status=403,
                details={"role": caller.role, "needed": role},
            )
        return caller

    def create_team(self, name: str) -> str:
        """A new team (server side, no token needed); returns its first admin token."""
        if not TEAM_NAME.match(name):
            raise ClauselensError(
                "invalid_team_name",
                f"{name!r} is not a team name: lowercase letters, digits and '-', at most 64.",
                status=422,
                details={"team": name},
            )
        return self.store.create_team(name)

    # Packs

    def list_packs(self, token: str | None) -> list[dict]:
        caller = self.authorize(token, "reader")
        listing: dict[str, dict] = {}
        for record in self.store.list_versions(caller.team_id):
            entry = listing.setdefault(record.pack, {"id": record.pack, "versions": []})
            entry["versions"].append(record)
        return [_pack_summary(entry["id"], entry["versions"]) for entry in listing.values()]

    def read(self, token: str | None, team: str, name: str, version: str | None) -> VersionRecord:
        """A version with its document; ``version`` None: the latest version that is not yanked."""
        caller = self.authorize(token, "reader", team)
        if version is None:
            versions = self.store.list_versions(caller.team_id, name)
            version = latest(r.version for r in versions if not r.yanked)
            if version is None:
                raise unknown_pack(f"{team}/{name}", "every version of it is yanked" if versions else "")
        record = self.store.version(caller.team_id, name, version)
        if record is None:
            raise unknown_pack(f"{team}/{name}@{version}")
        return record

    def publish(self, caller: Caller, name: str, version: str, *, text: str, fmt: str) -> VersionRecord:
        """Publishes into the caller's team, who must be authorized as a publisher already
        (so that the service reads no body for a caller it would refuse)."""
        pack_id = f"{caller.team}/{name}"
        try:
            document, _compiled = check_for_publication(text, fmt, pack_id, version)
        except PackError as invalid:
            raise invalid_pack(pack_id, version, invalid) from None
        stored = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
        return self.store.publish(caller, name, version, document["title"], stored)

    def set_yanked(self, token: str | None, team: str, name: str, version: str, yanked: bool):
        caller = self.authorize(token, "publisher", team)
        record = self.store.set_yanked(caller.team_id, name, version, yanked)
        if record is None:
            raise unknown_pack(f"{team}/{name}@{version}")
        return record

    # Tokens

    def create_token(self, token: str | None, role: str, label: str) -> tuple[TokenRecord, str]:
        caller = self.authorize(token, "admin")
        if role not in ROLES:
            raise ClauselensError(
                "invalid_role", f"A role is one of {', '.join(ROLES)}.", status=422, details={"role": role}
            )
        return self.store.create_token(caller.team_id, role, label)

    def list_tokens(self, token: str | None) -> list[TokenRecord]:
        return self.store.list_tokens(self.authorize(token, "admin").team_id)

    def revoke_token(self, token: str | None, token_id: int) -> TokenRecord:
        caller = self.authorize(token, "admin")
        record = self.store.revoke_token(caller.team_id, token_id)
        if record is None:
            raise ClauselensError(
                "unknown_token",
                f"Team {caller.team} has no token {token_id}.",
                status=404,
                details={"token": token_id},
            )
        return record


def unknown_pack(ref: str, reason: str = "") -> ClauselensError:
    message = f"There is no version of {ref} to use: {reason}." if reason else f"There is no pack {ref}."
    return ClauselensError("unknown_pack", message, status=404, details={"pack": ref})


def invalid_pack(pack_id: str, version: str, invalid: PackError) -> ClauselensError:
    problems = invalid.problems
    rules = list(dict.fromkeys(p.rule for p in problems if p.rule is not None))
    message = f"{pack_id}@{version} cannot be published: {len(problems)} problem(s)"
    if rules:
        message += f" in rule(s) {', '.join(rules[:10])}" + (" …" if len(rules) > 10 else "")
    return ClauselensError(
        "invalid_pack",
        message + ".",
        status=422,
        details={
            "rules": rules,
            "problems": [p.as_dict() for p in problems[:MAX_PROBLEMS_SHOWN]],
            "problem_count": len(problems),
        },
    )


def _pack_summary(pack_id: str, versions: list[VersionRecord]) -> dict:
    latest_version = latest(r.version for r in versions if not r.yanked)
    title = next((r.title for r in versions if r.version == latest_version), versions[-1].title)
    return {
        "id": pack_id,
        "title": title,
        "latest": latest_version,
        "versions": [
            {"version": r.version, "published_at": iso(r.published_at), "yanked": r.yanked} for r in versions
        ],
    }
