// The chief judge's review (复核) on the tablet: each criterion of each sampled sheet re-marked from the paper sheet.
// Sent at once (no outbox): the review is done at the scoring desk, online, and each answer is the whole review.
import { api, ApiError, contestPath } from '../api.js';
import { h } from '../dom.js';
import { integer, number, t } from '../i18n.js';
import { describeText } from '../errors.js';
import { stageOf } from './stages.js';

// The categories the chief judge's assignments are in.
export function categoriesOf(state) {
  const ids = new Set((state.me?.assignments ?? []).map(a => stageOf(state.contest, a.stageId)?.category.id).filter(Boolean));
  return (state.contest?.categories ?? []).filter(c => ids.has(c.id));
}

export async function loadReviews(state, token) {
  state.reviews = new Map();
  if (!state.me?.chief) return;
  for (const category of categoriesOf(state)) {
    const review = await api('GET', contestPath(state.me.contestId, `/categories/${category.id}/review`), { token });
    if (review.status !== 'none' && review.status !== 'cancelled') state.reviews.set(category.id, review);
  }
}

// The banner above the list: one line per category under review.
export function renderReviewBanner(state, actions) {
  return [...(state.reviews ?? new Map())].map(([categoryId, review]) => {
    const category = state.contest.categories.find(c => c.id === categoryId);
    return h('section', { class: 'review-banner', dataset: { categoryId, status: review.status } },
      h('h2', {}, t('judge.review.title', { category: category?.name ?? '' })),
      h('p', {}, review.status === 'drawn'
        ? t('judge.review.remaining', { n: integer(review.remaining), total: integer(review.items.length) })
        : t(`judge.review.${review.status}`, { differing: integer(review.differing), compared: integer(review.compared), rate: number(100 * review.rate, 1) })),
      review.status === 'drawn' ? h('button', { type: 'button', class: 'big', name: 'open-review', onclick: () => actions.openReview(categoryId) }, t('judge.review.start')) : null);
  });
}

export function renderReview(state, actions, categoryId) {
  const review = state.reviews.get(categoryId);
  const category = state.contest.categories.find(c => c.id === categoryId);
  return h('div', { class: 'review', dataset: { categoryId, status: review.status } },
    h('div', { class: 'sheet-head' },
      h('button', { type: 'button', class: 'secondary big', name: 'back', onclick: () => actions.openReview(null) }, t('judge.back')),
      h('h2', {}, t('judge.review.title', { category: category?.name ?? '' })),
      h('span', { class: 'pill' }, review.status === 'drawn'
        ? t('judge.review.remaining', { n: integer(review.remaining), total: integer(review.items.length) }) : t(`judge.review.short.${review.status}`))),
    review.status === 'drawn' ? null
      : h('p', { class: `message ${review.status === 'passed' ? 'info' : 'error'}` },
        t(`judge.review.${review.status}`, { differing: integer(review.differing), compared: integer(review.compared), rate: number(100 * review.rate, 1) })),
    review.items.map(item => reviewItem(state, actions, categoryId, review, item)));
}

function reviewItem(state, actions, categoryId, review, item) {
  const stage = stageOf(state.contest, item.stageId);
  const criterion = stage?.criteria?.find(c => c.id === item.criterionId);
  const max = Number(item.maxPoints);
  const note = actions.reviewNote(item);
  const input = h('input', { type: 'number', inputmode: 'decimal', min: 0, max, step: 'any', name: 'points', value: item.points ?? '',
    disabled: review.status !== 'drawn', 'aria-label': criterion?.name ?? '' });
  input.addEventListener('change', () => {
    const points = Number(input.value);
    if (input.value === '' || !Number.isFinite(points) || points < 0 || points > max || Math.round(points * 100) !== points * 100)
      return actions.refuseReview(item, t('judge.outOfRange', { value: input.value, max: number(max, max % 1 ? 2 : 0) }));
    actions.remark(categoryId, item, points);
  });
  const differs = item.original != null && item.points != null && Number(item.original) !== Number(item.points);
  return h('section', { class: `criterion review-item ${item.points != null ? 'state-saved' : 'state-empty'} ${differs ? 'differs' : ''}`,
    dataset: { bib: item.bib ?? '', judge: item.judgeName, criterion: criterion?.name ?? '' } },
    h('div', { class: 'criterion-head' },
      h('h3', {}, `${t('judge.bib')} ${item.bib ?? '–'} · ${stage?.name ?? ''} · ${criterion?.name ?? ''}`),
      h('span', { class: 'muted' }, `${item.judgeName} · 0–${number(max, max % 1 ? 2 : 0)}`),
      item.original != null ? h('span', { class: 'muted original' }, t('judge.review.original', { points: number(item.original) })) : null),
    input,
    note ? h('p', { class: 'message error', role: 'alert' }, note) : null);
}

export async function sendRemark(state, token, categoryId, item, points) {
  const path = `/categories/${categoryId}/review/entries/${item.entryId}/stages/${item.stageId}/judges/${item.judgeId}/marks/${item.criterionId}`;
  try {
    state.reviews.set(categoryId, await api('PUT', contestPath(state.me.contestId, path), { token, body: { points } }));
    return null;
  } catch (error) {
    return error instanceof ApiError && error.status === 400 ? t('judge.err.points') : describeText(error);
  }
}
