// The console of a points contest (积分制): set-up (categories and their reasons tables), points (grants one at a
// time or by CSV, revocation, the end of the season), results (the standings).
import { h, replace } from '../../dom.js';
import { addMessages, number, t } from '../../i18n.js';
import { button, form } from '../forms.js';
import { categoryForm } from '../labour/index.js';
import { messages } from './messages.js';
export { renderPoints } from './grants.js';

addMessages(messages);

export function renderPointsSetup(ctx) {
  return h('section', { class: 'panel', id: 'setup' }, h('h2', {}, t('org.setup')),
    (ctx.contest.categories ?? []).map(category => reasonsOf(ctx, category)),
    categoryForm(ctx));
}

function reasonsOf(ctx, category) {
  const list = h('div', { class: 'reasons' });
  const load = () => ctx.run(null, async () => replace(list, reasonsTable(await ctx.call('GET', `/categories/${category.id}/reasons`))));
  load();
  return h('article', { class: 'category', dataset: { name: category.name, id: category.id } },
    h('h3', {}, category.name, ' ', h('span', { class: 'pill' }, t(`entryType.${category.entryType}`))),
    h('h4', {}, t('pts.reasons')), list,
    form(ctx, 'add-reason', [
      { name: 'code', label: 'pts.code', width: '7rem' },
      { name: 'name', label: 'pts.reasonName' },
      { name: 'points', label: 'pts.points', type: 'number', step: 'any', width: '6rem', placeholder: t('pts.pointsHint') },
      { name: 'capPerEntry', label: 'pts.cap', type: 'number', step: 'any', min: 0, required: false, width: '7rem' },
    ], 'org.add', async ({ code, name, points, capPerEntry }) => {
      await ctx.call('POST', `/categories/${category.id}/reasons`, { body: { code, name, points: Number(points), capPerEntry: capPerEntry === '' ? undefined : Number(capPerEntry) } });
      load();
    }));
}

function reasonsTable(reasons) {
  if (!reasons?.length) return h('p', { class: 'muted' }, t('pts.noReasons'));
  return h('table', { class: 'reasons' },
    h('thead', {}, h('tr', {}, ['pts.code', 'pts.reasonName', 'pts.points', 'pts.cap'].map(k => h('th', {}, t(k))))),
    h('tbody', {}, reasons.map(r => h('tr', { class: 'reason', dataset: { code: r.code } },
      h('td', {}, h('code', {}, r.code)), h('td', {}, r.name),
      h('td', { class: `num ${r.points < 0 ? 'negative' : ''}` }, number(r.points)), h('td', { class: 'num' }, r.capPerEntry == null ? '–' : number(r.capPerEntry))))));
}

export function renderPointsResults(ctx) {
  return h('section', { class: 'panel', id: 'results' }, h('h2', {}, t('nav.results')),
    ctx.contest.status === 'finished' ? h('p', { class: 'message info' }, t('pts.finishedNote')) : null,
    (ctx.contest.categories ?? []).map(category => standingsOf(ctx, category)));
}

function standingsOf(ctx, category) {
  const body = h('div', {});
  const load = () => ctx.run(null, async () => replace(body, standingsTable(await ctx.call('GET', `/categories/${category.id}/standings`))));
  load();
  return h('article', { class: 'category', dataset: { name: category.name, id: category.id } },
    h('h3', {}, category.name, ' ', button(ctx, 'lab.refresh', load, { name: 'refresh-standings' })), body);
}

function standingsTable(standings) {
  if (!standings.rows?.length) return h('p', { class: 'muted' }, t('org.noBoard'));
  const codes = [...new Set(standings.rows.flatMap(r => Object.keys(r.byReason ?? {})))].sort();
  return h('div', {},
    h('p', { class: 'muted standings-status', dataset: { status: standings.status } }, t(`lab.standings.${standings.status}`)),
    h('table', { class: 'board points-board' },
      h('thead', {}, h('tr', {}, [t('org.rank'), t('lab.unit'), t('org.organization'), ...codes, t('org.total')].map(k => h('th', {}, k)))),
      h('tbody', {}, standings.rows.map(row => h('tr', { class: 'standing', dataset: { id: row.entryId, name: row.name } },
        h('td', { class: 'num' }, row.rank ?? '–'), h('td', {}, row.name), h('td', {}, row.organization ?? ''),
        codes.map(c => h('td', { class: 'num' }, row.byReason?.[c] === undefined ? '–' : number(row.byReason[c]))),
        h('td', { class: 'num total' }, number(row.total)))))));
}
