"""The team pack registry over HTTP: list, read (with ETags), publish, yank and unyank."""

import hashlib
import json

from flask import Blueprint, current_app, request

from ..errors import ClauselensError
from ..registry.store import VersionRecord, iso
from .openapi import error_responses, json_content
from .registry_schemas import PackListSchema, PublishedPackSchema
from .request_body import bearer_token, registry

bp = Blueprint("packs", __name__, url_prefix="/v1/packs")

JSON_TYPES = ("application/json",)


@bp.get("")
def list_packs():
    return conditional({"packs": registry().list_packs(bearer_token())})


@bp.get("/<team>/<name>")
def latest_version(team: str, name: str):
    return conditional(published_pack(registry().read(bearer_token(), team, name, None)))


@bp.get("/<team>/<name>/<version>")
def exact_version(team: str, name: str, version: str):
    return conditional(published_pack(registry().read(bearer_token(), team, name, version)))


@bp.put("/<team>/<name>/<version>")
def publish(team: str, name: str, version: str):
    caller = registry().authorize(bearer_token(), "publisher", team)
    fmt = "json" if request.mimetype in JSON_TYPES or request.mimetype.endswith("+json") else "yaml"
    try:
        text = request.get_data(cache=False).decode("utf-8")
    except UnicodeDecodeError:
        raise ClauselensError("malformed_body", "A pack must be UTF-8 text.", status=400) from None
    record = registry().publish(caller, name, version, text=text, fmt=fmt)
    response = conditional(published_pack(record), status=201)
    response.headers["Location"] = f"{bp.url_prefix}/{team}/{name}/{version}"
    return response


@bp.post("/<team>/<name>/<version>/yank")
def yank(team: str, name: str, version: str):
    return published_pack(registry().set_yanked(bearer_token(), team, name, version, True))


@bp.post("/<team>/<name>/<version>/unyank")
def unyank(team: str, name: str, version: str):
    return published_pack(registry().set_yanked(bearer_token(), team, name, version, False))


def published_pack(record: VersionRecord) -> dict:
    return {
        **json.loads(record.document),
        "published_at": iso(record.published_at),
        "yanked": record.yanked,
        "yanked_at": iso(record.yanked_at),
    }


def conditional(body: dict, status: int = 200):
    """The JSON response with a strong ETag over its bytes; a matching If-None-Match gives 304."""
    response = current_app.json.response(body)
    response.status_code = status
    response.set_etag(hashlib.sha256(response.get_data()).hexdigest())
    # Reads depend on the token, and a yank changes "latest": caches must revalidate.
    response.headers["Cache-Control"] = "private, no-cache"
    response.vary.add("Authorization")
    return response.make_conditional(request) if status == 200 else response


_PACK_PATH = [
    {"name": "team", "in": "path", "required": True, "schema": {"type": "string"}},
    {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}},
]
_VERSION_PATH = [
    *_PACK_PATH,
    {"name": "version", "in": "path", "required": True, "schema": {"type": "string"}},
]
_AUTH = error_responses(
    e401="No token, or an unknown or revoked one",
    e403="The token belongs to another team, or its role does not allow this",
)
_IF_NONE_MATCH = {"name": "If-None-Match", "in": "header", "required": False, "schema": {"type": "string"}}
_NOT_MODIFIED = {"304": {"description": "Unchanged since the ETag given in If-None-Match"}}
_SECURITY = [{"bearerAuth": []}]


def _read(summary: str, parameters: list, schema, e404: str | None = None) -> dict:
    responses = {
        "200": {
            "description": summary,
            "content": json_content(schema),
            "headers": {"ETag": {"schema": {"type": "string"}}},
        },
        **_NOT_MODIFIED,
        **_AUTH,
    }
    if e404:
        responses.update(error_responses(e404=e404))
    return {
        "summary": summary,
        "security": _SECURITY,
        "parameters": [*parameters, _IF_NONE_MATCH],
        "responses": responses,
    }


def _yank(summary: str) -> dict:
    return {
        "post": {
            "summary": summary,
            "security": _SECURITY,
            "parameters": _VERSION_PATH,
            "responses": {
                "200": {
                    "description": "The version, with its new state",
                    "content": json_content(PublishedPackSchema),
                },
                **_AUTH,
                **error_responses(e404="No such pack version"),
            },
        }
    }


OPENAPI_PATHS = {
    "/v1/packs": {"get": _read("The packs of the token's team, with their versions", [], PackListSchema)},
    "/v1/packs/{team}/{name}": {
        "get": _read(
            "The latest version of a pack: the highest release that is not yanked",
            _PACK_PATH,
            PublishedPackSchema,
            "No such pack, or every version is yanked",
        )
    },
    "/v1/packs/{team}/{name}/{version}": {
        "get": _read(
            "One version of a pack (yanked versions too)",
            _VERSION_PATH,
            PublishedPackSchema,
            "No such version",
        ),
        "put": {
            "summary": "Publish a new version (publisher or admin token of the team)",
            "description": "The body is the pack document, YAML or JSON (Content-Type application/json). "
            "Its id and version must be those of the path. The pack is validated in full (schema, RE2 "
            "compilation of every pattern, every rule's examples, the registry's limits) before it is "
            "stored in one transaction.",
            "security": _SECURITY,
            "parameters": _VERSION_PATH,
            "requestBody": {
                "required": True,
                "content": {
                    "application/yaml": {"schema": {"type": "string"}},
                    "application/json": {"schema": {"type": "object"}},
                },
            },
            "responses": {
                "201": {"description": "Published", "content": json_content(PublishedPackSchema)},
                **_AUTH,
                **error_responses(
                    e409="This version is already published (versions never change)",
                    e413="The body is over the service's request limit",
                    e422="The pack is invalid: details.problems names each rule, field and reason",
                ),
            },
        },
    },
    "/v1/packs/{team}/{name}/{version}/yank": _yank(
        "Yank a version: hidden from latest and new subscriptions, still readable by exact version"
    ),
    "/v1/packs/{team}/{name}/{version}/unyank": _yank("Undo a yank"),
}
