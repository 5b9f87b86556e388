#!/usr/bin/env python3
"""Company-held-out folds inside a labelled split, to estimate how rules do on terms never looked at.

    scripts/crossfold_eval.py ../shared/data/unfair-tos/train.jsonl ../shared/data/unfair-tos/documents \
        --folds 3 --seed 0 [--errors-except 2 --errors /tmp/dev-errors.jsonl] [--write-splits /tmp/folds]

The companies of the split are shuffled with the seed and dealt into folds; each fold is
scored on its own sentences and on the tagged documents of its companies, with the same
figures as `clauselens eval`. The protocol: while writing rules, read only the errors of the
other folds (--errors-except K writes the errors of every fold but K), then measure on fold K.
--write-splits writes fold-K.jsonl files, to run `clauselens eval` on one fold by hand.
"""

import argparse
import json
import random
import statistics
import sys
from pathlib import Path

from clauselens.categories import CLAUDETTE_CATEGORIES
from clauselens.evaluation.documents import score_documents
from clauselens.evaluation.report import COLUMN_NAMES, SHORT_NAMES
from clauselens.evaluation.sentences import predict_sentences, read_sentences, score_sentences
from clauselens.evaluation.tagged import read_tagged
from clauselens.packs import builtin_packs


def deal_folds(companies: list[str], folds: int, seed: int) -> list[list[str]]:
    """The companies shuffled with ``seed`` and dealt round-robin into ``folds`` sorted lists."""
    shuffled = sorted(companies)
    random.Random(seed).shuffle(shuffled)
    return [sorted(shuffled[start::folds]) for start in range(folds)]


def score_fold(sentences, document_paths, packs):
    sentence_scores = score_sentences(predict_sentences(sentences, packs))
    document_scores = score_documents([read_tagged(path) for path in document_paths], packs)
    return sentence_scores, document_scores


def fold_row(number: int, sentence_scores, document_scores) -> dict:
    return {
        "fold": number,
        "micro_f1": sentence_scores.micro_f1,
        "macro_f1": sentence_scores.macro_f1,
        "document_macro_f1": document_scores.macro_f1,
        "label_f1": [column.f1 for column in sentence_scores.columns],
        "category_f1": [document_scores.categories[category].f1 for category in CLAUDETTE_CATEGORIES],
    }


def print_table(rows: list[dict], folds: list[list[str]]) -> None:
    header = f"{'fold':<6}{'micro':>7}{'macro':>7}{'doc':>7}  " + "".join(f"{s:>6}" for s in SHORT_NAMES)
    print("Sentence F1 ×100 per label (LexGLUE columns), document macro-F1; per-fold companies below")
    print(header)
    for row in rows:
        labels = "".join(f"{100 * f1:>6.1f}" for f1 in row["label_f1"])
        print(
            f"{row['fold']:<6}{100 * row['micro_f1']:>7.1f}{100 * row['macro_f1']:>7.1f}"
            f"{row['document_macro_f1']:>7.3f}  {labels}"
        )
    means = {key: statistics.mean(row[key] for row in rows) for key in ("micro_f1", "macro_f1")}
    document_mean = statistics.mean(row["document_macro_f1"] for row in rows)
    label_means = [statistics.mean(row["label_f1"][i] for row in rows) for i in range(len(COLUMN_NAMES))]
    print(
        f"{'mean':<6}{100 * means['micro_f1']:>7.1f}{100 * means['macro_f1']:>7.1f}{document_mean:>7.3f}  "
        + "".join(f"{100 * f1:>6.1f}" for f1 in label_means)
    )
    print("\nDocument F1 per category")
    print(f"{'fold':<6}" + "".join(f"{s:>7}" for s in SHORT_NAMES[:-1]))
    for row in rows:
        cells = ("      —" if f1 is None else f"{f1:>7.3f}" for f1 in row["category_f1"])
        print(f"{row['fold']:<6}" + "".join(cells))
    for number, companies in enumerate(folds):
        print(f"fold {number}: {', '.join(companies)}")


def write_split(split: Path, companies: list[str], destination: Path) -> None:
    """The lines of ``split`` whose company is one of ``companies``, as a .jsonl file of their own."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    lines = split.read_text(encoding="utf-8").splitlines()
    chosen = [line for line in lines if line.strip() and json.loads(line).get("company") in companies]
    destination.write_text("\n".join(chosen) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("split", type=Path, help="a LexGLUE UNFAIR-ToS .jsonl split (e.g. train.jsonl)")
    parser.add_argument("documents", type=Path, help="folder of tagged <Company>.xml documents")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--errors-except", type=int, metavar="K", help="write the errors of every fold but K")
    parser.add_argument("--errors", type=Path, metavar="FILE", help="where --errors-except writes (.jsonl)")
    parser.add_argument("--write-splits", type=Path, metavar="DIR", help="write fold-K.jsonl files there")
    parser.add_argument("--json", action="store_true", help="print the per-fold figures as JSON")
    arguments = parser.parse_args()
    if (arguments.errors_except is None) != (arguments.errors is None):
        sys.exit("--errors-except and --errors go together")

    sentences = read_sentences(arguments.split)
    folds = deal_folds(sorted({sentence.company for sentence in sentences}), arguments.folds, arguments.seed)
    packs = [builtin_packs()["core"]]
    rows, dev_errors = [], []
    for number, companies in enumerate(folds):
        fold_sentences = [sentence for sentence in sentences if sentence.company in companies]
        document_paths = [arguments.documents / f"{company}.xml" for company in companies]
        document_paths = [path for path in document_paths if path.is_file()]
        sentence_scores, document_scores = score_fold(fold_sentences, document_paths, packs)
        rows.append(fold_row(number, sentence_scores, document_scores))
        if arguments.errors_except is not None and number != arguments.errors_except:
            fold_errors = sentence_scores.errors + document_scores.errors
            dev_errors += [{"fold": number, **error} for error in fold_errors]
        if arguments.write_splits:
            write_split(arguments.split, companies, arguments.write_splits / f"fold-{number}.jsonl")
    if arguments.errors is not None:
        arguments.errors.write_text(
            "".join(json.dumps(error, ensure_ascii=False) + "\n" for error in dev_errors), encoding="utf-8"
        )
    if arguments.json:
        print(json.dumps({"folds": folds, "rows": rows}, indent=2))
    else:
        print_table(rows, folds)


if __name__ == "__main__":
    main()
