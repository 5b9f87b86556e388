/**
 * clauselens: "Explain this clause" in the page. Takes the selection (the context menu) or a
 * highlight's clause (a click), with the page's visible text, asks the service worker for
 * the explanation and shows it in the popover. The selection and the page's text leave the
 * page only on this explicit action.
 */
(function (clauselens) {
  'use strict';

  const MAX_CLAUSE_CHARS = 5000; // the service's limit for one clause (POST /v1/explain)
  const MAX_DOCUMENT_CHARS = 2_000_000; // as for analysis; a larger page's clause is explained without it
  const MAX_URL_CHARS = 4096;

  function squeeze(text) {
    return String(text ?? '').replace(/\s+/g, ' ').trim();
  }

  class Explainer {
    constructor(session) {
      this.session = session;
      this.popover = new clauselens.Popover();
      this.requestCount = 0;
    }

    /** The menu's "Explain this clause": the page's selection, else the text the menu saw selected. */
    explainSelection(menuSelectionText = '') {
      const selection = document.getSelection();
      const range = selection?.rangeCount && !selection.isCollapsed ? selection.getRangeAt(0).cloneRange() : null;
      return this.explain({
        anchor: range,
        clauseText: squeeze(range ? selection.toString() : menuSelectionText),
        readDocument: async () => (await this.session.readText()).textMap.text,
        returnFocusTo: document.activeElement,
      });
    }

    /** A click on a highlight: its clause, with the text that was analysed. */
    explainHighlight(highlight) {
      const clause = this.session.clauseOf(highlight);
      if (!clause) return undefined;
      return this.explain({
        anchor: highlight,
        clauseText: squeeze(clause.quote.exact),
        readDocument: async () => this.session.analysedText,
        returnFocusTo: this.session.highlighter.elementsOf(clause.id)[0] ?? highlight,
      });
    }

    async explain({ anchor, clauseText, readDocument, returnFocusTo }) {
      const request = ++this.requestCount;
      const ownChanges = (change) => this.session.watcher.ownChanges(change);
      this.session.tooltip.hide();
      if (!clauseText) {
        ownChanges(() => this.popover.showProblem(anchor, returnFocusTo, 'Nothing is selected.', 'Select a sentence or a clause, then choose “Explain this clause” again.'));
        return;
      }
      if (clauseText.length > MAX_CLAUSE_CHARS) {
        ownChanges(() => this.popover.showProblem(anchor, returnFocusTo, 'The selection is too long to explain.', `Select one clause: at most ${MAX_CLAUSE_CHARS.toLocaleString('en')} characters (this one has ${clauseText.length.toLocaleString('en')}).`));
        return;
      }
      ownChanges(() => this.popover.showLoading(anchor, clauseText, returnFocusTo));
      const documentText = await readDocument();
      const reply = await clauselens.sendToWorker({
        what: 'explain',
        clause: clauseText,
        document: documentText && documentText.length <= MAX_DOCUMENT_CHARS ? documentText : undefined,
        url: location.href.slice(0, MAX_URL_CHARS),
      });
      // Closed meanwhile, or another clause asked for since: this answer is not wanted any more.
      if (request !== this.requestCount || !this.popover.isOpen) return;
      if (reply.error) this.popover.showError(reply.error);
      else this.popover.showExplanation(reply);
    }
  }

  clauselens.Explainer = Explainer;
})(globalThis.clauselens);
