"""A command that could not do its job (the server refused, or cannot be reached): exit status 1."""

import click


class CommandFailed(click.ClickException):
    """Printed as ``clauselens: <message>`` on stderr (detail lines may follow); exit status 1."""

    exit_code = 1

    def show(self, file=None) -> None:
        click.echo(f"clauselens: {self.message}", err=True)
