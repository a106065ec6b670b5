// Big screen: /screen/{contestId}[?category=id][&rotate=seconds][&page=seconds][&top=rows]. Shows one
// category's live board at a time, a page of rows at a time when the board is longer than the
// screen, and rotates through the contest's categories (after the last page) unless one is pinned.
import { api, contestPath } from '../api.js';
import { $, h, replace } from '../dom.js';
import { addMessages, applyI18n, integer, langSwitch, lang, relative, t } from '../i18n.js';
import { LiveBoards } from '../live.js';
import { publicQr } from '../qr.js';
import { loadVenue, publicUrl } from '../venue.js';
import { messages } from './messages.js';
import { renderBoard, renderHeadings } from './board.js';
import { showAwards } from './awards.js';
import { knowSteps, markRevealed, showRevealStep } from './reveal.js';
import { startSeason } from './season.js';

addMessages(messages);
$('#lang').append(langSwitch());

const contestId = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] ?? '');
const query = new URLSearchParams(location.search);
const pinned = query.get('category');
const rotateSeconds = Math.max(5, Number(query.get('rotate')) || 20);
const pageSeconds = Math.max(3, Number(query.get('page')) || 10);
// The screen watches a window of the board (?top=, 100 rows by default, 20 on a phone) and pages through it.
const top = Math.min(1000, Math.max(1, Math.floor(Number(query.get('top'))) || (matchMedia('(max-width: 600px)').matches ? 20 : 100)));

const boards = new Map();
let contest = null;
let seasonal = false;
let categories = [];
let shown = null;
let page = 0;
let pages = 1;
const updatedAt = new Map();
const awardsStatus = new Map();

// "Final" only once the awards are confirmed: when the stages close the scores are complete, and during the
// public notice (公示) they may still change on appeal.
function badgeStatus(board, awards) {
  if (board?.reveal && !board.reveal.published) return 'sealed';
  if (board?.status !== 'final') return 'provisional';
  return awards === 'confirmed' ? 'final' : awards === 'notice' ? 'notice' : 'scored';
}

const pendingReveal = [];
const live = new LiveBoards({
  onBoard: board => {
    boards.set(board.categoryId, board);
    updatedAt.set(board.categoryId, Date.now());
    if (board.reveal && board.categoryId === shown) knowSteps(board.reveal.steps);
    if (board.categoryId === shown) paint(true);
    while (pendingReveal.length) markRevealed(pendingReveal.shift());
  },
  onReveal: step => {
    if (step.categoryId !== shown) return;
    showRevealStep(step, categories.find(c => c.id === shown));
    pendingReveal.push(step.entryId);
  },
  onAwards: (categoryId, awards) => {
    awardsStatus.set(categoryId ?? shown, awards?.status);
    if ((categoryId ?? shown) === shown) paint(false);
    if (awards?.status === 'confirmed') showAwards(awards, boards.get(categoryId ?? shown), categories.find(c => c.id === (categoryId ?? shown)));
    if (categoryId ?? shown) live.fetch(contestId, categoryId ?? shown);
  },
  onState: state => { $('#live').dataset.state = state; $('#live').textContent = t(`screen.live.${state}`); },
});

function paint(animate) {
  if (seasonal) return; // a labour or points contest: season.js draws the screen
  const category = categories.find(c => c.id === shown);
  const board = boards.get(shown);
  replace($('#category'), category?.name ?? '');
  renderHeadings($('#headings'), category, board);
  $('#headings').style.setProperty('--stage-columns', category?.stages?.length ?? 0);
  const badge = $('#badge');
  badge.dataset.status = badgeStatus(board, awardsStatus.get(shown));
  badge.textContent = t(`status.${badge.dataset.status}`);
  if (!board) { replace($('#rows'), h('p', { class: 'waiting' }, t('screen.waiting'))); return; }
  // The header first: its text sets its height, and so how many rows fit below it.
  // The whole category's sheets, not the window's (a blind stage's are counted there too, though not on rows).
  const done = board.sheetsSubmitted ?? board.rows.reduce((sum, row) => sum + (row.judgesDone ?? 0), 0);
  const total = board.sheetsExpected ?? board.rows.reduce((sum, row) => sum + (row.judgesTotal ?? 0), 0);
  $('#progress-bar').style.width = `${total ? (100 * done / total) : 0}%`;
  $('#progress-text').textContent = t('screen.progress', {
    done: integer(done), total: integer(total),
    percent: new Intl.NumberFormat(lang(), { style: 'percent' }).format(total ? done / total : 0),
  });
  tick();
  const fit = rowsPerPage();
  let shownRows = renderBoard($('#rows'), board, category, { animate, page, perPage: evenly(fit, board.rows.length) });
  // The first drawing of a board measures its rows; draw again if fewer fit than estimated.
  if (rowsPerPage() !== fit) shownRows = renderBoard($('#rows'), board, category, { animate: false, page, perPage: evenly(rowsPerPage(), board.rows.length) });
  pages = shownRows.pages;
  page = Math.min(page, pages - 1);
  $('#page').textContent = pages > 1 || shownRows.count > shownRows.last
    ? t('screen.page', { first: integer(shownRows.first), last: integer(shownRows.last), count: integer(shownRows.count) }) : '';
}

// What fits between the headings and the bottom of the screen, measured on a drawn row.
function rowsPerPage() {
  const sample = $('#rows .row');
  const rowHeight = sample?.offsetHeight || parseFloat(getComputedStyle(document.body).fontSize) * 2.3;
  const room = $('main').clientHeight - $('#headings').offsetHeight - $('#page').offsetHeight;
  return Math.max(3, Math.floor(room / rowHeight));
}

// Pages of equal length (12 rows where 10 fit: 6 + 6, not 10 + 2, which would show two rows half the time).
function evenly(fit, rows) {
  if (rows <= fit) return fit;
  return Math.ceil(rows / Math.ceil(rows / fit));
}

// A stage renamed or re-weighed, a category renamed: the boards do not carry names, the contest does.
async function refreshContest() {
  try {
    const fresh = await api('GET', contestPath(contestId));
    if (JSON.stringify(fresh.categories) === JSON.stringify(contest?.categories) && fresh.name === contest?.name) return;
    contest = fresh;
    categories = contest.categories ?? [];
    $('#contest').textContent = contest.name ?? '';
    paint(false);
    dots();
  } catch { /* the next refresh will do */ }
}

function nextPage() {
  if (pages < 2) return;
  page = (page + 1) % pages;
  paint(false);
}

function tick() {
  $('#updated').textContent = updatedAt.has(shown) ? t('screen.updated', { when: relative(updatedAt.get(shown)) }) : '';
}

function dots() {
  replace($('#dots'), categories.length > 1 && !pinned
    ? categories.map(c => h('span', { class: c.id === shown ? 'dot current' : 'dot', title: c.name })) : []);
}

async function show(categoryId) {
  const previous = shown;
  shown = categoryId;
  page = 0;
  if (previous && previous !== shown) await live.unwatch(contestId, previous);
  paint(false);
  dots();
  const phoneUrl = `${publicUrl()}/screen/${encodeURIComponent(contestId)}?category=${encodeURIComponent(shown)}`;
  replace($('#qr'), publicQr(phoneUrl, t('screen.qr')), h('span', {}, t('screen.qr')));
  await live.watch(contestId, shown, top);
}

function rotate() {
  if (pinned || categories.length < 2 || page < pages - 1) return;
  const next = categories[(categories.findIndex(c => c.id === shown) + 1) % categories.length];
  show(next.id);
}

async function start() {
  applyI18n();
  await loadVenue();
  try {
    contest = await api('GET', contestPath(contestId));
  } catch {
    replace($('#rows'), h('p', { class: 'waiting' }, t('screen.noContest')));
    setTimeout(start, 10000);
    return;
  }
  categories = contest.categories ?? [];
  $('#contest').textContent = contest.name ?? '';
  document.title = `${contest.name ?? ''} · ${t('screen.title')}`;
  if (contest.kind === 'labour' || contest.kind === 'points') {
    seasonal = true;
    return startSeason(contest, { contestId, pinned, pinnedView: query.get('view'), rotateSeconds, pageSeconds, top });
  }
  await live.start();
  const first = categories.find(c => c.id === pinned)?.id ?? categories[0]?.id;
  if (first) await show(first);
  setInterval(rotate, rotateSeconds * 1000);
  setInterval(nextPage, pageSeconds * 1000);
  setInterval(refreshContest, 15000);
}

document.addEventListener('langchange', () => { paint(false); dots(); if (shown) show(shown); });
addEventListener('resize', () => paint(false));
setInterval(tick, 1000);
start();
