/**
 * clauselens: what the extension knows about each tab (status, the analysis summary the popup
 * shows, how many clauses were drawn), kept in chrome.storage.session so that it outlives the
 * service worker, which the browser may stop at any time.
 */

import { isRisky } from '../common/severity.js';

const KEY_PREFIX = 'tab:';
const EXCERPT_CHARS = 240;
const updateQueues = new Map();

function keyOf(tabId) {
  return `${KEY_PREFIX}${tabId}`;
}

export async function getTabState(tabId) {
  const key = keyOf(tabId);
  return (await chrome.storage.session.get(key))[key] ?? null;
}

/** Merges `changes` into the tab's state; updates of one tab run one after the other. */
export function updateTabState(tabId, changes) {
  const previous = updateQueues.get(tabId) ?? Promise.resolve();
  const next = previous.then(async () => {
    const state = { ...(await getTabState(tabId)), ...changes, updatedAt: Date.now() };
    await chrome.storage.session.set({ [keyOf(tabId)]: state });
    return state;
  });
  updateQueues.set(tabId, next.catch(() => {}));
  return next;
}

export function clearTabState(tabId) {
  return chrome.storage.session.remove(keyOf(tabId));
}

/** Forgets tabs that are gone (closed while the worker was not running). */
export async function pruneTabStates() {
  const openTabs = new Set((await chrome.tabs.query({})).map((tab) => keyOf(tab.id)));
  const stale = Object.keys(await chrome.storage.session.get(null)).filter(
    (key) => key.startsWith(KEY_PREFIX) && !openTabs.has(key),
  );
  if (stale.length) await chrome.storage.session.remove(stale);
}

/** What the popup needs of an analysis: grade, counts, and each clause's excerpt and findings. */
export function summarizeAnalysis(analysis) {
  return {
    grade: analysis.summary.grade,
    counts: analysis.summary.counts,
    kind: analysis.document.kind,
    packs: analysis.packs,
    riskyCount: analysis.clauses.filter((clause) => clause.risky ?? isRisky(clause.severity)).length,
    clauses: analysis.clauses.map((clause) => ({
      id: clause.id,
      severity: clause.severity,
      risky: clause.risky ?? isRisky(clause.severity),
      excerpt: clause.text.length > EXCERPT_CHARS ? `${clause.text.slice(0, EXCERPT_CHARS - 1)}…` : clause.text,
      findings: clause.findings.map(({ rule, pack, category, severity, title, summary }) => ({
        rule, pack, category, severity, title, summary,
      })),
    })),
  };
}
