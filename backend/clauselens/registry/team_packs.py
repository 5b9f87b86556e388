"""Team pack refs in analysis requests to compiled packs, checked against the caller's token.

Compiled packs are cached by (pack, version) in each process. That is safe with several
workers and instances because a published version never changes; yanking only hides a
version from "latest", which is looked up in the database on every request, as is the token.
"""

import json
import threading
from collections import OrderedDict

from ..engine.loader import load_pack
from ..engine.pack import CompiledPack
from ..packrefs import PackRef
from .service import Registry

COMPILED_PACK_CACHE_SIZE = 32
"""Compiled packs kept per process; a pack at the publishing limits takes about 23 MB."""


class TeamPacks:
    """The ``team_packs`` hook of :class:`clauselens.resolve.PackResolver`."""

    def __init__(self, registry: Registry, cache_size: int = COMPILED_PACK_CACHE_SIZE):
        self.registry = registry
        self.cache_size = cache_size
        self._compiled: OrderedDict[tuple[str, str], CompiledPack] = OrderedDict()
        self._lock = threading.Lock()

    def resolve(self, ref: PackRef, token: str | None) -> CompiledPack:
        team, name = ref.id.split("/", 1)
        if ref.version is not None:
            self.registry.authorize(token, "reader", team)
            cached = self._cached((ref.id, ref.version))
            if cached is not None:
                return cached
        record = self.registry.read(token, team, name, ref.version)
        key = (ref.id, record.version)
        compiled = self._cached(key)
        if compiled is None:
            compiled = load_pack(json.loads(record.document), ref.id)
            self._remember(key, compiled)
        return compiled

    def cached_refs(self) -> list[str]:
        with self._lock:
            return [f"{pack_id}@{version}" for pack_id, version in self._compiled]

    def _cached(self, key) -> CompiledPack | None:
        with self._lock:
            compiled = self._compiled.get(key)
            if compiled is not None:
                self._compiled.move_to_end(key)
            return compiled

    def _remember(self, key, compiled: CompiledPack) -> None:
        with self._lock:
            self._compiled[key] = compiled
            while len(self._compiled) > self.cache_size:
                self._compiled.popitem(last=False)
