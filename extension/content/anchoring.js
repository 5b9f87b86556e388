/**
 * clauselens: anchors the service's clauses in the page's current text (DESIGN §2).
 * By position first, checked against the quote; when they disagree (the page changed
 * after it was analysed) by searching for the quote. Pure, tested under Node.
 */
(function (exports, quoteMatching) {
  'use strict';

  /**
   * The text offsets of one clause in `text`: {start, end, method} where method is
   * "position" or how the quote was found, or null when it cannot be found.
   */
  function anchorClause(text, clause, searchState = {}) {
    const { start, end, quote } = clause;
    if (Number.isInteger(start) && Number.isInteger(end) && start < end && text.slice(start, end) === quote.exact) {
      return { start, end, method: 'position' };
    }
    // The normalised text is only built when a quote search needs it, then reused.
    searchState.normalizedText ??= quoteMatching.normalize(text);
    return quoteMatching.matchQuote(text, quote, start, searchState.normalizedText);
  }

  /**
   * Anchors every clause: [{clause, start, end, method}] sorted by start, without overlaps
   * (a clause that would overlap an earlier one is left out), and the clauses not found.
   */
  function anchorClauses(text, clauses) {
    const searchState = {};
    const anchored = [];
    const missed = [];
    for (const clause of clauses) {
      const anchor = anchorClause(text, clause, searchState);
      if (anchor) anchored.push({ clause, ...anchor });
      else missed.push(clause);
    }
    anchored.sort((a, b) => a.start - b.start || a.end - b.end);
    const separate = [];
    for (const anchor of anchored) {
      const previous = separate[separate.length - 1];
      if (previous && anchor.start < previous.end) missed.push(anchor.clause);
      else separate.push(anchor);
    }
    return { anchored: separate, missed };
  }

  exports.anchorClause = anchorClause;
  exports.anchorClauses = anchorClauses;
})(
  typeof module === 'object' ? module.exports : ((globalThis.clauselens ??= {}).anchoring = {}),
  typeof module === 'object' ? require('./match-quote.js') : globalThis.clauselens.matchQuote,
);
