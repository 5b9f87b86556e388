/** clauselens: the only code that talks to the clauselens service (DESIGN §3). */

const ANALYZE_TIMEOUT_MS = 60_000;
const HEALTH_TIMEOUT_MS = 5_000;

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

async function requestJson(url, init, timeoutMs) {
  let response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    if (error?.name === 'TimeoutError') {
      throw new ServiceError('service_timeout', `The clauselens service did not answer within ${timeoutMs / 1000} s.`, url);
    }
    throw new ServiceError('service_unreachable', 'The clauselens service could not be reached.', url);
  }
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

/** Analyses a page's visible text with the user's packs and token. */
export function analyzePage(settings, { text, url, title }) {
  const body = { text, url, title };
  if (settings.packs.length) body.packs = settings.packs;
  const headers = { 'Content-Type': 'application/json' };
  if (settings.token) headers.Authorization = `Bearer ${settings.token}`;
  return requestJson(`${settings.serverUrl}/v1/analyze`, { method: 'POST', headers, body: JSON.stringify(body) }, ANALYZE_TIMEOUT_MS);
}

/** The service's health document: {status, version, packs}. */
export function checkHealth(serverUrl) {
  return requestJson(`${serverUrl}/v1/health`, { method: 'GET' }, HEALTH_TIMEOUT_MS);
}
