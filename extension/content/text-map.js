/**
 * clauselens: the page's visible text as one string, with a map from every text offset
 * back to a (text node, offset) pair. Pure: nodes are opaque keys, so Node can test it.
 *
 * Whitespace collapses as CSS renders it (runs of spaces become one, none at line starts),
 * block boundaries become "\n\n" and <br> "\n". Offsets are UTF-16 code units, the
 * same units the service returns (DESIGN §2).
 */
(function (exports) {
  'use strict';

  // Whitespace that rendering changes: runs, tabs and line feeds, and a single space at either
  // end of a node (it may fall at a line start or before a break). A single space between two
  // words renders as itself and stays inside the run, which keeps the map small.
  const COLLAPSIBLE = /[ \t\n\r\f]{2,}|[\t\n\r\f]|^ | $/g;
  const COLLAPSIBLE_KEEPING_LINE_FEEDS = /[ \t\r\f]*\n[ \t\r\f]*|[ \t\r\f]{2,}|[\t\r\f]|^ | $/g;

  /**
   * One text node's share of the text: text offsets [start, end), made of runs that each
   * map a stretch of text one to one onto a stretch of the node (collapsed whitespace
   * starts a new run).
   */
  class Piece {
    constructor(node, start) {
      this.node = node;
      this.start = start;
      this.end = start;
      this.runStarts = []; // text offset where each run starts
      this.runNodeStarts = []; // node offset where each run starts
    }

    addRun(nodeOffset, length) {
      const lastRun = this.runStarts.length - 1;
      const continues = lastRun >= 0 && this.runNodeStarts[lastRun] + (this.end - this.runStarts[lastRun]) === nodeOffset;
      if (!continues) {
        this.runStarts.push(this.end);
        this.runNodeStarts.push(nodeOffset);
      }
      this.end += length;
    }

    /** The node offset of the character at text offset `offset` (start <= offset < end). */
    nodeOffsetAt(offset) {
      let low = 0;
      let high = this.runStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if (this.runStarts[middle] <= offset) low = middle;
        else high = middle - 1;
      }
      return this.runNodeStarts[low] + (offset - this.runStarts[low]);
    }
  }

  /** Collects text nodes in document order and builds a TextMap. */
  class TextMapBuilder {
    constructor() {
      this.chunks = [];
      this.length = 0;
      this.pieces = [];
      this.pendingBreak = 0;
      this.pendingSpace = null;
      this.lastChar = '\n';
    }

    /**
     * Adds a text node. `whiteSpace` is the CSS white-space of its parent: "normal"
     * (collapse everything), "pre-line" (keep line feeds) or "pre" (keep everything).
     */
    addText(node, data, whiteSpace = 'normal') {
      if (whiteSpace === 'pre') {
        if (data) this.emitRun(node, 0, data);
        return;
      }
      const keepLineFeeds = whiteSpace === 'pre-line';
      const pattern = keepLineFeeds ? COLLAPSIBLE_KEEPING_LINE_FEEDS : COLLAPSIBLE;
      let position = 0;
      for (const match of data.matchAll(pattern)) {
        if (match.index > position) this.emitRun(node, position, data.slice(position, match.index));
        if (keepLineFeeds && match[0].includes('\n')) {
          this.pendingSpace = null;
          this.emitRun(node, match.index + match[0].indexOf('\n'), '\n');
        } else {
          this.noteSpace(node, match.index);
        }
        position = match.index + match[0].length;
      }
      if (position < data.length) this.emitRun(node, position, data.slice(position));
    }

    /** A <br>: one line break; two in a row make a paragraph break. */
    addLineBreak() {
      this.pendingBreak = Math.min(2, this.pendingBreak + 1);
      this.pendingSpace = null;
    }

    /** Whether the next text starts a line: nothing yet, or a break is pending or was just written. */
    atLineStart() {
      return this.pendingBreak > 0 || this.lastChar === '\n';
    }

    /** The edge of a block element (paragraph, heading, list item, table cell...). */
    addBlockBoundary() {
      this.pendingBreak = 2;
      this.pendingSpace = null;
    }

    /** Collapsible whitespace: at most one space, and none at a line start or before a break. */
    noteSpace(node, offset) {
      if (this.pendingSpace === null && !this.atLineStart()) {
        this.pendingSpace = { node, offset };
      }
    }

    emitRun(node, nodeOffset, run) {
      if (this.pendingBreak > 0) {
        if (this.length > 0) this.appendLoose(breakText(this.lastChar, this.pendingBreak));
        this.pendingBreak = 0;
      } else if (this.pendingSpace !== null) {
        const space = this.pendingSpace;
        this.pendingSpace = null;
        this.append(space.node, space.offset, ' ');
      }
      this.append(node, nodeOffset, run);
    }

    append(node, nodeOffset, run) {
      let piece = this.pieces[this.pieces.length - 1];
      if (piece === undefined || piece.node !== node || piece.end !== this.length) {
        piece = new Piece(node, this.length);
        this.pieces.push(piece);
      }
      piece.addRun(nodeOffset, run.length);
      this.chunks.push(run);
      this.length += run.length;
      this.lastChar = run[run.length - 1];
    }

    /** Text that belongs to no node: the line breaks between blocks. */
    appendLoose(text) {
      if (!text) return;
      this.chunks.push(text);
      this.length += text.length;
      this.lastChar = text[text.length - 1];
    }

    finish() {
      return new TextMap(this.chunks.join(''), this.pieces);
    }
  }

  /** The line feeds a break adds, counting one the text already ends with (a <pre>'s own). */
  function breakText(lastChar, strength) {
    return '\n'.repeat(lastChar === '\n' ? strength - 1 : strength);
  }

  /** The visible text and the pieces that map it back to text nodes. */
  class TextMap {
    constructor(text, pieces) {
      this.text = text;
      this.pieces = pieces;
      this.pieceStarts = Int32Array.from(pieces, (piece) => piece.start);
    }

    /** Index of the first piece that ends after `offset` (the piece holding it, or the next one). */
    pieceIndexAfter(offset) {
      let low = 0;
      let high = this.pieces.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (this.pieces[middle].end <= offset) low = middle + 1;
        else high = middle;
      }
      return low;
    }

    /**
     * The node ranges covering text offsets [start, end), in document order:
     * [{node, start, end}] with node offsets. Line breaks between blocks belong to no node.
     */
    nodeRanges(start, end) {
      const ranges = [];
      for (let index = this.pieceIndexAfter(start); index < this.pieces.length; index++) {
        const piece = this.pieces[index];
        if (piece.start >= end) break;
        const from = Math.max(start, piece.start);
        const to = Math.min(end, piece.end);
        if (from >= to) continue;
        ranges.push({
          node: piece.node,
          start: piece.nodeOffsetAt(from),
          end: piece.nodeOffsetAt(to - 1) + 1,
        });
      }
      return ranges;
    }
  }

  /** How many characters differ between two versions of a text, outside their common prefix and suffix. */
  function changedLength(before, after) {
    const shorter = Math.min(before.length, after.length);
    let prefix = 0;
    while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (
      suffix < shorter - prefix &&
      before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
    ) {
      suffix++;
    }
    return Math.max(before.length, after.length) - prefix - suffix;
  }

  exports.changedLength = changedLength;
  exports.TextMapBuilder = TextMapBuilder;
  exports.TextMap = TextMap;
})(typeof module === 'object' ? module.exports : ((globalThis.clauselens ??= {}).textMap = {}));
