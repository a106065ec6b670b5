// One sheet: its criteria with large touch targets, the running total, the way to the next entry, the submission.
import { h } from '../dom.js';
import { count, number, t } from '../i18n.js';
import { stageOf } from './stages.js';
import { criterionId, isReopened, label, marks, nextOf, renderReopened, reopenedBy, sheetProgress } from './views.js';

export function renderSheet(state, actions, assignment) {
  const stage = stageOf(state.contest, assignment.stageId);
  const submitted = assignment.sheet?.status === 'submitted';
  const closed = assignment.stageStatus === 'closed';
  const submitWaiting = actions.waiting(assignment);
  const sheetNote = actions.note(assignment) ?? (closed && !submitted ? t('judge.err.closed') : null);
  const next = nextOf(state, assignment);
  return h('div', { class: `sheet ${isReopened(assignment) ? 'reopened' : ''}`, dataset: marks(assignment) },
    renderReopened(state, actions, assignment),
    h('div', { class: 'sheet-head' },
      h('button', { type: 'button', class: 'secondary big', name: 'back', onclick: () => actions.open(null) }, t('judge.back')),
      h('div', {}, h('div', { class: 'muted' }, [stage?.category.name, assignment.stageName ?? stage?.name].filter(Boolean).join(' · ')),
        h('div', { class: 'sheet-bib' }, t(assignment.workCode ? 'judge.workCode' : 'judge.bib'), ' ', h('strong', {}, label(assignment)))),
      runningTotal(actions, assignment),
      h('span', { class: `pill ${submitted ? 'ok' : ''}` }, submitted ? t('judge.submitted') : submitWaiting ? t('judge.submitWaiting') : t('judge.open')),
      next ? h('button', { type: 'button', class: 'secondary big', name: 'next', onclick: () => actions.open(next) }, t('judge.next')) : null),
    isReopened(assignment)
      ? h('p', { class: 'message error reopen-note', role: 'alert' },
        h('strong', {}, t('judge.reopenedNote', { by: reopenedBy(assignment.sheet) })), ' ', assignment.sheet.reopenReason)
      : null,
    assignment.criteria.map(criterion => criterionCard(actions, assignment, criterion, submitted || closed || !!submitWaiting)),
    sheetNote ? h('p', { class: 'message error', role: 'alert' }, sheetNote) : null,
    submitted || closed || submitWaiting ? null
      : h('button', { type: 'button', class: 'big submit', name: 'submit-sheet', onclick: () => confirmSubmit(actions, assignment) }, t('judge.submit')));
}

// The sum of the points entered (sent or waiting; a deduction subtracts) against the sheet's maximum, the sum of
// its judgement and measurement criteria: the judge sees at once whether it matches the paper sheet.
function runningTotal(actions, assignment) {
  let total = 0, max = 0;
  for (const criterion of assignment.criteria) {
    const id = criterionId(criterion);
    const points = Number(actions.waiting(assignment, id)?.points ?? assignment.sheet?.marks?.[id] ?? 0);
    const deduction = criterion.kind === 'deduction';
    total += deduction ? -points : points;
    if (!deduction) max += Number(criterion.maxPoints);
  }
  const digits = [total, max].some(n => Math.round(n) !== n) ? 2 : 0;
  return h('div', { class: 'sheet-total', dataset: { total: String(Math.round(total * 100) / 100), max: String(max) } },
    h('span', { class: 'muted' }, t('judge.total')), ' ', h('strong', {}, number(total, digits)), ` / ${number(max, digits)}`);
}

function criterionCard(actions, assignment, criterion, locked) {
  const id = criterionId(criterion);
  const waiting = actions.waiting(assignment, id);
  const saved = assignment.sheet?.marks?.[id];
  const value = waiting ? waiting.points : saved;
  const note = actions.note(assignment, id);
  const stateName = note ? 'error' : waiting ? 'waiting' : saved !== undefined ? 'saved' : 'empty';
  const max = Number(criterion.maxPoints);
  // Buttons and steppers stay within the range; a typed value outside it is refused on the spot, never changed.
  const set = points => !locked && actions.mark(assignment, id, Math.min(max, Math.max(0, Math.round(points * 100) / 100)));
  const typed = text => {
    const points = Number(text);
    if (!Number.isFinite(points) || points < 0 || points > max)
      return actions.refuse(assignment, id, t('judge.outOfRange', { value: text, max: number(max, max % 1 ? 2 : 0) }));
    if (Math.round(points * 100) !== points * 100) return actions.refuse(assignment, id, t('judge.tooPrecise', { value: text }));
    return set(points);
  };
  const quick = Number.isInteger(max) && max <= 10
    ? h('div', { class: 'points' }, Array.from({ length: max + 1 }, (_, p) => h('button', {
      type: 'button', class: 'point', dataset: { points: String(p) }, 'aria-pressed': String(value === p), disabled: locked, onclick: () => set(p),
    }, number(p, 0))))
    : null;
  const input = h('input', { type: 'number', inputmode: 'decimal', min: 0, max, step: 'any', value: value ?? '', disabled: locked, name: 'points', 'aria-label': criterion.name });
  input.addEventListener('change', () => (input.value !== '' || input.validity.badInput) && typed(input.validity.badInput ? '?' : input.value));
  return h('section', { class: `criterion state-${stateName}`, dataset: { name: criterion.name ?? '', id } },
    h('div', { class: 'criterion-head' },
      h('h3', {}, criterion.name ?? ''),
      h('span', { class: 'muted' }, `${t(`judge.kind.${criterion.kind ?? 'judgement'}`)} · 0–${number(max, max % 1 ? 2 : 0)}`),
      h('span', { class: 'state', dataset: { state: stateName } }, t(`judge.state.${stateName}`))),
    quick,
    h('div', { class: 'stepper' },
      h('button', { type: 'button', class: 'step', disabled: locked, onclick: () => set((value ?? 0) - 0.5) }, '−0.5'),
      input,
      h('button', { type: 'button', class: 'step', disabled: locked, onclick: () => set((value ?? 0) + 0.5) }, '+0.5')),
    note ? h('p', { class: 'message error', role: 'alert' }, note) : null);
}

function confirmSubmit(actions, assignment) {
  const unmarked = assignment.criteria.length - sheetProgress(actions, assignment).done;
  const dialog = h('dialog', { class: 'confirm-submit' },
    h('h2', {}, assignment.workCode ? t('judge.confirmTitleCode', { code: assignment.workCode }) : t('judge.confirmTitle', { bib: label(assignment) })),
    h('p', {}, t('judge.confirmText')),
    unmarked ? h('p', { class: 'message error' }, count('judge.unmarked', unmarked)) : null,
    h('form', { method: 'dialog', class: 'row' },
      h('button', { value: 'cancel', class: 'secondary big' }, t('judge.cancel')),
      h('button', { value: 'confirm', class: 'big', name: 'confirm' }, t('judge.confirmSubmit'))));
  dialog.addEventListener('close', () => {
    if (dialog.returnValue === 'confirm') actions.submit(assignment);
    dialog.remove();
  });
  document.body.append(dialog);
  dialog.showModal();
}
