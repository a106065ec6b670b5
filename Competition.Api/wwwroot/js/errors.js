// Turns an API failure into plain words in the page's language, keeping the server's own
// detail and field messages underneath for the person who has to fix the input. The server
// writes them in the page's language too (api.js sends it), so nothing is said twice: a detail
// that only joins the field messages, or repeats the summary, is left out.
import { ApiError, NetworkError } from './api.js';
import { t } from './i18n.js';

export function describe(error) {
  if (error instanceof NetworkError) return { summary: t('error.network'), details: [] };
  if (!(error instanceof ApiError)) return { summary: error?.message || t('error.other'), details: [] };
  const known = [400, 401, 403, 404, 409].includes(error.status);
  const summary = t(known ? `error.${error.status}` : 'error.other');
  const fields = Object.entries(error.problem.errors ?? {}).map(([field, messages]) => [field, [].concat(messages)]);
  const messages = fields.flatMap(([, list]) => list);
  const detail = error.problem.detail;
  const details = [];
  if (detail && !(messages.length > 0 && messages.every(m => detail.includes(m))) && plain(detail) !== plain(summary))
    details.push(detail);
  for (const [field, list] of fields)
    details.push(list.every(m => m.startsWith(field)) ? list.join(' ') : `${field}: ${list.join(' ')}`);
  return { summary, details };
}

export function describeText(error) {
  const { summary, details } = describe(error);
  return [summary, ...details].join(' — ');
}

// Compared without the full stop and spaces: "Not found." and "Not found" say the same.
const plain = text => String(text).replace(/[\s.。!！]+/g, '').toLowerCase();
