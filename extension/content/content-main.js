/**
 * clauselens: the content script's entry point. Starts the page session, answers the
 * service worker's messages (one switch on `request.what`) and shows the tooltip when a
 * highlight is hovered or focused. Runs once per page, even when injected again.
 */
(function (clauselens) {
  'use strict';

  if (clauselens.session) return;
  const session = new clauselens.PageSession();
  clauselens.session = session;

  const HIGHLIGHT = 'clauselens-highlight';

  chrome.runtime.onMessage.addListener((request, sender, sendResponse) => {
    switch (request.what) {
      case 'analyzeNow':
        session.analyseNow();
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
    if (!clause) return;
    session.watcher.ownChanges(() => session.tooltip.show(highlight, clause));
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
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') session.tooltip.hide();
  });
  window.addEventListener('scroll', () => session.tooltip.follow(), { passive: true, capture: true });

  // Injected because the user asked (the popup's button, the menu): that request follows.
  if (!clauselens.startedOnDemand) session.start();
})(globalThis.clauselens);
