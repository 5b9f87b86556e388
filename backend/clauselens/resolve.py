"""Pack references to compiled packs: built-ins here, team packs from the registry."""

from .engine.pack import CompiledPack
from .errors import ClauselensError
from .packrefs import DEFAULT_PACKS, parse_ref

MAX_PACKS_PER_REQUEST = 20


class PackResolver:
    """Resolves the ``packs`` of a request. ``team_packs`` (the registry) resolves team refs."""

    def __init__(self, builtins: dict[str, CompiledPack], team_packs=None):
        self.builtins = builtins
        self.team_packs = team_packs

    def resolve(self, refs: list[str] | None, token: str | None = None) -> list[CompiledPack]:
        if refs is None:
            refs = list(DEFAULT_PACKS)
        if len(refs) > MAX_PACKS_PER_REQUEST:
            raise ClauselensError(
                "too_many_packs", f"At most {MAX_PACKS_PER_REQUEST} packs per request.", status=422
            )
        packs, seen = [], set()
        for raw_ref in refs:
            ref = parse_ref(raw_ref) if isinstance(raw_ref, str) else None
            if ref is None:
                raise ClauselensError(
                    "invalid_pack_ref",
                    f"{raw_ref!r} is not a pack reference such as 'core' or 'team/name@1.2.0'.",
                    status=422,
                    details={"pack": raw_ref},
                )
            pack = self._resolve_one(ref, token)
            if pack.ref not in seen:
                seen.add(pack.ref)
                packs.append(pack)
        return packs

    def _resolve_one(self, ref, token) -> CompiledPack:
        if ref.team is not None and self.team_packs is not None:
            return self.team_packs.resolve(ref, token)
        pack = self.builtins.get(ref.id)
        if pack is None or (ref.version is not None and ref.version != pack.version):
            raise ClauselensError(
                "unknown_pack", f"There is no pack {ref}.", status=404, details={"pack": str(ref)}
            )
        return pack

    def describe(self) -> list[dict]:
        return [
            {"id": pack.id, "version": pack.version, "rules": len(pack.rules)}
            for pack in self.builtins.values()
        ]
