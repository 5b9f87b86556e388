/**
 * clauselens: what the worker does for a page: analyse it on the content script's request,
 * record what the page reported, and pass the popup's and the menu's requests to the page.
 */

import { showRiskyClauses, showStatus } from './badge.js';
import { readSettings } from './settings.js';
import { analyzePage, checkHealth, shownError } from './service-client.js';
import { requestSettings } from './subscriptions.js';
import { getTabState, summarizeAnalysis, updateTabState } from './tab-state.js';
import { sendToTab } from './tabs.js';
import { normalizeServerUrl } from '../common/server-url.js';

/**
 * What the content script needs to anchor, draw and explain each clause. The clause text
 * (the quote has it) and the evidence stay here: on a 1 MB page with thousands of clauses,
 * a smaller message is a shorter task in the page.
 */
function forContentScript(analysis) {
  return {
    summary: analysis.summary,
    clauses: analysis.clauses.map(({ id, start, end, quote, severity, risky, findings }) => ({
      id, start, end, quote, severity, risky,
      findings: findings.map(({ rule, pack, category, severity: level, title, summary }) => ({
        rule, pack, category, severity: level, title, summary,
      })),
    })),
  };
}

/** Calls the service for the tab's page; records the result (or the error) and sets the badge. */
export async function analyzeForTab(tabId, { pageId, text, url, title }) {
  const settings = await requestSettings();
  await updateTabState(tabId, { status: 'analysing', pageId, url, serverUrl: settings.serverUrl, error: null });
  try {
    const analysis = await analyzePage(settings, { text, url, title });
    if ((await getTabState(tabId))?.pageId !== pageId) {
      // The tab went to another page while the service worked: this result is not its.
      return { error: { code: 'page_changed', message: 'The page changed while it was analysed.' } };
    }
    const summary = summarizeAnalysis(analysis);
    await updateTabState(tabId, { status: 'analysed', summary, drawn: null, visible: true });
    await showRiskyClauses(tabId, summary);
    return { analysis: forContentScript(analysis) };
  } catch (error) {
    const shown = shownError(error);
    await updateTabState(tabId, { status: 'error', error: shown });
    await showStatus(tabId, 'error');
    return { error: shown };
  }
}

/** The content script decided not to analyse: "off", "not-legal", "ask", "empty" or "too-large". */
export async function notePageStatus(tabId, url, status) {
  const settings = await readSettings();
  await updateTabState(tabId, { status, url, serverUrl: settings.serverUrl, summary: null, error: null });
  await showStatus(tabId, status);
  return { status };
}

export function noteHighlights(tabId, { returned, drawn, missed = [], visible, drawMs, longestSliceMs }) {
  return updateTabState(tabId, { returned, drawn, missed, visible, drawMs, longestSliceMs });
}

/** The user asked to analyse the page (popup button, context menu). */
export async function requestAnalysis(tabId) {
  try {
    return await sendToTab(tabId, { what: 'analyzeNow' }, { inject: true });
  } catch (error) {
    return { error: { code: 'page_unavailable', message: `clauselens cannot read this page (${error?.message ?? error}).` } };
  }
}

export async function setHighlightsVisible(tabId, visible) {
  const reply = await sendToTab(tabId, { what: 'setHighlightsVisible', visible });
  await updateTabState(tabId, { visible: reply.visible });
  return reply;
}

export function scrollToClause(tabId, clauseId) {
  return sendToTab(tabId, { what: 'scrollToClause', clauseId });
}

/** Everything the popup shows for a tab. The token stays in the worker. */
export async function popupState(tabId) {
  const [state, settings, tab] = await Promise.all([
    getTabState(tabId),
    readSettings(),
    chrome.tabs.get(tabId).catch(() => null),
  ]);
  return {
    state,
    settings: { serverUrl: settings.serverUrl, autoMode: settings.autoMode },
    tab: { url: tab?.url ?? '', title: tab?.title ?? '' },
  };
}

/** The options page's "Test connection". */
export async function testConnection(serverUrl) {
  const normalized = normalizeServerUrl(serverUrl);
  if (!normalized) return { error: { code: 'invalid_server_url', message: 'The service URL must start with http:// or https://.' } };
  try {
    return { health: await checkHealth(normalized) };
  } catch (error) {
    return { error: shownError(error) };
  }
}
