// The visible-text builder: whitespace as CSS renders it, breaks between blocks, offsets back to nodes.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { TextMapBuilder, changedLength } = require('../content/text-map.js');

/** A text node stand-in: the builder only keys on identity and reads what it is given. */
function textNode(data) {
  return { data };
}

function build(steps) {
  const builder = new TextMapBuilder();
  for (const step of steps) {
    if (step === 'block') builder.addBlockBoundary();
    else if (step === 'br') builder.addLineBreak();
    else builder.addText(step, step.data, step.whiteSpace);
  }
  return builder.finish();
}

/** The text each node range covers, joined: what a highlight of [start, end) would contain. */
function coveredText(map, start, end) {
  return map.nodeRanges(start, end).map((range) => range.node.data.slice(range.start, range.end)).join('|');
}

test('collapses whitespace runs like CSS and drops it at line starts and ends', () => {
  const map = build([textNode('  Terms   of\n   Service  '), 'block', textNode('\n  We may  share. ')]);
  assert.equal(map.text, 'Terms of Service\n\nWe may share.');
});

test('block boundaries become a blank line, one <br> a line feed, two a blank line', () => {
  const map = build([textNode('a'), 'block', 'block', textNode('b'), 'br', textNode('c'), 'br', 'br', textNode('d')]);
  assert.equal(map.text, 'a\n\nb\nc\n\nd');
});

test('pre keeps every character; pre-line keeps line feeds only', () => {
  const pre = textNode('line one\n  line two');
  pre.whiteSpace = 'pre';
  const preLine = textNode('a   b \n  c');
  preLine.whiteSpace = 'pre-line';
  assert.equal(build([pre]).text, 'line one\n  line two');
  assert.equal(build([preLine]).text, 'a b\nc');
});

test('a block after preformatted text ending in a line feed adds only what is missing', () => {
  const pre = textNode('code\n');
  pre.whiteSpace = 'pre';
  assert.equal(build([pre, 'block', textNode('after')]).text, 'code\n\nafter');
});

test('the space between inline elements belongs to the whitespace-only node that holds it', () => {
  const bold = textNode('You agree');
  const between = textNode('  ');
  const link = textNode('to arbitration.');
  const map = build([bold, between, link]);
  assert.equal(map.text, 'You agree to arbitration.');
  const ranges = map.nodeRanges(0, map.text.length);
  assert.deepEqual(
    ranges.map((range) => [range.node, range.start, range.end]),
    [[bold, 0, 9], [between, 0, 1], [link, 0, 15]],
  );
});

test('maps every offset back to the node offset it came from, across collapsed runs', () => {
  const node = textNode('We   may\n\tsell   your data.');
  const map = build([node]);
  assert.equal(map.text, 'We may sell your data.');
  const start = map.text.indexOf('may');
  const end = map.text.indexOf(' data');
  assert.equal(coveredText(map, start, end), 'may\n\tsell   your');
});

test('offsets are UTF-16 code units: an emoji before a clause counts two', () => {
  const node = textNode('🔒 We sell your data.');
  const map = build([node]);
  const start = map.text.indexOf('We');
  assert.equal(start, 3);
  assert.equal(coveredText(map, start, map.text.length), 'We sell your data.');
});

test('node ranges skip the line breaks between blocks and split per node', () => {
  const first = textNode('First paragraph.');
  const second = textNode('Second one.');
  const map = build([first, 'block', second]);
  assert.equal(coveredText(map, 6, map.text.indexOf(' one')), 'paragraph.|Second');
  assert.deepEqual(map.nodeRanges(16, 18), []);
});

test('a range starting inside a break begins at the next node', () => {
  const first = textNode('One.');
  const second = textNode('Two.');
  const map = build([first, 'block', second]);
  const [range] = map.nodeRanges(5, 9);
  assert.equal(range.node, second);
  assert.deepEqual([range.start, range.end], [0, 3]);
});

test('empty and whitespace-only documents give empty text', () => {
  assert.equal(build([]).text, '');
  assert.equal(build([textNode('   \n '), 'block', textNode('\t')]).text, '');
});

test('measures how much of a text changed between two readings', () => {
  assert.equal(changedLength('Terms. Updated 10:01. Body.', 'Terms. Updated 10:02. Body.'), 1);
  assert.equal(changedLength('abc', 'abc'), 0);
  assert.equal(changedLength('Terms.', 'Terms. And a lazily loaded section.'), 29);
  assert.equal(changedLength('aaaa', 'aa'), 2);
});

test('knows when the next text starts a line: at the start, after a block or a <br>, not mid-line', () => {
  const builder = new TextMapBuilder();
  assert.equal(builder.atLineStart(), true);
  builder.addText(textNode('No Refunds.'), 'No Refunds.');
  assert.equal(builder.atLineStart(), false);
  builder.addLineBreak();
  assert.equal(builder.atLineStart(), true);
  builder.addText(textNode('Fees are final.'), 'Fees are final.');
  builder.addBlockBoundary();
  assert.equal(builder.atLineStart(), true);
  assert.equal(builder.finish().text, 'No Refunds.\nFees are final.');
});
