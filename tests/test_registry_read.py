"""Reading the registry: latest by semver, ETags with If-None-Match, and yanking."""

import pytest

from .registryhelpers import bearer, rule, team_pack


@pytest.fixture
def reader(teams):
    return bearer(teams.token("acme", "reader"))


def test_latest_is_the_highest_release_not_yanked(teams, registry_client, reader):
    for version in ("1.0.0", "1.10.0", "1.9.0", "2.0.0-beta.1"):
        assert teams.publish(team_pack(version=version)).status_code == 201
    latest = registry_client.get("/v1/packs/acme/source-safety", headers=reader).get_json()
    assert latest["version"] == "1.10.0"
    [entry] = registry_client.get("/v1/packs", headers=reader).get_json()["packs"]
    assert entry["latest"] == "1.10.0"
    assert [v["version"] for v in entry["versions"]] == ["1.0.0", "1.10.0", "1.9.0", "2.0.0-beta.1"]


def test_a_prerelease_is_latest_only_when_there_is_no_release(teams, registry_client, reader):
    for version in ("0.1.0-alpha", "0.1.0-alpha.2"):
        teams.publish(team_pack(version=version))
    assert (
        registry_client.get("/v1/packs/acme/source-safety", headers=reader).get_json()["version"]
        == "0.1.0-alpha.2"
    )


def test_reads_carry_an_etag_and_answer_if_none_match_with_304(teams, registry_client, reader):
    teams.publish(team_pack())
    for path in ("/v1/packs", "/v1/packs/acme/source-safety", "/v1/packs/acme/source-safety/1.0.0"):
        first = registry_client.get(path, headers=reader)
        etag = first.headers["ETag"]
        assert first.status_code == 200 and etag
        assert "Authorization" in first.headers["Vary"]
        again = registry_client.get(path, headers={**reader, "If-None-Match": etag})
        assert (again.status_code, again.data) == (304, b"")
        other = registry_client.get(path, headers={**reader, "If-None-Match": '"something-else"'})
        assert other.status_code == 200


def test_the_etag_changes_when_what_it_describes_changes(teams, registry_client, reader):
    teams.publish(team_pack())
    etags = lambda: [  # noqa: E731
        registry_client.get(path, headers=reader).headers["ETag"]
        for path in ("/v1/packs", "/v1/packs/acme/source-safety", "/v1/packs/acme/source-safety/1.0.0")
    ]
    before = etags()
    teams.publish(team_pack(rule(title="Changed"), version="1.1.0"))
    after_publish = etags()
    assert after_publish[0] != before[0] and after_publish[1] != before[1]
    assert after_publish[2] == before[2]  # a published version never changes
    registry_client.post("/v1/packs/acme/source-safety/1.0.0/yank", headers=bearer(teams.token("acme")))
    assert etags()[2] != after_publish[2]


def test_a_yanked_version_is_hidden_from_latest_but_still_readable(teams, registry_client, reader):
    publisher = bearer(teams.token("acme", "publisher"))
    teams.publish(team_pack(version="1.0.0"))
    teams.publish(team_pack(version="1.1.0"))
    yanked = registry_client.post("/v1/packs/acme/source-safety/1.1.0/yank", headers=publisher)
    assert yanked.status_code == 200
    assert yanked.get_json()["yanked"] is True and yanked.get_json()["yanked_at"]
    assert (
        registry_client.get("/v1/packs/acme/source-safety", headers=reader).get_json()["version"] == "1.0.0"
    )
    exact = registry_client.get("/v1/packs/acme/source-safety/1.1.0", headers=reader)
    assert exact.status_code == 200 and exact.get_json()["yanked"] is True
    [entry] = registry_client.get("/v1/packs", headers=reader).get_json()["packs"]
    assert entry["latest"] == "1.0.0"
    assert {v["version"]: v["yanked"] for v in entry["versions"]} == {"1.0.0": False, "1.1.0": True}
    # Publishing a yanked version again is still a conflict: versions never change.
    assert teams.publish(team_pack(version="1.1.0")).status_code == 409
    registry_client.post("/v1/packs/acme/source-safety/1.1.0/unyank", headers=publisher)
    assert (
        registry_client.get("/v1/packs/acme/source-safety", headers=reader).get_json()["version"] == "1.1.0"
    )


def test_when_every_version_is_yanked_there_is_no_latest(teams, registry_client, reader):
    teams.publish(team_pack())
    registry_client.post("/v1/packs/acme/source-safety/1.0.0/yank", headers=bearer(teams.token("acme")))
    response = registry_client.get("/v1/packs/acme/source-safety", headers=reader)
    assert (response.status_code, response.get_json()["error"]["code"]) == (404, "unknown_pack")
    assert "yanked" in response.get_json()["error"]["message"]
    assert registry_client.get("/v1/packs", headers=reader).get_json()["packs"][0]["latest"] is None


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/v1/packs/acme/nosuch"),
        ("get", "/v1/packs/acme/source-safety/9.9.9"),
        ("get", "/v1/packs/acme/nosuch/1.0.0"),
        ("post", "/v1/packs/acme/source-safety/9.9.9/yank"),
    ],
)
def test_unknown_packs_and_versions_are_404(teams, registry_client, method, path):
    teams.publish(team_pack())
    response = getattr(registry_client, method)(path, headers=bearer(teams.token("acme")))
    assert (response.status_code, response.get_json()["error"]["code"]) == (404, "unknown_pack")


def test_openapi_describes_the_registry(registry_client):
    spec = registry_client.get("/v1/openapi.json").get_json()
    paths = spec["paths"]
    assert {"get", "put"} <= set(paths["/v1/packs/{team}/{name}/{version}"])
    assert "post" in paths["/v1/packs/{team}/{name}/{version}/yank"]
    assert {"get", "post"} <= set(paths["/v1/tokens"]) and "delete" in paths["/v1/tokens/{token_id}"]
    put = paths["/v1/packs/{team}/{name}/{version}"]["put"]
    assert {"201", "401", "403", "409", "422"} <= set(put["responses"])
    assert "304" in paths["/v1/packs"]["get"]["responses"]
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert "PublishedPack" in spec["components"]["schemas"]
