/**
 * clauselens: the service worker. Wiring only: listeners registered at the top level (the
 * browser may stop and restart the worker between any two events) and one message switch on
 * `request.what`. The work lives in the modules beside it, one concern each.
 */

import { onAlarm, scheduleAlarms } from './alarms.js';
import { showStatus } from './badge.js';
import { explainForPage } from './explain.js';
import { installMenus, onMenuClick } from './menus.js';
import {
  analyzeForTab,
  noteHighlights,
  notePageStatus,
  popupState,
  requestAnalysis,
  scrollToClause,
  setHighlightsVisible,
  testConnection,
} from './page-actions.js';
import { readSettings, writeSettings } from './settings.js';
import { describeSubscriptions, refreshSubscriptions, subscribe, teamPacks, unsubscribe } from './subscriptions.js';
import { clearTabState } from './tab-state.js';

globalThis.clauselens = { onMenuClick };

const EXTENSION_ORIGIN = chrome.runtime.getURL('');

/** Another service or token may see other versions of the subscribed packs: fetch them again. */
async function saveSettings(changes) {
  const before = await readSettings();
  const reply = await writeSettings(changes);
  const after = reply.settings;
  if (after && (after.serverUrl !== before.serverUrl || after.token !== before.token)) {
    refreshSubscriptions({ force: true }).catch((error) => console.error('clauselens:', error));
  }
  return reply;
}

/** Messages from content scripts concern their own tab; the popup names the tab it shows. */
function handleMessage(request, sender) {
  const fromExtensionPage = (sender.url ?? '').startsWith(EXTENSION_ORIGIN);
  const tabId = fromExtensionPage ? request.tabId : sender.tab?.id;
  if (fromExtensionPage) {
    switch (request.what) {
      case 'getSettings':
        return readSettings();
      case 'saveSettings':
        return saveSettings(request.settings);
      case 'testConnection':
        return testConnection(request.serverUrl);
      case 'popupState':
        return popupState(tabId);
      case 'analyzeTab':
        return requestAnalysis(tabId);
      case 'setHighlightsVisible':
        return setHighlightsVisible(tabId, request.visible);
      case 'scrollToClause':
        return scrollToClause(tabId, request.clauseId);
      case 'teamPacks':
        return teamPacks();
      case 'packSubscriptions':
        return describeSubscriptions();
      case 'subscribePack':
        return subscribe(request.ref);
      case 'unsubscribePack':
        return unsubscribe(request.ref);
      case 'refreshPacks':
        return refreshSubscriptions({ force: true });
      default:
        return undefined;
    }
  }
  switch (request.what) {
    case 'getSettings':
      return readSettings().then(({ autoMode }) => ({ autoMode }));
    case 'analyze':
      return analyzeForTab(tabId, request);
    case 'pageStatus':
      return notePageStatus(tabId, sender.tab.url, request.status);
    case 'highlightsDrawn':
      return noteHighlights(tabId, request);
    case 'explain':
      return explainForPage(request);
    default:
      return undefined;
  }
}

chrome.runtime.onMessage.addListener((request, sender, sendResponse) => {
  const reply = handleMessage(request, sender);
  if (reply === undefined) return false;
  Promise.resolve(reply).then(sendResponse, (error) =>
    sendResponse({ error: { code: 'internal_error', message: String(error?.message ?? error) } }),
  );
  return true;
});

chrome.runtime.onInstalled.addListener(() => {
  installMenus();
  scheduleAlarms();
});
chrome.runtime.onStartup.addListener(() => {
  scheduleAlarms();
  refreshSubscriptions();
});
chrome.contextMenus.onClicked.addListener(onMenuClick);
chrome.alarms.onAlarm.addListener(onAlarm);
chrome.tabs.onRemoved.addListener((tabId) => clearTabState(tabId));
chrome.tabs.onUpdated.addListener((tabId, change) => {
  // A new document in the tab: what the popup and the badge showed belonged to the previous one.
  if (change.status === 'loading' && change.url) {
    clearTabState(tabId);
    showStatus(tabId, 'none');
  }
});
