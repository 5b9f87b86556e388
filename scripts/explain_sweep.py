#!/usr/bin/env python3
"""Explain random sentences of real terms (with their whole documents) and check every answer
with the grounding checks of tests/test_explain_grounding.py; report grades and failures.

    .venv/bin/python scripts/explain_sweep.py ../shared/data/terms-corpus [--documents 40] [--per-document 8]
        [--flagged]   # only clauses that /v1/analyze flags, explained from their rules

Run from the project folder (it imports the checks from tests/).
"""

import argparse
import random
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from clauselens.api import create_app
from clauselens.text.segment import Segmenter

from tests import test_explain_grounding as grounding

CHECKS = (
    grounding.test_every_point_explains_words_that_are_in_the_clause,
    grounding.test_the_summary_says_only_what_the_rules_or_the_clause_say,
    grounding.test_terms_come_from_the_document_or_the_glossary_and_are_in_the_clause,
    grounding.test_actions_quote_the_document_or_the_clause,
)
MAX_DOCUMENT_CHARS = 400_000
CLAUSE_CHARS = (40, 1500)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder of .md terms (../shared/data/terms-corpus)")
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--per-document", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--flagged", action="store_true", help="explain the clauses /v1/analyze flags instead"
    )
    arguments = parser.parse_args()

    randomness = random.Random(arguments.seed)
    files = sorted(arguments.corpus.glob("*.md"))
    client = create_app({"TESTING": True}).test_client()
    segmenter = Segmenter()
    grades, failures, with_rule = [], [], 0
    for path in randomness.sample(files, min(arguments.documents, len(files))):
        document = path.read_text(encoding="utf-8")[:MAX_DOCUMENT_CHARS]
        if arguments.flagged:
            analysis = client.post("/v1/analyze", json={"text": document}).get_json()
            clauses = [clause["text"] for clause in analysis["clauses"]]
        else:
            spans = segmenter.spans(document)
            clauses = [
                document[start:end] for start, end in spans if CLAUSE_CHARS[0] < end - start < CLAUSE_CHARS[1]
            ]
        for clause in randomness.sample(clauses, min(arguments.per_document, len(clauses))):
            response = client.post("/v1/explain", json={"clause": clause, "document": document})
            if response.status_code != 200:
                failures.append((path.name, "status", response.status_code, clause[:100]))
                continue
            result = response.get_json()
            with_rule += bool(result["clause"]["findings"])
            grades.append((result["readability"]["clause_grade"], result["readability"]["explanation_grade"]))
            for check in CHECKS:
                try:
                    check((clause, document, result))
                except AssertionError as failure:
                    failures.append((path.name, check.__name__, repr(clause[:300]), str(failure)[:300]))

    clause_grades = [clause_grade for clause_grade, _ in grades]
    explanation_grades = [explanation_grade for _, explanation_grade in grades]
    print(f"clauses explained: {len(grades)} ({with_rule} matched a rule)")
    print(
        f"grade median: clause {statistics.median(clause_grades):.1f}, "
        f"explanation {statistics.median(explanation_grades):.1f}; "
        f"explanations above grade 8: {sum(grade > 8 for grade in explanation_grades)}; "
        f"not plainer than the clause: {sum(e >= c for c, e in grades)}"
    )
    print(f"grounding failures: {len(failures)}")
    for failure in failures:
        print("  ", *failure)


if __name__ == "__main__":
    main()
