/**
 * clauselens: the life of one page's analysis. Reads the visible text, decides whether the
 * page looks legal, asks the service worker to analyse it, anchors and draws the clauses,
 * and redoes what is needed when the page changes or the user hides the highlights.
 */
(function (clauselens) {
  'use strict';

  const MAX_TEXT_CHARS = 2_000_000;
  const MAX_URL_CHARS = 4096;
  const MAX_TITLE_CHARS = 1000;
  const SMALL_CHANGE_CHARS = 400;
  // A page judged not legal is judged again when a good part of it changed (terms loaded
  // late), not on every batch of an endless feed.
  const REASSESS_SHARE = 0.25;
  // Wrapping is cheap but each wrapped run costs the browser style and layout in the next
  // frame, so drawing slices are shorter than reading ones.
  const DRAWING_BUDGET_MS = 5;

  function sendToWorker(message) {
    return chrome.runtime.sendMessage(message).catch((error) => ({
      error: { code: 'extension_unavailable', message: String(error?.message ?? error) },
    }));
  }

  /** Tells this page's analysis from a later one's (randomUUID needs a secure context; pages may be http). */
  function newPageId() {
    return Array.from(crypto.getRandomValues(new Uint32Array(4)), (part) => part.toString(36)).join('-');
  }

  function mark(name, detail) {
    performance.mark(`clauselens:${name}`, detail === undefined ? undefined : { detail });
  }

  class PageSession {
    constructor() {
      this.highlighter = new clauselens.Highlighter();
      this.tooltip = new clauselens.Tooltip();
      this.watcher = new clauselens.PageWatcher((change) => this.pageChanged(change));
      this.analysis = null;
      this.analysedText = '';
      this.assessedLength = 0;
      this.clausesById = new Map();
      this.visible = true;
      this.autoMode = 'legal';
      this.pageId = newPageId();
      this.queue = Promise.resolve();
    }

    /** Runs `task` after the ones before it: the text map must not change under a drawing. */
    enqueue(task) {
      this.queue = this.queue.then(task).catch((error) => console.error('clauselens:', error));
      return this.queue;
    }

    async start() {
      const settings = await sendToWorker({ what: 'getSettings' });
      this.autoMode = settings.autoMode ?? 'legal';
      if (this.autoMode === 'off') {
        await sendToWorker({ what: 'pageStatus', status: 'off' });
        return;
      }
      this.watcher.start();
      await this.enqueue(() => this.assess());
    }

    async readText() {
      const slicer = new clauselens.timeSlicer.TimeSlicer();
      const textMap = await clauselens.domText.buildTextMap(slicer);
      textMap.pageVersion = this.watcher.version();
      textMap.longestSliceMs = slicer.finish().longestSliceMs;
      return { textMap };
    }

    /** Analyses the page when it looks legal and the mode allows; reports what it decided. */
    async assess() {
      const { textMap } = await this.readText();
      this.assessedLength = textMap.text.length;
      const assessment = clauselens.legalPage.assessLegalPage(clauselens.domText.pageFeatures(textMap.text));
      if (!assessment.looksLegal) {
        await sendToWorker({ what: 'pageStatus', status: 'not-legal', score: assessment.score });
      } else if (this.autoMode !== 'legal') {
        await sendToWorker({ what: 'pageStatus', status: 'ask', score: assessment.score });
      } else {
        await this.analyse(textMap);
      }
    }

    /** The user asked (popup, menu): analyse whatever the page is. */
    analyseNow() {
      this.visible = true;
      this.watcher.start();
      return this.enqueue(async () => this.analyse((await this.readText()).textMap));
    }

    async analyse(textMap) {
      const text = textMap.text;
      if (!text.trim() || text.length > MAX_TEXT_CHARS) {
        await sendToWorker({ what: 'pageStatus', status: text.trim() ? 'too-large' : 'empty', chars: text.length });
        return;
      }
      mark('analysis-requested');
      const response = await sendToWorker({
        what: 'analyze',
        pageId: this.pageId,
        text,
        url: location.href.slice(0, MAX_URL_CHARS),
        title: document.title.slice(0, MAX_TITLE_CHARS),
      });
      if (response.error) return; // the worker shows the error in the popup and on the badge; the page stays as it is
      mark('analysis-received');
      this.analysis = response.analysis;
      this.analysedText = text;
      this.clausesById = new Map(this.analysis.clauses.map((clause) => [clause.id, clause]));
      if (this.visible) await this.draw(textMap);
    }

    /**
     * Removes what is drawn and draws every clause that anchors. `textMapRead` (the map the
     * analysis was made from) is reused when nothing changed since; otherwise the text is read again.
     */
    async draw(textMapRead = null) {
      let textMap = textMapRead;
      if (!textMap || this.highlighter.clauseCount > 0 || textMap.pageVersion !== this.watcher.version()) {
        this.watcher.ownChanges(() => this.highlighter.removeAll());
        ({ textMap } = await this.readText());
      }
      const { anchored, missed } = clauselens.anchoring.anchorClauses(textMap.text, this.analysis.clauses);
      const drawStart = performance.now();
      const { TimeSlicer, yieldToNextFrame } = clauselens.timeSlicer;
      const drawingSlicer = new TimeSlicer({ budgetMs: DRAWING_BUDGET_MS, pause: yieldToNextFrame });
      await this.highlighter.draw(textMap, anchored, drawingSlicer, () => mark('first-highlight'), (change) =>
        this.watcher.ownChanges(change),
      );
      const longestSliceMs = Math.max(textMap.longestSliceMs, drawingSlicer.finish().longestSliceMs);
      mark('highlights-drawn', { clauses: this.highlighter.clauseCount, longestSliceMs });
      await sendToWorker({
        what: 'highlightsDrawn',
        returned: this.analysis.clauses.length,
        drawn: this.highlighter.clauseCount,
        missed: missed.map((clause) => clause.id),
        drawMs: Math.round(performance.now() - drawStart),
        longestSliceMs: Math.round(longestSliceMs),
        visible: true,
      });
    }

    async setVisible(visible) {
      this.visible = visible;
      if (!this.analysis) return;
      if (visible) {
        await this.draw();
      } else {
        this.tooltip.hide();
        this.watcher.ownChanges(() => this.highlighter.removeAll());
        await sendToWorker({ what: 'highlightsDrawn', returned: this.analysis.clauses.length, drawn: 0, visible: false });
      }
    }

    /** The page changed substantially: start over on a new URL, else redo only what is needed. */
    pageChanged({ urlChanged, changedChars }) {
      this.enqueue(async () => {
        if (urlChanged) {
          this.reset();
          await this.assess();
          return;
        }
        if (!this.analysis) {
          if (changedChars >= REASSESS_SHARE * this.assessedLength) await this.assess();
          return;
        }
        if (!this.visible) return;
        const { textMap } = await this.readText();
        if (clauselens.textMap.changedLength(this.analysedText, textMap.text) > SMALL_CHANGE_CHARS) {
          await this.analyse(textMap);
        } else if (!this.highlighter.allConnected()) {
          await this.draw(); // the page re-rendered the same text and dropped the highlights
        }
      });
    }

    reset() {
      this.pageId = newPageId();
      this.tooltip.hide();
      this.watcher.ownChanges(() => this.highlighter.removeAll());
      this.analysis = null;
      this.analysedText = '';
      this.clausesById = new Map();
      this.visible = true;
    }

    clauseOf(highlightElement) {
      return this.clausesById.get(highlightElement.dataset.clauselensId);
    }

    /** Scrolls the clause into the middle of the window and flashes it. */
    scrollToClause(clauseId) {
      const elements = this.highlighter.elementsOf(clauseId);
      if (!elements.length) return false;
      elements[0].scrollIntoView({ block: 'center' });
      for (const element of elements) {
        element.removeAttribute('data-clauselens-flash');
        void element.offsetWidth; // restart the animation when the same clause is picked twice
        element.setAttribute('data-clauselens-flash', '');
        setTimeout(() => element.removeAttribute('data-clauselens-flash'), 1600);
      }
      elements[0].focus({ preventScroll: true });
      return true;
    }
  }

  clauselens.PageSession = PageSession;
  clauselens.sendToWorker = sendToWorker;
})(globalThis.clauselens);
