"""POST /v1/analyze: a page's text or HTML in, its risky clauses with positions out."""

from flask import Blueprint

from ..analysis.analyze import analyze_text
from ..text.extract import extract
from .openapi import error_responses, json_content
from .request_body import bearer_token, json_body, pack_resolver
from .schemas import AnalysisSchema, AnalyzeRequestSchema

bp = Blueprint("analyze", __name__, url_prefix="/v1")
_request_schema = AnalyzeRequestSchema()


@bp.post("/analyze")
def analyze():
    request_data = _request_schema.load(json_body())
    packs = pack_resolver().resolve(request_data["packs"], bearer_token())
    title = request_data["title"]
    if "html" in request_data:
        page = extract(request_data["html"])
        text, title = page.text, title or page.title
    else:
        text = request_data["text"]
    return analyze_text(text, packs, title=title, url=request_data["url"])


OPENAPI_PATHS = {
    "/v1/analyze": {
        "post": {
            "summary": "Find the risky clauses of a page's text or HTML",
            "requestBody": {"required": True, "content": json_content(AnalyzeRequestSchema)},
            "responses": {
                "200": {"description": "The analysis", "content": json_content(AnalysisSchema)},
                **error_responses(
                    e400="Malformed JSON or an empty body",
                    e404="An unknown pack",
                    e413="The body is over the size limit",
                    e422="Missing or invalid fields, or an invalid pack reference",
                ),
            },
        }
    }
}
