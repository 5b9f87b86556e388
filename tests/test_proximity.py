"""Relaxed twins of patterns with wide bounded repeats: never more than a prefilter, exact when short."""

import pytest
from clauselens.engine.patterns import compile_pattern
from clauselens.engine.proximity import WIDE_REPEAT, relaxed


@pytest.mark.parametrize(
    ("pattern", "twin"),
    [
        (r"\bmay\b[^.;]{0,150}\bsuspend", (r"\bmay\b[^.;]{0,}\bsuspend", 150)),
        (r"a{2,30}b(\w+\s+){0,40}c", (r"a{2,}b(\w+\s+){0,}c", 30)),
        (r"[]{0,50}]x{1,25}", (r"[]{0,50}]x{1,}", 25)),  # braces inside a class are text
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
        expected = any(True for _ in pattern.finditer(text))  # the counting pattern itself
        assert pattern.occurs_in(text.encode()) is expected, text
    assert pattern.occurs_in(near.encode()) and not pattern.occurs_in(far.encode())
