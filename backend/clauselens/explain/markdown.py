"""Markdown in quoted text made plain: Explain quotes clauses and documents that may be Markdown."""

import re

_LINK = re.compile(r"\[([^\]\n]{1,200})\]\(([^)\s]{1,500})\)")
_EMPHASIS = re.compile(r"\*\*|__")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")


def plain_text(text: str) -> str:
    """One line without Markdown emphasis or escapes; a link keeps its address: "Settings (https://…)"."""
    text = _LINK.sub(lambda link: f"{link[1]} ({link[2]})", text)
    return " ".join(_ESCAPED.sub(r"\1", _EMPHASIS.sub("", text)).split())
