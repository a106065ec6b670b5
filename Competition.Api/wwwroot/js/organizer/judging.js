// Lot drawing, opening and closing stages, and live judging progress per entry
// (judgesDone/judgesTotal from the leaderboard, pushed by the hub).
import { h, replace } from '../dom.js';
import { integer, number, ordinal, t } from '../i18n.js';
import { LiveBoards } from '../live.js';
import { button } from './forms.js';
import { blindPill, stageStatus } from './setup.js';
import { showWorkCodes } from './workcodes.js';
import { showAnalysis } from './analysis.js';
import { showSheets } from './sheets.js';
import * as store from './store.js';

const boards = new Map();
const drawCounts = new Map();
const views = new Map();
let live = null;
let watching = [];

function liveBoards() {
  live ??= new LiveBoards({ onBoard: board => { boards.set(board.categoryId, board); learnEntries(board); views.get(board.categoryId)?.(); } });
  if (!live.started) { live.started = true; live.start(); }
  return live;
}

// Leaderboard rows name entries the console may not know yet (CSV imports): remember them.
function learnEntries(board) {
  let changed = false;
  for (const row of board.rows ?? []) {
    const known = store.entries.all(board.contestId)[row.entryId];
    if (known?.bib === row.bib && known?.name === row.name) continue;
    store.entries.put(board.contestId, row.entryId, { bib: row.bib, name: row.name, organization: row.organization, categoryId: board.categoryId });
    changed = true;
  }
  if (changed) document.dispatchEvent(new CustomEvent('entries-changed'));
}

export function renderJudging(ctx) {
  const categories = ctx.contest.categories ?? [];
  views.clear();
  const node = h('section', { class: 'panel', id: 'judging' }, h('h2', {}, t('org.judging')),
    categories.map(category => renderCategory(ctx, category)));
  const next = categories.map(c => [ctx.cid, c.id]);
  for (const [cid, catId] of watching) if (!next.some(([, id]) => id === catId)) liveBoards().unwatch(cid, catId);
  watching = next;
  for (const [cid, catId] of next) liveBoards().watch(cid, catId);
  return { node, dispose: () => views.clear() };
}

function renderCategory(ctx, category) {
  const progress = h('div', { class: 'progress-table' });
  const draws = h('div', { class: 'draw-result' },
    drawCounts.has(category.id) ? h('p', { class: 'message info' }, t('org.drawn', { n: integer(drawCounts.get(category.id)) })) : null);
  const seed = h('input', { name: 'seed', placeholder: t('org.seedHint'), style: 'width:10rem' });
  const paint = () => replace(progress, progressTable(ctx, boards.get(category.id)));
  views.set(category.id, paint);
  paint();
  return h('article', { class: 'category', dataset: { name: category.name, id: category.id } },
    h('h3', {}, category.name),
    h('div', { class: 'row' },
      h('label', {}, t('org.seed'), seed),
      button(ctx, 'org.draw', async () => {
        await ctx.change(async () => {
          const drawn = await ctx.call('POST', `/categories/${category.id}/draw`, { body: seed.value ? { seed: seed.value } : {} });
          for (const { entryId, bib } of drawn) store.entries.put(ctx.cid, entryId, { bib, categoryId: category.id });
          drawCounts.set(category.id, drawn.length);
        });
        await liveBoards().fetch(ctx.cid, category.id);
      }, { kind: 'primary', name: 'draw', confirm: () => ({ title: t('org.drawConfirmTitle', { category: category.name }), consequence: t('org.drawConfirm') }) }),
      button(ctx, 'org.analysis', () => showAnalysis(ctx, category), { name: 'judge-analysis' }),
      // A hidden board is revealed from a remote (a phone or a tablet) while the big screen shows each step.
      category.board === 'hidden'
        ? h('a', { class: 'button secondary', href: `/reveal/${encodeURIComponent(ctx.cid)}?category=${encodeURIComponent(category.id)}`, target: '_blank' },
          t('org.revealRemote'))
        : null),
    draws,
    h('table', { class: 'stage-controls' }, h('tbody', {}, (category.stages ?? []).map(stage =>
      h('tr', { class: 'stage', dataset: { name: stage.name, id: stage.id, status: stage.status ?? 'pending' } },
        h('td', {}, stage.name, stage.blind ? [' ', blindPill()] : null), h('td', {}, stageStatus(stage)),
        h('td', {}, stageButtons(ctx, stage),
          stage.blind && category.drawn ? [' ', button(ctx, 'org.workCodes', () => showWorkCodes(ctx, stage), { name: 'work-codes' })] : null))))),
    progress);
}

// A closed stage can be opened again (a review, an upheld appeal), so only the no-op is disabled.
function stageButtons(ctx, stage) {
  const open = button(ctx, 'org.openStage', () => ctx.change(() => ctx.call('POST', `/stages/${stage.id}/open`)), { name: 'open-stage' });
  const close = button(ctx, 'org.closeStage', () => ctx.change(() => ctx.call('POST', `/stages/${stage.id}/close`)), {
    name: 'close-stage',
    confirm: () => ({ title: t('org.closeStageTitle', { stage: stage.name }), consequence: t(stage.blind ? 'org.closeBlindStageConfirm' : 'org.closeStageConfirm') }),
  });
  open.disabled = stage.status === 'open';
  close.disabled = stage.status !== 'open';
  return [open, ' ', close];
}

function progressTable(ctx, board) {
  if (!board) return h('p', { class: 'muted' }, t('org.noBoard'));
  return h('div', {},
    h('p', {}, h('span', { class: board.status === 'final' ? 'pill ok' : 'pill warn' }, t(`status.${board.status}`)),
      // A blind stage's sheets are counted for the whole category only, until it closes.
      (board.blindStages ?? []).map(s => h('span', { class: 'pill', dataset: { blindStage: s.stageId } }, ' ',
        t('org.blindProgress', { done: integer(s.sheetsSubmitted), total: integer(s.sheetsExpected) })))),
    h('table', {},
      h('thead', {}, h('tr', {}, ['org.rank', 'org.bib', 'org.entryName', 'org.organization', 'org.total', 'org.progress', 'org.sheets'].map(k => h('th', {}, t(k))))),
      h('tbody', {}, (board.rows ?? []).map(row => h('tr', { class: 'progress-row', dataset: { bib: row.bib ?? '' } },
        h('td', {}, row.rank ? ordinal(row.rank) : '–'), h('td', {}, row.bib ?? '–'),
        h('td', {}, row.name), h('td', {}, row.organization),
        h('td', { class: 'num' }, number(row.total)),
        h('td', { class: 'judges-done' },
          h('div', { class: 'progress' }, h('span', { style: `width:${row.judgesTotal ? (100 * row.judgesDone / row.judgesTotal) : 0}%` })),
          `${integer(row.judgesDone ?? 0)}/${integer(row.judgesTotal ?? 0)}`),
        h('td', {}, button(ctx, 'org.sheetsOpen', () => showSheets(ctx, row), { name: 'sheets' })))))));
}
