"""HTML to the main content: navigation, cookie banners, footers and hidden parts dropped."""

from clauselens.text.extract import extract

TERMS_PAGE = """<!doctype html><html><head><title>Terms of Service | Acme</title>
<style>body { color: red }</style></head><body>
<nav><a href="/">Home</a> <a href="/pricing">Pricing and plans for every team</a></nav>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience on our
site. By clicking accept you agree to our cookie policy. <button>Accept all</button></div>
<main><article>
<h1>Terms of Service</h1>
<p>By using the <b>Acme</b> service you agree to these terms. We may change them at any time.</p>
<h2>1. Your content</h2>
<p>You grant Acme a perpetual, irrevocable, worldwide licence to use your content for
<a href="#ml">machine learning</a> and artificial intelligence training.</p>
<p hidden>This paragraph is hidden.</p><p aria-hidden="true">So is this one.</p>
<p style="display: none">And this one.</p>
<h2>2. Disputes</h2>
<p>All disputes shall be resolved by binding arbitration in San Francisco, California.</p>
<ul><li>First item of a list.</li><li>Second item.</li></ul>
</article></main>
<footer>© 2024 Acme Inc. All rights reserved. Privacy · Terms · Contact us · Careers</footer>
<script>var secret = "do not show";</script>
</body></html>"""


def test_article_text_is_kept_and_page_chrome_dropped():
    page = extract(TERMS_PAGE)
    assert page.title == "Terms of Service"
    assert "perpetual, irrevocable, worldwide licence" in page.text
    assert "binding arbitration" in page.text
    for chrome in ("Pricing and plans", "We use cookies", "All rights reserved", "do not show", "color: red"):
        assert chrome not in page.text


def test_hidden_elements_are_skipped():
    text = extract(TERMS_PAGE).text
    for hidden in ("is hidden", "So is this one", "And this one"):
        assert hidden not in text


def test_block_elements_become_lines_and_inline_elements_do_not():
    lines = extract(TERMS_PAGE).text.split("\n")
    assert "1. Your content" in lines
    assert "First item of a list." in lines
    assert "By using the Acme service you agree to these terms. We may change them at any time." in lines


def test_sectioned_page_that_readability_would_cut_keeps_every_section():
    sections = "".join(
        f"<section><h2>{n}. Section {n}</h2><p>Paragraph {n} says the company may do thing {n}.</p></section>"
        for n in range(1, 13)
    )
    page = extract(f"<html><body><nav>Menu</nav><main>{sections}</main><footer>Footer</footer></body></html>")
    for n in range(1, 13):
        assert f"company may do thing {n}." in page.text
    assert "Menu" not in page.text and "Footer" not in page.text


def test_empty_or_textless_html_gives_empty_text():
    assert extract("").text == ""
    assert extract("<html><body><script>x()</script></body></html>").text == ""


def test_title_falls_back_to_the_first_heading():
    assert extract("<html><body><h1>Privacy Policy</h1><p>We collect data.</p></body></html>").title == (
        "Privacy Policy"
    )


def test_line_breaks_in_the_html_source_are_spaces_but_pre_keeps_them():
    page = extract(
        "<html><body><main><p>We may share your\ndata with\r\n  partners.</p>"
        "<pre>line one\nline two</pre></main></body></html>"
    )
    assert page.text.split("\n") == ["We may share your data with partners.", "line one", "line two"]
