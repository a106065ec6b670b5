// Draws one category's leaderboard: rows keyed by entry so FLIP can move them when ranks change.
import { h, replace } from '../dom.js';
import { number, ordinal, t } from '../i18n.js';
import { reorder } from './flip.js';

const rowElements = new Map();

// Only one page of rows is in the DOM: a national final has thousands of entries, and the
// projector shows what fits; the screen pages through the rest.
export function renderBoard(container, board, category, { animate, page = 0, perPage = Infinity }) {
  const stages = category?.stages ?? [];
  container.style.setProperty('--stage-columns', stages.length);
  container.dataset.sequence = board.sequence;
  if (!animate) rowElements.clear();
  const all = board.rows ?? [];
  const pages = Math.max(1, Math.ceil(all.length / perPage));
  const first = Math.min(page, pages - 1) * perPage;
  const sealed = new Set((board.blindStages ?? []).map(s => s.stageId));
  const rows = all.slice(first, first + perPage).map(row => {
    const el = rowElements.get(row.entryId) ?? h('div', { class: 'row', dataset: { key: row.entryId } });
    rowElements.set(row.entryId, el);
    fillRow(el, row, stages, sealed);
    return el;
  });
  reorder(container, rows, { animate });
  return { pages, first: first + 1, last: first + rows.length, count: board.count ?? all.length };
}

function fillRow(el, row, stages, sealed) {
  const previous = Number(el.dataset.rank || 0);
  el.dataset.bib = row.bib ?? '';
  el.dataset.rank = row.rank ?? '';
  el.dataset.entryId = row.entryId;
  el.classList.toggle('awarded', !!row.award);
  el.classList.toggle('podium', row.rank >= 1 && row.rank <= 3);
  const moved = previous && row.rank && previous !== row.rank ? (row.rank < previous ? 'up' : 'down') : '';
  replace(el,
    h('span', { class: 'rank' }, row.rank ? ordinal(row.rank) : '–',
      moved ? h('span', { class: `moved ${moved}`, 'aria-label': t(`screen.moved.${moved}`) }, moved === 'up' ? '▲' : '▼') : null),
    h('span', { class: 'bib' }, row.bib ?? '–'),
    h('span', { class: 'name' }, row.name ?? '', row.award ? h('span', { class: 'award' }, row.award) : null),
    h('span', { class: 'organization' }, row.organization ?? ''),
    // A blind stage's scores are sealed until it closes: the cell says so rather than showing a blank or a 0.
    stages.map(stage => sealed.has(stage.id)
      ? h('span', { class: 'stage-score sealed', title: t('screen.sealed') }, '···')
      : h('span', { class: 'stage-score' }, number(row.stageScores?.[stage.id]))),
    h('span', { class: 'total' }, number(row.total)),
    h('span', { class: 'judges' }, row.judgesTotal ? `${row.judgesDone}/${row.judgesTotal}` : ''));
}

export function renderHeadings(container, category, board) {
  const sealed = new Map((board?.blindStages ?? []).map(s => [s.stageId, s]));
  replace(container,
    h('span', { class: 'rank' }, t('screen.rank')), h('span', { class: 'bib' }, t('screen.bib')),
    h('span', { class: 'name' }, t('screen.name')), h('span', { class: 'organization' }, t('screen.organization')),
    (category?.stages ?? []).map(stage => h('span', { class: 'stage-score', dataset: { stageId: stage.id } }, stage.name,
      h('small', {}, ` ${number(stage.weight, 0)}%`),
      sealed.has(stage.id)
        ? h('small', { class: 'sealed-progress' }, ' ', t('screen.sealedProgress', { done: sealed.get(stage.id).sheetsSubmitted, total: sealed.get(stage.id).sheetsExpected }))
        : null)),
    h('span', { class: 'total' }, t('screen.total')), h('span', { class: 'judges' }, t('screen.sheets')));
}
