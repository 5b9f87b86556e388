"""Team tokens over HTTP, for the team's admins: create (shown once), list, revoke."""

from flask import Blueprint

from ..registry.store import TokenRecord, iso
from .openapi import error_responses, json_content
from .registry_schemas import CreatedTokenSchema, TokenCreateRequestSchema, TokenListSchema, TokenSchema
from .request_body import bearer_token, json_body, registry

bp = Blueprint("tokens", __name__, url_prefix="/v1/tokens")
_create_schema = TokenCreateRequestSchema()


@bp.post("")
def create_token():
    request_data = _create_schema.load(json_body())
    record, token = registry().create_token(bearer_token(), request_data["role"], request_data["label"])
    return {**token_fields(record), "token": token}, 201


@bp.get("")
def list_tokens():
    return {"tokens": [token_fields(record) for record in registry().list_tokens(bearer_token())]}


@bp.delete("/<int:token_id>")
def revoke_token(token_id: int):
    return token_fields(registry().revoke_token(bearer_token(), token_id))


def token_fields(record: TokenRecord) -> dict:
    return {
        "id": record.id,
        "role": record.role,
        "label": record.label,
        "created_at": iso(record.created_at),
        "revoked_at": iso(record.revoked_at),
    }


_AUTH = error_responses(e401="No token, or an unknown or revoked one", e403="The token is not an admin token")
_SECURITY = [{"bearerAuth": []}]

OPENAPI_PATHS = {
    "/v1/tokens": {
        "post": {
            "summary": "Create a token for the admin's team; the token is shown only in this response",
            "security": _SECURITY,
            "requestBody": {"required": True, "content": json_content(TokenCreateRequestSchema)},
            "responses": {
                "201": {"description": "The new token", "content": json_content(CreatedTokenSchema)},
                **_AUTH,
                **error_responses(e422="An unknown role or a label over 200 characters"),
            },
        },
        "get": {
            "summary": "The team's tokens (never the tokens themselves)",
            "security": _SECURITY,
            "responses": {
                "200": {"description": "The tokens", "content": json_content(TokenListSchema)},
                **_AUTH,
            },
        },
    },
    "/v1/tokens/{token_id}": {
        "delete": {
            "summary": "Revoke a token of the team; it stops working at once",
            "security": _SECURITY,
            "parameters": [
                {"name": "token_id", "in": "path", "required": True, "schema": {"type": "integer"}}
            ],
            "responses": {
                "200": {"description": "The revoked token", "content": json_content(TokenSchema)},
                **_AUTH,
                **error_responses(
                    e404="The team has no such token", e409="It is the team's last admin token"
                ),
            },
        }
    },
}
