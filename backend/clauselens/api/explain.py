"""POST /v1/explain: one clause in (with its document, if sent), its plain-language explanation out."""

from flask import Blueprint, current_app

from ..explain.document_index import DocumentIndexCache
from ..explain.pipeline import explain_clause
from .explain_schemas import MAX_CLAUSE_CHARS, ExplainRequestSchema, ExplanationResponseSchema
from .openapi import error_responses, json_content
from .request_body import bearer_token, json_body, pack_resolver

bp = Blueprint("explain", __name__, url_prefix="/v1")
_request_schema = ExplainRequestSchema()
INDEX_CACHE_KEY = "clauselens.document_indexes"


@bp.record_once
def _attach_index_cache(state) -> None:
    state.app.extensions[INDEX_CACHE_KEY] = DocumentIndexCache()


@bp.post("/explain")
def explain():
    request_data = _request_schema.load(json_body())
    packs = pack_resolver().resolve(request_data["packs"], bearer_token())
    document = request_data["document"]
    index = current_app.extensions[INDEX_CACHE_KEY].index(document) if document and document.strip() else None
    return explain_clause(request_data["clause"], packs, index)


OPENAPI_PATHS = {
    "/v1/explain": {
        "post": {
            "summary": "Explain one clause in plain words, with the terms its document defines",
            "requestBody": {"required": True, "content": json_content(ExplainRequestSchema)},
            "responses": {
                "200": {"description": "The explanation", "content": json_content(ExplanationResponseSchema)},
                **error_responses(
                    e400="Malformed JSON or an empty body",
                    e404="An unknown pack",
                    e413="The body (with the document) is over the size limit",
                    e422=f"Missing, empty or non-string clause, a clause over {MAX_CLAUSE_CHARS} characters, "
                    "other invalid fields, or an invalid pack reference",
                ),
            },
        }
    }
}
