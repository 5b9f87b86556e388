"""Patterns split over several RE2 sets still answer like one set: every index, in pack order."""

from clauselens.engine.patterns import SET_CHUNK_SIZE, compile_set


def test_hits_are_numbered_across_all_sets():
    words = [f"word{number}" for number in range(SET_CHUNK_SIZE * 2 + 3)]
    pattern_sets = compile_set([rf"\b{word}\b" for word in words], case_sensitive=False)
    text = f"{words[0]} and {words[SET_CHUNK_SIZE + 1]} and {words[-1].upper()}"
    assert sorted(pattern_sets.Match(text)) == [0, SET_CHUNK_SIZE + 1, len(words) - 1]


def test_no_hit_gives_an_empty_answer():
    assert list(compile_set([r"\bsell\b", r"\btrain\b"], case_sensitive=False).Match("nothing here")) == []
