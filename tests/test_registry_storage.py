"""The registry's storage: the default SQLite file, migrations, restart persistence, and
concurrent publishes of one version from two service instances."""

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from clauselens.errors import ClauselensError
from clauselens.registry.database import database_url as database_url_of
from clauselens.registry.migrations import MIGRATIONS, migrate
from clauselens.registry.store import RegistryStore
from clauselens.registry.tables import metadata, pack_versions, packs
from sqlalchemy import func, inspect, select, text

from .conftest import LiveServer
from .registryhelpers import bearer, team_pack


def test_the_default_database_is_a_sqlite_file_in_the_data_folder(tmp_path):
    folder = tmp_path / "not" / "there" / "yet"
    url = database_url_of({"CLAUSELENS_DATA": str(folder), "DATABASE_URL": ""})
    assert url == f"sqlite+pysqlite:///{folder / 'clauselens.sqlite3'}"
    assert folder.is_dir()


@pytest.mark.parametrize(
    ("configured", "expected"),
    [
        ("postgresql://u:p@db:5432/cl", "postgresql+psycopg://u:p@db:5432/cl"),
        ("postgres://u@db/cl", "postgresql+psycopg://u@db/cl"),
        ("postgresql+psycopg://u@db/cl", "postgresql+psycopg://u@db/cl"),
    ],
)
def test_database_url_uses_psycopg_for_postgresql(tmp_path, configured, expected):
    assert database_url_of({"CLAUSELENS_DATA": str(tmp_path), "DATABASE_URL": configured}) == expected


def test_the_migrated_schema_is_the_one_the_queries_use(registry_app):
    engine = registry_app.extensions["clauselens.registry"].store.engine
    inspector = inspect(engine)
    for table in metadata.sorted_tables:
        assert {c["name"] for c in inspector.get_columns(table.name)} == set(table.columns.keys())
    unique = {tuple(c["column_names"]) for c in inspector.get_unique_constraints("pack_versions")}
    assert ("pack_id", "version") in unique


def test_migrating_again_changes_nothing_and_a_newer_schema_is_refused(registry_app):
    engine = registry_app.extensions["clauselens.registry"].store.engine
    assert migrate(engine) == migrate(engine) == len(MIGRATIONS)
    with engine.begin() as connection:
        assert connection.execute(text("SELECT count(*) FROM schema_version")).scalar() == len(MIGRATIONS)
        connection.execute(
            text("INSERT INTO schema_version (version) VALUES (:v)"), {"v": len(MIGRATIONS) + 1}
        )
    with pytest.raises(ClauselensError, match="Upgrade clauselens"):
        migrate(engine)


def test_everything_survives_a_restart(make_registry_app, tmp_path, database_url):
    first = make_registry_app()
    registry = first.extensions["clauselens.registry"]
    admin = registry.create_team("acme")
    client = first.test_client()
    reader = client.post("/v1/tokens", json={"role": "reader"}, headers=bearer(admin)).get_json()["token"]
    path = "/v1/packs/acme/source-safety/1.0.0"
    assert client.put(path, json=team_pack(), headers=bearer(admin)).status_code == 201
    client.post(f"{path}/yank", headers=bearer(admin))
    registry.store.close()
    if not database_url:
        assert (Path(tmp_path) / "data" / "clauselens.sqlite3").is_file()

    restarted = make_registry_app().test_client()
    exact = restarted.get(path, headers=bearer(reader))
    assert exact.status_code == 200 and exact.get_json()["yanked"] is True
    analysis = restarted.post(
        "/v1/analyze",
        json={"text": "Our staff may review your recordings.", "packs": ["acme/source-safety@1.0.0"]},
        headers=bearer(reader),
    )
    assert analysis.get_json()["clauses"][0]["findings"][0]["pack"] == "acme/source-safety@1.0.0"
    assert restarted.put(path, json=team_pack(), headers=bearer(admin)).status_code == 409


def put(url: str, token: str, document: dict) -> int:
    headers = {**bearer(token), "Content-Type": "application/json"}
    request = urllib.request.Request(url, data=json.dumps(document).encode(), method="PUT", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as refused:
        return refused.code


def race(servers, token: str, version: str) -> list[int]:
    """PUT one version through every server at the same moment; the statuses they answered."""
    path = f"/v1/packs/acme/source-safety/{version}"
    start = threading.Barrier(len(servers))
    statuses = []

    def publish(server, title):
        start.wait()
        statuses.append(put(server.url + path, token, team_pack(version=version, title=title)))

    threads = [
        threading.Thread(target=publish, args=(server, f"from instance {n}"))
        for n, server in enumerate(servers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


CONCURRENT_ROUNDS = 5


def test_concurrent_publishes_of_one_version_from_two_instances_store_it_once(make_registry_app):
    instances = [make_registry_app(), make_registry_app()]
    admin = instances[0].extensions["clauselens.registry"].create_team("acme")
    with LiveServer(instances[0]) as first, LiveServer(instances[1]) as second:
        # Round 0 also races to create the pack row itself; later rounds race on versions only.
        for round_number in range(CONCURRENT_ROUNDS):
            statuses = race([first, second], admin, f"1.{round_number}.0")
            assert sorted(statuses) == [201, 409], f"round {round_number}: {statuses}"

    engine = instances[0].extensions["clauselens.registry"].store.engine
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(packs)).scalar() == 1
        versions = connection.execute(select(pack_versions.c.version, pack_versions.c.title)).all()
    assert sorted(v for v, _ in versions) == [f"1.{n}.0" for n in range(CONCURRENT_ROUNDS)]
    assert all(title.startswith("from instance ") for _, title in versions)


STARTING_INSTANCES = 3
_START_AND_MIGRATE = """
import sys, time
from pathlib import Path
from clauselens.registry.store import RegistryStore
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.005)
RegistryStore.open(sys.argv[1]).close()
"""


def test_instances_starting_together_migrate_the_database_once(tmp_path, database_url):
    # Separate processes, as gunicorn workers are (and Python 3.11's parser is not thread-safe).
    url = database_url_of({"CLAUSELENS_DATA": str(tmp_path / "data"), "DATABASE_URL": database_url})
    go = tmp_path / "go"
    starting = [
        subprocess.Popen(
            [sys.executable, "-c", _START_AND_MIGRATE, url, str(go)], stderr=subprocess.PIPE, text=True
        )
        for _ in range(STARTING_INSTANCES)
    ]
    time.sleep(1)
    go.touch()
    errors = [process.communicate(timeout=120)[1] for process in starting]
    assert [process.returncode for process in starting] == [0] * STARTING_INSTANCES, errors
    store = RegistryStore.open(url)
    try:
        with store.engine.connect() as connection:
            versions = connection.execute(text("SELECT version FROM schema_version")).scalars().all()
    finally:
        store.close()
    assert sorted(versions) == list(range(1, len(MIGRATIONS) + 1))
