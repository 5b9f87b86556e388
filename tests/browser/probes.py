"""JavaScript run in test pages to read what the extension did, and small helpers around it."""

HIGHLIGHTS_BY_CLAUSE = """() => {
  const byId = {};
  for (const element of document.querySelectorAll('clauselens-highlight')) {
    (byId[element.dataset.clauselensId] ??= []).push(element);
  }
  return Object.fromEntries(Object.entries(byId).map(([id, elements]) => {
    const range = document.createRange();
    range.setStartBefore(elements[0]);
    range.setEndAfter(elements[elements.length - 1]);
    return [id, {
      severity: elements[0].dataset.severity,
      text: range.toString(),
      parts: elements.map((element) => element.textContent),
      parents: elements.map((element) => element.parentElement.tagName),
    }];
  }));
}"""

PAGE_AS_SERVED = """async () => {
  const html = await (await fetch(location.href)).text();
  return new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
}"""


def squeeze(text: str) -> str:
    return " ".join(text.split())


def highlight_count(page) -> int:
    return page.evaluate("() => document.querySelectorAll('clauselens-highlight').length")
