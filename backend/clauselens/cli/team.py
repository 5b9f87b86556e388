"""`clauselens team create NAME`: a new team in the service's own database (run it on the server)."""

import click

from ..config import default_config
from ..errors import ClauselensError
from ..registry.database import database_url, describe
from ..registry.service import Registry
from ..registry.store import RegistryStore
from .failures import CommandFailed
from .inputs import InputError


@click.group()
def team() -> None:
    """Teams of the registry (server side: uses DATABASE_URL or the SQLite file in CLAUSELENS_DATA)."""


@team.command("create")
@click.argument("name")
def create_team(name: str) -> None:
    """Create team NAME and print its admin token (shown only this once)."""
    url = database_url(default_config())
    store = RegistryStore.open(url)
    try:
        token = Registry(store).create_team(name)
    except ClauselensError as refused:
        raise (InputError if refused.status == 422 else CommandFailed)(refused.message) from None
    finally:
        store.close()
    click.echo(f"Created team {name} in {describe(url)}. Its admin token, shown only this once:", err=True)
    click.echo(token)
