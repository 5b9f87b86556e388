"""The summary of an explanation: what the clause lets whom do, in a few plain sentences.

With findings, the summary is their rules' one-sentence summaries, riskiest first, one
per category for the risky ones and one for what protects the reader (the rules are
written for this). Without, it says that no risk rule
matched and reads the clause's structure: who may or must do what, or which term it
defines, and which of its terms are defined elsewhere in the document.
"""

from ..severity import is_risky, rank
from .markdown import plain_text
from .points import lower_first, negation_before
from .structure import defined_term, statements

MAX_RISKY_SENTENCES = 2
MAX_TERMS_NAMED = 3
NO_RULE = "No risk rule matched this clause."
NO_STRUCTURE = "It does not say plainly who may do what."


def summarize(clause: str, findings: list[dict], document_terms: list[str]) -> str:
    """The summary of ``clause`` from its ``findings`` (dicts as in the API) or its wording."""
    if findings:
        return " ".join([*_from_findings(findings), *_negated_evidence(clause, findings)])
    return " ".join([NO_RULE, *_from_structure(clause, document_terms)])


def _from_findings(findings: list[dict]):
    # One sentence per category and kind: a clause may both risk and protect in one category
    # ("may use your art to improve our tools, but we won't … train Generative AI").
    by_category: dict[tuple[str, bool, bool], dict] = {}
    for finding in sorted(findings, key=lambda finding: -rank(finding["severity"])):
        severity = finding["severity"]
        by_category.setdefault((finding["category"], severity == "good", severity == "info"), finding)
    risky = [finding for finding in by_category.values() if is_risky(finding["severity"])]
    protective = [finding for finding in by_category.values() if finding["severity"] == "good"]
    worth_knowing = [finding for finding in by_category.values() if finding["severity"] == "info"]
    yield from (finding["summary"] for finding in risky[:MAX_RISKY_SENTENCES])
    if protective:
        lead = "It also protects you:" if risky else "This clause protects you:"
        yield f"{lead} {lower_first(protective[0]['summary'])}"
    if worth_knowing and len(risky) < MAX_RISKY_SENTENCES:
        yield f"Worth knowing: {lower_first(worth_knowing[0]['summary'])}"


def _negated_evidence(clause: str, findings: list[dict]):
    """A rule may match words the clause negates ("agrees not to use any of Your Content"):
    the summary then says where, so that it does not claim more than the clause."""
    for finding in findings:
        if not is_risky(finding["severity"]):
            continue
        for evidence in finding["evidence"]:
            negation = negation_before(clause, _code_point_offset(clause, evidence["start"]))
            if negation:
                yield f'Read closely: the clause says "{negation}" just before "{evidence["text"]}".'
                return


def _code_point_offset(text: str, utf16_offset: int) -> int:
    units = 0
    for index, character in enumerate(text):
        if units >= utf16_offset:
            return index
        units += 2 if ord(character) > 0xFFFF else 1
    return len(text)


def _from_structure(clause: str, document_terms: list[str]):
    plain_clause = plain_text(clause)
    term = defined_term(plain_clause)
    clause_statements = statements(plain_clause)
    if term:
        yield f"It explains what “{term}” means."
    yield from (statement.sentence() for statement in clause_statements)
    if not term and not clause_statements:
        yield NO_STRUCTURE
    if document_terms:
        named = ", ".join(f"“{name}”" for name in document_terms[:MAX_TERMS_NAMED])
        yield f"It uses words the document defines elsewhere: {named}."
