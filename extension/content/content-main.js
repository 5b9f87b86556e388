/**
 * clauselens: the content script's entry point. Starts the page session, answers the
 * service worker's messages (one switch on `request.what`), shows the tooltip when a
 * highlight is hovered or focused and the explanation when one is clicked (or Enter is
 * pressed on it). Runs once per page, even when injected again.
 */
(function (clauselens) {
  'use strict';

  if (clauselens.session) return;
  const session = new clauselens.PageSession();
  const explainer = new clauselens.Explainer(session);
  clauselens.session = session;
  clauselens.explainer = explainer;

  const HIGHLIGHT = 'clauselens-highlight';
  // A highlight inside one of these keeps the page's own behaviour on click (follow the link…).
  const PAGE_CONTROLS = 'a[href], button, input, select, textarea, label, summary, [contenteditable]';

  chrome.runtime.onMessage.addListener((request, sender, sendResponse) => {
    switch (request.what) {
      case 'analyzeNow':
        session.analyseNow();
        sendResponse({ started: true });
        break;
      case 'explainSelection':
        explainer.explainSelection(request.selectionText);
        sendResponse({ started: true });
        break;
      case 'scrollToClause':
        sendResponse({ found: session.scrollToClause(request.clauseId) });
        break;
      case 'setHighlightsVisible':
        session.enqueue(() => session.setVisible(request.visible)).then(() => sendResponse({ visible: session.visible }));
        return true;
      default:
        return false;
    }
    return false;
  });

  function highlightFrom(event) {
    return event.target instanceof Element ? event.target.closest(HIGHLIGHT) : null;
  }

  function showFor(highlight) {
    const clause = session.clauseOf(highlight);
    if (!clause || explainer.popover.isOpen) return;
    session.watcher.ownChanges(() => session.tooltip.show(highlight, clause));
  }

  /** The highlight a click or Enter should explain, or null when the page's own control should act. */
  function highlightToExplain(event) {
    const highlight = highlightFrom(event);
    if (!highlight || event.defaultPrevented || event.target.closest(PAGE_CONTROLS)) return null;
    return highlight;
  }

  document.addEventListener('mouseover', (event) => {
    const highlight = highlightFrom(event);
    if (highlight) showFor(highlight);
  });
  document.addEventListener('mouseout', (event) => {
    if (highlightFrom(event) && !highlightFrom({ target: event.relatedTarget })) session.tooltip.hideSoon();
  });
  document.addEventListener('focusin', (event) => {
    const highlight = highlightFrom(event);
    if (highlight) showFor(highlight);
  });
  document.addEventListener('focusout', (event) => {
    if (highlightFrom(event)) session.tooltip.hideSoon();
  });
  document.addEventListener('click', (event) => {
    const highlight = event.button === 0 ? highlightToExplain(event) : null;
    // A drag that selected text is a selection, not a request for an explanation.
    if (highlight && document.getSelection().isCollapsed) explainer.explainHighlight(highlight);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      session.tooltip.hide();
      explainer.popover.close();
    } else if (event.key === 'Enter') {
      const highlight = highlightToExplain(event);
      if (highlight) {
        event.preventDefault();
        explainer.explainHighlight(highlight);
      }
    }
  });
  window.addEventListener(
    'scroll',
    () => {
      session.tooltip.follow();
      explainer.popover.follow();
    },
    { passive: true, capture: true },
  );

  // Injected because the user asked (the popup's button, the menu): that request follows.
  if (!clauselens.startedOnDemand) session.start();
})(globalThis.clauselens);
