/** clauselens: the only code that talks to the clauselens service (DESIGN §3). */

const ANALYZE_TIMEOUT_MS = 60_000;
const EXPLAIN_TIMEOUT_MS = 30_000;
const HEALTH_TIMEOUT_MS = 5_000;
const REGISTRY_TIMEOUT_MS = 15_000;

/** An error to show the user: a stable code, a sentence, and the URL that was tried. */
export class ServiceError extends Error {
  constructor(code, message, url, details = {}) {
    super(message);
    this.code = code;
    this.url = url;
    this.details = details;
  }

  toJSON() {
    return { code: this.code, message: this.message, url: this.url, details: this.details };
  }
}

/** Any error as the {code, message, …} the popup and the page show. */
export function shownError(error) {
  return error instanceof ServiceError ? error.toJSON() : { code: 'internal_error', message: String(error?.message ?? error) };
}

async function send(url, init, timeoutMs) {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    if (error?.name === 'TimeoutError') {
      throw new ServiceError('service_timeout', `The clauselens service did not answer within ${timeoutMs / 1000} s.`, url);
    }
    throw new ServiceError('service_unreachable', 'The clauselens service could not be reached.', url);
  }
}

async function readJson(response, url) {
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ServiceError('bad_response', `The server answered HTTP ${response.status} without JSON: is this a clauselens service?`, url);
  }
  if (!response.ok) {
    const error = body?.error ?? {};
    throw new ServiceError(error.code ?? 'service_error', error.message ?? `HTTP ${response.status}`, url, error.details);
  }
  return body;
}

async function requestJson(url, init, timeoutMs) {
  return readJson(await send(url, init, timeoutMs), url);
}

/** The team token's header, when there is a token. */
function authorization(token) {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** POSTs `body` with the user's pack refs (when any) and token. */
function postWithPacks(settings, path, body, timeoutMs) {
  const withPacks = settings.packs.length ? { ...body, packs: settings.packs } : body;
  const headers = { 'Content-Type': 'application/json', ...authorization(settings.token) };
  const init = { method: 'POST', headers, body: JSON.stringify(withPacks) };
  return requestJson(`${settings.serverUrl}${path}`, init, timeoutMs);
}

/** Analyses a page's visible text with the user's packs and token. */
export function analyzePage(settings, { text, url, title }) {
  return postWithPacks(settings, '/v1/analyze', { text, url, title }, ANALYZE_TIMEOUT_MS);
}

/** Explains one clause, with the text of the page it came from (`document`, optional). */
export function explainClause(settings, { clause, document, url }) {
  const body = { clause, url };
  if (document) body.document = document;
  return postWithPacks(settings, '/v1/explain', body, EXPLAIN_TIMEOUT_MS);
}

/** The service's health document: {status, version, packs}. */
export function checkHealth(serverUrl) {
  return requestJson(`${serverUrl}/v1/health`, { method: 'GET' }, HEALTH_TIMEOUT_MS);
}

/** The packs of the token's team: [{id, title, latest, versions}] (GET /v1/packs). */
export async function listTeamPacks(serverUrl, token) {
  const body = await requestJson(`${serverUrl}/v1/packs`, { headers: authorization(token) }, REGISTRY_TIMEOUT_MS);
  return body.packs;
}

/**
 * A subscribed pack from the registry: the latest version of "team/name", or the version
 * "team/name@1.2.0" pins. With the ETag of the copy held, an unchanged pack is a bodiless
 * 304: {notModified: true}; otherwise {pack, etag}.
 */
export async function fetchPack(serverUrl, token, ref, etag) {
  const [packId, version] = ref.split('@');
  const url = `${serverUrl}/v1/packs/${packId}${version ? `/${encodeURIComponent(version)}` : ''}`;
  const headers = authorization(token);
  if (etag) headers['If-None-Match'] = etag;
  // no-store: the browser's HTTP cache must neither answer for the registry nor hide its 304.
  const response = await send(url, { headers, cache: 'no-store' }, REGISTRY_TIMEOUT_MS);
  if (response.status === 304) return { notModified: true };
  const pack = await readJson(response, url);
  return { pack, etag: response.headers.get('ETag') };
}
