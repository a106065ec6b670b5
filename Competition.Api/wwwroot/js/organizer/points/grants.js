// Points (积分): a grant at a time (entry, reason, quantity, date, note), grants by CSV (with a template), each
// category's grants listed from the server (GET …/categories/{catId}/points) with revoke (asked with its reason), and
// finishing the season (asked first).
import { h, replace } from '../../dom.js';
import { t } from '../../i18n.js';
import { button, askReason, form } from '../forms.js';
import { knownEntries } from '../entries.js';
import { importResult, readCsv } from '../labour/units.js';

let lastImport = null;
let draft = '';
const today = () => new Date().toISOString().slice(0, 10);

export function renderPoints(ctx) {
  const finished = ctx.contest.status === 'finished';
  const entries = knownEntries(ctx).filter(e => e.status === 'approved');
  const categoryName = id => ctx.contest.categories?.find(c => c.id === id)?.name ?? '';
  const result = h('div', { class: 'csv-result' }, lastImport?.cid === ctx.cid ? importResult(lastImport.answer) : null);
  return h('section', { class: 'panel', id: 'points' }, h('h2', {}, t('nav.points')),
    finished ? h('p', { class: 'message info' }, t('pts.finishedNote')) : null,
    h('h3', {}, t('pts.grant')),
    form(ctx, 'grant', [
      { name: 'entryId', label: 'org.entry', options: entries.map(e => [e.id, `${e.name} · ${categoryName(e.categoryId)}`, true]) },
      { name: 'reasonCode', label: 'pts.code', width: '7rem' },
      { name: 'quantity', label: 'pts.quantity', type: 'number', min: 1, step: 1, value: '1', width: '5rem' },
      { name: 'occurredOn', label: 'pts.occurredOn', type: 'date', value: today() },
      { name: 'note', label: 'org.note', required: false },
    ], 'pts.grantButton', async ({ entryId, reasonCode, quantity, occurredOn, note }) => {
      await ctx.call('POST', '/points', { body: { entryId, reasonCode, quantity: Number(quantity || 1), occurredOn, note: note || undefined } });
      await ctx.reload();
    }),
    grantList(ctx, entries),
    h('h3', {}, t('pts.csv')),
    h('p', { class: 'muted' }, t('pts.csvHelp'), ' ', template(ctx, entries)),
    csvForm(ctx, result), result,
    h('h3', {}, t('pts.finish')),
    h('p', { class: 'muted' }, t('pts.finishHelp')),
    finished ? null : button(ctx, 'pts.finish', () => ctx.change(() => ctx.call('POST', '/finish')), {
      name: 'finish', kind: 'danger', confirm: () => ({ title: t('pts.finishTitle'), consequence: t('pts.finishConsequence') }),
    }));
}

function grantList(ctx, entries) {
  const holder = h('div', { class: 'grant-list' });
  const nameOf = id => entries.find(e => e.id === id)?.name ?? knownEntries(ctx).find(e => e.id === id)?.name ?? id;
  Promise.all((ctx.contest.categories ?? []).map(c => ctx.call('GET', `/categories/${c.id}/points`).catch(() => [])))
    .then(lists => {
      const list = lists.flat().sort((a, b) => (a.at < b.at ? 1 : -1));
      if (!list.length) return;
      replace(holder, h('table', { class: 'grants' },
        h('thead', {}, h('tr', {}, ['org.entry', 'pts.code', 'pts.quantity', 'pts.points', 'pts.occurredOn', 'org.note', ''].map(k => h('th', {}, k && t(k))))),
        h('tbody', {}, list.map(g => h('tr', { class: `grant${g.revoked ? ' revoked' : ''}`, dataset: { id: g.id } },
          h('td', {}, nameOf(g.entryId)), h('td', {}, g.reasonCode), h('td', { class: 'num' }, g.quantity), h('td', { class: 'num' }, g.points),
          h('td', {}, g.occurredOn), h('td', {}, g.note ?? ''),
          h('td', { class: 'actions' }, g.revoked ? h('span', { class: 'pill bad' }, t('pts.revoked')) : button(ctx, 'org.revoke', async () => {
            const reason = await askReason('pts.revokeReason', t('pts.revokeConsequence', { entry: nameOf(g.entryId) }));
            if (!reason) return;
            await ctx.call('POST', `/points/${g.id}/revoke`, { body: { reason } });
            await ctx.reload();
          }, { name: 'revoke-grant' })))))));
    });
  return holder;
}

function csvForm(ctx, result) {
  const text = h('textarea', { name: 'csv', placeholder: '单位,事由,数量,日期,备注', oninput: () => { draft = text.value; } });
  text.value = draft;
  const file = h('input', { type: 'file', name: 'csv-file', accept: '.csv,text/csv', onchange: async () => { text.value = draft = await readCsv(file.files[0]); } });
  const node = h('form', { name: 'import-grants' }, text, h('div', { class: 'row' }, file, h('button', { type: 'submit' }, t('org.import'))));
  node.addEventListener('submit', event => {
    event.preventDefault();
    lastImport = null;
    replace(result);
    ctx.run(node, async () => {
      const answer = await ctx.call('POST', '/points/import', { csv: text.value });
      lastImport = { cid: ctx.cid, answer };
      if (!answer.errors?.length) draft = '';
      await ctx.reload();
    });
  });
  return node;
}

function template(ctx, entries) {
  const cell = v => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = (entries.length ? entries : [{ name: t('org.templateTeam') }]).map(e => `${cell(e.name)},,1,${today()},`);
  const csv = ['单位,事由,数量,日期,备注', ...lines].join('\r\n') + '\r\n';
  const link = h('a', { href: '#', download: `${ctx.contest.name ?? 'contest'}-积分模板.csv`, class: 'csv-template', name: 'grants-template' }, t('pts.template'));
  link.addEventListener('click', () => { link.href = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' })); });
  return link;
}
