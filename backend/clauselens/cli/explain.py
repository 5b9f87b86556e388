"""`clauselens explain`: the explanation of one clause, in-process, as text or as the API's JSON."""

import json
import textwrap

import click

from ..explain.document_index import index_document
from ..explain.pipeline import MAX_CLAUSE_CHARS, explain_clause
from ..packs import builtin_packs
from ..resolve import PackResolver
from .inputs import InputError, read_document

WIDTH = 92


@click.command()
@click.argument("clause")
@click.option(
    "--document",
    "document_path",
    metavar="FILE|-",
    help="The text the clause came from (.txt, .md or .html): its defined terms and opt-outs are used.",
)
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def explain(clause: str, document_path: str | None, output_format: str) -> None:
    """Explain CLAUSE in plain words (with the core pack)."""
    if not clause.strip():
        raise InputError("the clause is empty")
    if len(clause) > MAX_CLAUSE_CHARS:
        raise InputError(f"the clause is longer than {MAX_CLAUSE_CHARS} characters")
    index = index_document(read_document(document_path).text) if document_path else None
    result = explain_clause(clause, PackResolver(builtin_packs()).resolve(None), index)
    if output_format == "json":
        click.echo(json.dumps(result, ensure_ascii=False))
    else:
        click.echo(text_explanation(result))


def text_explanation(result: dict) -> str:
    clause, explanation, grades = result["clause"], result["explanation"], result["readability"]
    severity = clause["severity"].upper() if clause["severity"] else "NO RULE MATCHED"
    lines = [severity, *_wrapped(explanation["summary"], "")]
    sections = (
        ("What its words mean", explanation["points"]),
        ("Terms", [f"{t['term']} ({t['source']}): {t['definition']}" for t in explanation["terms"]]),
        ("What you can do", explanation["actions"]),
    )
    for title, items in sections:
        if items:
            lines += ["", f"{title}:"]
            for item in items:
                lines += _wrapped(item, "  • ")
    readability = f"clause grade {grades['clause_grade']}, explanation grade {grades['explanation_grade']}"
    lines += ["", f"Readability: {readability}"]
    return "\n".join(lines)


def _wrapped(text: str, bullet: str) -> list[str]:
    return textwrap.wrap(text, width=WIDTH, initial_indent=bullet, subsequent_indent=" " * len(bullet))
