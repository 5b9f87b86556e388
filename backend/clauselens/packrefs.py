"""Pack references as callers write them: "core", "core@1.0.0", "team/name", "team/name@1.2.0"."""

import re
from dataclasses import dataclass

_REF = re.compile(
    r"^(?P<id>[a-z0-9][a-z0-9-]{0,63}(?:/[a-z0-9][a-z0-9-]{0,63})?)"
    r"(?:@(?P<version>[0-9A-Za-z.+-]{1,64}))?$"
)

DEFAULT_PACKS = ("core",)


@dataclass(frozen=True, slots=True)
class PackRef:
    id: str
    version: str | None  # None: the latest version

    @property
    def team(self) -> str | None:
        return self.id.split("/", 1)[0] if "/" in self.id else None

    def __str__(self) -> str:
        return self.id if self.version is None else f"{self.id}@{self.version}"


def parse_ref(ref: str) -> PackRef | None:
    """The parsed reference, or None when ``ref`` is not of a valid form."""
    found = _REF.match(ref)
    if not found:
        return None
    return PackRef(found.group("id"), found.group("version"))
