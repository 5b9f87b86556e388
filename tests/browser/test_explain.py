"""Explain this clause: the context menu's handler on a selection, a click on a highlight, the popover."""

from .probes import squeeze
from .test_popup_and_badge import closed_port_url

TERMS = "legal/terms.html"
POPOVER = "[data-clauselens-popover]"
SELECT_CONTENTS = """(selector) => {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector(selector));
  const selection = document.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  return selection.toString();
}"""
CLICK_MENU_ITEM = """([tabId, selectionText]) =>
  clauselens.onMenuClick({menuItemId: 'clauselens-explain', selectionText}, {id: tabId})"""
ADD_PARAGRAPH = """([id, text]) => {
  const paragraph = document.createElement('p');
  paragraph.id = id;
  paragraph.textContent = text;
  document.querySelector('article').append(paragraph);
}"""
FOCUS_IN_POPOVER = """() => document.activeElement?.matches('[data-clauselens-popover]')
  && document.activeElement.shadowRoot.activeElement !== null"""


def explain_selection(extension, page, selector):
    """Selects the contents of `selector` and calls what a click on "Explain this clause" calls."""
    selected = page.evaluate(SELECT_CONTENTS, selector)
    extension.worker.evaluate(CLICK_MENU_ITEM, [extension.tab_id(page), selected])
    return selected


def wait_for_popover(page, state="explained"):
    """The popover's dialog (inside its host's shadow root), once it shows `state`."""
    popover = page.locator(f'{POPOVER}[data-state="{state}"] [role="dialog"]')
    popover.wait_for(state="visible")
    return popover


def opened_without_analysis(extension, pages, path):
    """A page opened with automatic analysis off: nothing is sent until the user asks."""
    extension.set_settings(autoMode="off")
    page = extension.open(pages.url(path))
    extension.wait_for_state(extension.tab_id(page), lambda s: s["status"] == "off")
    return page


def test_the_menu_explains_the_selection_with_the_terms_the_page_defines(extension, service, pages):
    page = opened_without_analysis(extension, pages, TERMS)
    assert service.calls == [] and service.explain_calls == []

    selected = explain_selection(extension, page, "#licence")
    popover = wait_for_popover(page)

    [call] = service.explain_calls
    assert call.status == 200
    assert call.body["clause"] == squeeze(selected)
    assert '"Customer Content" means the audio, video, chat messages' in call.body["document"]
    assert "Draft clause" not in call.body["document"], "the document is the page's visible text"
    assert call.body["url"] == page.url
    explanation = call.response["explanation"]
    assert popover.locator(".summary").inner_text() == explanation["summary"]
    assert popover.locator("header .severity").inner_text() == "High risk"
    assert popover.locator(".points li").count() == len(explanation["points"])

    term = next(t for t in explanation["terms"] if t["term"] == "Customer Content")
    assert term["source"] == "document"
    defined = popover.locator("dt", has_text="Customer Content")
    assert defined.locator('[data-source="document"]').inner_text() == "defined in this page"
    assert popover.locator("dd").nth(explanation["terms"].index(term)).inner_text() == term["definition"]
    assert popover.locator('[data-source="glossary"]').count() == sum(
        t["source"] == "glossary" for t in explanation["terms"]
    )
    assert explanation["actions"], "the page gives a contact address"
    assert squeeze(popover.locator(".actions li").first.inner_text()) == squeeze(explanation["actions"][0])

    assert page.evaluate(FOCUS_IN_POPOVER), "focus moves into the popover"
    page.keyboard.press("Escape")
    page.locator(POPOVER).wait_for(state="hidden")
    assert service.calls == [], "explaining a clause does not analyse the page"


def test_clicking_a_highlight_explains_its_clause_and_esc_gives_focus_back(extension, service, pages):
    page = extension.open(pages.url(TERMS))
    extension.wait_for_highlights(page)
    [analysis] = service.calls_for(page.url)
    clause = next(c for c in analysis.response["clauses"] if "train and tune our AI models" in c["text"])
    highlight = page.locator(f'clauselens-highlight[data-clauselens-id="{clause["id"]}"]').first

    highlight.click()
    popover = wait_for_popover(page)
    [call] = service.explain_calls
    assert call.body["clause"] == clause["text"]
    assert call.body["document"] == analysis.body["text"]
    assert popover.locator(".summary").inner_text() == call.response["explanation"]["summary"]
    assert any("account settings" in action for action in call.response["explanation"]["actions"])
    assert "account settings" in popover.locator(".actions").inner_text()
    flagged_by = popover.locator(".finding .source").first.inner_text()
    assert flagged_by.startswith("Flagged by the core pack (")

    # Tab stays inside the popover; Esc closes it and focus returns to the highlight.
    for _ in range(4):
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUS_IN_POPOVER)
    page.keyboard.press("Shift+Tab")
    assert page.evaluate(FOCUS_IN_POPOVER)
    page.keyboard.press("Escape")
    page.locator(POPOVER).wait_for(state="hidden")
    assert page.evaluate("() => document.activeElement?.dataset.clauselensId") == clause["id"]

    # Enter on the focused highlight opens it again; a click outside closes it.
    page.keyboard.press("Enter")
    wait_for_popover(page)
    assert len(service.explain_calls) == 2
    page.mouse.click(5, 5)
    page.locator(POPOVER).wait_for(state="hidden")


def test_the_close_button_works_and_the_popover_keeps_to_its_own_styles(extension, service, pages):
    page = opened_without_analysis(extension, pages, TERMS)
    hostile_css = "[role=dialog], .summary, h2 { display: none !important; } html { font-size: 40px; }"
    page.add_style_tag(content=hostile_css)
    explain_selection(extension, page, "#inline-clause")
    popover = wait_for_popover(page)
    assert popover.locator(".summary").is_visible()
    assert popover.locator(".summary").evaluate("(summary) => getComputedStyle(summary).fontSize") == "15px"
    popover.get_by_role("button", name="Close").click()
    page.locator(POPOVER).wait_for(state="hidden")


def test_any_page_can_be_asked_and_a_clause_without_risk_says_so(extension, service, pages):
    page = extension.open(pages.url("blog/pasta.html"))
    extension.wait_for_state(extension.tab_id(page), lambda s: s["status"] == "not-legal")
    explain_selection(extension, page, "p")
    popover = wait_for_popover(page)
    [call] = service.explain_calls
    assert call.response["clause"]["severity"] is None
    assert popover.locator("header .severity").inner_text() == "No rule matched"
    assert popover.locator(".summary").inner_text() == call.response["explanation"]["summary"]
    assert service.calls == []


def test_page_text_that_looks_like_markup_is_shown_as_text(extension, service, pages):
    page = opened_without_analysis(extension, pages, TERMS)
    markup = 'We may sell <img src=x onerror="window.pwned=1"> your <b>data</b> to advertisers.'
    page.evaluate(ADD_PARAGRAPH, ["markup", markup])
    explain_selection(extension, page, "#markup")
    popover = wait_for_popover(page)
    assert '<img src=x onerror="window.pwned=1">' in popover.locator(".clause").inner_text()
    assert popover.locator("img, b").count() == 0
    assert page.evaluate("() => window.pwned") is None


def test_a_selection_over_the_service_limit_is_refused_in_the_popover_without_sending_it(
    extension, service, pages
):
    page = opened_without_analysis(extension, pages, TERMS)
    page.evaluate(ADD_PARAGRAPH, ["long", "We may sell your data to anyone. " * 160])
    selected = explain_selection(extension, page, "#long")
    assert len(selected.strip()) > 5000
    popover = wait_for_popover(page, state="problem")
    assert "The selection is too long to explain." in popover.inner_text()
    assert "at most 5,000 characters" in popover.inner_text()
    page.keyboard.press("Escape")
    page.locator(POPOVER).wait_for(state="hidden")
    assert service.explain_calls == []


def test_a_service_that_cannot_be_reached_is_said_in_the_popover(extension, service, pages):
    page = opened_without_analysis(extension, pages, TERMS)
    unreachable = closed_port_url()
    extension.set_settings(serverUrl=unreachable)
    explain_selection(extension, page, "#licence")
    popover = wait_for_popover(page, state="error")
    text = popover.inner_text()
    assert "The clauselens service cannot be reached." in text
    assert unreachable in text and "scripts/serve" in text
    assert page.evaluate(FOCUS_IN_POPOVER)


def test_an_error_answer_is_said_with_its_message_and_code(extension, service, pages):
    page = opened_without_analysis(extension, pages, TERMS)
    extension.set_settings(packs=["core", "nobody/missing"], token="not-a-real-token")
    explain_selection(extension, page, "#licence")
    popover = wait_for_popover(page, state="error")
    [call] = service.explain_calls
    assert call.status == 401 and call.body["packs"] == ["core", "nobody/missing"]
    error = call.response["error"]
    assert "could not explain this clause" in popover.inner_text()
    assert error["message"] in popover.inner_text()
    assert f"Error code: {error['code']}" in popover.inner_text()
