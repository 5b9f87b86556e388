"""POST /v1/analyze through the test client: the DESIGN §3 response and its offsets."""

from .test_extract import TERMS_PAGE

TEXT = (
    "Welcome 🙂 to 利用規約 Acme. We may terminate your account at any time.\n"
    "You grant us a perpetual, irrevocable licence to your content."
)


def utf16_slice(text, start, end):
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def test_analysis_has_the_documented_shape(client):
    response = client.post(
        "/v1/analyze", json={"text": TEXT, "url": "https://acme.test/terms", "title": "Terms"}
    )
    assert response.status_code == 200
    analysis = response.get_json()
    assert set(analysis) >= {"document", "summary", "clauses", "packs"}
    assert analysis["document"]["url"] == "https://acme.test/terms"
    assert analysis["document"]["kind"] == "terms"
    assert analysis["document"]["chars"] == len(TEXT.encode("utf-16-le")) // 2
    assert analysis["summary"]["grade"] in "ABCDE"
    assert set(analysis["summary"]["counts"]) == {"high", "medium", "low", "info", "good"}
    assert analysis["packs"][0]["id"] == "core"
    licence = next(c for c in analysis["clauses"] if "licence" in c["text"])
    assert licence["severity"] == "high"
    finding = licence["findings"][0]
    assert set(finding) >= {"rule", "pack", "category", "severity", "title", "summary", "evidence"}
    assert finding["rule"].startswith("core/") and finding["pack"].startswith("core@")


def test_positions_and_evidence_are_utf16_offsets(client):
    analysis = client.post("/v1/analyze", json={"text": TEXT}).get_json()
    assert analysis["clauses"]
    for clause in analysis["clauses"]:
        assert utf16_slice(TEXT, clause["start"], clause["end"]) == clause["text"] == clause["quote"]["exact"]
        assert TEXT.endswith(clause["quote"]["suffix"]) or clause["quote"]["suffix"] in TEXT
        for finding in clause["findings"]:
            for evidence in finding["evidence"]:
                assert utf16_slice(TEXT, evidence["start"], evidence["end"]) == evidence["text"]
                assert clause["start"] <= evidence["start"] < evidence["end"] <= clause["end"]


def test_only_clauses_with_findings_are_listed(client):
    analysis = client.post("/v1/analyze", json={"text": "Hello there. The weather is nice today."}).get_json()
    assert analysis["clauses"] == []
    assert analysis["document"]["clauses"] == 2
    assert analysis["summary"]["grade"] == "A"


def test_html_input_analyses_only_the_article(client):
    analysis = client.post("/v1/analyze", json={"html": TERMS_PAGE}).get_json()
    assert analysis["document"]["title"] == "Terms of Service"
    texts = " ".join(clause["text"] for clause in analysis["clauses"])
    assert "perpetual, irrevocable" in texts
    assert "cookies" not in texts and "All rights reserved" not in texts


def test_packs_can_be_named_with_or_without_version(client, app):
    core = app.extensions["clauselens.packs"].builtins["core"]
    for packs in (["core"], [f"core@{core.version}"], ["core", "core"]):
        analysis = client.post("/v1/analyze", json={"text": TEXT, "packs": packs}).get_json()
        assert analysis["packs"] == [{"id": "core", "version": core.version}]


def test_health_lists_the_builtin_packs(client):
    health = client.get("/v1/health").get_json()
    assert health["status"] == "ok" and health["version"]
    assert health["packs"][0]["id"] == "core" and health["packs"][0]["rules"] > 0


def test_openapi_describes_the_endpoints_from_the_schemas(client):
    spec = client.get("/v1/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    assert {"/v1/health", "/v1/analyze"} <= set(spec["paths"])
    request_schema = spec["components"]["schemas"]["AnalyzeRequest"]
    assert {"text", "html", "url", "title", "packs"} <= set(request_schema["properties"])
    assert "Analysis" in spec["components"]["schemas"]
