"""Where the noun phrase that ends at a point of a sentence starts, by the words that lead into it.

A parenthetical definition names the noun phrase just before it, not the clause around it:
in ``These Terms apply to and govern your use of our apps ("Services")`` the Services are
``our apps``. Without a parser, the phrase starts after the last verb or "use of" that leads
into it (a modal and its verbs, a verb after "we" or "you", a verb that is rarely a noun,
"agree to", "is subject to"), unless that verb sits in a clause inside the phrase: ``any
content you upload to the Services`` and ``software used to provide the Services`` stay whole.
"""

import re

_MODAL_VERBS = (  # "may offer", "may not modify, copy or sell", "must comply with"
    r"(?<!event[ \t])(?<!case[ \t])(?:may|will|shall|must|can|might|could|would|should)[ \t]+"
    r"(?:not[ \t]+)?(?:also[ \t]+|only[ \t]+)?"
    r"(?!(?:be|have|from|either|in|at|to|not|time|materially|directly|act)\b)"
    r"[a-z]+(?:(?:,[ \t]*|[ \t]+)(?:or|and|and/or|nor)[ \t]+[a-z]+|,[ \t]*[a-z]+(?=,))*(?:[ \t]+with)?"
)
_AGREE_TO = (  # "agree to", "agree to be bound by", "agree to defend, indemnify and hold harmless"
    r"(?:agrees?|consents?)[ \t]+to(?:[ \t]+(?:be[ \t]+bound[ \t]+by|comply[ \t]+with"
    r"|(?:defend|indemnify|hold[ \t]+harmless|hold|pay|provide|submit|grant|accept|release)"
    r"(?:(?:,[ \t]*|[ \t]+)(?:(?:or|and)[ \t]+)?(?:defend|indemnify|hold[ \t]+harmless|hold))*))?"
)
_LEAD_IN = re.compile(
    r"\b(?:"
    r"(?:your|our|their|its)[ \t]+(?:use|usage|access|purchase)(?:[ \t]+(?:of|to))?"
    r"(?:[ \t]+(?:and|or|and/or)[ \t]+(?:use|access|purchase))?[ \t]+(?:of|to)"
    rf"|{_MODAL_VERBS}|{_AGREE_TO}"
    r"|(?:we|you|they)[ \t]+(?:also[ \t]+)?"
    r"(?:offer|provide|collect|receive|submit|post|upload|share|send|earn|use|create|buy|purchase|operate)"
    r"|(?:is|are|be|being)[ \t]+(?:subject[ \t]+to|(?:bound|governed|covered)[ \t]+by)"
    r"|appl(?:y|ies)[ \t]+to|compl(?:y|ies)[ \t]+with|govern|cover"
    r"|governs|covers|operates|collects|receives|submits|earns|contains"
    r"|provides?(?:[ \t]+(?:you|us)[ \t]+with)?"
    # Verbs that are also plural nouns lead in only after a name: "Acme offers", not "special offers".
    r"|(?-i:[A-Z])[\w.&'’-]*[ \t]+(?:offers|posts|shares|sends|uploads)"
    r")\b",
    re.IGNORECASE,
)
# A clause or modifier inside the phrase, after which verbs belong to the phrase: "content that
# you post", "the apps we run", "how often you log in", "software used to provide the Services",
# "any claim arising out of your use of the Services" (but not "is governed by", a lead-in).
_INNER_CLAUSE = re.compile(
    r"\b(?:that|which|who|whom|whose)\b"
    r"|(?<!\bis[ \t])(?<!\bare[ \t])(?<!\bbe[ \t])(?<!\bwas[ \t])(?<!\bbeen[ \t])"
    r"\b[a-z]{2,}(?:ing|ed)[ \t]+(?:out[ \t]+of|to|by|from|under|with)\b"
    r"|(?<![,;:(])(?<!\bif)(?<!\bwhen)(?<!\band)(?<!\bbut)(?<!\bor)(?<!\bonce)(?<!\bunless)"
    r"(?<=[a-z])[ \t]+(?=(?:you|we|they)[ \t]+[a-z])",
    re.IGNORECASE,
)
# What is left between the lead-in and the phrase: "govern | and use of", "provide | you with".
_PHRASE_OPENER = re.compile(
    r"(?:[\s,]|/or\b|\b(?:and|or|to|of|that)\b"
    r"|\b(?:you|us|them)[ \t]+(?:with|of)\b"
    r"|\b(?:you|us|them)[ \t]+(?=(?:a|an|the|any|all|your|our|some|certain|more)\b))*",
    re.IGNORECASE,
)
_WORD_CHAR = re.compile(r"\w")


def noun_phrase_start(text: str, start: int, end: int) -> int:
    """Where the noun phrase that ends at ``end`` starts, no earlier than ``start``."""
    inner_clause = _INNER_CLAUSE.search(text, start, end)
    lead_in_end = None
    for lead_in in _LEAD_IN.finditer(text, start, inner_clause.start() if inner_clause else end):
        if _WORD_CHAR.search(text, lead_in.end(), end):
            lead_in_end = lead_in.end()
    if lead_in_end is None:
        return start
    return _PHRASE_OPENER.match(text, lead_in_end, end).end()
