// The pages call nothing but the public contract (API.md); every failure arrives as an
// ApiError carrying the RFC 9457 problem, or as a NetworkError when the server is unreachable.
// Every request names the page's language, so the server's problem texts come in the language chosen here.
import { lang } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

export class NetworkError extends Error {}

export async function api(method, path, { token, body, csv, idempotencyKey } = {}) {
  const headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': lang() };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  let payload;
  if (csv !== undefined) { headers['Content-Type'] = 'text/csv'; payload = csv; }
  else if (body !== undefined) { headers['Content-Type'] = 'application/json'; payload = JSON.stringify(body); }
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload, cache: 'no-store' });
  } catch (error) {
    throw new NetworkError(error.message);
  }
  const text = await response.text();
  const data = text && isJson(response) ? JSON.parse(text) : (text || null);
  if (!response.ok) throw new ApiError(response.status, typeof data === 'object' ? data : { detail: data });
  return data;
}

function isJson(response) {
  return (response.headers.get('Content-Type') ?? '').includes('json');
}

export const contestPath = (cid, rest = '') => `/api/contests/${encodeURIComponent(cid)}${rest}`;
