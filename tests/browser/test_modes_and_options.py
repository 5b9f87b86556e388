"""When pages are sent: auto modes, pages that are not legal, the options page, token and packs."""

import time

from .probes import PAGE_AS_SERVED, highlight_count
from .test_popup_and_badge import closed_port_url

TERMS = "legal/terms.html"
SETTLE_SECONDS = 1.5
ADD_PARAGRAPH = """(text) => {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  document.querySelector('article').append(paragraph);
}"""


def test_auto_mode_off_set_in_options_leaves_the_page_untouched(extension, service, pages):
    options = extension.open_options()
    options.get_by_label("Off").check()
    options.get_by_text("Saved. It applies").wait_for()
    assert (
        extension.worker.evaluate("async () => (await chrome.storage.sync.get('autoMode')).autoMode") == "off"
    )

    page = extension.open(pages.url(TERMS))
    tab_id = extension.tab_id(page)
    extension.wait_for_state(tab_id, lambda s: s["status"] == "off")
    time.sleep(SETTLE_SECONDS)
    assert service.calls == []
    assert highlight_count(page) == 0
    assert page.evaluate("() => document.body.innerHTML") == page.evaluate(PAGE_AS_SERVED)
    assert page.evaluate("() => document.querySelector('[data-clauselens-tooltip]')") is None
    assert extension.badge(tab_id)[0] == ""


def test_a_page_that_does_not_look_legal_is_never_sent(extension, service, pages):
    page = extension.open(pages.url("blog/pasta.html"))
    tab_id = extension.tab_id(page)
    extension.wait_for_state(tab_id, lambda s: s["status"] == "not-legal")
    # More text arriving later (a substantial change) must not make it look legal either.
    page.evaluate(ADD_PARAGRAPH, "More pasta tips. " * 60)
    time.sleep(SETTLE_SECONDS + 1.5)
    assert service.calls == []
    assert highlight_count(page) == 0
    assert extension.badge(tab_id)[0] == ""


def test_ask_mode_marks_a_legal_page_and_waits_for_the_user(extension, service, pages):
    extension.set_settings(autoMode="ask")
    page = extension.open(pages.url(TERMS))
    tab_id = extension.tab_id(page)
    extension.wait_for_state(tab_id, lambda s: s["status"] == "ask")
    assert extension.badge(tab_id)[0] == "?"
    assert service.calls == []

    popup = extension.open_popup(tab_id)
    popup.get_by_role("button", name="Analyse this page").click()
    extension.wait_for_highlights(page)
    assert len(service.calls_for(page.url)) == 1


def test_the_context_menu_handler_analyses_the_page(extension, service, pages):
    extension.set_settings(autoMode="off")
    page = extension.open(pages.url(TERMS))
    tab_id = extension.tab_id(page)
    extension.wait_for_state(tab_id, lambda s: s["status"] == "off")
    extension.worker.evaluate(
        "(tabId) => clauselens.onMenuClick({menuItemId: 'clauselens-analyze-page'}, {id: tabId})", tab_id
    )
    extension.wait_for_highlights(page)
    assert highlight_count(page) > 0


def test_options_test_connection_reports_success_and_failure(extension, service, pages):
    options = extension.open_options()
    url_field = options.get_by_label("Service URL")
    assert url_field.input_value() == service.url
    status = options.locator("#service-status")

    options.get_by_role("button", name="Test connection").click()
    options.get_by_text("Connected: clauselens").wait_for()
    assert "core" in status.inner_text()

    unreachable = closed_port_url()
    url_field.fill(unreachable + "/")
    options.get_by_role("button", name="Test connection").click()
    options.get_by_text("No clauselens service at").wait_for()
    assert unreachable in status.inner_text()
    stored = extension.worker.evaluate("async () => (await chrome.storage.sync.get('serverUrl')).serverUrl")
    assert stored == unreachable

    url_field.fill("ftp://example.org")
    options.get_by_role("button", name="Save").click()
    options.get_by_text("must start with http").wait_for()


def test_analyses_send_the_team_token_and_subscribed_packs(extension, service, pages):
    extension.set_settings(token="team-token-123", packs=["core"])
    page = extension.open(pages.url(TERMS))
    extension.wait_for_highlights(page)
    [call] = service.calls_for(page.url)
    assert call.authorization == "Bearer team-token-123"
    assert call.body["packs"] == ["core"]
    assert call.status == 200


def test_without_token_or_packs_the_request_has_neither(extension, service, pages):
    page = extension.open(pages.url(TERMS))
    extension.wait_for_highlights(page)
    [call] = service.calls_for(page.url)
    assert call.authorization is None
    assert "packs" not in call.body
