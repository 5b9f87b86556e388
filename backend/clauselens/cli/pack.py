"""`clauselens pack init|test|lint|publish`: write, check and share a rule pack."""

from pathlib import Path
from urllib.parse import quote

import click

from ..engine.examples import count_examples, example_failures
from ..engine.loader import load_pack, parse_pack_text
from ..engine.problems import PackError
from ..engine.schema import PACK_ID
from .failures import CommandFailed
from .inputs import InputError, decode, read_bytes
from .pack_lint import lint_pack
from .registry_client import call, server_option, token_option
from .scaffold import pack_file_text


@click.group()
def pack() -> None:
    """Write, test and publish rule packs."""


@pack.command("init")
@click.argument("pack_id", metavar="TEAM/NAME")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="File to write (default: NAME.yaml).")
def init_pack(pack_id: str, output: str | None) -> None:
    """Write a new pack file with one example rule and its examples."""
    if not PACK_ID.match(pack_id) or "/" not in pack_id:
        raise InputError(f"{pack_id!r} is not a team pack id such as acme/source-safety (lowercase)")
    path = Path(output or f"{pack_id.split('/', 1)[1]}.yaml")
    if path.exists():
        raise InputError(f"{path}: already exists; choose another file with --output")
    try:
        path.write_text(pack_file_text(pack_id, path.name), encoding="utf-8")
    except OSError as failure:
        raise InputError(f"{path}: cannot write it ({failure.strerror})") from None
    click.echo(f"Wrote {path}. Next: clauselens pack test {path}")


@pack.command("test")
@click.argument("file")
def test_pack(file: str) -> None:
    """Run every rule of FILE against its examples; exit 1 when one fails."""
    document, source = _read_pack(file)
    try:
        compiled = load_pack(document, source)
    except PackError as invalid:
        raise _problems_failure(source, invalid.problems) from None
    failures = example_failures(compiled)
    total = count_examples(compiled)
    if failures:
        for failure in failures:
            click.echo(f"FAIL {failure}")
        raise CommandFailed(f"{source}: {len(failures)} of {total} examples failed")
    click.echo(f"ok: {compiled.ref}, {len(compiled.rules)} rules, {total} examples pass")


@pack.command("lint")
@click.argument("file")
def lint(file: str) -> None:
    """Check FILE: schema, RE2 patterns, rule ids, severities, categories and the registry's limits."""
    document, source = _read_pack(file)
    errors, warnings = lint_pack(document, source)
    for warning in warnings:
        click.echo(f"warning: {warning}")
    if errors:
        raise _problems_failure(source, errors)
    click.echo(f"ok: {source} ({len(document['rules'])} rules)")


@pack.command("publish")
@click.argument("file")
@server_option
@token_option
def publish(file: str, server: str, token: str) -> None:
    """Publish FILE to the team registry at --server (a publisher or admin token)."""
    document, source = _read_pack(file)
    pack_id, version = document.get("id"), document.get("version")
    if not (isinstance(pack_id, str) and PACK_ID.match(pack_id) and "/" in pack_id):
        raise InputError(f"{source}: its id must be a team pack id such as acme/source-safety")
    if not isinstance(version, str) or not version or "/" in version:
        raise InputError(f"{source}: it needs a version such as 1.0.0")
    raw, _ = read_bytes(file)
    content_type = "application/json" if file.endswith(".json") else "application/yaml"
    hints = {409: f"raise the version in {source} and publish again"}
    published = call(
        "PUT",
        server,
        f"/v1/packs/{pack_id}/{quote(version, safe='')}",
        token,
        body=raw,
        content_type=content_type,
        hints=hints,
    )
    click.echo(f"Published {published['id']}@{published['version']} to {server.rstrip('/')}.")


def _read_pack(file: str) -> tuple[dict, str]:
    raw, source = read_bytes(file)
    try:
        return parse_pack_text(decode(raw, source), source), source
    except PackError as unreadable:
        raise InputError(str(unreadable)) from None


def _problems_failure(source: str, problems) -> CommandFailed:
    lines = [f"{source}: {len(problems)} problem(s)"]
    lines += [f"  {problem}" for problem in problems]
    return CommandFailed("\n".join(lines))
