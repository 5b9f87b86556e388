"""Every error leaves the service as DESIGN §3's JSON body, never as HTML or a traceback."""

import logging

from flask import jsonify
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException

from ..errors import ClauselensError

log = logging.getLogger(__name__)

HTTP_ERROR_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "body_too_large",
    415: "unsupported_media_type",
    422: "validation_failed",
    429: "too_many_requests",
}


def error_response(status: int, code: str, message: str, details: dict | None = None):
    response = jsonify({"error": {"code": code, "message": message, "details": details or {}}})
    response.status_code = status
    return response


def init_app(app) -> None:
    @app.errorhandler(ClauselensError)
    def clauselens_error(error: ClauselensError):
        return error_response(error.status, error.code, error.message, error.details)

    @app.errorhandler(ValidationError)
    def validation_error(error: ValidationError):
        return error_response(
            422,
            "validation_failed",
            "The request does not have the expected fields.",
            {"fields": error.messages},
        )

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        status = error.code or 500
        message = error.description or error.name
        if status == 413:
            limit = app.config.get("MAX_CONTENT_LENGTH")
            message = f"The request body is larger than the limit of {limit} bytes."
            return error_response(413, "body_too_large", message, {"limit_bytes": limit})
        response = error_response(status, HTTP_ERROR_CODES.get(status, "http_error"), message)
        if status == 405 and error.valid_methods:
            response.headers["Allow"] = ", ".join(error.valid_methods)
        return response

    @app.errorhandler(Exception)
    def unexpected_error(error: Exception):
        # The traceback goes to the server log; the request body never does.
        log.error("unexpected %s", type(error).__name__, exc_info=error)
        return error_response(500, "internal_error", "Something went wrong on the server.")
