"""The error contract: one JSON shape, stable codes, fitting statuses, no internals."""

import pytest
from clauselens.api import create_app


def assert_error(response, status, code):
    assert response.status_code == status
    assert response.is_json
    body = response.get_json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["details"], dict)
    return body["error"]


def test_malformed_json_is_400(client):
    assert_error(
        client.post("/v1/analyze", data="{not json", content_type="application/json"), 400, "malformed_json"
    )


def test_empty_body_is_400(client):
    assert_error(client.post("/v1/analyze", data=""), 400, "empty_body")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "_schema"),
        ({"text": "a", "html": "<p>b</p>"}, "_schema"),
        ({"text": 42}, "text"),
        ({"text": "   "}, "text"),
        ({"text": "a", "unexpected": 1}, "unexpected"),
        ({"text": "a", "packs": "core"}, "packs"),
        ([1, 2], "_schema"),
    ],
)
def test_schema_errors_are_422_with_field_messages(client, body, field):
    error = assert_error(client.post("/v1/analyze", json=body), 422, "validation_failed")
    assert field in error["details"]["fields"]


def test_unknown_pack_is_404_and_bad_ref_is_422(client):
    assert_error(client.post("/v1/analyze", json={"text": "a", "packs": ["nosuch"]}), 404, "unknown_pack")
    assert_error(client.post("/v1/analyze", json={"text": "a", "packs": ["core@9.9.9"]}), 404, "unknown_pack")
    assert_error(
        client.post("/v1/analyze", json={"text": "a", "packs": ["Not A Ref"]}), 422, "invalid_pack_ref"
    )


def test_body_over_the_limit_is_413(tmp_path):
    small = create_app({"TESTING": True, "MAX_CONTENT_LENGTH": 1000, "CLAUSELENS_DATA": str(tmp_path)})
    error = assert_error(
        small.test_client().post("/v1/analyze", json={"text": "x" * 2000}), 413, "body_too_large"
    )
    assert error["details"]["limit_bytes"] == 1000


def test_default_body_limit_is_5_mb(client, app):
    assert app.config["MAX_CONTENT_LENGTH"] == 5 * 1024 * 1024
    assert_error(client.post("/v1/analyze", data=b"x" * (5 * 1024 * 1024 + 1)), 413, "body_too_large")


def test_unknown_path_is_404_and_wrong_method_is_405(client):
    assert_error(client.get("/v1/nothing-here"), 404, "not_found")
    response = client.get("/v1/analyze")
    assert_error(response, 405, "method_not_allowed")
    assert "POST" in response.headers["Allow"]


def test_unexpected_failure_is_500_without_internals(app, client):
    @app.get("/v1/boom")
    def boom():
        raise RuntimeError("secret internal detail")

    error = assert_error(client.get("/v1/boom"), 500, "internal_error")
    assert "secret" not in error["message"]
    assert b"Traceback" not in client.get("/v1/boom").data


def test_cors_allows_extension_origins_only(client):
    extension = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    allowed = client.post("/v1/analyze", json={"text": "a"}, headers={"Origin": extension})
    assert allowed.headers.get("Access-Control-Allow-Origin") == extension
    firefox = "moz-extension://0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
    assert (
        client.get("/v1/health", headers={"Origin": firefox}).headers.get("Access-Control-Allow-Origin")
        == firefox
    )
    page = client.post("/v1/analyze", json={"text": "a"}, headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in page.headers


def test_cors_extra_origins_are_configurable(tmp_path):
    app = create_app(
        {"CLAUSELENS_CORS_ORIGINS": ["https://intranet.example"], "CLAUSELENS_DATA": str(tmp_path)}
    )
    response = app.test_client().get("/v1/health", headers={"Origin": "https://intranet.example"})
    assert response.headers.get("Access-Control-Allow-Origin") == "https://intranet.example"


def test_page_text_is_never_logged(client, caplog):
    secret = "Zebra-unique-sentence-4711 is in the page."
    with caplog.at_level("DEBUG"):
        client.post("/v1/analyze", json={"text": secret})
        client.post("/v1/analyze", json={"text": secret, "packs": ["bad ref"]})
    assert "Zebra-unique-sentence-4711" not in caplog.text
