"""Reading what a request carries: its JSON body and its bearer token."""

from flask import current_app, request

from ..errors import ClauselensError


def json_body() -> object:
    """The parsed JSON body, whatever the Content-Type says; malformed JSON is a 400."""
    raw = request.get_data(cache=True)
    if not raw.strip():
        raise ClauselensError("empty_body", "The request needs a JSON body.", status=400)
    try:
        return current_app.json.loads(raw)
    except ValueError:
        raise ClauselensError("malformed_json", "The request body is not valid JSON.", status=400) from None


def bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def pack_resolver():
    return current_app.extensions["clauselens.packs"]


def registry():
    return current_app.extensions["clauselens.registry"]
