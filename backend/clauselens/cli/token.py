"""`clauselens token create|list|revoke`: a team admin manages the team's tokens through the API."""

import json

import click

from ..registry.tokens import ROLES
from .registry_client import call, server_option, token_option


@click.group()
def token() -> None:
    """Tokens of your team, through the service (needs an admin token)."""


@token.command("create")
@click.option("--role", type=click.Choice(ROLES), required=True, help="reader, publisher or admin.")
@click.option("--label", default="", help="Who or what the token is for.")
@server_option
@token_option
def create_token(role: str, label: str, server: str, token: str) -> None:
    """Create a token and print it (shown only this once)."""
    body = json.dumps({"role": role, "label": label}).encode("utf-8")
    created = call("POST", server, "/v1/tokens", token, body=body, content_type="application/json")
    click.echo(f"Created {role} token {created['id']}; the token, shown only this once:", err=True)
    click.echo(created["token"])


@token.command("list")
@server_option
@token_option
def list_tokens(server: str, token: str) -> None:
    """List the team's tokens (ids, roles, labels; never the tokens themselves)."""
    for record in call("GET", server, "/v1/tokens", token)["tokens"]:
        state = f"revoked {record['revoked_at']}" if record["revoked_at"] else "active"
        click.echo(f"{record['id']:>5}  {record['role']:<9}  {state:<28}  {record['label']}")


@token.command("revoke")
@click.argument("token_id", type=click.IntRange(min=1))
@server_option
@token_option
def revoke_token(token_id: int, server: str, token: str) -> None:
    """Revoke token TOKEN_ID (see `token list`); it stops working at once."""
    revoked = call("DELETE", server, f"/v1/tokens/{token_id}", token)
    click.echo(f"Revoked {revoked['role']} token {revoked['id']} at {revoked['revoked_at']}.")
