"""What the reader can do about a clause: opt-out routes, settings, deletion, cancellation and
contact addresses, with deadlines, taken from the clause and from the document's sentences.

A document's action sentences are found once (regex hits, then the sentence around each);
for a clause, the ones that share its topic words (and the words of its findings'
categories) are kept, best first, with one contact route. A sentence that says the
reader *cannot* do something is not an action.
"""

import re
from collections import Counter
from dataclasses import dataclass

import re2

from ..engine.patterns import options
from .markdown import plain_text
from .sentences import Sentences

MAX_DOCUMENT_ACTION_SENTENCES = 400
MAX_ACTION_HITS = 2000
"""Action words looked at per document; real terms have a few hundred at most."""
MAX_ACTIONS_FROM_DOCUMENT = 3
MAX_ACTIONS = 5
MAX_QUOTE_CHARS = 240
MIN_SENTENCES_FOR_COMMON_STEMS = 8
COMMON_STEM_SHARE = 0.25
"""A stem in more of the document's action sentences than this share (the company's name,
"privacy", …) says nothing about a sentence's topic."""
MIN_RELATEDNESS = 0.5
STEM_CHARS = 5

_I = re.IGNORECASE
KINDS = {
    # kind: (lead of the action, what the sentence says)
    "opt-out": (
        "Opt out",
        re.compile(
            r"\bopt(?:ing)?[\s-]*out\b|\bunsubscrib\w*|\bwithdraw\w*\s+(?:your\s+)?consent\b|\bobject\s+to\b"
            r"|\bturn(?:ing)?\s+(?:it\s+|this\s+|that\s+)?off\b|\bswitch\s+off\b|\bdisable\b|\bdo\s+not\s+sell\b"
            r"|\b(?:limit|restrict)\s+(?:the\s+)?(?:use|processing|sharing)\b",
            _I,
        ),
    ),
    "delete": (
        "Delete your data",
        re.compile(r"\bdelet(?:e|es|ing|ion)\b|\berase\b|\berasure\b|\bremove\s+your\b", _I),
    ),
    "cancel": (
        "Cancel",
        re.compile(r"\bcancel\w*|\b(?:close|terminate)\s+your\s+(?:account|subscription)\b|\brefund\w*", _I),
    ),
    "access": (
        "Get a copy of your data",
        re.compile(
            r"\b(?:copy|export|download)\s+of\s+your\b|\bdata\s+portability\b|\brequest\s+access\b", _I
        ),
    ),
    "settings": (
        "Change your settings",
        re.compile(r"\bsettings?\b|\bpreferences\b|\bprivacy\s+(?:controls|dashboard|choices)\b", _I),
    ),
    "contact": (
        "Contact them",
        re.compile(
            r"\bcontact\s+us\b|\be-?mail\s+us\b|\bwrite\s+to\s+us\b|\breach\s+us\b|[\w.+-]+@[\w-]+\.\w", _I
        ),
    ),
}
# RE2 finds the candidates in one linear pass over a long document; Python's re takes ~100 ms
# on 200 KB with these alternatives (the e-mail pattern backtracks at every word).
_ANY_ACTION = re2.compile(
    "|".join(f"(?:{pattern.pattern})" for _, pattern in KINDS.values()), options(case_sensitive=False)
)
_DEADLINE_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|fifteen|thirty|forty-five|sixty|ninety)"
)
_DEADLINE = re.compile(
    rf"\b(?:within|no\s+later\s+than|at\s+least|up\s+to)\s+{_DEADLINE_NUMBER}(?:\s*\(\d+\))?\s+"
    r"(?:business\s+|calendar\s+|working\s+)?(?:days?|weeks?|months?|years?)\b"
    r"(?:\s+(?:of|after|from|before)\s+[^.;,]{1,60})?",
    _I,
)
_CANNOT = re.compile(
    r"\b(?:cannot|can't|can’t|not|unable\s+to|no\s+way\s+to|won't|won’t)\s+(?:\w+\s+){0,3}$", _I
)
# The reader must be the one who acts: "you can delete", "to opt out, …", "contact us", not
# "we may delete your content" (nor "… delete it; you may interact with others").
_READER_CAN = re.compile(
    r"\byou\s+(?:can|may|could)\b(?!\s+(?:be|not)\b)"  # not "you may be refunded"
    r"|\byou\s+(?:will\s+be\s+able|are\s+(?:able|entitled|free)|have\s+(?:the|a)\s+(?:right|choice|option)"
    r"|must|need\s+to|should|are\s+required)\b"
    r"|\byour\s+(?:\w+\s+){0,2}?(?:right|option|choice)\s+to\b|\byou\s+(?:\w+\s+){0,2}?(?:choose|ask\s+us)\s+to\b",
    _I,
)
READER_CAN_REACH_CHARS = 80
"""How far before the action's wording "you can" (or the like) may stand."""
_IMPERATIVE = re.compile(
    r"^(?:to\s+(?:opt|delete|cancel|unsubscribe|change|manage|update|turn|stop|withdraw|request|access|contact"
    r"|exercise|object|close|remove|disable|limit|download|export)"  # not "To the extent permitted by law"
    r"|if\s+you\s+(?:want|wish|would\s+like|prefer|do\s+not\s+want))\b"
    r"|^(?:please\s+)?(?:contact|visit|go|email|e-mail|write|click|tap|open|use|opt|unsubscribe|delete|cancel"
    r"|turn|adjust|change|manage|update|select|send|request)\b",
    _I,
)
# Without a contact on the clause's topic, the one for questions in general is the best.
_GENERAL_CONTACT = re.compile(r"\b(?:questions?|concerns?|contact\s+us|reach\s+us|get\s+in\s+touch)\b", _I)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
_URL = re.compile(r"\bhttps?://[^\s<>\"”)\]]+|\bwww\.[^\s<>\"”)\]]+", _I)
_SETTINGS_PATH = re.compile(
    r"\b(?:Settings|Preferences|Account|Privacy|Profile|Menu)"
    r"(?:\s*(?:>|→|›|»|->)\s*[A-Z][\w&'’-]*"
    r"(?:\s+(?!(?:and|or|then|to|tap|click|select|choose|press|at|in|on)\b)[A-Za-z&][\w&'’-]*){0,3}){1,5}"
)
_SETTINGS_PLACE = re.compile(
    r"\b(?:in|via|through|from|under)\s+(?:your\s+|the\s+)?"
    r"(?P<place>(?:(?:[A-Z][\w-]*|e-?mail|account|privacy|notification|cookie|ad|app|browser|device)\s+){0,3}"
    r"(?:[Ss]ettings|[Pp]references|[Pp]rivacy\s+(?:controls|dashboard|choices))"
    r"(?:\s+(?:page|menu|tab|screen))?)"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
_GENERIC_WORDS = """
    about above after again agree agreement also another apply applicable available because been before
    being below both case certain company could does each either even every following further have here
    however include including information into its itself just laws like made make many more most much
    must need only other others otherwise over personal please provide provided reason relating same shall
    should some such than that their them then there these they this those through time under unless upon
    used user users using very were what when where whether which while will with within without would
    your yours service services terms account data policy site website platform days months years
    first notice send sending right rights request questions contact email e-mail link section
    sections clause paragraph below above from third party parties
"""
_SUFFIXES = ("ations", "ation", "ions", "ion", "ings", "ing", "ers", "er", "ed", "es", "e", "s")


def stem(word: str) -> str:
    """A crude stem that is enough to match "sharing" with "share" and "deletion" with "delete"."""
    word = word.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:STEM_CHARS]


_GENERIC_STEMS = frozenset(stem(word) for word in _GENERIC_WORDS.split())
CATEGORY_WORDS = {
    "ai-training": "training machine artificial intelligence models",
    "data-sharing": "sharing selling advertising partners",
    "tracking": "tracking cookies advertising browsing",
    "arbitration": "arbitration",
    "class-action-waiver": "class arbitration",
    "auto-renewal": "renewal cancel refund subscription",
    "content-license": "content licence license deletion",
    "content-removal": "content removal",
    "data-retention": "deletion retention retain erasure",
    "data-ownership": "usage telemetry diagnostic",
    "monitoring": "review monitoring messages recordings",
    "unilateral-change": "changes modification notice",
    "unilateral-termination": "termination suspension close",
    "government-access": "government authorities enforcement",
}
"""Words that a category's findings make relevant, beyond the clause's own words."""


@dataclass(frozen=True, slots=True)
class ActionSentence:
    kind: str
    text: str
    routes: tuple[str, ...]
    deadline: str | None
    stems: frozenset[str]
    position: int  # of the sentence in the document
    focus: int = 0  # where in ``text`` the action is (route, deadline or wording): quotes centre on it


def action_sentences(
    text: str, sentences: Sentences | None = None, *, limit: int = MAX_DOCUMENT_ACTION_SENTENCES
) -> tuple[ActionSentence, ...]:
    """The sentences of ``text`` that tell the reader what they can do, in text order."""
    sentences = sentences or Sentences(text)
    found: list[ActionSentence] = []
    covered_until = -1
    for count, hit in enumerate(_ANY_ACTION.finditer(text)):
        if count == MAX_ACTION_HITS:
            break
        if hit.start() < covered_until:
            continue
        start, end = sentences.span(hit.start(), hit.end())
        covered_until = max(end, hit.end())
        sentence = action_sentence(text[start:end], start)
        if sentence is not None:
            found.append(sentence)
            if len(found) == limit:
                break
    return tuple(found)


def action_sentence(raw_sentence: str, position: int = 0) -> ActionSentence | None:
    """The sentence as an action, or None when it offers the reader none (or says they cannot act)."""
    sentence = plain_text(raw_sentence)
    offered = next(
        ((name, found) for name, (_, pattern) in KINDS.items() if (found := _offers(sentence, pattern))), None
    )
    if offered is None:
        return None
    kind, wording = offered
    routes = tuple(_routes(sentence))
    if kind == "settings" and not routes:
        return None  # "these settings" alone tells the reader nothing to do
    reader_can = _IMPERATIVE.match(sentence) or _READER_CAN.search(
        sentence, max(0, wording.start() - READER_CAN_REACH_CHARS), wording.end()
    )
    if kind != "contact" and not reader_can:
        return None
    deadline = _DEADLINE.search(sentence)
    return ActionSentence(
        kind=kind,
        text=sentence,
        routes=routes,
        deadline=_deadline_words(sentence, deadline) if deadline else None,
        stems=stems(sentence),
        position=position,
        focus=sentence.find(routes[0]) if routes else deadline.start() if deadline else wording.start(),
    )


def _offers(sentence: str, pattern: re.Pattern) -> re.Match | None:
    found = pattern.search(sentence)
    if found is None or _CANNOT.search(sentence, max(0, found.start() - 40), found.start()):
        return None
    return found


def _routes(sentence: str):
    """Settings paths and places, e-mail addresses and web addresses named in ``sentence``."""
    paths = [found.group().strip() for found in _SETTINGS_PATH.finditer(sentence)]
    candidates = [
        *(path for path in paths if any(arrow in path for arrow in (">", "→", "›", "»"))),
        *(found.group("place") for found in _SETTINGS_PLACE.finditer(sentence)),
        *(found.group() for found in _EMAIL.finditer(sentence)),
        *(found.group().rstrip(".,;:") for found in _URL.finditer(sentence)),
    ]
    kept: list[str] = []
    for route in candidates:
        if not any(route in other or other in route for other in kept):
            kept.append(route)
    return kept


def stems(text: str) -> frozenset[str]:
    """Lower-cased word beginnings, without the words every legal text uses."""
    return frozenset(
        word_stem for word in _WORD.findall(text) if (word_stem := stem(word)) not in _GENERIC_STEMS
    )


def actions_for(
    clause: str, categories: set[str], document_sentences: tuple[ActionSentence, ...] = ()
) -> list[str]:
    """Actions for ``clause``: its own first, then the document's most related ones and a contact."""
    actions = [_describe(sentence, "clause") for sentence in _clause_actions(clause)]
    topic = stems(" ".join([clause, *(CATEGORY_WORDS.get(category, "") for category in categories)]))
    frequency = Counter(word_stem for sentence in document_sentences for word_stem in sentence.stems)
    if len(document_sentences) >= MIN_SENTENCES_FOR_COMMON_STEMS:
        topic = {
            word_stem
            for word_stem in topic
            if frequency[word_stem] <= COMMON_STEM_SHARE * len(document_sentences)
        }
    scored = [
        (_relatedness(topic & sentence.stems, frequency), sentence)
        for sentence in document_sentences
        if sentence.text not in clause
    ]
    related = sorted(
        (item for item in scored if item[0] >= MIN_RELATEDNESS and item[1].kind != "contact"),
        key=lambda item: (-item[0], item[1].position),
    )
    picked = [sentence for _, sentence in related[:MAX_ACTIONS_FROM_DOCUMENT]]
    if not any(sentence.kind == "contact" or _has_address(sentence) for sentence in picked):
        contacts = sorted(
            (item for item in scored if item[1].kind == "contact" and _has_address(item[1])),
            key=lambda item: (-item[0], not _GENERAL_CONTACT.search(item[1].text), item[1].position),
        )
        picked += [sentence for _, sentence in contacts[:1]]
    actions += [_describe(sentence, "document") for sentence in picked]
    return list(dict.fromkeys(actions))[:MAX_ACTIONS]


def _relatedness(shared: set[str], frequency: Counter) -> float:
    """How much a sentence shares with the clause: each shared stem counts the more, the fewer of
    the document's action sentences have it ("arbitration" in one of them says more than "third")."""
    return sum(1 / frequency[word_stem] for word_stem in shared)


def _clause_actions(clause: str) -> list[ActionSentence]:
    found = list(action_sentences(clause, limit=MAX_ACTIONS))
    plain_clause = plain_text(clause)
    deadline = _DEADLINE.search(plain_clause)
    if deadline and not any(sentence.deadline for sentence in found):
        words = _deadline_words(plain_clause, deadline)
        found.append(ActionSentence("deadline", plain_clause, (), words, frozenset(), 0))
    return found


def _deadline_words(sentence: str, deadline: re.Match) -> str:
    """The deadline's words; one cut off in the middle of a word ends at the word before."""
    words = deadline.group()
    if deadline.end() < len(sentence) and sentence[deadline.end()].isalnum():
        words = words.rsplit(" ", 1)[0]
    return " ".join(words.split())


def _has_address(sentence: ActionSentence) -> bool:
    return any("@" in route or "://" in route or route.startswith("www.") for route in sentence.routes)


def _describe(sentence: ActionSentence, source: str) -> str:
    lead = "Deadline" if sentence.kind == "deadline" else KINDS[sentence.kind][0]
    details = [*sentence.routes]
    if sentence.deadline:
        details.append(sentence.deadline)
    head = f"{lead}: {'; '.join(details)}." if details else f"{lead}."
    if source == "clause":
        return f"{head} (This clause says so.)"
    return f"{head} The document says: “{_quote(sentence.text, sentence.focus)}”"


def _quote(text: str, focus: int) -> str:
    """The sentence, or MAX_QUOTE_CHARS of it around ``focus``, cut at words and marked with "…"."""
    if len(text) <= MAX_QUOTE_CHARS:
        return text
    start = max(0, min(focus - MAX_QUOTE_CHARS // 3, len(text) - MAX_QUOTE_CHARS))
    if start > 0:
        start = text.find(" ", start) + 1
    end = start + MAX_QUOTE_CHARS
    if end < len(text):
        end = text.rfind(" ", start, end)
    quoted = text[start:end].strip(" ,;:")
    return ("… " if start > 0 else "") + quoted + (" …" if end < len(text) else "")
