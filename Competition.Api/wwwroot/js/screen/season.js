// The big screen of a labour contest (劳动竞赛) or a points contest (积分制). Per category: the current round's board
// (the open round, else the last published), pushed live as a window (WatchRoundTop), then the season standings with
// the red flag's history; a points category shows its standings only. Standings are not pushed: polled with
// If-None-Match every few seconds. ?category= pins a category, ?view=round|standings pins a view.
import { api, contestPath } from '../api.js';
import { $, h, replace } from '../dom.js';
import { integer, lang, relative, t } from '../i18n.js';
import { publicQr } from '../qr.js';
import { publicUrl } from '../venue.js';
import { RoundLive } from './roundlive.js';
import { roundBadge, roundHeadings, roundOf, roundProgress, roundRow } from './rounds.js';
import { flagHistory, pointsHeadings, pointsRow, seasonHeadings, seasonRow } from './standings.js';

export function startSeason(contest, { contestId, pinned, pinnedView, rotateSeconds, pageSeconds, top }) {
  document.body.classList.add('season');
  const history = h('div', { id: 'history', hidden: true, 'aria-live': 'polite' });
  $('#page').after(history);
  const points = contest.kind === 'points';
  const standings = new Map(); // categoryId → { etag, data }
  const reasons = new Map(); // categoryId → Map code → name
  let categories = contest.categories ?? [];
  let board = null, shown = null, view = null, page = 0, pages = 1, updated = null;
  const live = new RoundLive({
    onBoard: b => { board = b; updated = Date.now(); if (view === 'round') paint(); },
    onState: state => { $('#live').dataset.state = state; $('#live').textContent = t(`screen.live.${state}`); },
  });
  const category = () => categories.find(c => c.id === shown);
  const views = c => points ? ['standings'] : pinnedView ? [pinnedView] : roundOf(c) ? ['round', 'standings'] : ['standings'];

  async function loadStandings(categoryId) {
    const known = standings.get(categoryId);
    try {
      const response = await fetch(contestPath(contestId, `/categories/${categoryId}/standings`), {
        headers: { Accept: 'application/json', 'Accept-Language': lang(), ...(known?.etag ? { 'If-None-Match': known.etag } : {}) }, cache: 'no-store' });
      if (response.status === 304 || !response.ok) return;
      standings.set(categoryId, { etag: response.headers.get('ETag'), data: await response.json() });
      updated = Date.now();
      if (categoryId === shown && view === 'standings') paint();
    } catch { /* the next poll */ }
  }

  async function loadReasons(categoryId) {
    if (!points || reasons.has(categoryId)) return;
    try { reasons.set(categoryId, new Map((await api('GET', contestPath(contestId, `/categories/${categoryId}/reasons`))).map(r => [r.code, r.name]))); } catch { /* codes then */ }
  }

  function paint() {
    const c = category();
    const data = standings.get(shown)?.data;
    const round = roundOf(c);
    $('#category').textContent = [c?.name, view === 'round' ? round?.name : t(points ? 'screen.pointsStandings' : 'screen.seasonStandings')].filter(Boolean).join(' · ');
    const badge = $('#badge');
    badge.dataset.status = view === 'round' ? roundBadge(board?.status ?? round?.status) : data?.status === 'final' ? 'final' : 'provisional';
    badge.textContent = t(view === 'round' ? `screen.round.${board?.status ?? round?.status}` : `status.${badge.dataset.status}`);
    const { done, total } = view === 'round' ? roundProgress(board)
      : { done: (data?.rounds ?? []).filter(r => r.status === 'published').length, total: (data?.rounds ?? []).length };
    $('#progress-bar').style.width = `${total ? 100 * done / total : 0}%`;
    $('#progress-text').textContent = points ? '' : t(view === 'round' ? 'screen.assessed' : 'screen.roundsPublished', {
      done: integer(done), total: integer(total), percent: new Intl.NumberFormat(lang(), { style: 'percent' }).format(total ? done / total : 0) });
    $('#updated').textContent = updated ? t('screen.updated', { when: relative(updated) }) : '';
    const headings = $('#headings');
    const blocks = c?.scheme?.blocks ?? [];
    let rows;
    if (view === 'round') { roundHeadings(headings, blocks); rows = board ? board.rows.map(r => roundRow(r, blocks)) : null; }
    else if (points) { pointsHeadings(headings); rows = data ? data.rows.map(r => pointsRow(r, reasons.get(shown) ?? new Map())) : null; }
    else { seasonHeadings(headings, data); rows = data ? data.rows.map(r => seasonRow(r, data)) : null; }
    $('#rows').style.setProperty('--cols', headings.style.getPropertyValue('--cols'));
    $('#rows').dataset.view = headings.dataset.view;
    if (view === 'standings' && !points) flagHistory(history, data); else history.hidden = true;
    if (!rows) { replace($('#rows'), h('p', { class: 'waiting' }, t('screen.waiting'))); $('#page').textContent = ''; return; }
    if (!rows.length) { replace($('#rows'), h('p', { class: 'waiting' }, t('screen.noUnits'))); $('#page').textContent = ''; return; }
    replace($('#rows'), rows[0]);
    const room = $('main').clientHeight - headings.offsetHeight - $('#page').offsetHeight - (history.hidden ? 0 : history.offsetHeight);
    const fit = Math.max(3, Math.floor(room / (rows[0].offsetHeight || 40)));
    const perPage = rows.length <= fit ? fit : Math.ceil(rows.length / Math.ceil(rows.length / fit));
    pages = Math.max(1, Math.ceil(rows.length / perPage));
    page = Math.min(page, pages - 1);
    const shownRows = rows.slice(page * perPage, (page + 1) * perPage);
    replace($('#rows'), shownRows);
    const count = (view === 'round' ? board?.count : data?.count) ?? rows.length;
    $('#page').textContent = pages > 1 || count > rows.length
      ? t('screen.page', { first: integer(page * perPage + 1), last: integer(page * perPage + shownRows.length), count: integer(count) }) : '';
  }

  async function show(categoryId, nextView) {
    shown = categoryId; view = nextView; page = 0;
    const c = category();
    replace($('#qr'), publicQr(`${publicUrl()}/screen/${encodeURIComponent(contestId)}?category=${encodeURIComponent(shown)}`, t('screen.qr')), h('span', {}, t('screen.qr')));
    if (view === 'round') { const round = roundOf(c); if (board?.roundId !== round?.id) board = null; if (round) await live.watch(contestId, round.id, top); }
    await loadReasons(categoryId);
    paint();
    await loadStandings(categoryId);
  }

  function rotate() {
    if (page < pages - 1) return;
    const list = views(category());
    const at = list.indexOf(view);
    if (at >= 0 && at < list.length - 1) return show(shown, list[at + 1]);
    if (pinned || categories.length < 2) return list.length > 1 ? show(shown, list[0]) : undefined;
    const next = categories[(categories.findIndex(c => c.id === shown) + 1) % categories.length];
    return show(next.id, views(next)[0]);
  }

  // Rounds open, freeze and publish: the contest says which round is current.
  async function refreshContest() {
    try {
      const fresh = await api('GET', contestPath(contestId));
      categories = fresh.categories ?? [];
      const round = roundOf(category());
      if (view === 'round' && round && board?.roundId !== round.id) await show(shown, 'round'); else paint();
    } catch { /* the next refresh */ }
  }

  live.start();
  const first = categories.find(c => c.id === pinned) ?? categories[0];
  if (!first) { replace($('#rows'), h('p', { class: 'waiting' }, t('screen.noUnits'))); return; }
  show(first.id, views(first)[0]);
  setInterval(rotate, rotateSeconds * 1000);
  setInterval(() => { if (pages > 1) { page = (page + 1) % pages; paint(); } }, pageSeconds * 1000);
  setInterval(() => { if (view === 'standings' || !points) loadStandings(shown); }, 4000);
  setInterval(refreshContest, 10000);
  document.addEventListener('langchange', () => paint());
  addEventListener('resize', () => paint());
}
