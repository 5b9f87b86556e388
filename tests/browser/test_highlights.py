"""Highlights in a real Chromium: placed exactly, across inline elements and emoji, with a tooltip."""

from .conftest import PAGES_DIR
from .probes import HIGHLIGHTS_BY_CLAUSE, squeeze

TERMS = "legal/terms.html"


def analysed_terms(extension, service, pages):
    page = extension.open(pages.url(TERMS))
    state = extension.wait_for_highlights(page)
    [call] = service.calls_for(page.url)
    return page, state, call


def clause_containing(call, words):
    return next(c for c in call.response["clauses"] if words in c["text"])


def test_every_clause_is_highlighted_exactly_over_its_text(extension, service, pages):
    page, state, call = analysed_terms(extension, service, pages)
    clauses = call.response["clauses"]
    assert call.status == 200 and len(clauses) >= 5
    highlights = page.evaluate(HIGHLIGHTS_BY_CLAUSE)
    assert set(highlights) == {clause["id"] for clause in clauses}
    for clause in clauses:
        drawn = highlights[clause["id"]]
        assert squeeze(drawn["text"]) == squeeze(clause["text"]), clause["id"]
        assert drawn["severity"] == clause["severity"]
        assert all(part.strip() for part in drawn["parts"]), "a whitespace-only run was wrapped"
    assert (state["drawn"], state["returned"]) == (len(clauses), len(clauses))


def test_a_clause_crossing_links_bold_and_spans_gets_one_element_per_run(extension, service, pages):
    page, _, call = analysed_terms(extension, service, pages)
    clause = clause_containing(call, "irrevocable and perpetual")
    drawn = page.evaluate(HIGHLIGHTS_BY_CLAUSE)[clause["id"]]
    assert {"A", "B", "SPAN", "P"} <= set(drawn["parents"])
    assert squeeze("".join(drawn["parts"])).replace(" ", "") == clause["text"].replace(" ", "")
    assert squeeze(drawn["text"]) == squeeze(clause["text"])


def test_positions_after_emoji_are_utf16_and_land_on_the_clause(extension, service, pages):
    page, _, call = analysed_terms(extension, service, pages)
    clause = clause_containing(call, "train and tune our AI models")
    sent = call.body["text"]
    assert clause["text"].startswith("We may use the recordings")
    # The service counts UTF-16 code units: each emoji before the clause counts two.
    assert (
        sent.encode("utf-16-le")[clause["start"] * 2 : clause["end"] * 2].decode("utf-16-le")
        == clause["text"]
    )
    assert sent.index(clause["text"]) != clause["start"]
    drawn = page.evaluate(HIGHLIGHTS_BY_CLAUSE)[clause["id"]]
    assert drawn["parts"] == [clause["text"]]
    emoji_paragraph = page.locator("#emoji-clause")
    assert emoji_paragraph.inner_text().startswith("🤖📼 Meeting highlights. We may use")


def test_the_text_sent_skips_hidden_content_and_marks_blocks(extension, service, pages):
    _, _, call = analysed_terms(extension, service, pages)
    sent = call.body["text"]
    for hidden in (
        "Draft clause",
        "Decorative repeat",
        "termsRenderedAt",
        "⏱",
        "We use cookies to keep you signed in",
    ):
        assert hidden not in sent
    assert "Terms of Service\n\nLast updated: 4 March 2025 · 9 min read\n\n" in sent
    assert "  " not in sent and " \n" not in sent
    assert call.body["title"] == "Terms of Service | Northwind Meetings"
    assert call.body["url"].endswith("/legal/terms.html")


def test_hover_and_keyboard_focus_show_the_reason(extension, service, pages):
    page, _, call = analysed_terms(extension, service, pages)
    clause = clause_containing(call, "irrevocable and perpetual")
    finding = clause["findings"][0]
    tooltip = page.locator("[data-clauselens-tooltip] .card")

    page.locator(f'clauselens-highlight[data-clauselens-id="{clause["id"]}"]').first.hover()
    tooltip.wait_for(state="visible")
    assert finding["title"] in tooltip.inner_text()
    assert finding["summary"] in tooltip.inner_text()
    assert "High risk" in tooltip.inner_text()
    assert f"Flagged by the {finding['pack'].split('@')[0]} pack" in tooltip.inner_text()

    page.mouse.move(2, 2)
    tooltip.wait_for(state="hidden")

    other = clause_containing(call, "train and tune our AI models")
    page.locator(f'clauselens-highlight[data-clauselens-id="{other["id"]}"]').first.focus()
    tooltip.wait_for(state="visible")
    assert other["findings"][0]["title"] in tooltip.inner_text()
    page.keyboard.press("Escape")
    tooltip.wait_for(state="hidden")


def test_page_css_cannot_restyle_the_tooltip(extension, service, pages):
    page, _, call = analysed_terms(extension, service, pages)
    hostile_css = '.card, .title, [role="tooltip"] { display: none !important; } html { font-size: 40px; }'
    page.add_style_tag(content=hostile_css)
    clause = call.response["clauses"][0]
    page.locator(f'clauselens-highlight[data-clauselens-id="{clause["id"]}"]').first.hover()
    card = page.locator("[data-clauselens-tooltip] .card")
    card.wait_for(state="visible")
    assert card.evaluate("(card) => getComputedStyle(card).fontSize") == "13px"
    assert page.locator("[data-clauselens-tooltip] .title").first.is_visible()


def test_terms_loaded_after_the_page_are_analysed_when_they_arrive(extension, service, pages):
    page = extension.open(pages.url("help/lazy.html"))
    tab_id = extension.tab_id(page)
    page.wait_for_function(
        "() => document.querySelectorAll('clauselens-highlight').length > 0", timeout=15000
    )
    state = extension.wait_for_state(tab_id, lambda s: s.get("drawn"))
    [call] = service.calls_for(page.url)
    assert call.body["url"].endswith("#terms")
    assert state["drawn"] == len(call.response["clauses"]) > 0
    risky = [clause for clause in call.response["clauses"] if clause["risky"]]
    assert extension.badge(tab_id)[0] == str(len(risky))


RUN_IN_TITLE = (
    "<strong>No Refunds.</strong> Fees you have paid are non-refundable, even if we close your account."
)


def test_a_bold_title_opening_a_paragraph_is_sent_on_its_own_line_and_not_highlighted(
    extension, service, pages
):
    html = (PAGES_DIR / TERMS).read_text()
    paragraph = f'<p id="run-in-title">{RUN_IN_TITLE}</p>\n\n      <h2 id="liability">'
    (pages.extra / "legal").mkdir()
    (pages.extra / "legal" / "refunds.html").write_text(html.replace('<h2 id="liability">', paragraph, 1))
    page = extension.open(pages.url("legal/refunds.html"))
    extension.wait_for_highlights(page)
    [call] = service.calls_for(page.url)
    assert "\n\nNo Refunds.\nFees you have paid are non-refundable" in call.body["text"]
    clauses = {clause["text"]: clause for clause in call.response["clauses"]}
    assert "No Refunds." not in clauses  # a heading: the service does not match it
    fees = clauses["Fees you have paid are non-refundable, even if we close your account."]
    drawn = page.evaluate(HIGHLIGHTS_BY_CLAUSE)[fees["id"]]
    assert squeeze(drawn["text"]) == squeeze(fees["text"])
    # A bold run inside a sentence stays inline: no line break after "licence".
    assert "irrevocable and perpetual licence to keep" in call.body["text"]
