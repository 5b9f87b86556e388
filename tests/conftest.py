"""Shared fixtures: the app on a temporary data directory, its test client, a live server, and the
registry on both database back ends (SQLite file, PostgreSQL server)."""

import os
import threading
import uuid

import psycopg
import pytest
from clauselens.api import create_app
from sqlalchemy.engine import make_url
from werkzeug.serving import make_server

from .registryhelpers import Teams

POSTGRES_URL_VARIABLE = "CLAUSELENS_TEST_POSTGRES_URL"


@pytest.fixture
def app(tmp_path):
    app = create_app({"TESTING": True, "CLAUSELENS_DATA": str(tmp_path / "data")})
    yield app
    app.extensions["clauselens.registry"].store.close()


@pytest.fixture
def client(app):
    return app.test_client()


class LiveServer:
    """A real HTTP server around an app, on a free loopback port, in a thread."""

    def __init__(self, app):
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc_info):
        self.server.shutdown()
        self.thread.join()


@pytest.fixture
def live_server(app):
    with LiveServer(app) as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request):
    """ "" for the default SQLite file in CLAUSELENS_DATA, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield ""
        return
    server_url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not server_url:
        reason = f"{POSTGRES_URL_VARIABLE} is not set (scripts/with-postgres starts a server and sets it)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"the PostgreSQL variant must run in CI: {reason}")
        pytest.skip(reason)
    name = f"clauselens_test_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def make_registry_app(tmp_path, database_url):
    """Makes apps on one database (as after a restart, or several instances), and closes them."""
    apps = []

    def make():
        app = create_app(
            {"TESTING": True, "CLAUSELENS_DATA": str(tmp_path / "data"), "DATABASE_URL": database_url}
        )
        apps.append(app)
        return app

    yield make
    for made in apps:
        made.extensions["clauselens.registry"].store.close()


@pytest.fixture
def registry_app(make_registry_app):
    return make_registry_app()


@pytest.fixture
def registry_client(registry_app):
    return registry_app.test_client()


@pytest.fixture
def teams(registry_app):
    """Two teams on one server, acme and globex, each with a token of every role."""
    return Teams(registry_app)
