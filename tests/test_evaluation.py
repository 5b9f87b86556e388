"""`clauselens eval`: LexGLUE sentence scoring and tagged-document scoring, on tiny fixtures whose
figures are worked out by hand below (with a small pack of our own, so the core pack can change)."""

import json
import subprocess
import sys

import pytest
from clauselens.engine.loader import load_pack_text
from clauselens.evaluation.documents import score_documents
from clauselens.evaluation.sentences import predict_sentences, read_sentences, score_sentences
from clauselens.evaluation.tagged import parse_tagged

PACK = """
id: acme/eval-fixture
version: 1.0.0
title: Evaluation fixture
rules:
  - id: arbitration
    category: arbitration
    severity: high
    title: Arbitration
    summary: Disputes go to arbitration.
    match: {any: ['\\barbitration\\b']}
    examples: {match: ['binding arbitration'], no_match: ['a court']}
  - id: foreign-courts
    category: jurisdiction
    severity: medium
    title: Their courts
    summary: Disputes go to their courts.
    match: {all: ['\\bcourts of\\b'], none: ['your residence']}
    examples: {match: ['the courts of Dublin'], no_match: ['the courts of your residence']}
  - id: home-courts
    category: jurisdiction
    severity: good
    title: Your courts
    summary: You can sue at home.
    match: {all: ['\\bcourts of your residence\\b']}
    examples: {match: ['the courts of your residence'], no_match: ['the courts of Dublin']}
  - id: not-liable
    category: limitation-of-liability
    severity: high
    title: Not liable
    summary: They are not liable.
    match: {any: ['\\bnot (be )?liable\\b']}
    examples: {match: ['we are not liable'], no_match: ['we are liable']}
"""

# label ids: 0 limitation of liability, 6 jurisdiction, 7 arbitration
SENTENCES = [
    ("disputes go to binding arbitration .", [7]),  # TP a
    ("we will not be liable for lost data .", [0]),  # TP ltd
    ("the courts of dublin decide all disputes .", [6]),  # TP j
    ("arbitration is optional ; you may use the courts of your residence .", []),  # FP a, FN none
    ("we may be liable for gross negligence .", [0]),  # FN ltd, FP none
    ("welcome to our service .", []),  # TP none
    ("the courts of texas and binding arbitration apply .", [6, 7]),  # TP j, TP a
]

DOCUMENT = """Terms of use.
<use2>By using the site you accept these terms.</use2> Welcome!
<a3>All disputes go to binding arbitration.</a3> <j1>You may sue in the courts of your residence.</j1>
<ltd2>We will not be liable for lost data.</ltd2> <ltd2>Our total liability is capped at ten euros.</ltd2>
We love arbitration &amp; mediation.
<ter3><j2>We may close accounts and the courts of Dublin decide.</j2></ter3>
"""


@pytest.fixture(scope="module")
def packs():
    return [load_pack_text(PACK, "fixture.yaml")]


@pytest.fixture
def split_file(tmp_path):
    path = tmp_path / "split.jsonl"
    lines = [json.dumps({"text": text, "labels": labels, "company": "Acme"}) for text, labels in SENTENCES]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_lexglue_micro_and_macro_f1_over_nine_columns(split_file, packs):
    scores = score_sentences(predict_sentences(read_sentences(split_file), packs))
    f1_by_column = [round(column.f1, 4) for column in scores.columns]
    # ltd 2/(2+1); ter..law nothing; j 4/4; a 4/(4+1); none: TP 1, FP 1, FN 1 -> 2/4
    assert f1_by_column == [0.6667, 0, 0, 0, 0, 0, 1.0, 0.8, 0.5]
    assert scores.macro_f1 == pytest.approx((2 / 3 + 1 + 0.8 + 0.5) / 9)
    # pooled: TP 6, FP 2, FN 2
    assert scores.micro_f1 == pytest.approx(12 / 16)
    # the eight labels alone: TP 5, FP 1, FN 1
    assert scores.positive_micro_f1 == pytest.approx(10 / 12)
    assert scores.positive_macro_f1 == pytest.approx((2 / 3 + 1 + 0.8) / 8)
    assert (scores.sentences, scores.sentences_with_label) == (7, 5)


def test_confusion_counts_each_pair_of_gold_and_predicted_columns(split_file, packs):
    scores = score_sentences(predict_sentences(read_sentences(split_file), packs))
    ltd, j, a, none = 0, 6, 7, 8
    nonzero = {
        (gold, predicted): count
        for gold, row in enumerate(scores.confusion)
        for predicted, count in enumerate(row)
        if count
    }
    assert nonzero == {
        (a, a): 2,
        (ltd, ltd): 1,
        (j, j): 2,
        (none, a): 1,
        (ltd, none): 1,
        (none, none): 1,
        (j, a): 1,
        (a, j): 1,
    }


def test_sentence_errors_name_the_category_and_rule(split_file, packs):
    scores = score_sentences(predict_sentences(read_sentences(split_file), packs))
    errors = {(e["kind"], e["category"], e["text"]) for e in scores.errors}
    assert errors == {
        ("false_positive", "arbitration", SENTENCES[3][0]),
        ("false_negative", "limitation-of-liability", SENTENCES[4][0]),
    }
    false_positive = next(e for e in scores.errors if e["kind"] == "false_positive")
    assert false_positive["rules"] == ["acme/eval-fixture/arbitration"]
    assert false_positive["source"].endswith("split.jsonl:4")


def test_tagged_document_gives_plain_text_and_nested_spans():
    document = parse_tagged(DOCUMENT, "Acme")
    assert "<" not in document.text
    assert "We love arbitration & mediation." in document.text
    spans = {(span.category, span.level, document.text[span.start : span.end]) for span in document.spans}
    assert ("jurisdiction", 1, "You may sue in the courts of your residence.") in spans
    closing = "We may close accounts and the courts of Dublin decide."
    assert ("unilateral-termination", 3, closing) in spans
    assert ("jurisdiction", 2, closing) in spans
    assert len(document.gold_spans) == 6  # all but the level-1 jurisdiction clause


def test_stray_tags_delimit_nothing_and_are_listed():
    document = parse_tagged("<ltd2>open only. <a2>Arbitration.</a2>\nText.</ter3>", "Broken")
    assert document.text == "open only. Arbitration.\nText."
    assert [(span.category, span.start, span.end) for span in document.spans] == [("arbitration", 11, 23)]
    assert document.stray_tags == ("</ter3> (line 2)", "<ltd2> (never closed)")


def test_document_level_precision_recall_and_macro_f1(packs):
    scores = score_documents([parse_tagged(DOCUMENT, "Acme")], packs)
    by_category = {category: counts.as_dict() for category, counts in scores.categories.items()}
    arbitration = by_category["arbitration"]
    assert (arbitration["flagged"], arbitration["flagged_on_gold"], arbitration["gold"]) == (2, 1, 1)
    assert arbitration["f1"] == pytest.approx(2 / 3)  # P 1/2, R 1/1
    assert by_category["jurisdiction"]["f1"] == pytest.approx(1.0)  # the good rule flags nothing risky
    limitation = by_category["limitation-of-liability"]
    assert (limitation["precision"], limitation["recall"]) == (1.0, 0.5)
    assert by_category["unilateral-termination"]["f1"] == 0.0
    assert by_category["contract-by-using"]["f1"] == 0.0
    assert by_category["unilateral-change"]["f1"] is None  # no gold, no flag: not scored
    assert scores.macro_f1 == pytest.approx((2 / 3 + 1 + 2 / 3 + 0 + 0) / 5)
    missed = {(e["kind"], e["category"], e["text"]) for e in scores.errors}
    assert ("false_positive", "arbitration", "We love arbitration & mediation.") in missed
    assert (
        "false_negative",
        "limitation-of-liability",
        "Our total liability is capped at ten euros.",
    ) in missed


def clauselens(*arguments):
    return subprocess.run(
        [sys.executable, "-m", "clauselens", *arguments], capture_output=True, text=True, check=False
    )


@pytest.fixture
def pack_file(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_text(PACK, encoding="utf-8")
    return path


@pytest.fixture
def documents_folder(tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "Acme.xml").write_text(DOCUMENT, encoding="utf-8")
    (folder / "Other.xml").write_text("<a2>Arbitration for all.</a2> <a2>Really.</a2>", encoding="utf-8")
    return folder


def test_eval_command_json_scores_the_split_and_its_companies_documents(
    split_file, documents_folder, pack_file, tmp_path
):
    errors_file = tmp_path / "errors.jsonl"
    arguments = [str(split_file), str(documents_folder), "--companies-of", str(split_file)]
    result = clauselens("eval", *arguments, "--pack", str(pack_file), "--json", "--errors", str(errors_file))
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["sentences"]["micro_f1"] == pytest.approx(0.75)
    assert figures["sentences"]["labels"]["Arbitration"]["f1"] == pytest.approx(0.8)
    assert figures["documents"]["documents"] == ["Acme"]  # Other is not a company of the split
    assert figures["documents"]["macro_f1"] == pytest.approx((2 / 3 + 1 + 2 / 3) / 5)
    errors = [json.loads(line) for line in errors_file.read_text(encoding="utf-8").splitlines()]
    assert {e["level"] for e in errors} == {"sentence", "document"}
    assert any(e["text"] == "We love arbitration & mediation." for e in errors)


def test_eval_command_prints_tables_and_errors(split_file, documents_folder, pack_file):
    result = clauselens(
        "eval", str(split_file), str(documents_folder), "--pack", str(pack_file), "--show-errors"
    )
    assert result.returncode == 0, result.stderr
    assert "micro-F1 75.0" in result.stdout
    assert "Document level: 2 tagged documents" in result.stdout
    assert "## False positives" in result.stdout
    assert "we may be liable for gross negligence ." in result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [('{"text": "x", "labels": [9]}\n', "label ids 0–7"), ("not json\n", "not a JSON line")],
)
def test_eval_command_refuses_bad_splits_with_one_line(tmp_path, content, message):
    split = tmp_path / "bad.jsonl"
    split.write_text(content, encoding="utf-8")
    result = clauselens("eval", str(split))
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_eval_command_refuses_a_missing_path():
    result = clauselens("eval", "/no/such/split.jsonl")
    assert result.returncode == 2
    assert "no such file" in result.stderr
