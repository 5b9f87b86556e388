"""Relaxed twins of patterns with wide bounded repeats: never more than a prefilter, exact when short."""

import re

import pytest
from clauselens.engine.patterns import compile_pattern
from clauselens.engine.proximity import WIDE_REPEAT, Twin, relaxed


@pytest.mark.parametrize(
    ("pattern", "twin"),
    [
        (r"\bmay\b[^.;]{0,150}\bsuspend", Twin(r"\bmay\b[^.;]{0,}\bsuspend", 150)),
        (r"a{2,30}b(\w+\s+){0,40}c", Twin(r"a{2,}b(\w+\s+){0,}c", 30)),
        (r"[]{0,50}]x{1,25}", Twin(r"[]{0,50}]x{1,}", 25)),  # braces inside a class are text
    ],
)
def test_wide_repeats_are_relaxed_and_the_smallest_bound_kept(pattern, twin):
    assert relaxed(pattern) == twin


@pytest.mark.parametrize("pattern", [r"x{3}", r"(\w+\s+){0,3}", r"\{0,50\}", r"\Qa{0,50}\E", r"plain"])
def test_patterns_without_wide_repeats_have_no_twin(pattern):
    assert relaxed(pattern) is None


def test_twin_agrees_with_the_pattern_on_short_and_long_texts():
    pattern = compile_pattern(rf"\bmay\b[^.;]{{0,{WIDE_REPEAT}}}\bsuspend\b", case_sensitive=False)
    near = "We may suspend it."
    far = "We may " + "x " * WIDE_REPEAT + "suspend it."
    for text in (near, far, "We suspend it.", "We may. Then suspend."):
        expected = re.search(pattern.pattern, text, re.IGNORECASE) is not None  # the counting pattern itself
        assert pattern.occurs_in(text.encode()) is expected, text
    assert pattern.occurs_in(near.encode()) and not pattern.occurs_in(far.encode())


@pytest.mark.parametrize(
    "pattern",
    [
        rf"\b(may|can)\b[^.;]{{0,{WIDE_REPEAT}}}\b(suspend|terminate)\w*",
        rf"\b(may|can)\b[^.;]{{0,{WIDE_REPEAT}}}?\b(suspend|terminate)",  # lazy
        rf"\b(may|can)\b(\w+\s+){{0,{WIDE_REPEAT}}}(suspend|terminate)",  # a repeated group
    ],
)
def test_evidence_spans_are_the_counting_patterns_own(pattern):
    compiled = compile_pattern(pattern, case_sensitive=False)
    gap = "x " * (WIDE_REPEAT // 2 - 2)
    texts = [
        f"We may {gap}suspend or terminate it.",  # short: the twin's match is within the bound
        f"We may {gap}suspend it, and {'y ' * WIDE_REPEAT}we can terminate it or suspend it.",
        f"We may {'z ' * WIDE_REPEAT}suspend it.",  # too far apart: no match at all
        f"We can terminate; we may {gap}terminate, and {gap * 3} suspend, or may suspend.",
        "may " * 12 + "x " * WIDE_REPEAT + "suspend; can suspend",  # many places the twin matches first
    ]
    for text in texts:
        expected = [found.span() for found in re.finditer(pattern, text, re.IGNORECASE)][:3]
        assert compiled.spans(text, text.encode(), 3) == expected, text


def test_evidence_spans_count_characters_and_step_over_empty_matches():
    text = "Ça: l’accès — «données» et données."
    compiled = compile_pattern(r"donn[ée]es|x*", case_sensitive=False)  # "x*" matches "" everywhere
    expected = [found.span() for found in re.finditer(r"donn[ée]es|x*", text, re.IGNORECASE) if found.group()]
    assert compiled.spans(text, text.encode(), 100) == expected == [(15, 22), (27, 34)]
