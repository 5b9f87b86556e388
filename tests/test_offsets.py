"""UTF-16 offsets (what JavaScript counts) and TextQuotes."""

from clauselens.text.offsets import Utf16Index, text_quote, utf16_length


def utf16_slice(text: str, start: int, end: int) -> str:
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def test_bmp_text_offsets_are_code_points():
    index = Utf16Index("plain text, café, 世界")
    assert index.to_utf16(7) == 7
    assert index.length == len("plain text, café, 世界")


def test_each_astral_character_before_an_offset_adds_one_unit():
    text = "🙂a😀b𝄞c"
    index = Utf16Index(text)
    assert [index.to_utf16(i) for i in range(len(text) + 1)] == [0, 2, 3, 5, 6, 8, 9]
    assert index.length == utf16_length(text) == 9


def test_utf16_offsets_slice_the_same_text_as_javascript_would():
    text = "Emoji 🎉🎉 and CJK 利用規約 then 🙂 the clause we want."
    start = text.index("the clause")
    end = len(text)
    index = Utf16Index(text)
    assert utf16_slice(text, index.to_utf16(start), index.to_utf16(end)) == "the clause we want."


def test_quote_has_exact_and_up_to_32_characters_of_context():
    text = "x" * 50 + "EXACT" + "y" * 50
    quote = text_quote(text, 50, 55)
    assert quote == {"exact": "EXACT", "prefix": "x" * 32, "suffix": "y" * 32}
    assert text_quote("AB", 0, 1) == {"exact": "A", "prefix": "", "suffix": "B"}
