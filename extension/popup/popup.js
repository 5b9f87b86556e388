/** clauselens popup: asks the worker for the current tab's state, shows it and sends the user's requests. */

import { analysisView, button, element, notice } from './popup-view.js';

const content = document.getElementById('content');
const serviceLine = document.getElementById('service-line');

/** The tab this popup is about: the active tab, or ?tabId= when opened as a page. */
async function currentTabId() {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function ask(what, extra = {}) {
  return chrome.runtime.sendMessage({ what, tabId, ...extra });
}

function analyseButton(label = 'Analyse this page') {
  return button(
    label,
    async () => {
      show([notice({ title: 'Analysing…', lines: ['Reading the page and asking the clauselens service.'] })]);
      const reply = await ask('analyzeTab');
      if (reply?.error) render({ ...lastView, state: { status: 'page-error', error: reply.error } });
    },
    { name: 'analyze' },
  );
}

function serviceDownView(state) {
  const url = state.error.url ?? state.serverUrl;
  return notice({
    kind: 'error',
    title: 'The clauselens service cannot be reached',
    lines: [
      ['Tried ', element('code', {}, url ?? state.serverUrl), '.'],
      ['Start it with ', element('code', {}, 'scripts/serve'), ' in the clauselens folder (or ', element('code', {}, 'clauselens serve'), '), then try again.'],
      ['Running it elsewhere? Set its address in ', optionsLink(), '.'],
    ],
    action: analyseButton('Try again'),
  });
}

function optionsLink() {
  const link = element('a', { href: '../options/options.html', target: '_blank' }, 'Options');
  return link;
}

/** What to show for each state the worker recorded; every branch says something. */
function viewFor({ state, tab }) {
  const status = state?.status;
  if (!state && !/^https?:/.test(tab.url)) {
    return [notice({ title: 'Nothing to read here', lines: ['clauselens reads web pages (http and https), not browser pages.'] })];
  }
  switch (status) {
    case 'analysed':
      return analysisView(state, {
        onPick: (clauseId) => ask('scrollToClause', { clauseId }),
        onToggle: (visible) => ask('setHighlightsVisible', { visible }),
      });
    case 'analysing':
      return [notice({ title: 'Analysing…', lines: ['Waiting for the clauselens service.'] })];
    case 'error':
      if (['service_unreachable', 'service_timeout', 'bad_response'].includes(state.error.code)) return [serviceDownView(state)];
      return [notice({ kind: 'error', title: 'The service could not analyse this page', lines: [state.error.message, ['Error code: ', element('code', {}, state.error.code)]], action: analyseButton('Try again') })];
    case 'page-error':
      return [notice({ kind: 'error', title: 'This page cannot be analysed', lines: [state.error.message] })];
    case 'not-legal':
      return [notice({ title: 'Not a legal page', lines: ["This page doesn't look like terms or a privacy policy, so clauselens did not send it anywhere."], action: analyseButton() })];
    case 'ask':
      return [notice({ title: 'This looks like a legal page', lines: ['You chose to be asked before a page is analysed.'], action: analyseButton() })];
    case 'off':
      return [notice({ title: 'Automatic analysis is off', lines: ['Pages are analysed only when you ask.'], action: analyseButton() })];
    case 'empty':
      return [notice({ title: 'No text on this page', lines: ['There is no visible text to analyse.'] })];
    case 'too-large':
      return [notice({ title: 'This page is too large', lines: ['Its text is over 2 million characters.'] })];
    default:
      return [notice({ title: 'Not analysed yet', lines: ['clauselens has not looked at this page.'], action: analyseButton() })];
  }
}

function show(parts) {
  content.replaceChildren(...parts);
}

let tabId;
let lastView;

function render(view) {
  lastView = view;
  serviceLine.textContent = `Service: ${view.settings.serverUrl}`;
  show(viewFor(view));
}

async function refresh() {
  try {
    render(await ask('popupState'));
  } catch (error) {
    show([notice({ kind: 'error', title: 'clauselens is not responding', lines: [String(error?.message ?? error), 'Reload the extension in chrome://extensions and try again.'] })]);
  }
}

tabId = await currentTabId();
await refresh();
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'session' && `tab:${tabId}` in changes) refresh();
});
