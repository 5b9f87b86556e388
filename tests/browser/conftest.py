"""Browser fixtures: Debian's Chromium with the unpacked extension, the real service, test pages.

The service is the real Flask app on a free port; an after_request hook records what the
extension sent and what the service answered, so tests can compare the page with both.
Explanations and pack reads are recorded too, apart from analyses.
"""

import functools
import json
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from flask import request
from playwright.sync_api import sync_playwright

from tests.conftest import LiveServer

from .chromium import CHROMIUM, CHROMIUM_ARGS, ROOT

PAGES_DIR = Path(__file__).resolve().parent / "pages"
WAIT_SECONDS = 15
TEAM_PACK_ID = "acme/source-safety"
STAFF_ACCESS = "Support engineers may access your recordings while they fix a problem you reported."


@dataclass
class AnalyzeCall:
    body: dict
    authorization: str | None
    status: int
    response: dict


@dataclass
class PackRead:
    path: str
    if_none_match: str | None
    authorization: str | None
    status: int


@dataclass
class RecordingService:
    """The live service, every /v1/analyze and /v1/explain call it answered, and its pack reads."""

    url: str
    calls: list[AnalyzeCall] = field(default_factory=list)
    explain_calls: list[AnalyzeCall] = field(default_factory=list)
    pack_reads: list[PackRead] = field(default_factory=list)
    analyze_delay_seconds: float = 0.0

    def calls_for(self, page_url: str) -> list[AnalyzeCall]:
        without_fragment = page_url.split("#", maxsplit=1)[0]
        return [call for call in self.calls if call.body.get("url", "").split("#")[0] == without_fragment]


@pytest.fixture
def service(app):
    recorded, explained, pack_reads = [], [], []
    settings = {}

    @app.before_request
    def slow_down():
        if request.path == "/v1/analyze" and settings["service"].analyze_delay_seconds:
            time.sleep(settings["service"].analyze_delay_seconds)

    @app.after_request
    def record(response):
        calls = {"/v1/analyze": recorded, "/v1/explain": explained}.get(request.path)
        if calls is not None:
            calls.append(
                AnalyzeCall(
                    request.get_json(silent=True) or {},
                    request.headers.get("Authorization"),
                    response.status_code,
                    response.get_json(silent=True) or {},
                )
            )
        elif request.path.startswith("/v1/packs") and request.method == "GET":
            headers = request.headers
            if_none_match, authorization = headers.get("If-None-Match"), headers.get("Authorization")
            pack_reads.append(PackRead(request.path, if_none_match, authorization, response.status_code))
        return response

    with LiveServer(app) as server:
        settings["service"] = RecordingService(server.url, recorded, explained, pack_reads)
        yield settings["service"]


def http(service, method: str, path: str, token: str, body: dict | None = None) -> tuple[int, dict]:
    """Calls the live service as a team member's tools would."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        service.url + path,
        data=data,
        method=method,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read() or b"{}")


@dataclass
class Team:
    service: object
    publisher: str
    reader: str

    def publish(self, document: dict) -> None:
        team, name = document["id"].split("/")
        path = f"/v1/packs/{team}/{name}/{document['version']}"
        status, body = http(self.service, "PUT", path, self.publisher, document)
        assert status == 201, body

    def yank(self, version: str) -> None:
        path = f"/v1/packs/{TEAM_PACK_ID}/{version}/yank"
        status, body = http(self.service, "POST", path, self.publisher)
        assert status == 200, body


@pytest.fixture
def acme(app, service):
    """Team acme on the live service, made as its admin would: the team, then tokens over HTTP."""
    admin = app.extensions["clauselens.registry"].create_team("acme")
    tokens = {}
    for role in ("publisher", "reader"):
        status, body = http(service, "POST", "/v1/tokens", admin, {"role": role})
        assert status == 201, body
        tokens[role] = body["token"]
    return Team(service, tokens["publisher"], tokens["reader"])


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def pages(tmp_path):
    """Serves tests/browser/pages (and extra files written to `pages.extra`) on a free port."""
    extra = tmp_path / "extra-pages"
    extra.mkdir()

    class Handler(_QuietHandler):
        def translate_path(self, path):
            served = Path(super().translate_path(path))
            relative = served.relative_to(PAGES_DIR)
            return str(extra / relative) if (extra / relative).exists() else str(served)

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(PAGES_DIR)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    yield type("Pages", (), {"url": staticmethod(lambda path: f"{base}/{path}"), "extra": extra})
    server.shutdown()
    thread.join()


@pytest.fixture
def recordings_page(pages):
    """The terms page with one more paragraph, which only the team's rule flags (core does not)."""
    html = (PAGES_DIR / "legal" / "terms.html").read_text()
    paragraph = f'<p id="staff-access">{STAFF_ACCESS}</p>\n\n      <h2 id="changes">'
    (pages.extra / "legal").mkdir()
    (pages.extra / "legal" / "recordings.html").write_text(html.replace('<h2 id="changes">', paragraph, 1))
    return pages.url("legal/recordings.html")


class Extension:
    """The browser with clauselens loaded, and what tests need of the extension's side."""

    def __init__(self, context, worker):
        self.context = context
        self.worker = worker
        self.id = worker.url.split("/")[2]

    def set_settings(self, **settings):
        self.worker.evaluate("(settings) => chrome.storage.sync.set(settings)", settings)

    def open(self, url):
        page = self.context.new_page()
        page.goto(url)
        return page

    def tab_id(self, page) -> int:
        tab_id = self.worker.evaluate(
            "async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id", page.url
        )
        assert tab_id is not None, f"no tab shows {page.url}"
        return tab_id

    def tab_state(self, tab_id) -> dict | None:
        return self.worker.evaluate(
            "async (key) => (await chrome.storage.session.get(key))[key] ?? null", f"tab:{tab_id}"
        )

    def wait_for_state(self, tab_id, predicate, timeout=WAIT_SECONDS) -> dict:
        deadline = time.monotonic() + timeout
        state = None
        while time.monotonic() < deadline:
            state = self.tab_state(tab_id)
            if state and predicate(state):
                return state
            time.sleep(0.05)
        raise AssertionError(f"tab state never matched; last: {json.dumps(state)[:500]}")

    def wait_for_highlights(self, page) -> dict:
        """Waits until the content script reported its highlights drawn; returns the tab state."""
        return self.wait_for_state(
            self.tab_id(page), lambda s: s.get("status") == "analysed" and s.get("drawn") is not None
        )

    def badge(self, tab_id) -> tuple[str, list[int]]:
        return self.worker.evaluate(
            """async (tabId) => [await chrome.action.getBadgeText({tabId}),
                                 await chrome.action.getBadgeBackgroundColor({tabId})]""",
            tab_id,
        )

    def open_popup(self, tab_id):
        popup = self.context.new_page()
        popup.goto(f"chrome-extension://{self.id}/popup/popup.html?tabId={tab_id}")
        return popup

    def open_options(self):
        options = self.context.new_page()
        options.goto(f"chrome-extension://{self.id}/options/options.html")
        return options

    def list_team_packs(self, token: str, pack_id: str = TEAM_PACK_ID):
        """`pack_id`'s entry in the options page, after entering `token` and listing the team's packs."""
        options = self.open_options()
        options.get_by_label("Team token").fill(token)
        options.get_by_role("button", name="Show team packs").click()
        listed = options.locator(f'[data-pack-id="{pack_id}"]')
        listed.wait_for()
        return listed


def launch(playwright, profile_dir, color_scheme="light"):
    if not CHROMIUM.exists():
        # Never skip: CI installs Chromium (scripts/test), so its absence is a broken setup.
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}; scripts/test installs it (apt-get install chromium)"
        )
    context = playwright.chromium.launch_persistent_context(
        str(profile_dir),
        executable_path=str(CHROMIUM),
        headless=True,
        args=CHROMIUM_ARGS,
        viewport={"width": 1280, "height": 900},
        color_scheme=color_scheme,
    )
    worker = (
        context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
    )
    return Extension(context, worker)


@pytest.fixture
def extension(tmp_path, service):
    """Chromium with the extension, pointed at the live service, default settings otherwise."""
    with sync_playwright() as playwright:
        loaded = launch(playwright, tmp_path / "profile")
        loaded.set_settings(serverUrl=service.url)
        yield loaded
        loaded.context.close()


@pytest.fixture
def screenshots_dir():
    folder = ROOT / "var" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
