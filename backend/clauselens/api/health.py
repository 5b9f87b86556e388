"""GET /v1/health: the service is up, its version and its built-in packs."""

from flask import Blueprint

from .. import __version__
from .openapi import json_content
from .request_body import pack_resolver
from .schemas import HealthSchema

bp = Blueprint("health", __name__, url_prefix="/v1")


@bp.get("/health")
def health():
    return {"status": "ok", "version": __version__, "packs": pack_resolver().describe()}


OPENAPI_PATHS = {
    "/v1/health": {
        "get": {
            "summary": "Service status, version and built-in packs",
            "responses": {"200": {"description": "The service is up", "content": json_content(HealthSchema)}},
        }
    }
}
