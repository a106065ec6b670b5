// Season standings on the big screen. A labour category: each round's total, the season total, the flags held
// (🚩×n), vetoed units marked 一票否决 and without a rank, and the red flag's history, round by round. A points
// contest (积分制): the total and the reasons that brought the most points.
import { h, replace } from '../dom.js';
import { integer, number, ordinal, t } from '../i18n.js';
import { flag, vetoTag } from './rounds.js';

export function seasonHeadings(container, standings) {
  const rounds = standings?.rounds ?? [];
  container.dataset.view = 'standings';
  container.style.setProperty('--cols', rounds.length);
  replace(container,
    h('span', { class: 'rank' }, t('screen.rank')), h('span', { class: 'name' }, t('screen.unit')),
    h('span', { class: 'organization' }, t('screen.company')),
    rounds.map(r => h('span', { class: 'round-score', dataset: { roundId: r.id, status: r.status } }, r.name,
      r.status === 'published' ? null : h('small', {}, ` ${t(`screen.round.${r.status}`)}`))),
    h('span', { class: 'total' }, t('screen.seasonTotal')), h('span', { class: 'flags' }, t('screen.flags')));
}

export function seasonRow(row, standings) {
  const holders = new Set(standings.redFlag?.holders ?? []);
  return h('div', { class: `row season-row ${row.vetoed ? 'vetoed' : ''} ${holders.has(row.entryId) ? 'flag-holder' : ''} ${row.rank >= 1 && row.rank <= 3 ? 'podium' : ''}`,
    dataset: { entryId: row.entryId, rank: row.rank ?? '', name: row.name ?? '', vetoed: String(!!row.vetoed), flags: String(row.flags ?? 0) } },
  h('span', { class: 'rank' }, row.rank ? ordinal(row.rank) : '–'),
  h('span', { class: 'name' }, h('span', { class: 'unit-name' }, row.name ?? ''), row.vetoed ? vetoTag() : null),
  h('span', { class: 'organization' }, row.organization ?? ''),
  (standings.rounds ?? []).map(r => h('span', { class: 'round-score' }, row.rounds?.[r.id] === undefined ? '–' : number(row.rounds[r.id]))),
  h('span', { class: 'total' }, number(row.total)),
  h('span', { class: 'flags' }, row.flags ? [flag(), `×${integer(row.flags)}`] : ''));
}

// Which unit held the flag after each published round: the flag's way through the season.
export function flagHistory(container, standings) {
  const names = new Map((standings?.rows ?? []).map(r => [r.entryId, r.name]));
  const rounds = new Map((standings?.rounds ?? []).map(r => [r.id, r.name]));
  const history = standings?.redFlag?.history ?? [];
  container.hidden = !history.length;
  replace(container, history.length ? [h('span', { class: 'history-title' }, flag(), ` ${t('screen.flagHistory')}`),
    history.map(step => h('span', { class: 'history-step', dataset: { roundId: step.roundId } },
      h('span', { class: 'history-round' }, rounds.get(step.roundId) ?? ''), ' ',
      h('strong', {}, step.holders.length ? step.holders.map(id => names.get(id) ?? '?').join('、') : t('screen.noHolder'))))] : []);
}

export function pointsHeadings(container) {
  container.dataset.view = 'points';
  container.style.setProperty('--cols', 0);
  replace(container,
    h('span', { class: 'rank' }, t('screen.rank')), h('span', { class: 'name' }, t('screen.unit')),
    h('span', { class: 'organization' }, t('screen.company')), h('span', { class: 'reasons' }, t('screen.topReasons')),
    h('span', { class: 'total' }, t('screen.points')));
}

export function pointsRow(row, reasons) {
  const top = Object.entries(row.byReason ?? {}).sort(([, a], [, b]) => b - a).slice(0, 3);
  return h('div', { class: `row season-row points-row ${row.rank >= 1 && row.rank <= 3 ? 'podium' : ''}`, dataset: { entryId: row.entryId, rank: row.rank ?? '', name: row.name ?? '' } },
    h('span', { class: 'rank' }, row.rank ? ordinal(row.rank) : '–'),
    h('span', { class: 'name' }, h('span', { class: 'unit-name' }, row.name ?? '')),
    h('span', { class: 'organization' }, row.organization ?? ''),
    h('span', { class: 'reasons' }, top.map(([code, points]) => h('span', { class: 'reason', dataset: { code } },
      `${reasons.get(code) ?? code} ${points > 0 ? '+' : ''}${number(points, Math.round(points) === points ? 0 : 2)}`))),
    h('span', { class: 'total' }, number(row.total)));
}
