/**
 * clauselens options: the team token, the team's packs on the service, and subscribing to
 * them. The worker does the network calls and keeps the subscriptions; this page shows them
 * (textContent only) and follows their changes in storage.
 */

import { originPattern } from '../common/server-url.js';

const form = document.getElementById('team-form');
const tokenInput = document.getElementById('team-token');
const status = document.getElementById('team-status');
const packList = document.getElementById('team-packs');
const subscriptionsHelp = document.getElementById('subscriptions-help');
const teamServer = document.getElementById('team-server');

let serverUrl = '';
let listedPacks = []; // the team's packs as GET /v1/packs last listed them
let subscriptions = [];

function say(kind, message) {
  status.dataset.kind = kind;
  status.textContent = message;
}

function element(tag, className, text) {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

function when(timestamp) {
  const date = new Date(timestamp);
  const sameDay = date.toDateString() === new Date().toDateString();
  return sameDay ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : date.toLocaleString();
}

/** One sentence on what the extension uses of a subscribed pack, and whether its last refresh failed. */
function subscriptionLine(subscription) {
  const line = element('span', 'pack-subscription');
  const { pack, error } = subscription;
  const using = pack ? `using version ${pack.version} (${pack.ruleCount} rule${pack.ruleCount === 1 ? '' : 's'})` : '';
  if (!error && pack) {
    line.dataset.state = 'ok';
    line.textContent = `Subscribed: ${using}, updated ${when(subscription.updatedAt)}.${pack.yanked ? ' This version was yanked.' : ''}`;
  } else if (error) {
    line.dataset.state = 'error';
    const kept = pack ? `Still ${using} from ${when(subscription.updatedAt)}. ` : 'Not fetched yet. ';
    line.textContent = `Subscribed. ${kept}The last check failed: ${error.message} Next try at ${when(subscription.expiresAt)}.`;
  } else {
    line.dataset.state = 'pending';
    line.textContent = 'Subscribed: fetching…';
  }
  return line;
}

function packItem(packId, listed, subscription) {
  const item = element('li', 'pack');
  item.dataset.packId = packId;
  if (subscription) item.dataset.subscribed = '';
  const text = element('div', 'pack-text');
  const title = listed?.title ?? subscription?.pack?.title ?? packId;
  const heading = element('span', '');
  heading.append(element('strong', '', title), ' ', element('code', '', packId));
  text.append(heading);
  if (listed) {
    const versions = listed.versions.length;
    const latest = listed.latest ? `latest ${listed.latest}` : 'every version yanked';
    text.append(element('span', 'pack-meta', `${latest} · ${versions} version${versions === 1 ? '' : 's'} published`));
  }
  if (subscription) text.append(subscriptionLine(subscription));
  const button = element('button', subscription ? 'button secondary' : 'button', subscription ? 'Unsubscribe' : 'Subscribe');
  button.type = 'button';
  button.setAttribute('aria-label', `${subscription ? 'Unsubscribe from' : 'Subscribe to'} ${packId}`);
  button.disabled = !subscription && !listed?.latest;
  button.addEventListener('click', () => (subscription ? unsubscribeFrom(packId) : subscribeTo(packId)));
  item.append(text, button);
  return item;
}

/** The listed packs, then subscriptions the listing does not show (another team's, or the service down). */
function render() {
  const byRef = new Map(subscriptions.map((subscription) => [subscription.ref, subscription]));
  const items = listedPacks.map((listed) => packItem(listed.id, listed, byRef.get(listed.id)));
  const listedIds = new Set(listedPacks.map((listed) => listed.id));
  for (const subscription of subscriptions) {
    if (!listedIds.has(subscription.ref)) items.push(packItem(subscription.ref, null, subscription));
  }
  packList.replaceChildren(...items);
  subscriptionsHelp.hidden = subscriptions.length === 0;
}

async function loadSubscriptions() {
  ({ subscriptions } = await chrome.runtime.sendMessage({ what: 'packSubscriptions' }));
  render();
}

async function listTeamPacks() {
  say('info', `Asking ${serverUrl} for your team’s packs…`);
  const reply = await chrome.runtime.sendMessage({ what: 'teamPacks' });
  if (reply.error) {
    listedPacks = [];
    say('error', `Could not list the team’s packs at ${serverUrl}: ${reply.error.message}`);
  } else {
    listedPacks = reply.packs;
    say('ok', reply.packs.length ? `Your team has ${reply.packs.length} pack${reply.packs.length === 1 ? '' : 's'} on ${serverUrl}.` : `Your team has no packs on ${serverUrl} yet: publish one with clauselens pack publish.`);
  }
  render();
}

async function subscribeTo(packId) {
  const reply = await chrome.runtime.sendMessage({ what: 'subscribePack', ref: packId });
  if (reply.error) say('error', reply.error.message);
  await loadSubscriptions();
}

async function unsubscribeFrom(packId) {
  await chrome.runtime.sendMessage({ what: 'unsubscribePack', ref: packId });
  await loadSubscriptions();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  // Asked first, while the click still counts as the user's gesture.
  let allowed = false;
  try {
    allowed = await chrome.permissions.request({ origins: [originPattern(serverUrl)] });
  } catch {
    allowed = false;
  }
  if (!allowed) {
    say('error', `clauselens needs your permission to contact ${new URL(serverUrl).host}.`);
    return;
  }
  const reply = await chrome.runtime.sendMessage({ what: 'saveSettings', settings: { token: tokenInput.value } });
  if (reply.error) {
    say('error', reply.error.message);
    return;
  }
  await listTeamPacks();
});

document.getElementById('refresh-packs').addEventListener('click', async () => {
  ({ subscriptions } = await chrome.runtime.sendMessage({ what: 'refreshPacks' }));
  render();
});

/** Shows the team section for the saved settings; lists the team's packs when a token is saved. */
export async function loadTeamPacks(settings) {
  serverUrl = settings.serverUrl;
  teamServer.textContent = serverUrl;
  tokenInput.value = settings.token;
  await loadSubscriptions();
  if (settings.token) await listTeamPacks();
}

/** The service URL changed on this page: the team server is that service. */
export function setTeamServer(url) {
  serverUrl = url;
  teamServer.textContent = url;
}

chrome.storage.onChanged.addListener((changes, area) => {
  const subscriptionsChanged = area === 'local' && Object.keys(changes).some((key) => key.startsWith('subscription:'));
  if (subscriptionsChanged || (area === 'sync' && 'packs' in changes)) loadSubscriptions();
});
