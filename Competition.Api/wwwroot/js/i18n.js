// Chinese and English. Static text carries data-i18n keys; numbers, counts, ordinals and
// relative times go through Intl so each language gets its own grammar.
import { h } from './dom.js';

const storageKey = 'competition.lang';
export const languages = ['zh-CN', 'en'];
const dictionaries = { 'zh-CN': {}, en: {} };
let current = initialLanguage();

function initialLanguage() {
  const saved = localStorage.getItem(storageKey);
  if (languages.includes(saved)) return saved;
  return (navigator.languages?.[0] ?? navigator.language ?? '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function addMessages(messages) {
  for (const language of languages) Object.assign(dictionaries[language], messages[language]);
}

export const lang = () => current;

export function setLang(language) {
  if (!languages.includes(language)) return;
  current = language;
  localStorage.setItem(storageKey, language);
  applyI18n();
  document.dispatchEvent(new CustomEvent('langchange', { detail: language }));
}

export function t(key, vars = {}) {
  const text = dictionaries[current][key] ?? dictionaries.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in vars ? String(vars[name]) : `{${name}}`));
}

export function applyI18n(root = document) {
  document.documentElement.lang = current;
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
  for (const node of root.querySelectorAll('[data-i18n-title]')) node.title = t(node.dataset.i18nTitle);
  for (const node of root.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  if (document.body?.dataset.i18nDocTitle) document.title = t(document.body.dataset.i18nDocTitle);
  for (const button of root.querySelectorAll('.lang-switch button')) button.setAttribute('aria-pressed', String(button.value === current));
}

export function langSwitch() {
  const names = { 'zh-CN': '中文', en: 'English' };
  return h('div', { class: 'lang-switch', role: 'group', 'aria-label': 'Language / 语言' },
    languages.map(language => h('button', {
      type: 'button', value: language, lang: language, 'aria-pressed': String(language === current),
      onclick: () => setLang(language),
    }, names[language])));
}

export function number(value, digits = 2) {
  if (value === undefined || value === null || Number.isNaN(Number(value))) return '–';
  return new Intl.NumberFormat(current, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

// A weight or a maximum as typed: 30, 0.3, 12.5 (no padding to two decimals).
export function plain(value) {
  if (value === undefined || value === null || Number.isNaN(Number(value))) return '–';
  return new Intl.NumberFormat(current, { maximumFractionDigits: 2 }).format(value);
}

export function integer(value) {
  return new Intl.NumberFormat(current).format(value);
}

// count('entries', 3) reads "3 entries" / "3 个参赛者" from keys entries.one / entries.other.
export function count(key, n) {
  const rule = new Intl.PluralRules(current).select(n);
  const text = dictionaries[current][`${key}.${rule}`] ? `${key}.${rule}` : `${key}.other`;
  return t(text, { n: integer(n) });
}

export function ordinal(n) {
  const rule = new Intl.PluralRules(current, { type: 'ordinal' }).select(n);
  const key = dictionaries[current][`ordinal.${rule}`] ? `ordinal.${rule}` : 'ordinal.other';
  return t(key, { n: integer(n) });
}

const units = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];

export function relative(date, now = Date.now()) {
  const seconds = Math.round((new Date(date).getTime() - now) / 1000);
  const [unit, size] = units.find(([, size]) => Math.abs(seconds) >= size) ?? ['second', 1];
  return new Intl.RelativeTimeFormat(current, { numeric: 'auto' }).format(Math.trunc(seconds / size), unit);
}

export function dateTime(date) {
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(date));
}

addMessages({
  'zh-CN': {
    'ordinal.other': '第{n}名',
    'status.provisional': '暂定', 'status.final': '最终', 'status.sealed': '成绩待揭晓', 'status.scored': '评分结束，待公示', 'status.notice': '公示中',
    'error.network': '无法连接服务器，请检查网络。',
    'error.401': '令牌无效或缺失，请重新登录。', 'error.403': '无权执行此操作。',
    'error.404': '找不到该对象。', 'error.409': '当前状态不允许此操作。', 'error.400': '输入有误，请检查。',
    'error.other': '服务器出错，请稍后重试。',
  },
  en: {
    'ordinal.one': '{n}st', 'ordinal.two': '{n}nd', 'ordinal.few': '{n}rd', 'ordinal.other': '{n}th',
    'status.provisional': 'Provisional', 'status.final': 'Final', 'status.sealed': 'Results to be revealed', 'status.scored': 'Scoring complete, awards to come', 'status.notice': 'Public notice',
    'error.network': 'Cannot reach the server. Check the connection.',
    'error.401': 'The token is missing or unknown. Sign in again.', 'error.403': 'Not allowed.',
    'error.404': 'Not found.', 'error.409': 'Not allowed in the current state.', 'error.400': 'Some input is invalid.',
    'error.other': 'The server failed. Try again shortly.',
  },
});
