/**
 * clauselens: wraps anchored clauses in <clauselens-highlight> elements and removes them
 * again, restoring the page's text nodes exactly (the same node objects, the same data).
 *
 * A clause crossing element boundaries (<a>, <b>, <span>) gets one element per text node
 * run; whitespace-only runs are skipped. Text nodes are split at the clause edges; every
 * node a split creates is remembered so that removal can join it back into its original.
 */
(function (clauselens) {
  'use strict';

  const TAG = 'clauselens-highlight';

  class Highlighter {
    constructor() {
      this.elementsByClause = new Map();
      this.splitNodes = [];
      // Per original text node: the node now holding its not-yet-highlighted tail, and
      // that tail's offset in the original. Clauses are drawn in text order.
      this.tails = new Map();
    }

    get clauseCount() {
      return this.elementsByClause.size;
    }

    elementsOf(clauseId) {
      return this.elementsByClause.get(clauseId) ?? [];
    }

    /** Whether every highlight is still in the page (a re-render may have replaced them). */
    allConnected() {
      for (const elements of this.elementsByClause.values()) {
        if (!elements.every((element) => element.isConnected)) return false;
      }
      return true;
    }

    /**
     * Draws `anchors` ([{clause, start, end}] sorted by start) over `textMap`, yielding
     * through `slicer`. `onFirst` runs once the first clause is on the page; `guard` runs
     * each synchronous DOM change (the page watcher uses it to ignore them).
     */
    async draw(textMap, anchors, slicer, onFirst = () => {}, guard = (change) => change()) {
      for (const anchor of anchors) {
        const elements = guard(() =>
          textMap.nodeRanges(anchor.start, anchor.end).map((range) => this.wrap(range, anchor.clause)).filter(Boolean),
        );
        if (elements.length) {
          elements[0].tabIndex = 0;
          elements[0].dataset.clauselensFirst = '';
          this.elementsByClause.set(anchor.clause.id, elements);
          if (this.elementsByClause.size === 1) onFirst();
        }
        if (slicer.due()) await slicer.yield();
      }
      this.tails.clear();
    }

    /** Wraps node offsets [range.start, range.end) of range.node; null for whitespace or a stale node. */
    wrap({ node: original, start, end }, clause) {
      const tail = this.tails.get(original) ?? { node: original, offset: 0 };
      start = Math.max(start, tail.offset);
      if (end <= start || !tail.node.isConnected) return null;
      let target = tail.node;
      const localStart = start - tail.offset;
      const localEnd = end - tail.offset;
      if (localEnd > target.data.length) return null; // the page changed this node since it was read
      if (!target.data.slice(localStart, localEnd).trim()) return null;
      if (localStart > 0) {
        target = target.splitText(localStart);
        this.splitNodes.push(target);
      }
      if (localEnd - localStart < target.data.length) {
        const rest = target.splitText(localEnd - localStart);
        this.splitNodes.push(rest);
        this.tails.set(original, { node: rest, offset: end });
      } else {
        this.tails.set(original, { node: target, offset: Infinity });
      }
      const element = document.createElement(TAG);
      element.dataset.clauselensId = clause.id;
      element.dataset.severity = clause.severity;
      target.parentNode.insertBefore(element, target);
      element.appendChild(target);
      return element;
    }

    /** Removes every highlight and joins split text nodes back into the page's own. */
    removeAll() {
      for (const elements of this.elementsByClause.values()) {
        for (const element of elements) element.replaceWith(...element.childNodes);
      }
      // Each node a split created follows the node it came from (or another piece of it), so
      // appending it to its previous sibling, in any order, rebuilds the original node.
      for (const node of this.splitNodes) {
        const previous = node.previousSibling;
        if (node.isConnected && previous?.nodeType === Node.TEXT_NODE) {
          previous.appendData(node.data);
          node.remove();
        }
      }
      this.splitNodes = [];
      this.elementsByClause.clear();
      this.tails.clear();
    }
  }

  clauselens.Highlighter = Highlighter;
})(globalThis.clauselens);
