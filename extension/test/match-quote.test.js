// Quote search when the page changed after the analysis: exact, normalised, head and tail.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { matchQuote, normalize } = require('../content/match-quote.js');

test('finds the exact quote and tells repeated quotes apart by prefix and suffix', () => {
  const text = 'Intro. We may change these terms. Later: billing. We may change these terms. End of billing.';
  const quote = { exact: 'We may change these terms.', prefix: 'Later: billing. ', suffix: ' End of' };
  const found = matchQuote(text, quote, 0);
  assert.deepEqual(found, { start: text.lastIndexOf('We may'), end: text.lastIndexOf('We may') + 26, method: 'quote-exact' });
});

test('without context, the occurrence nearest the expected position wins', () => {
  const text = 'A rule. A rule. A rule.';
  const found = matchQuote(text, { exact: 'A rule.' }, 15);
  assert.equal(found.start, 16);
});

test('survives changed whitespace, case, curly quotes and dashes', () => {
  const text = 'Header\n\nThe Company’s   licence is perpetual —\nand IRREVOCABLE. Footer';
  const quote = { exact: "The company's licence is perpetual - and irrevocable.", prefix: 'Header\n\n', suffix: ' Footer' };
  const found = matchQuote(text, quote, 3);
  assert.equal(found.method, 'quote-normalized');
  assert.equal(text.slice(found.start, found.end), 'The Company’s   licence is perpetual —\nand IRREVOCABLE.');
});

test('finds a long clause whose middle was edited by its head and tail', () => {
  const head = 'You grant us a perpetual, worldwide, royalty-free licence ';
  const tail = ' to train our machine learning models on your content.';
  const text = `Intro. ${head}to host, copy and adapt what you upload, and${tail} Outro.`;
  const quote = { exact: `${head}to host and copy what you upload, and${tail}`, prefix: 'Intro. ', suffix: ' Outro.' };
  const found = matchQuote(text, quote, 0);
  assert.equal(found.method, 'quote-fuzzy');
  assert.equal(text.slice(found.start, found.end), `${head}to host, copy and adapt what you upload, and${tail}`);
});

test('gives up when the clause is gone', () => {
  assert.equal(matchQuote('Nothing to see here.', { exact: 'We sell your data.' }, 0), null);
});

test('normalisation keeps a map back to the original offsets', () => {
  const { text, offsets } = normalize('  A\u00a0 B\n');
  assert.equal(text, 'a b');
  assert.deepEqual(offsets, [2, 3, 5, 7]);
});
