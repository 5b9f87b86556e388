"""/v1/analyze with team packs: the caller's token decides, findings name pack and version."""

import pytest

from .registryhelpers import bearer, rule, team_pack

TEXT = (
    "Our staff may access and review your recordings to improve quality. "
    "You grant us a perpetual, irrevocable licence to your content."
)
SHARING_RULE = rule(
    id="sources-shared",
    category="data-sharing",
    severity="medium",
    title="Your contacts may be shared",
    summary="They may pass on who you talk to.",
    match={"all": [r"\bcontacts?\b", r"\bshare\b"]},
    examples={"match": ["We may share your contacts."], "no_match": ["We keep your contacts private."]},
)


def analyze(client, packs, token=None, text=TEXT):
    return client.post(
        "/v1/analyze", json={"text": text, "packs": packs}, headers=bearer(token) if token else {}
    )


def findings(response):
    assert response.status_code == 200, response.get_json()
    return [(f["pack"], f["rule"]) for clause in response.get_json()["clauses"] for f in clause["findings"]]


def test_findings_name_their_pack_and_version(teams, registry_client):
    teams.publish(team_pack())
    response = analyze(registry_client, ["core", "acme/source-safety"], teams.token("acme", "reader"))
    found = findings(response)
    assert ("acme/source-safety@1.0.0", "acme/source-safety/recordings-access") in found
    assert any(pack.startswith("core@") for pack, _ in found)
    assert {"id": "acme/source-safety", "version": "1.0.0"} in response.get_json()["packs"]


def test_a_pinned_version_keeps_its_rules_and_latest_follows_publishing(teams, registry_client):
    reader = teams.token("acme", "reader")
    teams.publish(team_pack())
    teams.publish(team_pack(rule(), SHARING_RULE, version="1.1.0"))
    text = TEXT + " We may share your contacts with partners."
    latest = findings(analyze(registry_client, ["acme/source-safety"], reader, text))
    assert ("acme/source-safety@1.1.0", "acme/source-safety/sources-shared") in latest
    pinned = findings(analyze(registry_client, ["acme/source-safety@1.0.0"], reader, text))
    assert pinned == [("acme/source-safety@1.0.0", "acme/source-safety/recordings-access")]


def test_a_yanked_version_still_resolves_by_exact_version_only(teams, registry_client):
    reader = teams.token("acme", "reader")
    teams.publish(team_pack())
    teams.publish(team_pack(version="1.1.0"))
    registry_client.post("/v1/packs/acme/source-safety/1.1.0/yank", headers=bearer(teams.token("acme")))
    assert (
        findings(analyze(registry_client, ["acme/source-safety"], reader))[0][0] == "acme/source-safety@1.0.0"
    )
    assert findings(analyze(registry_client, ["acme/source-safety@1.1.0"], reader))[0][0] == (
        "acme/source-safety@1.1.0"
    )


@pytest.mark.parametrize(
    ("packs", "token_of", "status", "code"),
    [
        (["acme/source-safety"], None, 401, "token_required"),
        (["core", "acme/source-safety@1.0.0"], None, 401, "token_required"),
        (["acme/source-safety"], "globex", 403, "wrong_team"),
        (["acme/nosuch"], "acme", 404, "unknown_pack"),
        (["acme/source-safety@9.9.9"], "acme", 404, "unknown_pack"),
        (["acme/Source Safety"], "acme", 422, "invalid_pack_ref"),
    ],
)
def test_refusals_follow_the_error_contract(teams, registry_client, packs, token_of, status, code):
    teams.publish(team_pack())
    token = teams.token(token_of, "reader") if token_of else None
    response = analyze(registry_client, packs, token)
    assert response.status_code == status
    assert response.get_json()["error"]["code"] == code


def test_core_alone_needs_no_token(registry_client):
    assert analyze(registry_client, ["core"]).status_code == 200


def test_compiled_packs_are_cached_by_pack_and_version_and_bounded(teams, registry_app):
    from clauselens.packrefs import parse_ref

    team_packs = registry_app.extensions["clauselens.packs"].team_packs
    team_packs.cache_size = 2
    reader = teams.token("acme", "reader")
    for version in ("1.0.0", "1.1.0", "1.2.0"):
        teams.publish(team_pack(version=version))
    first = team_packs.resolve(parse_ref("acme/source-safety@1.0.0"), reader)
    assert team_packs.resolve(parse_ref("acme/source-safety@1.0.0"), reader) is first
    assert team_packs.resolve(parse_ref("acme/source-safety"), reader).version == "1.2.0"
    assert team_packs.cached_refs() == ["acme/source-safety@1.0.0", "acme/source-safety@1.2.0"]
    team_packs.resolve(parse_ref("acme/source-safety@1.1.0"), reader)
    assert team_packs.cached_refs() == ["acme/source-safety@1.2.0", "acme/source-safety@1.1.0"]


def test_a_cached_pack_still_needs_a_valid_token_of_its_team(teams, registry_client):
    teams.publish(team_pack())
    assert (
        analyze(registry_client, ["acme/source-safety@1.0.0"], teams.token("acme", "reader")).status_code
        == 200
    )
    refused = analyze(registry_client, ["acme/source-safety@1.0.0"], teams.token("globex", "reader"))
    assert refused.status_code == 403
