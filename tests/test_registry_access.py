"""Who may do what in the registry: two teams isolated both ways, roles, tokens and revocation."""

import hashlib

import pytest
from clauselens.registry.tables import tokens
from sqlalchemy import select

from .registryhelpers import bearer, team_pack

RECORDINGS = "Our staff may access and review your recordings to improve quality."


@pytest.fixture
def published(teams):
    for team in ("acme", "globex"):
        assert teams.publish(team_pack(team=team)).status_code == 201
    return teams


def test_each_team_lists_only_its_own_packs(published, registry_client):
    for team, other in (("acme", "globex"), ("globex", "acme")):
        listing = registry_client.get("/v1/packs", headers=bearer(published.token(team, "reader"))).get_json()
        assert [entry["id"] for entry in listing["packs"]] == [f"{team}/source-safety"]
        assert other not in str(listing)


OTHER_TEAM_OPERATIONS = [
    ("get", "/v1/packs/{other}/source-safety", None),
    ("get", "/v1/packs/{other}/source-safety/1.0.0", None),
    ("post", "/v1/packs/{other}/source-safety/1.0.0/yank", None),
    ("post", "/v1/analyze", {"text": RECORDINGS, "packs": ["{other}/source-safety"]}),
    ("post", "/v1/analyze", {"text": RECORDINGS, "packs": ["{other}/source-safety@1.0.0"]}),
]


@pytest.mark.parametrize(("method", "path", "body"), OTHER_TEAM_OPERATIONS)
@pytest.mark.parametrize(("team", "other"), [("acme", "globex"), ("globex", "acme")])
def test_another_teams_packs_are_forbidden_both_ways(
    published, registry_client, method, path, body, team, other
):
    if body is not None:
        body = {**body, "packs": [ref.format(other=other) for ref in body["packs"]]}
    response = getattr(registry_client, method)(
        path.format(other=other), json=body, headers=bearer(published.token(team, "admin"))
    )
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "wrong_team"


@pytest.mark.parametrize(("team", "other"), [("acme", "globex"), ("globex", "acme")])
def test_a_team_cannot_publish_into_another_namespace(teams, team, other):
    response = teams.publish(team_pack(team=other), role="admin", team=team)
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "wrong_team"


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("get", "/v1/packs", None),
        ("get", "/v1/packs/acme/source-safety", None),
        ("put", "/v1/packs/acme/source-safety/2.0.0", team_pack(version="2.0.0")),
        ("post", "/v1/analyze", {"text": RECORDINGS, "packs": ["acme/source-safety"]}),
        ("get", "/v1/tokens", None),
    ],
)
@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({}, "token_required"),
        (bearer("clt_not-a-real-token"), "invalid_token"),
        ({"Authorization": "Basic x"}, "token_required"),
    ],
)
def test_a_missing_or_unknown_token_is_401(published, registry_client, method, path, body, headers, code):
    response = getattr(registry_client, method)(path, json=body, headers=headers)
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == code


ROLE_TABLE = [
    # (role, may read and analyse, may publish and yank, may manage tokens)
    ("reader", True, False, False),
    ("publisher", True, True, False),
    ("admin", True, True, True),
]


@pytest.mark.parametrize(("role", "reads", "publishes", "manages"), ROLE_TABLE)
def test_roles(published, registry_client, role, reads, publishes, manages):
    headers = bearer(published.token("acme", role))
    expected = {True: 200, False: 403}
    assert registry_client.get("/v1/packs/acme/source-safety", headers=headers).status_code == expected[reads]
    analysis = registry_client.post(
        "/v1/analyze", json={"text": RECORDINGS, "packs": ["acme/source-safety"]}, headers=headers
    )
    assert analysis.status_code == expected[reads]
    assert published.publish(team_pack(version="1.1.0"), role=role).status_code == (201 if publishes else 403)
    yank = registry_client.post("/v1/packs/acme/source-safety/1.0.0/yank", headers=headers)
    assert yank.status_code == expected[publishes]
    tokens_response = registry_client.get("/v1/tokens", headers=headers)
    assert tokens_response.status_code == expected[manages]
    if not manages:
        assert tokens_response.get_json()["error"]["code"] == "insufficient_role"
        assert tokens_response.get_json()["error"]["details"] == {"role": role, "needed": "admin"}


def test_revoking_a_token_takes_effect_at_once(published, registry_client):
    admin = bearer(published.token("acme"))
    reader = published.token("acme", "reader")
    body = {"text": RECORDINGS, "packs": ["acme/source-safety"]}
    assert registry_client.post("/v1/analyze", json=body, headers=bearer(reader)).status_code == 200
    reader_id = next(
        t["id"]
        for t in registry_client.get("/v1/tokens", headers=admin).get_json()["tokens"]
        if t["role"] == "reader"
    )
    revoked = registry_client.delete(f"/v1/tokens/{reader_id}", headers=admin)
    assert revoked.status_code == 200 and revoked.get_json()["revoked_at"]
    after = registry_client.post("/v1/analyze", json=body, headers=bearer(reader))
    assert (after.status_code, after.get_json()["error"]["code"]) == (401, "invalid_token")
    assert registry_client.get("/v1/packs", headers=bearer(reader)).status_code == 401
    # Revoking again is harmless; the other tokens still work.
    assert registry_client.delete(f"/v1/tokens/{reader_id}", headers=admin).status_code == 200
    assert (
        registry_client.get("/v1/packs", headers=bearer(published.token("acme", "publisher"))).status_code
        == 200
    )


def test_a_new_token_is_shown_once_and_listed_without_its_secret(teams, registry_client):
    admin = bearer(teams.token("acme"))
    created = registry_client.post("/v1/tokens", json={"role": "reader", "label": "laptop"}, headers=admin)
    assert created.status_code == 201
    secret = created.get_json()["token"]
    assert secret.startswith("clt_") and len(secret) > 40
    listing = registry_client.get("/v1/tokens", headers=admin).get_json()["tokens"]
    assert {"id": created.get_json()["id"], "role": "reader", "label": "laptop"}.items() <= listing[
        -1
    ].items()
    assert all("token" not in entry for entry in listing)
    assert secret not in str(listing)


def test_tokens_are_stored_only_as_hashes(teams, registry_app):
    engine = registry_app.extensions["clauselens.registry"].store.engine
    with engine.connect() as connection:
        stored = list(connection.execute(select(tokens)))
    secrets = [token for team in teams.tokens.values() for token in team.values()]
    assert len(stored) == len(secrets) == 6
    assert not any(secret in str(tuple(row)) for secret in secrets for row in stored)
    assert {row.token_hash for row in stored} == {hashlib.sha256(s.encode()).hexdigest() for s in secrets}


def test_token_ids_of_another_team_cannot_be_revoked(teams, registry_client):
    globex_tokens = registry_client.get("/v1/tokens", headers=bearer(teams.token("globex"))).get_json()[
        "tokens"
    ]
    response = registry_client.delete(
        f"/v1/tokens/{globex_tokens[1]['id']}", headers=bearer(teams.token("acme"))
    )
    assert (response.status_code, response.get_json()["error"]["code"]) == (404, "unknown_token")
    assert (
        registry_client.get("/v1/packs", headers=bearer(teams.token("globex", "publisher"))).status_code
        == 200
    )


def test_the_last_admin_token_cannot_be_revoked(teams, registry_client):
    admin = bearer(teams.token("acme"))
    admin_id = registry_client.get("/v1/tokens", headers=admin).get_json()["tokens"][0]["id"]
    refused = registry_client.delete(f"/v1/tokens/{admin_id}", headers=admin)
    assert (refused.status_code, refused.get_json()["error"]["code"]) == (409, "last_admin_token")
    second = registry_client.post("/v1/tokens", json={"role": "admin"}, headers=admin).get_json()["token"]
    assert registry_client.delete(f"/v1/tokens/{admin_id}", headers=bearer(second)).status_code == 200
    assert registry_client.get("/v1/tokens", headers=admin).status_code == 401


@pytest.mark.parametrize(
    "body", [{"role": "owner"}, {}, {"role": "reader", "label": "x" * 201}, {"role": "reader", "extra": 1}]
)
def test_token_requests_are_validated(teams, registry_client, body):
    response = registry_client.post("/v1/tokens", json=body, headers=bearer(teams.token("acme")))
    assert (response.status_code, response.get_json()["error"]["code"]) == (422, "validation_failed")


def test_team_names_are_unique_and_well_formed(registry_app, teams):
    registry = registry_app.extensions["clauselens.registry"]
    for name, status, code in (("acme", 409, "team_exists"), ("Big Team", 422, "invalid_team_name")):
        with pytest.raises(Exception) as refused:
            registry.create_team(name)
        assert (refused.value.status, refused.value.code) == (status, code)
