"""Semantic-version precedence (semver.org §11), to pick a pack's latest version."""


def precedence(version: str) -> tuple:
    """A sort key: 1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-beta < 1.0.0 < 1.0.1; build metadata ignored."""
    core = version.split("+", 1)[0]
    release, _, prerelease = core.partition("-")
    major, minor, patch = (int(part) for part in release.split("."))
    if not prerelease:
        return (major, minor, patch, 1, ())
    # Numeric identifiers sort numerically and below alphanumeric ones.
    identifiers = tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part) for part in prerelease.split(".")
    )
    return (major, minor, patch, 0, identifiers)


def is_prerelease(version: str) -> bool:
    return "-" in version.split("+", 1)[0]


def latest(versions) -> str | None:
    """The highest release among ``versions``, or the highest pre-release when there is no release."""
    return max(versions, key=lambda v: (not is_prerelease(v), precedence(v)), default=None)
