// One unit's sheet in a labour round: its items by block, with big steppers for points and bonus items (0.5 steps or
// typed), counters for deductions per occurrence (a whole count; the points deducted and the cap shown), plain
// deductions as points, veto items left to the organizer; each block's running score against its maximum.
import { h } from '../dom.js';
import { number, t } from '../i18n.js';
import { confirmAction } from '../dialog.js';
import { reopenedBy, renderReopened } from './views.js';
import { categoryName, nextUnit, unitProgress } from './units.js';

const fmt = n => number(n, Math.round(n) === n ? 0 : 2);
const round2 = n => Math.round(n * 100) / 100;
const deducted = (item, value) => item.perOccurrence ? Math.min(Number(item.maxPoints), value * Number(item.perOccurrence)) : value;

function valueOf(actions, a, item) {
  const waiting = actions.waiting(a, item.id);
  const value = waiting ? waiting.points : a.sheet?.marks?.[item.id];
  return value === undefined || value === null ? undefined : Number(value);
}

// As the engine scores one assessor's sheet: points minus deductions, within 0..the block's maximum; bonus apart.
export function scoreOf(actions, a) {
  let total = 0, bonus = 0;
  const blocks = new Map();
  for (const block of a.blocks) {
    let score = 0;
    for (const item of block.items) {
      const value = valueOf(actions, a, item) ?? 0;
      if (item.kind === 'points') score += value;
      else if (item.kind === 'deduction') score -= deducted(item, value);
      else if (item.kind === 'bonus') bonus += value;
    }
    score = round2(Math.min(Number(block.maxPoints), Math.max(0, score)));
    blocks.set(block.id, score);
    total += score;
  }
  if (a.bonusCap != null) bonus = Math.min(bonus, Number(a.bonusCap));
  return { blocks, bonus: round2(bonus), total: round2(total + bonus), max: a.blocks.reduce((sum, b) => sum + Number(b.maxPoints), 0) };
}

export function renderUnit(state, actions, a) {
  const submitted = a.sheet?.status === 'submitted';
  const readOnly = a.roundStatus !== 'open';
  const submitWaiting = actions.waiting(a);
  const locked = submitted || readOnly || !!submitWaiting;
  const reopened = !!a.sheet?.reopenReason && !submitted;
  const score = scoreOf(actions, a);
  const next = nextUnit(state, a);
  const note = actions.note(a);
  return h('div', { class: `sheet unit-sheet ${reopened ? 'reopened' : ''}`, dataset: { entryId: a.entryId, name: a.name, roundId: a.roundId } },
    renderReopened(state, actions, a),
    h('div', { class: 'sheet-head' },
      h('button', { type: 'button', class: 'secondary big', name: 'back', onclick: () => actions.open(null) }, t('judge.back')),
      h('div', {}, h('div', { class: 'muted' }, [categoryName(state, a.categoryId), a.roundName].filter(Boolean).join(' · ')),
        h('div', { class: 'unit-title' }, a.name), h('div', { class: 'muted' }, a.organization ?? '')),
      h('div', { class: 'sheet-total', dataset: { total: String(score.total), max: String(score.max) } },
        h('span', { class: 'muted' }, t('judge.total')), ' ', h('strong', {}, fmt(score.total)), ` / ${fmt(score.max)}`,
        score.bonus ? h('small', { class: 'muted' }, ` ${t('judge.withBonus', { bonus: fmt(score.bonus) })}`) : null),
      h('span', { class: `pill ${submitted ? 'ok' : ''}` },
        submitted ? t('judge.submitted') : readOnly ? t(`judge.round.${a.roundStatus}`) : submitWaiting ? t('judge.submitWaiting') : t('judge.open')),
      next ? h('button', { type: 'button', class: 'secondary big', name: 'next', onclick: () => actions.open(next) }, t('judge.nextUnit')) : null),
    reopened ? h('p', { class: 'message error reopen-note', role: 'alert' },
      h('strong', {}, t('judge.reopenedNote', { by: reopenedBy(a.sheet) })), ' ', a.sheet.reopenReason) : null,
    readOnly && !submitted ? h('p', { class: 'message read-only' }, t(`judge.roundReadOnly.${a.roundStatus}`)) : null,
    a.blocks.map(block => h('section', { class: 'block', dataset: { name: block.name, id: block.id } },
      h('div', { class: 'block-head' }, h('h3', {}, block.name),
        h('span', { class: 'block-score', dataset: { score: String(score.blocks.get(block.id)), max: String(block.maxPoints) } },
          h('strong', {}, fmt(score.blocks.get(block.id))), ` / ${fmt(Number(block.maxPoints))}`)),
      block.items.map(item => itemCard(actions, a, item, locked)))),
    note ? h('p', { class: 'message error', role: 'alert' }, note) : null,
    locked ? null : h('button', { type: 'button', class: 'big submit', name: 'submit-sheet', onclick: () => submit(actions, a) }, t('judge.submit')));
}

function itemCard(actions, a, item, locked) {
  const max = Number(item.maxPoints);
  const head = (...more) => h('div', { class: 'criterion-head' }, h('h3', {}, item.name), ...more);
  if (item.kind === 'veto')
    return h('section', { class: 'criterion item veto', dataset: { name: item.name, id: item.id, kind: 'veto' } },
      head(h('span', { class: 'muted' }, t('judge.kind.veto')), h('span', { class: 'state' }, t('judge.vetoNote'))));
  const waiting = actions.waiting(a, item.id);
  const saved = a.sheet?.marks?.[item.id];
  const value = valueOf(actions, a, item);
  const note = actions.note(a, item.id);
  const stateName = note ? 'error' : waiting ? 'waiting' : saved !== undefined ? 'saved' : 'empty';
  const state = h('span', { class: 'state', dataset: { state: stateName } }, t(`judge.state.${stateName}`));
  const card = (kindText, ...body) => h('section', { class: `criterion item state-${stateName}`, dataset: { name: item.name, id: item.id, kind: item.kind } },
    head(h('span', { class: 'muted' }, kindText), state), ...body, note ? h('p', { class: 'message error', role: 'alert' }, note) : null);

  if (item.perOccurrence) {
    const count = value ?? 0;
    const points = deducted(item, count);
    const capped = points >= max;
    const set = n => !locked && actions.mark(a, item.id, Math.max(0, Math.min(1000, n)));
    return card(t('judge.kind.perOccurrence', { per: fmt(Number(item.perOccurrence)), max: fmt(max) }),
      h('div', { class: `counter ${capped ? 'capped' : ''}` },
        h('button', { type: 'button', class: 'step', name: 'less', disabled: locked || count <= 0, 'aria-label': t('judge.less'), onclick: () => set(count - 1) }, '−'),
        h('span', { class: 'count', dataset: { count: String(count) } }, t('judge.occurrences', { n: count })),
        h('button', { type: 'button', class: 'step', name: 'more', disabled: locked || count >= 1000, 'aria-label': t('judge.more'), onclick: () => set(count + 1) }, '+'),
        h('span', { class: 'deducted', dataset: { points: String(points) } },
          t('judge.deducted', { points: fmt(points), max: fmt(max) }), capped ? h('strong', { class: 'cap' }, ` ${t('judge.capReached')}`) : null)));
  }
  const set = points => !locked && actions.mark(a, item.id, Math.min(max, Math.max(0, round2(points))));
  const typed = text => {
    const points = Number(text);
    if (!Number.isFinite(points) || points < 0 || points > max) return actions.refuse(a, item.id, t('judge.outOfRange', { value: text, max: fmt(max) }));
    if (Math.round(points * 100) !== points * 100) return actions.refuse(a, item.id, t('judge.tooPrecise', { value: text }));
    return set(points);
  };
  const input = h('input', { type: 'number', inputmode: 'decimal', min: 0, max, step: 'any', value: value ?? '', disabled: locked, name: 'points', 'aria-label': item.name });
  input.addEventListener('change', () => (input.value !== '' || input.validity.badInput) && typed(input.validity.badInput ? '?' : input.value));
  return card(`${t(`judge.kind.${item.kind}`)} · 0–${fmt(max)}`,
    h('div', { class: 'stepper' },
      h('button', { type: 'button', class: 'step', name: 'minus', disabled: locked || (value ?? 0) <= 0, onclick: () => set((value ?? 0) - 0.5) }, '−0.5'),
      input,
      h('button', { type: 'button', class: 'step', name: 'plus', disabled: locked || (value ?? 0) >= max, onclick: () => set((value ?? 0) + 0.5) }, '+0.5')));
}

async function submit(actions, a) {
  const { done, total } = unitProgress(actions, a);
  const unmarked = total - done;
  if (await confirmAction({ title: t('judge.confirmUnit', { name: a.name }), danger: false, confirm: t('judge.confirmSubmit'),
    consequence: `${t('judge.confirmText')}${unmarked ? ' ' + t('judge.unmarkedItems', { n: unmarked }) : ''}` })) actions.submit(a);
}
