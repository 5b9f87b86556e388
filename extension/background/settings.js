/** clauselens: the user's settings in chrome.storage.sync, with the DESIGN §6 keys and defaults. */

import { DEFAULT_SERVER_URL, normalizeServerUrl } from '../common/server-url.js';

export const AUTO_MODES = ['legal', 'ask', 'off'];

export const DEFAULT_SETTINGS = Object.freeze({
  serverUrl: DEFAULT_SERVER_URL,
  token: '',
  packs: [],
  autoMode: 'legal',
});

/** The stored settings, with defaults for what is missing and anything invalid replaced. */
export async function readSettings() {
  const stored = await chrome.storage.sync.get(DEFAULT_SETTINGS);
  return {
    serverUrl: normalizeServerUrl(stored.serverUrl) ?? DEFAULT_SERVER_URL,
    token: typeof stored.token === 'string' ? stored.token.trim() : '',
    packs: Array.isArray(stored.packs) ? stored.packs.filter((ref) => typeof ref === 'string' && ref) : [],
    autoMode: AUTO_MODES.includes(stored.autoMode) ? stored.autoMode : DEFAULT_SETTINGS.autoMode,
  };
}

/** Validates and stores the given settings; returns {settings} or {error}. */
export async function writeSettings(changes) {
  const valid = {};
  if ('serverUrl' in changes) {
    valid.serverUrl = normalizeServerUrl(changes.serverUrl);
    if (!valid.serverUrl) {
      return { error: { code: 'invalid_server_url', message: 'The service URL must start with http:// or https://.' } };
    }
  }
  if ('autoMode' in changes) {
    if (!AUTO_MODES.includes(changes.autoMode)) {
      return { error: { code: 'invalid_auto_mode', message: `Automatic analysis must be one of ${AUTO_MODES.join(', ')}.` } };
    }
    valid.autoMode = changes.autoMode;
  }
  if ('token' in changes) valid.token = String(changes.token).trim();
  if ('packs' in changes) valid.packs = [...new Set(changes.packs.map((ref) => String(ref).trim()).filter(Boolean))];
  await chrome.storage.sync.set(valid);
  return { settings: await readSettings() };
}
