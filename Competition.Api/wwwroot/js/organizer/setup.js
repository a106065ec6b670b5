// Contest set-up: categories, their weighted stages, each stage's criteria, the award policy.
import { h } from '../dom.js';
import { number, t } from '../i18n.js';
import { form } from './forms.js';

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
      ' ', h('span', { class: weights === 100 ? 'pill ok' : 'pill warn' }, t('org.weights', { sum: weights }))),
    stages.length ? h('table', { class: 'stages' },
      h('thead', {}, h('tr', {}, ['org.stage', 'org.weight', 'org.rule', 'org.status', 'org.criteria'].map(k => h('th', {}, t(k))))),
      h('tbody', {}, stages.map(stage => renderStage(ctx, stage)))) : null,
    form(ctx, 'add-stage', [
      { name: 'name', label: 'org.stageName' },
      { name: 'weight', label: 'org.weight', type: 'number', min: 0, max: 100, step: 'any', width: '6rem' },
      { name: 'rule', label: 'org.rule', options: [['mean', 'rule.mean'], ['trimmedMean', 'rule.trimmedMean'], ['median', 'rule.median']] },
      { name: 'trim', label: 'org.trim', type: 'number', min: 0, step: 1, required: false, width: '5rem' },
      { name: 'blind', label: 'org.blind', type: 'checkbox', required: false },
    ], 'org.addStage', async ({ name, weight, rule, trim, blind }) => {
      const aggregation = rule === 'trimmedMean' ? { rule, trim: Number(trim || 1) } : { rule };
      await ctx.change(() => ctx.call('POST', `/categories/${category.id}/stages`,
        { body: { name, weight: Number(weight), aggregation, blind: blind === 'on' } }));
    }),
    renderPolicy(ctx, category));
}

function renderStage(ctx, stage) {
  const rule = stage.aggregation?.rule ?? 'mean';
  return h('tr', { class: 'stage', dataset: { name: stage.name, id: stage.id } },
    h('td', {}, stage.name, stage.blind ? [' ', blindPill()] : null),
    h('td', { class: 'num' }, number(stage.weight, 0)),
    h('td', {}, t(`rule.${rule}`), rule === 'trimmedMean' ? ` (${stage.aggregation.trim})` : ''),
    h('td', {}, stageStatus(stage)),
    h('td', {},
      h('ul', { class: 'criteria' }, (stage.criteria ?? []).map(c =>
        h('li', {}, c.name, ' ', h('span', { class: 'muted' }, `${t(`criterion.${c.kind}`)} · ${t('org.max')} ${number(c.maxPoints, 0)}`)))),
      form(ctx, 'add-criterion', [
        { name: 'name', label: 'org.criterionName' },
        { name: 'maxPoints', label: 'org.maxPoints', type: 'number', min: 0, step: 'any', width: '6rem' },
        { name: 'kind', label: 'org.criterionKind', options: [['judgement', 'criterion.judgement'], ['measurement', 'criterion.measurement'], ['deduction', 'criterion.deduction']] },
      ], 'org.add', async ({ name, maxPoints, kind }) => {
        await ctx.change(() => ctx.call('POST', `/stages/${stage.id}/criteria`, { body: { name, maxPoints: Number(maxPoints), kind } }));
      })));
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
