"""Reading what a request carries: its JSON body and its bearer token."""

import re

from flask import current_app, request

from ..errors import ClauselensError

_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def json_body() -> object:
    """The parsed JSON body, whatever the Content-Type says; malformed JSON is a 400."""
    raw = request.get_data(cache=True)
    if not raw.strip():
        raise ClauselensError("empty_body", "The request needs a JSON body.", status=400)
    try:
        body = current_app.json.loads(raw)
    except ValueError:
        raise ClauselensError("malformed_json", "The request body is not valid JSON.", status=400) from None
    return _without_lone_surrogates(body) if _ESCAPED_SURROGATE.search(raw) else body


def _without_lone_surrogates(value):
    """JSON may escape half a surrogate pair ("\\ud83d"), which no UTF-8 text (nor RE2) can hold:
    each becomes U+FFFD, one UTF-16 unit like the half it replaces, so offsets stay valid."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_without_lone_surrogates(key): _without_lone_surrogates(item) for key, item in value.items()}
    return value


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
