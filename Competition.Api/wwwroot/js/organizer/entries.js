// Registration: open/close, register one entry, import a CSV, and act on entries (approve,
// reject, withdraw, disqualify). The list is the contest view's entries, merged with what this
// browser registered and what leaderboards showed, in case the contest view lags behind.
import { h, replace } from '../dom.js';
import { count, t } from '../i18n.js';
import { askReason, button, editDialog, form } from './forms.js';
import * as store from './store.js';

export function knownEntries(ctx) {
  const all = new Map();
  const merge = (id, record) => id && all.set(id, { ...all.get(id), ...definedOnly(record), id });
  for (const [id, record] of Object.entries(store.entries.all(ctx.cid))) merge(id, record);
  for (const category of ctx.contest.categories ?? [])
    for (const entry of category.entries ?? []) merge(entry.id, { ...entry, categoryId: category.id });
  return [...all.values()];
}

// Boards and draws reveal bibs and entries; they announce it with an "entries-changed" event.
let refreshTable = null;
// The last import's answer and the text it was sent with, of this contest only: the page re-renders after every
// change, and a refused file must still be there to fix.
let lastImport = null;
const drafts = new Map();
document.addEventListener('entries-changed', () => refreshTable?.());

const definedOnly = record => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && v !== null));

export function renderEntries(ctx) {
  const categories = ctx.contest.categories ?? [];
  const table = h('div', { class: 'entries-table' });
  const refresh = () => replace(table, entriesTable(ctx, refresh));
  refresh();
  refreshTable = refresh;
  const csvResult = h('div', { class: 'csv-result' }, lastImport?.cid === ctx.cid ? importResult(lastImport.answer) : null);
  return h('section', { class: 'panel', id: 'entries' },
    h('h2', {}, t('org.entries')),
    h('div', { class: 'row' },
      h('span', { class: 'registration', dataset: { open: String(!!ctx.contest.registrationOpen) } }, t('org.registration'), ': ', t(`registration.${ctx.contest.registrationOpen === undefined ? 'unknown' : ctx.contest.registrationOpen ? 'open' : 'closed'}`)),
      button(ctx, 'org.openRegistration', () => ctx.change(() => ctx.call('POST', '/registration/open')), { name: 'registration-open' }),
      button(ctx, 'org.closeRegistration', () => ctx.change(() => ctx.call('POST', '/registration/close')), { name: 'registration-close' })),
    h('h3', {}, t('org.register')),
    form(ctx, 'register-entry', [
      { name: 'categoryId', label: 'org.category', options: categories.map(c => [c.id, c.name, true]) },
      { name: 'name', label: 'org.entryName' },
      { name: 'organization', label: 'org.organization' },
      { name: 'members', label: 'org.members', required: false, placeholder: t('org.membersHint') },
    ], 'org.register', async ({ categoryId, name, organization, members }) => {
      const list = members.split(/[;；,，]/).map(m => m.trim()).filter(Boolean);
      const body = { categoryId, name, organization, members: list.length ? list : undefined };
      const answer = await ctx.change(() => ctx.call('POST', '/entries', { body }));
      store.entries.put(ctx.cid, answer.id, { categoryId, name, organization, status: 'registered' });
      refresh();
    }),
    h('h3', {}, t('org.importCsv')),
    h('p', { class: 'muted' }, t('org.csvHelp'), ' ', templateLink(ctx)),
    csvForm(ctx, csvResult), csvResult,
    h('h3', {}, t('org.entryList')),
    table);
}

function csvForm(ctx, result) {
  const text = h('textarea', { name: 'csv', placeholder: '赛项,姓名,单位,队员', oninput: () => drafts.set(ctx.cid, text.value) });
  text.value = drafts.get(ctx.cid) ?? '';
  const file = h('input', {
    type: 'file', accept: '.csv,text/csv',
    onchange: async () => { text.value = await readCsv(file.files[0]); drafts.set(ctx.cid, text.value); },
  });
  const node = h('form', { name: 'import-csv' }, text, h('div', { class: 'row' }, file,
    h('button', { type: 'submit' }, t('org.import'))));
  node.addEventListener('submit', event => {
    event.preventDefault();
    lastImport = null;
    replace(result);
    ctx.run(node, async () => {
      await ctx.change(async () => {
        const answer = await ctx.call('POST', '/entries/import', { csv: text.value });
        lastImport = { cid: ctx.cid, answer };
        if (!answer.errors?.length) drafts.delete(ctx.cid);
      });
    });
  });
  return node;
}

// A template with the Chinese headers and this contest's categories, UTF-8 with a byte-order mark so that Excel and
// WPS open it with its Chinese intact.
function templateLink(ctx) {
  const categories = ctx.contest.categories ?? [];
  const example = categories.flatMap(c => c.entryType === 'team'
    ? [`${c.name},${t('org.templateTeam')},${t('org.templateOrganization')},${t('org.templateMembers')}`]
    : [`${c.name},${t('org.templateName')},${t('org.templateOrganization')},`]);
  const csv = ['赛项,姓名,单位,队员', ...example].join('\r\n') + '\r\n';
  const link = h('a', { href: '#', download: `${ctx.contest.name ?? 'contest'}-报名模板.csv`, class: 'csv-template' }, t('org.csvTemplate'));
  link.addEventListener('click', () => { link.href = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' })); });
  return link;
}

// Excel saves "CSV UTF-8" or, on a Chinese Windows, plain "CSV" in GBK: a file that is not UTF-8 is read as
// GB18030 (which covers GBK) rather than with replacement characters in every name.
async function readCsv(blob) {
  if (!blob) return '';
  const bytes = await blob.arrayBuffer();
  try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { return new TextDecoder('gb18030').decode(bytes); }
}

function importResult(answer) {
  return h('div', {},
    h('p', { class: answer.errors?.length ? 'message error' : 'message info' },
      answer.errors?.length ? t('org.importRejected') : count('org.imported', answer.imported)),
    h('ul', {}, (answer.errors ?? []).map(e => h('li', {}, t('org.line', { n: e.line }), ': ', e.message))));
}

function entriesTable(ctx, refresh) {
  const entries = knownEntries(ctx);
  if (!entries.length) return h('p', { class: 'muted' }, t('org.noEntries'));
  const categoryName = id => ctx.contest.categories?.find(c => c.id === id)?.name ?? '';
  const act = (entry, action, body, status) => async () => {
    store.entries.put(ctx.cid, entry.id, { status });
    await ctx.change(() => ctx.call('POST', `/entries/${entry.id}/${action}`, { body }));
  };
  const pending = entries.filter(e => (e.status ?? 'registered') === 'registered');
  return h('div', {},
    pending.length > 1 ? button(ctx, 'org.approveAll', async () => {
      for (const entry of pending) await act(entry, 'approve', undefined, 'approved')();
    }, { kind: 'primary', name: 'approve-all' }) : null,
    h('table', {},
      h('thead', {}, h('tr', {}, ['org.bib', 'org.entryName', 'org.organization', 'org.category', 'org.status', ''].map(k => h('th', {}, k && t(k))))),
      h('tbody', {}, entries.map(entry => h('tr', { class: 'entry', dataset: { name: entry.name ?? '', id: entry.id, status: entry.status ?? 'registered' } },
        h('td', {}, entry.bib ?? '–'), h('td', {}, entry.name ?? ''), h('td', {}, entry.organization ?? ''),
        h('td', {}, categoryName(entry.categoryId)),
        h('td', {}, h('span', { class: 'pill' }, t(`entryStatus.${entry.status ?? 'registered'}`))),
        h('td', { class: 'actions' },
          button(ctx, 'org.edit', () => editEntry(ctx, entry), { name: 'edit-entry' }),
          button(ctx, 'org.approve', act(entry, 'approve', undefined, 'approved'), { name: 'approve' }),
          button(ctx, 'org.reject', async () => {
            const reason = await askReason('org.reasonReject');
            if (reason) await act(entry, 'reject', { reason }, 'rejected')();
          }, { name: 'reject' }),
          button(ctx, 'org.withdraw', act(entry, 'withdraw', undefined, 'withdrawn'), {
            name: 'withdraw', confirm: () => ({ title: t('org.withdrawTitle', { name: entry.name ?? '' }), consequence: t('org.withdrawConfirm') }),
          }),
          button(ctx, 'org.disqualify', async () => {
            const reason = await askReason('org.reasonDisqualify', t('org.disqualifyConfirm', { name: entry.name ?? '' }));
            if (reason) await act(entry, 'disqualify', { reason }, 'disqualified')();
          }, { kind: 'danger', name: 'disqualify' })))))));
}

// A name can be corrected at any time; the organization (judges are recused by it) only until marking begins.
function editEntry(ctx, entry) {
  const category = ctx.contest.categories?.find(c => c.id === entry.categoryId);
  const marked = (category?.stages ?? []).some(s => (s.status ?? 'pending') !== 'pending');
  const team = category?.entryType === 'team';
  return editDialog({
    name: 'entry', title: t('org.editEntry', { name: entry.name ?? '' }), help: marked ? t('org.editEntryMarked') : null,
    fields: [
      { name: 'name', label: 'org.entryName', value: entry.name ?? '' },
      marked ? null : { name: 'organization', label: 'org.organization', value: entry.organization ?? '' },
      team ? { name: 'members', label: 'org.membersLines', type: 'textarea', value: (entry.members ?? []).join('\n') } : null,
    ].filter(Boolean),
    submit: async ({ name, organization, members }) => {
      const body = { name };
      if (organization !== undefined) body.organization = organization;
      if (members !== undefined) body.members = members.split('\n').map(m => m.trim()).filter(Boolean);
      await ctx.change(() => ctx.call('PATCH', `/entries/${entry.id}`, { body }));
      store.entries.put(ctx.cid, entry.id, definedOnly({ name, organization }));
    },
  });
}
