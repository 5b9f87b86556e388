"""The service over real HTTP on a free loopback port."""

import json
import urllib.error
import urllib.request

from .seed_case import SEED_DOCUMENT


def post(url, body: bytes, headers=None):
    request = urllib.request.Request(
        url, data=body, headers={"Content-Type": "application/json", **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_health_and_analyze_over_http(live_server):
    with urllib.request.urlopen(f"{live_server.url}/v1/health", timeout=10) as response:
        assert json.loads(response.read())["status"] == "ok"
    status, analysis = post(f"{live_server.url}/v1/analyze", json.dumps({"text": SEED_DOCUMENT}).encode())
    assert status == 200
    assert any(f["category"] == "ai-training" for c in analysis["clauses"] for f in c["findings"])


def test_errors_over_http_are_json(live_server):
    status, body = post(f"{live_server.url}/v1/analyze", b"{oops")
    assert (status, body["error"]["code"]) == (400, "malformed_json")
    status, body = post(f"{live_server.url}/v1/nowhere", b"{}")
    assert (status, body["error"]["code"]) == (404, "not_found")
