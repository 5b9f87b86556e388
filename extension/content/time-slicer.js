/**
 * clauselens: splits long DOM work into slices of a few milliseconds, yielding to the
 * event loop between them, so that a 1 MB page keeps scrolling and typing while the text
 * is read and the highlights are drawn. Records the longest slice for measurement.
 */
(function (exports) {
  'use strict';

  const DEFAULT_BUDGET_MS = 12;

  /** Lets waiting tasks (input, timers) run. A message is not throttled like a nested setTimeout(0). */
  function yieldToEventLoop() {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }

  /**
   * Also lets the browser render what the slice changed before the next one starts, so each
   * frame lays out a slice's worth of changes instead of one frame laying out all of them.
   * Hidden tabs do not render (and pause animation frames): there, only the task is yielded.
   */
  function yieldToNextFrame() {
    if (globalThis.document?.visibilityState !== 'visible' || typeof requestAnimationFrame !== 'function') {
      return yieldToEventLoop();
    }
    return new Promise((resolve) => requestAnimationFrame(() => yieldToEventLoop().then(resolve)));
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
  exports.yieldToNextFrame = yieldToNextFrame;
})(typeof module === 'object' ? module.exports : ((globalThis.clauselens ??= {}).timeSlicer = {}));
