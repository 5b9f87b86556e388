"""Shared fixtures: the app on a temporary data directory, its test client, a live server."""

import threading

import pytest
from clauselens.api import create_app
from werkzeug.serving import make_server


@pytest.fixture
def app(tmp_path):
    return create_app({"TESTING": True, "CLAUSELENS_DATA": str(tmp_path / "data")})


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
