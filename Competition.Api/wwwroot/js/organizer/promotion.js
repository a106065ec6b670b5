// Promotion to the parent contest (选拔晋级), per category: the rule, the proposal from the confirmed results, declines
// (the slot passes down), and the confirmation that registers the qualifiers in the parent's category.
import { api, contestPath } from '../api.js';
import { h, replace } from '../dom.js';
import { addMessages, number, ordinal, t } from '../i18n.js';
import { askReason, button, form } from './forms.js';

addMessages({
  'zh-CN': {
    'promo.title': '晋级上级赛事', 'promo.parent': '上级赛事', 'promo.parentCategory': '上级赛项', 'promo.top': '晋级人数',
    'promo.minTotal': '最低总分', 'promo.quota': '每单位名额', 'promo.setRule': '保存晋级规则', 'promo.noRule': '尚未设置晋级规则',
    'promo.propose': '提出晋级名单', 'promo.confirm': '确认晋级', 'promo.confirmTitle': '确认晋级名单',
    'promo.confirmConsequence': '晋级者将报名到上级赛事（待其组织者审核），确认后不能撤回。',
    'promo.decline': '登记放弃', 'promo.declineReason': '放弃晋级的原因', 'promo.qualifiers': '晋级名单',
    'promo.overQuota': '单位名额已满', 'promo.reserves': '递补顺序', 'promo.declined': '已放弃',
    'promo.status.none': '未提出', 'promo.status.proposed': '已提出', 'promo.status.confirmed': '已确认',
    'promo.confirmed': '已确认：{n} 人已报名上级赛事', 'promo.openParent': '打开上级赛事', 'promo.stale': '规则在提出后有改动，请重新提出',
  },
  en: {
    'promo.title': 'Promotion to the parent contest', 'promo.parent': 'Parent contest', 'promo.parentCategory': 'Parent category', 'promo.top': 'How many go up',
    'promo.minTotal': 'Minimum total', 'promo.quota': 'Quota per organization', 'promo.setRule': 'Save the promotion rule', 'promo.noRule': 'No promotion rule yet',
    'promo.propose': 'Propose the qualifiers', 'promo.confirm': 'Confirm promotion', 'promo.confirmTitle': 'Confirm the qualifiers',
    'promo.confirmConsequence': 'The qualifiers are registered in the parent contest (for its organizer to approve); this cannot be undone.',
    'promo.decline': 'Record a decline', 'promo.declineReason': 'Why they decline', 'promo.qualifiers': 'Qualifiers',
    'promo.overQuota': 'Organization quota full', 'promo.reserves': 'Next in line', 'promo.declined': 'Declined',
    'promo.status.none': 'not proposed', 'promo.status.proposed': 'proposed', 'promo.status.confirmed': 'confirmed',
    'promo.confirmed': 'Confirmed: {n} registered in the parent contest', 'promo.openParent': 'Open the parent contest', 'promo.stale': 'The rule changed after the proposal: propose again',
  },
});

export function renderPromotion(ctx) {
  const parentId = ctx.contest.parentId;
  const parent = api('GET', contestPath(parentId)).catch(() => null);
  const link = h('a', { href: `#contest=${encodeURIComponent(parentId)}` }, h('code', {}, parentId));
  parent.then(p => { if (p?.name) link.textContent = p.level ? `${p.name} (${t(`level.${p.level}`)})` : p.name; });
  return h('div', { class: 'promotion', id: 'promotion' }, h('h2', {}, t('promo.title')),
    h('p', { class: 'muted' }, t('promo.parent'), ': ', link),
    (ctx.contest.categories ?? []).map(category => renderCategory(ctx, category, parent)));
}

function renderCategory(ctx, category, parent) {
  const body = h('div', {});
  const path = `/categories/${category.id}/promotion`;
  const show = async promotion => replace(body, view(ctx, path, promotion ?? await ctx.call('GET', path), await parent, show));
  ctx.run(null, () => show());
  return h('article', { class: 'category', dataset: { name: category.name, id: category.id } }, h('h3', {}, category.name), body);
}

function view(ctx, path, promotion, parent, show) {
  const rule = promotion.rule;
  const categories = (parent?.categories ?? []).map(c => [c.id, c.name, true]);
  const stale = promotion.status === 'proposed' && JSON.stringify(rule) !== JSON.stringify(promotion.proposedRule);
  const act = work => async () => show(await work());
  const rows = (key, lines, decline) => lines?.length ? [h('h4', {}, t(key)), h('table', { class: `promotion-${key.split('.')[1]}` },
    h('tbody', {}, lines.map(line => h('tr', { dataset: { entry: line.entryId } },
      h('td', {}, ordinal(line.rank)), h('td', {}, line.name), h('td', {}, line.organization), h('td', { class: 'num' }, number(line.total)),
      h('td', {}, line.reason ?? (decline ? button(ctx, 'promo.decline', act(async () => {
        const reason = await askReason('promo.declineReason');
        if (!reason) return promotion;
        return ctx.call('POST', `${path}/decline`, { body: { entryId: line.entryId, reason } });
      }), { name: 'decline' }) : null))))))] : [];
  return h('div', {},
    h('p', {}, h('span', { class: 'pill', dataset: { status: promotion.status } }, t(`promo.status.${promotion.status}`)),
      stale ? h('span', { class: 'message error' }, ' ', t('promo.stale')) : null),
    promotion.confirmed ? null : form(ctx, 'promotion-rule', [
      { name: 'parentCategoryId', label: 'promo.parentCategory', options: categories, value: rule?.parentCategoryId },
      { name: 'top', label: 'promo.top', type: 'number', min: 1, step: 1, value: rule?.top ?? 3, width: '5rem' },
      { name: 'minTotal', label: 'promo.minTotal', type: 'number', min: 0, step: 0.01, value: rule?.minTotal ?? '', required: false, width: '6rem' },
      { name: 'quotaPerOrganization', label: 'promo.quota', type: 'number', min: 1, step: 1, value: rule?.quotaPerOrganization ?? '', required: false, width: '5rem' },
    ], 'promo.setRule', async values => {
      await ctx.call('PUT', path, { body: {
        parentCategoryId: values.parentCategoryId, top: Number(values.top),
        minTotal: values.minTotal === '' ? undefined : Number(values.minTotal),
        quotaPerOrganization: values.quotaPerOrganization === '' ? undefined : Number(values.quotaPerOrganization),
      } });
      await show();
    }, { reset: false }),
    rule || promotion.confirmed ? null : h('p', { class: 'muted' }, t('promo.noRule')),
    promotion.confirmed
      ? h('p', { class: 'message ok' }, t('promo.confirmed', { n: promotion.confirmed.entries.length }), ' ',
        h('a', { href: `#contest=${encodeURIComponent(promotion.confirmed.parentContestId)}` }, t('promo.openParent')))
      : h('div', { class: 'row' },
        button(ctx, 'promo.propose', act(() => ctx.call('POST', `${path}/propose`)), { name: 'propose-promotion' }),
        promotion.status === 'proposed' ? button(ctx, 'promo.confirm', act(() => ctx.call('POST', `${path}/confirm`)), {
          kind: 'primary', name: 'confirm-promotion', confirm: () => ({ title: t('promo.confirmTitle'), consequence: t('promo.confirmConsequence') }),
        }) : null),
    ...rows('promo.qualifiers', promotion.qualifiers, !promotion.confirmed),
    ...rows('promo.overQuota', promotion.overQuota, false),
    ...rows('promo.reserves', promotion.reserves, !promotion.confirmed),
    ...rows('promo.declined', promotion.declined, false));
}
