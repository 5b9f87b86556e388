/**
 * clauselens: team pack subscriptions. The subscribed refs are the `packs` setting (DESIGN §6);
 * each team pack's last good copy, its ETag, when it was last updated and when it expires are
 * kept in chrome.storage.local, one key per pack. Expired copies are refreshed on an alarm with
 * If-None-Match; a failed refresh keeps the copy and retries sooner. Analyses use the version
 * of the copy, so what they apply is what the options page says.
 */

import { readSettings, writeSettings } from './settings.js';
import { fetchPack, listTeamPacks, shownError } from './service-client.js';

const KEY_PREFIX = 'subscription:';
const REFRESH_AFTER_MS = 60 * 60 * 1000;
const FIRST_RETRY_AFTER_MS = 10 * 60 * 1000;
const DEFAULT_PACKS = ['core']; // what the service uses when no packs are named (DESIGN §3)
// "team/name" or "team/name@version", as the service reads pack refs.
const TEAM_REF = /^[a-z0-9][a-z0-9-]{0,63}\/[a-z0-9][a-z0-9-]{0,63}(@[0-9A-Za-z.+-]{1,64})?$/;

const refreshesInFlight = new Map();

export function isTeamRef(ref) {
  return TEAM_REF.test(ref);
}

function keyOf(ref) {
  return `${KEY_PREFIX}${ref}`;
}

async function readCopies(refs) {
  const stored = await chrome.storage.local.get(refs.map(keyOf));
  return new Map(refs.map((ref) => [ref, stored[keyOf(ref)] ?? null]));
}

/** The settings requests use: each unpinned team ref pinned to the version of its copy from this service. */
export async function requestSettings() {
  const settings = await readSettings();
  const copies = await readCopies(settings.packs.filter(isTeamRef));
  const packs = settings.packs.map((ref) => {
    const copy = copies.get(ref);
    if (!copy?.pack || ref.includes('@') || copy.serverUrl !== settings.serverUrl) return ref;
    return `${copy.pack.id}@${copy.pack.version}`;
  });
  return { ...settings, packs };
}

/** What the options page shows of a subscription (not the rules themselves). */
function describe(ref, copy) {
  const pack = copy?.pack;
  return {
    ref,
    pack: pack ? { id: pack.id, version: pack.version, title: pack.title, ruleCount: pack.rules.length, yanked: pack.yanked } : null,
    updatedAt: copy?.updatedAt ?? null,
    checkedAt: copy?.checkedAt ?? null,
    expiresAt: copy?.expiresAt ?? null,
    error: copy?.error ?? null,
  };
}

export async function describeSubscriptions() {
  const refs = (await readSettings()).packs.filter(isTeamRef);
  const copies = await readCopies(refs);
  return { subscriptions: refs.map((ref) => describe(ref, copies.get(ref))) };
}

async function fetchedCopy(ref, settings, copy) {
  const now = Date.now();
  // An ETag from another service cannot revalidate this one's pack.
  const sameService = copy?.serverUrl === settings.serverUrl;
  try {
    const fetched = await fetchPack(settings.serverUrl, settings.token, ref, sameService ? copy.etag : null);
    const changes = fetched.notModified ? {} : { pack: fetched.pack, etag: fetched.etag, serverUrl: settings.serverUrl };
    return { ...copy, ...changes, updatedAt: now, checkedAt: now, expiresAt: now + REFRESH_AFTER_MS, failures: 0, error: null };
  } catch (error) {
    const failures = (copy?.failures ?? 0) + 1;
    const retryAfter = Math.min(REFRESH_AFTER_MS, FIRST_RETRY_AFTER_MS * 2 ** (failures - 1));
    return { pack: null, updatedAt: null, ...copy, checkedAt: now, expiresAt: now + retryAfter, failures, error: shownError(error) };
  }
}

/** Refreshes one subscription now (one request per pack at a time); returns its new copy. */
function refreshSubscription(ref, settings) {
  if (!refreshesInFlight.has(ref)) {
    const refresh = (async () => {
      const key = keyOf(ref);
      const copy = await fetchedCopy(ref, settings, (await chrome.storage.local.get(key))[key] ?? null);
      // Unsubscribed while the request was out: nothing to keep.
      if (!(await readSettings()).packs.includes(ref)) return null;
      await chrome.storage.local.set({ [key]: copy });
      return copy;
    })();
    refreshesInFlight.set(ref, refresh.finally(() => refreshesInFlight.delete(ref)));
  }
  return refreshesInFlight.get(ref);
}

/** Refreshes the subscriptions whose copy expired (every one with `force`) and drops copies no longer subscribed. */
export async function refreshSubscriptions({ force = false } = {}) {
  const settings = await readSettings();
  const refs = settings.packs.filter(isTeamRef);
  const copies = await readCopies(refs);
  const now = Date.now();
  const due = refs.filter((ref) => force || !(copies.get(ref)?.expiresAt > now));
  await Promise.all(due.map((ref) => refreshSubscription(ref, settings)));
  const stored = Object.keys(await chrome.storage.local.get(null));
  const dropped = stored.filter((key) => key.startsWith(KEY_PREFIX) && !refs.includes(key.slice(KEY_PREFIX.length)));
  if (dropped.length) await chrome.storage.local.remove(dropped);
  return describeSubscriptions();
}

/** Subscribes to a team pack (beside the built-in packs when none were named) and fetches it at once. */
export async function subscribe(ref) {
  if (!isTeamRef(ref)) {
    return { error: { code: 'invalid_pack_ref', message: `${ref} is not a team pack such as acme/source-safety.` } };
  }
  const settings = await readSettings();
  if (!settings.packs.includes(ref)) {
    await writeSettings({ packs: [...(settings.packs.length ? settings.packs : DEFAULT_PACKS), ref] });
  }
  const copy = await refreshSubscription(ref, await readSettings());
  return { subscription: describe(ref, copy) };
}

export async function unsubscribe(ref) {
  const settings = await readSettings();
  await writeSettings({ packs: settings.packs.filter((subscribed) => subscribed !== ref) });
  await chrome.storage.local.remove(keyOf(ref));
  return describeSubscriptions();
}

/** The packs of the token's team on the service (GET /v1/packs), for the options page. */
export async function teamPacks() {
  const settings = await readSettings();
  if (!settings.token) return { error: { code: 'token_required', message: 'Enter your team token first.' } };
  try {
    return { packs: await listTeamPacks(settings.serverUrl, settings.token), serverUrl: settings.serverUrl };
  } catch (error) {
    return { error: shownError(error) };
  }
}
