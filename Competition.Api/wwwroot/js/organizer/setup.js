// Contest set-up: categories, their weighted stages, each stage's criteria, the award policy.
import { h } from '../dom.js';
import { number, plain, t } from '../i18n.js';
import { confirmAction } from '../dialog.js';
import { button, editDialog, form } from './forms.js';

const rules = [['mean', 'rule.mean'], ['trimmedMean', 'rule.trimmedMean'], ['median', 'rule.median']];
const kinds = [['judgement', 'criterion.judgement'], ['measurement', 'criterion.measurement'], ['deduction', 'criterion.deduction']];
const marked = category => (category.stages ?? []).some(s => (s.status ?? 'pending') !== 'pending');

// Weights are percentages; 0.3 is far more often 30 % typed as a fraction than a weight of 0.3 %.
async function percent(weight) {
  const value = Number(weight);
  if (!(value > 0 && value < 1)) return value;
  const fixed = Math.round(value * 10000) / 100;
  return await confirmAction({ title: t('org.weightFraction', { value, fixed }), consequence: t('org.weightFractionHelp', { fixed }), confirm: t('org.useFixed', { fixed }), danger: false })
    ? fixed : value;
}

export function renderSetup(ctx) {
  const categories = ctx.contest.categories ?? [];
  return h('section', { class: 'panel', id: 'setup' },
    h('h2', {}, t('org.setup')),
    categories.map(category => renderCategory(ctx, category)),
    h('h3', {}, t('org.addCategory')),
    form(ctx, 'add-category', [
      { name: 'name', label: 'org.categoryName' },
      { name: 'entryType', label: 'org.entryType', options: [['individual', 'entryType.individual'], ['team', 'entryType.team']] },
      { name: 'board', label: 'org.board', options: [['public', 'board.public'], ['hidden', 'board.hidden']] },
    ], 'org.add', values => ctx.change(() => ctx.call('POST', '/categories', { body: values }))));
}

function renderCategory(ctx, category) {
  const stages = category.stages ?? [];
  const weights = stages.reduce((sum, stage) => sum + Number(stage.weight ?? 0), 0);
  return h('article', { class: 'category', dataset: { name: category.name, id: category.id } },
    h('h3', {}, category.name, ' ', h('span', { class: 'pill' }, t(`entryType.${category.entryType}`)),
      category.board === 'hidden' ? [' ', h('span', { class: 'pill warn', title: t('board.hiddenHelp') }, t('board.hidden'))] : null,
      ' ', h('span', { class: weights === 100 ? 'pill ok' : 'pill warn', dataset: { weights } }, t('org.weights', { sum: plain(weights) })),
      ' ', categoryButtons(ctx, category)),
    weights !== 100 && stages.length ? h('p', { class: 'muted weights-help' }, t('org.weightsHelp', { missing: plain(100 - weights) })) : null,
    stages.length ? h('table', { class: 'stages' },
      h('thead', {}, h('tr', {}, ['org.stage', 'org.weightPercent', 'org.rule', 'org.status', 'org.criteria', ''].map(k => h('th', {}, k && t(k))))),
      h('tbody', {}, stages.map(stage => renderStage(ctx, category, stage)))) : null,
    form(ctx, 'add-stage', [
      { name: 'name', label: 'org.stageName' },
      { name: 'weight', label: 'org.weightPercent', type: 'number', min: 0, max: 100, step: 'any', width: '6rem', placeholder: t('org.weightHint') },
      { name: 'rule', label: 'org.rule', options: rules },
      { name: 'trim', label: 'org.trim', type: 'number', min: 0, step: 1, required: false, width: '5rem' },
      { name: 'blind', label: 'org.blind', type: 'checkbox', required: false },
    ], 'org.addStage', async ({ name, weight, rule, trim, blind }) => {
      const aggregation = rule === 'trimmedMean' ? { rule, trim: Number(trim || 1) } : { rule };
      const percentage = await percent(weight);
      await ctx.change(() => ctx.call('POST', `/categories/${category.id}/stages`,
        { body: { name, weight: percentage, aggregation, blind: blind === 'on' } }));
    }),
    renderPolicy(ctx, category));
}

function renderStage(ctx, category, stage) {
  const rule = stage.aggregation?.rule ?? 'mean';
  const criteria = stage.criteria ?? [];
  return h('tr', { class: 'stage', dataset: { name: stage.name, id: stage.id } },
    h('td', {}, stage.name, stage.blind ? [' ', blindPill()] : null),
    h('td', { class: 'num weight' }, `${plain(stage.weight)}%`),
    h('td', {}, t(`rule.${rule}`), rule === 'trimmedMean' ? ` (${stage.aggregation.trim})` : ''),
    h('td', {}, stageStatus(stage)),
    h('td', {},
      h('ul', { class: 'criteria' }, criteria.map(c =>
        h('li', { class: 'criterion', dataset: { name: c.name, id: c.id } }, c.name, ' ',
          h('span', { class: 'muted' }, `${t(`criterion.${c.kind}`)} · ${t('org.max')} ${plain(c.maxPoints)}`), ' ',
          criterionButtons(ctx, stage, c)))),
      criteria.length ? h('p', { class: 'muted stage-max', dataset: { max: stage.maxPoints ?? 0 } },
        t('org.stageMax', { max: plain(stage.maxPoints ?? 0), count: criteria.length })) : null,
      form(ctx, 'add-criterion', [
        { name: 'name', label: 'org.criterionName' },
        { name: 'maxPoints', label: 'org.maxPoints', type: 'number', min: 0, step: 'any', width: '6rem' },
        { name: 'kind', label: 'org.criterionKind', options: kinds },
      ], 'org.add', async ({ name, maxPoints, kind }) => {
        await ctx.change(() => ctx.call('POST', `/stages/${stage.id}/criteria`, { body: { name, maxPoints: Number(maxPoints), kind } }));
      })),
    h('td', { class: 'actions' }, stageButtons(ctx, category, stage)));
}

// What can still change is what the server allows (names always; the rest before marking); the dialogs offer
// only that, and a refusal still shows inside the dialog.
function categoryButtons(ctx, category) {
  return h('span', { class: 'edit-buttons' },
    button(ctx, 'org.edit', () => editDialog({
      name: 'category', title: t('org.editCategory', { name: category.name }),
      fields: [{ name: 'name', label: 'org.categoryName', value: category.name }],
      submit: ({ name }) => ctx.change(() => ctx.call('PATCH', `/categories/${category.id}`, { body: { name } })),
    }), { name: 'edit-category' }),
    marked(category) || category.drawn ? null : button(ctx, 'org.remove', () => ctx.change(() => ctx.call('DELETE', `/categories/${category.id}`)), {
      name: 'remove-category', kind: 'danger',
      confirm: () => ({ title: t('org.removeTitle', { name: category.name }), consequence: t('org.removeCategoryConfirm') }),
    }));
}

function stageButtons(ctx, category, stage) {
  const pending = (stage.status ?? 'pending') === 'pending';
  const weighable = !marked(category);
  return [
    button(ctx, 'org.edit', () => editDialog({
      name: 'stage', title: t('org.editStage', { name: stage.name }),
      help: weighable ? t('org.editStageHelp') : t('org.editStageMarked'),
      fields: [
        { name: 'name', label: 'org.stageName', value: stage.name },
        weighable ? { name: 'weight', label: 'org.weightPercent', type: 'number', min: 0, max: 100, step: 'any', width: '6rem', value: String(stage.weight) } : null,
        pending ? { name: 'rule', label: 'org.rule', options: rules, value: stage.aggregation?.rule ?? 'mean' } : null,
        pending ? { name: 'trim', label: 'org.trim', type: 'number', min: 0, step: 1, required: false, width: '5rem', value: String(stage.aggregation?.trim ?? '') } : null,
      ].filter(Boolean),
      submit: async ({ name, weight, rule, trim }) => {
        const body = { name };
        if (weight !== undefined) body.weight = await percent(weight);
        if (rule !== undefined) body.aggregation = rule === 'trimmedMean' ? { rule, trim: Number(trim || 1) } : { rule };
        await ctx.change(() => ctx.call('PATCH', `/stages/${stage.id}`, { body }));
      },
    }), { name: 'edit-stage' }),
    pending ? button(ctx, 'org.remove', () => ctx.change(() => ctx.call('DELETE', `/stages/${stage.id}`)), {
      name: 'remove-stage', kind: 'danger',
      confirm: () => ({ title: t('org.removeTitle', { name: stage.name }), consequence: t('org.removeStageConfirm') }),
    }) : null,
  ];
}

function criterionButtons(ctx, stage, criterion) {
  const pending = (stage.status ?? 'pending') === 'pending';
  return h('span', { class: 'edit-buttons' },
    button(ctx, 'org.edit', () => editDialog({
      name: 'criterion', title: t('org.editCriterion', { name: criterion.name }),
      help: pending ? null : t('org.editCriterionOpened'),
      fields: [
        { name: 'name', label: 'org.criterionName', value: criterion.name },
        pending ? { name: 'maxPoints', label: 'org.maxPoints', type: 'number', min: 0, step: 'any', width: '6rem', value: String(criterion.maxPoints) } : null,
        pending ? { name: 'kind', label: 'org.criterionKind', options: kinds, value: criterion.kind } : null,
      ].filter(Boolean),
      submit: ({ name, maxPoints, kind }) => ctx.change(() => ctx.call('PATCH', `/stages/${stage.id}/criteria/${criterion.id}`,
        { body: maxPoints === undefined ? { name } : { name, maxPoints: Number(maxPoints), kind } })),
    }), { name: 'edit-criterion', kind: 'link' }),
    pending ? button(ctx, 'org.remove', () => ctx.change(() => ctx.call('DELETE', `/stages/${stage.id}/criteria/${criterion.id}`)), {
      name: 'remove-criterion', kind: 'link danger',
      confirm: () => ({ title: t('org.removeTitle', { name: criterion.name }), consequence: t('org.removeCriterionConfirm') }),
    }) : null);
}

export const blindPill = () => h('span', { class: 'pill warn', title: t('org.blindHelp') }, t('org.blindPill'));

export function stageStatus(stage) {
  const status = stage.status ?? 'pending';
  return h('span', { class: `pill ${status === 'open' ? 'ok' : status === 'closed' ? 'bad' : ''}` }, t(`stageStatus.${status}`));
}

// Tiers are typed one per line, "name share" (e.g. "一等奖 0.1"), since their number varies.
function renderPolicy(ctx, category) {
  const policy = category.awardPolicy;
  const current = policy?.tiers?.length
    ? h('p', { class: 'muted' }, t('org.currentPolicy'), ': ',
      policy.tiers.map(tier => `${tier.name} ${number(tier.share * 100, 0)}%`).join(' · '),
      ` · ${t('org.minimumScore')} ${number(policy.minimumScore, 2)}`)
    : null;
  return h('div', { class: 'policy' },
    h('h4', {}, t('org.awardPolicy')), current,
    form(ctx, 'award-policy', [
      { name: 'tiers', label: 'org.tiers', type: 'textarea', placeholder: t('org.tiersHint') },
      { name: 'minimumScore', label: 'org.minimumScore', type: 'number', min: 0, max: 100, step: 'any', value: '0', width: '7rem' },
    ], 'org.savePolicy', async ({ tiers, minimumScore }) => {
      const body = { tiers: parseTiers(tiers), minimumScore: Number(minimumScore) };
      await ctx.change(() => ctx.call('PUT', `/categories/${category.id}/award-policy`, { body }));
    }));
}

export function parseTiers(text) {
  return text.split('\n').map(line => line.trim()).filter(Boolean).map(line => {
    const at = line.search(/\s+[\d.]+%?$/);
    if (at < 0) throw new Error(t('org.badTier', { line }));
    const shareText = line.slice(at).trim();
    const share = shareText.endsWith('%') ? Number(shareText.slice(0, -1)) / 100 : Number(shareText);
    return { name: line.slice(0, at).trim(), share };
  });
}
