"""Calling a clauselens registry over HTTP from the CLI, with one clear line for each refusal."""

import json
import urllib.error
import urllib.request

import click

from .. import __version__
from .failures import CommandFailed

TIMEOUT_SECONDS = 60

HINTS = {
    401: "check --token (or CLAUSELENS_TOKEN)",
    403: "ask your team's admin for a token with the right role",
}

server_option = click.option(
    "--server",
    envvar="CLAUSELENS_SERVER",
    default="http://127.0.0.1:8765",
    show_default=True,
    help="The clauselens service (or set CLAUSELENS_SERVER).",
)
token_option = click.option(
    "--token", envvar="CLAUSELENS_TOKEN", required=True, help="A team token (or set CLAUSELENS_TOKEN)."
)


def call(method: str, server: str, path: str, token: str, *, body=None, content_type=None, hints=None):
    """The decoded JSON answer of a 2xx response; any other outcome is a :class:`CommandFailed`.

    ``hints`` maps a status to advice added to its message, over the general :data:`HINTS`.
    """
    headers = {"Authorization": f"Bearer {token}", "User-Agent": f"clauselens/{__version__}"}
    if content_type:
        headers["Content-Type"] = content_type
    url = server.rstrip("/") + path
    request = urllib.request.Request(url, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            return json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as refused:
        raise refusal(refused.code, _error_body(refused), {**HINTS, **(hints or {})}) from None
    except (urllib.error.URLError, OSError) as unreachable:
        reason = getattr(unreachable, "reason", unreachable)
        raise CommandFailed(f"cannot reach {server}: {reason}") from None


def refusal(status: int, error: dict, hints: dict) -> CommandFailed:
    code = error.get("code", "http_error")
    message = error.get("message", "").rstrip(".")
    line = f"the server refused ({status} {code}): {message}"
    if status in hints:
        line += f"; {hints[status]}"
    problems = error.get("details", {}).get("problems", [])
    detail_lines = [_problem_line(problem) for problem in problems]
    return CommandFailed("\n".join([line, *detail_lines]))


def _problem_line(problem: dict) -> str:
    where = f"rule {problem['rule']}, " if problem.get("rule") else ""
    return f"  {where}field {problem.get('field')}: {problem.get('message')}"


def _error_body(refused: urllib.error.HTTPError) -> dict:
    try:
        body = json.loads(refused.read())
    except ValueError:
        return {"message": refused.reason}
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else {"message": refused.reason}
