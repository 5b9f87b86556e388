"""Publishing: YAML or JSON in, immutable versions, and refusals that name every failing rule."""

import json

import pytest
from clauselens.registry.publishing import (
    MAX_PUBLISHED_PACK_BYTES,
    MAX_PUBLISHED_PATTERN_CHARS,
    MAX_PUBLISHED_RULES,
)

from .registryhelpers import bearer, rule, team_pack


@pytest.mark.parametrize("as_yaml", [False, True])
def test_a_published_pack_reads_back_as_it_was_sent(teams, registry_client, as_yaml):
    document = team_pack()
    response = teams.publish(document, as_yaml=as_yaml)
    assert response.status_code == 201
    assert response.headers["Location"] == "/v1/packs/acme/source-safety/1.0.0"
    published = registry_client.get(
        "/v1/packs/acme/source-safety/1.0.0", headers=bearer(teams.token("acme", "reader"))
    ).get_json()
    assert {key: published[key] for key in document} == document
    assert published["yanked"] is False and published["yanked_at"] is None
    assert published["published_at"].endswith("Z")
    assert response.get_json() == published


def test_publishing_the_same_version_twice_is_409_and_changes_nothing(teams, registry_client):
    assert teams.publish(team_pack()).status_code == 201
    changed = team_pack(title="Something else")
    second = teams.publish(changed, role="admin")
    assert second.status_code == 409
    assert second.get_json()["error"]["code"] == "version_exists"
    stored = registry_client.get("/v1/packs/acme/source-safety/1.0.0", headers=bearer(teams.token("acme")))
    assert stored.get_json()["title"] == "Source safety"


def problems_of(response):
    assert response.status_code == 422, response.get_json()
    error = response.get_json()["error"]
    assert error["code"] == "invalid_pack"
    return error


def test_an_invalid_pack_is_422_naming_each_failing_rule(teams, registry_client):
    broken_schema = rule(id="broken-schema", severity="critical")
    failing_example = rule(
        id="failing-example", examples={"match": ["Nothing to see."], "no_match": ["Fine."]}
    )
    error = problems_of(teams.publish(team_pack(rule(id="good"), broken_schema, failing_example)))
    assert error["details"]["rules"] == ["broken-schema", "failing-example"]
    assert "broken-schema" in error["message"] and "failing-example" in error["message"]
    assert {(p["rule"], p["field"]) for p in error["details"]["problems"]} == {
        ("broken-schema", "severity"),
        ("failing-example", "examples.match"),
    }
    # The rules that compile still have their examples run when another rule's pattern is refused.
    fixed = team_pack(rule(id="good"), rule(id="bad-pattern", match={"all": ["(unclosed"]}), failing_example)
    error = problems_of(teams.publish(fixed))
    assert error["details"]["rules"] == ["bad-pattern", "failing-example"]
    fields = {(p["rule"], p["field"]) for p in error["details"]["problems"]}
    assert {("bad-pattern", "match.all[0]"), ("failing-example", "examples.match")} <= fields
    failing = next(p for p in error["details"]["problems"] if p["rule"] == "failing-example")
    assert "Nothing to see." in failing["message"]
    listing = registry_client.get("/v1/packs", headers=bearer(teams.token("acme")))
    assert listing.get_json()["packs"] == []


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(recordings?) and \1", "backreferences"),
        (r"recordings(?= may)", "lookahead"),
        (r"recordings(?! never)", "lookahead"),
        (r"(?<=staff )access", "lookbehind"),
    ],
)
def test_backreferences_and_lookaround_are_refused(teams, pattern, words):
    error = problems_of(teams.publish(team_pack(rule(match={"all": [r"\bstaff\b", pattern]}))))
    [problem] = error["details"]["problems"]
    assert (problem["rule"], problem["field"]) == ("recordings-access", "match.all[1]")
    assert words in problem["message"]


def long_pattern_rule():
    return rule(id="long", match={"all": ["recordings|" + "x" * MAX_PUBLISHED_PATTERN_CHARS]})


@pytest.mark.parametrize(
    ("document", "field", "words"),
    [
        (team_pack(*[rule(id=f"r{n}") for n in range(MAX_PUBLISHED_RULES + 1)]), "rules", "at most"),
        (team_pack(long_pattern_rule()), "match.all[0]", f"at most {MAX_PUBLISHED_PATTERN_CHARS}"),
        (team_pack(*[rule(id=f"r{n}", explanation="x" * 4000) for n in range(70)]), "pack", "KiB"),
    ],
)
def test_registry_limits_are_enforced(teams, document, field, words):
    assert (len(json.dumps(document)) > MAX_PUBLISHED_PACK_BYTES) == (field == "pack")
    error = problems_of(teams.publish(document))
    assert any(p["field"] == field and words in p["message"] for p in error["details"]["problems"])


def test_the_path_must_match_the_document(teams, registry_client):
    headers = bearer(teams.token("acme", "publisher"))
    for path, field in (
        ("/v1/packs/acme/other-name/1.0.0", "id"),
        ("/v1/packs/acme/source-safety/1.0.1", "version"),
    ):
        error = problems_of(registry_client.put(path, json=team_pack(), headers=headers))
        assert [p["field"] for p in error["details"]["problems"]] == [field]


def test_build_metadata_is_refused(teams):
    error = problems_of(teams.publish(team_pack(version="1.0.0+build.7")))
    assert "build metadata" in error["details"]["problems"][0]["message"]


@pytest.mark.parametrize(
    ("body", "content_type", "words"),
    [
        ("id: [unclosed", "application/yaml", "not valid YAML"),
        ("{", "application/json", "not valid JSON"),
        ("- a list", "application/yaml", "must be a mapping"),
    ],
)
def test_unreadable_documents_are_422(teams, registry_client, body, content_type, words):
    response = registry_client.put(
        "/v1/packs/acme/source-safety/1.0.0",
        data=body,
        content_type=content_type,
        headers=bearer(teams.token("acme", "publisher")),
    )
    assert words in problems_of(response)["details"]["problems"][0]["message"]


def test_a_body_that_is_not_utf8_is_400(teams, registry_client):
    response = registry_client.put(
        "/v1/packs/acme/source-safety/1.0.0", data=b"\xff\xfe\x00id", headers=bearer(teams.token("acme"))
    )
    assert (response.status_code, response.get_json()["error"]["code"]) == (400, "malformed_body")


def test_the_token_is_checked_before_the_body_is_read(teams, registry_client):
    path = "/v1/packs/acme/source-safety/1.0.0"
    assert registry_client.put(path, data=b"\xff\xfe").status_code == 401
    reader = bearer(teams.token("acme", "reader"))
    assert registry_client.put(path, data=b"\xff\xfe", headers=reader).status_code == 403
