// Turns an API failure into plain words in the page's language, keeping the server's own
// detail and field messages underneath for the person who has to fix the input.
import { ApiError, NetworkError } from './api.js';
import { t } from './i18n.js';

export function describe(error) {
  if (error instanceof NetworkError) return { summary: t('error.network'), details: [] };
  if (!(error instanceof ApiError)) return { summary: error?.message || t('error.other'), details: [] };
  const known = [400, 401, 403, 404, 409].includes(error.status);
  const details = [];
  if (error.problem.detail) details.push(error.problem.detail);
  for (const [field, messages] of Object.entries(error.problem.errors ?? {}))
    details.push(`${field}: ${[].concat(messages).join(' ')}`);
  return { summary: t(known ? `error.${error.status}` : 'error.other'), details };
}

export function describeText(error) {
  const { summary, details } = describe(error);
  return [summary, ...details].join(' — ');
}
