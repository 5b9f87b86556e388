/**
 * clauselens: the context-menu entries, as one declarative table, and the one click
 * dispatcher (reachable as `clauselens.onMenuClick(info, tab)` from the worker's global
 * scope, DESIGN §6, so a test can call exactly what a click calls).
 */

import { explainSelectionInTab } from './explain.js';
import { requestAnalysis } from './page-actions.js';

const MENU_ENTRIES = [
  {
    id: 'clauselens-analyze-page',
    title: 'Analyse this page with clauselens',
    contexts: ['page'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
    onClick: (info, tab) => requestAnalysis(tab.id),
  },
  {
    id: 'clauselens-explain',
    title: 'Explain this clause',
    contexts: ['selection'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
    onClick: (info, tab) => explainSelectionInTab(tab.id, info.selectionText),
  },
];

export function installMenus() {
  chrome.contextMenus.removeAll(() => {
    for (const { onClick, ...entry } of MENU_ENTRIES) chrome.contextMenus.create(entry);
  });
}

export function onMenuClick(info, tab) {
  const entry = MENU_ENTRIES.find((candidate) => candidate.id === info.menuItemId);
  return entry ? entry.onClick(info, tab) : undefined;
}
