"""The `clauselens` command: one click group, one module per command family."""

import click

from .. import __version__
from .analyze import analyze
from .evaluate import evaluate
from .explain import explain
from .pack import pack
from .serve import serve
from .team import team
from .token import token


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="clauselens")
def cli() -> None:
    """Find, explain and track the risky clauses in Terms of Service and privacy policies."""


cli.add_command(serve)
cli.add_command(analyze)
cli.add_command(explain)
cli.add_command(pack)
cli.add_command(team)
cli.add_command(token)
cli.add_command(evaluate)


def main() -> None:
    cli(prog_name="clauselens")
