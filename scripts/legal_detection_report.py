#!/usr/bin/env python3
"""How well the extension's legal-page detector separates legal documents from other pages.

    scripts/legal_detection_report.py --legal ../shared/data/terms-corpus \
        --other /usr/share/doc --other ~/.rustup/toolchains/*/share/doc/rust/html/book

Reads .md/.txt/.html files, extracts what the content script would see (title, headings,
link texts, visible text; the URL only for HTML files), runs extension/content/legal-page.js
on them under Node and prints the share recognised in each set and the misclassified files.
"""

import argparse
import json
import random
import re
import subprocess
import sys
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
DETECTOR = ROOT / "extension" / "content" / "legal-page.js"
SKIPPED_TAGS = ("script", "style", "noscript", "template", "svg", "head")
BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "section",
              "article", "pre", "blockquote", "dd", "dt", "table", "ul", "ol", "header", "footer", "nav",
              "main"}  # fmt: skip
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.*)$")
SETEXT_UNDERLINE = re.compile(r"^(=+|-+)\s*$")


def html_features(path: Path) -> dict:
    document = lxml.html.fromstring(path.read_bytes())
    title = (document.findtext(".//title") or "").strip()
    for element in document.iter(*SKIPPED_TAGS):
        element.drop_tree()
    for element in document.iter(*BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    headings = [" ".join(h.text_content().split()) for h in document.iter("h1", "h2", "h3")]
    links = [" ".join(a.text_content().split()) for a in document.iter("a")]
    return {"url": path.as_uri(), "title": title, "headings": headings, "linkTexts": links,
            "text": document.text_content()}  # fmt: skip


def markdown_features(path: Path) -> dict:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    headings = []
    for index, line in enumerate(lines):
        atx = MARKDOWN_HEADING.match(line)
        if atx:
            headings.append(atx.group(1).strip("# "))
        elif index + 1 < len(lines) and line.strip() and SETEXT_UNDERLINE.match(lines[index + 1]):
            headings.append(line.strip())
    text = "\n".join(lines)
    title = next((line.strip("# ") for line in lines if line.strip()), "")
    return {"url": "", "title": title, "headings": headings,
            "linkTexts": MARKDOWN_LINK.findall(text), "text": MARKDOWN_LINK.sub(r"\1", text)}  # fmt: skip


def features(path: Path) -> dict:
    if path.suffix in (".html", ".htm"):
        return html_features(path)
    return markdown_features(path)


def collect(folders: list[Path], limit: int, generator: random.Random) -> list[Path]:
    paths = []
    for folder in folders:
        found = sorted(
            p for p in folder.rglob("*") if p.suffix in (".md", ".txt", ".html", ".htm") and p.is_file()
        )
        paths.extend(generator.sample(found, min(limit, len(found))))
    return paths


def assess(pages: list[dict]) -> list[dict]:
    program = (
        f"const {{ assessLegalPage }} = require({json.dumps(str(DETECTOR))});"
        "let input = ''; process.stdin.on('data', (d) => (input += d));"
        "process.stdin.on('end', () => {"
        "  const results = JSON.parse(input).map((page) => assessLegalPage(page));"
        "  process.stdout.write(JSON.stringify(results)); });"
    )
    completed = subprocess.run(
        ["node", "-e", program], input=json.dumps(pages), capture_output=True, text=True, check=True
    )
    return json.loads(completed.stdout)


def report(label: str, paths: list[Path], expected: bool) -> int:
    results = assess([features(path) for path in paths])
    wrong = [(p, r) for p, r in zip(paths, results, strict=True) if r["looksLegal"] != expected]
    print(f"{label}: {len(paths) - len(wrong)}/{len(paths)} classified as {'legal' if expected else 'other'}")
    for path, result in wrong:
        print(f"  {path}  score {result['score']} density {result['density']:.1f} "
              f"words {result['words']} {','.join(result['reasons'])}")  # fmt: skip
    return len(wrong)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--legal", type=Path, action="append", default=[], help="folder of legal documents")
    parser.add_argument("--other", type=Path, action="append", default=[], help="folder of other pages")
    parser.add_argument("--limit", type=int, default=300, help="files sampled per folder")
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    if not arguments.legal and not arguments.other:
        sys.exit("give at least one --legal or --other folder")
    generator = random.Random(arguments.seed)
    report("legal", collect(arguments.legal, arguments.limit, generator), expected=True)
    report("other", collect(arguments.other, arguments.limit, generator), expected=False)


if __name__ == "__main__":
    main()
