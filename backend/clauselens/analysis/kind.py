"""Whether a document is terms, a privacy policy, a cookie policy or something else."""

import re

KINDS = ("terms", "privacy", "cookies", "other")

_TITLE_SIGNALS = (  # most specific first: a "cookie policy" also talks of privacy
    ("cookies", re.compile(r"\bcookies?\b.{0,20}\b(polic|notice|statement|settings)|/cookie", re.I)),
    ("privacy", re.compile(r"\bprivacy\b|data protection (polic|notice)|/privacy", re.I)),
    (
        "terms",
        re.compile(
            r"\bterms\b|conditions of (use|sale)|user agreement|licen[cs]e agreement|\beula\b"
            r"|/(tos|terms|legal)\b",
            re.I,
        ),
    ),
)
_TEXT_SIGNALS = {  # lower-case word stems counted as substrings: fast, and density is all we need
    "terms": (
        "these terms", "this agreement", "liable", "liability", "warrant", "arbitration",
        "indemnif", "governing law", "terminat", "licence", "license",
    ),
    "privacy": (
        "personal data", "personal information", "data subject", "controller", "processor",
        "gdpr", "ccpa", "opt out", "opt-out", "privacy",
    ),
    "cookies": ("cookie", "web beacon", "pixel", "local storage"),
}  # fmt: skip

OPENING_CHARS = 120
"""A document's opening words usually are its title ("Terms of Service", "Privacy Notice")."""
SAMPLE_CHARS = 100_000
"""The kind of a document shows in its first pages; reading further only costs time."""
MIN_SIGNALS_PER_THOUSAND_WORDS = 4.0
"""Below this density of legal vocabulary a text is "other" unless its title says more."""


def document_kind(text: str, title: str = "", url: str = "") -> str:
    heading = f"{title} {url}"
    for kind, signal in _TITLE_SIGNALS:
        if signal.search(heading):
            return kind
    opening_kind = _earliest_signal(text[:OPENING_CHARS])
    if opening_kind:
        return opening_kind
    sample = text[:SAMPLE_CHARS].lower()
    words = len(sample.split()) or 1
    densities = {
        kind: 1000 * sum(sample.count(stem) for stem in stems) / words
        for kind, stems in _TEXT_SIGNALS.items()
    }
    kind, density = max(densities.items(), key=lambda item: item[1])
    return kind if density >= MIN_SIGNALS_PER_THOUSAND_WORDS else "other"


def _earliest_signal(opening: str) -> str | None:
    """The kind named first in a document's opening words, if any is."""
    found = [(match.start(), kind) for kind, signal in _TITLE_SIGNALS if (match := signal.search(opening))]
    return min(found)[1] if found else None
