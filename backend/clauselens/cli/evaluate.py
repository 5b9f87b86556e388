"""`clauselens eval`: detection quality on LexGLUE sentences and tagged CLAUDETTE documents."""

import json
from pathlib import Path

import click

from ..evaluation.documents import score_documents
from ..evaluation.inputs import EvaluationInputError
from ..evaluation.report import as_json, document_table, error_listing, sentence_table
from ..evaluation.sentences import predict_sentences, read_sentences, score_sentences
from ..evaluation.tagged import read_tagged
from .analyze import pack_option, packs_from_arguments
from .inputs import InputError

SPLIT_SUFFIX = ".jsonl"
TAGGED_SUFFIX = ".xml"


@click.command("eval")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--companies-of",
    "companies_split",
    metavar="SPLIT.jsonl",
    help="Score only the tagged documents named after a company of this split (e.g. its 10 documents).",
)
@click.option("--json", "json_output", is_flag=True, help="Print the figures as JSON instead of tables.")
@click.option(
    "--errors", "errors_file", metavar="FILE", help="Write every false positive and negative (JSON lines)."
)
@click.option(
    "--show-errors", is_flag=True, help="Also print the false positives and negatives with their text."
)
@pack_option
def evaluate(
    paths: tuple[str, ...],
    *,
    companies_split: str | None,
    json_output: bool,
    errors_file: str | None,
    show_errors: bool,
    pack_args: tuple[str, ...],
) -> None:
    """Score the rules on labelled data.

    Each PATH is a LexGLUE UNFAIR-ToS split (.jsonl: sentence level, LexGLUE's micro/macro-F1
    over 9 columns), a tagged document (<ltd2>…</ltd2>) or a folder of them (*.xml: document
    level, per-category precision, recall and F1).
    """
    packs = packs_from_arguments(pack_args)
    split_paths, document_paths = _sort_paths(paths)
    try:
        if companies_split is not None:
            companies = {sentence.company for sentence in read_sentences(Path(companies_split))}
            document_paths = [path for path in document_paths if path.stem in companies]
        sentences = [sentence for path in split_paths for sentence in read_sentences(path)]
        documents = [read_tagged(path) for path in document_paths]
    except EvaluationInputError as unusable:
        raise InputError(str(unusable)) from None
    if not sentences and not documents:
        raise InputError("nothing to score: no sentences and no tagged documents in the given paths")

    sentence_scores = score_sentences(predict_sentences(sentences, packs)) if sentences else None
    document_scores = score_documents(documents, packs) if documents else None
    errors = [
        *(sentence_scores.errors if sentence_scores else ()),
        *(document_scores.errors if document_scores else ()),
    ]

    if errors_file is not None:
        Path(errors_file).write_text(
            "".join(json.dumps(error, ensure_ascii=False) + "\n" for error in errors), encoding="utf-8"
        )
    if json_output:
        result = as_json(sentence_scores, document_scores)
        if show_errors:
            result["errors"] = errors
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    sections = []
    if sentence_scores is not None:
        sections.append(sentence_table(sentence_scores, ", ".join(str(path) for path in split_paths)))
    if document_scores is not None:
        sections.append(document_table(document_scores))
    if show_errors:
        sections.append(error_listing(errors))
    click.echo("\n\n".join(sections))


def _sort_paths(paths: tuple[str, ...]) -> tuple[list[Path], list[Path]]:
    """Splits (.jsonl) and tagged documents (files, or the *.xml files of folders), in order."""
    split_paths, document_paths = [], []
    for argument in paths:
        path = Path(argument)
        if path.is_dir():
            document_paths.extend(sorted(path.glob(f"*{TAGGED_SUFFIX}")))
        elif not path.is_file():
            raise InputError(f"{argument}: no such file or folder")
        elif path.suffix == SPLIT_SUFFIX:
            split_paths.append(path)
        else:
            document_paths.append(path)
    return split_paths, document_paths
