/** clauselens: checking a service URL the user typed, and the host permission it needs. */

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8765';

/** The URL without a trailing slash, or null when it is not an http(s) URL. */
export function normalizeServerUrl(typed) {
  let url;
  try {
    url = new URL(String(typed).trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.search = '';
  return url.href.replace(/\/+$/, '');
}

/** The host-permission pattern covering the service (match patterns ignore the port). */
export function originPattern(serverUrl) {
  const url = new URL(serverUrl);
  return `${url.protocol}//${url.hostname}/*`;
}
