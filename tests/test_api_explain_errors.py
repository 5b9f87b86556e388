"""Bad input to POST /v1/explain: the JSON error contract, never a 500, never the text in the logs."""

import pytest
from clauselens.api import create_app
from clauselens.api.explain_schemas import MAX_CLAUSE_CHARS

from .test_api_errors import assert_error


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({}, "clause", "Missing data for required field."),
        ({"clause": ""}, "clause", "Must not be empty."),
        ({"clause": " \n\t "}, "clause", "Must not be empty."),
        ({"clause": 42}, "clause", "Not a valid string."),
        ({"clause": ["a clause"]}, "clause", "Not a valid string."),
        ({"clause": None}, "clause", "Field may not be null."),
        (
            {"clause": "x" * (MAX_CLAUSE_CHARS + 1)},
            "clause",
            f"Longer than maximum length {MAX_CLAUSE_CHARS}.",
        ),
        ({"clause": "a", "document": 7}, "document", "Not a valid string."),
        ({"clause": "a", "packs": "core"}, "packs", "Not a valid list."),
        ({"clause": "a", "selection": "b"}, "selection", "Unknown field."),
    ],
)
def test_invalid_fields_are_422_with_the_field_message(client, body, field, message):
    error = assert_error(client.post("/v1/explain", json=body), 422, "validation_failed")
    assert error["details"]["fields"][field] == [message]


def test_a_clause_at_the_limit_is_explained(client):
    clause = ("We may keep your data. " * 250)[:MAX_CLAUSE_CHARS]
    assert client.post("/v1/explain", json={"clause": clause}).status_code == 200


def test_malformed_or_empty_bodies_are_400(client):
    assert_error(client.post("/v1/explain", data="{", content_type="application/json"), 400, "malformed_json")
    assert_error(client.post("/v1/explain", data=""), 400, "empty_body")
    error = assert_error(client.post("/v1/explain", json=["a clause"]), 422, "validation_failed")
    assert "_schema" in error["details"]["fields"]


def test_a_document_over_the_body_limit_is_413(tmp_path):
    small = create_app({"TESTING": True, "MAX_CONTENT_LENGTH": 10_000, "CLAUSELENS_DATA": str(tmp_path)})
    response = small.test_client().post(
        "/v1/explain", json={"clause": "We may sell it.", "document": "x" * 20_000}
    )
    assert assert_error(response, 413, "body_too_large")["details"]["limit_bytes"] == 10_000


def test_unknown_and_invalid_packs(client):
    assert_error(client.post("/v1/explain", json={"clause": "a", "packs": ["nosuch"]}), 404, "unknown_pack")
    assert_error(
        client.post("/v1/explain", json={"clause": "a", "packs": ["Bad Ref"]}), 422, "invalid_pack_ref"
    )


@pytest.mark.parametrize(
    "body",
    [
        {"clause": "🙂" * 100},
        {"clause": "\x00\x01 control characters \u202e"},
        {"clause": ".", "document": ""},
        {"clause": "“”‘’\"'()[]", "document": "“" * 5000 + "(" * 5000},
        {"clause": "Settings > > > Account", "document": "Settings >" * 2000},
        {"clause": "We may sell it.", "document": '"A" means "B" means "C" means.' * 500},
        {"clause": "a@b.c within 30 days", "document": "## Definitions\n" + "Term: \n" * 3000},
        {"clause": "We may sell your data.", "document": "\ud83d lone surrogate text"},
    ],
)
def test_odd_but_valid_input_is_explained_not_a_500(client, body):
    response = client.post("/v1/explain", json=body)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["clause"]["text"] == body["clause"]


def test_half_a_surrogate_pair_becomes_a_replacement_character_not_a_500(client):
    # JSON can escape a lone surrogate, which no UTF-8 text holds (RE2 would refuse it).
    clause_json = '"We may sell your data \\ud83d here."'
    explained = client.post(
        "/v1/explain",
        data=f'{{"clause": {clause_json}, "document": "\\udc00 Terms."}}',
        content_type="application/json",
    )
    assert explained.status_code == 200
    assert explained.get_json()["clause"]["text"] == "We may sell your data \ufffd here."
    analysed = client.post("/v1/analyze", data=f'{{"text": {clause_json}}}', content_type="application/json")
    assert analysed.status_code == 200
    assert analysed.get_json()["document"]["chars"] == len("We may sell your data \ufffd here.")


def test_clause_and_document_are_never_logged(client, caplog):
    secret = "Zebra-unique-sentence-4711"
    with caplog.at_level("DEBUG"):
        client.post("/v1/explain", json={"clause": f"{secret} may be sold.", "document": f"{secret} doc."})
        client.post("/v1/explain", json={"clause": f"{secret} may be sold.", "packs": ["bad ref"]})
        client.post("/v1/explain", json={"clause": secret * 1000})
    assert secret not in caplog.text
