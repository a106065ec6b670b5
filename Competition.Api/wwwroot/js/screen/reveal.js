// A hidden board's reveal (揭晓) on the big screen, ICPC-resolver style: each `reveal` message lifts one entry, from the
// last place up, into a banner and marks its row; the last step ends on the winners with their award tiers.
import { $, h, replace } from '../dom.js';
import { number, ordinal, t } from '../i18n.js';

let lastShown = 0;
let steps = [];

// The steps so far, as the board has them (a screen that joins late knows them from the board).
export function knowSteps(list) { steps = list ?? []; }

export function showRevealStep(step, category) {
  if (step.step <= lastShown && step.step !== 1) return;
  lastShown = step.step;
  if (!steps.some(s => s.step === step.step)) steps = [...steps, step];
  const banner = $('#reveal');
  replace(banner,
    h('div', { class: 'reveal-step', dataset: { step: step.step, rank: step.rank } },
      h('span', { class: 'rank' }, ordinal(step.rank)),
      h('span', { class: 'name' }, step.name),
      h('span', { class: 'organization' }, step.organization),
      h('span', { class: 'total' }, number(step.total)),
      step.tier ? h('span', { class: 'award' }, step.tier) : null,
      h('span', { class: 'muted count' }, t('screen.revealCount', { step: step.step, of: step.of }))));
  banner.hidden = false;
  if (step.step === step.of) setTimeout(() => showWinners(step, category), 2500);
}

// After a step has been drawn on the board, its row flashes where it landed.
export function markRevealed(entryId) {
  const row = document.querySelector(`#rows .row[data-entry-id="${CSS.escape(entryId)}"]`);
  if (!row) return;
  row.classList.remove('just-revealed');
  void row.offsetWidth; // restarts the animation
  row.classList.add('just-revealed');
}

function showWinners(last, category) {
  const winners = steps.filter(s => s.tier).sort((a, b) => a.rank - b.rank);
  const tiers = new Map();
  for (const s of winners) { if (!tiers.has(s.tier)) tiers.set(s.tier, []); tiers.get(s.tier).push(s); }
  const overlay = $('#awards');
  replace(overlay,
    h('h2', {}, t('screen.winnersTitle', { category: category?.name ?? '' })),
    [...tiers].map(([tier, list]) => h('section', { class: 'tier' }, h('h3', {}, tier),
      h('ul', {}, list.map(s => h('li', {}, h('span', { class: 'bib' }, s.bib ?? ''), h('span', { class: 'name' }, s.name),
        h('span', { class: 'organization' }, s.organization), h('span', { class: 'total' }, number(s.total))))))));
  overlay.hidden = false;
  $('#reveal').hidden = true;
  setTimeout(() => { overlay.hidden = true; }, 20000);
}
