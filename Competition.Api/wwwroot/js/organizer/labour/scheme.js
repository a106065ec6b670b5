// A labour category's indicator scheme (考核指标体系): blocks of items, the bonus cap, gates, assessors and the season rule.
// Edited as a draft in the page and saved whole with PUT …/scheme (the ids GET/PUT returned go back, so items keep
// them); read-only once a round of the category has opened (the server refuses with 409).
import { h, replace } from '../../dom.js';
import { plain, t } from '../../i18n.js';

const kinds = ['points', 'deduction', 'bonus', 'veto'];
const drafts = new Map();
const opened = category => (category.rounds ?? []).some(r => (r.status ?? 'planned') !== 'planned');

const blockMax = block => block.items.filter(i => i.kind === 'points').reduce((sum, i) => sum + Number(i.maxPoints || 0), 0);
const maxTotal = scheme => scheme.blocks.reduce((sum, b) => sum + blockMax(b), 0) + Number(scheme.bonusCap || 0);

function fromServer(scheme) {
  if (!scheme?.blocks?.length) return { blocks: [{ name: '', items: [{ name: '', kind: 'points', maxPoints: '' }] }], gates: {}, season: 'sum', aggregation: { rule: 'mean' } };
  return JSON.parse(JSON.stringify({ ...scheme, gates: scheme.gates ?? {}, aggregation: scheme.aggregation ?? { rule: scheme.rule ?? 'mean', trim: scheme.trim } }));
}

// The body PUT sends: numbers as numbers, the gate share typed as a percentage sent as a fraction.
export function schemeBody(draft) {
  const num = v => (v === '' || v === undefined || v === null ? undefined : Number(v));
  const rule = draft.aggregation?.rule ?? 'mean';
  return {
    blocks: draft.blocks.map(b => ({ id: b.id, name: b.name, items: b.items.map(i => ({
      id: i.id, name: i.name, kind: i.kind,
      maxPoints: i.kind === 'veto' ? undefined : num(i.maxPoints),
      perOccurrence: i.kind === 'deduction' ? num(i.perOccurrence) : undefined,
    })) })),
    bonusCap: num(draft.bonusCap),
    gates: { blockShare: num(draft.gates?.blockSharePercent) === undefined ? undefined : num(draft.gates.blockSharePercent) / 100, selfTotal: num(draft.gates?.selfTotal) },
    minAssessors: num(draft.minAssessors),
    aggregation: rule === 'trimmedMean' ? { rule, trim: num(draft.aggregation.trim) ?? 1 } : { rule },
    season: draft.season ?? 'sum',
  };
}

export function renderScheme(ctx, category) {
  const node = h('div', { class: 'scheme', dataset: { category: category.id } });
  const locked = opened(category);
  if (!drafts.has(category.id) || locked) {
    const draft = fromServer(category.scheme);
    if (draft.gates.blockShare !== undefined && draft.gates.blockShare !== null) draft.gates.blockSharePercent = Math.round(draft.gates.blockShare * 10000) / 100;
    drafts.set(category.id, draft);
  }
  const draft = drafts.get(category.id);
  const redraw = () => replace(node, locked ? readOnly(draft) : editor(ctx, category, draft, redraw));
  redraw();
  return node;
}

function readOnly(draft) {
  return h('div', {},
    h('p', { class: 'message info locked' }, t('lab.schemeLocked')),
    draft.blocks.map(b => h('div', { class: 'block', dataset: { name: b.name } },
      h('h4', {}, b.name, ' ', h('span', { class: 'muted block-max' }, t('lab.blockMax', { max: plain(blockMax(b)) }))),
      h('ul', {}, b.items.map(i => h('li', {}, i.name, ' · ', t(`lab.kind.${i.kind}`),
        i.maxPoints != null ? ` · ${t('org.max')} ${plain(i.maxPoints)}` : '', i.perOccurrence != null ? ` · ${t('lab.per')} ${plain(i.perOccurrence)}` : ''))))),
    h('p', { class: 'max-total' }, t('lab.maxTotal', { max: plain(maxTotal(draft)) })));
}

function input(value, onInput, attrs = {}) {
  const node = h('input', { ...attrs, oninput: () => onInput(node.value) });
  node.value = value ?? '';
  return node;
}

function select(value, options, onChange, attrs = {}) {
  return h('select', { ...attrs, onchange: e => onChange(e.target.value) },
    options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
}

function editor(ctx, category, draft, redraw) {
  const totals = h('p', { class: 'max-total' });
  const maxima = [];
  const recount = () => {
    maxima.forEach(([node, block]) => { node.textContent = t('lab.blockMax', { max: plain(blockMax(block)) }); });
    totals.textContent = t('lab.maxTotal', { max: plain(maxTotal(draft)) });
  };
  const blocks = draft.blocks.map((block, bi) => {
    const max = h('span', { class: 'muted block-max' });
    maxima.push([max, block]);
    return h('fieldset', { class: 'block', dataset: { index: bi } },
      h('legend', {}, t('lab.block'), ' ', input(block.name, v => { block.name = v; }, { name: 'block-name', required: true, placeholder: t('lab.blockName') }), ' ', max,
        ' ', h('button', { type: 'button', class: 'link danger', name: 'remove-block', onclick: () => { draft.blocks.splice(bi, 1); redraw(); } }, t('org.remove'))),
      h('table', { class: 'items' },
        h('thead', {}, h('tr', {}, ['lab.itemName', 'org.criterionKind', 'org.maxPoints', 'lab.perOccurrence', ''].map(k => h('th', {}, k && t(k))))),
        h('tbody', {}, block.items.map((item, ii) => h('tr', { class: 'item' },
          h('td', {}, input(item.name, v => { item.name = v; }, { name: 'item-name', required: true })),
          h('td', {}, select(item.kind, kinds.map(k => [k, t(`lab.kind.${k}`)]), v => { item.kind = v; redraw(); }, { name: 'item-kind' })),
          h('td', {}, item.kind === 'veto' ? '–' : input(item.maxPoints, v => { item.maxPoints = v; recount(); }, { name: 'item-max', type: 'number', min: 0, step: 'any', style: 'width:6rem' })),
          h('td', {}, item.kind === 'deduction' ? input(item.perOccurrence, v => { item.perOccurrence = v; }, { name: 'item-per', type: 'number', min: 0, step: 'any', style: 'width:6rem', placeholder: t('lab.perHint') }) : ''),
          h('td', {}, h('button', { type: 'button', class: 'link danger', name: 'remove-item', onclick: () => { block.items.splice(ii, 1); redraw(); } }, t('org.remove'))))))),
      h('button', { type: 'button', class: 'secondary', name: 'add-item', onclick: () => { block.items.push({ name: '', kind: 'points', maxPoints: '' }); redraw(); } }, t('lab.addItem')));
  });
  const rule = draft.aggregation?.rule ?? 'mean';
  const form = h('form', { name: 'scheme', class: 'scheme-form' },
    blocks,
    h('div', { class: 'row' }, h('button', { type: 'button', class: 'secondary', name: 'add-block', onclick: () => { draft.blocks.push({ name: '', items: [{ name: '', kind: 'points', maxPoints: '' }] }); redraw(); } }, t('lab.addBlock'))),
    totals,
    h('div', { class: 'row' },
      h('label', {}, t('lab.bonusCap'), input(draft.bonusCap, v => { draft.bonusCap = v; }, { name: 'bonusCap', type: 'number', min: 0, step: 'any', style: 'width:6rem' })),
      h('label', {}, t('lab.gateShare'), input(draft.gates.blockSharePercent, v => { draft.gates.blockSharePercent = v; }, { name: 'blockShare', type: 'number', min: 0, max: 100, step: 'any', style: 'width:6rem' })),
      h('label', {}, t('lab.gateSelf'), input(draft.gates.selfTotal, v => { draft.gates.selfTotal = v; }, { name: 'selfTotal', type: 'number', min: 0, step: 'any', style: 'width:6rem' })),
      h('label', {}, t('lab.minAssessors'), input(draft.minAssessors, v => { draft.minAssessors = v; }, { name: 'minAssessors', type: 'number', min: 1, step: 1, style: 'width:5rem' })),
      h('label', {}, t('org.rule'), select(rule, [['mean', t('rule.mean')], ['trimmedMean', t('rule.trimmedMean')], ['median', t('rule.median')]], v => { draft.aggregation = { ...draft.aggregation, rule: v }; redraw(); }, { name: 'rule' })),
      rule === 'trimmedMean' ? h('label', {}, t('org.trim'), input(draft.aggregation.trim, v => { draft.aggregation.trim = v; }, { name: 'trim', type: 'number', min: 1, step: 1, style: 'width:4rem' })) : null,
      h('label', {}, t('lab.season'), select(draft.season ?? 'sum', [['sum', t('lab.season.sum')], ['mean', t('lab.season.mean')]], v => { draft.season = v; }, { name: 'season' }))),
    h('button', { type: 'submit', name: 'save-scheme' }, t('lab.saveScheme')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    ctx.run(form, async () => {
      drafts.delete(category.id);
      await ctx.change(() => ctx.call('PUT', `/categories/${category.id}/scheme`, { body: schemeBody(draft) }));
    });
  });
  recount();
  return form;
}
