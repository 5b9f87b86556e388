"""The toolbar badge and the popup: counts, clauses by category, scrolling, the switch, errors."""

import socket
import time

from .probes import PAGE_AS_SERVED, highlight_count

TERMS = "legal/terms.html"
SEVERITY_ORDER = ["high", "medium", "low"]
BADGE_RGB = {"high": [197, 34, 31, 255], "medium": [185, 80, 0, 255], "low": [138, 109, 0, 255]}


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_badge_shows_the_number_of_risky_clauses_in_the_worst_colour(extension, service, pages):
    page = extension.open(pages.url(TERMS))
    extension.wait_for_highlights(page)
    [call] = service.calls_for(page.url)
    risky = [clause for clause in call.response["clauses"] if clause["risky"]]
    assert 0 < len(risky) < len(call.response["clauses"]), "the page should have risky and non-risky clauses"
    worst = min((clause["severity"] for clause in risky), key=SEVERITY_ORDER.index)
    text, colour = extension.badge(extension.tab_id(page))
    assert text == str(len(risky))
    assert colour == BADGE_RGB[worst]


def test_popup_lists_clauses_by_category_and_a_click_scrolls_to_the_clause(extension, service, pages):
    page = extension.open(pages.url(TERMS))
    extension.wait_for_highlights(page)
    [call] = service.calls_for(page.url)
    clauses = call.response["clauses"]
    popup = extension.open_popup(extension.tab_id(page))
    popup.locator(".clause").first.wait_for()

    assert popup.locator(".grade").inner_text() == call.response["summary"]["grade"]
    for severity, count in call.response["summary"]["counts"].items():
        assert popup.locator(f'.count[data-severity="{severity}"]').inner_text().startswith(str(count))
    assert popup.locator(".clause").count() == len(clauses)
    listed_categories = popup.locator(".category").evaluate_all(
        "(sections) => sections.map((s) => s.dataset.category)"
    )
    assert len(listed_categories) == len(set(listed_categories))
    assert set(listed_categories) <= {f["category"] for c in clauses for f in c["findings"]}

    last = clauses[-1]
    assert page.evaluate("() => window.scrollY") == 0
    popup.locator(f'.clause[data-clause-id="{last["id"]}"]').click()
    target = page.locator(f'clauselens-highlight[data-clauselens-id="{last["id"]}"]').first
    page.wait_for_function("() => window.scrollY > 0")
    assert target.get_attribute("data-clauselens-flash") == ""
    box = target.evaluate("(element) => element.getBoundingClientRect().toJSON()")
    viewport_height = page.evaluate("() => window.innerHeight")
    assert box["top"] >= 0 and box["bottom"] <= viewport_height


def test_the_switch_removes_highlights_and_restores_the_page_exactly(extension, service, pages):
    extension.set_settings(autoMode="off")
    page = extension.open(pages.url(TERMS))
    tab_id = extension.tab_id(page)
    extension.wait_for_state(tab_id, lambda s: s["status"] == "off")
    page.evaluate("() => { window.probeNode = document.querySelector('#inline-clause').firstChild; }")
    before = page.evaluate(
        "() => ({text: document.body.innerText, html: document.body.innerHTML, probe: window.probeNode.data})"
    )

    popup = extension.open_popup(tab_id)
    popup.get_by_role("button", name="Analyse this page").click()
    extension.wait_for_state(tab_id, lambda s: s.get("drawn"))
    assert highlight_count(page) > 0
    assert page.evaluate("() => document.body.innerText") == before["text"]

    switch = popup.get_by_role("switch")
    switch.wait_for()
    switch.uncheck()
    extension.wait_for_state(tab_id, lambda s: s.get("visible") is False)
    after = page.evaluate(
        """() => ({text: document.body.innerText, html: document.body.innerHTML,
                   probe: window.probeNode.data, probeInPage: window.probeNode.isConnected})"""
    )
    assert highlight_count(page) == 0
    assert after == {**before, "probeInPage": True}

    switch.check()
    extension.wait_for_state(tab_id, lambda s: s.get("visible") is True and s.get("drawn"))
    assert highlight_count(page) > 0


def test_service_down_gives_a_clear_popup_message_and_leaves_the_page_alone(extension, service, pages):
    unreachable = closed_port_url()
    extension.set_settings(serverUrl=unreachable)
    page = extension.open(pages.url(TERMS))
    tab_id = extension.tab_id(page)
    state = extension.wait_for_state(tab_id, lambda s: s["status"] == "error")
    assert state["error"]["code"] == "service_unreachable"
    assert extension.badge(tab_id)[0] == "!"
    assert highlight_count(page) == 0
    assert page.evaluate("() => document.body.innerHTML") == page.evaluate(PAGE_AS_SERVED)
    assert page.evaluate("() => typeof window.termsRenderedAt") == "number"

    popup = extension.open_popup(tab_id)
    message = popup.locator('[data-notice="error"]')
    message.wait_for()
    assert "cannot be reached" in message.inner_text()
    assert f"{unreachable}/v1/analyze" in message.inner_text()
    assert "scripts/serve" in message.inner_text()
    assert popup.get_by_role("button", name="Try again").is_visible()


def test_popup_on_a_page_that_is_not_legal_offers_to_analyse_it(extension, service, pages):
    page = extension.open(pages.url("blog/pasta.html"))
    tab_id = extension.tab_id(page)
    extension.wait_for_state(tab_id, lambda s: s["status"] == "not-legal")
    popup = extension.open_popup(tab_id)
    notice = popup.locator("[data-notice]")
    notice.wait_for()
    assert "Not a legal page" in notice.inner_text()
    assert service.calls_for(page.url) == []

    popup.get_by_role("button", name="Analyse this page").click()
    state = extension.wait_for_state(tab_id, lambda s: s.get("drawn") is not None)
    [call] = service.calls_for(page.url)
    assert state["drawn"] == len(call.response["clauses"]) > 0
    popup.locator(".clause").first.wait_for()


def test_a_result_arriving_after_the_tab_moved_on_is_dropped(extension, service, pages):
    service.analyze_delay_seconds = 1.5
    page = extension.open(pages.url(TERMS))
    tab_id = extension.tab_id(page)
    extension.wait_for_state(tab_id, lambda s: s["status"] == "analysing")
    page.goto(pages.url("blog/pasta.html"))
    extension.wait_for_state(tab_id, lambda s: s["status"] == "not-legal")
    time.sleep(2.5)
    assert len(service.calls) == 1, "the terms page's analysis should have finished meanwhile"
    assert extension.tab_state(tab_id)["status"] == "not-legal"
    assert extension.badge(tab_id)[0] == ""
    assert highlight_count(page) == 0


def test_state_survives_the_service_worker_being_stopped(extension, service, pages):
    page = extension.open(pages.url(TERMS))
    extension.wait_for_highlights(page)
    tab_id = extension.tab_id(page)
    badge_before = extension.badge(tab_id)
    extension.worker.evaluate("() => { globalThis.aliveSinceStart = true; }")

    internals = extension.context.new_page()
    internals.goto("chrome://serviceworker-internals/")
    internals.get_by_role("button", name="Stop").first.click()
    internals.wait_for_function("() => document.body.innerText.includes('STOPPED')")

    popup = extension.open_popup(tab_id)
    popup.locator(".clause").first.wait_for()
    [call] = service.calls_for(page.url)
    assert popup.locator(".clause").count() == len(call.response["clauses"])
    assert extension.worker.evaluate("() => globalThis.aliveSinceStart ?? false") is False, (
        "the worker was not restarted"
    )
    assert extension.badge(tab_id) == badge_before
    popup.locator(".clause").last.click()
    page.wait_for_function("() => window.scrollY > 0")
