"""Teams, tokens and publishing in registry tests."""

import json

import yaml

from .packhelpers import pack, rule


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def team_pack(*rules, team: str = "acme", name: str = "source-safety", version: str = "1.0.0", **changes):
    return pack(*rules, id=f"{team}/{name}", version=version, **changes)


class Teams:
    """acme and globex, each with an admin, a publisher and a reader token."""

    def __init__(self, app):
        self.client = app.test_client()
        registry = app.extensions["clauselens.registry"]
        self.tokens = {}
        for team in ("acme", "globex"):
            admin = registry.create_team(team)
            self.tokens[team] = {"admin": admin}
            for role in ("publisher", "reader"):
                response = self.client.post("/v1/tokens", json={"role": role}, headers=bearer(admin))
                assert response.status_code == 201, response.get_json()
                self.tokens[team][role] = response.get_json()["token"]

    def token(self, team: str, role: str = "admin") -> str:
        return self.tokens[team][role]

    def publish(
        self, document: dict, role: str = "publisher", as_yaml: bool = False, team: str | None = None
    ):
        """PUT ``document`` where its id and version say, with a token of ``team`` (default: its own)."""
        pack_team, name = document["id"].split("/")
        token = self.token(team or pack_team, role)
        path = f"/v1/packs/{pack_team}/{name}/{document['version']}"
        if as_yaml:
            body, content_type = yaml.safe_dump(document, sort_keys=False), "application/yaml"
        else:
            body, content_type = json.dumps(document), "application/json"
        return self.client.put(path, data=body, content_type=content_type, headers=bearer(token))


__all__ = ["Teams", "bearer", "rule", "team_pack"]
