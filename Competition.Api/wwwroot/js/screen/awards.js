// Award reveal: once a category's awards are confirmed, the screen shows them tier by tier for
// a while, then returns to the board (which keeps each row's award badge).
import { $, h, replace } from '../dom.js';
import { number, t } from '../i18n.js';

const revealed = new Set();

export function showAwards(awards, board, category) {
  const key = category?.id ?? 'unknown';
  if (revealed.has(key)) return;
  revealed.add(key);
  const rowOf = entryId => board?.rows?.find(row => row.entryId === entryId);
  const tiers = new Map();
  for (const award of [...(awards.awards ?? [])].sort((a, b) => a.rank - b.rank)) {
    if (!tiers.has(award.tier)) tiers.set(award.tier, []);
    tiers.get(award.tier).push(award);
  }
  const overlay = $('#awards');
  replace(overlay,
    h('h2', {}, t('screen.awardsTitle', { category: category?.name ?? '' })),
    [...tiers].map(([tier, list]) => h('section', { class: 'tier' },
      h('h3', {}, tier),
      h('ul', {}, list.map(award => {
        const row = rowOf(award.entryId);
        return h('li', {}, h('span', { class: 'bib' }, row?.bib ?? ''), h('span', { class: 'name' }, row?.name ?? ''),
          h('span', { class: 'organization' }, row?.organization ?? ''), h('span', { class: 'total' }, number(award.total)));
      })))));
  overlay.hidden = false;
  setTimeout(() => { overlay.hidden = true; }, 15000);
}
