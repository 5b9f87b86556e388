"""GET /v1/openapi.json: the API description, generated from the marshmallow schemas.

Each endpoint module describes its own operations in an ``OPENAPI_PATHS`` mapping,
with schema classes; apispec's marshmallow plugin turns those into components.
"""

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from flask import Blueprint, current_app

from .. import __version__
from .schemas import ErrorSchema

bp = Blueprint("openapi", __name__, url_prefix="/v1")


def json_content(schema) -> dict:
    return {"application/json": {"schema": schema}}


def error_responses(**descriptions: str) -> dict:
    """``error_responses(e404="An unknown pack")`` → OpenAPI responses with the error body."""
    return {
        status.lstrip("e"): {"description": text, "content": json_content(ErrorSchema)}
        for status, text in descriptions.items()
    }


def build_spec(path_tables) -> dict:
    spec = APISpec(
        title="clauselens",
        version=__version__,
        openapi_version="3.0.3",
        info={"description": "Finds, explains and tracks the risky clauses in legal pages."},
        plugins=[MarshmallowPlugin()],
    )
    spec.components.security_scheme("bearerAuth", {"type": "http", "scheme": "bearer"})
    for table in path_tables:
        for path, operations in table.items():
            spec.path(path=path, operations=operations)
    return spec.to_dict()


@bp.get("/openapi.json")
def openapi_json():
    cached = current_app.extensions.get("clauselens.openapi_spec")
    if cached is None:
        modules = current_app.extensions["clauselens.openapi_modules"]
        cached = build_spec(module.OPENAPI_PATHS for module in modules)
        current_app.extensions["clauselens.openapi_spec"] = cached
    return cached
