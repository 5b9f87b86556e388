"""`clauselens analyze`: the same analysis as the service, in-process, for files or stdin."""

import json
import sys

import click

from ..analysis.analyze import analyze_text
from ..engine.loader import load_pack_text
from ..engine.problems import PackError
from ..errors import ClauselensError
from ..packs import builtin_packs
from ..resolve import PackResolver
from .inputs import InputError, decode, read_bytes, read_document
from .report import text_report

pack_option = click.option(
    "--pack",
    "pack_args",
    multiple=True,
    metavar="REF|FILE",
    help="A built-in pack id or a pack file (YAML/JSON); repeat for several. Default: core.",
)
"""The --pack option of the commands that analyse text; read it with packs_from_arguments."""


@click.command()
@click.argument("source", metavar="FILE|-")
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option("--jsonl", is_flag=True, help='Batch: read {"id","text"} lines, write one analysis line each.')
@pack_option
def analyze(source: str, output_format: str, jsonl: bool, pack_args: tuple[str, ...]) -> None:
    """Analyse a .txt, .md or .html file (or - for stdin)."""
    packs = packs_from_arguments(pack_args)
    if jsonl:
        _analyze_lines(source, packs)
        return
    document = read_document(source)
    analysis = analyze_text(document.text, packs, title=document.title)
    if output_format == "json":
        click.echo(json.dumps(analysis, ensure_ascii=False))
    else:
        click.echo(text_report(analysis, document.source))


def packs_from_arguments(pack_args: tuple[str, ...]):
    resolver = PackResolver(builtin_packs())
    packs = []
    for argument in pack_args or ("core",):
        if argument.endswith((".yaml", ".yml", ".json")):
            raw, source = read_bytes(argument)
            try:
                packs.append(load_pack_text(decode(raw, source), source))
            except PackError as invalid:
                raise InputError(str(invalid)) from None
            continue
        try:
            packs.extend(resolver.resolve([argument]))
        except ClauselensError as unknown:
            raise InputError(unknown.message) from None
    return packs


def _analyze_lines(source: str, packs) -> None:
    raw, source_name = read_bytes(source)
    for number, line in enumerate(decode(raw, source_name).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(f"{source_name}:{number}: not a JSON line") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f'{source_name}:{number}: each line needs a "text" string (and an "id")')
        analysis = analyze_text(record["text"], packs, title=record.get("title") or "")
        sys.stdout.write(json.dumps({"id": record.get("id"), **analysis}, ensure_ascii=False) + "\n")
