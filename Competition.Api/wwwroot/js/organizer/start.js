// Admin key, contest creation and the list of contests this browser holds a token for.
import { api } from '../api.js';
import { h } from '../dom.js';
import { addMessages, t } from '../i18n.js';
import { button, form } from './forms.js';
import * as store from './store.js';

addMessages({
  'zh-CN': { 'org.level': '级别', 'org.parentId': '上级赛事 id（选拔用，可不填）', 'level.none': '—', 'level.enterprise': '企业', 'level.county': '区县',
    'level.city': '市', 'level.province': '省', 'level.national': '全国' },
  en: { 'org.level': 'Level', 'org.parentId': 'Parent contest id (it selects for; optional)', 'level.none': '—', 'level.enterprise': 'enterprise',
    'level.county': 'county', 'level.city': 'city', 'level.province': 'province', 'level.national': 'national' },
});

export const levels = ['enterprise', 'county', 'city', 'province', 'national'];

// The organizer token is shown once, right after creation, until the organizer dismisses it.
let created = null;

export function renderStart(ctx) {
  return h('div', {},
    created && createdNotice(ctx),
    h('section', { class: 'panel', id: 'admin' },
      h('h2', {}, t('org.start')),
      form(ctx, 'admin-key', [{ name: 'key', label: 'org.adminKey', type: 'password', value: store.adminKey.get() }],
        'org.saveKey', ({ key }) => { store.adminKey.set(key.trim()); ctx.flash(t('org.keySaved'), 'info'); }, { reset: false }),
      h('p', { class: 'muted', id: 'key-where' }, t('org.keyWhere')),
      h('p', { class: 'row' }, h('a', { class: 'button', name: 'statistics', href: '/statistics.html' }, t('org.statistics')),
        h('span', { class: 'muted' }, t('org.statisticsHint'))),
      h('h3', {}, t('org.newContest')),
      form(ctx, 'create-contest', [
        { name: 'name', label: 'org.contestName', width: '18rem' },
        { name: 'kind', label: 'org.kind', options: [['skills', 'kind.skills'], ['labour', 'kind.labour'], ['points', 'kind.points']] },
        { name: 'locale', label: 'org.locale', options: [['zh-CN', 'locale.zh'], ['en', 'locale.en']] },
        { name: 'level', label: 'org.level', options: [['', 'level.none'], ...levels.map(l => [l, `level.${l}`])], required: false },
        { name: 'parentId', label: 'org.parentId', required: false, width: '20rem' },
      ], 'org.create', values => create(ctx, values)),
      myContests(ctx),
      h('div', { class: 'row' }, button(ctx, 'org.forgetAll', () => {
        store.forgetAll();
        created = null;
        location.hash = '';
        ctx.flash(t('org.forgotAll'), 'info');
      }, { name: 'forget-all', confirm: () => ({ title: t('org.forgetAll'), consequence: t('org.forgetAllConfirm') }) })),
      h('h3', {}, t('org.useExisting')),
      form(ctx, 'use-contest', [
        { name: 'id', label: 'org.contestId', width: '20rem' },
        { name: 'token', label: 'org.organizerToken', type: 'password', width: '20rem' },
      ], 'org.open', ({ id, token }) => {
        store.contests.put(id.trim(), { token: token.trim(), name: id.trim() });
        ctx.open(id.trim());
      })));
}

async function create(ctx, { name, kind, locale, level, parentId }) {
  const key = store.adminKey.get();
  if (!key) throw new Error(t('org.needKey'));
  const body = { name, kind, locale, level: level || undefined, parentId: parentId?.trim() || undefined };
  const answer = await api('POST', '/api/contests', { token: key, body });
  store.contests.put(answer.id, { name, token: answer.organizerToken, createdAt: new Date().toISOString() });
  created = { id: answer.id, token: answer.organizerToken };
  ctx.open(answer.id);
}

function createdNotice(ctx) {
  return h('section', { class: 'panel', id: 'organizer-token' },
    h('h2', {}, t('org.tokenOnce')),
    h('p', {}, t('org.tokenOnceHelp')),
    h('p', { class: 'token' }, created.token),
    button(ctx, 'org.tokenSaved', () => { created = null; ctx.reload(); }, { kind: 'primary' }));
}

function myContests(ctx) {
  const all = Object.entries(store.contests.all());
  if (!all.length) return null;
  return h('div', {},
    h('h3', {}, t('org.myContests')),
    h('ul', { class: 'contest-list' }, all.map(([id, record]) => h('li', {},
      h('a', { href: `#contest=${encodeURIComponent(id)}`, 'aria-current': id === ctx.cid ? 'page' : undefined }, record.name ?? id),
      ' ', h('span', { class: 'muted' }, id)))));
}
