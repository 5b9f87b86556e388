"""The built-in rule packs shipped as data inside the package, compiled once per process."""

import functools
from importlib import resources

from ..engine.loader import load_pack_text
from ..engine.pack import CompiledPack

BUILTIN_PACK_FILES = ("core.yaml",)


@functools.cache
def builtin_packs() -> dict[str, CompiledPack]:
    """The built-in packs by id."""
    packs = {}
    for name in BUILTIN_PACK_FILES:
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
        pack = load_pack_text(text, name)
        packs[pack.id] = pack
    return packs


def builtin_pack_text(pack_id: str) -> str:
    """The YAML source of a built-in pack (for `pack test` and for reading rules)."""
    return resources.files(__package__).joinpath(f"{pack_id}.yaml").read_text(encoding="utf-8")
