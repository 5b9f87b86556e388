"""Who may or must do what, read off a clause's wording: "we may …", "you must …", "X means …".

Used to explain a clause that matched no rule. The verb phrase is the clause's own
words, cut short; only the actor is put plainly ("we" → "the company"), so the
sentence cannot claim more than the clause says.
"""

import re
from dataclasses import dataclass

MAX_STATEMENTS = 2
MAX_ACTION_WORDS = 12

_NOUN = r"(?!(?i:as|we|you|that|which|who|and|or|if|to|of|may|will|must|shall|can)\b)[\w-]+"
_ACTOR = (
    r"(?P<actor>\b(?:(?i:you\s+and\s+we|we\s+and\s+you|you\s+and\s+the\s+company|we|you|the\s+company"
    r"|the\s+provider|users?|either\s+party|each\s+party|neither\s+party|the\s+parties|both\s+parties)"
    rf"|(?i:any|all|each|every|the|this|these|those|such|your|our)\s+(?:{_NOUN}\s+){{0,2}}?{_NOUN}"
    r"|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}))"
)
_MODAL = (
    r"(?P<modal>may\s+not|must\s+not|shall\s+not|will\s+not|cannot|can't|can’t|won't|won’t|do\s+not|does\s+not"
    r"|don't|don’t|doesn't|doesn’t|never|are\s+not\s+(?:permitted|allowed)\s+to|is\s+not\s+(?:permitted|allowed)\s+to"
    r"|may|can|must|shall|will|reserves?\s+the\s+right\s+to|(?:is|are)\s+entitled\s+to|(?:is|are)\s+(?:permitted|allowed)\s+to"
    r"|agrees?\s+to|(?:is|are)\s+required\s+to|(?:is|are)\s+responsible\s+for|need\s+to|needs\s+to"
    r"|(?:is|are)\s+not|(?:is|are)\s+never)"
)
_STATEMENT = re.compile(
    rf"{_ACTOR}\s+(?:(?:hereby|also|expressly|further|otherwise|solely|only)\s+)?{_MODAL}"
    r"(?:\s*,[^,;.\n]{1,40},)?\s+"  # "we may, from time to time, change …"
    r"(?P<action>[a-z](?:[^;:.()\n]|\.(?=\S))*)"
)
# "We collect, use, and share your data": a statement in the present tense, without a modal.
_ADVERB = r"(?:also|(?!(?:apply|reply|supply|rely|comply|multiply|imply)\b)[a-z]{2,}ly)"
_PRESENT_VERB = (
    r"(?!(?:are|were|have|had|do|did|does|may|might|can|could|must|shall|should|will|would|need|needs"
    r"|reserve|agree|hereby|never|not|at|in|on|and|or|to|the|all|as|each|both|who|that|which"
    r"|so|if|when|mean)\b|" + _ADVERB + r"\b)[a-z]{2,}"
)
_WE_PRESENT = re.compile(
    rf"(?P<actor>\b[Ww]e)\s+"
    rf"(?P<modal>(?:{_ADVERB}\s+)*{_PRESENT_VERB}"
    rf"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+){_PRESENT_VERB})*?)"
    r"\s+(?P<action>(?!(?:and|or)\b)[a-z0-9“\"‘'](?:[^;:.()\n]|\.(?=\S))*)"
)
_VERB_WORD = re.compile(r"[a-z]+")
# "if you do not agree, …", "as some of our Services may be …", "how we enforce …": a condition
# or a subordinate clause, not a rule.
_CONDITION_BEFORE = re.compile(
    r"\b(?:if|when|unless|where|once|until|before|after|whether|as|because|since|although|though|while"
    r"|whereas|how|what|why|which|who|whom|whose)\b[^,;.]*$",
    re.IGNORECASE,
)
# "you or we initiate": one half of a joined subject is not the actor ("…, and we may" is fine).
_JOINED_BEFORE = re.compile(r"[^,;\s]\s+(?:and|or|nor)\s+$", re.IGNORECASE)
_TRAILING_SMALL_WORDS = re.compile(
    r"(?:\s+(?:to|of|and|or|the|a|an|with|for|in|on|by|at|from|your|our|any|all))+$"
)
# ", and Acme is not liable": a second statement whose modal this module does not know.
_NEW_SUBJECT = re.compile(r",\s+(?:and|but|or|while|whereas)\s+(?=(?:we|you|it|they|the|that|[A-Z])\b)")
_LINKING_END = re.compile(r"[\s,]*(?:\b(?:and|but|or|while|whereas)\b(?:\s+that)?)?[\s,]*$", re.IGNORECASE)
_LOWER_ACTORS = frozenset(
    {"you", "user", "users", "either party", "each party", "neither party", "the parties"}
)
_DEFINES = re.compile(r"[\"“](?P<term>[A-Z][^\"”\n]{0,60})[\"”]\s+(?:shall\s+)?(?:means?|refers?\s+to)\b")
_PLAIN_ACTOR = {
    "we": "the company",
    "you and we": "you and the company",
    "we and you": "you and the company",
    "you and the company": "you and the company",
    "both parties": "you and the company",
    "the company": "the company",
    "the provider": "the company",
    "users": "users",
    "user": "a user",
}
_SINGULAR_ACTORS = frozenset({"the company", "a user", "either party", "each party", "neither party"})
_DETERMINERS = frozenset({"any", "all", "each", "every", "the", "this", "these", "those", "such", "your"})
_NOT_ACTORS = frozenset(
    {"If", "When", "Unless", "Where", "That", "It", "Notwithstanding", "Subject", "Except", "In", "For", "To"}
)
# Modals as a plain reader says them.
_PLAIN_MODAL = {
    "shall not": "must not",
    "cannot": "cannot",
    "never": "will never",
    "shall": "must",
    "reserve the right to": "may",
    "reserves the right to": "may",
}


@dataclass(frozen=True, slots=True)
class Statement:
    actor: str
    modal: str
    action: str

    def sentence(self) -> str:
        ending = "" if self.action.endswith("…") else "."
        return f"It says {self.actor} {self.modal} {self.action}{ending}"


def statements(clause: str) -> list[Statement]:
    """Up to two "actor modal action" statements of the clause, in clause order."""
    # One more than kept: it ends the last kept statement's action.
    candidates = [*_candidates(clause, _STATEMENT), *_candidates(clause, _WE_PRESENT)]
    matches = sorted(candidates, key=lambda match: match.start())[: MAX_STATEMENTS + 1]
    found: list[Statement] = []
    for number, match in enumerate(matches):
        # An action runs up to the next statement: "we may scan it, and you must not …".
        action_end = match.end("action")
        if number + 1 < len(matches):
            action_end = min(action_end, matches[number + 1].start())
        action = clause[match.start("action") : action_end]
        new_subject = _NEW_SUBJECT.search(action)
        if new_subject:
            action = action[: new_subject.start()]
        action = _LINKING_END.sub("", action)
        if not action.strip():
            continue
        actor = _plain_actor(" ".join(match.group("actor").split()))
        raw_modal = " ".join(match.group("modal").lower().split())
        if match.re is _WE_PRESENT:
            modal = _VERB_WORD.sub(_third_person, " ".join(match.group("modal").split()))
        else:
            modal = _plain_modal(raw_modal, actor)
        if raw_modal == "shall" and action.startswith("be "):
            modal = "will"  # "shall be governed by" states a fact, not a duty
        statement = Statement(actor, modal, _short_action(action))
        if all((statement.actor, statement.modal) != (other.actor, other.modal) for other in found):
            found.append(statement)
    return found[:MAX_STATEMENTS]


def _candidates(clause: str, pattern: re.Pattern) -> list[re.Match]:
    matches = []
    position = 0
    while len(matches) <= MAX_STATEMENTS and (match := pattern.search(clause, position)) is not None:
        position = match.end("modal")
        actor_words = " ".join(match.group("actor").split())
        known = actor_words.lower() in _PLAIN_ACTOR or actor_words.lower() in _LOWER_ACTORS
        if not known and actor_words.split()[0] in _NOT_ACTORS:
            continue
        if _CONDITION_BEFORE.search(clause, max(0, match.start() - 200), match.start()):
            continue
        if _JOINED_BEFORE.search(clause, max(0, match.start() - 8), match.start()):
            continue
        matches.append(match)
    return matches


def _third_person(verb: re.Match) -> str:
    """ "use" → "uses", "process" → "processes", "rely" → "relies" ("we use" → "the company uses")."""
    word = verb.group()
    if word in ("and", "or") or re.fullmatch(_ADVERB, word):
        return word  # "we also automatically collect" → "the company also automatically collects"
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        return word + "es"
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _plain_actor(actor_words: str) -> str:
    plain = _PLAIN_ACTOR.get(actor_words.lower())
    if plain:
        return plain
    if actor_words.lower() in _LOWER_ACTORS:
        return actor_words.lower()
    first, _, rest = actor_words.partition(" ")
    if first.lower() == "our":
        return f"the company's {rest}"
    if first.lower() in _DETERMINERS:
        return f"{first.lower()} {rest}"
    return actor_words


def _short_action(action: str) -> str:
    """The action in at most MAX_ACTION_WORDS words; a cut one ends in "…", never in "to" or "the"."""
    words = action.split()
    if len(words) <= MAX_ACTION_WORDS:
        return " ".join(words).rstrip(",")
    cut = _TRAILING_SMALL_WORDS.sub("", " ".join(words[:MAX_ACTION_WORDS]).rstrip(",;"))
    return cut + " …"


def defined_term(clause: str) -> str | None:
    """The term the clause defines ("X" means …), if it is a definition."""
    found = _DEFINES.search(clause)
    return found.group("term") if found else None


def _plain_modal(modal: str, actor: str) -> str:
    modal = modal.replace("’", "'")
    modal = {"can't": "cannot", "won't": "will not", "don't": "do not", "doesn't": "does not"}.get(
        modal, modal
    )
    modal = _PLAIN_MODAL.get(modal, modal)
    singular = actor in _SINGULAR_ACTORS or (
        actor not in ("you", "users", "the parties") and actor[0].isupper()
    )
    if actor.split(maxsplit=1)[0] in ("any", "each", "every", "this"):
        singular = True
    if modal in ("do not", "does not"):
        return "does not" if singular else "do not"
    for plural, single in (("agree to", "agrees to"), ("need to", "needs to"), ("are ", "is ")):
        if modal.startswith(plural) or modal.startswith(single):
            rest = modal[len(plural) :] if modal.startswith(plural) else modal[len(single) :]
            return (single if singular else plural) + rest
    return modal
