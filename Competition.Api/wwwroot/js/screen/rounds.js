// A labour round's board on the big screen: rank, the red flag (流动红旗) on its holders, the unit, its block scores,
// bonus, total and how many assessors are done; a vetoed unit (一票否决) keeps its row, marked, without a rank.
import { h, replace } from '../dom.js';
import { number, ordinal, t } from '../i18n.js';

export const roundOf = category => {
  const rounds = category?.rounds ?? [];
  return rounds.find(r => r.status === 'open') ?? rounds.filter(r => r.status === 'published').at(-1)
    ?? rounds.filter(r => r.status === 'frozen').at(-1) ?? null;
};

// Drawn in CSS over the emoji (kept as the text): a projector's PC may have no emoji font.
export const flag = () => h('span', { class: 'flag', role: 'img', title: t('screen.redFlag'), 'aria-label': t('screen.redFlag') }, '🚩');
export const vetoTag = () => h('span', { class: 'veto-tag' }, t('screen.vetoed'));

export function roundHeadings(container, blocks) {
  container.dataset.view = 'round';
  container.style.setProperty('--cols', blocks.length);
  replace(container,
    h('span', { class: 'rank' }, t('screen.rank')), h('span', { class: 'name' }, t('screen.unit')),
    h('span', { class: 'organization' }, t('screen.company')),
    blocks.map(b => h('span', { class: 'block-score', dataset: { blockId: b.id } }, b.name, h('small', {}, ` /${number(b.maxPoints, 0)}`))),
    h('span', { class: 'bonus' }, t('screen.bonus')), h('span', { class: 'total' }, t('screen.total')),
    h('span', { class: 'judges' }, t('screen.assessors')));
}

export function roundRow(row, blocks) {
  return h('div', { class: `row season-row ${row.redFlag ? 'flag-holder' : ''} ${row.vetoed ? 'vetoed' : ''} ${row.rank >= 1 && row.rank <= 3 ? 'podium' : ''}`,
    dataset: { entryId: row.entryId, rank: row.rank ?? '', name: row.name ?? '', redFlag: String(!!row.redFlag), vetoed: String(!!row.vetoed) } },
  h('span', { class: 'rank' }, row.rank ? ordinal(row.rank) : '–'),
  h('span', { class: 'name' }, row.redFlag ? flag() : null, h('span', { class: 'unit-name' }, row.name ?? ''), row.vetoed ? vetoTag() : null),
  h('span', { class: 'organization' }, row.organization ?? ''),
  blocks.map(b => h('span', { class: 'block-score' }, number(row.blockScores?.[b.id]))),
  h('span', { class: 'bonus' }, row.bonus ? number(row.bonus) : '–'),
  h('span', { class: 'total' }, number(row.total)),
  h('span', { class: 'judges' }, row.assessorsTotal ? `${row.assessorsDone}/${row.assessorsTotal}` : ''));
}

export const roundBadge = status => ({ open: 'provisional', frozen: 'scored', published: 'final' })[status] ?? 'provisional';

export function roundProgress(board) {
  const rows = board?.rows ?? [];
  return { done: rows.reduce((s, r) => s + (r.assessorsDone ?? 0), 0), total: rows.reduce((s, r) => s + (r.assessorsTotal ?? 0), 0) };
}
