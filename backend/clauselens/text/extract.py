"""HTML to the main content's title and visible text, with readability-lxml.

Readability finds the article and drops navigation, cookie banners and footers.
Terms pages split into many sibling sections sometimes fool it into keeping one
section only; when its pick holds far less text than the page's main area, the main
area (the body without navigation, banners, footers, dialogs) is used instead.
"""

import re
from dataclasses import dataclass

import lxml.html
from lxml import etree
from readability import Document
from readability.readability import Unparseable

# fmt: off
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)
SKIPPED_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "head", "svg", "canvas", "iframe", "object",
        "button", "select", "option", "textarea", "input",
    }
)
# fmt: on
CHROME_TAGS = frozenset(["nav", "header", "footer", "aside", "form", "dialog"])
CHROME_ROLES = frozenset(
    ["navigation", "banner", "contentinfo", "dialog", "alertdialog", "search", "complementary"]
)
_CHROME_NAME = re.compile(
    r"cookie|consent|gdpr|banner|newsletter|modal|popup|breadcrumb|sidebar|site-?nav|menu",
    re.IGNORECASE,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SOURCE_WHITESPACE = str.maketrans("\n\r\t\f\v", "     ")
"""Line breaks in HTML source are spaces to a reader; only block elements break lines."""
_SPACE_RUNS = re.compile(r"  +")
_LINE_BREAKS = re.compile(r" *\n[ \n]*")
_SPACES = re.compile(r"\s+")

READABILITY_MIN_SHARE = 0.6
"""Readability's pick must hold this share of the main area's text to be trusted."""


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    title: str
    text: str


def extract(html: str) -> ExtractedPage:
    """The page's title and main content as text, block elements as line breaks."""
    page = _parse(html)
    if page is None:
        return ExtractedPage(title="", text="")
    main_area = _main_area_text(page)
    readable = Document(html)
    try:
        title = readable.short_title()
        summary = readable.summary(html_partial=True)
    except Unparseable:
        return ExtractedPage(title=_first_heading(page), text=main_area)
    title = title or _first_heading(page)
    article = visible_text(lxml.html.fragment_fromstring(summary, create_parent="div"))
    if len(article) < READABILITY_MIN_SHARE * len(main_area):
        return ExtractedPage(title=title, text=main_area)
    return ExtractedPage(title=title, text=article)


def visible_text(root) -> str:
    """Text of ``root`` as a reader sees it: hidden parts skipped, blocks on their own lines."""
    pieces: list[str] = [_source_text(root.text)]
    for child in root:  # the root itself is never chrome: callers chose it as content
        _collect(child, pieces)
    text = _SPACE_RUNS.sub(" ", "".join(pieces))
    return _LINE_BREAKS.sub("\n", text).strip()


def _parse(html: str):
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _first_heading(page) -> str:
    heading = page.find(".//h1")
    return _SPACES.sub(" ", heading.text_content()).strip() if heading is not None else ""


def _main_area_text(page) -> str:
    body = page.find("body")
    if body is None:
        body = page
    main = body.find(".//main")
    return visible_text(main if main is not None else body)


def _is_hidden(element) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    return bool(_HIDDEN_STYLE.search(element.get("style") or ""))


def _is_page_chrome(element) -> bool:
    if element.tag in CHROME_TAGS or element.get("role") in CHROME_ROLES:
        return True
    names = f"{element.get('id') or ''} {element.get('class') or ''}"
    return bool(_CHROME_NAME.search(names))


def _source_text(text: str | None, preformatted: bool = False) -> str:
    if not text:
        return ""
    return text if preformatted else text.translate(_SOURCE_WHITESPACE)


def _collect(element, pieces: list[str], preformatted: bool = False) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in SKIPPED_TAGS or not tag or _is_hidden(element) or _is_page_chrome(element):
        pieces.append(_source_text(element.tail, preformatted))
        return
    block = tag in BLOCK_TAGS
    inner_preformatted = preformatted or tag == "pre"
    if block:
        pieces.append("\n")
    pieces.append(_source_text(element.text, inner_preformatted))
    for child in element:
        _collect(child, pieces, inner_preformatted)
    if block:
        pieces.append("\n")
    pieces.append(_source_text(element.tail, preformatted))
