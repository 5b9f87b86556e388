/**
 * clauselens: finds a TextQuote (exact, prefix, suffix) in a text that may have changed
 * since it was analysed. Pure string code, tested under Node.
 *
 * Tries, in order: the exact quote (several hits are told apart by their prefix, suffix and
 * nearness to the expected position); the quote with case, whitespace, quote marks and
 * dashes normalised; and, for long quotes, a normalised head and tail with anything between.
 */
(function (exports) {
  'use strict';

  const HEAD_TAIL_CHARS = 40;
  const LENGTH_TOLERANCE = 0.25;
  const EQUIVALENT_CHARS = new Map([
    ['\u2018', "'"], ['\u2019', "'"], ['\u201b', "'"], ['\u2032', "'"],
    ['\u201c', '"'], ['\u201d', '"'], ['\u201f', '"'], ['\u2033', '"'],
    ['\u2010', '-'], ['\u2011', '-'], ['\u2012', '-'], ['\u2013', '-'], ['\u2014', '-'], ['\u2212', '-'],
    ['\u00a0', ' '], ['\u2007', ' '], ['\u202f', ' '],
  ]);

  /** The text lower-cased with whitespace runs as one space and look-alike characters unified,
   *  plus `offsets[i]`: where normalised character i came from in the original. */
  function normalize(text) {
    const chars = [];
    const offsets = [];
    let lastWasSpace = true;
    for (let index = 0; index < text.length; index++) {
      let char = EQUIVALENT_CHARS.get(text[index]) ?? text[index];
      if (/\s/.test(char)) {
        if (lastWasSpace) continue;
        char = ' ';
        lastWasSpace = true;
      } else {
        const lower = char.toLowerCase();
        if (lower.length === 1) char = lower;
        lastWasSpace = false;
      }
      chars.push(char);
      offsets.push(index);
    }
    if (chars[chars.length - 1] === ' ') {
      chars.pop();
      offsets.pop();
    }
    offsets.push(text.length);
    return { text: chars.join(''), offsets };
  }

  /** Every index where `needle` occurs in `haystack`. */
  function occurrences(haystack, needle) {
    const found = [];
    if (!needle) return found;
    for (let index = haystack.indexOf(needle); index !== -1; index = haystack.indexOf(needle, index + 1)) {
      found.push(index);
    }
    return found;
  }

  /** How many characters of `expected` agree with `actual`, reading from the side nearest the quote. */
  function agreement(expected, actual, fromEnd) {
    let count = 0;
    const length = Math.min(expected.length, actual.length);
    for (let step = 1; step <= length; step++) {
      const a = fromEnd ? expected[expected.length - step] : expected[step - 1];
      const b = fromEnd ? actual[actual.length - step] : actual[step - 1];
      if (a !== b) break;
      count++;
    }
    return count;
  }

  /** Best candidate: most prefix/suffix agreement, then nearest to the hint. */
  function pickBest(candidates, text, quote, hint) {
    let best = null;
    let bestScore = -Infinity;
    for (const candidate of candidates) {
      const prefix = text.slice(Math.max(0, candidate.start - quote.prefix.length), candidate.start);
      const suffix = text.slice(candidate.end, candidate.end + quote.suffix.length);
      const context = agreement(quote.prefix, prefix, true) + agreement(quote.suffix, suffix, false);
      const distance = hint === undefined ? 0 : Math.abs(candidate.start - hint) / (text.length + 1);
      const score = context - distance;
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  function exactMatch(text, quote, hint) {
    const candidates = occurrences(text, quote.exact).map((start) => ({ start, end: start + quote.exact.length }));
    const best = pickBest(candidates, text, quote, hint);
    return best && { ...best, method: 'quote-exact' };
  }

  function normalizedMatch(text, normalizedText, normalizedQuote, quote, hint) {
    const candidates = occurrences(normalizedText.text, normalizedQuote).map((start) =>
      toOriginal(normalizedText, start, start + normalizedQuote.length),
    );
    const best = pickBest(candidates, text, quote, hint);
    return best && { ...best, method: 'quote-normalized' };
  }

  /** A long quote whose middle changed: its head, then its tail at about the same distance. */
  function headTailMatch(text, normalizedText, normalizedQuote, quote, hint) {
    if (normalizedQuote.length < HEAD_TAIL_CHARS * 3) return null;
    const head = normalizedQuote.slice(0, HEAD_TAIL_CHARS);
    const tail = normalizedQuote.slice(-HEAD_TAIL_CHARS);
    const minimum = normalizedQuote.length * (1 - LENGTH_TOLERANCE);
    const maximum = normalizedQuote.length * (1 + LENGTH_TOLERANCE);
    const candidates = [];
    for (const headStart of occurrences(normalizedText.text, head)) {
      const tailStart = normalizedText.text.indexOf(tail, headStart + minimum - HEAD_TAIL_CHARS);
      const end = tailStart + HEAD_TAIL_CHARS;
      if (tailStart !== -1 && end - headStart <= maximum) candidates.push(toOriginal(normalizedText, headStart, end));
    }
    const best = pickBest(candidates, text, quote, hint);
    return best && { ...best, method: 'quote-fuzzy' };
  }

  function toOriginal(normalizedText, start, end) {
    return { start: normalizedText.offsets[start], end: normalizedText.offsets[end - 1] + 1 };
  }

  /**
   * Where `quote` ({exact, prefix, suffix}) is in `text`: {start, end, method} in UTF-16
   * offsets, or null. `hint` is the offset where it was expected. `normalizedText` may be
   * passed in (from `normalize(text)`) when many quotes are searched in one text.
   */
  function matchQuote(text, { exact, prefix = '', suffix = '' }, hint, normalizedText) {
    const quote = { exact, prefix, suffix };
    const found = exactMatch(text, quote, hint);
    if (found) return found;
    const normalizedQuote = normalize(quote.exact).text;
    if (!normalizedQuote) return null;
    normalizedText ??= normalize(text);
    return (
      normalizedMatch(text, normalizedText, normalizedQuote, quote, hint) ??
      headTailMatch(text, normalizedText, normalizedQuote, quote, hint)
    );
  }

  exports.matchQuote = matchQuote;
  exports.normalize = normalize;
})(typeof module === 'object' ? module.exports : ((globalThis.clauselens ??= {}).matchQuote = {}));
