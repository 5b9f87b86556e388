"""scripts/crossfold_eval.py: company-held-out folds, per-fold scores, and errors of the other folds only."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "crossfold_eval.py"
COMPANIES = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot")
RISKY = "we may terminate your account at any time , for any reason , without notice ."
PLAIN = "the weather in the app is shown in degrees ."


@pytest.fixture
def corpus(tmp_path):
    """A split where each company has one labelled and one missed clause, and a tagged document each."""
    lines = []
    documents = tmp_path / "documents"
    documents.mkdir()
    for company in COMPANIES:
        lines.append({"text": RISKY, "labels": [1], "company": company})
        lines.append({"text": PLAIN, "labels": [2], "company": company})  # a gold change the rules miss
        (documents / f"{company}.xml").write_text(
            f"<ter2>We may terminate your account at any time, for any reason.</ter2> {PLAIN}\n",
            encoding="utf-8",
        )
    split = tmp_path / "train.jsonl"
    split.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return split, documents


def run(*arguments) -> str:
    done = subprocess.run(
        [sys.executable, SCRIPT, *map(str, arguments)], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_folds_partition_the_companies_and_each_is_scored(corpus):
    split, documents = corpus
    result = json.loads(run(split, documents, "--folds", 3, "--seed", 4, "--json"))
    dealt = [company for fold in result["folds"] for company in fold]
    assert sorted(dealt) == sorted(COMPANIES)
    assert [len(fold) for fold in result["folds"]] == [2, 2, 2]
    for row in result["rows"]:
        termination, change = row["label_f1"][1], row["label_f1"][2]
        assert termination == 1.0 and change == 0.0
        assert row["category_f1"][1] == 1.0


def test_the_same_seed_deals_the_same_folds(corpus):
    split, documents = corpus
    first = json.loads(run(split, documents, "--seed", 7, "--json"))["folds"]
    again = json.loads(run(split, documents, "--seed", 7, "--json"))["folds"]
    assert first == again


def test_errors_of_the_held_out_fold_are_never_written(corpus, tmp_path):
    split, documents = corpus
    errors_file = tmp_path / "dev-errors.jsonl"
    result = json.loads(run(split, documents, "--json", "--errors-except", 1, "--errors", errors_file))
    folds = result["folds"]
    errors = [json.loads(line) for line in errors_file.read_text(encoding="utf-8").splitlines()]
    assert errors and {error["fold"] for error in errors} == {0, 2}
    held_out = set(folds[1])
    assert not any(error.get("company") in held_out for error in errors)
    assert {error["kind"] for error in errors} == {"false_negative"}


def test_fold_splits_are_written_for_clauselens_eval(corpus, tmp_path):
    split, documents = corpus
    folder = tmp_path / "folds"
    folds = json.loads(run(split, documents, "--json", "--write-splits", folder))["folds"]
    for number, companies in enumerate(folds):
        lines = (folder / f"fold-{number}.jsonl").read_text(encoding="utf-8").splitlines()
        assert {json.loads(line)["company"] for line in lines} == set(companies)
        assert len(lines) == 2 * len(companies)


def test_errors_options_go_together(corpus):
    split, documents = corpus
    command = [sys.executable, SCRIPT, split, documents, "--errors-except", "1"]
    done = subprocess.run(command, check=False, capture_output=True, text=True)
    assert done.returncode != 0 and "go together" in done.stderr
