/**
 * clauselens: splits long DOM work into slices of a few milliseconds, yielding to the
 * event loop between them, so that a 1 MB page keeps scrolling and typing while the text
 * is read and the highlights are drawn. Records the longest slice for measurement.
 */
(function (exports) {
  'use strict';

  const DEFAULT_BUDGET_MS = 12;

  function yieldToEventLoop() {
    if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
    // A message is not throttled like a nested setTimeout(0) (which waits at least 4 ms).
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }

  class TimeSlicer {
    constructor({ budgetMs = DEFAULT_BUDGET_MS, now = () => performance.now(), pause = yieldToEventLoop } = {}) {
      this.budgetMs = budgetMs;
      this.now = now;
      this.pause = pause;
      this.sliceStart = now();
      this.slices = 1;
      this.longestSliceMs = 0;
    }

    /** Whether the current slice has used its budget; cheap enough to ask at every step. */
    due() {
      return this.now() - this.sliceStart >= this.budgetMs;
    }

    /** Ends the current slice and lets the page run: `if (slicer.due()) await slicer.yield();` */
    async yield() {
      this.longestSliceMs = Math.max(this.longestSliceMs, this.now() - this.sliceStart);
      await this.pause();
      this.slices += 1;
      this.sliceStart = this.now();
    }

    /** Ends the work: counts the last slice. */
    finish() {
      this.longestSliceMs = Math.max(this.longestSliceMs, this.now() - this.sliceStart);
      return { slices: this.slices, longestSliceMs: this.longestSliceMs };
    }
  }

  exports.TimeSlicer = TimeSlicer;
})(typeof module === 'object' ? module.exports : ((globalThis.clauselens ??= {}).timeSlicer = {}));
