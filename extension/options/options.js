/** clauselens options page: the service URL (with a connection test), team packs and when to analyse pages. */

import { originPattern, normalizeServerUrl } from '../common/server-url.js';
import { SEVERITIES, SEVERITY_LABELS } from '../common/severity.js';
import { loadTeamPacks, setTeamServer } from './team-packs.js';

const form = document.getElementById('service-form');
const urlInput = document.getElementById('server-url');
const serviceStatus = document.getElementById('service-status');
const modeStatus = document.getElementById('mode-status');

function say(target, kind, message) {
  target.dataset.kind = kind;
  target.textContent = message;
}

/** Asks for access to a service outside the default hosts; must run inside the click. */
async function allowHost(serverUrl) {
  try {
    return await chrome.permissions.request({ origins: [originPattern(serverUrl)] });
  } catch {
    return false;
  }
}

async function saveServerUrl() {
  const serverUrl = normalizeServerUrl(urlInput.value);
  if (!serverUrl) {
    say(serviceStatus, 'error', 'The service URL must start with http:// or https://.');
    return null;
  }
  if (!(await allowHost(serverUrl))) {
    say(serviceStatus, 'error', `clauselens needs your permission to contact ${new URL(serverUrl).host}.`);
    return null;
  }
  const reply = await chrome.runtime.sendMessage({ what: 'saveSettings', settings: { serverUrl } });
  if (reply.error) {
    say(serviceStatus, 'error', reply.error.message);
    return null;
  }
  urlInput.value = reply.settings.serverUrl;
  setTeamServer(reply.settings.serverUrl);
  return reply.settings.serverUrl;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (await saveServerUrl()) say(serviceStatus, 'ok', 'Saved.');
});

document.getElementById('test-connection').addEventListener('click', async () => {
  const serverUrl = await saveServerUrl();
  if (!serverUrl) return;
  say(serviceStatus, 'info', `Contacting ${serverUrl}…`);
  const reply = await chrome.runtime.sendMessage({ what: 'testConnection', serverUrl });
  if (reply.error) {
    say(serviceStatus, 'error', `No clauselens service at ${serverUrl}: ${reply.error.message} Start one with scripts/serve.`);
  } else {
    const packs = reply.health.packs.map((pack) => `${pack.id} ${pack.version}`).join(', ');
    say(serviceStatus, 'ok', `Connected: clauselens ${reply.health.version}, packs ${packs}.`);
  }
});

document.getElementById('auto-mode').addEventListener('change', async (event) => {
  const reply = await chrome.runtime.sendMessage({ what: 'saveSettings', settings: { autoMode: event.target.value } });
  if (reply.error) say(modeStatus, 'error', reply.error.message);
  else say(modeStatus, 'ok', 'Saved. It applies to pages opened from now on.');
});

/** A sentence per severity, highlighted exactly as on a page, on a light and a dark background. */
function drawSamples() {
  for (const sample of document.querySelectorAll('[data-sample]')) {
    const paragraph = document.createElement('p');
    for (const severity of SEVERITIES) {
      const highlight = document.createElement('clauselens-highlight');
      highlight.dataset.severity = severity;
      highlight.textContent = SEVERITY_LABELS[severity];
      paragraph.append(highlight, ' ');
    }
    sample.append(paragraph);
  }
}

async function load() {
  const settings = await chrome.runtime.sendMessage({ what: 'getSettings' });
  urlInput.value = settings.serverUrl;
  for (const radio of document.querySelectorAll('input[name="autoMode"]')) radio.checked = radio.value === settings.autoMode;
  drawSamples();
  await loadTeamPacks(settings);
}

load();
