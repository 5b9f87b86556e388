/**
 * clauselens: notices when the page's own content changes substantially (a single-page
 * app navigating, terms loaded lazily) and asks, debounced, for a fresh look. Changes the
 * extension makes itself (highlights, the tooltip) are made inside `ownChanges` and ignored.
 */
(function (clauselens) {
  'use strict';

  const SUBSTANTIAL_CHANGE_CHARS = 300;
  const QUIET_MS = 1200;
  const MAX_WAIT_MS = 5000;

  /** Characters of text that a batch of mutation records added, removed or rewrote. */
  function changedChars(records) {
    let total = 0;
    for (const record of records) {
      if (record.type === 'characterData') {
        total += record.target.data.length;
        continue;
      }
      for (const node of record.addedNodes) total += node.textContent?.length ?? 0;
      for (const node of record.removedNodes) total += node.textContent?.length ?? 0;
    }
    return total;
  }

  class PageWatcher {
    /** `onChange` runs after the page has been quiet for a moment following substantial changes. */
    constructor(onChange) {
      this.onChange = onChange;
      this.observer = new MutationObserver((records) => this.note(records));
      this.pendingChars = 0;
      this.changeCount = 0;
      this.quietTimer = null;
      this.firstChangeAt = 0;
      this.lastUrl = location.href;
    }

    start() {
      this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    }

    stop() {
      this.observer.disconnect();
      clearTimeout(this.quietTimer);
    }

    /** Runs `change` (synchronous DOM work of the extension) without counting it as the page's. */
    ownChanges(change) {
      this.note(this.observer.takeRecords());
      try {
        return change();
      } finally {
        this.observer.takeRecords();
      }
    }

    /** A number that changes whenever the page changed itself since it was last asked for. */
    version() {
      this.note(this.observer.takeRecords());
      return this.changeCount;
    }

    note(records) {
      if (!records.length) return;
      this.changeCount += 1;
      this.pendingChars += changedChars(records);
      const urlChanged = location.href !== this.lastUrl;
      if (this.pendingChars < SUBSTANTIAL_CHANGE_CHARS && !urlChanged) return;
      const now = performance.now();
      if (!this.quietTimer) this.firstChangeAt = now;
      clearTimeout(this.quietTimer);
      const wait = Math.max(0, Math.min(QUIET_MS, this.firstChangeAt + MAX_WAIT_MS - now));
      this.quietTimer = setTimeout(() => this.fire(), wait);
    }

    fire() {
      const changedChars = this.pendingChars;
      this.quietTimer = null;
      this.pendingChars = 0;
      const urlChanged = location.href !== this.lastUrl;
      this.lastUrl = location.href;
      this.onChange({ urlChanged, changedChars });
    }
  }

  clauselens.PageWatcher = PageWatcher;
})(globalThis.clauselens);
