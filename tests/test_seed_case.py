"""The seed case end to end: AI training, content licence and data ownership found; the promise not."""

import json
import subprocess
import sys

import pytest
from clauselens.analysis.analyze import analyze_text
from clauselens.packs import builtin_packs
from clauselens.severity import is_risky

from .seed_case import (
    CONSENT_OWN_WORDS,
    CONSENT_QUOTED,
    CORRECTION_OWN_WORDS,
    CORRECTION_QUOTED,
    LICENCE_OWN_WORDS,
    LICENCE_QUOTED,
    OWNERSHIP_OWN_WORDS,
    OWNERSHIP_QUOTED,
    SEED_DOCUMENT,
)

EXPECTED_RISKS = [
    (LICENCE_QUOTED, {"ai-training", "content-license"}),
    (OWNERSHIP_QUOTED, {"data-ownership"}),
    (CONSENT_QUOTED, {"ai-training", "data-ownership"}),
    (LICENCE_OWN_WORDS, {"ai-training", "content-license"}),
    (OWNERSHIP_OWN_WORDS, {"data-ownership"}),
    (CONSENT_OWN_WORDS, {"ai-training", "data-ownership"}),
]


def risky_categories(analysis, sentence):
    [clause] = [c for c in analysis["clauses"] if c["text"] == sentence] or [{"findings": []}]
    return {f["category"] for f in clause["findings"] if is_risky(f["severity"])}


def check_seed_analysis(analysis):
    for sentence, categories in EXPECTED_RISKS:
        assert categories <= risky_categories(analysis, sentence), sentence[:60]
    for promise in (CORRECTION_QUOTED, CORRECTION_OWN_WORDS):
        assert risky_categories(analysis, promise) == set(), promise
    ai_high = [
        f
        for c in analysis["clauses"]
        for f in c["findings"]
        if f["category"] == "ai-training" and f["severity"] == "high"
    ]
    assert ai_high


def test_seed_case_in_process():
    check_seed_analysis(analyze_text(SEED_DOCUMENT, list(builtin_packs().values())))


def test_seed_case_over_http(client):
    response = client.post("/v1/analyze", json={"text": SEED_DOCUMENT})
    check_seed_analysis(response.get_json())


def test_seed_case_by_cli(tmp_path):
    path = tmp_path / "terms.txt"
    path.write_text(SEED_DOCUMENT, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "clauselens", "analyze", "--format", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    check_seed_analysis(json.loads(result.stdout))


@pytest.mark.parametrize("promise", [CORRECTION_QUOTED, CORRECTION_OWN_WORDS])
def test_promise_not_to_train_may_be_good(promise):
    analysis = analyze_text(promise, list(builtin_packs().values()))
    severities = {
        f["severity"] for c in analysis["clauses"] for f in c["findings"] if f["category"] == "ai-training"
    }
    assert severities <= {"good", "info"}
