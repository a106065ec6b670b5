// Results of a labour category: the board of a round (GET …/rounds/{rid}/leaderboard) and the season standings
// (GET …/categories/{catId}/standings), read when the section is drawn.
import { h, replace } from '../../dom.js';
import { number, t } from '../../i18n.js';
import { roundStatus } from './rounds.js';

const chosen = new Map();
const yes = value => (value ? '✓' : '–');

export function renderLabourBoards(ctx, category) {
  const rounds = category.rounds ?? [];
  const current = rounds.find(r => r.id === chosen.get(category.id)) ?? rounds.find(r => r.status === 'published') ?? rounds[0];
  const board = h('div', { class: 'round-board' });
  const season = h('div', { class: 'season' });
  const picker = h('select', { name: 'board-round', onchange: e => { chosen.set(category.id, e.target.value); load(); } },
    rounds.map(r => h('option', { value: r.id, selected: r.id === current?.id }, r.name)));
  const load = () => {
    const id = chosen.get(category.id) ?? current?.id;
    if (id) ctx.run(null, async () => replace(board, roundTable(category, await ctx.call('GET', `/rounds/${id}/leaderboard`))));
    ctx.run(null, async () => replace(season, seasonTable(await ctx.call('GET', `/categories/${category.id}/standings`))));
  };
  load();
  return h('article', { class: 'category', dataset: { name: category.name, id: category.id } },
    h('h3', {}, category.name),
    rounds.length ? h('div', { class: 'row' }, h('label', {}, t('lab.round'), picker),
      h('button', { type: 'button', class: 'secondary', name: 'refresh-board', onclick: load }, t('lab.refresh'))) : h('p', { class: 'muted' }, t('lab.noRounds')),
    board, h('h4', {}, t('lab.season')), season);
}

function roundTable(category, board) {
  const blocks = category.scheme?.blocks ?? [];
  if (!board.rows?.length) return h('p', { class: 'muted' }, t('org.noBoard'));
  return h('div', {},
    h('p', {}, board.name, ' ', roundStatus(board.status)),
    h('table', { class: 'board labour-board' },
      h('thead', {}, h('tr', {}, [t('org.rank'), t('lab.unit'), ...blocks.map(b => b.name), t('lab.kind.bonus'), t('org.total'),
        t('lab.selfTotal'), t('lab.gap'), t('lab.gatePassed'), t('lab.vetoed'), t('lab.assessors'), t('lab.redFlag')].map(k => h('th', {}, k)))),
      h('tbody', {}, board.rows.map(row => h('tr', { class: `unit-row${row.vetoed ? ' vetoed' : ''}`, dataset: { id: row.entryId, name: row.name, redFlag: String(!!row.redFlag) } },
        h('td', { class: 'num' }, row.rank ?? '–'), h('td', {}, row.name, h('div', { class: 'muted' }, row.organization ?? '')),
        blocks.map(b => h('td', { class: 'num' }, number(row.blockScores?.[b.id]))),
        h('td', { class: 'num' }, number(row.bonus)), h('td', { class: 'num total' }, number(row.total)),
        h('td', { class: 'num self-total' }, number(row.selfTotal)), h('td', { class: 'num' }, number(row.gap)),
        h('td', { class: 'gate' }, yes(row.gatePassed)), h('td', { class: 'vetoed' }, row.vetoed ? t('lab.vetoedYes') : '–'),
        h('td', { class: 'num' }, `${row.assessorsDone}/${row.assessorsTotal}`),
        h('td', { class: 'flag' }, row.redFlag ? h('span', { title: t('lab.redFlag'), class: 'red-flag' }, '🚩') : ''))))));
}

function seasonTable(standings) {
  const rounds = standings.rounds ?? [];
  if (!standings.rows?.length) return h('p', { class: 'muted' }, t('org.noBoard'));
  return h('div', {},
    h('p', { class: 'muted' }, t(`lab.standings.${standings.status}`)),
    h('table', { class: 'board season-board' },
      h('thead', {}, h('tr', {}, [t('org.rank'), t('lab.unit'), ...rounds.map(r => r.name), t('org.total'), t('lab.flags'), t('lab.vetoed')].map(k => h('th', {}, k)))),
      h('tbody', {}, standings.rows.map(row => h('tr', { class: 'season-row', dataset: { id: row.entryId, name: row.name } },
        h('td', { class: 'num' }, row.rank ?? '–'), h('td', {}, row.name),
        rounds.map(r => h('td', { class: 'num' }, number(row.rounds?.[r.id]))),
        h('td', { class: 'num total' }, number(row.total)),
        h('td', { class: 'num flags' }, row.flags ? `🚩×${row.flags}` : '–'),
        h('td', {}, row.vetoed ? t('lab.vetoedYes') : '–'))))));
}
