// The units of one round: each unit's self-assessment (自评, a value per item, grouped by block) and its veto
// (一票否决: a veto item and the reason), and the self-assessments of every unit by CSV, with a template.
import { h, replace } from '../../dom.js';
import { count, t } from '../../i18n.js';
import { button, editDialog } from '../forms.js';
import { knownEntries } from '../entries.js';

const results = new Map();
const drafts = new Map();

export function renderUnits(ctx, category, round) {
  const scheme = category.scheme;
  const units = knownEntries(ctx).filter(e => e.categoryId === category.id && e.status === 'approved');
  const result = h('div', { class: 'csv-result' }, results.has(round.id) ? importResult(results.get(round.id)) : null);
  return h('div', { class: 'units', dataset: { round: round.id } },
    h('h4', {}, t('lab.unitsOf', { name: round.name })),
    units.length ? h('table', { class: 'units' },
      h('thead', {}, h('tr', {}, ['org.entryName', 'org.organization', ''].map(k => h('th', {}, k && t(k))))),
      h('tbody', {}, units.map(unit => h('tr', { class: 'unit', dataset: { name: unit.name, id: unit.id } },
        h('td', {}, unit.name), h('td', {}, unit.organization ?? ''),
        h('td', { class: 'actions' },
          scheme ? button(ctx, 'lab.self', () => selfDialog(ctx, scheme, round, unit), { name: 'self' }) : null,
          scheme?.blocks.some(b => b.items.some(i => i.kind === 'veto'))
            ? button(ctx, 'lab.veto', () => vetoDialog(ctx, scheme, round, unit), { name: 'veto', kind: 'danger' }) : null))))) : h('p', { class: 'muted' }, t('lab.noUnits')),
    scheme ? [
      h('h4', {}, t('lab.selfCsv')),
      h('p', { class: 'muted' }, t('lab.selfCsvHelp'), ' ', template(ctx, category, units)),
      csvForm(ctx, round, result), result] : null);
}

// Opens with the unit's self-assessment as last entered (GET …/self), so a correction starts from it.
async function selfDialog(ctx, scheme, round, unit) {
  const known = (await ctx.call('GET', `/rounds/${round.id}/entries/${unit.id}/self`))?.marks ?? {};
  const fields = scheme.blocks.flatMap(block => block.items.filter(i => i.kind !== 'veto').map(item => ({
    name: item.id, label: `${block.name} · ${item.name} (${t(`lab.kind.${item.kind}`)}${item.perOccurrence ? `, ${t('lab.count')}` : `, ${t('org.max')} ${item.maxPoints}`})`,
    type: 'number', min: 0, step: 'any', required: false, width: '7rem', value: known[item.id] ?? undefined,
  })));
  return editDialog({
    name: 'self', title: t('lab.selfTitle', { unit: unit.name, round: round.name }), help: t('lab.selfHelp'), fields,
    submit: async values => {
      const marks = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '').map(([k, v]) => [k, Number(v)]));
      await ctx.call('PUT', `/rounds/${round.id}/entries/${unit.id}/self`, { body: { marks } });
      ctx.flash(t('lab.selfSaved', { unit: unit.name }), 'info');
    },
  });
}

function vetoDialog(ctx, scheme, round, unit) {
  const vetoes = scheme.blocks.flatMap(b => b.items.filter(i => i.kind === 'veto').map(i => [i.id, `${b.name} · ${i.name}`, true]));
  return editDialog({
    name: 'veto', title: t('lab.vetoTitle', { unit: unit.name, round: round.name }), help: t('lab.vetoHelp'),
    fields: [{ name: 'itemId', label: 'lab.vetoItem', options: vetoes }, { name: 'reason', label: 'org.reason', type: 'textarea' }],
    submit: async ({ itemId, reason }) => {
      await ctx.call('POST', `/rounds/${round.id}/entries/${unit.id}/veto`, { body: { itemId, reason } });
      ctx.flash(t('lab.vetoed', { unit: unit.name }), 'info');
    },
  });
}

function csvForm(ctx, round, result) {
  const text = h('textarea', { name: 'csv', placeholder: '单位,指标,分值', oninput: () => drafts.set(round.id, text.value) });
  text.value = drafts.get(round.id) ?? '';
  const file = h('input', { type: 'file', name: 'csv-file', accept: '.csv,text/csv', onchange: async () => { text.value = await readCsv(file.files[0]); drafts.set(round.id, text.value); } });
  const node = h('form', { name: 'import-self' }, text, h('div', { class: 'row' }, file, h('button', { type: 'submit' }, t('org.import'))));
  node.addEventListener('submit', event => {
    event.preventDefault();
    results.delete(round.id);
    replace(result);
    ctx.run(node, async () => {
      const answer = await ctx.call('POST', `/rounds/${round.id}/self/import`, { csv: text.value });
      results.set(round.id, answer);
      if (!answer.errors?.length) drafts.delete(round.id);
      replace(result, importResult(answer));
      if (!answer.errors?.length) { text.value = ''; file.value = ''; }
    });
  });
  return node;
}

// The category's units and items, one line each with an empty value: Chinese headers, UTF-8 with a BOM for Excel and WPS.
function template(ctx, category, units) {
  const items = category.scheme.blocks.flatMap(b => b.items.filter(i => i.kind !== 'veto'));
  const cell = v => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = (units.length ? units : [{ name: t('org.templateTeam') }]).flatMap(u => items.map(i => `${cell(u.name)},${cell(i.name)},`));
  const csv = ['单位,指标,分值', ...lines].join('\r\n') + '\r\n';
  const link = h('a', { href: '#', download: `${category.name}-自评模板.csv`, class: 'csv-template', name: 'self-template' }, t('lab.selfTemplate'));
  link.addEventListener('click', () => { link.href = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' })); });
  return link;
}

export async function readCsv(blob) {
  if (!blob) return '';
  const bytes = await blob.arrayBuffer();
  try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { return new TextDecoder('gb18030').decode(bytes); }
}

export function importResult(answer) {
  return h('div', { class: 'import-result' },
    h('p', { class: answer.errors?.length ? 'message error' : 'message info' },
      answer.errors?.length ? t('org.importRejected') : count('lab.imported', answer.imported)),
    h('ul', {}, (answer.errors ?? []).map(e => h('li', { dataset: { line: e.line } }, t('org.line', { n: e.line }), ': ', e.message))));
}
