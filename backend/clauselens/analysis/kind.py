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
_TEXT_SIGNALS = {
    "terms": re.compile(
        r"\b(these terms|this agreement|liab(le|ility)|warrant(y|ies)|arbitration|indemnif\w+"
        r"|governing law|terminat\w+|licen[cs]e)\b",
        re.I,
    ),
    "privacy": re.compile(
        r"\b(personal (data|information)|data subjects?|controller|processors?|gdpr|ccpa|opt[- ]out"
        r"|privacy)\b",
        re.I,
    ),
    "cookies": re.compile(r"\b(cookies?|web beacons?|pixels?|local storage)\b", re.I),
}
_WORD = re.compile(r"\w+")

MIN_SIGNALS_PER_THOUSAND_WORDS = 4.0
"""Below this density of legal vocabulary a text is "other" unless its title says more."""


def document_kind(text: str, title: str = "", url: str = "") -> str:
    heading = f"{title} {url}"
    for kind, signal in _TITLE_SIGNALS:
        if signal.search(heading):
            return kind
    words = len(_WORD.findall(text[:200_000])) or 1
    densities = {
        kind: 1000 * len(signal.findall(text[:200_000])) / words for kind, signal in _TEXT_SIGNALS.items()
    }
    kind, density = max(densities.items(), key=lambda item: item[1])
    return kind if density >= MIN_SIGNALS_PER_THOUSAND_WORDS else "other"
