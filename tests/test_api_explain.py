"""POST /v1/explain through the test client: the DESIGN §3 explanation of one clause."""

import pytest
from clauselens.explain.vocabulary import vocabulary

from .explain_documents import CASES, PRIVACY_POLICY
from .seed_case import CORRECTION_QUOTED, LICENCE_QUOTED, SEED_DOCUMENT

GLOSSARY = {entry.name: entry.meaning for entry in vocabulary()}
NO_RULE_CLAUSE = "Your password must be at least 12 characters long."


def explain(client, clause, **fields):
    response = client.post("/v1/explain", json={"clause": clause, **fields})
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_explanation_has_the_documented_shape(client):
    result = explain(client, LICENCE_QUOTED, document=SEED_DOCUMENT, url="https://meet.test/terms")
    assert set(result) >= {"clause", "explanation", "readability"}
    assert result["clause"]["text"] == LICENCE_QUOTED
    assert result["clause"]["severity"] == "high"
    assert set(result["explanation"]) >= {"summary", "points", "terms", "actions"}
    assert all(isinstance(point, str) for point in result["explanation"]["points"])
    assert all(set(term) >= {"term", "definition", "source"} for term in result["explanation"]["terms"])
    assert set(result["readability"]) == {"clause_grade", "explanation_grade"}
    assert result["packs"] == [{"id": "core", "version": "1.0.0"}]


def test_findings_are_the_same_objects_as_in_analyze(client):
    explained = explain(client, LICENCE_QUOTED)["clause"]
    analysed = client.post("/v1/analyze", json={"text": LICENCE_QUOTED}).get_json()["clauses"]
    assert len(analysed) == 1
    assert explained["findings"] == analysed[0]["findings"]
    assert explained["severity"] == analysed[0]["severity"]
    categories = {finding["category"] for finding in explained["findings"]}
    assert {"content-license", "ai-training"} <= categories


def test_findings_are_computed_on_the_clause_not_the_document(client):
    with_document = explain(client, CORRECTION_QUOTED, document=SEED_DOCUMENT)["clause"]
    alone = explain(client, CORRECTION_QUOTED)["clause"]
    assert with_document == alone
    assert with_document["severity"] == "good"


def test_a_risky_clause_is_summed_up_by_its_rules(client):
    result = explain(client, LICENCE_QUOTED)
    findings = result["clause"]["findings"]
    summary = result["explanation"]["summary"]
    assert summary.startswith(findings[0]["summary"]) or any(
        summary.startswith(f["summary"]) for f in findings
    )
    for finding in findings:  # one sentence per category: nothing but the rules' own summaries
        summary = summary.replace(finding["summary"], "")
    assert summary.strip() == ""
    assert len(result["explanation"]["summary"]) < len(LICENCE_QUOTED) / 3
    points = result["explanation"]["points"]
    for word in ("perpetual", "worldwide", "royalty-free", "sublicensable", "transferable"):
        assert any(point.startswith(f"{word}: ") for point in points)


def test_a_protective_clause_says_it_protects_you(client):
    summary = explain(client, CORRECTION_QUOTED)["explanation"]["summary"]
    assert summary.startswith("This clause protects you: ")


@pytest.mark.parametrize("case", CASES, ids=[case.style for case in CASES])
def test_terms_defined_elsewhere_in_the_document_are_explained(client, case):
    assert case.clause in case.document
    terms = explain(client, case.clause, document=case.document)["explanation"]["terms"]
    from_document = {term["term"]: term for term in terms if term["source"] == "document"}
    assert case.term in from_document
    assert case.definition_words in from_document[case.term]["definition"]


def test_without_the_document_no_document_terms_are_claimed(client):
    terms = explain(client, CASES[0].clause)["explanation"]["terms"]
    assert all(term["source"] == "glossary" for term in terms)


def test_a_document_definition_replaces_what_the_word_lists_say_about_the_same_words(client):
    document = '"Personal Data" means your name only. "Customer Content" means your calls. We may sell both.'
    clause = "We may sell Personal Data and Customer Content."
    explanation = explain(client, clause, document=document)["explanation"]
    assert explanation["terms"] == [
        {"term": "Personal Data", "definition": "your name only.", "source": "document"},
        {"term": "Customer Content", "definition": "your calls.", "source": "document"},
    ]
    assert not any(point.startswith("Customer Content") for point in explanation["points"])
    without_document = explain(client, clause)["explanation"]
    assert [term["term"] for term in without_document["terms"]] == ["personal data"]
    assert any(point.startswith("Customer Content: ") for point in without_document["points"])


def test_legal_words_are_looked_up_in_the_glossary(client):
    clause = (
        "You agree to indemnify and hold harmless Acme against any claims, and Acme is not liable for "
        "consequential damages, force majeure or a service provided as is."
    )
    terms = explain(client, clause)["explanation"]["terms"]
    assert [term["term"] for term in terms] == [
        "indemnify", "hold harmless", "liability", "consequential damages", "force majeure", "as is",
    ]  # fmt: skip
    for term in terms:
        assert term["source"] == "glossary"
        assert term["definition"] == GLOSSARY[term["term"]]


def test_opt_out_routes_and_deadlines_come_from_the_document(client):
    training = explain(
        client, "We may use your voice recordings to train our speech models.", document=PRIVACY_POLICY
    )
    actions = training["explanation"]["actions"]
    assert actions[0].startswith("Opt out: Settings > Privacy > Voice data.")
    assert any("privacy@acmevoice.test" in action for action in actions)
    arbitration = explain(
        client, "Any dispute will be settled by binding arbitration.", document=PRIVACY_POLICY
    )
    assert arbitration["explanation"]["actions"][0].startswith(
        "Opt out: arbitration-optout@acmevoice.test; within 30 days of first accepting these terms."
    )


def test_a_clause_matching_no_rule_still_gets_an_explanation(client):
    result = explain(client, NO_RULE_CLAUSE)
    assert result["clause"]["severity"] is None
    assert result["clause"]["findings"] == []
    assert result["explanation"]["summary"] == (
        "No risk rule matched this clause. It says your password must be at least 12 characters long."
    )


def test_a_clause_matching_no_rule_names_its_document_terms(client):
    case = CASES[
        5
    ]  # "We may collect Telemetry Data from each Device and share it with our hardware partners."
    summary = explain(client, case.clause, document=case.document)["explanation"]["summary"]
    assert summary.startswith(
        "No risk rule matched this clause. It says the company may collect Telemetry Data"
    )
    assert summary.endswith("It uses words the document defines elsewhere: “Telemetry Data”, “Device”.")


@pytest.mark.parametrize(
    "clause",
    [
        NO_RULE_CLAUSE,
        "We may share aggregated or de-identified data with our affiliates and other third parties for any "
        "purpose, to the extent permitted by applicable law.",
        "You agree to indemnify and hold harmless Acme against any claims, and Acme is not liable for "
        "consequential damages.",
        "The Service is provided on an as-is basis, and force majeure events excuse any delay.",
        CASES[5].clause,
    ],
)
def test_the_explanation_clauselens_writes_is_grade_8_or_below(client, clause):
    grades = explain(client, clause, document=CASES[5].document)["readability"]
    assert grades["explanation_grade"] <= 8


@pytest.mark.parametrize("clause", [LICENCE_QUOTED, CORRECTION_QUOTED, CASES[2].clause])
def test_an_explanation_built_on_rule_summaries_is_plainer_than_the_clause(client, clause):
    grades = explain(client, clause, document=PRIVACY_POLICY)["readability"]
    assert grades["explanation_grade"] < grades["clause_grade"]


def test_document_indexes_are_reused_for_the_same_document(client, app):
    cache = app.extensions["clauselens.document_indexes"]
    explain(client, "We may sell your data.", document=PRIVACY_POLICY)
    explain(client, "You can opt out.", document=PRIVACY_POLICY)
    assert len(cache) == 1
    explain(client, "You can opt out.", document=SEED_DOCUMENT)
    assert len(cache) == 2


def test_openapi_describes_explain(client):
    spec = client.get("/v1/openapi.json").get_json()
    assert "/v1/explain" in spec["paths"]
    schemas = spec["components"]["schemas"]
    assert {"clause", "document", "url", "packs"} <= set(schemas["ExplainRequest"]["properties"])
    assert schemas["ExplainRequest"]["required"] == ["clause"]
    assert schemas["ExplainedClause"]["properties"]["severity"]["nullable"] is True
    assert {"summary", "points", "terms", "actions"} <= set(schemas["Explanation"]["properties"])
