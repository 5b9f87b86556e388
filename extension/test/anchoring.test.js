// Anchoring clauses by position, checked against the quote, with quote search as the fallback.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { anchorClause, anchorClauses } = require('../content/anchoring.js');

function clauseAt(text, exact, id = 'c1') {
  const start = text.indexOf(exact);
  return {
    id,
    start,
    end: start + exact.length,
    quote: { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + exact.length, start + exact.length + 32) },
  };
}

test('anchors by position when the text is the one analysed', () => {
  const text = 'Terms.\n\nWe may sell your data. Bye.';
  const clause = clauseAt(text, 'We may sell your data.');
  assert.deepEqual(anchorClause(text, clause), { start: 8, end: 30, method: 'position' });
});

test('positions count UTF-16 code units, as the service sends them', () => {
  const text = '📜🔒 We may sell your data.';
  const clause = { start: 5, end: 27, quote: { exact: 'We may sell your data.', prefix: '📜🔒 ', suffix: '' } };
  assert.equal(anchorClause(text, clause).method, 'position');
});

test('falls back to the quote when content was inserted above the clause', () => {
  const analysed = 'Terms.\n\nWe may sell your data. Bye.';
  const clause = clauseAt(analysed, 'We may sell your data.');
  const changed = 'Cookie banner text.\n\nTerms.\n\nWe may sell your data. Bye.';
  const anchor = anchorClause(changed, clause);
  assert.equal(anchor.method, 'quote-exact');
  assert.equal(changed.slice(anchor.start, anchor.end), 'We may sell your data.');
});

test('sorts anchors, reports clauses not found and drops overlaps', () => {
  const text = 'One clause here. Two clause here. Three.';
  const first = clauseAt(text, 'One clause here.', 'c1');
  const second = clauseAt(text, 'Two clause here.', 'c2');
  const overlapping = { ...clauseAt(text, 'here. Two', 'c3') };
  const gone = { id: 'c4', start: 0, end: 5, quote: { exact: 'Vanished.' } };
  const { anchored, missed } = anchorClauses(text, [second, gone, first, overlapping]);
  assert.deepEqual(anchored.map((anchor) => anchor.clause.id), ['c1', 'c2']);
  assert.deepEqual(missed.map((clause) => clause.id).sort(), ['c3', 'c4']);
});
