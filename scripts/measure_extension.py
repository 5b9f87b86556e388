#!/usr/bin/env python3
"""Measures the extension in headless Chromium on real terms pages: how fast highlights appear.

    scripts/measure_extension.py ../shared/data/terms-corpus [--pages Roblox.md,Kraken.md] \
        [--target-kb 300] [--dense] [--json var/extension-timings.json]

Turns Markdown terms from the corpus into HTML pages (headings, lists, links, bold and italic
runs, so clauses cross inline elements as on real sites), serves them on a free port with the
real service, loads each one in Chromium with the extension, and reports per page:
  - its HTML size and the length of the text the extension sent;
  - time from the load event (and from navigation start) to the first highlight;
  - clauses highlighted versus clauses returned by the service;
  - time from the service's response to all highlights drawn;
  - the longest main-thread task (PerformanceObserver "longtask", > 50 ms) and the longest
    animation frame while drawing, and the longest slice the extension's own loop took.
By default it measures the largest file of the corpus and the one whose page is nearest
--target-kb. With --dense it measures each page a second time with an extra pack that flags
nearly every sentence, to load the drawing with thousands of highlights. No assertions: this
is the measuring instrument, not a test.
"""

import argparse
import functools
import html
import json
import re
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from clauselens.api import create_app
from clauselens.engine.loader import load_pack
from clauselens.packs import builtin_packs
from clauselens.resolve import PackResolver
from flask import request
from playwright.sync_api import sync_playwright
from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the browser tests' Chromium recipe, so measurements run as tests do
from tests.browser.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

# Installed in the page's own world before it loads: when the first highlight appears, and
# every long task and long animation frame.
PAGE_PROBE = """
window.__clauselensProbe = { firstHighlightAt: null, longTasks: [], longFrames: [] };
new MutationObserver((records, observer) => {
  for (const record of records) for (const node of record.addedNodes) {
    if (node.nodeName === 'CLAUSELENS-HIGHLIGHT') {
      window.__clauselensProbe.firstHighlightAt = performance.now();
      observer.disconnect();
      return;
    }
  }
}).observe(document, { childList: true, subtree: true });
for (const [type, list] of [['longtask', 'longTasks'], ['long-animation-frame', 'longFrames']]) {
  try {
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) {
        window.__clauselensProbe[list].push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type, buffered: true });
  } catch (error) { /* not supported */ }
}
"""

READ_PROBE = """() => {
  const navigation = performance.getEntriesByType('navigation')[0];
  const marks = Object.fromEntries(performance.getEntriesByType('mark')
    .filter((mark) => mark.name.startsWith('clauselens:'))
    .map((mark) => [mark.name.slice(11), mark.startTime]));
  return { ...window.__clauselensProbe, loadEventEnd: navigation.loadEventEnd,
           domContentLoaded: navigation.domContentLoadedEventEnd, marks };
}"""

PAGE_TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body {{ max-width: 760px; margin: 32px auto; padding: 0 20px; font: 17px/1.6 Georgia, serif; }}
header, footer {{ font: 14px sans-serif; color: #555; }}</style></head>
<body><header><a href="/">Home</a> · <a href="/legal/">Legal</a></header>
<main><article>
{body}
</article></main>
<footer><a href="/legal/privacy">Privacy</a> · <a href="/legal/terms">Terms</a></footer></body></html>
"""

DENSE_PACK_REF = "measure/dense"
DENSE_PACK = {
    "id": DENSE_PACK_REF,
    "version": "1.0.0",
    "title": "Flags nearly every sentence (drawing load test)",
    "description": "Only for scripts/measure_extension.py --dense.",
    "rules": [
        {"id": f"dense.{name}", "category": "monitoring", "severity": severity, "title": f"Mentions {name}",
         "summary": "A measuring rule.", "explanation": "A measuring rule.", "match": {"any": [pattern]},
         "examples": {"match": [example], "no_match": ["Nothing here."]}}
        for name, severity, pattern, example in (
            ("shall", "high", r"\b(shall|must|may)\b", "You must agree."),
            ("you", "medium", r"\byour?\b", "You agree."),
            ("we", "low", r"\b(we|us|our)\b", "We agree."),
            ("the", "info", r"\bthe\b", "See the terms."),
        )
    ],
}  # fmt: skip

HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
SETEXT = re.compile(r"^(=+|-+)\s*$")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(.*)$")
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)[^)]*\)")
BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
ITALIC = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?!\*)|(?<![_\w])_(?!\s)(.+?)(?<!\s)_(?![_\w])")


def inline(text: str) -> str:
    text = html.escape(IMAGE.sub("", text), quote=False)
    text = LINK.sub(lambda m: f'<a href="{html.escape(m.group(2))}">{m.group(1)}</a>', text)
    text = BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", text)
    return ITALIC.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", text)


def markdown_to_html(markdown: str) -> tuple[str, str]:
    """(title, body HTML) of a Markdown document: enough of the syntax for terms pages."""
    lines = markdown.splitlines()
    blocks, paragraph, items, title = [], [], [], ""

    def flush():
        if paragraph:
            blocks.append(f"<p>{'<br>'.join(inline(line.strip()) for line in paragraph)}</p>")
            paragraph.clear()
        if items:
            blocks.append("<ul>" + "".join(f"<li>{inline(item)}</li>" for item in items) + "</ul>")
            items.clear()

    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        heading = HEADING.match(line)
        if SETEXT.match(line) and not paragraph and not items:
            continue
        if heading or (line.strip() and SETEXT.match(following)):
            flush()
            level = len(heading.group(1)) if heading else (1 if following.startswith("=") else 2)
            text = heading.group(2) if heading else line.strip()
            title = title or IMAGE.sub("", text).strip("# ")
            blocks.append(f"<h{min(level, 3)}>{inline(text)}</h{min(level, 3)}>")
        elif not line.strip():
            flush()
        elif LIST_ITEM.match(line):
            if paragraph:
                flush()
            items.append(LIST_ITEM.match(line).group(1))
        elif items and line.startswith("  "):
            items[-1] += " " + line.strip()
        else:
            paragraph.append(line)
    flush()
    return title or "Terms", "\n".join(blocks)


def build_pages(corpus: Path, names: list[str], target_kb: int, out: Path) -> list[Path]:
    """The pages to measure: the named files, or the largest one and one of about target_kb.

    When no single document is within 15% of target_kb, the page of that size is made of
    several whole documents of the corpus one after the other (each its own article).
    """
    bodies = {}
    for source in sorted(corpus.glob("*.md")):
        bodies[source.name] = markdown_to_html(source.read_text(encoding="utf-8"))
    if names:
        return [write_page(out, Path(name).stem, *bodies[name]) for name in names]
    largest_name = max(bodies, key=lambda name: len(bodies[name][1]))
    target = target_kb * 1024
    nearest_name = min(bodies, key=lambda name: abs(len(bodies[name][1].encode()) - target))
    if abs(len(bodies[nearest_name][1].encode()) - target) <= 0.15 * target:
        return [write_page(out, Path(largest_name).stem, *bodies[largest_name]),
                write_page(out, Path(nearest_name).stem, *bodies[nearest_name])]  # fmt: skip
    parts, size = [], 0
    for name in sorted(bodies, key=lambda name: -len(bodies[name][1])):
        body = bodies[name][1].encode()
        if name != largest_name and size + len(body) <= target * 1.05:
            parts.append(f"<article>\n{bodies[name][1]}\n</article>")
            size += len(body)
    combined = write_page(
        out, f"combined-{target_kb}kb", "Terms of Service (several documents)", "\n".join(parts)
    )
    return [write_page(out, Path(largest_name).stem, *bodies[largest_name]), combined]


def write_page(out: Path, stem: str, title: str, body: str) -> Path:
    page = out / f"{stem}.html"
    page.write_text(PAGE_TEMPLATE.format(title=html.escape(title), body=body), encoding="utf-8")
    return page


def serve(folder: Path):
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def tab_state(worker, page_url):
    return worker.evaluate(
        """async (url) => {
             const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
             return tab ? (await chrome.storage.session.get(`tab:${tab.id}`))[`tab:${tab.id}`] ?? null : null;
           }""",
        page_url,
    )


def measure_page(context, worker, url: str, timeout: float = 120) -> dict:
    page = context.new_page()
    page.add_init_script(PAGE_PROBE)
    page.goto(url, wait_until="load")  # the probe timestamps are relative to navigation start
    deadline = time.monotonic() + timeout
    state = None
    while time.monotonic() < deadline:
        state = tab_state(worker, page.url)
        if state and (state.get("drawn") is not None or state.get("status") == "error"):
            break
        time.sleep(0.05)
    time.sleep(0.3)  # let the long-task observer deliver the last entries
    probe = page.evaluate(READ_PROBE)
    page.close()
    return {"state": state, "probe": probe}


def longest_within(entries, start, end):
    inside = [
        e["duration"]
        for e in entries
        if start is not None and end is not None and e["start"] < end and e["start"] + e["duration"] > start
    ]
    return max(inside, default=0.0)


def report(name: str, size_kb: float, packs: list[str], sent_chars: int, measured: dict) -> dict:
    state, probe = measured["state"] or {}, measured["probe"]
    marks = probe["marks"]
    first = probe["firstHighlightAt"]
    received, drawn = marks.get("analysis-received"), marks.get("highlights-drawn")
    row = {
        "page": name,
        "html_kb": round(size_kb, 1),
        "packs": ",".join(packs),
        "text_chars_sent": sent_chars,
        "status": state.get("status"),
        "clauses_returned": state.get("returned"),
        "clauses_highlighted": state.get("drawn"),
        "load_to_first_highlight_ms": round(first - probe["loadEventEnd"]) if first else None,
        "navigation_to_first_highlight_ms": round(first) if first else None,
        "request_to_response_ms": round(received - marks["analysis-requested"]) if received else None,
        "response_to_all_drawn_ms": round(drawn - received) if drawn and received else None,
        "longest_task_while_drawing_ms": round(longest_within(probe["longTasks"], received, drawn)),
        "longest_frame_while_drawing_ms": round(longest_within(probe["longFrames"], received, drawn)),
        "longest_task_after_load_ms": round(
            max((t["duration"] for t in probe["longTasks"] if t["start"] >= probe["loadEventEnd"]), default=0)
        ),
        "longest_extension_slice_ms": state.get("longestSliceMs"),
        "missed_clause_ids": state.get("missed", []),
    }
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="folder of Markdown terms (../shared/data/terms-corpus)")
    parser.add_argument(
        "--pages", default="", help="comma-separated file names (default: largest and nearest --target-kb)"
    )
    parser.add_argument("--target-kb", type=int, default=300)
    parser.add_argument(
        "--dense", action="store_true", help="also measure with a pack that flags most sentences"
    )
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    arguments = parser.parse_args()
    if not arguments.corpus.is_dir():
        sys.exit(f"{arguments.corpus} is not a folder")
    names = [name for name in arguments.pages.split(",") if name]
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        (scratch / "legal").mkdir()
        pages = build_pages(arguments.corpus, names, arguments.target_kb, scratch / "legal")
        page_server = serve(scratch)
        app = create_app({"CLAUSELENS_DATA": str(scratch / "data")})
        app.extensions["clauselens.packs"] = PackResolver(
            {**builtin_packs(), DENSE_PACK_REF: load_pack(DENSE_PACK)}
        )
        sent_chars = {}

        @app.after_request
        def note_text_length(response):
            body = request.get_json(silent=True) or {}
            sent_chars[body.get("url")] = len(body.get("text", ""))
            return response

        service = make_server("127.0.0.1", 0, app, threaded=True)
        threading.Thread(target=service.serve_forever, daemon=True).start()
        rows = []
        try:
            with sync_playwright() as playwright:
                context = playwright.chromium.launch_persistent_context(
                    str(scratch / "profile"),
                    executable_path=str(CHROMIUM),
                    headless=True,
                    args=CHROMIUM_ARGS,
                    viewport={"width": 1280, "height": 900},
                )
                worker = (
                    context.service_workers[0]
                    if context.service_workers
                    else context.wait_for_event("serviceworker")
                )
                worker.evaluate(
                    "(url) => chrome.storage.sync.set({serverUrl: url})",
                    f"http://127.0.0.1:{service.server_port}",
                )
                # A warm-up load: the first measured page must not pay for starting Chromium and the service.
                measure_page(
                    context, worker, f"http://127.0.0.1:{page_server.server_port}/legal/{pages[-1].name}"
                )
                pack_sets = [["core"], ["core", DENSE_PACK_REF]] if arguments.dense else [["core"]]
                for packs in pack_sets:
                    worker.evaluate("(packs) => chrome.storage.sync.set({packs})", packs)
                    for page in pages:
                        url = f"http://127.0.0.1:{page_server.server_port}/legal/{page.name}"
                        measured = measure_page(context, worker, url)
                        size_kb = page.stat().st_size / 1024
                        rows.append(report(page.stem, size_kb, packs, sent_chars.get(url), measured))
                context.close()
        finally:
            service.shutdown()
            page_server.shutdown()
    for row in rows:
        print(f"\n{row['page']} ({row['html_kb']} KB of HTML)")
        for key, value in row.items():
            if key not in ("page", "html_kb"):
                print(f"  {key:<36} {value}")
    if arguments.json:
        arguments.json.parent.mkdir(parents=True, exist_ok=True)
        arguments.json.write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
