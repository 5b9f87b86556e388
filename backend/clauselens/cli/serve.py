"""`clauselens serve`: the HTTP service on this machine (embedded defaults)."""

import click
from werkzeug.serving import run_simple

from ..api import create_app
from ..config import DEFAULT_HOST, DEFAULT_PORT
from ..registry.database import database_url, describe


@click.command()
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Interface to listen on.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535))
def serve(host: str, port: int) -> None:
    """Run the service (for production use gunicorn: see the README)."""
    app = create_app()
    database = describe(database_url(app.config))
    click.echo(f"clauselens listening on http://{host}:{port} (team packs in {database})")
    run_simple(host, port, app, threaded=True)
