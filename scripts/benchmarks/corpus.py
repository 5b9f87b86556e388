"""Loading a folder of terms, and building documents of a given size or form from it."""

import html
import re
from dataclasses import dataclass
from pathlib import Path

_BLANK_LINE = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class Document:
    name: str
    text: str

    @property
    def size(self) -> int:
        """Size in bytes (UTF-8), the unit the figures are given in."""
        return len(self.text.encode("utf-8"))


def load_corpus(folder: Path) -> list[Document]:
    files = sorted(folder.glob("*.md")) + sorted(folder.glob("*.txt"))
    if not files:
        raise SystemExit(f"no .md or .txt files in {folder}")
    return [Document(path.name, path.read_text(encoding="utf-8")) for path in files]


def document_of_size(corpus: list[Document], size: int) -> str:
    """Real terms concatenated (cycling through the corpus) and cut to ``size`` bytes."""
    pieces, total, position = [], 0, 0
    while total < size:
        text = corpus[position % len(corpus)].text
        pieces.append(text)
        total += len(text.encode("utf-8")) + 2
        position += 1
    return "\n\n".join(pieces).encode("utf-8")[:size].decode("utf-8", "ignore")


def as_html_page(text: str, title: str) -> str:
    """The text as a web page would carry it: paragraphs inside navigation, banner and footer."""
    paragraphs = "\n".join(f"<p>{html.escape(block.strip())}</p>" for block in _BLANK_LINE.split(text))
    return (
        f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/products">Products</a> <a href="/help">Help</a></nav>'
        '<div class="cookie-banner">We use cookies. <button>Accept</button></div>'
        f"<main><article><h1>{html.escape(title)}</h1>{paragraphs}</article></main>"
        "<footer>© Example Inc. · Privacy · Terms · Contact</footer></body></html>"
    )
