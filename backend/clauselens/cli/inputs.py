"""Reading documents for the CLI: files or stdin, text, Markdown or HTML; bad input is a UsageError."""

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import click

from ..text.extract import extract

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_LOOKS_LIKE_HTML = re.compile(r"^\s*(<!doctype html|<html\b|<head\b|<body\b)", re.IGNORECASE)


class InputError(click.ClickException):
    """Bad input: one line on stderr and exit status 2."""

    exit_code = 2

    def show(self, file=None) -> None:
        # Parser messages (YAML's, say) span lines; bad input is always reported on one.
        click.echo(f"clauselens: {' '.join(self.message.split())}", err=True)


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    title: str
    source: str


def read_bytes(path: str) -> tuple[bytes, str]:
    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    file_path = Path(path)
    if not file_path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        return file_path.read_bytes(), str(file_path)
    except OSError as failure:
        raise InputError(f"{path}: cannot read it ({failure.strerror})") from None


def decode(raw: bytes, source: str) -> str:
    if b"\x00" in raw[:8192]:
        raise InputError(f"{source}: looks like a binary file, not text, Markdown or HTML")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{source}: is not UTF-8 text") from None


def read_document(path: str) -> Document:
    raw, source = read_bytes(path)
    content = decode(raw, source)
    is_html = source.lower().endswith(HTML_SUFFIXES) or (
        source == "<stdin>" and _LOOKS_LIKE_HTML.match(content) is not None
    )
    if is_html:
        page = extract(content)
        document = Document(page.text, page.title, source)
    else:
        document = Document(content, "", source)
    if not document.text.strip():
        raise InputError(f"{source}: there is no text to analyse")
    return document
