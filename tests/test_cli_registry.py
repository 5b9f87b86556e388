"""The CLI end to end against a live server: team, tokens, init, test, publish, and refusals."""

import json
import socket
import urllib.request

import pytest

from .clihelpers import one_line, run_clauselens
from .conftest import LiveServer

RECORDINGS = "Our staff may access and review your recordings to improve quality."


@pytest.fixture
def server(registry_app):
    with LiveServer(registry_app) as live:
        yield live


@pytest.fixture
def server_side(tmp_path, database_url):
    """The environment of a command run on the server: the same database as the service."""
    return {"CLAUSELENS_DATA": str(tmp_path / "data"), "DATABASE_URL": database_url}


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def analyze(server, token, packs):
    request = urllib.request.Request(
        f"{server.url}/v1/analyze",
        data=json.dumps({"text": RECORDINGS, "packs": packs}).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read())


def test_write_test_publish_and_use_a_team_pack(tmp_path, server, server_side):
    def cli(*arguments, token=None):
        env = {**server_side, "CLAUSELENS_SERVER": server.url}
        if token:
            env["CLAUSELENS_TOKEN"] = token
        return run_clauselens(*arguments, cwd=tmp_path, env=env)

    created = cli("team", "create", "acme")
    assert created.returncode == 0, created.stderr
    admin = created.stdout.strip()
    assert admin.startswith("clt_") and "shown only this once" in created.stderr
    assert "already a team acme" in one_line(cli("team", "create", "acme").stderr)

    publisher = cli("token", "create", "--role", "publisher", "--label", "ci", token=admin).stdout.strip()
    reader = cli("token", "create", "--role", "reader", token=admin).stdout.strip()
    assert publisher.startswith("clt_") and reader.startswith("clt_")

    assert cli("pack", "init", "acme/source-safety").returncode == 0
    assert cli("pack", "test", "source-safety.yaml").returncode == 0
    published = cli("pack", "publish", "source-safety.yaml", token=publisher)
    assert published.returncode == 0, published.stderr
    assert published.stdout.strip() == f"Published acme/source-safety@0.1.0 to {server.url}."

    status, analysis = analyze(server, reader, ["acme/source-safety"])
    assert status == 200
    [finding] = analysis["clauses"][0]["findings"]
    assert (finding["pack"], finding["rule"]) == (
        "acme/source-safety@0.1.0",
        "acme/source-safety/recordings-access",
    )

    again = cli("pack", "publish", "source-safety.yaml", token=publisher)
    assert again.returncode == 1
    assert "(409 version_exists)" in one_line(again.stderr)
    assert "raise the version in source-safety.yaml" in again.stderr

    as_reader = cli("pack", "publish", "source-safety.yaml", token=reader)
    assert as_reader.returncode == 1 and "(403 insufficient_role)" in one_line(as_reader.stderr)

    unknown = cli("pack", "publish", "source-safety.yaml", token="clt_unknown")
    assert unknown.returncode == 1
    assert "(401 invalid_token)" in one_line(unknown.stderr) and "check --token" in unknown.stderr

    text = (tmp_path / "source-safety.yaml").read_text(encoding="utf-8")
    broken = text.replace("version: 0.1.0", "version: 0.2.0").replace(r"'\brecordings?\b'", r"'(record)\1'")
    (tmp_path / "broken.yaml").write_text(broken, encoding="utf-8")
    refused = cli("pack", "publish", "broken.yaml", token=publisher)
    assert refused.returncode == 1
    first_line, *problem_lines = refused.stderr.strip().splitlines()
    assert "(422 invalid_pack)" in first_line and "recordings-access" in first_line
    assert problem_lines == [
        "  rule recordings-access, field match.all[1]: backreferences are not supported by RE2 "
        r"(linear-time matching): invalid escape sequence: \1 (pattern: (record)\1)"
    ]

    listed = cli("token", "list", token=admin)
    reader_id = next(line.split()[0] for line in listed.stdout.splitlines() if " reader " in line)
    revoked = cli("token", "revoke", reader_id, token=admin)
    assert revoked.returncode == 0 and f"Revoked reader token {reader_id}" in revoked.stdout
    assert analyze(server, reader, ["acme/source-safety"])[0] == 401
    assert "(403 insufficient_role)" in one_line(cli("token", "list", token=publisher).stderr)


def test_another_team_cannot_publish_into_acme(tmp_path, server, server_side):
    run_clauselens("team", "create", "acme", env=server_side)
    globex_admin = run_clauselens("team", "create", "globex", env=server_side).stdout.strip()
    run_clauselens("pack", "init", "acme/source-safety", cwd=tmp_path)
    result = run_clauselens(
        "pack", "publish", "source-safety.yaml", "--server", server.url, "--token", globex_admin, cwd=tmp_path
    )
    assert result.returncode == 1
    assert "(403 wrong_team)" in one_line(result.stderr)


def test_an_unreachable_server_is_one_clear_line(tmp_path):
    run_clauselens("pack", "init", "acme/source-safety", cwd=tmp_path)
    url = closed_port_url()
    result = run_clauselens(
        "pack", "publish", "source-safety.yaml", "--server", url, "--token", "x", cwd=tmp_path
    )
    assert result.returncode == 1
    assert one_line(result.stderr).startswith(f"clauselens: cannot reach {url}:")
