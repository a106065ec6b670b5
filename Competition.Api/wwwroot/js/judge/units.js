// A labour contest's assessor (考核员): the rounds (open ones first; frozen and published ones read-only), and in the
// chosen round the units by name, with a filter, since an assessor walks a park of dozens of units. unit.js is one unit.
import { $$, h } from '../dom.js';
import { t } from '../i18n.js';

const order = { open: 0, frozen: 1, published: 2 };
// What the assessor chose, kept across redraws (the view is drawn again after every mark).
export const choice = { roundId: null, filter: '' };

export function roundsOf(state) {
  const rounds = new Map();
  for (const a of state.me?.assignments ?? []) {
    if (!a.roundId) continue;
    if (!rounds.has(a.roundId)) rounds.set(a.roundId, { id: a.roundId, name: a.roundName, status: a.roundStatus, categoryId: a.categoryId, units: [] });
    rounds.get(a.roundId).units.push(a);
  }
  for (const round of rounds.values()) round.units.sort((x, y) => x.name.localeCompare(y.name, 'zh-CN'));
  return [...rounds.values()].sort((x, y) => (order[x.status] ?? 3) - (order[y.status] ?? 3));
}

export const categoryName = (state, categoryId) => state.contest?.categories?.find(c => c.id === categoryId)?.name ?? '';

// The unit after this one in the same round, in the list's order (下一位).
export function nextUnit(state, assignment) {
  const units = roundsOf(state).find(r => r.id === assignment.roundId)?.units ?? [];
  return units[units.findIndex(u => u.entryId === assignment.entryId) + 1] ?? null;
}

export const markable = assignment => assignment.blocks.flatMap(b => b.items).filter(i => i.kind !== 'veto');

export function unitProgress(actions, assignment) {
  const marks = assignment.sheet?.marks ?? {};
  const items = markable(assignment);
  return { done: items.filter(i => marks[i.id] !== undefined || actions.waiting(assignment, i.id)).length, total: items.length };
}

const matches = (unit, filter) => !filter || `${unit.name} ${unit.organization}`.toLowerCase().includes(filter.toLowerCase());

export function renderUnits(state, actions) {
  const rounds = roundsOf(state);
  if (!rounds.length) return h('p', { class: 'empty' }, t('judge.noUnits'));
  const round = rounds.find(r => r.id === choice.roundId) ?? rounds[0];
  choice.roundId = round.id;
  const search = h('input', { type: 'search', name: 'unit-filter', value: choice.filter, placeholder: t('judge.unitFilter'), 'aria-label': t('judge.unitFilter') });
  // Filtered in place, not by drawing the view again: the field keeps its focus and the on-screen keyboard stays up.
  search.addEventListener('input', () => {
    choice.filter = search.value.trim();
    for (const tile of $$('.unit-tile')) tile.hidden = !matches({ name: tile.dataset.name, organization: tile.dataset.organization }, choice.filter);
    const none = $$('.unit-tile').every(tile => tile.hidden);
    for (const empty of $$('.units-none')) empty.hidden = !none;
  });
  return h('section', { class: 'labour', dataset: { roundId: round.id } },
    h('nav', { class: 'rounds', 'aria-label': t('judge.rounds') }, rounds.map(r => h('button', {
      type: 'button', class: `round-tab ${r.id === round.id ? 'current' : ''}`, dataset: { roundId: r.id, roundName: r.name, status: r.status },
      'aria-pressed': String(r.id === round.id), onclick: () => { choice.roundId = r.id; actions.open(null); },
    }, h('span', { class: 'round-name' }, r.name), ' ', h('span', { class: `pill ${r.status === 'open' ? 'ok' : ''}` }, t(`judge.round.${r.status}`))))),
    h('div', { class: 'round-head' },
      h('h2', {}, [categoryName(state, round.categoryId), round.name].filter(Boolean).join(' · ')),
      h('span', { class: 'muted' }, t('judge.unitsDone', { done: round.units.filter(u => u.sheet?.status === 'submitted').length, total: round.units.length })),
      search),
    round.status !== 'open' ? h('p', { class: 'message read-only' }, t(`judge.roundReadOnly.${round.status}`)) : null,
    h('div', { class: 'tiles units' }, round.units.map(unit => unitTile(actions, unit, !matches(unit, choice.filter)))),
    h('p', { class: 'empty units-none', hidden: round.units.some(u => matches(u, choice.filter)) }, t('judge.noUnitMatches')));
}

function unitTile(actions, unit, hidden) {
  const { done, total } = unitProgress(actions, unit);
  const submitted = unit.sheet?.status === 'submitted';
  const reopened = !!unit.sheet?.reopenReason && !submitted;
  const waiting = actions.waitingCount(unit);
  return h('button', {
    type: 'button', class: `tile unit-tile ${submitted ? 'submitted' : ''} ${reopened ? 'reopened' : ''}`, hidden,
    dataset: { entryId: unit.entryId, name: unit.name, organization: unit.organization ?? '' }, onclick: () => actions.open(unit),
  },
  h('span', { class: 'unit-name' }, unit.name),
  h('span', { class: 'muted' }, unit.organization ?? ''),
  h('span', { class: 'tile-state' }, submitted ? t('judge.submitted') : t('judge.marked', { done, total })),
  reopened ? h('span', { class: 'pill bad' }, t('judge.reopened')) : null,
  waiting ? h('span', { class: 'pill warn' }, t('judge.waitingCount', { n: waiting })) : null);
}
