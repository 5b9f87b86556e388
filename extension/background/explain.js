/**
 * clauselens: the worker's part of "Explain this clause": the menu's request to the page,
 * and the page's request to the service (with the subscribed packs and the team token).
 */

import { explainClause, shownError } from './service-client.js';
import { requestSettings } from './subscriptions.js';
import { sendToTab } from './tabs.js';

/** The context menu was clicked on a selection: the page reads it, with its own text, and asks back. */
export async function explainSelectionInTab(tabId, selectionText) {
  try {
    return await sendToTab(tabId, { what: 'explainSelection', selectionText }, { inject: true });
  } catch (error) {
    return { error: { code: 'page_unavailable', message: `clauselens cannot read this page (${error?.message ?? error}).` } };
  }
}

/** POST /v1/explain for a page: the explanation, or {error} with the URL that was tried. */
export async function explainForPage({ clause, document, url }) {
  try {
    return await explainClause(await requestSettings(), { clause, document, url });
  } catch (error) {
    return { error: shownError(error) };
  }
}
