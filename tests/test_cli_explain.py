"""`clauselens explain` as a subprocess: the API's explanation as JSON, a readable text, bad input."""

import json

from .explain_documents import CASES
from .test_cli import clauselens


def test_json_output_is_the_api_explanation(tmp_path, client):
    case = CASES[0]
    document = tmp_path / "terms.md"
    document.write_text(case.document, encoding="utf-8")
    result = clauselens("explain", "--format", "json", "--document", str(document), case.clause)
    assert result.returncode == 0, result.stderr
    from_api = client.post("/v1/explain", json={"clause": case.clause, "document": case.document}).get_json()
    assert json.loads(result.stdout) == from_api


def test_text_output_reads_as_an_explanation(tmp_path):
    document = tmp_path / "privacy.txt"
    document.write_text("You can opt out of AI training in Settings > Privacy.\n", encoding="utf-8")
    clause = "You grant us a perpetual licence to use your recordings to train our AI models."
    result = clauselens("explain", clause, "--document", str(document))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("HIGH\n")
    assert "  • perpetual: it never ends. There is no end date." in result.stdout
    assert "  • Opt out: Settings > Privacy. The document says:" in result.stdout
    assert "Readability: clause grade " in result.stdout


def test_a_clause_matching_no_rule_says_so():
    result = clauselens("explain", "Your password must be at least 12 characters long.")
    assert result.stdout.startswith("NO RULE MATCHED\nNo risk rule matched this clause.")


def test_bad_input_is_one_line_and_exit_2(tmp_path):
    for arguments, message in [
        (["   "], "the clause is empty"),
        (["x" * 5001], "the clause is longer than 5000 characters"),
        (["A clause.", "--document", str(tmp_path / "missing.md")], "no such file"),
    ]:
        result = clauselens("explain", *arguments)
        assert result.returncode == 2
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
