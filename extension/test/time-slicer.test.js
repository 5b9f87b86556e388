// Time slicing: work yields to the page once a slice has used its budget.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { TimeSlicer } = require('../content/time-slicer.js');

test('yields when the budget is used and records the longest slice', async () => {
  let clock = 0;
  let pauses = 0;
  const slicer = new TimeSlicer({ budgetMs: 10, now: () => clock, pause: async () => { pauses++; } });
  for (let step = 0; step < 10; step++) {
    clock += step === 4 ? 30 : 3;
    if (slicer.due()) await slicer.yield();
  }
  assert.equal(pauses, 3);
  const { slices, longestSliceMs } = slicer.finish();
  assert.equal(slices, 4);
  assert.equal(longestSliceMs, 30);
});

test('yields to the event loop for real: timers run between slices', async () => {
  const slicer = new TimeSlicer({ budgetMs: 0 });
  let timerRan = false;
  setTimeout(() => { timerRan = true; }, 0);
  for (let step = 0; step < 50 && !timerRan; step++) {
    const start = Date.now();
    while (Date.now() - start < 1) { /* busy work */ }
    if (slicer.due()) await slicer.yield();
  }
  assert.ok(timerRan);
});
