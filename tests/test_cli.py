"""The clauselens command as a subprocess: analyze in text, JSON and JSONL, and bad input."""

import json
import subprocess
import sys

import pytest

from .seed_case import LICENCE_QUOTED
from .test_extract import TERMS_PAGE


def clauselens(*arguments, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "clauselens", *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def terms_file(tmp_path):
    path = tmp_path / "terms.md"
    path.write_text(f"# Terms\n\nWelcome.\n\n{LICENCE_QUOTED}\n", encoding="utf-8")
    return path


def test_text_report_shows_severity_title_and_clause(terms_file):
    result = clauselens("analyze", str(terms_file))
    assert result.returncode == 0, result.stderr
    assert "HIGH" in result.stdout
    assert "Can train AI on what you upload or say" in result.stdout
    assert "perpetual, worldwide" in result.stdout
    assert "grade" in result.stdout


def test_json_output_is_the_api_analysis(terms_file, client):
    result = clauselens("analyze", "--format", "json", str(terms_file))
    from_cli = json.loads(result.stdout)
    from_api = client.post("/v1/analyze", json={"text": terms_file.read_text(encoding="utf-8")}).get_json()
    assert from_cli == from_api


def test_html_file_analyses_the_article(tmp_path):
    page = tmp_path / "terms.html"
    page.write_text(TERMS_PAGE, encoding="utf-8")
    analysis = json.loads(clauselens("analyze", "--format", "json", str(page)).stdout)
    assert analysis["document"]["title"] == "Terms of Service"
    assert all("cookie" not in clause["text"].lower() for clause in analysis["clauses"])


def test_stdin_is_read_with_dash():
    analysis = json.loads(clauselens("analyze", "--format", "json", "-", stdin=LICENCE_QUOTED).stdout)
    assert analysis["clauses"]


def test_jsonl_batch_keeps_order_and_ids():
    lines = "\n".join(
        json.dumps(record)
        for record in [{"id": "a", "text": LICENCE_QUOTED}, {"id": 2, "text": "Hello there."}]
    )
    result = clauselens("analyze", "--jsonl", "-", stdin=lines + "\n")
    assert result.returncode == 0, result.stderr
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in outputs] == ["a", 2]
    assert outputs[0]["clauses"] and outputs[1]["clauses"] == []


def test_local_pack_file_is_used(tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "id: acme/words\nversion: 1.0.0\ntitle: Words\nrules:\n"
        "  - id: zebra\n    category: monitoring\n    severity: low\n    title: Zebra\n    summary: Zebras.\n"
        "    match: {any: ['zebra']}\n    examples: {match: ['a zebra'], no_match: ['a horse']}\n",
        encoding="utf-8",
    )
    analysis = json.loads(
        clauselens("analyze", "--format", "json", "--pack", str(pack), "-", stdin="A zebra.").stdout
    )
    assert analysis["clauses"][0]["findings"][0]["rule"] == "acme/words/zebra"


@pytest.mark.parametrize(
    ("arguments", "stdin", "message"),
    [
        (["analyze", "/no/such/file.txt"], None, "no such file"),
        (["analyze", "-"], "   \n", "no text to analyse"),
        (["analyze", "--jsonl", "-"], "{broken\n", "not a JSON line"),
        (["analyze", "--pack", "nosuch", "-"], "text", "no pack nosuch"),
    ],
)
def test_bad_input_is_one_line_and_status_2(arguments, stdin, message):
    result = clauselens(*arguments, stdin=stdin)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_binary_file_is_refused(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = clauselens("analyze", str(binary))
    assert result.returncode == 2
    assert "binary" in result.stderr


def test_broken_pack_file_is_reported_on_one_line(tmp_path):
    pack = tmp_path / "broken.yaml"
    pack.write_text("id: acme/x\nrules: [\n  - {id: a\n", encoding="utf-8")
    result = clauselens("analyze", "--pack", str(pack), "-", stdin="Some text.")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not valid YAML" in result.stderr
